package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.docs.EstateDiagram;
import com.sysgenpro.landingzone.output.InvalidSynthOutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz diagram}: a Mermaid flowchart of the estate, from a synthesized output. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
    description = "Print a Mermaid flowchart of the estate in a synthesized output: management groups, subscriptions,"
        + " business unit environments and the clusters and database servers they run on, tenancy by colour.")
final class DiagramCommand implements Callable<Integer> {

    /** What to write. */
    enum Format {
        /** Mermaid source, for .mmd files and renderers. */
        MERMAID,
        /** Mermaid in a fenced block, for README files and pull-request comments. */
        MARKDOWN
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SynthOutputOption out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
        description = "mermaid or markdown (a ```mermaid block). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--report", paramLabel = "FILE",
        description = "Write the diagram to FILE instead of printing it.")
    private Path report;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            EstateDiagram diagram = EstateDiagram.of(out.read());
            String text = format == Format.MARKDOWN ? diagram.markdown() : diagram.mermaid();
            if (report == null) {
                stdout.print(text);
                stdout.flush();
                return 0;
            }
            ReportFile.write(report, text);
            stdout.println("diagram: wrote " + report);
            return 0;
        } catch (InvalidSynthOutputException | IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (IOException e) {
            stderr.println("error: cannot write " + report + ": " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
    }
}
