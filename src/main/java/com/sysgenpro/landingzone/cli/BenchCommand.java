package com.sysgenpro.landingzone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lz bench}: synthesizes estates of growing size in fresh JVMs, as a pull-request job would, and reports where
 * the time and memory go. Not a test: the figures depend on the machine, and are meant for the README and for
 * finding regressions by eye.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark synthesis (and check, preview) on estates of 1, 10, 50 and 100 business units shaped like the reference estate.",
        "Each step runs in a fresh JVM; run it on an idle machine."})
final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = "--units", split = ",", paramLabel = "N", defaultValue = "1,10,50,100",
        description = "Estate sizes in business units. Default: ${DEFAULT-VALUE}.")
    private List<Integer> units;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
        description = "Where estates, outputs and reports go. Default: ${DEFAULT-VALUE}.")
    private Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    private Path jsonFile;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "2g",
        description = "The child JVMs' -Xmx: a run that needs more fails instead of passing slowly. Default: ${DEFAULT-VALUE}.")
    private String maxHeap;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
        description = "Passed to synth: processes synthesizing at once. With more than one, the phase columns are the"
            + " assembling process's, and the memory columns the largest child's are not measured. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(work);
        List<Map<String, Object>> runs = new ArrayList<>();
        out.printf("%5s %6s %9s %8s %7s %8s %9s %7s %7s %7s %8s %8s %7s %7s %8s%n", "units", "stacks", "resources", "synth s",
            "jvm s", "node s", "provid s", "tree s", "write s", "other s", "heap MB", "node MB", "ms/res", "check s", "preview s");
        for (int size : units) {
            Path estate = work.resolve("estate-" + size + ".yaml");
            Files.writeString(estate, BenchEstates.yaml(size));
            Path output = work.resolve("out-" + size);
            Path timings = work.resolve("timings-" + size + ".json");
            Files.deleteIfExists(timings);
            long synthNanos = run(err, "synth", "--estate", estate.toString(), "--out", output.toString(), "--timings", timings.toString(),
                "--jobs", Integer.toString(jobs));
            if (synthNanos < 0) {
                return Lz.EXIT_INVALID_INPUT;
            }
            JsonNode metrics = JSON.readTree(timings.toFile());
            long checkNanos = run(err, "check", "--out", output.toString(), "--fail-on", "none", "--report", work.resolve("check-" + size + ".txt").toString());
            long previewNanos = run(err, "preview", "--base", output.toString(), "--head", output.toString(),
                "--report", work.resolve("preview-" + size + ".md").toString());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("units", size);
            result.put("jobs", jobs);
            result.put("synthWallMillis", synthNanos / 1_000_000);
            metrics.fields().forEachRemaining(field -> result.put(field.getKey(), field.getValue()));
            result.put("checkWallMillis", checkNanos / 1_000_000);
            result.put("previewWallMillis", previewNanos / 1_000_000);
            runs.add(result);
            long synthMillis = synthNanos / 1_000_000;
            long phases = metrics.path("jvmStartMillis").asLong() + metrics.path("synthesizerMillis").asLong();
            out.printf(Locale.ROOT, "%5d %6d %9d %8.1f %7.1f %8.1f %9.1f %7.1f %7.1f %7.1f %8d %8d %7.2f %7.1f %8.1f%n", size,
                metrics.path("stacks").asInt(), metrics.path("resources").asInt(), synthMillis / 1000.0,
                metrics.path("jvmStartMillis").asLong() / 1000.0, metrics.path("runtimeStartMillis").asLong() / 1000.0,
                metrics.path("providersMillis").asLong() / 1000.0, metrics.path("constructTreeMillis").asLong() / 1000.0,
                (metrics.path("synthMillis").asLong() + metrics.path("finishMillis").asLong()) / 1000.0,
                (synthMillis - phases + metrics.path("validateMillis").asLong()) / 1000.0,
                metrics.path("heapPeakBytes").asLong() >> 20, metrics.path("nodePeakRssBytes").asLong() >> 20,
                (double) synthMillis / Math.max(1, metrics.path("resources").asInt()),
                checkNanos < 0 ? Double.NaN : checkNanos / 1e9, previewNanos < 0 ? Double.NaN : previewNanos / 1e9);
            out.flush();
        }
        if (runs.size() > 1) {
            Map<String, Object> first = runs.get(0);
            Map<String, Object> last = runs.get(runs.size() - 1);
            double marginal = (double) ((long) last.get("synthWallMillis") - (long) first.get("synthWallMillis"))
                / Math.max(1, ((JsonNode) last.get("resources")).asInt() - ((JsonNode) first.get("resources")).asInt());
            out.printf(Locale.ROOT, "marginal synthesis cost: %.2f ms per resource (%s to %s units)%n", marginal,
                first.get("units"), last.get("units"));
        }
        out.println("other s: validation, the synth command's own work and JVM exit; heap MB: sum of the heap pools' peaks");
        if (jsonFile != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("date", LocalDate.now().toString());
            document.put("machine", machine());
            document.put("childMaxHeap", maxHeap);
            document.put("runs", runs);
            JSON.writeValue(jsonFile.toFile(), document);
            out.println("wrote " + jsonFile);
        }
        return 0;
    }

    /** Runs {@code lz <args>} in a fresh JVM on this one's class path; its wall time, or -1 when it failed. */
    private long run(PrintWriter err, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), Lz.class.getName()));
        command.addAll(List.of(args));
        Path log = work.resolve(args[0] + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            err.println("error: lz " + args[0] + " did not finish in 30 minutes; see " + log);
            return -1;
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            err.println("error: lz " + String.join(" ", args) + " exited with " + process.exitValue() + "; see " + log);
            return -1;
        }
        return elapsed;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }
}
