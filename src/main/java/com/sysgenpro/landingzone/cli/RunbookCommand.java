package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.docs.Runbook;
import com.sysgenpro.landingzone.output.InvalidSynthOutputException;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz runbook}: a disaster-recovery runbook per business unit environment, from a synthesized output. */
@Command(name = "runbook", mixinStandardHelpOptions = true,
    description = "Write a disaster-recovery runbook (Markdown) per business unit environment of a synthesized output,"
        + " and, for the whole estate, an index (README.md). Reads the synthesized output only: run ./lz synth first.")
final class RunbookCommand implements Callable<Integer> {

    /** The index file written beside the runbooks. */
    static final String INDEX = "README.md";

    @Spec
    private CommandSpec spec;

    @Mixin
    private SynthOutputOption out;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "docs/runbooks",
        description = "Directory to write the runbooks to, created if missing. Default: ${DEFAULT-VALUE}.")
    private Path to;

    @Option(names = "--stack", paramLabel = "NAME", split = ",",
        description = "Only these business-unit stacks (repeat, or separate with commas). Default: every one.")
    private List<String> stacks = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            SynthOutput output = out.read();
            List<Runbook> runbooks = new ArrayList<>();
            if (stacks.isEmpty()) {
                runbooks.addAll(Runbook.all(output));
                if (runbooks.isEmpty()) {
                    throw new IllegalArgumentException(out.directory + " has no business-unit stacks to write runbooks for");
                }
            } else {
                for (String name : new TreeSet<>(stacks)) {
                    runbooks.add(Runbook.of(output, name));
                }
            }
            if (Files.exists(to) && !Files.isDirectory(to)) {
                throw new IllegalArgumentException("--to " + to + " is a file; give a directory to write the runbooks to");
            }
            Files.createDirectories(to);
            Set<String> written = new TreeSet<>();
            for (Runbook runbook : runbooks) {
                write(to.resolve(runbook.fileName()), runbook.markdown(), stdout);
                written.add(runbook.fileName());
            }
            // The index and the clean-up speak for the whole estate: a run for some stacks leaves both alone.
            if (stacks.isEmpty()) {
                write(to.resolve(INDEX), Runbook.index(output, runbooks), stdout);
                written.add(INDEX);
                removeStale(written, stdout);
            }
            stdout.printf("runbook: %d %s in %s%n", runbooks.size(), runbooks.size() == 1 ? "runbook" : "runbooks", to);
            return 0;
        } catch (InvalidSynthOutputException | IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (IOException e) {
            stderr.println("error: cannot write runbooks to " + to + ": " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
    }

    private static void write(Path file, String text, PrintWriter stdout) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        stdout.println("  wrote " + file);
    }

    /**
     * Removes runbooks of environments that left the estate: only files this command wrote (they start with the
     * marker line), so that notes kept beside the runbooks survive.
     */
    private void removeStale(Set<String> written, PrintWriter stdout) throws IOException {
        try (Stream<Path> files = Files.list(to)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().toList()) {
                if (!written.contains(file.getFileName().toString()) && generated(file)) {
                    Files.delete(file);
                    stdout.println("  removed " + file + " (no such environment any more)");
                }
            }
        }
    }

    private static boolean generated(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(Runbook.MARKER::equals).orElse(false);
        } catch (java.io.UncheckedIOException e) {
            // Not UTF-8 text: not one of ours.
            return false;
        }
    }
}
