package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.estate.Estate;
import com.sysgenpro.landingzone.estate.EstatePlan;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.estate.SynthesisReport;
import com.sysgenpro.landingzone.internal.Directories;
import com.sysgenpro.landingzone.internal.FileFailures;
import com.sysgenpro.landingzone.internal.OutputDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code synth --jobs N}: the estate's independent stack groups ({@link EstatePlan#stackGroups()}) spread over N child
 * processes, each a {@code synth --stack …} with a jsii runtime of its own, then assembled into one output. jsii runs
 * one Node.js process per JVM and its calls are sequential, so processes are how synthesis uses more than one core.
 */
final class ParallelSynthesis {

    private ParallelSynthesis() {
    }

    /**
     * Synthesizes {@code estate} in up to {@code jobs} processes into {@code out}.
     *
     * @param estateFile the estate file the children read, or {@code null} for the reference estate
     * @param groups the estate's {@link EstatePlan#stackGroups() stack groups}
     * @param today the day the parent judged the estate's eligibility against, passed on so that every child judges the
     *     same day, midnight or not
     */
    static SynthesisReport run(Estate estate, Path estateFile, List<List<String>> groups, Path out, int jobs, PrintWriter err,
                               Duration wait, LocalDate today) {
        // Held for the whole run, so that a second run neither writes parts beside these nor removes them.
        try (OutputDirectory.Lock lock = OutputDirectory.lock(out, wait, notice -> { err.println(notice); err.flush(); })) {
            return runLocked(estate, estateFile, groups, out, jobs, err, wait, today);
        }
    }

    private static SynthesisReport runLocked(Estate estate, Path estateFile, List<List<String>> groups, Path out, int jobs,
                                             PrintWriter err, Duration wait, LocalDate today) {
        long start = System.nanoTime();
        List<List<String>> buckets = buckets(groups, jobs);
        Path parent = out.toAbsolutePath().normalize().getParent();
        List<Path> parts = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        try {
            Files.createDirectories(parent);
            for (List<String> bucket : buckets) {
                Path part = Files.createTempDirectory(parent, "." + out.getFileName() + ".part-");
                parts.add(part);
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Lz.class.getName(), "synth", "--out", part.resolve("out").toString(),
                    "--today", today.toString()));
                if (estateFile != null) {
                    command.addAll(List.of("--estate", estateFile.toString()));
                }
                bucket.forEach(stack -> command.addAll(List.of("--stack", stack)));
                processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(part.resolve("synth.log").toFile()).start());
            }
            List<Path> outputs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                int status = processes.get(i).waitFor();
                if (status != 0) {
                    String log = Files.readString(parts.get(i).resolve("synth.log"));
                    throw new IllegalStateException("synthesis process " + (i + 1) + " of " + processes.size() + " failed (exit "
                        + status + "):\n" + log.strip());
                }
                outputs.add(parts.get(i).resolve("out"));
            }
            SynthesisReport assembled = EstateSynthesizer.assemble(estate, outputs, out, wait, err::println);
            return new SynthesisReport(assembled.outDir(), assembled.stacks(), Duration.ofNanos(System.nanoTime() - start),
                assembled.phases(), assembled.built(), assembled.estateStacks());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the synthesis processes beside " + out + ": " + FileFailures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the synthesis processes", e);
        } finally {
            processes.forEach(Process::destroy);
            for (Path part : parts) {
                try {
                    Directories.deleteRecursively(part);
                } catch (IOException e) {
                    err.println("warning: cannot delete " + part + ": " + FileFailures.describe(e));
                }
            }
        }
    }

    /**
     * Groups spread over at most {@code jobs} buckets, largest group first into the bucket with fewest stacks so far;
     * a stack count is a fair proxy for the work, as every stack of a group is built in the same process.
     */
    static List<List<String>> buckets(List<List<String>> groups, int jobs) {
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < Math.min(jobs, groups.size()); i++) {
            buckets.add(new ArrayList<>());
        }
        groups.stream().sorted(Comparator.comparingInt((List<String> group) -> group.size()).reversed()).forEach(group ->
            buckets.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group));
        return buckets;
    }
}
