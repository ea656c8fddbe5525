package com.sysgenpro.landingzone.estate;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.testing.Synth.resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * What each tenancy model and recovery tier synthesizes, on one small estate built in Java: a dedicated tier-1 unit
 * (with a sandbox), a semi-dedicated tier-2 unit with regulated data and a shared tier-3 unit. The reference estate's
 * golden files show the same shapes, but only as a whole; these tests name each promise.
 */
class TenancyAndTierSynthesisTest {

    private static final AzureRegion PRIMARY = AzureRegion.of("northeurope");
    private static final AzureRegion SECONDARY = AzureRegion.of("westeurope");
    private static final String SHARED_REFERENCE = "cross-stack-reference-input-shared-production";

    @TempDir
    static Path tmp;

    private static SynthesisReport report;

    /** One synthesis for the whole class: each costs seconds, and the three units do not influence each other's stacks. */
    @BeforeAll
    static void synthesize() {
        Estate estate = EstateFixtures.minimal()
            .secondaryRegion(SECONDARY)
            .allowedRegions(List.of(PRIMARY, SECONDARY))
            .businessUnit(unit("bulk").tenancy(TenancyModel.DEDICATED).recoveryTier(RecoveryTier.TIER_1)
                .environment(Environment.builder().name("production")
                    .addressSpace(Cidr.parse("10.80.0.0/20")).recoveryAddressSpace(Cidr.parse("10.81.0.0/20")).build())
                .environment(Environment.builder().name("sandbox").addressSpace(Cidr.parse("10.80.16.0/20")).build())
                .build())
            .businessUnit(unit("pharma").tenancy(TenancyModel.SEMI_DEDICATED).dataClassification(DataClassification.REGULATED)
                .recoveryTier(RecoveryTier.TIER_2)
                .environment(Environment.builder().name("production").build())
                .build())
            .businessUnit(unit("branch").tenancy(TenancyModel.SHARED).recoveryTier(RecoveryTier.TIER_3)
                .environment(Environment.builder().name("production").build())
                .build())
            .build();
        report = EstateSynthesizer.synthesize(estate, tmp.resolve("out"));
    }

    private static BusinessUnit.Builder unit(String name) {
        return BusinessUnit.builder().name(name).owner(name + "@example.com").costCenter("CC-" + name.length());
    }

    private static JsonNode stack(String name) {
        return Synth.read(tmp.resolve("out/stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static Map<String, JsonNode> namespaces(String stackName) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode namespace : resources(stack(stackName), "kubernetes_namespace_v1")) {
            byName.put(namespace.path("metadata").path("name").asText(), namespace.path("metadata"));
        }
        return byName;
    }

    private static List<String> names(JsonNode stack, String type) {
        return resources(stack, type).stream().map(resource -> resource.path("name").asText()).toList();
    }

    /** The unit's primary server: the one that is not a replica. */
    private static JsonNode primaryServer(JsonNode stack) {
        List<JsonNode> primaries = resources(stack, "azurerm_postgresql_flexible_server").stream()
            .filter(server -> !server.has("create_mode")).toList();
        assertThat(primaries).hasSize(1);
        return primaries.get(0);
    }

    private static List<JsonNode> replicas(JsonNode stack) {
        return resources(stack, "azurerm_postgresql_flexible_server").stream()
            .filter(server -> server.path("create_mode").asText().equals("Replica")).toList();
    }

    private static String vaultedRetention(JsonNode stack) {
        JsonNode policy = onlyResource(stack, "azurerm_data_protection_backup_policy_postgresql_flexible_server");
        return policy.path("default_retention_rule").path("life_cycle").get(0).path("duration").asText();
    }

    @Test
    void onlyTheDedicatedUnitGetsStacksWithAClusterOfItsOwn() {
        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name).containsExactlyInAnyOrder(
            "platform", "shared-production", "bulk-production", "bulk-sandbox", "pharma-production", "branch-production",
            "shared-production-incluster", "bulk-production-incluster", "bulk-sandbox-incluster");
    }

