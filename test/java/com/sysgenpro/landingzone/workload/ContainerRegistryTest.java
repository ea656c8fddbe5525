package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.workload.WorkloadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerRegistryTest {

    private static final String CI_PRINCIPAL = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e";

    private static JsonNode synth(Consumer<ContainerRegistry.Builder> customize, BiConsumer<ContainerRegistry, KubernetesCluster> after) {
        return Synth.stack(stack -> {
            ResourceGroup group = WorkloadFixtures.group(stack);
            ContainerRegistry.Builder registry = ContainerRegistry.Builder.create(stack, "acr")
                .name("acrwholesaleprod").resourceGroup(group)
                .privateEndpointSubnet(SubnetReference.fromId(WorkloadFixtures.ENDPOINT_SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(WorkloadFixtures.ACR_DNS_ZONE))
                .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WorkloadFixtures.WORKSPACE));
            customize.accept(registry);
            ContainerRegistry built = registry.build();
            if (after != null) {
                after.accept(built, WorkloadFixtures.cluster(stack, group).build());
            }
        });
    }

    private static JsonNode synth(Consumer<ContainerRegistry.Builder> customize) {
        return synth(customize, null);
    }

    @Test
    void defaultsToAPrivatePremiumZoneRedundantRegistryWithoutSharedCredentials() {
        JsonNode registry = onlyResource(synth(builder -> { }), "azurerm_container_registry");

        assertThat(registry.path("name").asText()).isEqualTo("acrwholesaleprod");
        assertThat(registry.path("sku").asText()).isEqualTo("Premium");
        assertThat(registry.path("admin_enabled").asBoolean()).isFalse();
        assertThat(registry.path("admin_enabled").isBoolean()).isTrue();
        assertThat(registry.path("anonymous_pull_enabled").asBoolean()).isFalse();
        assertThat(registry.path("public_network_access_enabled").asBoolean()).isFalse();
        assertThat(registry.path("export_policy_enabled").asBoolean()).isFalse();
        assertThat(registry.path("network_rule_bypass_option").asText()).isEqualTo("AzureServices");
        assertThat(registry.path("zone_redundancy_enabled").asBoolean()).isTrue();
        assertThat(registry.path("retention_policy_in_days").asInt()).isEqualTo(30);
        assertThat(registry.path("location").asText()).isEqualTo("westeurope");
        assertThat(Synth.tags(registry)).isEqualTo(WorkloadFixtures.TAGS.asMap());
    }

    @Test
    void isReachedThroughAPrivateEndpointAndSendsAllLogsAndMetrics() {
        JsonNode stack = synth(builder -> { });
        String registryId = "${azurerm_container_registry." + stack.path("resource").path("azurerm_container_registry").fieldNames().next() + ".id}";

        JsonNode endpoint = onlyResource(stack, "azurerm_private_endpoint");
        assertThat(endpoint.path("name").asText()).isEqualTo("pe-acrwholesaleprod-registry");
        assertThat(endpoint.path("subnet_id").asText()).isEqualTo(WorkloadFixtures.ENDPOINT_SUBNET);
        assertThat(endpoint.path("private_service_connection").path("private_connection_resource_id").asText()).isEqualTo(registryId);
        assertThat(strings(endpoint.path("private_service_connection").path("subresource_names"))).containsExactly("registry");
        assertThat(strings(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids"))).containsExactly(WorkloadFixtures.ACR_DNS_ZONE);

        JsonNode diagnostics = onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        assertThat(diagnostics.path("target_resource_id").asText()).isEqualTo(registryId);
        assertThat(diagnostics.path("enabled_log").get(0).path("category_group").asText()).isEqualTo("allLogs");
        assertThat(diagnostics.path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
    }

    @Test
    void grantsPullToTheClustersKubeletIdentity() {
        JsonNode stack = synth(builder -> { }, (registry, cluster) -> registry.grantPull(cluster));
        JsonNode assignment = onlyResource(stack, "azurerm_role_assignment");
        String clusterName = stack.path("resource").path("azurerm_kubernetes_cluster").fieldNames().next();

        assertThat(stack.path("resource").path("azurerm_role_assignment").fieldNames().next()).startsWith("acr_AcrPull-aks_");
        assertThat(assignment.path("role_definition_name").asText()).isEqualTo("AcrPull");
        assertThat(assignment.path("principal_id").asText())
            .isEqualTo("${azurerm_kubernetes_cluster." + clusterName + ".kubelet_identity[0].object_id}");
        assertThat(assignment.path("principal_type").asText()).isEqualTo("ServicePrincipal");
        assertThat(assignment.path("skip_service_principal_aad_check").asBoolean()).isTrue();
        assertThat(assignment.path("scope").asText()).startsWith("${azurerm_container_registry.");
    }

    @Test
    void grantsPullToAnyPrincipalByStableGrantId() {
        JsonNode stack = synth(builder -> { }, (registry, cluster) -> registry.grantPull("ci-build", CI_PRINCIPAL));
        JsonNode assignment = onlyResource(stack, "azurerm_role_assignment");

        assertThat(stack.path("resource").path("azurerm_role_assignment").fieldNames().next()).startsWith("acr_AcrPull-ci-build_");
        assertThat(assignment.path("principal_id").asText()).isEqualTo(CI_PRINCIPAL);
        assertThat(assignment.has("principal_type")).isFalse();
        assertThat(assignment.path("role_definition_name").asText()).isEqualTo("AcrPull");
    }

    @Test
    void loosensPublicAccessRetentionAndZones() {
        JsonNode registry = onlyResource(synth(builder -> builder.publicNetworkAccessEnabled(true).untaggedRetentionDays(null)
            .zoneRedundancyEnabled(false).privateEndpointName("pe-acr")), "azurerm_container_registry");

        assertThat(registry.path("public_network_access_enabled").asBoolean()).isTrue();
        assertThat(registry.path("export_policy_enabled").asBoolean()).isTrue();
        assertThat(registry.has("retention_policy_in_days")).isFalse();
        assertThat(registry.path("zone_redundancy_enabled").asBoolean()).isFalse();
        assertThat(onlyResource(synth(builder -> builder.privateEndpointName("pe-acr")), "azurerm_private_endpoint").path("name").asText())
            .isEqualTo("pe-acr");
    }

    @Test
    void failsOnNamesAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("acr-wholesale")))
            .hasMessageContaining("test/acr: name 'acr-wholesale' is not allowed")
            .hasMessageContaining("letters and digits only");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 366})
    void failsOnRetentionOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(builder -> builder.untaggedRetentionDays(days)))
            .hasMessageContaining("test/acr: untaggedRetentionDays " + days + " is not allowed; allowed: 1 to 365");
    }

    @Test
    void failsWithoutPrivateEndpointWiring() {
        assertThatThrownBy(() -> synth(builder -> builder.privateEndpointSubnet(null)))
            .hasMessageContaining("test/acr: privateEndpointSubnet is required");
        assertThatThrownBy(() -> synth(builder -> builder.privateDnsZone(null)))
            .hasMessageContaining("test/acr: privateDnsZone is required");
        assertThatThrownBy(() -> synth(builder -> builder.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/acr: logAnalyticsWorkspace is required");
    }

    @Test
    void mirrorsUpstreamRepositoriesThroughItsArtifactCache() {
        JsonNode stack = synth(builder -> { }, (registry, cluster) -> {
            registry.cacheUpstream("docker.io/library/traefik", "traefik");
            registry.cacheUpstream("quay.io/jetstack/cert-manager-controller", "jetstack/cert-manager-controller");
        });

        List<JsonNode> rules = Synth.resources(stack, "azurerm_container_registry_cache_rule");
        assertThat(rules).extracting(rule -> rule.path("name").asText() + " " + rule.path("source_repo").asText() + " -> "
                + rule.path("target_repo").asText())
            .containsExactlyInAnyOrder("cache-traefik docker.io/library/traefik -> traefik",
                "cache-jetstack-cert-manager-controller quay.io/jetstack/cert-manager-controller -> jetstack/cert-manager-controller");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.path("container_registry_id").asText()).startsWith("${azurerm_container_registry.acr_");
            assertThat(rule.has("credential_set_id")).isFalse();
        });
    }

    @Test
    void failsOnCacheRulesWithoutTheUpstreamRegistryOrAValidTarget() {
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> registry.cacheUpstream("library/traefik", "traefik")))
            .hasMessageContaining("test/acr: sourceRepository 'library/traefik' is not allowed; an upstream repository with its"
                + " registry host, e.g. docker.io/library/traefik");
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> registry.cacheUpstream("docker.io/library/traefik", "Traefik")))
            .hasMessageContaining("test/acr: targetRepository 'Traefik' is not allowed; a repository path in the registry");
    }

    @Test
    void failsOnGrantsThatAreNotStableOrNotPrincipals() {
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> registry.grantPull("ci/build", CI_PRINCIPAL)))
            .hasMessageContaining("test/acr: grantId 'ci/build' is not allowed; 1 to 63 letters, digits, - and _");
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> registry.grantPull("ci", "build-agents")))
            .hasMessageContaining("test/acr: principalObjectId 'build-agents' is not allowed; an Entra ID object id");
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> {
            registry.grantPull(cluster);
            registry.grantPull(cluster);
        })).hasMessageContaining("test/acr: grantId 'aks' is not allowed; a grant not made on this registry yet");
    }

    @Test
    void grantsToSeveralPrincipals() {
        JsonNode stack = synth(builder -> { }, (registry, cluster) -> {
            registry.grantPull(cluster);
            registry.grantPull("ci", CI_PRINCIPAL);
        });
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).hasSize(2);
    }

    private static final AzureRegion NORTH = AzureRegion.of("northeurope");
    private static final String RECOVERY_SUBNET = WorkloadFixtures.ENDPOINT_SUBNET.replace("vnet-wholesale", "vnet-wholesale-neu");
    private static final String RECOVERY_ZONE = WorkloadFixtures.ACR_DNS_ZONE.replace("rg-dns", "rg-dns-neu");

    @Test
    void replicatesIntoOtherRegionsServingTheLoginServerWithTheRegistrysTags() {
        JsonNode registry = onlyResource(synth(builder -> builder.replicas(List.of(ContainerRegistryReplica.in(NORTH, true),
            ContainerRegistryReplica.in(AzureRegion.of("germanynorth"), true)))), "azurerm_container_registry");

        JsonNode replicas = registry.path("georeplications");
        assertThat(replicas).hasSize(2);
        assertThat(replicas.get(0).path("location").asText()).isEqualTo("northeurope");
        assertThat(replicas.get(0).path("zone_redundancy_enabled").asBoolean()).isTrue();
        // Left out, azurerm would send false and take the replica out of <name>.azurecr.io's routing.
        assertThat(replicas.get(0).path("regional_endpoint_enabled").isBoolean()).isTrue();
        assertThat(replicas.get(0).path("regional_endpoint_enabled").asBoolean()).isTrue();
        assertThat(Synth.tags(replicas.get(0))).isEqualTo(WorkloadFixtures.TAGS.asMap());
        // Germany North has no availability zones: Azure refuses a zone-redundant replica there.
        assertThat(replicas.get(1).path("location").asText()).isEqualTo("germanynorth");
        assertThat(replicas.get(1).path("zone_redundancy_enabled").asBoolean()).isFalse();
        assertThat(replicas.get(1).path("zone_redundancy_enabled").isBoolean()).isTrue();
    }

    @Test
    void hasNoReplicaByDefault() {
        assertThat(onlyResource(synth(builder -> { }), "azurerm_container_registry").has("georeplications")).isFalse();
    }

    @Test
    void isReachedInAReplicasRegionThroughAnEndpointThere() {
        JsonNode stack = synth(builder -> builder.replicas(List.of(ContainerRegistryReplica.in(NORTH, true))), (registry, cluster) -> {
            ResourceGroup recovery = ResourceGroup.Builder.create(registry, "rg-neu").name("rg-wholesale-prod-neu").region(NORTH)
                .tags(WorkloadFixtures.TAGS).build();
            registry.addPrivateEndpoint(registry, "PrivateEndpoint-recovery", recovery, SubnetReference.fromId(RECOVERY_SUBNET), PrivateDnsZoneReference.fromId(RECOVERY_ZONE));
        });
        String registryId = "${azurerm_container_registry." + stack.path("resource").path("azurerm_container_registry").fieldNames().next()
            + ".id}";

        List<JsonNode> endpoints = Synth.resources(stack, "azurerm_private_endpoint");
        assertThat(endpoints).hasSize(2);
        JsonNode recovery = endpoints.stream().filter(endpoint -> endpoint.path("location").asText().equals("northeurope")).findFirst()
            .orElseThrow();
        assertThat(recovery.path("name").asText()).isEqualTo("pe-acrwholesaleprod-registry-neu");
        assertThat(recovery.path("subnet_id").asText()).isEqualTo(RECOVERY_SUBNET);
        assertThat(recovery.path("private_service_connection").path("private_connection_resource_id").asText()).isEqualTo(registryId);
        assertThat(strings(recovery.path("private_service_connection").path("subresource_names"))).containsExactly("registry");
        assertThat(strings(recovery.path("private_dns_zone_group").path("private_dns_zone_ids"))).containsExactly(RECOVERY_ZONE);
        assertThat(stack.path("resource").path("azurerm_private_endpoint").fieldNames()).toIterable()
            .anyMatch(address -> address.startsWith("acr_PrivateEndpoint-recovery_"));
    }

    @Test
    void failsOnReplicasAzureRefusesAndEndpointsWhereNoReplicaIs() {
        assertThatThrownBy(() -> synth(builder -> builder.replicas(List.of(ContainerRegistryReplica.in(AzureRegion.of("westeurope"), true)))))
            .hasMessageContaining("test/acr: replicas 'westeurope' is not allowed; regions other than the registry's own, westeurope");
        assertThatThrownBy(() -> synth(builder -> builder.replicas(List.of(ContainerRegistryReplica.in(NORTH, true),
            ContainerRegistryReplica.in(NORTH, false)))))
            .hasMessageContaining("test/acr: replicas 'northeurope' is not allowed; one replica per region");
        assertThatThrownBy(() -> synth(builder -> builder.replicas(List.of(new ContainerRegistryReplica(AzureRegion.of("francesouth"), true)))))
            .hasMessageContaining("zone redundancy only in a region with availability zones; francesouth has none");
        assertThatThrownBy(() -> synth(builder -> { }, (registry, cluster) -> registry.addPrivateEndpoint(registry, "PrivateEndpoint-recovery",
            ResourceGroup.Builder.create(registry, "rg-neu").name("rg-neu").region(NORTH).tags(WorkloadFixtures.TAGS).build(),
            SubnetReference.fromId(RECOVERY_SUBNET), PrivateDnsZoneReference.fromId(RECOVERY_ZONE))))
            .hasMessageContaining("test/acr: resourceGroup 'northeurope' is not allowed; a region the registry or one of its replicas is in"
                + " (westeurope)");
    }
}
