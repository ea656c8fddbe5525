package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.internal.OutputDirectory;
import com.sysgenpro.landingzone.output.LandingZoneDescription;
import io.cdktn.cdktn.App;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.jsii.JsiiEngine;

/**
 * Synthesizes an {@link Estate} to Terraform JSON: the platform stack ({@code platform}: management groups, policy,
 * access, central logging), the shared hosting stacks ({@code shared-<blueprint>}), one stack per business unit and
 * environment ({@code <bu>-<environment>}) and one in-cluster stack per cluster ({@code <cluster stack>-incluster}).
 *
 * <p>The estate is validated first; nothing is written when it has problems. Synthesis never reads the clock, so
 * whether eligibility has ended by today is not judged here but by {@link EstateLoader} and
 * {@link EstateValidator#validate(Estate, java.time.LocalDate)} (an estate built in Java: validate it first), and on the
 * output by {@code ./lz check} (LZ-PIM-002). The output directory is replaced
 * as a whole, so that a stack removed from the estate does not linger in it, but only when it is empty or holds an
 * earlier cdktf output: any other directory is refused rather than deleted. The replacement happens only after
 * synthesis succeeded, so that a failing run never leaves an empty or half-written output for Terraform to apply.
 */
public final class EstateSynthesizer {

    /**
     * cdktf feature flags, fixed here rather than read from {@code cdktf.json} so that {@code ./lz synth} and
     * {@code cdktn synth} produce the same addresses: logical ids without the stack id, hyphens kept.
     */
    private static final Map<String, Object> CONTEXT = Map.of(
        "excludeStackIdFromLogicalIds", "true",
        "allowSepCharsInLogicalIds", "true");

    /** How long a synthesis waits for another one into the same output directory before refusing. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private EstateSynthesizer() {
    }

    /**
     * What synthesizing {@code estate} would record in {@code landing-zone.json}, without building anything: every stack
     * by name with its unit, environment, blueprint, tier, tenancy and subscription, the layout's subscriptions and the
     * suppressions. For tools that need the estate's shape (its stacks, where each environment is hosted) in seconds.
     *
     * @throws EstateValidationException when the estate has problems
     */
    public static LandingZoneDescription describe(Estate estate) {
        return EstateDescription.describe(estate, EstateValidator.requireValidPlan(estate, "estate built in Java", null), name -> true);
    }

    /** Synthesizes {@code estate} into {@code outDir}; see {@link #synthesize(Estate, String, Path, Consumer)}. */
    public static SynthesisReport synthesize(Estate estate, Path outDir) {
        return synthesize(estate, "estate built in Java", outDir, stack -> { });
    }

