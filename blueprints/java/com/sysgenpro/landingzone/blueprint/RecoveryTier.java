package com.sysgenpro.landingzone.blueprint;

import java.util.Arrays;
import java.util.Optional;

/** How fast, and with how little data loss, a business unit's Odoo must come back after a disaster. */
public enum RecoveryTier {
    /** Business-critical: recovery point 15–30 minutes, recovery time 1–4 hours. */
    TIER_1("tier-1", 35, true),
    /** Important: recovery point 4 hours, recovery time 8–24 hours. */
    TIER_2("tier-2", 14, true),
    /** Deferrable: recovery point 24 hours, recovery time 24–72 hours. */
    TIER_3("tier-3", 7, false);

    private final String id;
    private final int minimumBackupRetentionDays;
    private final boolean geoRedundantBackup;

    RecoveryTier(String id, int minimumBackupRetentionDays, boolean geoRedundantBackup) {
        this.id = id;
        this.minimumBackupRetentionDays = minimumBackupRetentionDays;
        this.geoRedundantBackup = geoRedundantBackup;
    }

    /** Days of point-in-time restore the production database must keep; governance audits less. */
    public int minimumBackupRetentionDays() {
        return minimumBackupRetentionDays;
    }

    /** Whether production databases must be restorable in the paired region (geo-redundant backup). */
    public boolean geoRedundantBackup() {
        return geoRedundantBackup;
    }

    /** The tag value and the spelling in estate files, e.g. {@code tier-1}. */
    public String id() {
        return id;
    }

    /** The tier spelled {@code id}, if any. */
    public static Optional<RecoveryTier> find(String id) {
        return Arrays.stream(values()).filter(tier -> tier.id.equals(id)).findFirst();
    }
}
