package com.sysgenpro.landingzone.estate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a synthesis wrote.
 *
 * @param outDir the cdktf output directory ({@code manifest.json}, {@code stacks/<stack>/cdk.tf.json})
 * @param stacks one entry per stack, in manifest order
 * @param elapsed wall time of validation, construction and synthesis
 */
public record SynthesisReport(Path outDir, List<Stack> stacks, Duration elapsed) {

    /**
     * One synthesized stack.
     *
     * @param name the stack name, e.g. {@code wholesale-production}
     * @param file its {@code cdk.tf.json}
     * @param resources how many resources it declares
     */
    public record Stack(String name, Path file, int resources) {
    }

    /** Resources over all stacks. */
    public int resources() {
        return stacks.stream().mapToInt(Stack::resources).sum();
    }
}
