package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.KEY_VAULT;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.bool;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import java.util.List;
import java.util.Set;

/** Backup and recovery: PostgreSQL geo-redundant backup and retention, Key Vault recoverability. */
final class BackupInitiative {

    /** The initiative's key: it is assigned as {@code lz-backup}. */
    static final String KEY = "backup";

    private static final CustomPolicy POSTGRES_RETENTION = CustomPolicy.of("lz-postgres-backup-retention",
        "PostgreSQL flexible servers should keep backups at least the tier's retention",
        "Backup retention (days of point-in-time restore) must meet the recovery tier's minimum.",
        "All", "PostgreSQL", List.of(PolicyEffect.AUDIT, PolicyEffect.DENY, PolicyEffect.DISABLED),
        """
        {"minimumDays": {"type": "Integer", "metadata": {"displayName": "Minimum backup retention in days"}}}
        """,
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.DBforPostgreSQL/flexibleServers"},
                          {"field": "Microsoft.DBforPostgreSQL/flexibleServers/backup.backupRetentionDays", "less": "[parameters('minimumDays')]"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);

    /** Its custom definitions, in {@link LandingZoneInitiatives#customPolicies()} order. */
    static final List<CustomPolicy> CUSTOM_POLICIES = List.of(POSTGRES_RETENTION);

    private BackupInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        String geo = "geoBackupEffect";
        return new Initiative(KEY, "Landing zone: backup and recovery",
            "PostgreSQL backups geo-redundant and kept as long as the recovery tier needs; key vaults recoverable.",
            ControlCategory.BACKUP,
            List.of(
                InitiativeParameter.optional("minimumBackupRetentionDays", "Integer", "Minimum PostgreSQL backup retention (days)", 7, List.of()),
                InitiativeParameter.optional(geo, "String", "Effect of the geo-redundant backup control (Audit for tiers that need it)",
                    "Audit", List.of("Audit", "Disabled"))),
            List.of(
                Control.builder("LZ-BAK-001", "PostgreSQL flexible servers have geo-redundant backup")
                    .category(ControlCategory.BACKUP)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.POSTGRES_GEO_BACKUP, PolicyEffect.AUDIT)
                    .effectFromParameter(geo)
                    .offline(Set.of(POSTGRES), bool("geo_redundant_backup_enabled", true, false,
                        "set it to true (set at creation only) or use a tier that does not need geo-restore"))
                    .nonComplianceMessage("Enable geo-redundant backup so the database can be restored in the paired region.")
                    .build(),
                Control.builder("LZ-BAK-002", "PostgreSQL flexible servers keep backups as long as the tier needs")
                    .category(ControlCategory.BACKUP)
                    .severity(Severity.WARNING)
                    .definition(POSTGRES_RETENTION, PolicyEffect.AUDIT)
                    .parameter("minimumDays", "[parameters('minimumBackupRetentionDays')]")
                    .offline(Set.of(POSTGRES), (resource, parameters) -> {
                        Object minimum = parameters.get("minimumBackupRetentionDays");
                        if (!(minimum instanceof Number required) || resource.isReference("backup_retention_days")) {
                            return Evaluation.notApplicable("retention or its minimum is not known before apply");
                        }
                        String days = resource.text("backup_retention_days");
                        int actual = days == null ? 7 : Integer.parseInt(days);
                        return Evaluation.require(actual >= required.intValue(), "backup_retention_days is " + actual
                            + ", the tier needs at least " + required + "; raise it (at most 35) or add a long-term backup vault");
                    })
                    .nonComplianceMessage("Raise the server's backup retention to the recovery tier's minimum.")
                    .build(),
                Control.builder("LZ-BAK-003", "Key vaults have soft delete")
                    .category(ControlCategory.BACKUP)
                    .definition(BuiltInPolicies.KEY_VAULT_SOFT_DELETE, PolicyEffect.DENY)
                    .offline(Set.of(KEY_VAULT), (resource, parameters) -> {
                        String days = resource.text("soft_delete_retention_days");
                        return Evaluation.require(days == null || Integer.parseInt(days) >= 7,
                            "soft_delete_retention_days must be 7 to 90");
                    })
                    .nonComplianceMessage("Keep soft delete on the key vault.")
                    .build(),
                Control.builder("LZ-BAK-004", "Key vaults have purge protection")
                    .category(ControlCategory.BACKUP)
                    .definition(BuiltInPolicies.KEY_VAULT_PURGE_PROTECTION, PolicyEffect.DENY)
                    .offline(Set.of(KEY_VAULT), bool("purge_protection_enabled", true, false, "set it to true"))
                    .nonComplianceMessage("Enable purge protection so deleted secrets and keys can be recovered.")
                    .build()));
    }
}
