package com.sysgenpro.landingzone.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./lz} command line. */
@Command(
    name = "lz",
    mixinStandardHelpOptions = true,
    versionProvider = Lz.Version.class,
    description = "Governed Azure landing zones for Odoo: synthesize estates to Terraform.",
    subcommands = {SynthCommand.class, CheckCommand.class, BenchCommand.class, PreviewCommand.class, CostCommand.class, PricesCommand.class,
        RunbookCommand.class, DiagramCommand.class, CommandLine.HelpCommand.class})
public final class Lz {

    /** Exit code when the input (estate, options, a synthesized output directory) is invalid. */
    static final int EXIT_INVALID_INPUT = 1;

    /** Exit code of {@code check} when a finding is at or above {@code --fail-on}. */
    static final int EXIT_FINDINGS = 3;

    /** Exit code of {@code cost --strict} when an item that is not usage-based has no price. */
    static final int EXIT_INCOMPLETE_ESTIMATE = 4;

    private Lz() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // System.exit also ends the jsii runtime's node child process without waiting for it.
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0 success, 1 invalid input or failure, 2 usage error. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Lz())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOut(out)
            .setErr(err)
            .execute(args);
    }

    /** Reads the version from the jar's manifest; "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Lz.class.getPackage().getImplementationVersion();
            return new String[] {"odoo-landing-zones " + (version == null ? "development" : version)};
        }
    }
}