    /**
     * Validates {@code estate}, then synthesizes it into {@code outDir}. Synthesis goes to a new sibling directory that
     * replaces {@code outDir} atomically only once every stack is written ({@link OutputDirectory}: {@code outDir}
     * becomes a symbolic link to it), so a failure or a kill at any moment leaves an earlier output as it was, and a
     * second synthesis into {@code outDir} waits for the first (up to {@link #LOCK_WAIT}); nothing else beside
     * {@code outDir} (such as local Terraform state) is touched.
     *
     * @param source where the estate came from, for error messages
     * @param onStack called once per synthesized stack, in order, e.g. to print progress
     * @throws EstateValidationException when the estate has problems; nothing is written then
     * @throws IllegalArgumentException when {@code outDir} is a file, or exists, is not empty and is not a cdktf output
     */
    public static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack) {
        return synthesize(estate, source, outDir, onStack, Set.of());
    }

    /**
     * {@link #synthesize(Estate, String, Path, Consumer)} writing only the stacks named in {@code stacks}, e.g. for a
     * quick preview of one business unit: each is byte-identical to its file from a full synthesis, and the output
     * directory holds only them ({@code manifest.json}, {@code landing-zone.json} and {@code stacks/} list only them).
     * Stacks linked to them by cross-stack references are built too, since a stack's outputs depend on the stacks
     * that use them, but not written; the report tells how many were built.
     *
     * @param stacks the names of the stacks to write; empty for every stack
     * @throws IllegalArgumentException also when a name in {@code stacks} is not a stack of the estate; the message
     *     lists the estate's stacks, and nothing is written
     */
    public static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack,
                                             Set<String> stacks) {
        return synthesize(estate, source, outDir, onStack, stacks, LOCK_WAIT, notice -> { });
    }

    /**
     * {@link #synthesize(Estate, String, Path, Consumer, Set)} waiting up to {@code wait} for another synthesis into
     * {@code outDir}, and telling {@code notices} what is worth a line: the wait, and what it recovered or removed of
     * an interrupted run.
     *
     * @throws IllegalStateException when another synthesis holds {@code outDir} longer than {@code wait}
     */
    public static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack,
                                             Set<String> stacks, Duration wait, Consumer<String> notices) {
        return synthesize(estate, source, outDir, onStack, stacks, EstateStacks::add, wait, notices);
    }

    /**
     * {@link #synthesize(Estate, String, Path, Consumer, Set)} with the step that adds the stacks to the app given, so
     * that what happens when synthesis fails midway can be tried.
     *
     * @param addStacks adds the selection's stacks to the app and returns their names in synthesis order
     */
    static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack,
                                      Set<String> selected, StackBuilder addStacks) {
        return synthesize(estate, source, outDir, onStack, selected, addStacks, LOCK_WAIT, notice -> { });
    }

    private static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack,
                                              Set<String> selected, StackBuilder addStacks, Duration wait, Consumer<String> notices) {
        long start = System.nanoTime();
        // Planned once: the validator, the selection, the stacks and landing-zone.json all read this plan.
        StackSelection selection = StackSelection.of(EstateValidator.requireValidPlan(estate, source, null), selected);
        long[] marks = new long[6];
        marks[0] = System.nanoTime();
        List<String> stackNames;
        Map<String, Integer> resourceCounts = new LinkedHashMap<>();
        try (OutputDirectory output = OutputDirectory.open(outDir, wait, notices)) {
            Path staging = output.staging();
            try {
                App app = App.Builder.create()
                    .outdir(staging.toString())
                    .context(CONTEXT)
                    .stackTraces(false)
                    .build();
                marks[1] = System.nanoTime();
                loadProviders();
                marks[2] = System.nanoTime();
                stackNames = addStacks.addStacks(app, estate, selection).stream().filter(selection::writes).toList();
                marks[3] = System.nanoTime();
                app.synth();
                marks[4] = System.nanoTime();
                selection.removeUnwritten(staging);
                EstateDescription.write(estate, selection.plan(), staging, selection::writes);
                for (String name : stackNames) {
                    resourceCounts.put(name, SynthesisReport.resourceCount(staging, name));
                }
                output.commit();
                marks[5] = System.nanoTime();
            } catch (RuntimeException | Error e) {
                output.abandon(e);
                throw e;
            }
        }

        List<SynthesisReport.Stack> stacks = new ArrayList<>();
        for (String name : stackNames) {
            Path file = SynthesisReport.stackFile(outDir, name);
            SynthesisReport.Stack stack = new SynthesisReport.Stack(name, file, resourceCounts.get(name));
            stacks.add(stack);
            onStack.accept(stack);
        }
        SynthesisReport.Phases phases = new SynthesisReport.Phases(Duration.ofNanos(marks[0] - start),
            Duration.ofNanos(marks[1] - marks[0]), Duration.ofNanos(marks[2] - marks[1]), Duration.ofNanos(marks[3] - marks[2]),
            Duration.ofNanos(marks[4] - marks[3]), Duration.ofNanos(marks[5] - marks[4]));
        return new SynthesisReport(outDir, List.copyOf(stacks), Duration.ofNanos(System.nanoTime() - start), phases,
            selection.builtCount(), selection.estateCount());
    }

    /**
     * Loads the provider assemblies into the jsii runtime up front, which their first construct would do anyway, so
     * that the report tells assembly loading (seconds, azurerm's is large) apart from building the tree.
     */
    private static void loadProviders() {
        JsiiEngine engine = JsiiEngine.getInstance();
        engine.loadModule(io.cdktn.providers.azurerm.$Module.class);
        engine.loadModule(com.sysgenpro.cdktn.providers.kubernetes.$Module.class);
        engine.loadModule(com.sysgenpro.cdktn.providers.helm.$Module.class);
    }

    /** Adds an estate's selected stacks to an app; returns their names in synthesis order. */
    @FunctionalInterface
    interface StackBuilder {
        List<String> addStacks(App app, Estate estate, StackSelection selection);
    }
}
