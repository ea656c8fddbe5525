package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void subscriptionsOfProductionGoToProductionOfTheSandboxFamilyToSandboxOfTheRestToNonProduction() {
        assertThat(Placement.subscriptionWorkload(Blueprint.PRODUCTION)).isEqualTo(SubscriptionWorkload.PRODUCTION);
        assertThat(Placement.subscriptionWorkload(Blueprint.STAGING)).isEqualTo(SubscriptionWorkload.NON_PRODUCTION);
        assertThat(Placement.subscriptionWorkload(Blueprint.QA)).isEqualTo(SubscriptionWorkload.NON_PRODUCTION);
        assertThat(Placement.subscriptionWorkload(Blueprint.SANDBOX)).isEqualTo(SubscriptionWorkload.SANDBOX);
        assertThat(Placement.subscriptionWorkload(Blueprint.DEVELOPMENT)).isEqualTo(SubscriptionWorkload.SANDBOX);
        assertThat(Placement.subscriptionWorkload(Blueprint.TRAINING)).isEqualTo(SubscriptionWorkload.SANDBOX);
    }

    @Test
    void blueprintsOfOnesOwnFollowTheirLineage() {
        assertThat(Placement.subscriptionWorkload(Blueprint.builder(Blueprint.DEVELOPMENT).name("lab").build()))
            .isEqualTo(SubscriptionWorkload.SANDBOX);
        assertThat(Placement.subscriptionWorkload(Blueprint.builder(Blueprint.STAGING).name("uat").build()))
            .isEqualTo(SubscriptionWorkload.NON_PRODUCTION);
        assertThat(Placement.subscriptionWorkload(Blueprint.builder(Blueprint.PRODUCTION).name("live").build()))
            .isEqualTo(SubscriptionWorkload.PRODUCTION);
    }
}
