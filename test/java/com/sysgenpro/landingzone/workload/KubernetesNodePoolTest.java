package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.workload.WorkloadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class KubernetesNodePoolTest {

    private static final String TENANT_SUBNET = WorkloadFixtures.SUBSCRIPTION
        + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-wholesale/subnets/snet-aks-wholesale";

    private static JsonNode synth(Consumer<KubernetesCluster.Builder> cluster, Consumer<KubernetesNodePool.Builder> customize) {
        return Synth.stack(stack -> {
            KubernetesCluster.Builder clusterBuilder = WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack));
            cluster.accept(clusterBuilder);
            KubernetesNodePool.Builder pool = KubernetesNodePool.Builder.create(stack, "pool").name("odoo").cluster(clusterBuilder.build());
            customize.accept(pool);
            pool.build();
        });
    }

    private static JsonNode synth(Consumer<KubernetesNodePool.Builder> customize) {
        return synth(cluster -> { }, customize);
    }

    private static JsonNode pool(Consumer<KubernetesNodePool.Builder> customize) {
        return onlyResource(synth(customize), "azurerm_kubernetes_cluster_node_pool");
    }

    @Test
    void defaultsToAnAutoscaledUserPoolAcrossThreeZonesInTheClustersSubnet() {
        JsonNode stack = synth(pool -> { });
        JsonNode pool = onlyResource(stack, "azurerm_kubernetes_cluster_node_pool");
        String clusterName = stack.path("resource").path("azurerm_kubernetes_cluster").fieldNames().next();

        assertThat(pool.path("name").asText()).isEqualTo("odoo");
        assertThat(pool.path("kubernetes_cluster_id").asText()).isEqualTo("${azurerm_kubernetes_cluster." + clusterName + ".id}");
        assertThat(pool.path("mode").asText()).isEqualTo("User");
        assertThat(pool.path("vm_size").asText()).isEqualTo("Standard_D4ds_v5");
        assertThat(pool.path("vnet_subnet_id").asText()).isEqualTo(WorkloadFixtures.NODE_SUBNET);
        assertThat(strings(pool.path("zones"))).containsExactly("1", "2", "3");
        assertThat(pool.path("auto_scaling_enabled").asBoolean()).isTrue();
        assertThat(pool.path("min_count").asInt()).isEqualTo(2);
        assertThat(pool.path("max_count").asInt()).isEqualTo(5);
        assertThat(pool.path("os_disk_type").asText()).isEqualTo("Ephemeral");
        assertThat(pool.path("os_disk_size_gb").asInt()).isEqualTo(128);
        assertThat(pool.path("host_encryption_enabled").isBoolean()).isTrue();
        assertThat(pool.path("host_encryption_enabled").asBoolean()).isTrue();
        assertThat(pool.path("temporary_name_for_rotation").asText()).isEqualTo("odootmp");
        assertThat(pool.has("node_labels")).isFalse();
        assertThat(pool.has("node_taints")).isFalse();
        assertThat(pool.has("max_pods")).isFalse();
        assertThat(Synth.tags(pool)).isEqualTo(WorkloadFixtures.TAGS.asMap());
    }

    @Test
    void dedicatedToATenantAddsTheTenantLabelAndTaint() {
        JsonNode pool = pool(builder -> builder.dedicatedTo("wholesale"));

        assertThat(pool.path("node_labels").path(KubernetesNodePool.TENANT_LABEL).asText()).isEqualTo("wholesale");
        assertThat(pool.path("node_labels").path("odoo.sysgenpro.com/tenant").asText()).isEqualTo("wholesale");
        assertThat(strings(pool.path("node_taints"))).containsExactly("tenant=wholesale:NoSchedule");
    }

    @Test
    void dedicatedPoolsKeepTheirOwnLabelsAndTaintsSortedAndOnce() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("workload", "odoo");
        labels.put("app.kubernetes.io/part-of", "erp");
        JsonNode pool = pool(builder -> builder.dedicatedTo("wholesale").nodeLabels(labels)
            .nodeTaints(List.of("workload=odoo:PreferNoSchedule", "tenant=wholesale:NoSchedule")));

        List<String> keys = new ArrayList<>();
        pool.path("node_labels").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("app.kubernetes.io/part-of", KubernetesNodePool.TENANT_LABEL, "workload");
        assertThat(strings(pool.path("node_taints"))).containsExactly("workload=odoo:PreferNoSchedule", "tenant=wholesale:NoSchedule");
    }

    @Test
    void overridesSubnetSizeScaleAndDisk() {
        JsonNode pool = pool(builder -> builder.vnetSubnet(SubnetReference.fromId(TENANT_SUBNET)).vmSize("Standard_E8ds_v5").zones(List.of("2", "1"))
            .minCount(0).maxCount(10).maxPods(60).ephemeralOsDisk(false).osDiskSizeGb(256)
            .tags(Tags.of(Map.of("owner", "wholesale@example.com"))));

        assertThat(pool.path("vnet_subnet_id").asText()).isEqualTo(TENANT_SUBNET);
        assertThat(pool.path("vm_size").asText()).isEqualTo("Standard_E8ds_v5");
        assertThat(strings(pool.path("zones"))).containsExactly("1", "2");
        assertThat(pool.path("min_count").asInt()).isZero();
        assertThat(pool.path("max_count").asInt()).isEqualTo(10);
        assertThat(pool.path("max_pods").asInt()).isEqualTo(60);
        assertThat(pool.path("os_disk_type").asText()).isEqualTo("Managed");
        assertThat(pool.path("os_disk_size_gb").asInt()).isEqualTo(256);
        assertThat(Synth.tags(pool)).containsExactlyEntriesOf(Map.of("owner", "wholesale@example.com"));
    }

    @Test
    void hostEncryptionIsLoosenedExplicitlyAndStillRotates() {
        JsonNode pool = pool(builder -> builder.name("tpharmaqa").hostEncryptionEnabled(false));

        assertThat(pool.path("host_encryption_enabled").isBoolean()).isTrue();
        assertThat(pool.path("host_encryption_enabled").asBoolean()).isFalse();
        assertThat(pool.path("temporary_name_for_rotation").asText()).isEqualTo("tpharmaqatmp");
    }

    @Test
    void poolsOfOneClusterRotateThroughTemporaryPoolsOfTheirOwn() {
        JsonNode synthesized = Synth.stack(stack -> {
            KubernetesCluster cluster = WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack)).build();
            KubernetesNodePool.Builder.create(stack, "odoo").name("odoo").cluster(cluster).build();
            KubernetesNodePool.Builder.create(stack, "finance").name("tfinanceuat").cluster(cluster).build();
        });

        List<String> names = new ArrayList<>();
        synthesized.path("resource").path("azurerm_kubernetes_cluster_node_pool")
            .forEach(pool -> names.add(pool.path("name").asText() + ">" + pool.path("temporary_name_for_rotation").asText()));
        assertThat(names).containsExactlyInAnyOrder("odoo>odootmp", "tfinanceuat>tfinanceutmp");
    }

    @Test
    void failsWhenAPoolTakesTheNameOrTemporaryPoolOfAnotherPoolOfTheCluster() {
        assertThatThrownBy(() -> synth(builder -> builder.name("system")))
            .hasMessageContaining("test/pool: name 'system' is not allowed; a pool name whose name and temporary rotation name"
                + " ('systemtmp') differ from the names of the cluster's other pools; test/aks already has 'system'");
        assertThatThrownBy(() -> synth(builder -> builder.name("systemtmp")))
            .hasMessageContaining("test/pool: name 'systemtmp' is not allowed")
            .hasMessageContaining("test/aks already has 'systemtmp'");
        assertThatThrownBy(() -> Synth.stack(stack -> {
            KubernetesCluster cluster = WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack)).build();
            KubernetesNodePool.Builder.create(stack, "qa").name("twholesalqa").cluster(cluster).build();
            KubernetesNodePool.Builder.create(stack, "uat").name("twholesaluat").cluster(cluster).build();
        })).hasMessageContaining("test/uat: name 'twholesaluat' is not allowed")
            .hasMessageContaining("test/qa already has 'twholesaltmp'");
    }

    @Test
    void aLowerEnvironmentClusterMayHavePoolsWithoutZones() {
        JsonNode pool = onlyResource(synth(cluster -> cluster.production(false), builder -> builder.zones(List.of()).minCount(1).maxCount(1)),
            "azurerm_kubernetes_cluster_node_pool");

        assertThat(pool.has("zones")).isFalse();
        assertThat(pool.path("min_count").asInt()).isEqualTo(1);
    }

    @Test
    void failsWhenAutoscaleMinExceedsMax() {
        assertThatThrownBy(() -> synth(builder -> builder.minCount(6).maxCount(3)))
            .hasMessageContaining("test/pool: minCount 6 is not allowed; at most maxCount (3)");
        assertThatThrownBy(() -> synth(builder -> builder.minCount(-1)))
            .hasMessageContaining("test/pool: minCount -1 is not allowed; allowed: 0 to 1000");
        assertThatThrownBy(() -> synth(builder -> builder.minCount(0).maxCount(0)))
            .hasMessageContaining("test/pool: maxCount 0 is not allowed; allowed: 1 to 1000");
    }

    @Test
    void failsWithoutZonesWhenTheClusterIsProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of())))
            .hasMessageContaining("test/pool: zones '[]' is not allowed; a production pool spreads over availability zones");
    }

    @Test
    void failsOnNamesAksRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("OdooPool")))
            .hasMessageContaining("test/pool: name 'OdooPool' is not allowed")
            .hasMessageContaining("lowercase letters and digits, starting with a letter");
        assertThatThrownBy(() -> synth(builder -> builder.name("odoowholesale")))
            .hasMessageContaining("test/pool: name 'odoowholesale' is not allowed")
            .hasMessageContaining("1 to 12 characters");
    }

    @Test
    void failsOnTaintsAndLabelsKubernetesRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.nodeTaints(List.of("tenant=wholesale:Never"))))
            .hasMessageContaining("test/pool: nodeTaints 'tenant=wholesale:Never' is not allowed; key=value:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute");
        assertThatThrownBy(() -> synth(builder -> builder.nodeLabels(Map.of("kubernetes.azure.com/mode", "user"))))
            .hasMessageContaining("test/pool: nodeLabels 'kubernetes.azure.com/mode' is not allowed; a label outside the prefixes AKS and Kubernetes reserve");
        assertThatThrownBy(() -> synth(builder -> builder.nodeLabels(Map.of("tier", "gold plated"))))
            .hasMessageContaining("test/pool: nodeLabels 'tier=gold plated' is not allowed");
    }

    @Test
    void failsOnTenantKeysThatAreNotLabelValues() {
        assertThatThrownBy(() -> synth(builder -> builder.dedicatedTo("Whole Sale")))
            .hasMessageContaining("test/pool: dedicatedTo 'Whole Sale' is not allowed; a tenant key of 1 to 63 lowercase letters");
    }

    @Test
    void failsWhenTheTenantLabelOrTaintNamesAnotherTenant() {
        assertThatThrownBy(() -> synth(builder -> builder.dedicatedTo("wholesale").nodeLabels(Map.of(KubernetesNodePool.TENANT_LABEL, "online"))))
            .hasMessageContaining("test/pool: nodeLabels 'odoo.sysgenpro.com/tenant=online' is not allowed; no other tenant than dedicatedTo('wholesale')");
        assertThatThrownBy(() -> synth(builder -> builder.dedicatedTo("wholesale").nodeTaints(List.of("tenant=online:NoSchedule"))))
            .hasMessageContaining("test/pool: nodeTaints '[tenant=online:NoSchedule]' is not allowed; no other tenant taint than tenant=wholesale:NoSchedule");
    }

    @Test
    void failsOnMaxPodsOrDisksAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.maxPods(5)))
            .hasMessageContaining("test/pool: maxPods 5 is not allowed; allowed: 10 to 250");
        assertThatThrownBy(() -> synth(builder -> builder.vmSize("Standard_D4s_v5").ephemeralOsDisk(true)))
            .hasMessageContaining("test/pool: ephemeralOsDisk 'true' is not allowed; only for VM sizes with a known local temp disk");
    }

    @Test
    void failsWithoutCluster() {
        assertThatThrownBy(() -> Synth.stack(stack -> KubernetesNodePool.Builder.create(stack, "pool").name("odoo").build()))
            .hasMessageContaining("test/pool: cluster is required; set it with .cluster(…)");
    }
}
