package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.data_protection_backup_instance_postgresql_flexible_server.DataProtectionBackupInstancePostgresqlFlexibleServer;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServer;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServerDefaultRetentionRule;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServerDefaultRetentionRuleLifeCycle;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRule;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRuleCriteria;
import io.cdktn.providers.azurerm.data_protection_backup_policy_postgresql_flexible_server.DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRuleLifeCycle;
import io.cdktn.providers.azurerm.data_protection_backup_vault.DataProtectionBackupVault;
import io.cdktn.providers.azurerm.data_protection_backup_vault.DataProtectionBackupVaultIdentity;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import software.constructs.Construct;

/**
 * Long-term retention for Odoo's database beyond the server's 35 days of point-in-time restore, when the recovery
 * tier asks for it: a Data Protection backup vault ({@code azurerm_data_protection_backup_vault}) with a weekly full
 * backup policy ({@code azurerm_data_protection_backup_policy_postgresql_flexible_server}), the server enrolled in it
 * ({@code azurerm_data_protection_backup_instance_postgresql_flexible_server}) and the roles the vault's managed
 * identity needs for that ({@code azurerm_role_assignment}): <em>PostgreSQL Flexible Server Long Term Retention Backup
 * Role</em> on the server and <em>Reader</em> on its resource group.
 *
 * <p>Production-grade by default, each default documented on {@link PostgresBackupVaultProps}: geo-redundant with
 * cross-region restore, soft delete for 14 days, immutable recovery points (unlocked), weekly backups kept 12 months,
 * audit and all logs plus metrics to Log Analytics, and {@code prevent_destroy} on the vault and the backup instance.
 * The schedule comes from a start date prop, never from the clock, so synthesis is deterministic.
 */
public final class PostgresBackupVault extends Construct {

    /** The backup instance's name in the vault; the vault is dedicated to one server. */
    static final String INSTANCE_NAME = "odoo-postgresql";
    /** The built-in role (id {@code c088a766-074b-43ba-90d4-1fb21feae531}) Azure Backup needs on the server. */
    static final String LONG_TERM_RETENTION_ROLE = "PostgreSQL Flexible Server Long Term Retention Backup Role";
    static final int MIN_RETENTION_MONTHS = 2;
    static final int MAX_RETENTION_MONTHS = 120;
    static final int MAX_YEARLY_RETENTION_YEARS = 10;
    static final int MIN_SOFT_DELETE_DAYS = 14;
    static final int MAX_SOFT_DELETE_DAYS = 180;

    private final DataProtectionBackupVault vault;
    private final DataProtectionBackupPolicyPostgresqlFlexibleServer policy;
    private final DataProtectionBackupInstancePostgresqlFlexibleServer instance;
    private final String name;

