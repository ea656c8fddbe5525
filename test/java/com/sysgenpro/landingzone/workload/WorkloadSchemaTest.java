package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four workload constructs synthesized together: clean against the azurerm 4.73 schema, deterministic, no secret. */
class WorkloadSchemaTest {

    /** Arguments that carry credentials in the resources these constructs synthesize; none may appear. */
    private static final Pattern SECRET_ARGUMENTS = Pattern.compile(
        "\"(client_secret|admin_password|password|ssh_private_key_base64|https_key_base64|https_user|sas_token|account_key"
            + "|access_key|secret_key_base64|client_certificate_base64|key_data|configuration_protected_settings)\"");

    @TempDir
    Path tmp;

    @Test
    void allFourTogetherAreCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = WorkloadStack.synth();
        Path file = tmp.resolve("cdk.tf.json");
        Files.writeString(file, stack.toString());
        int blocks = 0;
        List<String> types = new ArrayList<>();
        for (var type = stack.path("resource").fieldNames(); type.hasNext(); ) {
            String name = type.next();
            types.add(name);
            blocks += stack.path("resource").path(name).size();
        }

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(types).contains("azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool", "azurerm_container_registry",
            "azurerm_private_endpoint", "azurerm_role_assignment", "azurerm_kubernetes_cluster_extension",
            "azurerm_kubernetes_flux_configuration", "azurerm_monitor_diagnostic_setting", "azurerm_monitor_data_collection_rule",
            "azurerm_monitor_data_collection_rule_association");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("checked " + blocks + " resource/data blocks: " + blocks + " clean, 0 with errors, 0 errors");
    }

    @Test
    void loosenedVariantsAreCleanAgainstTheAzurermSchemaToo() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = WorkloadStack.synth(cluster -> cluster.production(false).skuTier(AksSkuTier.FREE).zones(List.of())
                .privateCluster(false).authorizedIpRanges(List.of("198.51.100.0/24")).tenantId(WorkloadFixtures.TENANT)
                .kubernetesVersion("1.31").systemPoolMaxPods(110).nodeResourceGroupName("rg-wholesale-nodes")
                .automaticUpgradeChannel(AksUpgradeChannel.NONE).nodeOsUpgradeChannel(NodeOsUpgradeChannel.UNMANAGED),
            pool -> pool.zones(List.of()).maxPods(60).minCount(0));
        Path file = tmp.resolve("loosened.tf.json");
        Files.writeString(file, stack.toString());

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void synthesisIsDeterministicAndCarriesNoSecret() {
        String json = WorkloadStack.synth().toString();

        assertThat(WorkloadStack.synth().toString()).isEqualTo(json);
        assertThat(SECRET_ARGUMENTS.matcher(json).find()).as(json).isFalse();
    }
}