    @Test
    void dedicatedUnitHasNetworkClusterDatabaseStorageAndRedisOfItsOwn() {
        JsonNode bulk = stack("bulk-production");

        // The second network is the replica's, in the secondary region.
        assertThat(names(bulk, "azurerm_virtual_network"))
            .containsExactlyInAnyOrder("vnet-tst-bulk-production-neu", "vnet-tst-bulk-production-weu");
        assertThat(onlyResource(bulk, "azurerm_kubernetes_cluster").path("name").asText()).isEqualTo("aks-tst-bulk-production-neu");
        assertThat(primaryServer(bulk).path("name").asText()).isEqualTo("psql-tst-bulk-production-neu");
        assertThat(onlyResource(bulk, "azurerm_storage_account").path("name").asText()).contains("bulk");
        assertThat(onlyResource(bulk, "azurerm_managed_redis").path("name").asText()).isEqualTo("redis-tst-bulk-production-neu");
        // Nothing of it comes from the shared hosting stack.
        assertThat(bulk.path("data").path("terraform_remote_state").has(SHARED_REFERENCE)).isFalse();
        assertThat(bulk.toString()).doesNotContain(SHARED_REFERENCE);
    }

    @Test
    void dedicatedUnitsNamespaceIsAloneOnItsOwnCluster() {
        assertThat(namespaces("bulk-production-incluster")).containsOnlyKeys("cert-manager", "traefik", "bulk-production");
        assertThat(namespaces("bulk-production-incluster").get("bulk-production").has("annotations")).isFalse();
        assertThat(namespaces("shared-production-incluster")).doesNotContainKey("bulk-production");
    }

    @Test
    void semiDedicatedUnitHasANodePoolOfItsOwnOnTheSharedCluster() {
        JsonNode pharma = stack("pharma-production");

        assertThat(resources(pharma, "azurerm_kubernetes_cluster")).isEmpty();
        assertThat(resources(pharma, "azurerm_virtual_network")).isEmpty();
        assertThat(resources(pharma, "azurerm_managed_redis")).isEmpty();
        JsonNode pool = onlyResource(pharma, "azurerm_kubernetes_cluster_node_pool");
        assertThat(pool.path("kubernetes_cluster_id").asText()).contains(SHARED_REFERENCE);
        assertThat(pool.path("node_labels").path("odoo.sysgenpro.com/tenant").asText()).isEqualTo("pharma");
        assertThat(pool.path("node_taints").get(0).asText()).isEqualTo("tenant=pharma:NoSchedule");
    }

    @Test
    void semiDedicatedUnitHasItsOwnDatabaseAndStorageInTheSharedNetwork() {
        JsonNode pharma = stack("pharma-production");

        assertThat(pharma.path("data").path("terraform_remote_state").has(SHARED_REFERENCE)).isTrue();
        JsonNode server = onlyResource(pharma, "azurerm_postgresql_flexible_server");
        assertThat(server.path("name").asText()).isEqualTo("psql-tst-pharma-production-neu");
        assertThat(server.path("delegated_subnet_id").asText()).contains(SHARED_REFERENCE);
        assertThat(server.path("private_dns_zone_id").asText()).contains(SHARED_REFERENCE);
        assertThat(onlyResource(pharma, "azurerm_storage_account").path("name").asText()).contains("pharma");
        // Regulated data stays off the shared server.
        assertThat(names(stack("shared-production"), "azurerm_postgresql_flexible_server_database")).doesNotContain("odoo_pharma");
        assertThat(names(stack("shared-production"), "azurerm_storage_container")).doesNotContain("filestore-pharma");
    }

    @Test
    void semiDedicatedUnitsNamespaceOnTheSharedClusterIsSteeredToItsPool() {
        JsonNode namespace = namespaces("shared-production-incluster").get("pharma-production");

        assertThat(namespace).isNotNull();
        assertThat(namespace.path("annotations").path("odoo.sysgenpro.com/node-selector").asText())
            .isEqualTo("odoo.sysgenpro.com/tenant=pharma");
        assertThat(namespace.path("labels").path("tenancy").asText()).isEqualTo("semi-dedicated");
    }

    @Test
    void sharedUnitKeepsItsDatabaseAndFilestoreOnTheSharedHosting() {
        JsonNode branch = stack("branch-production");
        JsonNode shared = stack("shared-production");

        assertThat(resources(branch, "azurerm_kubernetes_cluster")).isEmpty();
        assertThat(resources(branch, "azurerm_kubernetes_cluster_node_pool")).isEmpty();
        assertThat(resources(branch, "azurerm_postgresql_flexible_server")).isEmpty();
        assertThat(resources(branch, "azurerm_storage_account")).isEmpty();
        assertThat(resources(branch, "azurerm_virtual_network")).isEmpty();
        // The shared server holds exactly the shared tenants' databases.
        assertThat(names(shared, "azurerm_postgresql_flexible_server_database")).containsExactly("odoo_branch");
        assertThat(names(shared, "azurerm_storage_container")).contains("filestore-branch").doesNotContain("filestore-bulk");
    }

