package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.workload.RecoveryExpectation;
import org.junit.jupiter.api.Test;

/** The assessment's planning values for the database agree with what the workload constructs document. */
class RecoveryExpectationAgreementTest {

    private static RecoveryObjective planning(RecoveryExpectation expectation) {
        return new RecoveryObjective(expectation.recoveryPoint(), expectation.maximumRecoveryTime());
    }

    @Test
    void replicaPromotionAndGeoRestoreAgree() {
        assertThat(planning(RecoveryExpectation.POSTGRES_READ_REPLICA)).isEqualTo(RecoveryAssessment.REPLICA_PROMOTION);
        assertThat(planning(RecoveryExpectation.POSTGRES_GEO_RESTORE)).isEqualTo(RecoveryAssessment.GEO_RESTORE);
    }

    @Test
    void onlyTheReplicaMeetsTierOneForTheDatabase() {
        assertThat(planning(RecoveryExpectation.POSTGRES_READ_REPLICA).meets(RecoveryTier.TIER_1.target())).isTrue();
        assertThat(planning(RecoveryExpectation.POSTGRES_GEO_RESTORE).meets(RecoveryTier.TIER_1.target())).isFalse();
    }
}
