package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.check.CheckReport;
import com.sysgenpro.landingzone.check.CheckReportWriter;
import com.sysgenpro.landingzone.check.Checker;
import com.sysgenpro.landingzone.check.ReportFormat;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.InvalidSynthOutputException;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lz check}: the rules of the policy model over a synthesized output, before anything is deployed. Reads JSON
 * only (no cdktn, no Node.js), so it runs in a second on any output, a base branch's included.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check every synthesized stack against the landing zone's rules (tags, regions, SKUs, encryption, public"
        + " exposure, diagnostics, backup and recovery tiers, deletion protection, AKS baseline, secrets), applying the"
        + " estate's suppressions.",
        "Exit status: 0 when no unsuppressed finding reaches --fail-on, " + Lz.EXIT_FINDINGS + " when one does, "
            + Lz.EXIT_INVALID_INPUT + " when the output directory cannot be read, 2 on a usage error."})
final class CheckCommand implements Callable<Integer> {

    /** Which findings fail the command. */
    enum FailOn {
        /** Unsuppressed errors. */
        ERROR,
        /** Unsuppressed errors and warnings. */
        WARNING,
        /** Nothing: report only. */
        NONE
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SynthOutputOption out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Report format: text (tables for people), json (for scripts), sarif (SARIF 2.1.0 for code scanning)."
            + " Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
        description = "Exit with " + Lz.EXIT_FINDINGS + " when an unsuppressed finding is at least this severe: error, warning,"
            + " or none to report only. Default: ${DEFAULT-VALUE}.")
    private FailOn failOn;

    @Option(names = "--report", paramLabel = "FILE",
        description = "Write the report to FILE (directories created) and only a summary line to standard output."
            + " Default: the report goes to standard output.")
    private Path report;

    @Option(names = "--list-rules",
        description = "List every control and rule with its severity, how it is evaluated before deploy (offline, check"
            + " only, or only in Azure, with the reason) and the source file that defines it, for the mandatory tags of the"
            + " output when it can be read, else the default tags; then exit.")
    private boolean listRules;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
        description = "The date suppression expiries and the last days of eligible (PIM) assignments and temporary"
            + " environments are judged against, for reproducible reports. Default: today.")
    private LocalDate today;

    /** Parses {@code --today}; picocli's own conversion error would name Java classes. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; give YYYY-MM-DD, e.g. 2026-11-23");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (listRules) {
            List<String> tags;
            try {
                tags = out.read().mandatoryTags();
            } catch (InvalidSynthOutputException e) {
                tags = LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS;
            }
            RuleList.write(tags, stdout);
            return 0;
        }
        SynthOutput output;
        try {
            output = out.read();
        } catch (InvalidSynthOutputException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
        CheckReport result = Checker.check(output, today == null ? LocalDate.now() : today);
        String version = Lz.class.getPackage().getImplementationVersion();
        version = version == null ? "development" : version;
        try {
            if (report == null) {
                CheckReportWriter.write(result, output, format, out.directory.toString(), version, stdout);
            } else {
                StringWriter text = new StringWriter();
                CheckReportWriter.write(result, output, format, out.directory.toString(), version, text);
                ReportFile.write(report, text.toString());
                stdout.printf("check: %d errors, %d warnings, %d suppressed in %d stacks; %s report written to %s%n",
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.suppressed(), result.stacks().size(),
                    format.name().toLowerCase(Locale.ROOT), report);
                stdout.flush();
            }
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (IOException e) {
            stderr.println("error: cannot write the report to " + (report == null ? "standard output" : report) + ": " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
        if (failOn != FailOn.NONE && result.failsAt(failOn == FailOn.ERROR ? Severity.ERROR : Severity.WARNING)) {
            stderr.printf("check: failed: unsuppressed findings at or above %s (--fail-on %s)%n",
                failOn.name().toLowerCase(Locale.ROOT), failOn.name().toLowerCase(Locale.ROOT));
            stderr.flush();
            return Lz.EXIT_FINDINGS;
        }
        return 0;
    }
}
