package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.internal.CdktfJson;
import com.sysgenpro.landingzone.internal.OutputDirectory;
import io.cdktn.cdktn.App;
import io.cdktn.cdktn.TerraformStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a synthesis waits for another one into the same output directory before refusing. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private EstateSynthesizer() {
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
        return synthesize(estate, source, outDir, onStack, stacks, EstateSynthesizer::addStacks, wait, notices);
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
                    resourceCounts.put(name, countResources(staging.resolve("stacks").resolve(name).resolve("cdk.tf.json")));
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
            Path file = outDir.resolve("stacks").resolve(name).resolve("cdk.tf.json");
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
     * Assembles the outputs of partial syntheses of {@code estate} (each written with a stack selection, e.g. by
     * parallel processes) into {@code outDir}, as one synthesis of every stack would have written it: the stacks'
     * directories moved in, one {@code manifest.json} listing them all, one {@code landing-zone.json}. The output
     * directory is replaced only once all of it is in place; the parts are left for the caller to delete.
     *
     * @param parts partial outputs that together hold every stack of the estate exactly once
     * @throws IllegalArgumentException when a stack is missing from the parts or in more than one
     */
    public static SynthesisReport assemble(Estate estate, List<Path> parts, Path outDir) {
        return assemble(estate, parts, outDir, LOCK_WAIT, notice -> { });
    }

    /** {@link #assemble(Estate, List, Path)} waiting up to {@code wait} for another synthesis into {@code outDir}. */
    public static SynthesisReport assemble(Estate estate, List<Path> parts, Path outDir, Duration wait, Consumer<String> notices) {
        long start = System.nanoTime();
        EstatePlan plan = EstatePlan.of(estate);
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
                        resourceCounts.put(name, countResources(staging.resolve("stacks").resolve(name).resolve("cdk.tf.json")));
                    }
                    output.commit();
                } catch (RuntimeException | Error | IOException e) {
                    output.abandon(e);
                    throw e;
                }
            }
            List<SynthesisReport.Stack> stacks = new ArrayList<>();
            for (String name : expected) {
                stacks.add(new SynthesisReport.Stack(name, outDir.resolve("stacks").resolve(name).resolve("cdk.tf.json"),
                    resourceCounts.get(name)));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new SynthesisReport(outDir, List.copyOf(stacks), elapsed,
                new SynthesisReport.Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, elapsed),
                expected.size(), expected.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the partial outputs " + parts + " into " + outDir, e);
        }
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

    /**
     * The platform stack, the shared hosting stacks, one stack per placement and one in-cluster stack per cluster, as
     * far as {@code selection} builds them; their names in synthesis order. A selection builds whole connected
     * components of the stack dependency graph, so every stack a built one references is built too.
     */
    static List<String> addStacks(App app, Estate estate, StackSelection selection) {
        List<String> stackNames = new ArrayList<>();
        // The hosting stacks built so far, which the stacks after them reference.
        Map<String, SharedHostingStack> shared = new LinkedHashMap<>();
        Map<String, BusinessUnitEnvironmentStack> environments = new LinkedHashMap<>();
        EstatePlan plan = selection.plan();
        // Every stack with a subscription deploys after the vending stack, whose outputs it reads through remote state, and
        // after the platform stack, which registers the resource providers it uses (its own provider registers none).
        SubscriptionsStack vending = null;
        // Every peered network's stack deploys after the connectivity stack, whose hubs and zones it reads.
        ConnectivityStack connectivity = null;
        PlannedSubscription connectivitySubscription = plan.subscriptionOf(ConnectivityStack.NAME).orElse(null);
        PlatformStack platform = null;
        for (PlannedStack planned : plan.stacks()) {
            if (!selection.builds(planned.name())) {
                continue;
            }
            PlannedSubscription subscription = plan.subscriptionOf(planned.name()).orElse(null);
            TerraformStack stack = switch (planned.kind()) {
                case SUBSCRIPTIONS -> vending = new SubscriptionsStack(app, estate, plan);
                case PLATFORM -> platform = new PlatformStack(app, estate, plan);
                case CONNECTIVITY -> connectivity = new ConnectivityStack(app, estate, plan, subscription);
                case SHARED_HOSTING -> {
                    SharedHostingStack hosting = new SharedHostingStack(app, estate, planned.hosting(), subscription,
                        connectivitySubscription);
                    shared.put(planned.name(), hosting);
                    yield hosting;
                }
                case BUSINESS_UNIT -> {
                    BusinessUnitEnvironmentStack environment = new BusinessUnitEnvironmentStack(app, estate, planned.placement(),
                        planned.placement().sharedStackName().map(shared::get).orElse(null), subscription, connectivitySubscription);
                    environments.put(planned.name(), environment);
                    yield environment;
                }
                case IN_CLUSTER -> {
                    if (planned.hosting() != null) {
                        SharedHostingStack host = shared.get(planned.hosting().stackName());
                        yield new InClusterStack(app, estate, host.hosting().stackName(), host.cluster(), host.network(), host.registry(),
                            host.hosting().blueprint(),
                            planned.hosting().tenants().stream().map(tenant -> environments.get(tenant.stackName())).toList());
                    }
                    BusinessUnitEnvironmentStack environment = environments.get(planned.placement().stackName());
                    yield new InClusterStack(app, estate, planned.placement().stackName(), environment.cluster(), environment.network(), environment.registry(),
                        planned.placement().blueprint(), List.of(environment));
                }
                default -> throw new IllegalStateException("the plan has a stack of kind " + planned.kind());
            };
            if (subscription != null && vending != null) {
                stack.addDependency(vending);
            }
            if (connectivity != null && stack != connectivity && Connectivity.of(stack).isPresent()) {
                stack.addDependency(connectivity);
            }
            if (subscription != null && platform != null && stack != platform && planned.kind() != com.sysgenpro.landingzone.output.StackKind.IN_CLUSTER) {
                stack.addDependency(platform);
            }
            stackNames.add(planned.name());
        }
        return stackNames;
    }

    private static int countResources(Path file) {
        try {
            JsonNode resources = JSON.readTree(file.toFile()).path("resource");
            int count = 0;
            for (Iterator<JsonNode> byType = resources.elements(); byType.hasNext(); ) {
                count += byType.next().size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthesized stack " + file, e);
        }
    }
}
