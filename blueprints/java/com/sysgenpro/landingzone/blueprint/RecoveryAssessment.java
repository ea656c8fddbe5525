package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.workload.RecoveryExpectation;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What recovery point and time an environment's settings achieve in each disaster scenario, and whether that meets
 * its recovery tier. The figures are conservative planning values, not measurements:
 * <ul>
 *   <li>zone-redundant high availability fails over in about 2 minutes without data loss;</li>
 *   <li>point-in-time restore loses at most the last 5 minutes of write-ahead log and takes up to 2 hours for an
 *       Odoo database of a few hundred GiB;</li>
 *   <li>a cross-region read replica lags by up to 5 minutes and is promoted within an hour;</li>
 *   <li>geo-restore from geo-redundant backup loses up to an hour and takes up to 12 hours;</li>
 *   <li>geo-zone-redundant storage lags by typically less than 15 minutes (Azure gives no SLA) and fails over
 *       within an hour;</li>
 *   <li>after a region outage the cluster is rebuilt from code and GitOps in the secondary region within 2 hours;</li>
 *   <li>a rebuild-first environment (non-production) whose own copies are lost is rebuilt from code and re-seeded from
 *       production's backups or its own daily ones within 24 hours, losing up to a day: tier-3's target, no better.</li>
 * </ul>
 */
public final class RecoveryAssessment {

    /** The disasters assessed. */
    public enum Scenario {
        /** One availability zone is lost. */
        ZONE_OUTAGE("zone outage"),
        /** The primary region is lost. */
        REGION_OUTAGE("region outage"),
        /** Data is deleted or corrupted by a person or a faulty release and must be rolled back. */
        DATA_CORRUPTION("data corruption");

        private final String label;

        Scenario(String label) {
            this.label = label;
        }

        /** How reports name the scenario. */
        public String label() {
            return label;
        }
    }

    static final RecoveryObjective HA_FAILOVER = RecoveryObjective.ofMinutes(0, 2);
    static final RecoveryObjective POINT_IN_TIME_RESTORE = RecoveryObjective.ofMinutes(5, 120);
    // The database mechanisms' figures are documented, with sources, where the constructs that provide them live.
    static final RecoveryObjective REPLICA_PROMOTION = planning(RecoveryExpectation.POSTGRES_READ_REPLICA);
    static final RecoveryObjective GEO_RESTORE = planning(RecoveryExpectation.POSTGRES_GEO_RESTORE);
    static final RecoveryObjective GEO_STORAGE_FAILOVER = RecoveryObjective.ofMinutes(15, 60);
    static final Duration PLATFORM_REBUILD = Duration.ofHours(2);
    static final RecoveryObjective REBUILD_FROM_CODE = RecoveryObjective.ofMinutes(24 * 60, 24 * 60);

    private final RecoveryTier tier;
    private final RecoverySettings settings;
    private final Map<Scenario, RecoveryObjective> achieved;
    private final List<String> shortfalls;

    /** A mechanism's planning value: its recovery point and the upper end of its recovery time. */
    private static RecoveryObjective planning(RecoveryExpectation expectation) {
        return new RecoveryObjective(expectation.recoveryPoint(), expectation.maximumRecoveryTime());
    }

    private RecoveryAssessment(RecoveryTier tier, RecoverySettings settings) {
        this.tier = tier;
        this.settings = settings;
        this.achieved = new LinkedHashMap<>();
        this.shortfalls = new ArrayList<>();
        achieved.put(Scenario.ZONE_OUTAGE, rebuildIfLost(zoneOutage()));
        achieved.put(Scenario.REGION_OUTAGE, rebuildIfLost(regionOutage()));
        achieved.put(Scenario.DATA_CORRUPTION, POINT_IN_TIME_RESTORE);
        achieved.forEach((scenario, objective) -> {
            if (!objective.recoverable()) {
                shortfalls.add(scenario.label() + ": the data is lost (" + lossCause(scenario) + ")");
            } else if (!objective.meets(tier.target())) {
                shortfalls.add(scenario.label() + ": achieves " + objective + ", " + tier.id() + " needs " + tier.target()
                    + " (" + fix(scenario) + ")");
            }
        });
        if (settings.backupRetentionDays() < tier.minimumBackupRetentionDays()) {
            shortfalls.add("data corruption: " + settings.backupRetentionDays() + " days of point-in-time restore, "
                + tier.id() + " needs " + tier.minimumBackupRetentionDays());
        }
        if (settings.longTermRetentionMonths() < tier.longTermRetentionMonths()) {
            shortfalls.add("long-term retention: " + settings.longTermRetentionMonths() + " months of vaulted backups, "
                + tier.id() + " needs " + tier.longTermRetentionMonths());
        }
    }