    @Test
    void sharedUnitsNamespaceIsOnTheSharedClusterWithoutAPool() {
        Map<String, JsonNode> shared = namespaces("shared-production-incluster");

        assertThat(shared).containsOnlyKeys("cert-manager", "traefik", "pharma-production", "branch-production");
        assertThat(shared.get("branch-production").has("annotations")).isFalse();
        assertThat(shared.get("branch-production").path("labels").path("tenancy").asText()).isEqualTo("shared");
    }

    @Test
    void tierOneProductionKeepsFiveWeeksOfGeoRedundantBackupsAReplicaAndAYearInTheVault() {
        JsonNode bulk = stack("bulk-production");

        JsonNode primary = primaryServer(bulk);
        assertThat(primary.path("backup_retention_days").asInt()).isEqualTo(35);
        assertThat(primary.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
        assertThat(replicas(bulk)).hasSize(1);
        JsonNode replica = replicas(bulk).get(0);
        assertThat(replica.path("location").asText()).isEqualTo(SECONDARY.name());
        assertThat(replica.path("name").asText()).isEqualTo("psql-tst-bulk-production-weu");
        assertThat(replica.path("source_server_id").asText()).startsWith("${azurerm_postgresql_flexible_server.database_");
        assertThat(onlyResource(bulk, "azurerm_data_protection_backup_vault").path("name").asText())
            .isEqualTo("bvault-tst-bulk-production-neu");
        assertThat(vaultedRetention(bulk)).isEqualTo("P12M");
    }

    @Test
    void tierTwoProductionKeepsTwoWeeksOfGeoRedundantBackupsWithoutAReplica() {
        JsonNode pharma = stack("pharma-production");

        JsonNode server = onlyResource(pharma, "azurerm_postgresql_flexible_server");
        assertThat(server.path("backup_retention_days").asInt()).isEqualTo(14);
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
        assertThat(replicas(pharma)).isEmpty();
        // Three months of monthly backups, as tier-2 promises.
        assertThat(vaultedRetention(pharma)).isEqualTo("P3M");
    }

    @Test
    void tierOneRegistryReplicatesIntoTheRecoveryRegionAndIsReachedFromTheRecoveryNetwork() {
        JsonNode bulk = stack("bulk-production");

        JsonNode registry = onlyResource(bulk, "azurerm_container_registry");
        assertThat(registry.path("location").asText()).isEqualTo(PRIMARY.name());
        assertThat(registry.path("georeplications")).hasSize(1);
        JsonNode replica = registry.path("georeplications").get(0);
        assertThat(replica.path("location").asText()).isEqualTo(SECONDARY.name());
        assertThat(replica.path("zone_redundancy_enabled").asBoolean()).isTrue();
        assertThat(replica.path("regional_endpoint_enabled").asBoolean()).isTrue();

        // One endpoint in each network: the primary's, and the recovery network's, which a cluster rebuilt there resolves through.
        String registryAddress = "${azurerm_container_registry." + bulk.path("resource").path("azurerm_container_registry").fieldNames().next();
        Map<String, JsonNode> endpoints = new HashMap<>();
        bulk.path("resource").path("azurerm_private_endpoint").fields().forEachRemaining(entry -> {
            if (entry.getValue().path("private_service_connection").path("private_connection_resource_id").asText().startsWith(registryAddress)) {
                endpoints.put(entry.getKey(), entry.getValue());
            }
        });
        assertThat(endpoints).hasSize(2);
        Map.Entry<String, JsonNode> recovery = endpoints.entrySet().stream()
            .filter(entry -> entry.getValue().path("location").asText().equals(SECONDARY.name())).findFirst().orElseThrow();
        assertThat(recovery.getKey()).startsWith("registry_PrivateEndpoint-recovery_");
        assertThat(recovery.getValue().path("name").asText()).isEqualTo("pe-acrtstbulkprod-registry-weu");
        assertThat(recovery.getValue().path("resource_group_name").asText()).startsWith("${azurerm_resource_group.recovery_");
        assertThat(recovery.getValue().path("subnet_id").asText()).startsWith("${azurerm_subnet.recovery-network_private-endpoints_");
        assertThat(recovery.getValue().path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText())
            .startsWith("${azurerm_private_dns_zone.recovery-network_dns-container-registry_");
        // The sandbox commits to no tier: no replica.
        assertThat(onlyResource(stack("bulk-sandbox"), "azurerm_container_registry").has("georeplications")).isFalse();
    }

    @Test
    void sharedRegistryReplicatesForItsTieredTenantsWhicheverKeepsItsData() {
        // pharma (semi-dedicated, tier-2) runs its images from the shared registry, though its data is its own.
        JsonNode registry = onlyResource(stack("shared-production"), "azurerm_container_registry");

        assertThat(registry.path("georeplications")).hasSize(1);
        assertThat(registry.path("georeplications").get(0).path("location").asText()).isEqualTo(SECONDARY.name());
        // Tier-2 on shared hosting keeps no network of its own in the recovery region, so no endpoint there.
        assertThat(resources(stack("pharma-production"), "azurerm_private_endpoint")).allSatisfy(endpoint ->
            assertThat(endpoint.path("location").asText()).isEqualTo(PRIMARY.name()));
    }

    @Test
    void sharedServerFollowsItsStrictestSharedTenantAndIgnoresSemiDedicatedOnes() {
        JsonNode shared = stack("shared-production");

        // pharma (tier-2) is a tenant of the shared hosting but keeps its data elsewhere; only branch (tier-3) counts.
        assertThat(Synth.tags(onlyResource(shared, "azurerm_resource_group"))).containsEntry("recovery-tier", "tier-3");
        JsonNode server = onlyResource(shared, "azurerm_postgresql_flexible_server");
        assertThat(server.path("backup_retention_days").asInt())
            .isEqualTo(Blueprint.PRODUCTION.recovery(RecoveryTier.TIER_3).backupRetentionDays());
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
        assertThat(replicas(shared)).isEmpty();
        // Tier-3 keeps no monthly backups, where tier-2 would have added a vault.
        assertThat(resources(shared, "azurerm_data_protection_backup_vault")).isEmpty();
    }

    @Test
    void nonProductionEnvironmentsOfATierOneUnitAreRebuiltNotRecovered() {
        JsonNode sandbox = stack("bulk-sandbox");

        JsonNode server = onlyResource(sandbox, "azurerm_postgresql_flexible_server");
        assertThat(server.path("backup_retention_days").asInt()).isEqualTo(Blueprint.SANDBOX.backupRetentionDays());
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isFalse();
        assertThat(resources(sandbox, "azurerm_data_protection_backup_vault")).isEmpty();
        assertThat(Synth.tags(onlyResource(sandbox, "azurerm_resource_group"))).containsEntry("recovery-tier", "none");
    }

    // Invalid placements; the dedicated unit's missing address spaces are EstateValidatorTest's.

    @Test
    void failsOnASemiDedicatedUnitWithANetworkOfItsOwn() {
        Estate estate = EstateFixtures.minimal()
            .businessUnit(unit("pharma").tenancy(TenancyModel.SEMI_DEDICATED)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20")).build()).build())
            .build();

        assertThat(problems(estate)).containsExactly("businessUnits[0].environments[0].addressSpace: is not used: a semi-dedicated"
            + " environment runs in the shared network of production in northeurope; remove it");
    }

    @Test
    void failsOnATierOneUnitOnSharedHostingWithoutAReason() {
        Estate estate = EstateFixtures.minimal()
            .businessUnit(unit("branch").tenancy(TenancyModel.SHARED).recoveryTier(RecoveryTier.TIER_1)
                .environment(Environment.builder().name("production").build()).build())
            .build();

        assertThat(problems(estate)).singleElement().asString()
            .startsWith("businessUnits[0].tenancy: 'shared' breaks a placement rule: tier-1 cannot be restored within 4 hours"
                + " from a shared database server; choose semi-dedicated");
    }

    private static List<String> problems(Estate estate) {
        return EstateValidator.validate(estate, PinnedDay.TODAY).stream().map(Problem::toString).toList();
    }
}
