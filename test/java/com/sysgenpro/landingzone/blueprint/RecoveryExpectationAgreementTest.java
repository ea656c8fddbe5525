package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.workload.RecoveryExpectation;
import org.junit.jupiter.api.Test;

/** The database mechanisms the workload constructs document, against tier-1 (the assessment reads the same figures). */
class RecoveryExpectationAgreementTest {

    private static RecoveryObjective planning(RecoveryExpectation expectation) {
        return new RecoveryObjective(expectation.recoveryPoint(), expectation.maximumRecoveryTime());
    }

    @Test
    void onlyTheReplicaMeetsTierOneForTheDatabase() {
        assertThat(planning(RecoveryExpectation.POSTGRES_READ_REPLICA).meets(RecoveryTier.TIER_1.target())).isTrue();
        assertThat(planning(RecoveryExpectation.POSTGRES_GEO_RESTORE).meets(RecoveryTier.TIER_1.target())).isFalse();
    }
}
