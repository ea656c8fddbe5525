package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.constructs.Construct;

class PostgresReadReplicaTest {

    static final String SECONDARY_SUBNET = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-net-dr/providers/"
        + "Microsoft.Network/virtualNetworks/vnet-wholesale-dr/subnets/snet-postgres";
    static final String SERVER = "azurerm_postgresql_flexible_server";
    static final String ENDPOINT = "azurerm_postgresql_flexible_server_virtual_endpoint";
    static final String REPLICA_NAME = "psql-wholesale-prod-dr";

    static ResourceGroup secondaryGroup(Construct scope) {
        return ResourceGroup.Builder.create(scope, "rg-dr").name("rg-wholesale-prod-dr").region(AzureRegion.of("northeurope"))
            .tags(PostgresFlexibleServerTest.TAGS).build();
    }

    /** A replica builder with construct id {@code replica} and every required prop. */
    static PostgresReadReplica.Builder replica(Construct scope, PostgresFlexibleServer primary, ResourceGroup group) {
        return PostgresReadReplica.Builder.create(scope, "replica")
            .name(REPLICA_NAME)
            .primary(primary)
            .resourceGroup(group)
            .delegatedSubnet(SubnetReference.fromId(SECONDARY_SUBNET))
            .privateDnsZone(PrivateDnsZoneReference.fromId(PostgresFlexibleServerTest.DNS_ZONE))
            .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(PostgresFlexibleServerTest.WORKSPACE))
            .tags(PostgresFlexibleServerTest.TAGS);
    }

    private static JsonNode synth(Consumer<PostgresFlexibleServer.Builder> primary, Consumer<PostgresReadReplica.Builder> replica) {
        return Synth.stack(stack -> {
            PostgresFlexibleServer.Builder primaryBuilder = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack));
            primary.accept(primaryBuilder);
            PostgresReadReplica.Builder replicaBuilder = replica(stack, primaryBuilder.build(), secondaryGroup(stack));
            replica.accept(replicaBuilder);
            replicaBuilder.build();
        });
    }

    private static JsonNode synth(Consumer<PostgresReadReplica.Builder> replica) {
        return synth(primary -> { }, replica);
    }

    /** The resource of {@code type} whose {@code name} argument is {@code name}. */
    private static JsonNode named(JsonNode stack, String type, String name) {
        List<JsonNode> matches = Synth.resources(stack, type).stream().filter(resource -> resource.path("name").asText().equals(name)).toList();
        assertThat(matches).as("%s named %s", type, name).hasSize(1);
        return matches.get(0);
    }

    private static String reference(JsonNode stack, String type, String name, String attribute) {
        var fields = stack.path("resource").path(type).fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getValue().path("name").asText().equals(name)) {
                return "${" + type + "." + field.getKey() + "." + attribute + "}";
            }
        }
        throw new AssertionError("no " + type + " named " + name);
    }

    private static JsonNode block(JsonNode resource, String name) {
        JsonNode node = resource.path(name);
        return node.isArray() ? node.path(0) : node;
    }

    @Test
    void defaultsReplicateThePrimaryPrivatelyIntoTheSecondaryRegion() {
        JsonNode stack = synth(replica -> { });
        JsonNode replica = named(stack, SERVER, REPLICA_NAME);

        assertThat(replica.path("create_mode").asText()).isEqualTo("Replica");
        assertThat(replica.path("source_server_id").asText()).isEqualTo(reference(stack, SERVER, "psql-wholesale-prod", "id"));
        assertThat(replica.path("location").asText()).isEqualTo("northeurope");
        assertThat(replica.path("resource_group_name").asText()).isEqualTo(reference(stack, "azurerm_resource_group", "rg-wholesale-prod-dr", "name"));
        // Symmetric with the primary: same version, SKU, storage and auto-grow.
        assertThat(replica.path("version").asText()).isEqualTo("16");
        assertThat(replica.path("sku_name").asText()).isEqualTo("GP_Standard_D4ds_v5");
        assertThat(replica.path("storage_mb").asInt()).isEqualTo(131072);
        assertThat(replica.path("auto_grow_enabled").asBoolean()).isTrue();
        // Private access only, in the secondary network.
        assertThat(replica.path("delegated_subnet_id").asText()).isEqualTo(SECONDARY_SUBNET);
        assertThat(replica.path("private_dns_zone_id").asText()).isEqualTo(PostgresFlexibleServerTest.DNS_ZONE);
        assertThat(replica.path("public_network_access_enabled").isBoolean()).isTrue();
        assertThat(replica.path("public_network_access_enabled").asBoolean()).isFalse();
        // Entra ID like the primary.
        JsonNode authentication = block(replica, "authentication");
        assertThat(authentication.path("active_directory_auth_enabled").asBoolean()).isTrue();
        assertThat(authentication.path("password_auth_enabled").isBoolean()).isTrue();
        assertThat(authentication.path("password_auth_enabled").asBoolean()).isFalse();
        assertThat(authentication.path("tenant_id").asText()).isEqualTo(PostgresFlexibleServerTest.TENANT);
        // What Azure does not support on replicas, or the replica inherits, is not declared.
        assertThat(replica.has("administrator_login")).isFalse();
        assertThat(replica.has("administrator_password")).isFalse();
        assertThat(replica.has("administrator_password_wo")).isFalse();
        assertThat(replica.has("administrator_password_wo_version")).isFalse();
        assertThat(replica.has("backup_retention_days")).isFalse();
        assertThat(replica.has("geo_redundant_backup_enabled")).isFalse();
        assertThat(replica.has("high_availability")).isFalse();
        assertThat(replica.has("replication_role")).isFalse();
        // Azure picks the zone; Terraform keeps it. Never destroyed.
        assertThat(replica.has("zone")).isFalse();
        assertThat(replica.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(replica.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText).containsExactly("zone");
        assertThat(Synth.tags(replica)).isEqualTo(PostgresFlexibleServerTest.TAGS.asMap());
    }

    @Test
    void defaultsAddDiagnosticsALockAndAWriterEndpointButNoDatabasesOrAdministrators() {
        JsonNode stack = synth(replica -> { });
        String replicaId = reference(stack, SERVER, REPLICA_NAME, "id");

        assertThat(Synth.resources(stack, "azurerm_monitor_diagnostic_setting"))
            .filteredOn(diagnostics -> diagnostics.path("target_resource_id").asText().equals(replicaId)).singleElement()
            .satisfies(diagnostics -> {
                assertThat(diagnostics.path("log_analytics_workspace_id").asText()).isEqualTo(PostgresFlexibleServerTest.WORKSPACE);
                assertThat(diagnostics.path("enabled_log")).extracting(log -> log.path("category_group").asText())
                    .containsExactly("audit", "allLogs");
            });
        assertThat(Synth.resources(stack, "azurerm_management_lock"))
            .filteredOn(lock -> lock.path("scope").asText().equals(replicaId)).singleElement()
            .satisfies(lock -> {
                assertThat(lock.path("lock_level").asText()).isEqualTo("CanNotDelete");
                assertThat(lock.path("name").asText()).isEqualTo("lz-do-not-delete");
            });

        JsonNode endpoint = Synth.onlyResource(stack, ENDPOINT);
        assertThat(endpoint.path("name").asText()).isEqualTo("psql-wholesale-prod-rw");
        assertThat(endpoint.path("type").asText()).isEqualTo("ReadWrite");
        assertThat(endpoint.path("source_server_id").asText()).isEqualTo(reference(stack, SERVER, "psql-wholesale-prod", "id"));
        assertThat(endpoint.path("replica_server_id").asText()).isEqualTo(replicaId);
        assertThat(endpoint.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();

        // Only the primary's: the replica inherits databases, roles and Entra administrators.
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_database")).hasSize(1);
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_active_directory_administrator")).hasSize(1);
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_configuration"))
            .noneMatch(parameter -> parameter.path("server_id").asText().equals(replicaId));
    }

    @Test
    void exposesTheWriterHostNameAndRecoveryExpectation() {
        Synth.stack(stack -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack)).build();
            PostgresReadReplica replica = replica(stack, primary, secondaryGroup(stack)).build();
            assertThat(replica.declaredName()).isEqualTo(REPLICA_NAME);
            assertThat(replica.region()).isEqualTo(AzureRegion.of("northeurope"));
            assertThat(replica.primary()).isSameAs(primary);
            assertThat(replica.id()).contains("${");
            assertThat(replica.fqdn()).contains("${");
            assertThat(replica.virtualEndpointId()).hasValueSatisfying(id -> assertThat(id).contains("${"));
            assertThat(replica.writerFqdn()).hasValue("psql-wholesale-prod-rw.writer.postgres.database.azure.com");

            RecoveryExpectation expected = replica.recoveryExpectation();
            assertThat(expected.recoveryPoint()).isEqualTo(Duration.ofMinutes(5));
            assertThat(expected.maximumRecoveryTime()).isLessThanOrEqualTo(Duration.ofHours(1));
            assertThat(expected.source()).contains("concepts-business-continuity");
            // Why the replica exists: tier 1 wants 15–30 minutes and 1–4 hours, which geo-restore does not promise.
            assertThat(expected.recoveryPoint()).isLessThan(Duration.ofMinutes(15));
            assertThat(RecoveryExpectation.POSTGRES_GEO_RESTORE.recoveryPoint()).isGreaterThan(Duration.ofMinutes(30));
        });
    }

    @Test
    void primaryExposesWhatTheReplicaCopiesWithoutChangingItsOutput() {
        Synth.stack(stack -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack))
                .skuName("MO_Standard_E8ds_v5").version(PostgresVersion.V15).storageMb(262_144).storageAutoGrow(false).build();
            assertThat(primary.skuName()).isEqualTo("MO_Standard_E8ds_v5");
            assertThat(primary.version()).isEqualTo(PostgresVersion.V15);
            assertThat(primary.storageMb()).isEqualTo(262_144);
            assertThat(primary.storageAutoGrow()).isFalse();
            assertThat(primary.tenantId()).isEqualTo(PostgresFlexibleServerTest.TENANT);
            assertThat(primary.passwordAuthenticationEnabled()).isFalse();
        });
    }

    @Test
    void overridesFollowAScaledPrimaryAndLoosenExplicitly() {
        JsonNode stack = synth(primary -> primary.skuName("MO_Standard_E8ds_v5").version(PostgresVersion.V15).storageMb(262_144).storageAutoGrow(false),
            replica -> replica.skuName("MO_Standard_E16ds_v5").storageMb(524_288).storageAutoGrow(true).zone("2")
                .region(AzureRegion.of("swedencentral")).virtualEndpointName("odoo-wholesale").deletionProtection(false));
        JsonNode replica = named(stack, SERVER, REPLICA_NAME);

        assertThat(replica.path("version").asText()).isEqualTo("15");
        assertThat(replica.path("sku_name").asText()).isEqualTo("MO_Standard_E16ds_v5");
        assertThat(replica.path("storage_mb").asInt()).isEqualTo(524288);
        assertThat(replica.path("auto_grow_enabled").asBoolean()).isTrue();
        assertThat(replica.path("zone").asText()).isEqualTo("2");
        assertThat(replica.path("location").asText()).isEqualTo("swedencentral");
        assertThat(replica.has("lifecycle")).isFalse();
        String replicaId = reference(stack, SERVER, REPLICA_NAME, "id");
        assertThat(Synth.resources(stack, "azurerm_management_lock")).noneMatch(lock -> lock.path("scope").asText().equals(replicaId));
        JsonNode endpoint = Synth.onlyResource(stack, ENDPOINT);
        assertThat(endpoint.path("name").asText()).isEqualTo("odoo-wholesale");
        assertThat(endpoint.has("lifecycle")).isFalse();
    }

    @Test
    void passwordAuthenticationIsMirroredButNoSecretIsCopied() {
        JsonNode stack = synth(primary -> primary.passwordAuthenticationEnabled(true).administratorLogin("odooadmin")
            .administratorPasswordWriteOnly("${var.pg_admin_password}"), replica -> { });
        JsonNode replica = named(stack, SERVER, REPLICA_NAME);

        assertThat(block(replica, "authentication").path("password_auth_enabled").asBoolean()).isTrue();
        assertThat(replica.has("administrator_login")).isFalse();
        assertThat(replica.has("administrator_password_wo")).isFalse();
        assertThat(replica.has("administrator_password_wo_version")).isFalse();
        assertThat(replica.toString()).doesNotContain("pg_admin_password");
        assertThat(Synth.resources(stack, ENDPOINT).get(0).toString()).doesNotContain("pg_admin_password");
    }

    @Test
    void virtualEndpointCanBeTurnedOff() {
        Synth.stack(stack -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack)).build();
            PostgresReadReplica replica = replica(stack, primary, secondaryGroup(stack)).virtualEndpoint(false).build();
            assertThat(replica.writerFqdn()).isEmpty();
            assertThat(replica.virtualEndpointId()).isEmpty();
        });
        assertThat(Synth.resources(synth(replica -> replica.virtualEndpoint(false)), ENDPOINT)).isEmpty();
    }

    @Test
    void failsInThePrimarysRegion() {
        assertThatThrownBy(() -> synth(replica -> replica.region(AzureRegion.of("westeurope"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/replica: region 'westeurope' is not allowed; a region other than the primary's (westeurope)")
            .hasMessageContaining("pass a resource group in the secondary region or set .region(…)");
        assertThatThrownBy(() -> Synth.stack(stack -> {
            ResourceGroup group = PostgresFlexibleServerTest.group(stack);
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, group).build();
            replica(stack, primary, group).build();
        })).hasMessageContaining("test/replica: region 'westeurope' is not allowed");
    }

    @Test
    void failsWithoutSecondaryNetworkOrRequiredProps() {
        assertThatThrownBy(() -> synth(replica -> replica.delegatedSubnet(null)))
            .hasMessageContaining("test/replica: delegatedSubnet is required; set it with .delegatedSubnet(…)");
        assertThatThrownBy(() -> synth(replica -> replica.privateDnsZone(null)))
            .hasMessageContaining("test/replica: privateDnsZone is required; set it with .privateDnsZone(…)");
        assertThatThrownBy(() -> synth(replica -> replica.delegatedSubnet(SubnetReference.fromId("snet-postgres"))))
            .hasMessageContaining("SubnetReference.fromId: id 'snet-postgres' is not allowed; the resource id of a subnet, "
                + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<name>");
        String blobZone = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-dns/providers/"
            + "Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net";
        assertThatThrownBy(() -> synth(replica -> replica.privateDnsZone(PrivateDnsZoneReference.fromId(blobZone))))
            .hasMessageContaining("test/replica: privateDnsZone '" + blobZone + "' is not allowed")
            .hasMessageContaining(".postgres.database.azure.com");
        assertThatThrownBy(() -> synth(replica -> replica.primary(null)))
            .hasMessageContaining("test/replica: primary is required; set it with .primary(…)");
        assertThatThrownBy(() -> synth(replica -> replica.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/replica: logAnalyticsWorkspace is required");
        assertThatThrownBy(() -> synth(replica -> replica.tags(null)))
            .hasMessageContaining("test/replica: tags is required");
        assertThatThrownBy(() -> synth(replica -> replica.resourceGroup(null)))
            .hasMessageContaining("test/replica: resourceGroup is required");
    }

    @Test
    void failsOnTheNameOfThePrimaryOrOneAzureRejects() {
        assertThatThrownBy(() -> synth(replica -> replica.name("psql-wholesale-prod")))
            .hasMessageContaining("test/replica: name 'psql-wholesale-prod' is not allowed; a name other than the primary's");
        assertThatThrownBy(() -> synth(replica -> replica.name("PSQL_DR")))
            .hasMessageContaining("test/replica: name 'PSQL_DR' is not allowed");
        assertThatThrownBy(() -> synth(replica -> replica.virtualEndpointName("Odoo_Writer")))
            .hasMessageContaining("test/replica: virtualEndpointName 'Odoo_Writer' is not allowed");
        assertThatThrownBy(() -> synth(replica -> replica.virtualEndpoint(false).virtualEndpointName("odoo-writer")))
            .hasMessageContaining("test/replica: virtualEndpointName 'odoo-writer' is not allowed; only with virtualEndpoint(true)");
    }

    @Test
    void failsOnComputeOrStorageSmallerThanThePrimarys() {
        assertThatThrownBy(() -> synth(replica -> replica.skuName("GP_Standard_D2ds_v5")))
            .hasMessageContaining("test/replica: skuName 'GP_Standard_D2ds_v5' is not allowed; a SKU with at least the vCores of "
                + "the primary's GP_Standard_D4ds_v5");
        assertThatThrownBy(() -> synth(replica -> replica.skuName("B_Standard_B2s")))
            .hasMessageContaining("test/replica: skuName 'B_Standard_B2s' is not allowed; a General Purpose or Memory Optimized SKU");
        assertThatThrownBy(() -> synth(replica -> replica.storageMb(65_536)))
            .hasMessageContaining("test/replica: storageMb 65536 is not allowed; at least the primary's 131072");
        assertThatThrownBy(() -> synth(replica -> replica.storageMb(100_000)))
            .hasMessageContaining("test/replica: storageMb 100000 is not allowed; allowed: [32768, 65536, 131072");
        assertThatThrownBy(() -> synth(replica -> replica.storageAutoGrow(false)))
            .hasMessageContaining("test/replica: storageAutoGrow false is not allowed; true, because the primary's storage grows automatically");
    }

    @Test
    void failsOnABurstablePrimary() {
        assertThatThrownBy(() -> synth(primary -> primary.skuName("B_Standard_B2s").highAvailability(false), replica -> { }))
            .hasMessageContaining("test/replica: primary 'test/database' is not allowed; a primary on a General Purpose (GP_) or "
                + "Memory Optimized (MO_) SKU; Azure offers no read replicas of Burstable servers such as B_Standard_B2s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "zone-1"})
    void failsOnZonesAzureDoesNotHave(String zone) {
        assertThatThrownBy(() -> synth(replica -> replica.zone(zone)))
            .hasMessageContaining("test/replica: zone '" + zone + "' is not allowed; allowed: 1, 2, 3, or null to let Azure choose");
    }

    @Test
    void recoveryExpectationRejectsInconsistentValues() {
        assertThatThrownBy(() -> new RecoveryExpectation("x", Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofHours(1), "s", "c"))
            .hasMessageContaining("is not allowed");
        assertThatThrownBy(() -> new RecoveryExpectation("x", Duration.ofMinutes(-1), Duration.ZERO, Duration.ZERO, "s", "c"))
            .hasMessageContaining("recoveryPoint");
        assertThatThrownBy(() -> new RecoveryExpectation("x", Duration.ZERO, Duration.ZERO, Duration.ZERO, " ", "c"))
            .hasMessageContaining("source");
    }

    @Test
    void synthesisIsDeterministic() {
        assertThat(synth(replica -> { }).toString()).isEqualTo(synth(replica -> { }).toString());
    }

    @Test
    void replicaOfAKeyedPrimaryIsKeyedInItsOwnRegion() {
        JsonNode stack = Synth.stack(scope -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(scope, PostgresFlexibleServerTest.group(scope))
                .geoRedundantBackup(false)
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(scope, "primary", "westeurope")).build();
            replica(scope, primary, secondaryGroup(scope))
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(scope, "replica", "northeurope")).build();
        });

        JsonNode replica = named(stack, SERVER, REPLICA_NAME);
        assertThat(block(replica, "customer_managed_key").path("key_vault_key_id").asText())
            .matches("\\$\\{azurerm_key_vault\\.replica-vault_\\w+\\.vault_uri}keys/cmk-replica");
        assertThat(named(stack, "azurerm_user_assigned_identity", "id-psql-wholesale-prod-dr-cmk").path("location").asText())
            .isEqualTo("northeurope");
    }

    @Test
    void failsOnAKeyedPrimaryWithAnUnkeyedReplicaOrAKeyElsewhere() {
        assertThatThrownBy(() -> Synth.stack(stack -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack))
                .geoRedundantBackup(false)
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "primary", "westeurope")).build();
            replica(stack, primary, secondaryGroup(stack)).build();
        })).hasMessageContaining("test/replica: customerManagedKey is required: the primary is encrypted with a customer-managed key");
        assertThatThrownBy(() -> Synth.stack(stack -> {
            PostgresFlexibleServer primary = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack))
                .geoRedundantBackup(false)
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "primary", "westeurope")).build();
            replica(stack, primary, secondaryGroup(stack))
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "replica", "westeurope")).build();
        })).hasMessageContaining("test/replica: customerManagedKey 'cmk-replica in westeurope' is not allowed; a key in a vault in northeurope");
    }
}
