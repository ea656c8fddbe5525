package com.sysgenpro.landingzone.governance;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final String BILLING = "/providers/Microsoft.Billing/billingAccounts/1234/enrollmentAccounts/5678";
    private static final String EXISTING = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";

    private static JsonNode synth(Consumer<Subscription.Builder> customize) {
        return Synth.stack(scope -> {
            ManagementGroup group = new ManagementGroup(scope, "mg", "nwd-wholesale-prod", "Wholesale production", null);
            Subscription.Builder subscription = Subscription.Builder.create(scope, "sub").displayName("Wholesale production").managementGroup(group);
            customize.accept(subscription);
            subscription.build();
        });
    }

    @Test
    void createsThroughAnAliasAsProductionByDefaultAndPlacesIt() {
        JsonNode stack = synth(sub -> sub.alias("nwd-wholesale-prod").billingScopeId(BILLING));

        JsonNode subscription = onlyResource(stack, "azurerm_subscription");
        assertThat(subscription.path("alias").asText()).isEqualTo("nwd-wholesale-prod");
        assertThat(subscription.path("billing_scope_id").asText()).isEqualTo(BILLING);
        assertThat(subscription.path("workload").asText()).isEqualTo("Production");
        JsonNode placement = onlyResource(stack, "azurerm_management_group_subscription_association");
        assertThat(placement.path("subscription_id").asText()).matches("/subscriptions/\\$\\{azurerm_subscription\\.[^.]+\\.subscription_id}");
        assertThat(placement.path("management_group_id").asText()).startsWith("${azurerm_management_group.");
    }

    @Test
    void createsWithoutPlacingItWhenNoGroupIsGiven() {
        JsonNode stack = Synth.stack(scope -> Subscription.Builder.create(scope, "sub").displayName("Wholesale production")
            .alias("nwd-wholesale-prod").billingScopeId(BILLING).build());

        assertThat(Synth.resources(stack, "azurerm_subscription")).hasSize(1);
        assertThat(Synth.resources(stack, "azurerm_management_group_subscription_association")).isEmpty();
    }

    @Test
    void adoptsASubscriptionGivenAsAReference() {
        String reference = "${data.terraform_remote_state.subscriptions.outputs.subscription-management}";
        JsonNode stack = synth(sub -> sub.subscriptionId(reference));

        assertThat(onlyResource(stack, "azurerm_management_group_subscription_association").path("subscription_id").asText())
            .isEqualTo("/subscriptions/" + reference);
    }

    @Test
    void everyWorkloadIsProductionUnlessTheBillingScopeHasTheDevTestOffer() {
        for (SubscriptionWorkload workload : SubscriptionWorkload.values()) {
            JsonNode stack = synth(sub -> sub.alias("nwd-wholesale-stg").billingScopeId(BILLING).workload(workload));
            assertThat(onlyResource(stack, "azurerm_subscription").path("workload").asText()).as(workload.name())
                .as("Azure refuses DevTest outside a Dev/Test offer").isEqualTo("Production");
        }
    }

    @Test
    void nonProductionAndSandboxAreDevTestUnderADevTestOffer() {
        for (SubscriptionWorkload workload : SubscriptionWorkload.values()) {
            JsonNode stack = synth(sub -> sub.alias("nwd-wholesale-stg").billingScopeId(BILLING).workload(workload).devTestOffer(true));
            boolean devTest = workload == SubscriptionWorkload.NON_PRODUCTION || workload == SubscriptionWorkload.SANDBOX;
            assertThat(onlyResource(stack, "azurerm_subscription").path("workload").asText()).as(workload.name())
                .isEqualTo(devTest ? "DevTest" : "Production");
        }
    }

    @Test
    void keepsTheWorkloadItWasCreatedWith() {
        JsonNode stack = synth(sub -> sub.alias("nwd-wholesale-stg").billingScopeId(BILLING));

        assertThat(onlyResource(stack, "azurerm_subscription").path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
            .as("a changed workload would replace the alias").containsExactly("workload");
    }

    @Test
    void adoptsAnExistingSubscriptionWithoutManagingItsLifecycle() {
        JsonNode stack = synth(sub -> sub.subscriptionId(EXISTING));

        assertThat(Synth.resources(stack, "azurerm_subscription")).isEmpty();
        assertThat(onlyResource(stack, "azurerm_management_group_subscription_association").path("subscription_id").asText())
            .isEqualTo("/subscriptions/" + EXISTING);
    }

    @Test
    void adoptsWithoutADisplayNameSinceTheSubscriptionKeepsItsOwn() {
        JsonNode stack = Synth.stack(scope -> Subscription.Builder.create(scope, "sub").subscriptionId(EXISTING)
            .managementGroup(new ManagementGroup(scope, "mg", "nwd-sandbox", "Sandbox", null)).build());

        assertThat(onlyResource(stack, "azurerm_management_group_subscription_association").path("subscription_id").asText())
            .isEqualTo("/subscriptions/" + EXISTING);
    }

    @Test
    void failsWhenCreatingWithoutADisplayName() {
        assertThatThrownBy(() -> Synth.stack(scope -> Subscription.Builder.create(scope, "sub").alias("nwd-x").billingScopeId(BILLING)
            .managementGroup(new ManagementGroup(scope, "mg", "nwd-sandbox", "Sandbox", null)).build()))
            .hasMessageContaining("test/sub: displayName is required");
    }

    @Test
    void workloadDecidesPlacement() {
        assertThat(SubscriptionWorkload.PRODUCTION.placementKey("wholesale")).isEqualTo("bu-wholesale-prod");
        assertThat(SubscriptionWorkload.NON_PRODUCTION.placementKey("wholesale")).isEqualTo("bu-wholesale-nonprod");
        assertThat(SubscriptionWorkload.CLIENT_ISOLATED.placementKey("wholesale")).isEqualTo(ManagementGroupNode.ONLINE);
        assertThat(SubscriptionWorkload.SANDBOX.placementKey("wholesale")).isEqualTo(ManagementGroupNode.SANDBOX);
    }

    @Test
    void failsWhenBothCreatingAndAdopting() {
        assertThatThrownBy(() -> synth(sub -> sub.subscriptionId(EXISTING).alias("a").billingScopeId(BILLING)))
            .hasMessageContaining("test/sub: subscriptionId/alias 'both' is not allowed");
    }

    @Test
    void failsWhenNeitherCreatingNorAdopting() {
        assertThatThrownBy(() -> synth(sub -> { }))
            .hasMessageContaining("subscriptionId/alias 'neither' is not allowed; set subscriptionId to adopt");
    }

    @Test
    void failsOnSubscriptionIdThatIsNoGuid() {
        assertThatThrownBy(() -> synth(sub -> sub.subscriptionId("wholesale-prod")))
            .hasMessageContaining("test/sub: subscriptionId 'wholesale-prod' is not allowed; a subscription id is a GUID");
    }

    @Test
    void failsOnAliasWithoutBillingScope() {
        assertThatThrownBy(() -> synth(sub -> sub.alias("nwd-x")))
            .hasMessageContaining("test/sub: billingScopeId is required");
    }
}
