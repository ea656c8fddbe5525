package com.sysgenpro.landingzone.estate;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.testing.Synth.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * Customer-managed keys as an estate setting: on for regulated units, opt-in for the others, refused where Azure cannot
 * have them; on the reference estate (a regulated semi-dedicated unit among dedicated and shared ones) and on an estate
 * of another shape (a regulated dedicated tier-1 unit with a replica, in a region whose pair and recovery region differ,
 * and a confidential unit that opts in).
 */
class CustomerManagedKeysTest {

    private static final String STORAGE = "azurerm_storage_account";
    private static final String SERVER = "azurerm_postgresql_flexible_server";
    private static final String CLUSTER = "azurerm_kubernetes_cluster";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void synthesize() {
        EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY), tmp.resolve("reference"));
        Estate other = EstateFixtures.minimal()
            .primaryRegion(AzureRegion.of("germanywestcentral"))
            .secondaryRegion(AzureRegion.of("francecentral"))
            .allowedRegions(List.of(AzureRegion.of("germanywestcentral"), AzureRegion.of("germanynorth"), AzureRegion.of("francecentral"),
                AzureRegion.of("francesouth")))
            .businessUnit(unit("clinic").tenancy(TenancyModel.DEDICATED).dataClassification(DataClassification.REGULATED)
                .recoveryTier(RecoveryTier.TIER_1)
                .environment(Environment.builder().name("production")
                    .addressSpace(Cidr.parse("10.80.0.0/20")).recoveryAddressSpace(Cidr.parse("10.81.0.0/20")).build())
                .build())
            .businessUnit(unit("payroll").customerManagedKeys(true).tenancy(TenancyModel.DEDICATED)
                .environment(Environment.builder().name("staging").addressSpace(Cidr.parse("10.82.0.0/20")).build())
                .build())
            .build();
        EstateSynthesizer.synthesize(other, tmp.resolve("other"));
    }

    private static BusinessUnit.Builder unit(String name) {
        return BusinessUnit.builder().name(name).owner(name + "@example.com").costCenter("CC-" + name.length());
    }

    private static JsonNode stack(String output, String name) {
        return Synth.read(tmp.resolve(output).resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static JsonNode block(JsonNode resource, String name) {
        JsonNode node = resource.path(name);
        return node.isArray() ? node.path(0) : node;
    }

    private static boolean keyed(JsonNode resource) {
        return resource.has("customer_managed_key") || resource.has("disk_encryption_set_id");
    }

    /** Every storage account, server and cluster of every non-cluster stack, by stack and resource name, with whether it is keyed. */
    private static Map<String, Boolean> dataStores(String output) {
        Map<String, Boolean> keyed = new TreeMap<>();
        for (var stack : tmp.resolve(output).resolve("stacks").toFile().listFiles()) {
            if (stack.getName().endsWith("-incluster") || stack.getName().equals("platform")) {
                continue;
            }
            JsonNode json = stack(output, stack.getName());
            for (String type : List.of(STORAGE, SERVER, CLUSTER)) {
                for (JsonNode resource : resources(json, type)) {
                    keyed.put(stack.getName() + "/" + resource.path("name").asText(), keyed(resource));
                }
            }
        }
        return keyed;
    }

    private static List<Problem> problems(String yaml) {
        return catchThrowableOfType(EstateValidationException.class, () -> EstateLoader.parse(yaml, "estate.yaml", PinnedDay.TODAY))
            .problems();
    }

    @Test
    void referenceEstatesRegulatedUnitGetsKeysOnStorageDatabaseAndNodePoolsWhileOtherUnitsDoNot() {
        Map<String, Boolean> stores = dataStores("reference");
        List<String> keyed = new ArrayList<>();
        stores.forEach((store, isKeyed) -> {
            if (isKeyed) {
                keyed.add(store);
            }
        });

        // pharma is semi-dedicated: its server and storage are its own, its node pools run on the shared clusters.
        assertThat(keyed).containsExactlyInAnyOrder(
            "pharma-production/psql-nwd-pharma-production-weu", "pharma-production/stnwdphaprod",
            "pharma-staging/psql-nwd-pharma-staging-weu", "pharma-staging/stnwdphastg",
            "pharma-sandbox/psql-nwd-pharma-sandbox-weu", "pharma-sandbox/stnwdphasbx",
            "shared-production/aks-nwd-shared-production-weu", "shared-staging/aks-nwd-shared-staging-weu",
            "shared-sandbox/aks-nwd-shared-sandbox-weu");
        assertThat(stores).containsEntry("wholesale-production/psql-nwd-wholesale-production-weu", false)
            .containsEntry("wholesale-production/aks-nwd-wholesale-production-weu", false)
            .containsEntry("shared-production/psql-nwd-shared-production-weu", false)
            .containsEntry("shared-production/stnwdsharedprod", false);
        for (String stack : List.of("north-production", "south-staging", "east-sandbox")) {
            assertThat(resources(stack("reference", stack), "azurerm_resource_group_template_deployment")).as(stack).isEmpty();
        }
        // The pool the regulated unit runs on is on the cluster the shared stack keys.
        JsonNode pool = onlyResource(stack("reference", "pharma-production"), "azurerm_kubernetes_cluster_node_pool");
        assertThat(pool.path("kubernetes_cluster_id").asText()).contains("shared-production");
    }

    @Test
    void referenceEstatesRegulatedProductionKeysItsGeoBackupsInThePairedRegion() {
        JsonNode production = stack("reference", "pharma-production");

        JsonNode key = block(onlyResource(production, SERVER), "customer_managed_key");
        assertThat(key.path("key_vault_key_id").asText()).contains("azurerm_key_vault.vault_").endsWith("vault_uri}keys/cmk-database");
        assertThat(key.path("geo_backup_key_vault_key_id").asText()).contains("azurerm_key_vault.vault-neu_")
            .endsWith("keys/cmk-database-geo");
        Map<String, String> vaults = new TreeMap<>();
        resources(production, "azurerm_key_vault").forEach(vault -> vaults.put(vault.path("name").asText(), vault.path("location").asText()));
        assertThat(vaults).containsExactly(Map.entry("kv-nwd-pha-prod", "westeurope"), Map.entry("kv-nwd-pha-prod-neu", "northeurope"));
        resources(production, "azurerm_key_vault").forEach(vault -> {
            assertThat(vault.path("purge_protection_enabled").asBoolean()).isTrue();
            assertThat(vault.path("public_network_access_enabled").asBoolean(true)).isFalse();
        });
        // Staging keeps no geo-redundant backups, so no vault in the pair.
        assertThat(block(onlyResource(stack("reference", "pharma-staging"), SERVER), "customer_managed_key")
            .has("geo_backup_key_vault_key_id")).isFalse();
        assertThat(resources(stack("reference", "pharma-staging"), "azurerm_key_vault")).hasSize(1);
    }

    @Test
    void sandboxVaultsHoldingKeysArePurgeProtectedWhateverTheBlueprintSays() {
        assertThat(onlyResource(stack("reference", "pharma-sandbox"), "azurerm_key_vault").path("purge_protection_enabled").asBoolean())
            .isTrue();
        assertThat(onlyResource(stack("reference", "shared-sandbox"), "azurerm_key_vault").path("purge_protection_enabled").asBoolean())
            .as("its cluster's disk key lives there").isTrue();
        assertThat(onlyResource(stack("reference", "north-sandbox"), "azurerm_key_vault").path("purge_protection_enabled").asBoolean())
            .isFalse();
    }

    @Test
    void landingZoneJsonMarksKeyedStacksAndTheInitiativeIsAssignedOnlyAtTheRegulatedUnitsGroups() {
        JsonNode stacks = Synth.read(tmp.resolve("reference/landing-zone.json")).path("stacks");
        List<String> marked = new ArrayList<>();
        stacks.fields().forEachRemaining(entry -> {
            if (entry.getValue().path("customerManagedKeys").asBoolean(false)) {
                marked.add(entry.getKey());
            }
        });
        assertThat(marked).containsExactlyInAnyOrder("pharma-production", "pharma-staging", "pharma-sandbox", "shared-production",
            "shared-staging", "shared-sandbox");
        assertThat(stacks.path("wholesale-production").has("customerManagedKeys")).as("written only when true").isFalse();
        assertThat(stacks.path("pharma-production").path("initiatives").toString()).contains("\"cmk\"");
        assertThat(stacks.path("pharma-sandbox").path("initiatives").toString()).as("the sandbox group is every unit's").doesNotContain("cmk");

        List<String> groups = new ArrayList<>();
        JsonNode platform = stack("reference", "platform");
        platform.path("resource").path("azurerm_management_group_policy_assignment").fields().forEachRemaining(entry -> {
            if (entry.getValue().path("name").asText().startsWith("lz-cmk")) {
                groups.add(entry.getValue().path("management_group_id").asText());
            }
        });
        assertThat(groups).hasSize(2).allSatisfy(group -> assertThat(group).contains("bu-pharma-"));
    }

    @Test
    void regulatedDedicatedTier1UnitKeysItsClusterReplicaAndGeoBackupsEachInItsRegion() {
        JsonNode production = stack("other", "clinic-production");

        assertThat(onlyResource(production, CLUSTER).path("disk_encryption_set_id").asText()).contains("azurerm_disk_encryption_set.");
        assertThat(onlyResource(production, STORAGE).has("customer_managed_key")).isTrue();
        Map<String, String> vaults = new TreeMap<>();
        resources(production, "azurerm_key_vault").forEach(vault -> vaults.put(vault.path("name").asText(), vault.path("location").asText()));
        // The geo-backups go to the pair (Germany North), the replica to the recovery region (France Central).
        assertThat(vaults).containsExactly(Map.entry("kv-tst-clinic-prod", "germanywestcentral"),
            Map.entry("kv-tst-clinic-prod-frc", "francecentral"), Map.entry("kv-tst-clinic-prod-gno", "germanynorth"));
        List<JsonNode> servers = resources(production, SERVER);
        JsonNode replica = servers.stream().filter(server -> "Replica".equals(server.path("create_mode").asText())).findFirst().orElseThrow();
        assertThat(block(replica, "customer_managed_key").path("key_vault_key_id").asText()).contains("vault-frc_")
            .endsWith("keys/cmk-database-replica");
        JsonNode primary = servers.stream().filter(server -> !server.has("create_mode")).findFirst().orElseThrow();
        assertThat(block(primary, "customer_managed_key").path("geo_backup_key_vault_key_id").asText()).contains("vault-gno_");
    }

    @Test
    void confidentialUnitThatOptsInGetsKeysOnEveryDataStore() {
        JsonNode staging = stack("other", "payroll-staging");

        assertThat(onlyResource(staging, CLUSTER).has("disk_encryption_set_id")).isTrue();
        assertThat(onlyResource(staging, STORAGE).has("customer_managed_key")).isTrue();
        assertThat(onlyResource(staging, SERVER).has("customer_managed_key")).isTrue();
    }

    @Test
    void failsOnARegulatedUnitThatRefusesCustomerManagedKeys() {
        String yaml = EstateFixtures.VALID_YAML.replace("    costCenter: CC-1\n",
            "    costCenter: CC-1\n    dataClassification: regulated\n    tenancy: semi-dedicated\n    customerManagedKeys: false\n");

        assertThat(problems(yaml)).extracting(Problem::toString).containsExactly("businessUnits[0].customerManagedKeys: false is not"
            + " allowed for regulated data: blueprint 'production' of retail-production encrypts it with customer-managed keys (from"
            + " regulated data up); remove customerManagedKeys, or correct dataClassification if the data is not regulated");
    }

    @Test
    void failsOnCustomerManagedKeysForAnEnvironmentOnSharedHosting() {
        String yaml = EstateFixtures.VALID_YAML
            .replace("    costCenter: CC-1\n", "    costCenter: CC-1\n    tenancy: semi-dedicated\n    customerManagedKeys: true\n")
            .replace("        blueprint: qa\n", "        blueprint: qa\n        tenancy: shared\n");

        assertThat(problems(yaml)).extracting(Problem::toString).containsExactly("businessUnits[0].environments[1].tenancy: retail-uat is"
            + " shared: its database and filestore live on the shared server and storage of shared-qa, which a key of the unit's cannot"
            + " encrypt without encrypting the other units' data; give it tenancy semi-dedicated (or dedicated), or leave"
            + " customerManagedKeys out");
    }

    @Test
    void failsOnCustomerManagedKeysThatIsNotTrueOrFalse() {
        String yaml = EstateFixtures.VALID_YAML.replace("    costCenter: CC-1\n", "    costCenter: CC-1\n    customerManagedKeys: yes please\n");

        assertThat(problems(yaml)).extracting(Problem::toString)
            .containsExactly("businessUnits[0].customerManagedKeys: expected true or false, found text 'yes please'");
    }

    @Test
    void failsOnAKeyVaultNameInAnotherRegionThatAzureRejects() {
        Estate estate = EstateFixtures.minimal().prefix("tstlng").secondaryRegion(AzureRegion.of("westeurope"))
            .allowedRegions(List.of(AzureRegion.of("northeurope"), AzureRegion.of("westeurope")))
            .businessUnit(unit("laboratory").shortName("laborato").dataClassification(DataClassification.REGULATED)
                .tenancy(TenancyModel.SEMI_DEDICATED)
                .environment(Environment.builder().name("production").build())
                .build())
            .build();

        assertThat(EstateValidator.validate(estate, PinnedDay.TODAY)).extracting(Problem::toString)
            .containsExactly("businessUnits[0].environments[0]:"
                + " its key vault would be named 'kv-tstlng-laborato-prod-weu': "
                + com.sysgenpro.landingzone.core.AzureNameRule.KEY_VAULT.problemWith("kv-tstlng-laborato-prod-weu")
                + "; shorten the environment's name (production), the unit's shortName or the estate's prefix");
    }

    @Test
    void regulatedDataOnSharedHostingWithAReasonKeepsTheSharedServersKeys() {
        Estate estate = EstateFixtures.minimal()
            .businessUnit(unit("clinic").dataClassification(DataClassification.REGULATED).tenancy(TenancyModel.SHARED)
                .tenancyOverrideReason("pseudonymised test data only, approved by the DPO")
                .environment(Environment.builder().name("production").build()).build())
            .build();

        assertThat(EstateValidator.validate(estate, PinnedDay.TODAY)).isEmpty();
        Placement placement = EstatePlan.of(estate).placements().get(0);
        assertThat(placement.customerManagedKeys()).isFalse();
    }
}