    /** Creates the vault, its policy, the role assignments and the backup instance; prefer {@link Builder#create(Construct, String)}. */
    public PostgresBackupVault(Construct scope, String id, PostgresBackupVaultProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.BACKUP_VAULT);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        Tags tags = Checks.required(path, "tags", props.tags());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());

        String serverId;
        String serverResourceGroupId;
        PostgresFlexibleServer server = props.server();
        if (server != null) {
            if (props.serverId() != null || props.serverResourceGroupId() != null) {
                throw Checks.invalid(path, "server/serverId", "both", "set either server(…) or serverId(…) with serverResourceGroupId(…)");
            }
            if (!server.region().equals(resourceGroup.region())) {
                throw Checks.invalid(path, "resourceGroup", resourceGroup.declaredName() + " in " + resourceGroup.region(),
                    "a resource group in the server's region " + server.region() + "; Azure Backup protects a server from a vault in its region");
            }
            serverId = server.id();
            serverResourceGroupId = server.resourceGroup().id();
        } else {
            serverId = Checks.required(path, "serverId", props.serverId());
            serverResourceGroupId = Checks.required(path, "serverResourceGroupId", props.serverResourceGroupId());
        }

        LocalDate startDate = Checks.required(path, "startDate", props.startDate());
        LocalTime backupTime = Checks.required(path, "backupTime", props.backupTime());
        if (backupTime.getSecond() != 0 || backupTime.getNano() != 0) {
            throw Checks.invalid(path, "backupTime", backupTime.toString(), "whole minutes (UTC), e.g. 01:00");
        }
        int months = Checks.inRange(path, "retentionMonths", props.retentionMonths(), MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS);
        int years = props.yearlyRetentionYears();
        if (years != 0) {
            Checks.inRange(path, "yearlyRetentionYears", years, 1, MAX_YEARLY_RETENTION_YEARS);
            if (years * 12 <= months) {
                throw Checks.invalid(path, "yearlyRetentionYears", years, "more than retentionMonths (" + months
                    + " months), or 0; otherwise the weekly retention already keeps the yearly backup");
            }
        }
        BackupRedundancy redundancy = Checks.required(path, "redundancy", props.redundancy());
        boolean crossRegionRestore = props.crossRegionRestoreEnabled() != null
            ? props.crossRegionRestoreEnabled() : redundancy == BackupRedundancy.GEO_REDUNDANT;
        if (crossRegionRestore && redundancy != BackupRedundancy.GEO_REDUNDANT) {
            throw Checks.invalid(path, "crossRegionRestoreEnabled", true, "only with redundancy GEO_REDUNDANT; redundancy is " + redundancy);
        }
        if (props.softDeleteEnabled()) {
            Checks.inRange(path, "softDeleteRetentionDays", props.softDeleteRetentionDays(), MIN_SOFT_DELETE_DAYS, MAX_SOFT_DELETE_DAYS);
        }
        BackupImmutability immutability = Checks.required(path, "immutability", props.immutability());
        TerraformResourceLifecycle protect = props.deletionProtection()
            ? TerraformResourceLifecycle.builder().preventDestroy(true).build() : null;

        var vaultBuilder = DataProtectionBackupVault.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .datastoreType("VaultStore")
            .redundancy(redundancy.azureName())
            .crossRegionRestoreEnabled(crossRegionRestore)
            .softDelete(props.softDeleteEnabled() ? "On" : "Off")
            .immutability(immutability.azureName())
            .identity(DataProtectionBackupVaultIdentity.builder().type("SystemAssigned").build())
            .tags(tags.asMap());
        if (props.softDeleteEnabled()) {
            vaultBuilder.retentionDurationInDays(props.softDeleteRetentionDays());
        }
        if (protect != null) {
            vaultBuilder.lifecycle(protect);
        }
        this.vault = vaultBuilder.build();
        String principalId = vault.getIdentity().getPrincipalId();

        // Azure Backup's documented prerequisites for PostgreSQL flexible servers. Role names rather than ids: the
        // provider resolves them at the scope, which works for a resource scope as much as a subscription.
        RoleAssignment reader = RoleAssignment.Builder.create(this, "grant-reader-server-resource-group")
            .scope(serverResourceGroupId)
            .roleDefinitionName(BuiltInRole.READER.displayName())
            .principalId(principalId)
            .principalType("ServicePrincipal")
            .description("Lets backup vault " + name + " read the PostgreSQL server's resource group")
            .build();
        RoleAssignment longTermRetention = RoleAssignment.Builder.create(this, "grant-long-term-retention-server")
            .scope(serverId)
            .roleDefinitionName(LONG_TERM_RETENTION_ROLE)
            .principalId(principalId)
            .principalType("ServicePrincipal")
            .description("Lets backup vault " + name + " take long-term backups of the PostgreSQL server")
            .build();

        String start = startDate + "T" + backupTime.format(DateTimeFormatter.ofPattern("HH:mm")) + ":00+00:00";
        var policyBuilder = DataProtectionBackupPolicyPostgresqlFlexibleServer.Builder.create(this, "policy")
            .name(policyName(startDate, backupTime, months, years))
            .vaultId(vault.getId())
            .backupRepeatingTimeIntervals(List.of("R/" + start + "/P1W"))
            .defaultRetentionRule(DataProtectionBackupPolicyPostgresqlFlexibleServerDefaultRetentionRule.builder()
                .lifeCycle(List.of(DataProtectionBackupPolicyPostgresqlFlexibleServerDefaultRetentionRuleLifeCycle.builder()
                    .dataStoreType("VaultStore")
                    .duration("P" + months + "M")
                    .build()))
                .build())
            // Policies cannot be changed in place: a change makes a policy with a new name, the instance moves to it,
            // and only then is the old one deleted.
            .lifecycle(TerraformResourceLifecycle.builder().createBeforeDestroy(true).build());
        if (years != 0) {
            policyBuilder.retentionRule(List.of(DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRule.builder()
                .name("yearly")
                .priority(10)
                .criteria(DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRuleCriteria.builder()
                    .absoluteCriteria("FirstOfYear")
                    .build())
                .lifeCycle(List.of(DataProtectionBackupPolicyPostgresqlFlexibleServerRetentionRuleLifeCycle.builder()
                    .dataStoreType("VaultStore")
                    .duration("P" + years + "Y")
                    .build()))
                .build()));
        }
        this.policy = policyBuilder.build();

        var instanceBuilder = DataProtectionBackupInstancePostgresqlFlexibleServer.Builder.create(this, "instance")
            .name(INSTANCE_NAME)
            .location(resourceGroup.region().name())
            .vaultId(vault.getId())
            .serverId(serverId)
            .backupPolicyId(policy.getId())
            .dependsOn(List.of(reader, longTermRetention));
        if (protect != null) {
            instanceBuilder.lifecycle(protect);
        }
        this.instance = instanceBuilder.build();

        new DiagnosticSettings(this, "diagnostics", vault.getId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);
    }

    /** {@code pgflex-weekly-<start yyyymmdd>t<hhmm>-p<months>m[-p<years>y]}: a new name whenever the policy changes. */
    static String policyName(LocalDate startDate, LocalTime backupTime, int months, int years) {
        return "pgflex-weekly-" + startDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "t"
            + backupTime.format(DateTimeFormatter.ofPattern("HHmm")) + "-p" + months + "m" + (years == 0 ? "" : "-p" + years + "y");
    }

    /** The vault name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The vault's Azure resource id (a Terraform reference). */
    public String id() {
        return vault.getId();
    }

    /** The principal id of the vault's system-assigned identity (a Terraform reference), e.g. for restore grants. */
    public String principalId() {
        return vault.getIdentity().getPrincipalId();
    }

    /** The backup policy's id (a Terraform reference). */
    public String policyId() {
        return policy.getId();
    }

    /** The backup instance's id (a Terraform reference). */
    public String backupInstanceId() {
        return instance.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends PostgresBackupVaultProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a backup vault with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public PostgresBackupVault build() {
            return new PostgresBackupVault(scope, id, toProps());
        }
    }
}
