package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.internal.CdktfJson;
import com.sysgenpro.landingzone.internal.Directories;
import com.sysgenpro.landingzone.internal.FileFailures;
import com.sysgenpro.landingzone.internal.OutputDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Synthesis in several processes ({@code ./lz synth --jobs N}): the estate's independent stack groups
 * ({@link #groups(Estate)}) spread over N child processes, each synthesizing its groups' stacks with a jsii runtime of
 * its own, then assembled into one output with the bytes one process would have written. jsii runs one Node.js process
 * per JVM and its calls are sequential, so processes are how synthesis uses more than one core.
 */
public final class ParallelSynthesis {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParallelSynthesis() {
    }

    /**
     * The estate's stack groups: stacks linked by cross-stack references, which one process must build together. Fewer
     * than two groups leave nothing to spread.
     */
    public static List<List<String>> groups(Estate estate) {
        return EstatePlan.of(estate).stackGroups();
    }

    /**
     * Synthesizes {@code estate} in up to {@code jobs} processes into {@code out}.
     *
     * @param child the command that synthesizes the same estate, judged on the same day, in a child process; each child
     *     gets {@code --out <part>} and one {@code --stack <name>} per stack appended, as {@code ./lz synth} takes them
     * @param notices told what is worth a line: a wait for another synthesis, parts that could not be deleted
     * @throws IllegalStateException when a child fails (its log is in the message) or another synthesis holds
     *     {@code out} longer than {@code wait}
     */
    public static SynthesisReport run(Estate estate, List<String> child, Path out, int jobs, Duration wait, Consumer<String> notices) {
        // Held for the whole run, so that a second run neither writes parts beside these nor removes them.
        try (OutputDirectory.Lock lock = OutputDirectory.lock(out, wait, notices)) {
            return runLocked(estate, child, out, jobs, wait, notices);
        }
    }

    private static SynthesisReport runLocked(Estate estate, List<String> child, Path out, int jobs, Duration wait,
                                             Consumer<String> notices) {
        long start = System.nanoTime();
        // Planned once: the groups and the assembly read the same plan.
        EstatePlan plan = EstatePlan.of(estate);
        List<List<String>> buckets = buckets(plan.stackGroups(), jobs);
        Path parent = out.toAbsolutePath().normalize().getParent();
        List<Path> parts = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        try {
            Files.createDirectories(parent);
            for (List<String> bucket : buckets) {
                Path part = Files.createTempDirectory(parent, "." + out.getFileName() + ".part-");
                parts.add(part);
                List<String> command = new ArrayList<>(child);
                command.addAll(List.of("--out", part.resolve("out").toString()));
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
            SynthesisReport assembled = assemble(estate, plan, outputs, out, wait, notices);
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
                    notices.accept("warning: cannot delete " + part + ": " + FileFailures.describe(e));
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

    /**
     * Assembles the outputs of partial syntheses of {@code estate} (each written with a stack selection, e.g. by
     * parallel processes) into {@code outDir}, as one synthesis of every stack would have written it: the stacks'
     * directories moved in, one {@code manifest.json} listing them all, one {@code landing-zone.json}. The output
     * directory is replaced only once all of it is in place; the parts are left for the caller to delete.
     *
     * @param parts partial outputs that together hold every stack of the estate exactly once
     * @throws IllegalArgumentException when a stack is missing from the parts or in more than one
     */
    public static SynthesisReport assemble(Estate estate, List<Path> parts, Path outDir) {
        return assemble(estate, parts, outDir, EstateSynthesizer.LOCK_WAIT, notice -> { });
    }

    /** {@link #assemble(Estate, List, Path)} waiting up to {@code wait} for another synthesis into {@code outDir}. */
    public static SynthesisReport assemble(Estate estate, List<Path> parts, Path outDir, Duration wait, Consumer<String> notices) {
        return assemble(estate, EstatePlan.of(estate), parts, outDir, wait, notices);
    }

    private static SynthesisReport assemble(Estate estate, EstatePlan plan, List<Path> parts, Path outDir, Duration wait,
                                            Consumer<String> notices) {
        long start = System.nanoTime();
        List<String> expected = plan.stackNames();
        Map<String, Path> found = new TreeMap<>();
        // cdktn lists stacks by name; every entry is kept as the part's synthesis wrote it.
        Map<String, JsonNode> listed = new TreeMap<>();
        String version = null;
        try {
            for (Path part : parts) {
                JsonNode manifest = JSON.readTree(part.resolve("manifest.json").toFile());
                version = manifest.path("version").asText(version);
                for (var entries = manifest.path("stacks").fields(); entries.hasNext(); ) {
                    var entry = entries.next();
                    listed.put(entry.getKey(), entry.getValue());
                    if (found.put(entry.getKey(), part) != null) {
                        throw new IllegalArgumentException("stack '" + entry.getKey() + "' is in more than one partial output");
                    }
                }
            }
            List<String> missing = expected.stream().filter(name -> !found.containsKey(name)).toList();
            if (!missing.isEmpty() || found.size() != expected.size()) {
                throw new IllegalArgumentException("the partial outputs do not hold the estate's stacks: missing " + missing
                    + ", unexpected " + found.keySet().stream().filter(name -> !expected.contains(name)).toList());
            }
            Map<String, Integer> resourceCounts = new LinkedHashMap<>();
            try (OutputDirectory output = OutputDirectory.open(outDir, wait, notices)) {
                Path staging = output.staging();
                try {
                    Files.createDirectories(staging.resolve("stacks"));
                    for (Map.Entry<String, Path> stack : found.entrySet()) {
                        Files.move(stack.getValue().resolve("stacks").resolve(stack.getKey()), staging.resolve("stacks").resolve(stack.getKey()));
                    }
                    ObjectNode manifest = JSON.createObjectNode();
                    listed.forEach(manifest.putObject("stacks")::set);
                    manifest.put("version", version);
                    Files.writeString(staging.resolve("manifest.json"), CdktfJson.write(manifest), StandardCharsets.UTF_8);
                    EstateDescription.write(estate, plan, staging, name -> true);
                    for (String name : expected) {
                        resourceCounts.put(name, SynthesisReport.resourceCount(staging, name));
                    }
                    output.commit();
                } catch (RuntimeException | Error | IOException e) {
                    output.abandon(e);
                    throw e;
                }
            }
            List<SynthesisReport.Stack> stacks = new ArrayList<>();
            for (String name : expected) {
                stacks.add(new SynthesisReport.Stack(name, SynthesisReport.stackFile(outDir, name), resourceCounts.get(name)));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new SynthesisReport(outDir, List.copyOf(stacks), elapsed,
                new SynthesisReport.Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, elapsed),
                expected.size(), expected.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the partial outputs " + parts + " into " + outDir, e);
        }
    }
}
