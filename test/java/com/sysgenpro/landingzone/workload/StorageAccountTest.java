package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.testing.Synth.resources;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.BLOB_ZONE;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.SUBNET;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.TAGS;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageAccountTest {

    private static JsonNode synth(Consumer<StorageAccount.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = DataServicesFixtures.resourceGroup(stack);
            StorageAccount.Builder storage = DataServicesFixtures.storage(stack, group);
            customize.accept(storage);
            storage.build();
        });
    }

    private static JsonNode rule(JsonNode stack, String name) {
        for (JsonNode rule : onlyResource(stack, "azurerm_storage_management_policy").path("rule")) {
            if (rule.path("name").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no lifecycle rule " + name);
    }

    private static List<String> ruleNames(JsonNode stack) {
        List<String> names = new ArrayList<>();
        onlyResource(stack, "azurerm_storage_management_policy").path("rule").forEach(rule -> names.add(rule.path("name").asText()));
        return names;
    }

    @Test
    void defaultsAreZoneRedundantPrivateEntraOnlyAndRecoverable() {
        JsonNode stack = synth(builder -> { });
        JsonNode account = onlyResource(stack, "azurerm_storage_account");

        assertThat(account.path("name").asText()).isEqualTo("stwholesaleprod");
        assertThat(account.path("account_kind").asText()).isEqualTo("StorageV2");
        assertThat(account.path("account_tier").asText()).isEqualTo("Standard");
        assertThat(account.path("account_replication_type").asText()).isEqualTo("ZRS");
        assertThat(account.path("location").asText()).isEqualTo("westeurope");
        assertThat(account.path("https_traffic_only_enabled").asBoolean()).isTrue();
        assertThat(account.path("min_tls_version").asText()).isEqualTo("TLS1_2");
        assertThat(account.path("allow_nested_items_to_be_public").isBoolean()).isTrue();
        assertThat(account.path("allow_nested_items_to_be_public").asBoolean()).isFalse();
        assertThat(account.path("shared_access_key_enabled").asBoolean(true)).isFalse();
        assertThat(account.path("default_to_oauth_authentication").asBoolean()).isTrue();
        assertThat(account.path("local_user_enabled").asBoolean(true)).isFalse();
        assertThat(account.path("public_network_access_enabled").asBoolean(true)).isFalse();
        assertThat(account.path("network_rules").path("default_action").asText()).isEqualTo("Deny");
        assertThat(account.path("network_rules").path("bypass")).extracting(JsonNode::asText).containsExactly("AzureServices");
        assertThat(account.path("infrastructure_encryption_enabled").asBoolean()).isTrue();
        JsonNode blob = account.path("blob_properties");
        assertThat(blob.path("versioning_enabled").asBoolean()).isTrue();
        assertThat(blob.path("change_feed_enabled").asBoolean()).isTrue();
        assertThat(blob.path("change_feed_retention_in_days").asInt()).isEqualTo(90);
        assertThat(blob.path("delete_retention_policy").path("days").asInt()).isEqualTo(30);
        assertThat(blob.path("container_delete_retention_policy").path("days").asInt()).isEqualTo(30);
        assertThat(Synth.tags(account)).isEqualTo(TAGS.asMap());

        assertThat(resources(stack, "azurerm_storage_container")).extracting(c -> c.path("name").asText())
            .containsExactlyInAnyOrder("filestore", "backups", "exports");
        assertThat(resources(stack, "azurerm_storage_container")).allSatisfy(container -> {
            assertThat(container.path("container_access_type").asText()).isEqualTo("private");
            // storage_account_id (not storage_account_name): the provider goes through ARM, not the blob data plane.
            assertThat(container.path("storage_account_id").asText()).matches("\\$\\{azurerm_storage_account\\.[\\w-]+\\.id}");
            assertThat(container.has("storage_account_name")).isFalse();
        });
    }

    @Test
    void defaultsProtectTheAccountFromDestroyAndDeletion() {
        JsonNode stack = synth(builder -> { });
        JsonNode account = onlyResource(stack, "azurerm_storage_account");

        assertThat(account.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        JsonNode lock = onlyResource(stack, "azurerm_management_lock");
        assertThat(lock.path("name").asText()).isEqualTo("lz-do-not-delete");
        assertThat(lock.path("lock_level").asText()).isEqualTo("CanNotDelete");
        assertThat(lock.path("scope").asText()).matches("\\$\\{azurerm_storage_account\\.st_[0-9A-F]{8}\\.id}");
        assertThat(stack.path("resource").path("azurerm_management_lock").fieldNames().next()).matches("st_delete-lock_[0-9A-F]{8}");
    }

    @Test
    void lowerEnvironmentsTurnDeletionProtectionOffExplicitly() {
        JsonNode stack = synth(builder -> builder.deletionProtection(false));

        assertThat(onlyResource(stack, "azurerm_storage_account").has("lifecycle")).isFalse();
        assertThat(resources(stack, "azurerm_management_lock")).isEmpty();
    }

    @Test
    void defaultsProtectTheBackupContainerWithAnUnlockedImmutabilityPolicy() {
        JsonNode stack = synth(builder -> { });
        JsonNode policy = onlyResource(stack, "azurerm_storage_container_immutability_policy");

        assertThat(policy.path("immutability_period_in_days").asInt()).isEqualTo(30);
        assertThat(policy.path("locked").asBoolean(true)).isFalse();
        assertThat(policy.path("storage_container_resource_manager_id").asText())
            .matches("\\$\\{azurerm_storage_container\\.st_Container-backups_[0-9A-F]{8}\\.id}");
    }

    @Test
    void defaultsTierAndExpireByRetentionClassAndExpirePreviousVersions() {
        JsonNode stack = synth(builder -> { });

        assertThat(ruleNames(stack)).containsExactly("retainbackups", "retainexports", "retainfilestore", "previousversions");
        JsonNode filestore = rule(stack, "retainfilestore");
        assertThat(filestore.path("filters").path("prefix_match").get(0).asText()).isEqualTo("filestore/");
        assertThat(filestore.path("filters").path("blob_types").get(0).asText()).isEqualTo("blockBlob");
        JsonNode attachments = filestore.path("actions").path("base_blob");
        assertThat(attachments.path("tier_to_cool_after_days_since_modification_greater_than").asInt()).isEqualTo(90);
        assertThat(attachments.has("tier_to_archive_after_days_since_modification_greater_than")).isFalse();
        assertThat(attachments.has("delete_after_days_since_modification_greater_than")).isFalse();
        JsonNode backups = rule(stack, "retainbackups").path("actions").path("base_blob");
        assertThat(backups.path("tier_to_cool_after_days_since_modification_greater_than").asInt()).isEqualTo(30);
        assertThat(backups.path("tier_to_cold_after_days_since_modification_greater_than").asInt()).isEqualTo(90);
        assertThat(backups.has("tier_to_archive_after_days_since_modification_greater_than")).isFalse();
        assertThat(backups.path("delete_after_days_since_modification_greater_than").asInt()).isEqualTo(365);
        JsonNode exports = rule(stack, "retainexports").path("actions").path("base_blob");
        assertThat(exports.path("delete_after_days_since_modification_greater_than").asInt()).isEqualTo(90);
        assertThat(rule(stack, "previousversions").path("actions").path("version").path("delete_after_days_since_creation").asInt())
            .isEqualTo(90);
        assertThat(rule(stack, "previousversions").path("filters").has("prefix_match")).isFalse();
    }

    @Test
    void defaultsGiveTheBlobServiceAPrivateEndpointAndDiagnostics() {
        JsonNode stack = synth(builder -> { });
        JsonNode endpoint = onlyResource(stack, "azurerm_private_endpoint");

        assertThat(endpoint.path("name").asText()).isEqualTo("pe-stwholesaleprod-blob");
        assertThat(endpoint.path("subnet_id").asText()).isEqualTo(SUBNET);
        assertThat(endpoint.path("private_service_connection").path("subresource_names").get(0).asText()).isEqualTo("blob");
        assertThat(endpoint.path("private_service_connection").path("private_connection_resource_id").asText())
            .matches("\\$\\{azurerm_storage_account\\.st_[0-9A-F]{8}\\.id}");
        assertThat(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText()).isEqualTo(BLOB_ZONE);
        assertThat(Synth.tags(endpoint)).isEqualTo(TAGS.asMap());

        Map<String, JsonNode> settings = new LinkedHashMap<>();
        resources(stack, "azurerm_monitor_diagnostic_setting").forEach(s -> settings.put(s.path("target_resource_id").asText(), s));
        String account = endpoint.path("private_service_connection").path("private_connection_resource_id").asText();
        assertThat(settings.keySet()).containsExactlyInAnyOrder(account, account + "/blobServices/default");
        JsonNode accountSetting = settings.get(account);
        assertThat(accountSetting.path("log_analytics_workspace_id").asText()).isEqualTo(WORKSPACE);
        assertThat(accountSetting.has("enabled_log")).isFalse();
        // Storage rejects AllMetrics; Transaction is the category it exports.
        assertThat(accountSetting.path("enabled_metric")).extracting(m -> m.path("category").asText()).containsExactly("Transaction");
        JsonNode blobSetting = settings.get(account + "/blobServices/default");
        assertThat(blobSetting.path("enabled_log")).extracting(l -> l.path("category_group").asText()).containsExactly("allLogs");
        assertThat(blobSetting.path("enabled_metric")).extracting(m -> m.path("category").asText()).containsExactly("Transaction");
    }

    @Test
    void overridesReplicationContainersRetentionImmutabilityAndTags() {
        JsonNode stack = synth(builder -> builder
            .replication(StorageReplication.LRS)
            .containers(List.of("filestore", "pg-backups", "archives"))
            .backupContainer("pg-backups").immutabilityDays(90).immutabilityLocked(true)
            .blobSoftDeleteDays(7).containerSoftDeleteDays(14).changeFeedRetentionDays(30).versionRetentionDays(14)
            .lifecycle(Map.of(
                "archives", RetentionClass.coolAfter(0).thenArchiveAfter(30).thenDeleteAfter(3650),
                "pg-backups/daily", RetentionClass.deleteAfter(90)))
            .tags(Tags.of(Map.of("owner", "someone-else"))));
        JsonNode account = onlyResource(stack, "azurerm_storage_account");

        assertThat(account.path("account_replication_type").asText()).isEqualTo("LRS");
        assertThat(account.path("blob_properties").path("delete_retention_policy").path("days").asInt()).isEqualTo(7);
        assertThat(account.path("blob_properties").path("container_delete_retention_policy").path("days").asInt()).isEqualTo(14);
        assertThat(account.path("blob_properties").path("change_feed_retention_in_days").asInt()).isEqualTo(30);
        assertThat(Synth.tags(account)).containsExactlyEntriesOf(Map.of("owner", "someone-else"));
        assertThat(resources(stack, "azurerm_storage_container")).extracting(c -> c.path("name").asText())
            .containsExactlyInAnyOrder("filestore", "pg-backups", "archives");
        JsonNode policy = onlyResource(stack, "azurerm_storage_container_immutability_policy");
        assertThat(policy.path("immutability_period_in_days").asInt()).isEqualTo(90);
        assertThat(policy.path("locked").asBoolean()).isTrue();
        assertThat(policy.path("storage_container_resource_manager_id").asText()).contains("st_Container-pg-backups_");

        assertThat(ruleNames(stack)).containsExactly("retainarchives", "retainpgbackupsdaily", "previousversions");
        JsonNode archives = rule(stack, "retainarchives").path("actions").path("base_blob");
        assertThat(archives.path("tier_to_cool_after_days_since_modification_greater_than").asInt()).isZero();
        assertThat(archives.path("tier_to_archive_after_days_since_modification_greater_than").asInt()).isEqualTo(30);
        assertThat(archives.path("delete_after_days_since_modification_greater_than").asInt()).isEqualTo(3650);
        assertThat(rule(stack, "retainpgbackupsdaily").path("filters").path("prefix_match").get(0).asText()).isEqualTo("pg-backups/daily");
        assertThat(rule(stack, "previousversions").path("actions").path("version").path("delete_after_days_since_creation").asInt())
            .isEqualTo(14);
    }

    @Test
    void geoZoneRedundantAccountsTierToColdInsteadOfArchive() {
        JsonNode stack = synth(builder -> builder.replication(StorageReplication.GZRS)
            .lifecycle(Map.of("exports", RetentionClass.coolAfter(7).thenColdAfter(30).thenDeleteAfter(180))));

        assertThat(onlyResource(stack, "azurerm_storage_account").path("account_replication_type").asText()).isEqualTo("GZRS");
        assertThat(ruleNames(stack)).containsExactly("retainexports", "previousversions");
        JsonNode exports = rule(stack, "retainexports").path("actions").path("base_blob");
        assertThat(exports.path("tier_to_cool_after_days_since_modification_greater_than").asInt()).isEqualTo(7);
        assertThat(exports.path("tier_to_cold_after_days_since_modification_greater_than").asInt()).isEqualTo(30);
        assertThat(exports.path("delete_after_days_since_modification_greater_than").asInt()).isEqualTo(180);
    }

    @Test
    void defaultLifecycleFollowsTheDeclaredContainersAndImmutabilityCanBeLeftOut() {
        JsonNode stack = synth(builder -> builder.containers(List.of("filestore")).backupContainer(null));

        assertThat(ruleNames(stack)).containsExactly("retainfilestore", "previousversions");
        assertThat(resources(stack, "azurerm_storage_container_immutability_policy")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"st", "stwholesaleproductionwest1", "StWholesale", "st-wholesale"})
    void failsOnNameAzureRejects(String name) {
        assertThatThrownBy(() -> synth(builder -> builder.name(name)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/st: name '" + name + "' is not allowed")
            .hasMessageMatching("(?s).*(3 to 24 characters|lowercase letters and digits only).*");
    }

    @Test
    void failsOnRetentionStepsOutOfOrder() {
        assertThatThrownBy(() -> synth(builder -> builder.replication(StorageReplication.LRS)
            .lifecycle(Map.of("exports", RetentionClass.coolAfter(60).thenArchiveAfter(30).thenDeleteAfter(90)))))
            .hasMessageContaining("test/st: lifecycle['exports'] 'cool after 60, cold after -, archive after 30, delete after 90' is not allowed")
            .hasMessageContaining("cool < cold < archive < delete");
        assertThatThrownBy(() -> synth(builder -> builder.lifecycle(Map.of("exports", RetentionClass.coolAfter(30).thenDeleteAfter(30)))))
            .hasMessageContaining("lifecycle['exports'] 'cool after 30, cold after -, archive after -, delete after 30' is not allowed")
            .hasMessageContaining("cool < cold < archive < delete");
    }

    @Test
    void failsOnArchiveTierOnAZoneRedundantAccount() {
        assertThatThrownBy(() -> synth(builder -> builder
            .lifecycle(Map.of("backups", RetentionClass.coolAfter(30).thenArchiveAfter(90).thenDeleteAfter(365)))))
            .hasMessageContaining("test/st: lifecycle['backups'] 'cool after 30, cold after -, archive after 90, delete after 365' is not allowed")
            .hasMessageContaining("Archive tier on locally or geo-redundant accounts only (LRS, GRS, RA-GRS), not on ZRS")
            .hasMessageContaining("use thenColdAfter");
    }

    @Test
    void failsOnRetentionDeletingBackupsBeforeTheirImmutabilityEnds() {
        assertThatThrownBy(() -> synth(builder -> builder.immutabilityDays(60)
            .lifecycle(Map.of("backups", RetentionClass.deleteAfter(30)))))
            .hasMessageContaining("test/st: lifecycle['backups']")
            .hasMessageContaining("immutable for 60 days; delete after at least that many days");
    }

    @Test
    void failsOnRetentionForAnUndeclaredContainerOrWithoutSteps() {
        assertThatThrownBy(() -> synth(builder -> builder.lifecycle(Map.of("archives/2024", RetentionClass.coolAfter(1)))))
            .hasMessageContaining("test/st: lifecycle 'archives/2024' is not allowed; a prefix starts with one of the containers"
                + " [filestore, backups, exports]");
        assertThatThrownBy(() -> synth(builder -> builder.lifecycle(Map.of("exports", RetentionClass.of(null, null, null)))))
            .hasMessageContaining("lifecycle['exports']")
            .hasMessageContaining("set at least one of cool, cold, archive and delete");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 146_001})
    void failsOnImmutabilityDaysOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(builder -> builder.immutabilityDays(days)))
            .hasMessageContaining("test/st: immutabilityDays " + days + " is not allowed; allowed: 1 to 146000");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 366})
    void failsOnSoftDeleteDaysOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(builder -> builder.blobSoftDeleteDays(days)))
            .hasMessageContaining("test/st: blobSoftDeleteDays " + days + " is not allowed; allowed: 1 to 365");
        assertThatThrownBy(() -> synth(builder -> builder.containerSoftDeleteDays(days)))
            .hasMessageContaining("test/st: containerSoftDeleteDays " + days + " is not allowed; allowed: 1 to 365");
    }

    @Test
    void failsOnEmptyContainerList() {
        assertThatThrownBy(() -> synth(builder -> builder.containers(List.of())))
            .hasMessageContaining("test/st: containers '[]' is not allowed; at least one container");
    }

    @Test
    void failsOnDuplicateContainers() {
        assertThatThrownBy(() -> synth(builder -> builder.containers(List.of("filestore", "backups", "filestore"))))
            .hasMessageContaining("test/st: containers 'filestore' is not allowed; each container once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fs", "Filestore", "file_store", "-filestore", "filestore-", "file--store",
        "a123456789012345678901234567890123456789012345678901234567890123"})
    void failsOnContainerNamesAzureRejects(String container) {
        assertThatThrownBy(() -> synth(builder -> builder.containers(List.of(container)).backupContainer(null)))
            .hasMessageContaining("test/st: containers '" + container + "' is not allowed")
            .hasMessageContaining("3 to 63 lowercase letters, digits and hyphens");
    }

    @Test
    void failsWhenTheBackupContainerIsNotDeclared() {
        assertThatThrownBy(() -> synth(builder -> builder.containers(List.of("filestore", "exports"))))
            .hasMessageContaining("test/st: backupContainer 'backups' is not allowed; name one of the containers [filestore, exports],"
                + " or set null for no immutability policy");
    }

    @Test
    void failsWithoutNetworkOrDiagnosticsTargets() {
        assertThatThrownBy(() -> synth(builder -> builder.privateEndpointSubnet(null)))
            .hasMessageContaining("test/st: privateEndpointSubnet is required");
        assertThatThrownBy(() -> synth(builder -> builder.privateDnsZone(null)))
            .hasMessageContaining("test/st: privateDnsZone is required");
        assertThatThrownBy(() -> synth(builder -> builder.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/st: logAnalyticsWorkspace is required");
    }

    @Test
    void exposesReferencesForRoleAssignments() {
        Synth.stack(stack -> {
            StorageAccount storage = DataServicesFixtures.storage(stack, DataServicesFixtures.resourceGroup(stack)).build();

            assertThat(storage.declaredName()).isEqualTo("stwholesaleprod");
            assertThat(storage.containerNames()).containsExactly("filestore", "backups", "exports");
            assertThat(storage.containerId("filestore")).contains("${TfToken[");
            assertThat(storage.blobServiceId()).endsWith("/blobServices/default");
            assertThatThrownBy(() -> storage.containerId("nope")).hasMessageContaining("test/st: container 'nope' is not allowed");
        });
    }

    @Test
    void customerManagedKeyEncryptsWithAnIdentityOfTheAccountsOwn() {
        JsonNode stack = Synth.stack(scope -> DataServicesFixtures.storage(scope, DataServicesFixtures.resourceGroup(scope))
            .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(scope, "storage", "westeurope")).build());

        JsonNode account = onlyResource(stack, "azurerm_storage_account");
        JsonNode identity = onlyResource(stack, "azurerm_user_assigned_identity");
        assertThat(identity.path("name").asText()).isEqualTo("id-stwholesaleprod-cmk");
        assertThat(identity.path("location").asText()).isEqualTo("westeurope");
        assertThat(account.path("identity").path("type").asText()).isEqualTo("UserAssigned");
        assertThat(account.path("identity").path("identity_ids").get(0).asText()).matches("\\$\\{azurerm_user_assigned_identity\\.st_EncryptionIdentity_\\w+\\.id}");
        JsonNode key = account.path("customer_managed_key");
        assertThat(key.path("key_vault_key_id").asText()).as("versionless, so that rotation reaches the account")
            .matches("\\$\\{azurerm_key_vault\\.storage-vault_\\w+\\.vault_uri}keys/cmk-storage");
        assertThat(key.path("user_assigned_identity_id").asText()).isEqualTo(account.path("identity").path("identity_ids").get(0).asText());
        assertThat(account.path("infrastructure_encryption_enabled").asBoolean()).isTrue();
        JsonNode access = onlyResource(stack, "azurerm_role_assignment");
        assertThat(access.path("role_definition_name").asText()).isEqualTo("Key Vault Crypto Service Encryption User");
        assertThat(access.path("scope").asText()).endsWith(".id}/keys/cmk-storage");
        assertThat(access.path("principal_id").asText()).contains("st_EncryptionIdentity_").endsWith(".principal_id}");
        assertThat(access.path("depends_on").get(0).asText()).startsWith("azurerm_resource_group_template_deployment.storage-key");
        assertThat(account.path("depends_on").get(0).asText()).startsWith("azurerm_role_assignment.st_EncryptionKeyAccess");
    }

    @Test
    void withoutAKeyTheAccountHasNoIdentity() {
        JsonNode account = onlyResource(synth(builder -> { }), "azurerm_storage_account");

        assertThat(account.has("customer_managed_key")).isFalse();
        assertThat(account.has("identity")).isFalse();
    }

    @Test
    void failsOnAKeyInAnotherRegion() {
        assertThatThrownBy(() -> Synth.stack(stack -> DataServicesFixtures.storage(stack, DataServicesFixtures.resourceGroup(stack))
            .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "storage", "northeurope")).build()))
            .hasMessageContaining("test/st: customerManagedKey 'cmk-storage in northeurope' is not allowed; a key in a vault in westeurope,"
                + " the account's region");
    }
}
