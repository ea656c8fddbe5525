package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.estate.SynthesisReport;
import com.sysgenpro.landingzone.internal.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one {@code synth} run cost, as the benchmark reads it ({@code synth --timings FILE}): JVM start to the
 * synthesizer, each synthesis phase, peak JVM heap and the peak resident memory of the jsii runtime's Node.js child.
 */
final class SynthMetrics {

    private SynthMetrics() {
    }

    /**
     * Measures now, while the Node.js child still runs: its peak resident set is read from {@code /proc} (Linux; 0
     * elsewhere).
     *
     * @param jvmToSynthMillis JVM uptime when the synth command began
     */
    static Map<String, Object> of(long jvmToSynthMillis, SynthesisReport report) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("stacks", report.stacks().size());
        metrics.put("builtStacks", report.built());
        metrics.put("resources", report.resources());
        metrics.put("jvmStartMillis", jvmToSynthMillis);
        SynthesisReport.Phases phases = report.phases();
        metrics.put("validateMillis", millis(phases.validate()));
        metrics.put("runtimeStartMillis", millis(phases.runtimeStart()));
        metrics.put("providersMillis", millis(phases.providers()));
        metrics.put("constructTreeMillis", millis(phases.constructTree()));
        metrics.put("synthMillis", millis(phases.synth()));
        metrics.put("finishMillis", millis(phases.finish()));
        metrics.put("synthesizerMillis", millis(report.elapsed()));
        metrics.put("heapPeakBytes", heapPeak());
        metrics.put("nodePeakRssBytes", nodePeakRss());
        return metrics;
    }

    static void write(Path file, Map<String, Object> metrics) throws IOException {
        Files.writeString(file, Json.write(metrics) + "\n");
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The largest peak resident set (VmHWM) among this JVM's node children. */
    private static long nodePeakRss() {
        return ProcessHandle.current().descendants()
            .filter(process -> process.info().command().map(command -> command.endsWith("node")).orElse(false))
            .mapToLong(process -> {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                        if (line.startsWith("VmHWM:")) {
                            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // Not Linux, or the process ended: unknown.
                }
                return 0;
            })
            .max().orElse(0);
    }
}
