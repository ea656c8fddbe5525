package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.blueprint.RecoveryAssessment.Scenario;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RecoveryAssessmentTest {

    @ParameterizedTest
    @EnumSource(RecoveryTier.class)
    void productionMeetsEveryTier(RecoveryTier tier) {
        RecoveryAssessment assessment = RecoveryAssessment.of(tier, Blueprint.PRODUCTION.recovery(tier));

        assertThat(assessment.shortfalls()).isEmpty();
        assertThat(assessment.meetsTier()).isTrue();
        assertThat(assessment.worst().meets(tier.target())).isTrue();
    }

    @Test
    void tierOneProductionRecoversARegionFromTheReplica() {
        RecoveryAssessment assessment = RecoveryAssessment.of(RecoveryTier.TIER_1, Blueprint.PRODUCTION.recovery(RecoveryTier.TIER_1));

        assertThat(assessment.achieved().get(Scenario.ZONE_OUTAGE)).isEqualTo(RecoveryObjective.ofMinutes(0, 2));
        // The filestore's geo-replication lag (15 min) is worse than the replica's (5 min); the rebuild takes 2 h.
        assertThat(assessment.achieved().get(Scenario.REGION_OUTAGE)).isEqualTo(RecoveryObjective.ofMinutes(15, 120));
    }

    @Test
    void geoRestoreAloneMissesTierOne() {
        RecoverySettings noReplica = new RecoverySettings(true, 35, true, false, StorageReplication.GZRS, 12);

        RecoveryAssessment assessment = RecoveryAssessment.of(RecoveryTier.TIER_1, noReplica);

        assertThat(assessment.meetsTier()).isFalse();
        assertThat(assessment.achieved().get(Scenario.REGION_OUTAGE).rpo()).isEqualTo(Duration.ofHours(1));
        assertThat(assessment.shortfalls()).singleElement().asString()
            .startsWith("region outage: achieves RPO 1 h, RTO 12 h, tier-1 needs RPO 30 min, RTO 4 h")
            .contains("add a cross-region read replica");
        assertThat(RecoveryAssessment.of(RecoveryTier.TIER_2, new RecoverySettings(true, 14, true, false, StorageReplication.GZRS, 3))
            .meetsTier()).isTrue();
    }

    @Test
    void stagingMeetsTierThreeRebuildFirstAndNoBetter() {
        RecoveryAssessment tierThree = RecoveryAssessment.of(RecoveryTier.TIER_3, Blueprint.STAGING.recovery(RecoveryTier.TIER_3));
        RecoveryAssessment tierTwo = RecoveryAssessment.of(RecoveryTier.TIER_2, Blueprint.STAGING.recovery(RecoveryTier.TIER_2));

        assertThat(tierThree.meetsTier()).as(tierThree.toString()).isTrue();
        assertThat(tierThree.achieved().get(Scenario.REGION_OUTAGE)).isEqualTo(RecoveryAssessment.REBUILD_FROM_CODE);
        assertThat(tierTwo.meetsTier()).isFalse();
        assertThat(tierTwo.shortfalls()).anySatisfy(line -> assertThat(line)
            .isEqualTo("region outage: achieves RPO 1 d, RTO 1 d, tier-2 needs RPO 4 h, RTO 1 d (a rebuild-first environment achieves"
                + " tier-3 at best)"));
    }

    @Test
    void withoutRebuildFirstStagingsOwnCopiesDoNotSurviveARegion() {
        RecoverySettings staging = Blueprint.STAGING.recovery(RecoveryTier.TIER_3);
        RecoverySettings ownCopiesOnly = new RecoverySettings(staging.databaseHighAvailability(), staging.backupRetentionDays(),
            staging.geoRedundantBackup(), staging.crossRegionReplica(), staging.storageReplication(), staging.longTermRetentionMonths());

        RecoveryAssessment assessment = RecoveryAssessment.of(RecoveryTier.TIER_3, ownCopiesOnly);

        assertThat(assessment.meetsTier()).isFalse();
        assertThat(assessment.achieved().get(Scenario.REGION_OUTAGE).recoverable()).isFalse();
        assertThat(assessment.shortfalls()).anySatisfy(line -> assertThat(line)
            .isEqualTo("region outage: the data is lost (no geo-redundant backup and no cross-region replica of the database)"));
    }

    @Test
    void locallyRedundantStorageLosesTheFilestoreWithItsZoneUnlessRebuilt() {
        RecoverySettings sandbox = Blueprint.SANDBOX.recovery(RecoveryTier.TIER_3);
        RecoveryAssessment rebuilt = RecoveryAssessment.of(RecoveryTier.TIER_3, sandbox);
        RecoveryAssessment ownCopiesOnly = RecoveryAssessment.of(RecoveryTier.TIER_3, new RecoverySettings(sandbox.databaseHighAvailability(),
            sandbox.backupRetentionDays(), sandbox.geoRedundantBackup(), false, sandbox.storageReplication(), 0));

        assertThat(rebuilt.achieved().get(Scenario.ZONE_OUTAGE)).isEqualTo(RecoveryAssessment.REBUILD_FROM_CODE);
        assertThat(ownCopiesOnly.achieved().get(Scenario.ZONE_OUTAGE).recoverable()).isFalse();
        assertThat(ownCopiesOnly.shortfalls()).anySatisfy(line -> assertThat(line).contains("use ZRS or GZRS"));
    }

    @Test
    void shortRetentionAndMissingVaultAreShortfalls() {
        RecoverySettings shortRetention = new RecoverySettings(true, 7, true, true, StorageReplication.GZRS, 0);

        RecoveryAssessment assessment = RecoveryAssessment.of(RecoveryTier.TIER_1, shortRetention);

        assertThat(assessment.shortfalls()).containsExactly(
            "data corruption: 7 days of point-in-time restore, tier-1 needs 35",
            "long-term retention: 0 months of vaulted backups, tier-1 needs 12");
    }
}
