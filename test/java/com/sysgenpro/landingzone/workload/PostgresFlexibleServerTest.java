package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Initiative;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresFlexibleServerTest {

    static final Tags TAGS = Tags.of(Map.of("business-unit", "wholesale", "environment", "production", "owner", "erp@example.com",
        "cost-center", "CC-42", "recovery-tier", "tier-1", "data-classification", "confidential"));
    static final String TENANT = "9f3c1a52-7d4e-4b1a-9c2e-5a6b7c8d9e0f";
    static final String ADMIN_GROUP = "3d2e1f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    static final String SUBNET = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-net/providers/"
        + "Microsoft.Network/virtualNetworks/vnet-wholesale/subnets/snet-postgres";
    static final String DNS_ZONE = "${azurerm_private_dns_zone.postgres.id}";
    static final String WORKSPACE = "${azurerm_log_analytics_workspace.central.id}";
    static final String SERVER = "azurerm_postgresql_flexible_server";

    /** A server with only the required props, customised by {@code customize}, under {@code scope}. */
    static PostgresFlexibleServer.Builder server(software.constructs.Construct scope, ResourceGroup group) {
        return PostgresFlexibleServer.Builder.create(scope, "database")
            .name("psql-wholesale-prod")
            .resourceGroup(group)
            .delegatedSubnet(SubnetReference.fromId(SUBNET))
            .privateDnsZone(PrivateDnsZoneReference.fromId(DNS_ZONE))
            .tenantId(TENANT)
            .administratorGroupObjectId(ADMIN_GROUP)
            .administratorGroupName("grp-erp-dba")
            .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE))
            .tags(TAGS);
    }

    static ResourceGroup group(software.constructs.Construct scope) {
        return ResourceGroup.Builder.create(scope, "rg").name("rg-wholesale-prod").region(AzureRegion.of("westeurope")).tags(TAGS).build();
    }

    private static JsonNode synth(Consumer<PostgresFlexibleServer.Builder> customize) {
        return Synth.stack(stack -> {
            PostgresFlexibleServer.Builder server = server(stack, group(stack));
            customize.accept(server);
            server.build();
        });
    }

    /** A nested block, whether synthesized as an object or a one-element list. */
    private static JsonNode block(JsonNode resource, String name) {
        JsonNode node = resource.path(name);
        return node.isArray() ? node.path(0) : node;
    }

    private static String logicalName(JsonNode stack, String type) {
        return stack.path("resource").path(type).fieldNames().next();
    }

    @Test
    void defaultsAreZoneRedundantPrivateEntraOnlyAndProtected() {
        JsonNode stack = synth(server -> { });
        JsonNode server = onlyResource(stack, SERVER);

        assertThat(server.path("name").asText()).isEqualTo("psql-wholesale-prod");
        assertThat(server.path("location").asText()).isEqualTo("westeurope");
        assertThat(server.path("version").asText()).isEqualTo("16");
        assertThat(server.path("sku_name").asText()).isEqualTo("GP_Standard_D4ds_v5");
        assertThat(server.path("storage_mb").asInt()).isEqualTo(131072);
        assertThat(server.path("auto_grow_enabled").asBoolean()).isTrue();
        assertThat(server.path("zone").asText()).isEqualTo("1");
        assertThat(block(server, "high_availability").path("mode").asText()).isEqualTo("ZoneRedundant");
        assertThat(block(server, "high_availability").path("standby_availability_zone").asText()).isEqualTo("2");
        assertThat(server.path("backup_retention_days").asInt()).isEqualTo(35);
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
        // Private access only.
        assertThat(server.path("delegated_subnet_id").asText()).isEqualTo(SUBNET);
        assertThat(server.path("private_dns_zone_id").asText()).isEqualTo(DNS_ZONE);
        assertThat(server.path("public_network_access_enabled").isBoolean()).isTrue();
        assertThat(server.path("public_network_access_enabled").asBoolean()).isFalse();
        // Entra ID only: no login, no password of any kind.
        JsonNode authentication = block(server, "authentication");
        assertThat(authentication.path("active_directory_auth_enabled").asBoolean()).isTrue();
        assertThat(authentication.path("password_auth_enabled").isBoolean()).isTrue();
        assertThat(authentication.path("password_auth_enabled").asBoolean()).isFalse();
        assertThat(authentication.path("tenant_id").asText()).isEqualTo(TENANT);
        assertThat(server.has("administrator_login")).isFalse();
        assertThat(server.has("administrator_password")).isFalse();
        assertThat(server.has("administrator_password_wo")).isFalse();
        // Sunday (0) 02:00 UTC.
        JsonNode maintenance = block(server, "maintenance_window");
        assertThat(List.of(maintenance.path("day_of_week").asInt(), maintenance.path("start_hour").asInt(),
            maintenance.path("start_minute").asInt())).containsExactly(0, 2, 0);
        // Terraform never destroys it, nor fails back after a failover.
        assertThat(server.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(server.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
            .containsExactly("zone", "high_availability[0].standby_availability_zone");
        assertThat(Synth.tags(server)).isEqualTo(TAGS.asMap());
    }

    @Test
    void defaultsSetOdooParametersInSequence() {
        JsonNode stack = synth(server -> { });
        Map<String, String> parameters = new TreeMap<>();
        List<JsonNode> configurations = Synth.resources(stack, "azurerm_postgresql_flexible_server_configuration");
        configurations.forEach(parameter -> parameters.put(parameter.path("name").asText(), parameter.path("value").asText()));

        assertThat(parameters).containsExactlyEntriesOf(new TreeMap<>(Map.of(
            "azure.extensions", "PG_TRGM,UNACCENT",
            "idle_in_transaction_session_timeout", "600000",
            "max_connections", "400",
            "require_secure_transport", "on",
            "ssl_min_protocol_version", "TLSv1.2")));
        String serverId = "${" + SERVER + "." + logicalName(stack, SERVER) + ".id}";
        assertThat(configurations).allSatisfy(parameter -> assertThat(parameter.path("server_id").asText()).isEqualTo(serverId));
        // All but the first wait for another: the service rejects concurrent changes to one server.
        assertThat(configurations).filteredOn(parameter -> parameter.has("depends_on")).hasSize(configurations.size() - 1);
    }

    @Test
    void defaultsCreateTheOdooDatabaseTheEntraAdministratorDiagnosticsAndLock() {
        JsonNode stack = synth(server -> { });
        String server = SERVER + "." + logicalName(stack, SERVER);

        JsonNode database = onlyResource(stack, "azurerm_postgresql_flexible_server_database");
        assertThat(database.path("name").asText()).isEqualTo("odoo");
        assertThat(database.path("charset").asText()).isEqualTo("UTF8");
        assertThat(database.path("collation").asText()).isEqualTo("en_US.utf8");
        assertThat(database.path("server_id").asText()).isEqualTo("${" + server + ".id}");
        assertThat(database.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();

        JsonNode administrator = onlyResource(stack, "azurerm_postgresql_flexible_server_active_directory_administrator");
        assertThat(administrator.path("principal_type").asText()).isEqualTo("Group");
        assertThat(administrator.path("object_id").asText()).isEqualTo(ADMIN_GROUP);
        assertThat(administrator.path("principal_name").asText()).isEqualTo("grp-erp-dba");
        assertThat(administrator.path("tenant_id").asText()).isEqualTo(TENANT);
        assertThat(administrator.path("server_name").asText()).isEqualTo("${" + server + ".name}");

        JsonNode diagnostics = onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        assertThat(diagnostics.path("target_resource_id").asText()).isEqualTo("${" + server + ".id}");
        assertThat(diagnostics.path("log_analytics_workspace_id").asText()).isEqualTo(WORKSPACE);
        assertThat(diagnostics.path("enabled_log")).extracting(log -> log.path("category_group").asText()).containsExactly("audit", "allLogs");
        assertThat(diagnostics.path("enabled_metric")).extracting(metric -> metric.path("category").asText()).containsExactly("AllMetrics");

        JsonNode lock = onlyResource(stack, "azurerm_management_lock");
        assertThat(lock.path("lock_level").asText()).isEqualTo("CanNotDelete");
        assertThat(lock.path("scope").asText()).isEqualTo("${" + server + ".id}");
        assertThat(lock.path("name").asText()).isEqualTo("lz-do-not-delete");
    }

    @Test
    void lowerEnvironmentsLoosenExplicitly() {
        Map<String, String> parameters = new LinkedHashMap<>(PostgresFlexibleServerProps.DEFAULT_SERVER_PARAMETERS);
        parameters.put("max_connections", "50");
        parameters.remove("idle_in_transaction_session_timeout");
        JsonNode stack = synth(server -> server
            .skuName("B_Standard_B1ms").version(PostgresVersion.V15).storageMb(32768).storageAutoGrow(false)
            .highAvailability(false).zone(null).backupRetentionDays(7).geoRedundantBackup(false)
            .maintenanceDay(DayOfWeek.SATURDAY).maintenanceStart(LocalTime.of(23, 30))
            .serverParameters(parameters).databases(List.of("odoo", "odoo_training")).deletionProtection(false));
        JsonNode server = onlyResource(stack, SERVER);

        assertThat(server.path("sku_name").asText()).isEqualTo("B_Standard_B1ms");
        assertThat(server.path("version").asText()).isEqualTo("15");
        assertThat(server.path("storage_mb").asInt()).isEqualTo(32768);
        assertThat(server.path("auto_grow_enabled").asBoolean()).isFalse();
        assertThat(server.has("high_availability")).isFalse();
        assertThat(server.has("zone")).isFalse();
        assertThat(server.has("lifecycle")).isFalse();
        assertThat(server.path("backup_retention_days").asInt()).isEqualTo(7);
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isFalse();
        JsonNode maintenance = block(server, "maintenance_window");
        assertThat(List.of(maintenance.path("day_of_week").asInt(), maintenance.path("start_hour").asInt(),
            maintenance.path("start_minute").asInt())).containsExactly(6, 23, 30);
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_configuration"))
            .extracting(parameter -> parameter.path("name").asText() + "=" + parameter.path("value").asText())
            .containsExactlyInAnyOrder("azure.extensions=PG_TRGM,UNACCENT", "max_connections=50", "require_secure_transport=on",
                "ssl_min_protocol_version=TLSv1.2");
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_database"))
            .extracting(database -> database.path("name").asText()).containsExactly("odoo", "odoo_training");
        assertThat(Synth.resources(stack, "azurerm_postgresql_flexible_server_database"))
            .allSatisfy(database -> assertThat(database.has("lifecycle")).isFalse());
        assertThat(Synth.resources(stack, "azurerm_management_lock")).isEmpty();
        // Still private, still Entra ID.
        assertThat(server.path("public_network_access_enabled").asBoolean()).isFalse();
        assertThat(block(server, "authentication").path("password_auth_enabled").asBoolean()).isFalse();
    }

    @Test
    void passwordAuthenticationUsesTheWriteOnlyArgumentWithAReference() {
        JsonNode server = onlyResource(synth(builder -> builder.passwordAuthenticationEnabled(true)
            .administratorLogin("odooadmin").administratorPasswordWriteOnly("${var.pg_admin_password}").administratorPasswordVersion(2)), SERVER);

        assertThat(block(server, "authentication").path("password_auth_enabled").asBoolean()).isTrue();
        assertThat(block(server, "authentication").path("active_directory_auth_enabled").asBoolean()).isTrue();
        assertThat(server.path("administrator_login").asText()).isEqualTo("odooadmin");
        assertThat(server.path("administrator_password_wo").asText()).isEqualTo("${var.pg_admin_password}");
        assertThat(server.path("administrator_password_wo_version").asInt()).isEqualTo(2);
        assertThat(server.has("administrator_password")).isFalse();
    }

    @Test
    void defaultsMeetTheStrictestRecoveryTierAndEveryLandingZoneControl() {
        JsonNode stack = synth(server -> { });
        JsonNode server = onlyResource(stack, SERVER);
        assertThat(server.path("backup_retention_days").asInt()).isGreaterThanOrEqualTo(RecoveryTier.TIER_1.minimumBackupRetentionDays());
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isEqualTo(RecoveryTier.TIER_1.geoRedundantBackup());

        Map<String, Object> parameters = Map.of(
            "allowedLocations", List.of("westeurope", "northeurope"),
            "allowedPostgresSkus", List.of("Standard_D4ds_v5"),
            "minimumBackupRetentionDays", RecoveryTier.TIER_1.minimumBackupRetentionDays());
        TerraformResource resource = new TerraformResource("test", SERVER, logicalName(stack, SERVER), server, stack);
        List<String> evaluated = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Initiative initiative : LandingZoneInitiatives.all()) {
            if (initiative.key().equals("cmk")) {
                continue; // assigned only where a unit asks for customer-managed keys, which the defaults do not
            }
            for (Control control : initiative.controls()) {
                Evaluation evaluation = control.evaluate(resource, parameters);
                if (evaluation.outcome() == Evaluation.Outcome.NON_COMPLIANT) {
                    broken.add(control.id() + ": " + evaluation.message());
                } else if (evaluation.outcome() == Evaluation.Outcome.COMPLIANT) {
                    evaluated.add(control.id());
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(evaluated).contains("LZ-SKU-004", "LZ-NET-004", "LZ-DIAG-002", "LZ-BAK-001", "LZ-BAK-002", "LZ-REG-001");
    }

    @Test
    void synthesisIsDeterministic() {
        assertThat(synth(server -> { }).toString()).isEqualTo(synth(server -> { }).toString());
    }

    @Test
    void exposesNamesAndReferences() {
        Synth.stack(stack -> {
            PostgresFlexibleServer server = server(stack, group(stack)).build();
            assertThat(server.declaredName()).isEqualTo("psql-wholesale-prod");
            assertThat(server.id()).contains("${");
            assertThat(server.fqdn()).contains("${");
            assertThat(server.region()).isEqualTo(AzureRegion.of("westeurope"));
            assertThat(server.databases()).containsExactly("odoo");
        });
    }

    @Test
    void failsOnHighAvailabilityWithABurstableSku() {
        assertThatThrownBy(() -> synth(server -> server.skuName("B_Standard_B2s")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/database: highAvailability true is not allowed")
            .hasMessageContaining("B_Standard_B2s")
            .hasMessageContaining("use a GP_ or MO_ SKU, or set highAvailability(false)");
    }

    @Test
    void failsOnStandbyInThePrimarysZone() {
        assertThatThrownBy(() -> synth(server -> server.zone("2").standbyZone("2")))
            .hasMessageContaining("test/database: standbyZone '2' is not allowed; a zone other than the primary's zone 2");
    }

    @Test
    void failsOnHighAvailabilityWithoutZones() {
        assertThatThrownBy(() -> synth(server -> server.zone(null)))
            .hasMessageContaining("test/database: zone is required: zone-redundant high availability places the primary in a zone: 1, 2, 3");
        assertThatThrownBy(() -> synth(server -> server.standbyZone("4")))
            .hasMessageContaining("test/database: standbyZone '4' is not allowed; allowed: 1, 2, 3");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 36})
    void failsOnBackupRetentionOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(server -> server.backupRetentionDays(days)))
            .hasMessageContaining("test/database: backupRetentionDays " + days + " is not allowed; allowed: 7 to 35");
    }

    @ParameterizedTest
    @ValueSource(ints = {100_000, 32_000, 40_960, 0})
    void failsOnStorageSizeAzureDoesNotOffer(int storageMb) {
        assertThatThrownBy(() -> synth(server -> server.storageMb(storageMb)))
            .hasMessageContaining("test/database: storageMb " + storageMb + " is not allowed; allowed: [32768, 65536, 131072");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "13", "19", "16.2"})
    void offersTheSupportedMajorVersionsOnly(String unsupported) {
        assertThat(PostgresVersion.values()).extracting(PostgresVersion::terraformValue).containsExactly("14", "15", "16", "17", "18")
            .doesNotContain(unsupported);
        assertThatThrownBy(() -> synth(server -> server.version(null)))
            .hasMessageContaining("test/database: version is required");
    }

    /** azurerm 4.73 accepts PostgreSQL 17 and 18 (4.55 refused them); the default stays 16. */
    @ParameterizedTest
    @EnumSource(value = PostgresVersion.class, names = {"V17", "V18"})
    void acceptsTheMajorVersionsAzurerm473Adds(PostgresVersion version) {
        JsonNode server = onlyResource(synth(props -> props.version(version)), "azurerm_postgresql_flexible_server");
        assertThat(server.path("version").asText()).isEqualTo(version.terraformValue());
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(server -> server.name("PSQL_Wholesale")))
            .hasMessageContaining("test/database: name 'PSQL_Wholesale' is not allowed")
            .hasMessageContaining("lowercase letters, digits and hyphens");
    }

    @Test
    void failsOnSkuWithoutTier() {
        assertThatThrownBy(() -> synth(server -> server.skuName("Standard_D4ds_v5")))
            .hasMessageContaining("test/database: skuName 'Standard_D4ds_v5' is not allowed; a tier-prefixed SKU")
            .hasMessageContaining("GP_Standard_D4ds_v5");
    }

    @Test
    void failsOnIdentitiesThatAreNotGuids() {
        assertThatThrownBy(() -> synth(server -> server.tenantId("contoso.onmicrosoft.com")))
            .hasMessageContaining("test/database: tenantId 'contoso.onmicrosoft.com' is not allowed; an Entra tenant id is a GUID");
        assertThatThrownBy(() -> synth(server -> server.administratorGroupObjectId("grp-erp-dba")))
            .hasMessageContaining("test/database: administratorGroupObjectId 'grp-erp-dba' is not allowed");
    }

    @Test
    void failsOnPrivateDnsZoneThatIsNotPostgres() {
        String zone = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-dns/providers/"
            + "Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net";
        assertThatThrownBy(() -> synth(server -> server.privateDnsZone(PrivateDnsZoneReference.fromId(zone))))
            .hasMessageContaining("test/database: privateDnsZone '" + zone + "' is not allowed")
            .hasMessageContaining(".postgres.database.azure.com");
    }

    @Test
    void failsOnLiteralPasswordWithoutRevealingIt() {
        assertThatThrownBy(() -> synth(server -> server.passwordAuthenticationEnabled(true)
            .administratorLogin("odooadmin").administratorPasswordWriteOnly("S3cr3t!Passw0rd")))
            .hasMessageContaining("test/database: administratorPasswordWriteOnly is a literal, which is not allowed")
            .hasMessageContaining("${var.pg_admin_password}")
            .hasMessageNotContaining("S3cr3t!Passw0rd");
    }

    @Test
    void failsOnPasswordPropsWithoutPasswordAuthentication() {
        assertThatThrownBy(() -> synth(server -> server.administratorLogin("odooadmin")))
            .hasMessageContaining("test/database: administratorLogin/administratorPasswordWriteOnly 'set' is not allowed; "
                + "only with passwordAuthenticationEnabled(true)");
        assertThatThrownBy(() -> synth(server -> server.passwordAuthenticationEnabled(true).administratorPasswordWriteOnly("${var.p}")))
            .hasMessageContaining("test/database: administratorLogin is required: password authentication is enabled");
        assertThatThrownBy(() -> synth(server -> server.passwordAuthenticationEnabled(true).administratorLogin("azure_superuser")
            .administratorPasswordWriteOnly("${var.p}")))
            .hasMessageContaining("test/database: administratorLogin 'azure_superuser' is not allowed");
    }

    @Test
    void failsOnServerParametersThatWeakenTls() {
        Map<String, String> plaintext = new LinkedHashMap<>(PostgresFlexibleServerProps.DEFAULT_SERVER_PARAMETERS);
        plaintext.put("require_secure_transport", "off");
        assertThatThrownBy(() -> synth(server -> server.serverParameters(plaintext)))
            .hasMessageContaining("test/database: serverParameters.require_secure_transport 'off' is not allowed; allowed: on");
        Map<String, String> oldTls = Map.of("ssl_min_protocol_version", "TLSv1.1");
        assertThatThrownBy(() -> synth(server -> server.serverParameters(oldTls)))
            .hasMessageContaining("test/database: serverParameters.ssl_min_protocol_version 'TLSv1.1' is not allowed; allowed: TLSv1.2, TLSv1.3");
    }

    @Test
    void failsOnMalformedServerParameters() {
        assertThatThrownBy(() -> synth(server -> server.serverParameters(Map.of("max_connections", "lots"))))
            .hasMessageContaining("test/database: serverParameters.max_connections 'lots' is not allowed; a whole number, 25 to 5000");
        assertThatThrownBy(() -> synth(server -> server.serverParameters(Map.of("Max Connections", "100"))))
            .hasMessageContaining("test/database: serverParameters 'Max Connections' is not allowed");
    }

    @Test
    void failsOnDatabasesTheServiceOwnsOrRepeats() {
        assertThatThrownBy(() -> synth(server -> server.databases(List.of("odoo", "postgres"))))
            .hasMessageContaining("test/database: databases 'postgres' is not allowed; a name other than the service's own");
        assertThatThrownBy(() -> synth(server -> server.databases(List.of("odoo", "Odoo"))))
            .hasMessageContaining("test/database: databases 'Odoo' is not allowed; each database once");
    }

    @Test
    void failsOnMaintenanceStartWithSeconds() {
        assertThatThrownBy(() -> synth(server -> server.maintenanceStart(LocalTime.of(2, 0, 30))))
            .hasMessageContaining("test/database: maintenanceStart '02:00:30' is not allowed; whole minutes (UTC)");
    }

    @Test
    void failsWithoutRequiredProps() {
        assertThatThrownBy(() -> synth(server -> server.delegatedSubnet(null)))
            .hasMessageContaining("test/database: delegatedSubnet is required; set it with .delegatedSubnet(…)");
        assertThatThrownBy(() -> synth(server -> server.tags(null)))
            .hasMessageContaining("test/database: tags is required");
        assertThatThrownBy(() -> synth(server -> server.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/database: logAnalyticsWorkspace is required");
    }

    private static JsonNode keyed(String keyRegion, String geoRegion, Consumer<PostgresFlexibleServer.Builder> customize) {
        return Synth.stack(stack -> {
            PostgresFlexibleServer.Builder server = server(stack, group(stack))
                .customerManagedKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "database", keyRegion));
            if (geoRegion != null) {
                server.geoBackupKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "geo", geoRegion));
            }
            customize.accept(server);
            server.build();
        });
    }

    @Test
    void customerManagedKeysEncryptTheServerAndItsGeoBackupsWithAnIdentityEach() {
        JsonNode stack = keyed("westeurope", "northeurope", server -> { });

        JsonNode server = onlyResource(stack, SERVER);
        JsonNode key = block(server, "customer_managed_key");
        assertThat(key.path("key_vault_key_id").asText()).as("versionless: automatic key version update")
            .matches("\\$\\{azurerm_key_vault\\.database-vault_\\w+\\.vault_uri}keys/cmk-database");
        assertThat(key.path("geo_backup_key_vault_key_id").asText()).matches("\\$\\{azurerm_key_vault\\.geo-vault_\\w+\\.vault_uri}keys/cmk-geo");
        assertThat(key.path("primary_user_assigned_identity_id").asText()).contains("database_encryption-identity_");
        assertThat(key.path("geo_backup_user_assigned_identity_id").asText()).contains("database_geo-backup-identity_");
        JsonNode identity = block(server, "identity");
        assertThat(identity.path("type").asText()).isEqualTo("UserAssigned");
        assertThat(identity.path("identity_ids")).hasSize(2);
        Map<String, JsonNode> identities = new TreeMap<>();
        Synth.resources(stack, "azurerm_user_assigned_identity").forEach(id -> identities.put(id.path("name").asText(), id));
        assertThat(identities).containsOnlyKeys("id-psql-wholesale-prod-cmk", "id-psql-wholesale-prod-geo-cmk");
        assertThat(identities.get("id-psql-wholesale-prod-geo-cmk").path("location").asText()).as("with the geo-backups").isEqualTo("northeurope");
        List<String> scopes = new ArrayList<>();
        Synth.resources(stack, "azurerm_role_assignment").forEach(role -> {
            assertThat(role.path("role_definition_name").asText()).isEqualTo("Key Vault Crypto Service Encryption User");
            scopes.add(role.path("scope").asText().replaceAll(".*/keys/", ""));
        });
        assertThat(scopes).containsExactlyInAnyOrder("cmk-database", "cmk-geo");
        assertThat(server.path("depends_on")).hasSize(2);
        assertThat(server.path("geo_redundant_backup_enabled").asBoolean()).isTrue();
    }

    @Test
    void withoutGeoRedundantBackupOneKeyAndIdentityAreEnough() {
        JsonNode stack = keyed("westeurope", null, server -> server.geoRedundantBackup(false));

        JsonNode key = block(onlyResource(stack, SERVER), "customer_managed_key");
        assertThat(key.has("geo_backup_key_vault_key_id")).isFalse();
        assertThat(Synth.resources(stack, "azurerm_user_assigned_identity")).hasSize(1);
    }

    @Test
    void withoutKeysTheServerHasNoIdentityOrKeyBlock() {
        JsonNode server = onlyResource(synth(builder -> { }), SERVER);

        assertThat(server.has("customer_managed_key")).isFalse();
        assertThat(server.has("identity")).isFalse();
    }

    @Test
    void failsOnKeysAzureCannotUse() {
        assertThatThrownBy(() -> keyed("westeurope", null, server -> { }))
            .hasMessageContaining("test/database: geoBackupKey is required: geo-redundant backups of a server encrypted with a"
                + " customer-managed key are encrypted with a key in the region that holds them, northeurope");
        assertThatThrownBy(() -> keyed("westeurope", "francecentral", server -> { }))
            .hasMessageContaining("test/database: geoBackupKey 'cmk-geo in francecentral' is not allowed; a key in a vault in northeurope");
        assertThatThrownBy(() -> keyed("northeurope", "westeurope", server -> { }))
            .hasMessageContaining("test/database: customerManagedKey 'cmk-database in northeurope' is not allowed; a key in a vault in"
                + " westeurope, the server's region");
        assertThatThrownBy(() -> keyed("westeurope", "northeurope", server -> server.geoRedundantBackup(false)))
            .hasMessageContaining("test/database: geoBackupKey 'cmk-geo' is not allowed; only with geoRedundantBackup(true)");
        assertThatThrownBy(() -> Synth.stack(stack -> server(stack, group(stack))
                .geoBackupKey(com.sysgenpro.landingzone.testing.KeyFixtures.key(stack, "geo", "northeurope")).build()))
            .hasMessageContaining("test/database: geoBackupKey 'cmk-geo' is not allowed; only with customerManagedKey");
    }
}