    /** Assesses {@code settings} against {@code tier}. */
    public static RecoveryAssessment of(RecoveryTier tier, RecoverySettings settings) {
        return new RecoveryAssessment(tier, settings);
    }

    /** A rebuild-first environment whose own copies are lost is rebuilt instead. */
    private RecoveryObjective rebuildIfLost(RecoveryObjective objective) {
        return settings.rebuildFirst() && !objective.recoverable() ? REBUILD_FROM_CODE : objective;
    }

    private RecoveryObjective zoneOutage() {
        RecoveryObjective database = settings.databaseHighAvailability() ? HA_FAILOVER : POINT_IN_TIME_RESTORE;
        // Locally redundant storage keeps its three copies in one zone: losing the zone loses the filestore.
        return settings.storageReplication() == StorageReplication.LRS ? RecoveryObjective.unrecoverable() : database;
    }

    private RecoveryObjective regionOutage() {
        RecoveryObjective database;
        if (settings.crossRegionReplica()) {
            database = REPLICA_PROMOTION;
        } else if (settings.geoRedundantBackup()) {
            database = GEO_RESTORE;
        } else {
            return RecoveryObjective.unrecoverable();
        }
        if (!geoReplicated(settings.storageReplication())) {
            return RecoveryObjective.unrecoverable();
        }
        RecoveryObjective data = database.worst(GEO_STORAGE_FAILOVER);
        return data.worst(new RecoveryObjective(Duration.ZERO, PLATFORM_REBUILD));
    }

    private static boolean geoReplicated(StorageReplication replication) {
        return replication == StorageReplication.GZRS || replication == StorageReplication.RAGZRS;
    }

    private String lossCause(Scenario scenario) {
        if (scenario == Scenario.ZONE_OUTAGE) {
            return "locally redundant storage keeps the filestore in one zone; use ZRS or GZRS";
        }
        if (!settings.geoRedundantBackup() && !settings.crossRegionReplica()) {
            return "no geo-redundant backup and no cross-region replica of the database";
        }
        return settings.storageReplication() + " storage keeps no copy of the filestore in the paired region; use GZRS";
    }

    private String fix(Scenario scenario) {
        if (settings.rebuildFirst() && scenario != Scenario.DATA_CORRUPTION) {
            return "a rebuild-first environment achieves tier-3 at best";
        }
        return switch (scenario) {
            case ZONE_OUTAGE -> "enable zone-redundant high availability on the database";
            case REGION_OUTAGE -> settings.crossRegionReplica() ? "no setting does better than a promoted replica"
                : "add a cross-region read replica of the database";
            case DATA_CORRUPTION -> "point-in-time restore is the fastest rollback there is";
        };
    }

    /** The tier assessed against. */
    public RecoveryTier tier() {
        return tier;
    }

    /** The settings assessed. */
    public RecoverySettings settings() {
        return settings;
    }

    /** The achieved objective per scenario. */
    public Map<Scenario, RecoveryObjective> achieved() {
        return Map.copyOf(achieved);
    }

    /** The worst objective over all scenarios. */
    public RecoveryObjective worst() {
        return achieved.values().stream().reduce(RecoveryObjective.ofMinutes(0, 0), RecoveryObjective::worst);
    }

    /** Whether every scenario meets the tier. */
    public boolean meetsTier() {
        return shortfalls.isEmpty();
    }

    /** Why the tier is not met, one line per shortfall, each with the fix; empty when it is. */
    public List<String> shortfalls() {
        return List.copyOf(shortfalls);
    }

    @Override
    public String toString() {
        return tier.id() + ": " + worst() + (meetsTier() ? " (meets " + tier.target() + ")" : " " + shortfalls);
    }
}
