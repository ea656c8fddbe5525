package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * What a synthesis wrote.
 *
 * @param outDir the cdktf output directory ({@code manifest.json}, {@code stacks/<stack>/cdk.tf.json})
 * @param stacks one entry per stack written, in manifest order
 * @param elapsed wall time of validation, construction and synthesis
 * @param phases where that time went, in order
 * @param built how many stacks were built: every stack, or when only some were selected, those and the stacks linked
 *     to them by cross-stack references
 * @param estateStacks how many stacks the estate has
 */
public record SynthesisReport(Path outDir, List<Stack> stacks, Duration elapsed, Phases phases, int built, int estateStacks) {

    private static final ObjectMapper JSON = new ObjectMapper();


    /**
     * Wall time per phase of a synthesis, for benchmarks and for finding where time goes.
     *
     * @param validate validating and planning the estate (plain Java)
     * @param runtimeStart starting the jsii runtime (a Node.js child process) and loading cdktn's core assembly
     * @param providers loading the provider assemblies (azurerm's is the largest) into the runtime
     * @param constructTree building every stack's constructs, one bridge call or more per resource and argument
     * @param synth cdktn's synthesis: resolving tokens and writing each stack's JSON
     * @param finish writing {@code landing-zone.json}, counting resources and swapping the output into place
     */
    public record Phases(Duration validate, Duration runtimeStart, Duration providers, Duration constructTree, Duration synth,
                         Duration finish) {
    }

    /**
     * One synthesized stack.
     *
     * @param name the stack name, e.g. {@code wholesale-production}
     * @param file its {@code cdk.tf.json}
     * @param resources how many resources it declares
     */
    public record Stack(String name, Path file, int resources) {
    }

    /** Resources over all stacks written. */
    public int resources() {
        return stacks.stream().mapToInt(Stack::resources).sum();
    }

    /** Whether only some of the estate's stacks were written. */
    public boolean partial() {
        return stacks.size() < estateStacks;
    }

    /** Where stack {@code name}'s Terraform lies in the output {@code directory}. */
    static Path stackFile(Path directory, String name) {
        return directory.resolve("stacks").resolve(name).resolve("cdk.tf.json");
    }

    /** How many resources stack {@code name} of the output {@code directory} declares. */
    static int resourceCount(Path directory, String name) {
        Path file = stackFile(directory, name);
        try {
            int count = 0;
            for (Iterator<JsonNode> byType = JSON.readTree(file.toFile()).path("resource").elements(); byType.hasNext(); ) {
                count += byType.next().size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthesized stack " + file, e);
        }
    }
}
