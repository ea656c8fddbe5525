package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.testing.PinnedDay;
import java.util.Map;
import java.util.stream.Collectors;
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

    @Test
    void aUnitsBudgetIsItsProductionsAndOtherEnvironmentsKeepTheirOwnOrTheirClasss() {
        Map<String, Integer> budgets = EstatePlan.of(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY)).placements().stream()
            .collect(Collectors.toMap(Placement::stackName, Placement::monthlyBudget));
        // wholesale: monthlyBudget 9000 on the unit, 600 on its sandbox.
        assertThat(budgets).containsEntry("wholesale-production", 9000)
            .containsEntry("wholesale-staging", Blueprint.STAGING.monthlyBudget())
            .containsEntry("wholesale-sandbox", 600);
        // A unit without a figure: every environment its class's.
        assertThat(budgets).containsEntry("ecommerce-production", Blueprint.PRODUCTION.monthlyBudget())
            .containsEntry("ecommerce-sandbox", Blueprint.SANDBOX.monthlyBudget());
    }
}
