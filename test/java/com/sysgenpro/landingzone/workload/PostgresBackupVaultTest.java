package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresBackupVaultTest {

    private static final String VAULT = "azurerm_data_protection_backup_vault";
    private static final String POLICY = "azurerm_data_protection_backup_policy_postgresql_flexible_server";
    private static final String INSTANCE = "azurerm_data_protection_backup_instance_postgresql_flexible_server";
    private static final LocalDate START = LocalDate.of(2026, 12, 6);

    /** A vault protecting a server of this library, both in one resource group. */
    private static JsonNode synth(Consumer<PostgresBackupVault.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = PostgresFlexibleServerTest.group(stack);
            PostgresFlexibleServer server = PostgresFlexibleServerTest.server(stack, group).build();
            PostgresBackupVault.Builder vault = PostgresBackupVault.Builder.create(stack, "ltr")
                .name("bv-wholesale-prod")
                .resourceGroup(group)
                .tags(PostgresFlexibleServerTest.TAGS)
                .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(PostgresFlexibleServerTest.WORKSPACE))
                .server(server)
                .startDate(START);
            customize.accept(vault);
            vault.build();
        });
    }

    /** A vault protecting a server given by ids, e.g. from another stack. */
    private static JsonNode synthByIds(Consumer<PostgresBackupVault.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = PostgresFlexibleServerTest.group(stack);
            PostgresBackupVault.Builder vault = PostgresBackupVault.Builder.create(stack, "ltr")
                .name("bv-wholesale-dev")
                .resourceGroup(group)
                .tags(PostgresFlexibleServerTest.TAGS)
                .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(PostgresFlexibleServerTest.WORKSPACE))
                .serverId("${azurerm_postgresql_flexible_server.odoo.id}")
                .serverResourceGroupId("${azurerm_resource_group.data.id}")
                .startDate(START);
            customize.accept(vault);
            vault.build();
        });
    }

    private static String address(JsonNode stack, String type) {
        return type + "." + stack.path("resource").path(type).fieldNames().next();
    }

    /** A nested block, whether synthesized as an object or a one-element list. */
    private static JsonNode block(JsonNode resource, String name) {
        JsonNode node = resource.path(name);
        return node.isArray() ? node.path(0) : node;
    }

    @Test
    void defaultsAreGeoRedundantImmutableSoftDeletedAndProtected() {
        JsonNode stack = synth(vault -> { });
        JsonNode vault = onlyResource(stack, VAULT);

        assertThat(vault.path("name").asText()).isEqualTo("bv-wholesale-prod");
        assertThat(vault.path("location").asText()).isEqualTo("westeurope");
        assertThat(vault.path("datastore_type").asText()).isEqualTo("VaultStore");
        assertThat(vault.path("redundancy").asText()).isEqualTo("GeoRedundant");
        assertThat(vault.path("cross_region_restore_enabled").asBoolean()).isTrue();
        assertThat(vault.path("soft_delete").asText()).isEqualTo("On");
        assertThat(vault.path("retention_duration_in_days").asInt()).isEqualTo(14);
        assertThat(vault.path("immutability").asText()).isEqualTo("Unlocked");
        assertThat(block(vault, "identity").path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(vault.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(Synth.tags(vault)).isEqualTo(PostgresFlexibleServerTest.TAGS.asMap());
    }

    @Test
    void defaultsBackUpWeeklyAndKeepTwelveMonthsOnADeterministicSchedule() {
        JsonNode stack = synth(vault -> { });
        JsonNode policy = onlyResource(stack, POLICY);

        assertThat(policy.path("name").asText()).isEqualTo("pgflex-weekly-20261206t0100-p12m");
        assertThat(policy.path("vault_id").asText()).isEqualTo("${" + address(stack, VAULT) + ".id}");
        assertThat(policy.path("backup_repeating_time_intervals")).extracting(JsonNode::asText)
            .containsExactly("R/2026-12-06T01:00:00+00:00/P1W");
        JsonNode lifeCycle = block(policy, "default_retention_rule").path("life_cycle");
        assertThat(lifeCycle).hasSize(1);
        assertThat(lifeCycle.path(0).path("data_store_type").asText()).isEqualTo("VaultStore");
        assertThat(lifeCycle.path(0).path("duration").asText()).isEqualTo("P12M");
        assertThat(policy.has("retention_rule")).isFalse();
        assertThat(policy.path("lifecycle").path("create_before_destroy").asBoolean()).isTrue();
        assertThat(synth(vault -> { }).toString()).isEqualTo(stack.toString());
    }

    @Test
    void grantsTheVaultIdentityWhatAzureBackupNeedsBeforeEnrollingTheServer() {
        JsonNode stack = synth(vault -> { });
        String principal = "${" + address(stack, VAULT) + ".identity[0].principal_id}";
        String server = address(stack, "azurerm_postgresql_flexible_server");

        List<JsonNode> grants = Synth.resources(stack, "azurerm_role_assignment");
        assertThat(grants).extracting(grant -> grant.path("role_definition_name").asText() + " @ " + grant.path("scope").asText())
            .containsExactlyInAnyOrder(
                "Reader @ ${" + address(stack, "azurerm_resource_group") + ".id}",
                "PostgreSQL Flexible Server Long Term Retention Backup Role @ ${" + server + ".id}");
        assertThat(grants).allSatisfy(grant -> {
            assertThat(grant.path("principal_id").asText()).isEqualTo(principal);
            assertThat(grant.path("principal_type").asText()).isEqualTo("ServicePrincipal");
        });

        JsonNode instance = onlyResource(stack, INSTANCE);
        assertThat(instance.path("name").asText()).isEqualTo("odoo-postgresql");
        assertThat(instance.path("location").asText()).isEqualTo("westeurope");
        assertThat(instance.path("server_id").asText()).isEqualTo("${" + server + ".id}");
        assertThat(instance.path("vault_id").asText()).isEqualTo("${" + address(stack, VAULT) + ".id}");
        assertThat(instance.path("backup_policy_id").asText()).isEqualTo("${" + address(stack, POLICY) + ".id}");
        assertThat(instance.path("depends_on")).extracting(JsonNode::asText).hasSize(2)
            .allSatisfy(dependency -> assertThat(dependency).startsWith("azurerm_role_assignment."));
        assertThat(instance.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
    }

    @Test
    void sendsAuditAndAllLogsAndMetricsToTheWorkspace() {
        JsonNode stack = synth(vault -> { });
        String vault = "${" + address(stack, VAULT) + ".id}";
        JsonNode diagnostics = Synth.resources(stack, "azurerm_monitor_diagnostic_setting").stream()
            .filter(setting -> setting.path("target_resource_id").asText().equals(vault)).findFirst().orElseThrow();

        assertThat(diagnostics.path("log_analytics_workspace_id").asText()).isEqualTo(PostgresFlexibleServerTest.WORKSPACE);
        assertThat(diagnostics.path("enabled_log")).extracting(log -> log.path("category_group").asText()).containsExactly("audit", "allLogs");
        assertThat(diagnostics.path("enabled_metric")).extracting(metric -> metric.path("category").asText()).containsExactly("AllMetrics");
    }

    @Test
    void overridesForALowerEnvironmentWithAServerFromAnotherStack() {
        JsonNode stack = synthByIds(vault -> vault
            .redundancy(BackupRedundancy.LOCALLY_REDUNDANT).softDeleteEnabled(false).immutability(BackupImmutability.DISABLED)
            .retentionMonths(3).backupTime(LocalTime.of(22, 30)).deletionProtection(false));
        JsonNode vault = onlyResource(stack, VAULT);
        JsonNode policy = onlyResource(stack, POLICY);

        assertThat(vault.path("redundancy").asText()).isEqualTo("LocallyRedundant");
        assertThat(vault.path("cross_region_restore_enabled").asBoolean()).isFalse();
        assertThat(vault.path("soft_delete").asText()).isEqualTo("Off");
        assertThat(vault.has("retention_duration_in_days")).isFalse();
        assertThat(vault.path("immutability").asText()).isEqualTo("Disabled");
        assertThat(vault.has("lifecycle")).isFalse();
        assertThat(policy.path("name").asText()).isEqualTo("pgflex-weekly-20261206t2230-p3m");
        assertThat(policy.path("backup_repeating_time_intervals").path(0).asText()).isEqualTo("R/2026-12-06T22:30:00+00:00/P1W");
        assertThat(onlyResource(stack, INSTANCE).path("server_id").asText()).isEqualTo("${azurerm_postgresql_flexible_server.odoo.id}");
        assertThat(onlyResource(stack, INSTANCE).has("lifecycle")).isFalse();
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).extracting(grant -> grant.path("scope").asText())
            .containsExactlyInAnyOrder("${azurerm_resource_group.data.id}", "${azurerm_postgresql_flexible_server.odoo.id}");
    }

    @Test
    void keepsYearlyBackupsLongerWhenAsked() {
        JsonNode policy = onlyResource(synth(vault -> vault.yearlyRetentionYears(7).immutability(BackupImmutability.LOCKED)), POLICY);

        assertThat(policy.path("name").asText()).isEqualTo("pgflex-weekly-20261206t0100-p12m-p7y");
        JsonNode rule = policy.path("retention_rule").path(0);
        assertThat(rule.path("name").asText()).isEqualTo("yearly");
        assertThat(block(rule, "criteria").path("absolute_criteria").asText()).isEqualTo("FirstOfYear");
        assertThat(rule.path("life_cycle").path(0).path("duration").asText()).isEqualTo("P7Y");
        assertThat(rule.path("life_cycle").path(0).path("data_store_type").asText()).isEqualTo("VaultStore");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 121})
    void failsOnRetentionOutsideRange(int months) {
        assertThatThrownBy(() -> synth(vault -> vault.retentionMonths(months)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/ltr: retentionMonths " + months + " is not allowed; allowed: 2 to 120");
    }

    @Test
    void failsOnYearlyRetentionNotLongerThanWeekly() {
        assertThatThrownBy(() -> synth(vault -> vault.yearlyRetentionYears(1)))
            .hasMessageContaining("test/ltr: yearlyRetentionYears 1 is not allowed; more than retentionMonths (12 months), or 0");
        assertThatThrownBy(() -> synth(vault -> vault.yearlyRetentionYears(11)))
            .hasMessageContaining("test/ltr: yearlyRetentionYears 11 is not allowed; allowed: 1 to 10");
    }

    @Test
    void failsOnCrossRegionRestoreWithoutGeoRedundancy() {
        assertThatThrownBy(() -> synth(vault -> vault.redundancy(BackupRedundancy.ZONE_REDUNDANT).crossRegionRestoreEnabled(true)))
            .hasMessageContaining("test/ltr: crossRegionRestoreEnabled true is not allowed; only with redundancy GEO_REDUNDANT; "
                + "redundancy is ZONE_REDUNDANT");
    }

    @Test
    void failsOnVaultInAnotherRegionThanTheServer() {
        assertThatThrownBy(() -> Synth.stack(stack -> {
            ResourceGroup group = PostgresFlexibleServerTest.group(stack);
            PostgresFlexibleServer server = PostgresFlexibleServerTest.server(stack, group).build();
            ResourceGroup elsewhere = ResourceGroup.Builder.create(stack, "rg-neu").name("rg-backup-neu")
                .region(AzureRegion.of("northeurope")).tags(PostgresFlexibleServerTest.TAGS).build();
            PostgresBackupVault.Builder.create(stack, "ltr").name("bv-wholesale-prod").resourceGroup(elsewhere)
                .tags(PostgresFlexibleServerTest.TAGS).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(PostgresFlexibleServerTest.WORKSPACE))
                .server(server).startDate(START).build();
        })).hasMessageContaining("test/ltr: resourceGroup 'rg-backup-neu in northeurope' is not allowed; "
            + "a resource group in the server's region westeurope");
    }

    @Test
    void failsOnServerGivenTwiceOrNotAtAll() {
        assertThatThrownBy(() -> synth(vault -> vault.serverId("${azurerm_postgresql_flexible_server.other.id}")))
            .hasMessageContaining("test/ltr: server/serverId 'both' is not allowed; set either server(…) or serverId(…)");
        assertThatThrownBy(() -> synth(vault -> vault.server(null)))
            .hasMessageContaining("test/ltr: serverId is required");
        assertThatThrownBy(() -> synthByIds(vault -> vault.serverResourceGroupId(null)))
            .hasMessageContaining("test/ltr: serverResourceGroupId is required");
    }

    @Test
    void failsWithoutAStartDateOrOnAScheduleWithSeconds() {
        assertThatThrownBy(() -> synth(vault -> vault.startDate(null)))
            .hasMessageContaining("test/ltr: startDate is required; set it with .startDate(…)");
        assertThatThrownBy(() -> synth(vault -> vault.backupTime(LocalTime.of(1, 0, 15))))
            .hasMessageContaining("test/ltr: backupTime '01:00:15' is not allowed; whole minutes (UTC)");
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 13, 181})
    void failsOnSoftDeleteRetentionOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(vault -> vault.softDeleteRetentionDays(days)))
            .hasMessageContaining("test/ltr: softDeleteRetentionDays " + days + " is not allowed; allowed: 14 to 180");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(vault -> vault.name("1-vault")))
            .hasMessageContaining("test/ltr: name '1-vault' is not allowed")
            .hasMessageContaining("starting with a letter");
    }
}
