package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.estate.Estate;
import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.estate.EstateValidationException;
import com.sysgenpro.landingzone.estate.EstateValidator;
import com.sysgenpro.landingzone.estate.ParallelSynthesis;
import com.sysgenpro.landingzone.estate.SynthesisReport;
import com.sysgenpro.landingzone.internal.FileFailures;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz synth}: an estate to Terraform JSON. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Synthesize an estate to Terraform JSON: DIR/manifest.json and DIR/stacks/<stack>/cdk.tf.json.")
final class SynthCommand implements Callable<Integer> {

    /** The reference estate, relative to the repository root; the same file ships in the jar. */
    static final Path REFERENCE_ESTATE = Path.of("stacks", "reference.yaml");

    @Spec
    private CommandSpec spec;

    @Option(names = "--estate", paramLabel = "FILE",
        description = "Estate file (YAML). Default: the reference estate, stacks/reference.yaml.")
    private Path estateFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${env:CDKTF_OUTDIR:-cdktf.out}",
        description = "Output directory, replaced as a whole. Default: $CDKTF_OUTDIR when cdktf runs the app, else ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--timings", paramLabel = "FILE", hidden = true,
        description = "Write what the run cost (phases, peak heap, node's peak memory) as JSON to FILE; used by lz bench.")
    private Path timings;

    @Option(names = "--stack", paramLabel = "NAME",
        description = "Write only this stack (repeatable), byte-identical to a full synthesis; the stacks it references"
            + " or is referenced by are built but not written. Default: every stack.")
    private List<String> stacks = List.of();

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
        description = "Synthesize in N processes at once, each with a jsii runtime of its own, each writing whole groups of"
            + " linked stacks; the output is the same bytes. Pays off for large estates on several cores. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true, converter = CheckCommand.IsoDate.class,
        description = "The day (UTC) the estate's eligibility end dates are judged against; an end before it is refused."
            + " Default: today in UTC. For tests, and passed to --jobs' processes so that all judge the same day.")
    private LocalDate today;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120",
        description = "How long to wait for another synthesis into the same --out before refusing. Default: ${DEFAULT-VALUE}.")
    private long waitSeconds;

    @Override
    public Integer call() {
        long jvmToSynthMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            String source;
            Estate estate;
            LocalDate day = today != null ? today : EstateValidator.today();
            if (estateFile != null) {
                source = estateFile.toString();
                estate = EstateLoader.load(estateFile, day);
            } else if (Files.exists(REFERENCE_ESTATE)) {
                source = REFERENCE_ESTATE.toString();
                estate = EstateLoader.load(REFERENCE_ESTATE, day);
            } else {
                source = "reference estate (classpath)";
                estate = EstateLoader.loadResource("reference.yaml", day);
            }
            stdout.printf("synth: %s -> %s%n", source, out);
            stdout.flush();
            if (waitSeconds < 0) {
                throw new IllegalArgumentException("--wait " + waitSeconds + " is not allowed; give 0 or more seconds");
            }
            Duration wait = Duration.ofSeconds(waitSeconds);
            if (jobs < 1) {
                throw new IllegalArgumentException("--jobs " + jobs + " is not allowed; give 1 or more processes");
            }
            SynthesisReport report;
            if (jobs > 1 && stacks.isEmpty() && ParallelSynthesis.groups(estate).size() > 1) {
                report = ParallelSynthesis.run(estate, childCommand(estateFile, day), out, jobs, wait, notice -> {
                    stderr.println(notice);
                    stderr.flush();
                });
                report.stacks().forEach(stack -> stdout.printf("  %-32s %4d resources  %s%n", stack.name(), stack.resources(), stack.file()));
            } else {
                report = EstateSynthesizer.synthesize(estate, source, out, stack -> {
                    stdout.printf("  %-32s %4d resources  %s%n", stack.name(), stack.resources(), stack.file());
                    stdout.flush();
                }, new LinkedHashSet<>(stacks), wait, notice -> {
                    stderr.println(notice);
                    stderr.flush();
                });
            }
            int written = report.stacks().size();
            String count = !report.partial() ? written + (written == 1 ? " stack" : " stacks")
                : written + " of " + report.estateStacks() + " stacks"
                    + (report.built() > written ? " (" + report.built() + " built for cross-stack references)" : "");
            stdout.printf(Locale.ROOT, "synthesized %s, %d resources in %.1f s%n", count, report.resources(),
                report.elapsed().toMillis() / 1000.0);
            if (timings != null) {
                SynthMetrics.write(timings, SynthMetrics.of(jvmToSynthMillis, report));
            }
            return 0;
        } catch (EstateValidationException | IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (IllegalStateException e) {
            // Another synthesis holds --out, or a synthesis process of --jobs failed (its log is in the message).
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (UncheckedIOException e) {
            stderr.println("error: " + oneLine(e.getMessage(), e.getCause()) + "; the previous output in " + out + " is unchanged");
            return Lz.EXIT_INVALID_INPUT;
        } catch (java.io.IOException e) {
            stderr.println("error: cannot write " + timings + ": " + FileFailures.describe(e));
            return Lz.EXIT_INVALID_INPUT;
        } catch (RuntimeException e) {
            // cdktn writes the stacks from its Node.js process: a full disk or a refused write arrives as its error, a
            // RuntimeException whose message is Node's. Anything else is a defect, and keeps its stack trace.
            String failure = nodeFileFailure(e);
            if (failure == null) {
                throw e;
            }
            stderr.println("error: synthesis into " + out + " failed: " + failure + "; the previous output is unchanged");
            return Lz.EXIT_INVALID_INPUT;
        }
    }

    /**
     * A child process of {@code --jobs}: this program's {@code synth} of the same estate, judged on the parent's day so
     * that every child judges the same day, midnight or not.
     */
    private static List<String> childCommand(Path estateFile, LocalDate day) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Lz.class.getName(), "synth", "--today", day.toString()));
        if (estateFile != null) {
            command.addAll(List.of("--estate", estateFile.toString()));
        }
        return command;
    }

    /** A message and its file-system cause in one line, the cause in plain words unless the message says it already. */
    private static String oneLine(String message, Throwable cause) {
        String described = cause instanceof java.io.IOException io ? FileFailures.describe(io) : null;
        return described == null || message.contains(described) ? message : message + ": " + described;
    }

    /** A Node.js file-system error in words with its first line, e.g. {@code no space left on device (…)}; null for others. */
    private static String nodeFileFailure(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).strip();
        String first = message.lines().findFirst().orElse(message).replaceFirst("^(Error: )+", "");
        for (String[] errno : new String[][] {{"ENOSPC", "no space left on device"}, {"EACCES", "permission denied"},
            {"EPERM", "operation not permitted"}, {"EROFS", "read-only file system"}, {"EIO", "input/output error"},
            {"EDQUOT", "disk quota exceeded"}}) {
            if (message.contains(errno[0] + ":")) {
                return errno[1] + " (" + first + ")";
            }
        }
        return null;
    }
}
