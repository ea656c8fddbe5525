package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The workload constructs against the landing zone's own controls, evaluated offline the way governance evaluates a
 * stack: the defaults are compliant with the network, Kubernetes, SKU, diagnostics and encryption initiatives; each loosening
 * breaks exactly the control it loosens.
 */
class KubernetesGovernanceTest {

    private static final Map<String, Object> PARAMETERS = Map.of(
        "allowedLocations", List.of("westeurope", "northeurope"),
        "allowedVmSkus", List.of("Standard_D4ds_v5", "Standard_D8ds_v5"),
        "allowedStorageSkus", List.of("Standard_ZRS"),
        "allowedPostgresSkus", List.of("Standard_D4ds_v5"),
        "allowedRedisSkus", List.of("Balanced_B3"),
        "allowedContainerImagesRegex", "^acrwholesaleprod\\.azurecr\\.io/.+$");

    private static List<Control> controls() {
        List<Control> controls = new ArrayList<>();
        for (var initiative : List.of(LandingZoneInitiatives.network(), LandingZoneInitiatives.kubernetes(),
            LandingZoneInitiatives.skus(), LandingZoneInitiatives.diagnostics(), LandingZoneInitiatives.encryption())) {
            controls.addAll(initiative.controls());
        }
        return controls;
    }

    /** "control outcome address" for every control and resource it applies to. */
    private static List<String> evaluate(JsonNode stack, Outcome wanted) {
        List<String> found = new ArrayList<>();
        for (var types = stack.path("resource").fields(); types.hasNext(); ) {
            var type = types.next();
            for (var resources = type.getValue().fields(); resources.hasNext(); ) {
                var resource = resources.next();
                TerraformResource subject = new TerraformResource("test", type.getKey(), resource.getKey(), resource.getValue(), stack);
                for (Control control : controls()) {
                    Evaluation evaluation = control.evaluate(subject, PARAMETERS);
                    if (evaluation.outcome() == wanted) {
                        found.add(control.id() + " " + type.getKey() + (wanted == Outcome.NON_COMPLIANT ? ": " + evaluation.message() : ""));
                    }
                }
            }
        }
        return found;
    }

    private static List<String> nonCompliant(Consumer<KubernetesCluster.Builder> cluster, Consumer<KubernetesNodePool.Builder> pool) {
        return evaluate(WorkloadStack.synth(cluster, pool), Outcome.NON_COMPLIANT);
    }

    @Test
    void defaultsAreCompliantWithEveryOfflineControl() {
        JsonNode stack = WorkloadStack.synth();

        assertThat(evaluate(stack, Outcome.NON_COMPLIANT)).isEmpty();
        assertThat(new TreeSet<>(evaluate(stack, Outcome.COMPLIANT))).containsExactly(
            "LZ-DIAG-001 azurerm_kubernetes_cluster",
            "LZ-ENC-008 azurerm_kubernetes_cluster",
            "LZ-ENC-008 azurerm_kubernetes_cluster_node_pool",
            "LZ-K8S-004 azurerm_kubernetes_cluster",
            "LZ-K8S-005 azurerm_kubernetes_cluster",
            "LZ-NET-007 azurerm_kubernetes_cluster",
            "LZ-SKU-002 azurerm_kubernetes_cluster",
            "LZ-SKU-002 azurerm_kubernetes_cluster_node_pool");
    }

    @Test
    void aPublicApiServerBreaksOnlyThePrivateClusterControl() {
        assertThat(nonCompliant(cluster -> cluster.privateCluster(false).authorizedIpRanges(List.of("198.51.100.0/24")), pool -> { }))
            .singleElement().asString().startsWith("LZ-NET-007 azurerm_kubernetes_cluster: private_cluster_enabled is false");
    }

    @Test
    void localAccountsBreakOnlyTheLocalAccountControl() {
        assertThat(nonCompliant(cluster -> cluster.localAccountsDisabled(false), pool -> { }))
            .singleElement().asString().startsWith("LZ-K8S-004 azurerm_kubernetes_cluster: local_account_disabled is false");
    }

    @Test
    void switchingOffThePolicyAddOnBreaksOnlyThePolicyAddOnControl() {
        assertThat(nonCompliant(cluster -> cluster.azurePolicyEnabled(false), pool -> { }))
            .singleElement().asString().startsWith("LZ-K8S-005 azurerm_kubernetes_cluster: azure_policy_enabled is false");
    }

    @Test
    void poolsWithoutEncryptionAtHostBreakOnlyTheEncryptionAtHostControl() {
        assertThat(nonCompliant(cluster -> cluster.hostEncryptionEnabled(false), pool -> pool.hostEncryptionEnabled(false)))
            .containsExactlyInAnyOrder(
                "LZ-ENC-008 azurerm_kubernetes_cluster: default_node_pool.host_encryption_enabled is 'false'; set it to true (the"
                    + " construct's hostEncryptionEnabled; the subscription needs the feature Microsoft.Compute/EncryptionAtHost registered)",
                "LZ-ENC-008 azurerm_kubernetes_cluster_node_pool: host_encryption_enabled is 'false'; set it to true (the"
                    + " construct's hostEncryptionEnabled; the subscription needs the feature Microsoft.Compute/EncryptionAtHost registered)");
        assertThat(nonCompliant(cluster -> { }, pool -> pool.hostEncryptionEnabled(false)))
            .singleElement().asString().startsWith("LZ-ENC-008 azurerm_kubernetes_cluster_node_pool: host_encryption_enabled is 'false'");
    }

    @Test
    void unapprovedVmSizesBreakOnlyTheNodePoolSizeControl() {
        assertThat(nonCompliant(cluster -> cluster.systemPoolVmSize("Standard_E4ds_v5"), pool -> pool.vmSize("Standard_D16ds_v5")))
            .containsExactlyInAnyOrder(
                "LZ-SKU-002 azurerm_kubernetes_cluster: default_node_pool.vm_size 'Standard_E4ds_v5' is not among allowedVmSkus"
                    + " [Standard_D4ds_v5, Standard_D8ds_v5]; use an approved SKU for this tier or change the blueprint",
                "LZ-SKU-002 azurerm_kubernetes_cluster_node_pool: vm_size 'Standard_D16ds_v5' is not among allowedVmSkus"
                    + " [Standard_D4ds_v5, Standard_D8ds_v5]; use an approved SKU for this tier or change the blueprint");
    }
}
