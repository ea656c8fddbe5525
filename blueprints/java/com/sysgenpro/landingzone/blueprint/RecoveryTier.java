package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.internal.Choices;
import com.sysgenpro.landingzone.platform.AlertSensitivity;
import java.time.Duration;
import java.util.Optional;

/**
 * How fast, and with how little data loss, a business unit's Odoo must come back after a disaster. The targets are
 * the upper ends of the ranges the business agreed to; {@link RecoveryAssessment} checks what a blueprint's settings
 * achieve against them, and synthesis fails when they fall short.
 */
public enum RecoveryTier {
    /** Business-critical: recovery point 15–30 minutes, recovery time 1–4 hours; a year of monthly backups. */
    TIER_1("tier-1", Duration.ofMinutes(30), Duration.ofHours(4), 35, 12, AlertSensitivity.TIER_1),
    /** Important: recovery point 4 hours, recovery time 8–24 hours; three months of monthly backups. */
    TIER_2("tier-2", Duration.ofHours(4), Duration.ofHours(24), 14, 3, AlertSensitivity.TIER_2),
    /** Deferrable: recovery point 24 hours, recovery time 24–72 hours; the server's own backups only. */
    TIER_3("tier-3", Duration.ofHours(24), Duration.ofHours(72), 7, 0, AlertSensitivity.TIER_3);

    private final String id;
    private final RecoveryObjective target;
    private final int minimumBackupRetentionDays;
    private final int longTermRetentionMonths;
    private final AlertSensitivity alertSensitivity;

    RecoveryTier(String id, Duration rpo, Duration rto, int minimumBackupRetentionDays, int longTermRetentionMonths,
                 AlertSensitivity alertSensitivity) {
        this.id = id;
        this.target = new RecoveryObjective(rpo, rto);
        this.minimumBackupRetentionDays = minimumBackupRetentionDays;
        this.longTermRetentionMonths = longTermRetentionMonths;
        this.alertSensitivity = alertSensitivity;
    }

    /** The tag value and the spelling in estate files, e.g. {@code tier-1}. */
    public String id() {
        return id;
    }

    /** The most data loss and downtime the tier accepts, in any disaster scenario. */
    public RecoveryObjective target() {
        return target;
    }

    /** Days of point-in-time restore the database must keep, so that a corruption found late can still be undone. */
    public int minimumBackupRetentionDays() {
        return minimumBackupRetentionDays;
    }

    /**
     * Whether databases must be restorable in the paired region. Every tier says yes: without geo-redundant backup
     * (or a replica) a region outage loses the data, which not even tier-3's 72 hours can undo.
     */
    public boolean geoRedundantBackup() {
        return true;
    }

    /** Months of monthly backups kept in a backup vault beyond the server's 35 days; 0 for none. */
    public int longTermRetentionMonths() {
        return longTermRetentionMonths;
    }

    /**
     * Whether production keeps a geo-replica of its container registry in the recovery region: tier-1 and tier-2 rebuild
     * their cluster there within hours, and a registry whose only copy is in the failed region could not serve Odoo's
     * images to it. Tier-3's 72 hours leave time to push the images to a new registry from CI.
     */
    public boolean registryReplica() {
        return this != TIER_3;
    }

    /**
     * How loudly and how early the workload's alerts fire: the tighter the recovery objective, the higher the severity
     * and the shorter the windows.
     */
    public AlertSensitivity alertSensitivity() {
        return alertSensitivity;
    }

    /** The tier spelled {@code id}, if any. */
    public static Optional<RecoveryTier> find(String id) {
        return Choices.find(values(), RecoveryTier::id, id);
    }

    /** The tiers' spellings, e.g. for an "allowed: …" message: {@code tier-1, tier-2, tier-3}. */
    public static String ids() {
        return Choices.allowed(values(), RecoveryTier::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
