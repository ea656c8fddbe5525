package com.sysgenpro.landingzone.estate;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void writesOneStackPerBusinessUnitAndEnvironment() {
        SynthesisReport report = EstateSynthesizer.synthesize(twoUnits(), tmp.resolve("out"));

        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name)
            .containsExactly("platform", "shared-production", "shared-sandbox", "shared-staging",
                "retail-production", "retail-sandbox", "b2b-staging");
        JsonNode manifest = Synth.read(tmp.resolve("out/manifest.json"));
        assertThat(manifest.path("stacks").has("retail-production")).isTrue();
        assertThat(manifest.path("stacks").size()).isEqualTo(7);
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
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotACdktfOutput() throws IOException {
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> EstateSynthesizer.synthesize(twoUnits(), precious))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(precious + " is not empty and holds no cdktf output");
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
