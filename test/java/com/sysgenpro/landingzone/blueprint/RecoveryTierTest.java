package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.platform.AlertSensitivity;
import org.junit.jupiter.api.Test;

class RecoveryTierTest {

    @Test
    void eachTierSaysItsAlertSensitivity() {
        assertThat(RecoveryTier.TIER_1.alertSensitivity()).isEqualTo(AlertSensitivity.TIER_1);
        assertThat(RecoveryTier.TIER_2.alertSensitivity()).isEqualTo(AlertSensitivity.TIER_2);
        assertThat(RecoveryTier.TIER_3.alertSensitivity()).isEqualTo(AlertSensitivity.TIER_3);
    }

    @Test
    void findsATierByItsSpellingOnly() {
        assertThat(RecoveryTier.find("tier-2")).contains(RecoveryTier.TIER_2);
        assertThat(RecoveryTier.find("TIER_2")).isEmpty();
        assertThat(RecoveryTier.find("tier-4")).isEmpty();
        assertThat(RecoveryTier.ids()).isEqualTo("tier-1, tier-2, tier-3");
    }
}
