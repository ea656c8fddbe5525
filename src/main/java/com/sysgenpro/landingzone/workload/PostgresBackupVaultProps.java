package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.MonitoredResourceProps;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Properties of a {@link PostgresBackupVault}. Create with {@link #builder()}.
 *
 * <p>Name: The vault name. Required; 2–50 letters, digits and hyphens, starting with a letter.
 * <p>Resource group: The resource group the vault lives in; its region is the vault's region, which must be the
 * server's region (Azure Backup protects a PostgreSQL flexible server from a vault in its own region). Required.
 * <p>Tags: Tags of the vault. Required: pass the estate's tags (governance denies untagged resources).
 * <p>Diagnostics: The Log Analytics workspace the vault's logs and metrics go to (possibly of another stack). Required.
 */
public final class PostgresBackupVaultProps extends MonitoredResourceProps {

    /** Default time of the weekly backup: 01:00 UTC, after the business day and before Sunday's 02:00 maintenance. */
    public static final LocalTime DEFAULT_BACKUP_TIME = LocalTime.of(1, 0);
    /** Default retention of the weekly backups: 12 months, a year of weekly restore points beyond the server's 35 days. */
    public static final int DEFAULT_RETENTION_MONTHS = 12;
    /** Default soft-delete retention: 14 days, the period Azure does not charge for. */
    public static final int DEFAULT_SOFT_DELETE_RETENTION_DAYS = 14;

    private final PostgresFlexibleServer server;
    private final String serverId;
    private final String serverResourceGroupId;
    private final LocalDate startDate;
    private final LocalTime backupTime;
    private final int retentionMonths;
    private final int yearlyRetentionYears;
    private final BackupRedundancy redundancy;
    private final Boolean crossRegionRestoreEnabled;
    private final boolean softDeleteEnabled;
    private final int softDeleteRetentionDays;
    private final BackupImmutability immutability;
    private final boolean deletionProtection;

    private PostgresBackupVaultProps(Setters<?> setters) {
        super(setters);
        this.server = setters.server;
        this.serverId = setters.serverId;
        this.serverResourceGroupId = setters.serverResourceGroupId;
        this.startDate = setters.startDate;
        this.backupTime = setters.backupTime;
        this.retentionMonths = setters.retentionMonths;
        this.yearlyRetentionYears = setters.yearlyRetentionYears;
        this.redundancy = setters.redundancy;
        this.crossRegionRestoreEnabled = setters.crossRegionRestoreEnabled;
        this.softDeleteEnabled = setters.softDeleteEnabled;
        this.softDeleteRetentionDays = setters.softDeleteRetentionDays;
        this.immutability = setters.immutability;
        this.deletionProtection = setters.deletionProtection;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server to protect, when it is built with this library: sets {@link #serverId()} and
     * {@link #serverResourceGroupId()} and lets the vault check that both are in the same region. Either this or
     * those two are required.
     */
    public PostgresFlexibleServer server() {
        return server;
    }

    /** The id of the server to protect (a Terraform reference or literal), when not given as {@link #server()}. */
    public String serverId() {
        return serverId;
    }

    /**
     * The id of the server's resource group, where the vault's identity needs Reader; required with {@link #serverId()}.
     */
    public String serverResourceGroupId() {
        return serverResourceGroupId;
    }

    /**
     * The date of the first weekly backup; its day of the week is the backup day. Required: it is not derived from
     * the clock so that the same estate always synthesizes the same JSON. Changing it creates a new backup policy.
     */
    public LocalDate startDate() {
        return startDate;
    }

    /** The time of the weekly backup (UTC, whole minutes). Default: 01:00. */
    public LocalTime backupTime() {
        return backupTime;
    }

    /**
     * How long each weekly backup is kept in the vault, in months, 2 to 120 (Azure's limit is ten years). Default:
     * {@value #DEFAULT_RETENTION_MONTHS}. Changing it creates a new backup policy, which replaces the old one.
     */
    public int retentionMonths() {
        return retentionMonths;
    }

    /**
     * How long the first backup of each year is kept, in years, 1 to 10, longer than {@link #retentionMonths()}; 0 for
     * no yearly backups. Default: 0. For recovery tiers (or auditors) that ask for year-end copies.
     */
    public int yearlyRetentionYears() {
        return yearlyRetentionYears;
    }

    /** Where the vault keeps its copies. Default: {@link BackupRedundancy#GEO_REDUNDANT}, restorable after losing the region. */
    public BackupRedundancy redundancy() {
        return redundancy;
    }

    /**
     * Whether backups can be restored in the paired region while the primary region is up (not only after Microsoft
     * declares a region outage); only with {@link BackupRedundancy#GEO_REDUNDANT}, and irreversible once on.
     * Default: {@code null}, meaning on with geo-redundancy and off otherwise.
     */
    public Boolean crossRegionRestoreEnabled() {
        return crossRegionRestoreEnabled;
    }

    /**
     * Whether deleted backups are kept for {@link #softDeleteRetentionDays()} before they are purged. Default:
     * {@code true}. Lower environments torn down with their vault turn it off explicitly.
     */
    public boolean softDeleteEnabled() {
        return softDeleteEnabled;
    }

    /** Days deleted backups are kept, 14 to 180; used only with soft delete. Default: {@value #DEFAULT_SOFT_DELETE_RETENTION_DAYS}. */
    public int softDeleteRetentionDays() {
        return softDeleteRetentionDays;
    }

    /**
     * Whether recovery points can be deleted or shortened before they expire. Default:
     * {@link BackupImmutability#UNLOCKED}: protected against deletion (ransomware, mistakes), reversible;
     * {@link BackupImmutability#LOCKED} is a one-way door the estate's owner chooses explicitly.
     */
    public BackupImmutability immutability() {
        return immutability;
    }

    /**
     * Whether Terraform refuses to destroy or replace the vault and the backup instance ({@code prevent_destroy}).
     * Default: {@code true}. Lower environments that are torn down turn it off explicitly.
     */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /** Builds {@link PostgresBackupVaultProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public PostgresBackupVaultProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link PostgresBackupVault.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private PostgresFlexibleServer server;
        private String serverId;
        private String serverResourceGroupId;
        private LocalDate startDate;
        private LocalTime backupTime = DEFAULT_BACKUP_TIME;
        private int retentionMonths = DEFAULT_RETENTION_MONTHS;
        private int yearlyRetentionYears;
        private BackupRedundancy redundancy = BackupRedundancy.GEO_REDUNDANT;
        private Boolean crossRegionRestoreEnabled;
        private boolean softDeleteEnabled = true;
        private int softDeleteRetentionDays = DEFAULT_SOFT_DELETE_RETENTION_DAYS;
        private BackupImmutability immutability = BackupImmutability.UNLOCKED;
        private boolean deletionProtection = true;

        Setters() {
        }

        /** @see PostgresBackupVaultProps#server() */
        public B server(PostgresFlexibleServer server) {
            this.server = server;
            return self();
        }

        /** @see PostgresBackupVaultProps#serverId() */
        public B serverId(String serverId) {
            this.serverId = serverId;
            return self();
        }

        /** @see PostgresBackupVaultProps#serverResourceGroupId() */
        public B serverResourceGroupId(String serverResourceGroupId) {
            this.serverResourceGroupId = serverResourceGroupId;
            return self();
        }

        /** @see PostgresBackupVaultProps#startDate() */
        public B startDate(LocalDate startDate) {
            this.startDate = startDate;
            return self();
        }

        /** @see PostgresBackupVaultProps#backupTime() */
        public B backupTime(LocalTime backupTime) {
            this.backupTime = backupTime;
            return self();
        }

        /** @see PostgresBackupVaultProps#retentionMonths() */
        public B retentionMonths(int retentionMonths) {
            this.retentionMonths = retentionMonths;
            return self();
        }

        /** @see PostgresBackupVaultProps#yearlyRetentionYears() */
        public B yearlyRetentionYears(int yearlyRetentionYears) {
            this.yearlyRetentionYears = yearlyRetentionYears;
            return self();
        }

        /** @see PostgresBackupVaultProps#redundancy() */
        public B redundancy(BackupRedundancy redundancy) {
            this.redundancy = redundancy;
            return self();
        }

        /** @see PostgresBackupVaultProps#crossRegionRestoreEnabled() */
        public B crossRegionRestoreEnabled(Boolean crossRegionRestoreEnabled) {
            this.crossRegionRestoreEnabled = crossRegionRestoreEnabled;
            return self();
        }

        /** @see PostgresBackupVaultProps#softDeleteEnabled() */
        public B softDeleteEnabled(boolean softDeleteEnabled) {
            this.softDeleteEnabled = softDeleteEnabled;
            return self();
        }

        /** @see PostgresBackupVaultProps#softDeleteRetentionDays() */
        public B softDeleteRetentionDays(int softDeleteRetentionDays) {
            this.softDeleteRetentionDays = softDeleteRetentionDays;
            return self();
        }

        /** @see PostgresBackupVaultProps#immutability() */
        public B immutability(BackupImmutability immutability) {
            this.immutability = immutability;
            return self();
        }

        /** @see PostgresBackupVaultProps#deletionProtection() */
        public B deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return self();
        }

        PostgresBackupVaultProps toProps() {
            return new PostgresBackupVaultProps(this);
        }
    }
}
