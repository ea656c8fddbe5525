package com.sysgenpro.landingzone.estate;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdktn.cdktn.App;
import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateSynthesizerTest {

    @TempDir
    Path tmp;

    static Estate twoUnits() {
        return EstateFixtures.minimal()
            .businessUnit(BusinessUnit.builder().name("retail").owner("retail@example.com").costCenter("CC-1")
                .environment(Environment.builder().name("production").build())
                .environment(Environment.builder().name("sandbox").build())
                .build())
            .businessUnit(BusinessUnit.builder().name("b2b").owner("b2b@example.com").costCenter("CC-2")
                .environment(Environment.builder().name("staging").build())
                .build())
            .build();
    }

    @Test
    void writesOneStackPerBusinessUnitAndEnvironmentAndOnePerCluster() {
        SynthesisReport report = EstateSynthesizer.synthesize(twoUnits(), tmp.resolve("out"));

        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name)
            .containsExactly("platform", "shared-production", "shared-sandbox", "shared-staging",
                "retail-production", "retail-sandbox", "b2b-staging",
                "shared-production-incluster", "shared-sandbox-incluster", "shared-staging-incluster");
        JsonNode manifest = Synth.read(tmp.resolve("out/manifest.json"));
        assertThat(manifest.path("stacks").has("retail-production")).isTrue();
        assertThat(manifest.path("stacks").size()).isEqualTo(10);
    }

    @Test
    void stackHoldsTaggedResourceGroupAndWorkspaceSizedByBlueprint() {
        EstateSynthesizer.synthesize(twoUnits(), tmp.resolve("out"));
        JsonNode production = Synth.read(tmp.resolve("out/stacks/retail-production/cdk.tf.json"));
        JsonNode sandbox = Synth.read(tmp.resolve("out/stacks/retail-sandbox/cdk.tf.json"));

        assertThat(production.path("provider").path("azurerm").get(0).path("storage_use_azuread").asBoolean()).isTrue();
        assertThat(production.path("terraform").path("backend").path("local").path("path").asText())
            .isEqualTo("../../../terraform.retail-production.tfstate");
        JsonNode group = onlyResource(production, "azurerm_resource_group");
        assertThat(group.path("name").asText()).isEqualTo("rg-tst-retail-production-neu");
        assertThat(group.path("location").asText()).isEqualTo("northeurope");
        Map<String, String> expectedTags = new TreeMap<>(Map.of(
            "business-unit", "retail", "environment", "production", "owner", "retail@example.com",
            "cost-center", "CC-1", "recovery-tier", "tier-2", "data-classification", "confidential",
            "managed-by", "odoo-landing-zones"));
        assertThat(Synth.tags(group)).isEqualTo(expectedTags);
        // Modest units are advised shared hosting: their logs go to the class's shared workspace, sized by blueprint.
        JsonNode sharedProduction = Synth.read(tmp.resolve("out/stacks/shared-production/cdk.tf.json"));
        JsonNode workspace = onlyResource(sharedProduction, "azurerm_log_analytics_workspace");
        assertThat(workspace.path("name").asText()).isEqualTo("log-tst-shared-production-neu");
        assertThat(workspace.path("retention_in_days").asInt()).isEqualTo(180);
        JsonNode sharedSandbox = Synth.read(tmp.resolve("out/stacks/shared-sandbox/cdk.tf.json"));
        assertThat(onlyResource(sharedSandbox, "azurerm_log_analytics_workspace").path("retention_in_days").asInt()).isEqualTo(30);
        assertThat(Synth.tags(onlyResource(sandbox, "azurerm_resource_group"))).containsEntry("recovery-tier", "none")
            .containsEntry("operating-hours", "Mon-Fri 08:00-18:00 UTC");
        assertThat(Synth.tags(onlyResource(production, "azurerm_key_vault"))).isEqualTo(expectedTags);
    }

    @Test
    void placesEachDeclaredSubscriptionOnceInTheManagementGroupOfItsBlueprint() {
        String production = "aaaaaaaa-0000-4000-8000-000000000001";
        String nonProduction = "aaaaaaaa-0000-4000-8000-000000000002";
        String sandbox = "aaaaaaaa-0000-4000-8000-00000000000c";
        Estate estate = EstateFixtures.minimal()
            .businessUnit(BusinessUnit.builder().name("retail").owner("retail@example.com").costCenter("CC-1")
                .environment(Environment.builder().name("production").subscriptionId(production).build())
                .environment(Environment.builder().name("staging").subscriptionId(nonProduction).build())
                .environment(Environment.builder().name("qa").subscriptionId(nonProduction).build())
                .environment(Environment.builder().name("development").subscriptionId(sandbox).build())
                .build())
            .businessUnit(BusinessUnit.builder().name("b2b").owner("b2b@example.com").costCenter("CC-2")
                .environment(Environment.builder().name("production").build())
                .environment(Environment.builder().name("sandbox").subscriptionId(sandbox.toUpperCase()).build())
                .build())
            .build();

        EstateSynthesizer.synthesize(estate, tmp.resolve("out"));
        JsonNode platform = Synth.read(tmp.resolve("out/stacks/platform/cdk.tf.json"));

        Map<String, String> groupReferences = new TreeMap<>();
        platform.path("resource").path("azurerm_management_group").fields().forEachRemaining(group ->
            groupReferences.put("${azurerm_management_group." + group.getKey() + ".id}", group.getValue().path("name").asText()));
        Map<String, String> placements = new TreeMap<>();
        platform.path("resource").path("azurerm_management_group_subscription_association").fields().forEachRemaining(association ->
            placements.put(association.getKey().replaceAll("_Placement_[0-9A-F]{8}$", ""),
                association.getValue().path("subscription_id").asText() + " in "
                    + groupReferences.get(association.getValue().path("management_group_id").asText())));
        assertThat(placements).containsExactlyInAnyOrderEntriesOf(Map.of(
            "subscription-retail-production", "/subscriptions/" + production + " in tst-retail-prod",
            "subscription-retail-staging", "/subscriptions/" + nonProduction + " in tst-retail-nonprod",
            "subscription-retail-development", "/subscriptions/" + sandbox + " in tst-sandbox"));
        assertThat(Synth.resources(platform, "azurerm_subscription")).isEmpty();
    }

    @Test
    void outputIsByteIdenticalAcrossSyntheses() throws IOException {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(twoUnits(), out);
        Map<String, byte[]> first = snapshot(out);
        EstateSynthesizer.synthesize(twoUnits(), out);
        Map<String, byte[]> second = snapshot(out);

        assertThat(second.keySet()).isEqualTo(first.keySet()).contains("manifest.json", "stacks/b2b-staging/cdk.tf.json");
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void removesStacksThatLeftTheEstate() {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(twoUnits(), out);
        Estate smaller = EstateFixtures.minimal()
            .businessUnit(twoUnits().businessUnits().get(1)).build();

        EstateSynthesizer.synthesize(smaller, out);

        assertThat(out.resolve("stacks/retail-production")).doesNotExist();
        assertThat(out.resolve("stacks/b2b-staging/cdk.tf.json")).exists();
    }

    @Test
    void failsOnInvalidEstateWithoutWritingAnything() {
        Estate invalid = Estate.builder().organisation("Test Org").prefix("TST").build();
        Path out = tmp.resolve("out");

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(invalid, out))
            .isInstanceOf(EstateValidationException.class)
            .hasMessageStartingWith("estate built in Java: 8 problems")
            .hasMessageContaining("tenantId: required field is missing")
            .hasMessageContaining("platform.owner: required field is missing")
            .hasMessageContaining("prefix: 'TST' is not allowed")
            .hasMessageContaining("regions.primary: required field is missing")
            .hasMessageContaining("businessUnits: must list at least one entry");
        assertThat(out).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotACdktfOutput() throws IOException {
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(twoUnits(), precious))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(precious + " is not empty and holds no cdktf output");
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
        assertThat(entries(tmp)).containsExactly("precious");
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "keep me");

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(twoUnits(), file))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("output path " + file + " is a file; choose a directory");
        assertThat(file).hasContent("keep me");
        assertThat(entries(tmp)).containsExactly("out");
    }

    @Test
    void replacesAnEarlierOutputWithoutLeavingAnythingBesideItOrTouchingState() throws IOException {
        Path out = tmp.resolve("out");
        Path state = Files.writeString(tmp.resolve("terraform.retail-sandbox.tfstate"), "{\"version\": 4}");
        EstateSynthesizer.synthesize(twoUnits(), out);
        Files.writeString(out.resolve("stacks/retail-sandbox/stale.txt"), "from an earlier run");

        SynthesisReport report = EstateSynthesizer.synthesize(twoUnits(), out);

        assertThat(entries(tmp)).containsExactly(".out.gen-*", ".out.lock", "out", "terraform.retail-sandbox.tfstate");
        assertThat(state).hasContent("{\"version\": 4}");
        assertThat(out.resolve("stacks/retail-sandbox/stale.txt")).doesNotExist();
        assertThat(report.stacks()).allSatisfy(stack -> assertThat(stack.file()).startsWith(out).exists());
    }

    @Test
    void failingSynthesisLeavesThePreviousOutputAsItWasAndNoTemporaryDirectory() throws IOException {
        Path out = tmp.resolve("out");
        Path state = Files.writeString(tmp.resolve("terraform.retail-sandbox.tfstate"), "{\"version\": 4}");
        EstateSynthesizer.synthesize(twoUnits(), out);
        Map<String, byte[]> before = snapshot(out);
        Estate smaller = EstateFixtures.minimal().businessUnit(twoUnits().businessUnits().get(1)).build();

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(smaller, "test", out, stack -> { }, Set.of(), EstateSynthesizerTest::failingLast))
            .hasMessageContaining("the last stack cannot be synthesized");

        Map<String, byte[]> after = snapshot(out);
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("stacks/retail-production/cdk.tf.json");
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
        assertThat(entries(tmp)).containsExactly(".out.gen-*", ".out.lock", "out", "terraform.retail-sandbox.tfstate");
        assertThat(state).hasContent("{\"version\": 4}");
    }

    @Test
    void failingSynthesisIntoANewDirectoryCreatesNothing() throws IOException {
        Path out = tmp.resolve("new/out");

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(twoUnits(), "test", out, stack -> { }, Set.of(), EstateSynthesizerTest::failingLast))
            .hasMessageContaining("the last stack cannot be synthesized");

        assertThat(out).doesNotExist();
        assertThat(entries(tmp.resolve("new"))).containsExactly(".out.lock");
    }

    /**
     * The estate's stacks and, last, one that fails cdktf's validation while being synthesized: the stacks before it
     * are written by then, as in a synthesis that fails midway.
     */
    private static List<String> failingLast(App app, Estate estate, StackSelection selection) {
        List<String> names = new ArrayList<>(EstateStacks.add(app, estate, selection));
        TerraformStack broken = new TerraformStack(app, "zz-broken");
        broken.getNode().addValidation(() -> List.of("the last stack cannot be synthesized"));
        names.add("zz-broken");
        return names;
    }

    /** What a directory holds, generations of an output written as {@code .<name>.gen-*}. */
    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(path -> path.getFileName().toString().replaceFirst("\\.gen-[a-z0-9]+$", ".gen-*")).sorted().toList();
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
