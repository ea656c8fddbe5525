package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.workload.WorkloadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformOutputConfig;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesClusterTest {

    private static JsonNode synth(Consumer<KubernetesCluster.Builder> customize) {
        return Synth.stack(stack -> {
            KubernetesCluster.Builder cluster = WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack));
            customize.accept(cluster);
            cluster.build();
        });
    }

    private static JsonNode cluster(Consumer<KubernetesCluster.Builder> customize) {
        return onlyResource(synth(customize), "azurerm_kubernetes_cluster");
    }

    @Test
    void defaultsAreAPrivateEntraOnlyStandardTierClusterWithPolicyAndWorkloadIdentity() {
        JsonNode cluster = cluster(builder -> { });

        assertThat(cluster.path("name").asText()).isEqualTo("aks-wholesale-prod");
        assertThat(cluster.path("dns_prefix").asText()).isEqualTo("aks-wholesale-prod");
        assertThat(cluster.path("location").asText()).isEqualTo("westeurope");
        assertThat(cluster.path("sku_tier").asText()).isEqualTo("Standard");
        assertThat(cluster.path("private_cluster_enabled").asBoolean()).isTrue();
        assertThat(cluster.has("api_server_access_profile")).isFalse();
        assertThat(cluster.path("local_account_disabled").asBoolean()).isTrue();
        assertThat(cluster.path("azure_policy_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("oidc_issuer_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("workload_identity_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("identity").path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(cluster.path("image_cleaner_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("image_cleaner_interval_hours").asInt()).isEqualTo(168);
        assertThat(cluster.has("kubernetes_version")).isFalse();
        assertThat(cluster.has("node_resource_group")).isFalse();
        assertThat(Synth.tags(cluster)).isEqualTo(WorkloadFixtures.TAGS.asMap());

        JsonNode rbac = cluster.path("azure_active_directory_role_based_access_control");
        assertThat(rbac.path("azure_rbac_enabled").asBoolean()).isTrue();
        assertThat(strings(rbac.path("admin_group_object_ids"))).containsExactly(WorkloadFixtures.ADMIN_GROUP);
        assertThat(rbac.has("tenant_id")).isFalse();

        JsonNode secrets = cluster.path("key_vault_secrets_provider");
        assertThat(secrets.path("secret_rotation_enabled").asBoolean()).isTrue();
        assertThat(secrets.path("secret_rotation_interval").asText()).isEqualTo("2m");
        assertThat(cluster.path("oms_agent").path("log_analytics_workspace_id").asText()).isEqualTo(WorkloadFixtures.WORKSPACE);
        assertThat(cluster.path("oms_agent").path("msi_auth_for_monitoring_enabled").asBoolean()).isTrue();
    }

    @Test
    void defaultSystemPoolRunsOnlyCriticalAddonsAutoscaledAcrossThreeZonesWithAnEphemeralOsDiskEncryptedAtHost() {
        JsonNode pool = cluster(builder -> { }).path("default_node_pool");

        assertThat(pool.path("name").asText()).isEqualTo("system");
        assertThat(pool.path("temporary_name_for_rotation").asText()).isEqualTo("systemtmp");
        assertThat(pool.path("host_encryption_enabled").isBoolean()).isTrue();
        assertThat(pool.path("host_encryption_enabled").asBoolean()).isTrue();
        assertThat(pool.path("vm_size").asText()).isEqualTo("Standard_D4ds_v5");
        assertThat(pool.path("vnet_subnet_id").asText()).isEqualTo(WorkloadFixtures.NODE_SUBNET);
        assertThat(pool.path("only_critical_addons_enabled").asBoolean()).isTrue();
        assertThat(pool.path("auto_scaling_enabled").asBoolean()).isTrue();
        assertThat(pool.path("min_count").asInt()).isEqualTo(3);
        assertThat(pool.path("max_count").asInt()).isEqualTo(5);
        assertThat(pool.has("node_count")).isFalse();
        assertThat(strings(pool.path("zones"))).containsExactly("1", "2", "3");
        assertThat(pool.path("os_disk_type").asText()).isEqualTo("Ephemeral");
        assertThat(pool.path("os_disk_size_gb").asInt()).isEqualTo(128);
        assertThat(pool.has("max_pods")).isFalse();
    }

    @Test
    void defaultNetworkIsAzureCniOverlayWithCiliumAndLoadBalancerEgress() {
        JsonNode network = cluster(builder -> { }).path("network_profile");

        assertThat(network.path("network_plugin").asText()).isEqualTo("azure");
        assertThat(network.path("network_plugin_mode").asText()).isEqualTo("overlay");
        assertThat(network.path("network_data_plane").asText()).isEqualTo("cilium");
        assertThat(network.path("network_policy").asText()).isEqualTo("cilium");
        assertThat(network.path("pod_cidr").asText()).isEqualTo("10.244.0.0/16");
        assertThat(network.path("service_cidr").asText()).isEqualTo("10.245.0.0/16");
        assertThat(network.path("dns_service_ip").asText()).isEqualTo("10.245.0.10");
        assertThat(network.path("load_balancer_sku").asText()).isEqualTo("standard");
        assertThat(network.path("outbound_type").asText()).isEqualTo("loadBalancer");
    }

    @Test
    void defaultUpgradesArePatchAndNodeImageInSundayNightWindows() {
        JsonNode cluster = cluster(builder -> { });

        assertThat(cluster.path("automatic_upgrade_channel").asText()).isEqualTo("patch");
        assertThat(cluster.path("node_os_upgrade_channel").asText()).isEqualTo("NodeImage");
        assertThat(window(cluster.path("maintenance_window_auto_upgrade"))).isEqualTo("Weekly/1 Sunday 00:00 +00:00 4h");
        assertThat(window(cluster.path("maintenance_window_node_os"))).isEqualTo("Weekly/1 Sunday 04:00 +00:00 4h");
    }

    private static String window(JsonNode window) {
        return window.path("frequency").asText() + "/" + window.path("interval").asInt() + " " + window.path("day_of_week").asText() + " "
            + window.path("start_time").asText() + " " + window.path("utc_offset").asText() + " " + window.path("duration").asInt() + "h";
    }

    @Test
    void sendsContainerInsightsThroughADataCollectionRuleAndAllLogsAndMetricsToTheWorkspace() {
        JsonNode stack = synth(builder -> { });
        String clusterId = "${azurerm_kubernetes_cluster." + stack.path("resource").path("azurerm_kubernetes_cluster").fieldNames().next() + ".id}";

        JsonNode rule = onlyResource(stack, "azurerm_monitor_data_collection_rule");
        assertThat(rule.path("name").asText()).isEqualTo("MSCI-westeurope-aks-wholesale-prod");
        assertThat(rule.path("destinations").path("log_analytics").get(0).path("workspace_resource_id").asText()).isEqualTo(WorkloadFixtures.WORKSPACE);
        assertThat(strings(rule.path("data_flow").get(0).path("streams"))).containsExactly("Microsoft-ContainerInsights-Group-Default");
        assertThat(rule.path("data_sources").path("extension").get(0).path("extension_name").asText()).isEqualTo("ContainerInsights");
        JsonNode association = onlyResource(stack, "azurerm_monitor_data_collection_rule_association");
        assertThat(association.path("target_resource_id").asText()).isEqualTo(clusterId);
        assertThat(association.path("data_collection_rule_id").asText()).startsWith("${azurerm_monitor_data_collection_rule.");

        JsonNode diagnostics = onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        assertThat(diagnostics.path("target_resource_id").asText()).isEqualTo(clusterId);
        assertThat(diagnostics.path("log_analytics_workspace_id").asText()).isEqualTo(WorkloadFixtures.WORKSPACE);
        assertThat(diagnostics.path("enabled_log").get(0).path("category_group").asText()).isEqualTo("allLogs");
        assertThat(diagnostics.path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
    }

    @Test
    void exposesTheKubeletIdentityAndOidcIssuerAsReferences() {
        AtomicReference<KubernetesCluster> created = new AtomicReference<>();
        Synth.stack(stack -> created.set(WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack)).build()));
        KubernetesCluster cluster = created.get();

        assertThat(cluster.declaredName()).isEqualTo("aks-wholesale-prod");
        assertThat(cluster.id()).contains("${").isNotBlank();
        assertThat(cluster.kubeletIdentityObjectId()).contains("${").isNotBlank();
        assertThat(cluster.oidcIssuerUrl()).contains("${").isNotBlank();
        assertThat(cluster.nodeResourceGroupId()).contains("${").isNotBlank();
        JsonNode stack = Synth.stack(scope -> {
            KubernetesCluster aks = WorkloadFixtures.cluster(scope, WorkloadFixtures.group(scope)).build();
            new TerraformOutput(scope, "kubelet", TerraformOutputConfig.builder()
                .value(aks.kubeletIdentityObjectId()).build());
            new TerraformOutput(scope, "issuer", TerraformOutputConfig.builder()
                .value(aks.oidcIssuerUrl()).build());
        });
        assertThat(stack.path("output").path("kubelet").path("value").asText())
            .matches("\\$\\{azurerm_kubernetes_cluster\\.aks_[A-F0-9]+\\.kubelet_identity\\[0\\]\\.object_id}");
        assertThat(stack.path("output").path("issuer").path("value").asText())
            .matches("\\$\\{azurerm_kubernetes_cluster\\.aks_[A-F0-9]+\\.oidc_issuer_url}");
    }

    @Test
    void lowerEnvironmentsLoosenExplicitly() {
        JsonNode cluster = cluster(builder -> builder
            .production(false).skuTier(AksSkuTier.FREE).zones(List.of()).systemPoolMinCount(1).systemPoolMaxCount(2)
            .privateCluster(false).authorizedIpRanges(List.of("198.51.100.0/24", "203.0.113.7/32"))
            .localAccountsDisabled(false).adminGroupObjectIds(List.of()).azurePolicyEnabled(false).hostEncryptionEnabled(false));

        assertThat(cluster.path("sku_tier").asText()).isEqualTo("Free");
        assertThat(cluster.path("default_node_pool").has("zones")).isFalse();
        assertThat(cluster.path("default_node_pool").path("min_count").asInt()).isEqualTo(1);
        assertThat(cluster.path("default_node_pool").path("max_count").asInt()).isEqualTo(2);
        assertThat(cluster.path("private_cluster_enabled").asBoolean()).isFalse();
        assertThat(strings(cluster.path("api_server_access_profile").path("authorized_ip_ranges")))
            .containsExactly("198.51.100.0/24", "203.0.113.7/32");
        assertThat(cluster.path("local_account_disabled").asBoolean()).isFalse();
        assertThat(cluster.path("azure_active_directory_role_based_access_control").path("admin_group_object_ids")).isEmpty();
        assertThat(cluster.path("azure_policy_enabled").asBoolean()).isFalse();
        // Written out as false, not left out: absent is false too, but the loosening should read as one.
        assertThat(cluster.path("default_node_pool").path("host_encryption_enabled").isBoolean()).isTrue();
        assertThat(cluster.path("default_node_pool").path("host_encryption_enabled").asBoolean()).isFalse();
        assertThat(cluster.path("default_node_pool").path("temporary_name_for_rotation").asText()).isEqualTo("systemtmp");
    }

    @Test
    void theTemporaryPoolForRotationsIsTheFirstNineCharactersOfThePoolNameAndTmp() {
        assertThat(cluster(builder -> builder.systemPoolName("systempool12")).path("default_node_pool")
            .path("temporary_name_for_rotation").asText()).isEqualTo("systempootmp");
        assertThat(KubernetesNodePool.temporaryNameForRotation("odoo")).isEqualTo("odootmp");
        assertThat(KubernetesNodePool.temporaryNameForRotation("abcdefghi")).isEqualTo("abcdefghitmp");
        assertThat(KubernetesNodePool.temporaryNameForRotation("abcdefghijkl")).isEqualTo("abcdefghitmp").hasSize(12);
    }

    @Test
    void overridesNetworkEgressIdentityVersionAndMaintenance() {
        JsonNode cluster = cluster(builder -> builder
            .networkPolicy(KubernetesNetworkPolicy.CALICO).podCidr(Cidr.parse("192.168.0.0/16")).serviceCidr(Cidr.parse("10.100.0.0/20"))
            .outboundType(AksOutboundType.USER_DEFINED_ROUTING).tenantId(WorkloadFixtures.TENANT).kubernetesVersion("1.31").dnsPrefix("wholesale")
            .automaticUpgradeChannel(AksUpgradeChannel.STABLE).nodeOsUpgradeChannel(NodeOsUpgradeChannel.SECURITY_PATCH)
            .upgradeWindow(KubernetesMaintenanceWindow.weekly(DayOfWeek.SATURDAY, LocalTime.of(22, 30), 6).withUtcOffset("+01:00"))
            .nodeOsUpgradeWindow(KubernetesMaintenanceWindow.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(2, 0), 4))
            .systemPoolName("sys").systemPoolVmSize("Standard_D8ds_v5").systemPoolMaxPods(110).zones(List.of("3", "1"))
            .imageCleanerIntervalHours(48).nodeResourceGroupName("rg-wholesale-prod-aks-nodes").skuTier(AksSkuTier.PREMIUM)
            .tags(Tags.of(Map.of("owner", "aks-team@example.com"))));

        JsonNode network = cluster.path("network_profile");
        assertThat(network.path("network_policy").asText()).isEqualTo("calico");
        assertThat(network.path("network_data_plane").asText()).isEqualTo("azure");
        assertThat(network.path("pod_cidr").asText()).isEqualTo("192.168.0.0/16");
        assertThat(network.path("dns_service_ip").asText()).isEqualTo("10.100.0.10");
        assertThat(network.path("outbound_type").asText()).isEqualTo("userDefinedRouting");
        assertThat(cluster.path("azure_active_directory_role_based_access_control").path("tenant_id").asText()).isEqualTo(WorkloadFixtures.TENANT);
        assertThat(cluster.path("kubernetes_version").asText()).isEqualTo("1.31");
        assertThat(cluster.path("dns_prefix").asText()).isEqualTo("wholesale");
        assertThat(cluster.path("automatic_upgrade_channel").asText()).isEqualTo("stable");
        assertThat(cluster.path("node_os_upgrade_channel").asText()).isEqualTo("SecurityPatch");
        assertThat(window(cluster.path("maintenance_window_auto_upgrade"))).isEqualTo("Weekly/1 Saturday 22:30 +01:00 6h");
        assertThat(window(cluster.path("maintenance_window_node_os"))).isEqualTo("Weekly/1 Wednesday 02:00 +00:00 4h");
        JsonNode pool = cluster.path("default_node_pool");
        assertThat(pool.path("name").asText()).isEqualTo("sys");
        assertThat(pool.path("temporary_name_for_rotation").asText()).isEqualTo("systmp");
        assertThat(pool.path("vm_size").asText()).isEqualTo("Standard_D8ds_v5");
        assertThat(pool.path("max_pods").asInt()).isEqualTo(110);
        assertThat(strings(pool.path("zones"))).containsExactly("1", "3");
        assertThat(cluster.path("image_cleaner_interval_hours").asInt()).isEqualTo(48);
        assertThat(cluster.path("node_resource_group").asText()).isEqualTo("rg-wholesale-prod-aks-nodes");
        assertThat(cluster.path("sku_tier").asText()).isEqualTo("Premium");
        assertThat(Synth.tags(cluster)).containsExactlyEntriesOf(Map.of("owner", "aks-team@example.com"));
        assertThat(Synth.tags(pool)).containsExactlyEntriesOf(Map.of("owner", "aks-team@example.com"));
    }

    @Test
    void withoutUpgradeChannelsThereAreNoWindows() {
        JsonNode cluster = cluster(builder -> builder.automaticUpgradeChannel(AksUpgradeChannel.NONE).nodeOsUpgradeChannel(NodeOsUpgradeChannel.NONE)
            .kubernetesVersion("1.31.2").upgradeWindow(null).nodeOsUpgradeWindow(null));

        assertThat(cluster.has("automatic_upgrade_channel")).isFalse();
        assertThat(cluster.has("maintenance_window_auto_upgrade")).isFalse();
        assertThat(cluster.has("maintenance_window_node_os")).isFalse();
        assertThat(cluster.path("node_os_upgrade_channel").asText()).isEqualTo("None");
        assertThat(cluster.path("kubernetes_version").asText()).isEqualTo("1.31.2");
    }

    @Test
    void osDiskIsEphemeralOnlyWhereTheLocalDiskHoldsIt() {
        assertThat(cluster(builder -> builder.systemPoolVmSize("Standard_D2ds_v5")).path("default_node_pool").path("os_disk_type").asText())
            .as("75 GiB temp disk < 128 GB").isEqualTo("Managed");
        assertThat(cluster(builder -> builder.systemPoolVmSize("Standard_D2ds_v5").osDiskSizeGb(64)).path("default_node_pool")
            .path("os_disk_type").asText()).isEqualTo("Ephemeral");
        assertThat(cluster(builder -> builder.systemPoolVmSize("Standard_D4s_v5")).path("default_node_pool").path("os_disk_type").asText())
            .as("no local disk").isEqualTo("Managed");
        assertThat(cluster(builder -> builder.ephemeralOsDisk(false)).path("default_node_pool").path("os_disk_type").asText())
            .isEqualTo("Managed");
    }

    @Test
    void dnsPrefixDefaultsToTheNameInDnsForm() {
        assertThat(cluster(builder -> builder.name("AKS_Wholesale_Prod")).path("dns_prefix").asText()).isEqualTo("aks-wholesale-prod");
    }

    @Test
    void synthesisIsDeterministic() {
        Consumer<KubernetesCluster.Builder> customize = builder -> builder.adminGroupObjectIds(List.of(WorkloadFixtures.ADMIN_GROUP, WorkloadFixtures.TENANT));
        assertThat(synth(customize).toString()).isEqualTo(synth(customize).toString());
    }

    // --- failures: each names the construct path, the prop, the bad value and what is allowed

    @Test
    void failsWhenAutoscaleMinExceedsMax() {
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolMinCount(4).systemPoolMaxCount(3)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/aks: systemPoolMinCount 4 is not allowed")
            .hasMessageContaining("at most systemPoolMaxCount (3)");
    }

    @Test
    void failsWhenTheSystemPoolMayScaleToZero() {
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolMinCount(0)))
            .hasMessageContaining("test/aks: systemPoolMinCount 0 is not allowed; allowed: 1 to 1000");
    }

    @Test
    void failsOnMaxCountAboveAzuresLimit() {
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolMaxCount(1001)))
            .hasMessageContaining("test/aks: systemPoolMaxCount 1001 is not allowed; allowed: 1 to 1000");
    }

    @Test
    void failsWithoutZonesInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of())))
            .hasMessageContaining("test/aks: zones '[]' is not allowed")
            .hasMessageContaining("availability zones")
            .hasMessageContaining("production(false)");
    }

    @Test
    void failsOnUnknownOrRepeatedZones() {
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of("1", "4"))))
            .hasMessageContaining("test/aks: zones '[1, 4]' is not allowed; each of the zones 1, 2 and 3 at most once");
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of("1", "1"))))
            .hasMessageContaining("zones '[1, 1]' is not allowed");
    }

    @Test
    void failsOnNamesAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("-aks")))
            .hasMessageContaining("test/aks: name '-aks' is not allowed")
            .hasMessageContaining("starting and ending alphanumeric");
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolName("System")))
            .hasMessageContaining("test/aks: systemPoolName 'System' is not allowed")
            .hasMessageContaining("lowercase letters and digits");
        assertThatThrownBy(() -> synth(builder -> builder.dnsPrefix("aks.wholesale")))
            .hasMessageContaining("test/aks: dnsPrefix 'aks.wholesale' is not allowed; 1 to 54 letters, digits and hyphens");
        assertThatThrownBy(() -> synth(builder -> builder.nodeResourceGroupName("rg-nodes.")))
            .hasMessageContaining("test/aks: nodeResourceGroupName 'rg-nodes.' is not allowed");
    }

    @Test
    void failsWhenThePublicApiServerHasNoAuthorizedRanges() {
        assertThatThrownBy(() -> synth(builder -> builder.privateCluster(false)))
            .hasMessageContaining("test/aks: authorizedIpRanges is required")
            .hasMessageContaining("privateCluster(false)")
            .hasMessageContaining("198.51.100.0/24");
    }

    @Test
    void failsWhenThePublicApiServerIsOpenToTheInternet() {
        assertThatThrownBy(() -> synth(builder -> builder.privateCluster(false).authorizedIpRanges(List.of("0.0.0.0/0"))))
            .hasMessageContaining("test/aks: authorizedIpRanges '0.0.0.0/0' is not allowed; specific ranges");
        assertThatThrownBy(() -> synth(builder -> builder.privateCluster(false).authorizedIpRanges(List.of("198.51.100.7"))))
            .hasMessageContaining("test/aks: authorizedIpRanges '198.51.100.7' is not allowed; IPv4 ranges in CIDR notation");
    }

    @Test
    void failsWhenAPrivateClusterListsAuthorizedRanges() {
        assertThatThrownBy(() -> synth(builder -> builder.authorizedIpRanges(List.of("198.51.100.0/24"))))
            .hasMessageContaining("test/aks: authorizedIpRanges '[198.51.100.0/24]' is not allowed; none for a private cluster");
    }

    @Test
    void failsOnFreeTierInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.skuTier(AksSkuTier.FREE)))
            .hasMessageContaining("test/aks: skuTier 'Free' is not allowed; Standard or Premium in production");
        assertThatThrownBy(() -> synth(builder -> builder.skuTier(null)))
            .hasMessageContaining("test/aks: skuTier is required");
    }

    @Test
    void failsWithoutAnAdminGroupWhileLocalAccountsAreDisabled() {
        assertThatThrownBy(() -> synth(builder -> builder.adminGroupObjectIds(List.of())))
            .hasMessageContaining("test/aks: adminGroupObjectIds is required")
            .hasMessageContaining("nobody can recover the cluster");
    }

    @Test
    void failsOnAdminGroupsThatAreNotObjectIds() {
        assertThatThrownBy(() -> synth(builder -> builder.adminGroupObjectIds(List.of("aks-admins"))))
            .hasMessageContaining("test/aks: adminGroupObjectIds 'aks-admins' is not allowed")
            .hasMessageContaining("is a GUID");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> synth(builder -> builder.adminGroupObjectIds(withNull)))
            .hasMessageContaining("test/aks: adminGroupObjectIds 'null' is not allowed");
        assertThatThrownBy(() -> synth(builder -> builder.tenantId("contoso.onmicrosoft.com")))
            .hasMessageContaining("test/aks: tenantId 'contoso.onmicrosoft.com' is not allowed");
    }

    @Test
    void failsOnAPatchVersionUnderAnAutomaticChannel() {
        assertThatThrownBy(() -> synth(builder -> builder.kubernetesVersion("1.31.2")))
            .hasMessageContaining("test/aks: kubernetesVersion '1.31.2' is not allowed; a minor version such as 1.31 while automaticUpgradeChannel is patch");
        assertThatThrownBy(() -> synth(builder -> builder.kubernetesVersion("latest")))
            .hasMessageContaining("test/aks: kubernetesVersion 'latest' is not allowed");
    }

    @Test
    void failsOnUpgradeChannelsAksRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.automaticUpgradeChannel(null)))
            .hasMessageContaining("test/aks: automaticUpgradeChannel is required");
        assertThatThrownBy(() -> synth(builder -> builder.nodeOsUpgradeChannel(null)))
            .hasMessageContaining("test/aks: nodeOsUpgradeChannel is required");
        assertThatThrownBy(() -> synth(builder -> builder.automaticUpgradeChannel(AksUpgradeChannel.NODE_IMAGE)
                .nodeOsUpgradeChannel(NodeOsUpgradeChannel.SECURITY_PATCH)))
            .hasMessageContaining("test/aks: nodeOsUpgradeChannel 'SecurityPatch' is not allowed; NodeImage while automaticUpgradeChannel is node-image");
        assertThatThrownBy(() -> synth(builder -> builder.upgradeWindow(null)))
            .hasMessageContaining("test/aks: upgradeWindow is required");
    }

    @Test
    void failsOnMaintenanceWindowsAzureRejects() {
        assertThatThrownBy(() -> KubernetesMaintenanceWindow.weekly(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, 2))
            .hasMessageContaining("duration 2 h is not allowed; 4 to 24 hours");
        assertThatThrownBy(() -> KubernetesMaintenanceWindow.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 0, 30), 4))
            .hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> KubernetesClusterProps.DEFAULT_UPGRADE_WINDOW.withUtcOffset("CET"))
            .hasMessageContaining("UTC offset 'CET' is not allowed; +HH:MM or -HH:MM");
    }

    @Test
    void failsOnOverlappingOrReservedRanges() {
        assertThatThrownBy(() -> synth(builder -> builder.podCidr(Cidr.parse("10.0.0.0/8"))))
            .hasMessageContaining("test/aks: serviceCidr '10.245.0.0/16' is not allowed; a range that does not overlap podCidr 10.0.0.0/8");
        assertThatThrownBy(() -> synth(builder -> builder.podCidr(Cidr.parse("172.30.0.0/16"))))
            .hasMessageContaining("test/aks: podCidr '172.30.0.0/16' is not allowed; a range outside 172.30.0.0/16, which AKS reserves");
        assertThatThrownBy(() -> synth(builder -> builder.serviceCidr(Cidr.parse("10.0.0.0/8"))))
            .hasMessageContaining("test/aks: serviceCidr '10.0.0.0/8' is not allowed; a range from /12 to /28");
        assertThatThrownBy(() -> synth(builder -> builder.podCidr(Cidr.parse("10.244.0.0/25"))))
            .hasMessageContaining("test/aks: podCidr '10.244.0.0/25' is not allowed; a /24 or larger");
    }

    @Test
    void failsOnUnknownEgressAndNetworkValues() {
        assertThatThrownBy(() -> synth(builder -> builder.outboundType(null)))
            .hasMessageContaining("test/aks: outboundType is required");
        assertThatThrownBy(() -> synth(builder -> builder.networkPolicy(null)))
            .hasMessageContaining("test/aks: networkPolicy is required");
    }

    @Test
    void failsWhenAnEphemeralOsDiskCannotFit() {
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolVmSize("Standard_D2ds_v5").ephemeralOsDisk(true)))
            .hasMessageContaining("test/aks: ephemeralOsDisk 'true' is not allowed; an OS disk of 128 GB does not fit the 75 GiB temp disk of Standard_D2ds_v5")
            .hasMessageContaining("at most 75");
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolVmSize("Standard_D4s_v5").ephemeralOsDisk(true)))
            .hasMessageContaining("Standard_D4s_v5 is not one");
        assertThatThrownBy(() -> synth(builder -> builder.osDiskSizeGb(16)))
            .hasMessageContaining("test/aks: osDiskSizeGb 16 is not allowed; allowed: 30 to 2048");
    }

    @ParameterizedTest
    @ValueSource(ints = {23, 2161})
    void failsOnImageCleanerIntervalOutsideAzureRange(int hours) {
        assertThatThrownBy(() -> synth(builder -> builder.imageCleanerIntervalHours(hours)))
            .hasMessageContaining("test/aks: imageCleanerIntervalHours " + hours + " is not allowed; allowed: 24 to 2160");
    }

    @Test
    void failsOnMaxPodsOutsideAzureRangeAndUnknownVmSizes() {
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolMaxPods(300)))
            .hasMessageContaining("test/aks: systemPoolMaxPods 300 is not allowed; allowed: 10 to 250");
        assertThatThrownBy(() -> synth(builder -> builder.systemPoolVmSize("D4ds_v5")))
            .hasMessageContaining("test/aks: systemPoolVmSize 'D4ds_v5' is not allowed; an Azure VM size such as Standard_D4ds_v5");
    }

    @Test
    void failsWithoutSubnetOrWorkspace() {
        assertThatThrownBy(() -> synth(builder -> builder.nodeSubnet(null)))
            .hasMessageContaining("test/aks: nodeSubnet is required; set it with .nodeSubnet(…)");
        assertThatThrownBy(() -> synth(builder -> builder.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/aks: logAnalyticsWorkspace is required");
    }

    @Test
    void diskEncryptionKeyEncryptsTheNodesOsDisksThroughADiskEncryptionSet() {
        JsonNode stack = Synth.stack(scope -> WorkloadFixtures.cluster(scope, WorkloadFixtures.group(scope))
            .diskEncryptionKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(scope, "disks", "westeurope")).build());

        JsonNode set = onlyResource(stack, "azurerm_disk_encryption_set");
        assertThat(set.path("name").asText()).isEqualTo("des-aks-wholesale-prod");
        // No automatic rotation: azurerm would resolve the key through the vault's data plane, which its firewall closes.
        assertThat(set.path("auto_key_rotation_enabled").asBoolean(true)).isFalse();
        assertThat(set.path("identity").path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(set.path("key_vault_key_id").asText())
            .matches("\\$\\{jsondecode\\(azurerm_resource_group_template_deployment\\.[\\w-]+\\.output_content\\)\\.keyUriWithVersion\\.value}");
        JsonNode cluster = onlyResource(stack, "azurerm_kubernetes_cluster");
        assertThat(cluster.path("disk_encryption_set_id").asText()).matches("\\$\\{azurerm_disk_encryption_set\\.aks_DiskEncryptionSet_\\w+\\.id}");
        assertThat(cluster.path("depends_on").get(0).asText()).startsWith("azurerm_role_assignment.aks_DiskEncryptionKeyAccess");
        assertThat(cluster.path("default_node_pool").path("os_disk_type").asText()).as("ephemeral disks are encrypted too").isEqualTo("Ephemeral");
        Map<String, String> roles = new java.util.TreeMap<>();
        Synth.resources(stack, "azurerm_role_assignment").forEach(role -> roles.put(role.path("role_definition_name").asText(),
            role.path("principal_id").asText()));
        assertThat(roles.get("Key Vault Crypto Service Encryption User")).contains("azurerm_disk_encryption_set.aks_DiskEncryptionSet_");
        assertThat(roles.get("Reader")).contains("azurerm_kubernetes_cluster.aks_").endsWith(".identity[0].principal_id}");
    }

    @Test
    void withoutADiskKeyTheClusterHasNoDiskEncryptionSet() {
        JsonNode stack = synth(builder -> { });

        assertThat(Synth.resources(stack, "azurerm_disk_encryption_set")).isEmpty();
        assertThat(onlyResource(stack, "azurerm_kubernetes_cluster").has("disk_encryption_set_id")).isFalse();
    }

    @Test
    void failsOnADiskKeyInAnotherRegion() {
        assertThatThrownBy(() -> Synth.stack(stack -> WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack))
            .diskEncryptionKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "disks", "northeurope")).build()))
            .hasMessageContaining("test/aks: diskEncryptionKey 'cmk-disks in northeurope' is not allowed; a key in a vault in westeurope");
    }

    private static final String ZONE = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-dns/providers"
        + "/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io";
    private static final String NETWORK = "/subscriptions/00000000-0000-4000-8000-000000000002/resourceGroups/rg-net/providers"
        + "/Microsoft.Network/virtualNetworks/vnet-wholesale-prod";
    private static final String ROUTES = "/subscriptions/00000000-0000-4000-8000-000000000002/resourceGroups/rg-net/providers"
        + "/Microsoft.Network/routeTables/rt-wholesale-prod";

    /**
     * A custom zone (learn.microsoft.com/azure/aks/private-clusters, custom private DNS zone): a user-assigned control-plane
     * identity with Private DNS Zone Contributor on the zone (through the zone's subscription's provider) and Network
     * Contributor on the network and route table, all before the cluster, which names the zone.
     */
    @Test
    void aCustomPrivateDnsZoneGivesAUserAssignedIdentityGrantedBeforeTheCluster() {
        JsonNode stack = Synth.stack(scope -> {
            var zones = io.cdktn.providers.azurerm.provider.AzurermProvider.Builder.create(scope, "zones").alias("connectivity")
                .features(List.of(io.cdktn.providers.azurerm.provider.AzurermProviderFeatures.builder().build())).build();
            WorkloadFixtures.cluster(scope, WorkloadFixtures.group(scope))
                .privateDnsZone(PrivateDnsZoneReference.fromId(ZONE)).privateDnsZoneProvider(zones).virtualNetworkId(NETWORK).routeTableId(ROUTES).build();
        });
        JsonNode cluster = onlyResource(stack, "azurerm_kubernetes_cluster");
        JsonNode identity = onlyResource(stack, "azurerm_user_assigned_identity");

        assertThat(cluster.path("private_dns_zone_id").asText()).isEqualTo(ZONE);
        assertThat(cluster.path("identity").path("type").asText()).isEqualTo("UserAssigned");
        assertThat(strings(cluster.path("identity").path("identity_ids")))
            .singleElement().asString().matches("\\$\\{azurerm_user_assigned_identity\\.aks_ControlPlaneIdentity_\\w+\\.id}");
        assertThat(identity.path("name").asText()).isEqualTo("id-aks-wholesale-prod");
        assertThat(identity.path("location").asText()).isEqualTo("westeurope");
        Map<String, JsonNode> byScope = new java.util.TreeMap<>();
        Synth.resources(stack, "azurerm_role_assignment").forEach(role -> byScope.put(role.path("scope").asText(), role));
        assertThat(byScope).containsOnlyKeys(ZONE, NETWORK, ROUTES);
        assertThat(byScope.get(ZONE).path("role_definition_name").asText()).isEqualTo("Private DNS Zone Contributor");
        assertThat(byScope.get(ZONE).path("provider").asText()).isEqualTo("azurerm.connectivity");
        assertThat(byScope.get(NETWORK).path("role_definition_name").asText()).isEqualTo("Network Contributor");
        assertThat(byScope.get(NETWORK).has("provider")).isFalse();
        assertThat(byScope.get(ROUTES).path("role_definition_name").asText()).isEqualTo("Network Contributor");
        assertThat(byScope.values()).allSatisfy(role -> {
            assertThat(role.path("principal_id").asText()).contains("azurerm_user_assigned_identity.aks_ControlPlaneIdentity_")
                .endsWith(".principal_id}");
            assertThat(role.path("principal_type").asText()).isEqualTo("ServicePrincipal");
        });
        // AKS checks the grants when it creates the cluster.
        assertThat(strings(cluster.path("depends_on"))).hasSize(3)
            .allSatisfy(dependency -> assertThat(dependency).startsWith("azurerm_role_assignment.aks_ControlPlane"));
    }

    @Test
    void withoutACustomZoneTheIdentityIsSystemAssignedAndNothingIsGranted() {
        JsonNode stack = synth(builder -> builder.virtualNetworkId(NETWORK).routeTableId(ROUTES));

        assertThat(onlyResource(stack, "azurerm_kubernetes_cluster").has("private_dns_zone_id")).isFalse();
        assertThat(onlyResource(stack, "azurerm_kubernetes_cluster").has("depends_on")).isFalse();
        assertThat(Synth.resources(stack, "azurerm_user_assigned_identity")).isEmpty();
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).isEmpty();
    }

    @Test
    void failsOnACustomZoneAksRefuses() {
        assertThatThrownBy(() -> synth(builder -> builder.privateCluster(false).authorizedIpRanges(List.of("198.51.100.0/24"))
            .privateDnsZone(PrivateDnsZoneReference.fromId(ZONE)).virtualNetworkId(NETWORK)))
            .hasMessageContaining("test/aks: privateDnsZone '" + ZONE + "' is not allowed; none for a public cluster");
        String otherRegion = ZONE.replace("westeurope", "northeurope");
        assertThatThrownBy(() -> synth(builder -> builder.privateDnsZone(PrivateDnsZoneReference.fromId(otherRegion)).virtualNetworkId(NETWORK)))
            .hasMessageContaining("is not allowed; the resource id of a private DNS zone privatelink.westeurope.azmk8s.io");
        // AKS's own keywords are not zones: the reference refuses them before the cluster sees them.
        assertThatThrownBy(() -> PrivateDnsZoneReference.fromId("System"))
            .hasMessageContaining("PrivateDnsZoneReference.fromId: id 'System' is not allowed; the resource id of a private DNS zone");
        assertThatThrownBy(() -> synth(builder -> builder.privateDnsZone(PrivateDnsZoneReference.fromId(ZONE))))
            .hasMessageContaining("test/aks: virtualNetworkId is required");
        // A subzone is what AKS accepts too.
        assertThat(cluster(builder -> builder.privateDnsZone(PrivateDnsZoneReference.fromId(ZONE.replace("privatelink.", "team1.privatelink.")))
            .virtualNetworkId(NETWORK)).path("identity").path("type").asText()).isEqualTo("UserAssigned");
    }

    @Test
    void aDiskEncryptionSetIsReadByTheUserAssignedIdentityWithACustomZone() {
        JsonNode stack = Synth.stack(scope -> WorkloadFixtures.cluster(scope, WorkloadFixtures.group(scope))
            .diskEncryptionKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(scope, "disks", "westeurope"))
            .privateDnsZone(PrivateDnsZoneReference.fromId(ZONE)).virtualNetworkId(NETWORK).build());

        JsonNode reader = Synth.resources(stack, "azurerm_role_assignment").stream()
            .filter(role -> role.path("role_definition_name").asText().equals("Reader")).findFirst().orElseThrow();
        assertThat(reader.path("principal_id").asText()).contains("azurerm_user_assigned_identity.aks_ControlPlaneIdentity_");
        assertThat(strings(onlyResource(stack, "azurerm_kubernetes_cluster").path("depends_on")))
            .anyMatch(dependency -> dependency.startsWith("azurerm_role_assignment.aks_DiskEncryptionKeyAccess"))
            .anyMatch(dependency -> dependency.startsWith("azurerm_role_assignment.aks_ControlPlaneDnsZoneContributor"));
    }
}
