package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.core.DataClassification;
import org.junit.jupiter.api.Test;

class PlacementAdvisorTest {

    @Test
    void modestUnitsShare() {
        PlacementAdvice advice = PlacementAdvisor.advise(PlacementCriteria.modest(DataClassification.CONFIDENTIAL, RecoveryTier.TIER_3));

        assertThat(advice.recommended()).isEqualTo(TenancyModel.SHARED);
        assertThat(advice.forbidden()).isEmpty();
        assertThat(advice.reasons()).singleElement().asString().contains("shared hosting is enough");
    }

    @Test
    void highVolumeIsDedicated() {
        PlacementAdvice advice = PlacementAdvisor.advise(new PlacementCriteria(Level.HIGH, Level.MEDIUM, Level.LOW, Level.MEDIUM,
            DataClassification.INTERNAL, RecoveryTier.TIER_2));

        assertThat(advice.recommended()).isEqualTo(TenancyModel.DEDICATED);
        assertThat(advice.reasons()).first().asString().contains("high transaction volume");
    }

    @Test
    void oneStrongCriterionIsSemiDedicated() {
        PlacementAdvice advice = PlacementAdvisor.advise(new PlacementCriteria(Level.LOW, Level.HIGH, Level.LOW, Level.MEDIUM,
            DataClassification.INTERNAL, RecoveryTier.TIER_3));

        assertThat(advice.recommended()).isEqualTo(TenancyModel.SEMI_DEDICATED);
    }

    @Test
    void confidentialDataTipsAStrongCaseToDedicated() {
        PlacementAdvice advice = PlacementAdvisor.advise(new PlacementCriteria(Level.LOW, Level.LOW, Level.HIGH, Level.MEDIUM,
            DataClassification.CONFIDENTIAL, RecoveryTier.TIER_3));

        assertThat(advice.recommended()).isEqualTo(TenancyModel.DEDICATED);
    }

    @Test
    void regulatedDataNeverShares() {
        PlacementAdvice advice = PlacementAdvisor.advise(PlacementCriteria.modest(DataClassification.REGULATED, RecoveryTier.TIER_3));

        assertThat(advice.recommended()).isEqualTo(TenancyModel.SEMI_DEDICATED);
        assertThat(advice.forbids(TenancyModel.SHARED)).isTrue();
        assertThat(advice.forbids(TenancyModel.SEMI_DEDICATED)).isFalse();
        assertThat(advice.rulesAgainst(TenancyModel.SHARED)).isEqualTo("regulated data must not share a database server with other units");
    }

    @Test
    void tierOneNeverShares() {
        PlacementAdvice advice = PlacementAdvisor.advise(PlacementCriteria.modest(DataClassification.INTERNAL, RecoveryTier.TIER_1));

        assertThat(advice.forbids(TenancyModel.SHARED)).isTrue();
        assertThat(advice.recommended()).isEqualTo(TenancyModel.SEMI_DEDICATED);
    }
}
