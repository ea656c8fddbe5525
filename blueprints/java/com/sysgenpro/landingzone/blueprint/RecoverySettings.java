package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.workload.StorageReplication;

/**
 * The recovery-relevant settings an environment's resources are synthesized with: what {@link RecoveryAssessment}
 * computes the achieved recovery point and time from. {@link Blueprint#recovery(RecoveryTier)} derives them.
 *
 * @param databaseHighAvailability zone-redundant high availability (a standby in another zone)
 * @param backupRetentionDays days of point-in-time restore
 * @param geoRedundantBackup backups copied to the paired region (geo-restore)
 * @param crossRegionReplica a read replica in the secondary region, promotable after a region outage
 * @param storageReplication how the filestore's storage account replicates
 * @param longTermRetentionMonths months of monthly backups in a backup vault; 0 for none
 * @param rebuildFirst whether the environment recovers by being rebuilt from code, its data re-seeded from production
 *     or its own daily backups, where its own copies do not survive (non-production blueprints)
 */
public record RecoverySettings(boolean databaseHighAvailability, int backupRetentionDays, boolean geoRedundantBackup,
                               boolean crossRegionReplica, StorageReplication storageReplication, int longTermRetentionMonths,
                               boolean rebuildFirst) {

    /** Settings of an environment that recovers from its own copies only (not rebuild-first). */
    public RecoverySettings(boolean databaseHighAvailability, int backupRetentionDays, boolean geoRedundantBackup,
                            boolean crossRegionReplica, StorageReplication storageReplication, int longTermRetentionMonths) {
        this(databaseHighAvailability, backupRetentionDays, geoRedundantBackup, crossRegionReplica, storageReplication,
            longTermRetentionMonths, false);
    }
}
