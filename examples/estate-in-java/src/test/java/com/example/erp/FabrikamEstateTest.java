package com.example.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.estate.SynthesisReport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthesizes the estate once, as {@code Main} does, and checks the Terraform JSON the stacks will apply. */
class FabrikamEstateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static SynthesisReport report;

    @BeforeAll
    static void synthesize() {
        report = EstateSynthesizer.synthesize(FabrikamEstate.estate(), tmp.resolve("cdktf.out"));
    }

    @Test
    void writesPlatformSharedHostingOneStackPerUnitAndEnvironmentAndOnePerCluster() throws IOException {
        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name).containsExactly(
            "platform", "shared-production", "shared-staging",
            "manufacturing-production", "manufacturing-staging", "retail-production", "retail-staging",
            "shared-production-incluster", "shared-staging-incluster",
            "manufacturing-production-incluster", "manufacturing-staging-incluster");
        JsonNode manifest = read("manifest.json");
        assertThat(manifest.path("stacks").path("retail-production").path("dependencies").get(0).asText())
            .isEqualTo("shared-production");
    }

    @Test
    void manufacturingRunsOnACluster() throws IOException {
        JsonNode production = read("stacks/manufacturing-production/cdk.tf.json").path("resource");

        JsonNode cluster = only(production, "azurerm_kubernetes_cluster");
        assertThat(cluster.path("name").asText()).isEqualTo("aks-fab-manufacturing-production-weu");
        assertThat(cluster.path("tags").path("site").asText()).isEqualTo("tilburg-plant");
        JsonNode database = only(production, "azurerm_postgresql_flexible_server");
        assertThat(database.path("high_availability").path("mode").asText()).isEqualTo("ZoneRedundant");
        assertThat(database.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
    }

    @Test
    void retailUsesSharedHostingThroughRemoteState() throws IOException {
        JsonNode production = read("stacks/retail-production/cdk.tf.json");

        assertThat(production.path("resource").has("azurerm_kubernetes_cluster")).isFalse();
        assertThat(production.path("data").path("terraform_remote_state")
            .has("cross-stack-reference-input-shared-production")).isTrue();
        JsonNode budget = only(production.path("resource"), "azurerm_consumption_budget_resource_group");
        // A shared tenant's own resource group keeps 10 % of its 800 (Showback); the rest is its share of the hosting.
        assertThat(budget.path("amount").asInt()).isEqualTo(80);
        assertThat(only(read("stacks/shared-production/cdk.tf.json").path("resource"), "azurerm_kubernetes_cluster")
            .path("name").asText()).isEqualTo("aks-fab-shared-production-weu");
    }

    @Test
    void retailGetsANamespaceOnTheSharedCluster() throws IOException {
        JsonNode inCluster = read("stacks/shared-production-incluster/cdk.tf.json").path("resource");
        JsonNode namespaces = inCluster.path("kubernetes_namespace_v1");
        assertThat(namespaces.findValuesAsText("name")).contains("retail-production", "traefik", "cert-manager");
        assertThat(inCluster.has("azurerm_kubernetes_cluster")).isFalse();
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(tmp.resolve("cdktf.out").resolve(file).toFile());
    }

    /** The one resource of {@code type}; resources are keyed by type, then by logical id. */
    private static JsonNode only(JsonNode resources, String type) {
        JsonNode ofType = resources.path(type);
        assertThat(ofType.size()).as("number of " + type).isEqualTo(1);
        return ofType.elements().next();
    }
}
