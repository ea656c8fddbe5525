package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Synthesizes an {@link Estate} to Terraform JSON: the platform stack ({@code platform}: management groups, policy,
 * access, central logging), the shared hosting stacks ({@code shared-<blueprint>}), one stack per business unit and
 * environment ({@code <bu>-<environment>}) and one in-cluster stack per cluster ({@code <cluster stack>-incluster}).
 *
 * <p>The estate is validated first; nothing is written when it has problems. The output directory is replaced
 * as a whole, so that a stack removed from the estate does not linger in it, but only when it is empty or holds an
 * earlier cdktf output: any other directory is refused rather than deleted.
 */
public final class EstateSynthesizer {

    /**
     * cdktf feature flags, fixed here rather than read from {@code cdktf.json} so that {@code ./lz synth} and
     * {@code cdktf synth} produce the same addresses: logical ids without the stack id, hyphens kept.
     */
    private static final Map<String, Object> CONTEXT = Map.of(
        "excludeStackIdFromLogicalIds", "true",
        "allowSepCharsInLogicalIds", "true");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EstateSynthesizer() {
    }

    /** Synthesizes {@code estate} into {@code outDir}; see {@link #synthesize(Estate, String, Path, Consumer)}. */
    public static SynthesisReport synthesize(Estate estate, Path outDir) {
        return synthesize(estate, "estate built in Java", outDir, stack -> { });
    }

    /**
     * Validates {@code estate}, then synthesizes it into {@code outDir}.
     *
     * @param source where the estate came from, for error messages
     * @param onStack called once per synthesized stack, in order, e.g. to print progress
     * @throws EstateValidationException when the estate has problems; nothing is written then
     * @throws IllegalArgumentException when {@code outDir} exists, is not empty and is not a cdktf output
     */
    public static SynthesisReport synthesize(Estate estate, String source, Path outDir, Consumer<SynthesisReport.Stack> onStack) {
        long start = System.nanoTime();
        EstateValidator.requireValid(estate, source);
        prepare(outDir);

        App app = App.Builder.create()
            .outdir(outDir.toString())
            .context(CONTEXT)
            .stackTraces(false)
            .build();
        List<String> stackNames = new ArrayList<>();
        new PlatformStack(app, estate);
        stackNames.add(PlatformStack.NAME);
        EstatePlan plan = EstatePlan.of(estate);
        Map<String, SharedHostingStack> shared = new java.util.LinkedHashMap<>();
        plan.sharedHosting().forEach((blueprint, hosting) -> {
            shared.put(blueprint, new SharedHostingStack(app, estate, hosting));
            stackNames.add(hosting.stackName());
        });
        Map<String, List<BusinessUnitEnvironmentStack>> sharedTenants = new java.util.LinkedHashMap<>();
        List<BusinessUnitEnvironmentStack> dedicated = new ArrayList<>();
        for (Placement placement : plan.placements()) {
            var stack = new BusinessUnitEnvironmentStack(app, estate, placement, shared.get(placement.blueprint().name()));
            stackNames.add(placement.stackName());
            if (stack.cluster() != null) {
                dedicated.add(stack);
            } else {
                sharedTenants.computeIfAbsent(placement.blueprint().name(), name -> new ArrayList<>()).add(stack);
            }
        }
        // One in-cluster stack per cluster: the shared clusters first, then the dedicated ones, in estate order.
        shared.forEach((blueprint, host) -> {
            new InClusterStack(app, estate, host.hosting().stackName(), host.cluster(), host.hosting().blueprint(),
                sharedTenants.getOrDefault(blueprint, List.of()));
            stackNames.add(host.hosting().stackName() + InClusterStack.SUFFIX);
        });
        for (BusinessUnitEnvironmentStack stack : dedicated) {
            Placement placement = stack.placement();
            new InClusterStack(app, estate, placement.stackName(), stack.cluster(), placement.blueprint(), List.of(stack));
            stackNames.add(placement.stackName() + InClusterStack.SUFFIX);
        }
        app.synth();

        List<SynthesisReport.Stack> stacks = new ArrayList<>();
        for (String name : stackNames) {
            Path file = outDir.resolve("stacks").resolve(name).resolve("cdk.tf.json");
            SynthesisReport.Stack stack = new SynthesisReport.Stack(name, file, countResources(file));
            stacks.add(stack);
            onStack.accept(stack);
        }
        return new SynthesisReport(outDir, List.copyOf(stacks), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void prepare(Path outDir) {
        try {
            if (Files.isDirectory(outDir)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(outDir)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.exists(outDir.resolve("manifest.json"))) {
                    throw new IllegalArgumentException("output directory " + outDir
                        + " is not empty and holds no cdktf output (no manifest.json); choose an empty or new directory");
                }
                deleteContents(outDir);
            } else if (Files.exists(outDir)) {
                throw new IllegalArgumentException("output path " + outDir + " is a file; choose a directory");
            }
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output directory " + outDir, e);
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
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
