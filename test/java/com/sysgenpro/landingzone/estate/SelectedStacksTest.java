package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.internal.CdktfJson;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.PinnedDay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Synthesis of selected stacks of the reference estate. The golden files under {@code golden/reference} are the full
 * synthesis ({@link ReferenceEstateTest} holds them to it), so each selected stack is compared with its golden file
 * byte for byte.
 */
class SelectedStacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "golden", "reference");
    private static final Estate REFERENCE = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);

    @TempDir
    Path tmp;

    /**
     * A dedicated unit's stack, a semi-dedicated and a shared tenant, a shared cluster's in-cluster stack, the platform and
     * the vending stack, which every selection builds (each stack with a subscription depends on it) and none references,
     * as it builds the platform stack (which registers their resource providers) and the connectivity stack (each peered
     * network's stack depends on it).
     */
    @ParameterizedTest
    @CsvSource({
        "wholesale-production,        5",
        "pharma-production,           9",
        "north-staging,               9",
        "shared-production-incluster, 9",
        "platform,                    3",
        "subscriptions,               3",
        "connectivity,                3"})
    void aSelectedStackIsByteIdenticalToTheFullSynthesisAndTheOnlyOneWritten(String stack, int built) throws IOException {
        Path out = tmp.resolve("out");

        SynthesisReport report = EstateSynthesizer.synthesize(REFERENCE, "reference", out, written -> { }, Set.of(stack));

        assertThat(out.resolve("stacks").resolve(stack).resolve("cdk.tf.json"))
            .as("%s as synthesized alone, against the full synthesis", stack)
            .hasSameBinaryContentAs(GOLDEN.resolve("stacks").resolve(stack).resolve("cdk.tf.json"));
        assertThat(files(out)).containsExactly("landing-zone.json", "manifest.json", "stacks/" + stack + "/cdk.tf.json");
        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name).containsExactly(stack);
        assertThat(report.built()).isEqualTo(built);
        assertThat(report.estateStacks()).isEqualTo(33);
        assertThat(report.partial()).isTrue();
        assertThat(SynthOutput.read(out).stacks()).extracting(written -> written.name()).containsExactly(stack);
    }

    @Test
    void manifestAndDescriptionHoldTheFullSynthesisEntriesOfTheSelectedStacksOnly() throws IOException {
        Path out = tmp.resolve("out");
        List<String> selected = List.of("wholesale-production", "north-staging", "shared-sandbox", "wholesale-staging-incluster");

        SynthesisReport report = EstateSynthesizer.synthesize(REFERENCE, "reference", out, written -> { }, new LinkedHashSet<>(selected));

        // In synthesis order, whatever the order asked in.
        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name)
            .containsExactly("shared-sandbox", "wholesale-production", "north-staging", "wholesale-staging-incluster");
        assertThat(report.built()).isEqualTo(1 + 1 + 1 + 2 + 6 + 6 + 2);
        for (String stack : selected) {
            assertThat(out.resolve("stacks").resolve(stack).resolve("cdk.tf.json")).as(stack)
                .hasSameBinaryContentAs(GOLDEN.resolve("stacks").resolve(stack).resolve("cdk.tf.json"));
        }
        JsonNode manifest = read(out.resolve("manifest.json"));
        JsonNode fullManifest = read(GOLDEN.resolve("manifest.json"));
        assertThat(names(manifest.path("stacks"))).containsExactlyInAnyOrderElementsOf(selected);
        for (String stack : selected) {
            assertThat(manifest.path("stacks").path(stack)).as(stack).isEqualTo(fullManifest.path("stacks").path(stack));
        }
        assertThat(manifest.path("version")).isEqualTo(fullManifest.path("version"));

        JsonNode description = read(out.resolve(SynthOutput.DESCRIPTION_FILE));
        JsonNode fullDescription = read(GOLDEN.resolve(SynthOutput.DESCRIPTION_FILE));
        assertThat(names(description.path("stacks"))).containsExactlyInAnyOrderElementsOf(selected);
        for (String stack : selected) {
            assertThat(description.path("stacks").path(stack)).as(stack).isEqualTo(fullDescription.path("stacks").path(stack));
        }
        // Both of the reference estate's suppressions are of wholesale-production.
        assertThat(description.path("suppressions")).isEqualTo(fullDescription.path("suppressions")).hasSize(2);
        assertThat(description.path("mandatoryTags")).isEqualTo(fullDescription.path("mandatoryTags"));
    }

    @Test
    void aSuppressionOfAStackNotWrittenIsNotDescribed() throws IOException {
        Path out = tmp.resolve("out");

        EstateSynthesizer.synthesize(REFERENCE, "reference", out, written -> { }, Set.of("platform"));

        assertThat(SynthOutput.read(out).suppressions()).isEmpty();
        assertThat(names(read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks"))).containsExactly("platform");
    }

    @Test
    void theManifestIsWrittenInCdktfLayout() throws IOException {
        String full = Files.readString(GOLDEN.resolve("manifest.json"));

        assertThat(CdktfJson.write(JSON.readTree(full))).isEqualTo(full);
    }

    /**
     * The dependencies the selection follows are those cdktf finds in the construct tree: if a stack came to
     * reference another one, a selection would leave the producer out and this fails.
     */
    @Test
    void dependenciesFromThePlanAreThoseOfTheManifest() throws IOException {
        JsonNode stacks = read(GOLDEN.resolve("manifest.json")).path("stacks");
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = stacks.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Set<String> dependencies = new TreeSet<>();
            entry.getValue().path("dependencies").forEach(dependency -> dependencies.add(dependency.asText()));
            // The vending stack is a dependency of deployment order only: it is read through remote state, not referenced.
            if (!entry.getKey().equals("subscriptions") && !entry.getKey().endsWith("-incluster")) {
                assertThat(dependencies).as(entry.getKey()).contains("subscriptions");
            }
            dependencies.remove("subscriptions");
            // So is the platform stack, which registers the resource providers of every subscription, and the
            // connectivity stack, whose hubs and zones the peered networks' stacks read.
            dependencies.remove("platform");
            dependencies.remove("connectivity");
            if (!dependencies.isEmpty()) {
                expected.put(entry.getKey(), dependencies);
            }
        }

        Map<String, Set<String>> planned = new TreeMap<>();
        StackSelection.dependencies(EstatePlan.of(REFERENCE)).forEach((stack, dependencies) -> planned.put(stack, new TreeSet<>(dependencies)));

        assertThat(planned).isEqualTo(expected);
    }

    @Test
    void aSelectionBuildsTheConnectedComponentsOfTheSelectedStacks() {
        StackSelection selection = StackSelection.of(EstatePlan.of(REFERENCE), List.of("pharma-production", "ecommerce-sandbox-incluster"));

        List<String> built = EstatePlan.of(REFERENCE).stackNames().stream().filter(selection::builds).toList();

        assertThat(built).containsExactly("subscriptions", "platform", "connectivity", "shared-production", "ecommerce-sandbox", "pharma-production", "north-production",
            "south-production", "east-production", "shared-production-incluster", "ecommerce-sandbox-incluster");
        assertThat(built).filteredOn(selection::writes).containsExactly("pharma-production", "ecommerce-sandbox-incluster");
    }

    @Test
    void noSelectionBuildsAndWritesEveryStack() {
        StackSelection selection = StackSelection.of(EstatePlan.of(REFERENCE), List.of());

        assertThat(EstatePlan.of(REFERENCE).stackNames()).hasSize(33).allMatch(selection::builds).allMatch(selection::writes);
    }

    @Test
    void anUnknownStackIsRefusedListingTheEstatesStacksAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(REFERENCE, "reference", out, written -> { }, Set.of("platform"));
        byte[] before = Files.readAllBytes(out.resolve("stacks/platform/cdk.tf.json"));

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(REFERENCE, "reference", out, written -> { },
            new LinkedHashSet<>(List.of("wholesale-production", "wholesale-prod", "retail-production"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("stacks 'retail-production', 'wholesale-prod' are not in the estate; choose from its 33 stacks: "
                + "subscriptions, platform, connectivity, shared-production, shared-staging, shared-sandbox, wholesale-production,")
            .hasMessageEndingWith(", ecommerce-sandbox-incluster");

        assertThat(files(out)).containsExactly("landing-zone.json", "manifest.json", "stacks/platform/cdk.tf.json");
        assertThat(Files.readAllBytes(out.resolve("stacks/platform/cdk.tf.json"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(path -> path.getFileName().toString().replaceFirst("\\.gen-[a-z0-9]+$", ".gen-*"))
                .sorted()).containsExactly(".out.gen-*", ".out.lock", "out");
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
