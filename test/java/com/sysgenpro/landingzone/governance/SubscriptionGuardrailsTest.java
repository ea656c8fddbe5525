package com.sysgenpro.landingzone.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SubscriptionGuardrailsTest {

    private static final String SUBSCRIPTION = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    private static final String WORKSPACE = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/"
        + "Microsoft.OperationalInsights/workspaces/log";

    private static JsonNode synth(Consumer<SubscriptionGuardrails.Builder> customize) {
        return Synth.stack(scope -> {
            AzurermProvider provider = AzurermProvider.Builder.create(scope, "target").alias("target").subscriptionId(SUBSCRIPTION)
                .features(List.of(io.cdktn.providers.azurerm.provider.AzurermProviderFeatures.builder().build())).build();
            SubscriptionGuardrails.Builder guardrails = SubscriptionGuardrails.Builder.create(scope, "guardrails")
                .subscriptionId(SUBSCRIPTION).provider(provider).logAnalyticsWorkspaceId(WORKSPACE)
                .securityContacts(List.of("security@example.com"));
            customize.accept(guardrails);
            guardrails.build();
        });
    }

    @Test
    void enablesEveryDefenderPlanByDefaultOneAfterAnotherInTheTargetSubscription() {
        List<JsonNode> pricings = Synth.resources(synth(guardrails -> { }), "azurerm_security_center_subscription_pricing");

        assertThat(pricings).extracting(pricing -> pricing.path("resource_type").asText())
            .containsExactlyInAnyOrder("Containers", "StorageAccounts", "KeyVaults", "OpenSourceRelationalDatabases");
        assertThat(pricings).allSatisfy(pricing -> assertThat(pricing.path("provider").asText()).isEqualTo("azurerm.target"));
        assertThat(pricings).filteredOn(pricing -> pricing.has("depends_on")).hasSize(3);
        assertThat(pricings).filteredOn(pricing -> pricing.path("resource_type").asText().equals("Containers")).singleElement()
            .satisfies(pricing -> assertThat(pricing.path("extension").findValuesAsText("name"))
                .containsExactly("ContainerRegistriesVulnerabilityAssessments", "AgentlessDiscoveryForKubernetes"));
    }

    @Test
    void sendsTheActivityLogAndNamesTheSecurityContact() {
        JsonNode stack = synth(guardrails -> guardrails.securityContacts(List.of("a@example.com", "b@example.com")));

        JsonNode contact = Synth.onlyResource(stack, "azurerm_security_center_contact");
        assertThat(contact.path("name").asText()).isEqualTo("default");
        assertThat(contact.path("email").asText()).isEqualTo("a@example.com;b@example.com");
        JsonNode activity = Synth.onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        assertThat(activity.path("target_resource_id").asText()).isEqualTo("/subscriptions/" + SUBSCRIPTION);
        assertThat(activity.path("enabled_log").findValuesAsText("category"))
            .containsExactlyElementsOf(SubscriptionGuardrails.ACTIVITY_LOG_CATEGORIES);
        assertThat(Synth.resources(stack, "azurerm_consumption_budget_subscription")).as("no budget unless set").isEmpty();
        assertThat(Synth.resources(stack, "azurerm_resource_provider_feature_registration")).isEmpty();
    }

    @Test
    void registersFeaturesAndBudgetsWhenAsked() {
        JsonNode stack = synth(guardrails -> guardrails.defenderPlans(Set.of())
            .features(EnumSet.of(SubscriptionFeature.ENCRYPTION_AT_HOST))
            .budget("budget-sub", 2500, LocalDate.of(2027, 1, 1), List.of("owner@example.com")));

        assertThat(Synth.resources(stack, "azurerm_security_center_subscription_pricing")).isEmpty();
        JsonNode feature = Synth.onlyResource(stack, "azurerm_resource_provider_feature_registration");
        assertThat(feature.path("provider_name").asText()).isEqualTo("Microsoft.Compute");
        assertThat(feature.path("name").asText()).isEqualTo("EncryptionAtHost");
        JsonNode budget = Synth.onlyResource(stack, "azurerm_consumption_budget_subscription");
        assertThat(budget.path("amount").asDouble()).isEqualTo(2500.0);
        assertThat(budget.path("subscription_id").asText()).isEqualTo("/subscriptions/" + SUBSCRIPTION);
    }

    @Test
    void failsWithoutASecurityContact() {
        assertThatThrownBy(() -> synth(guardrails -> guardrails.securityContacts(List.of())))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("securityContacts");
    }

    @Test
    void failsOnAContactThatIsNoMailbox() {
        assertThatThrownBy(() -> synth(guardrails -> guardrails.securityContacts(List.of("security team"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("security team").hasMessageContaining("mail addresses");
    }

    @Test
    void failsOnASubscriptionIdThatIsNeitherGuidNorReference() {
        assertThatThrownBy(() -> synth(guardrails -> guardrails.subscriptionId("wholesale")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscriptionId").hasMessageContaining("GUID");
    }

    @Test
    void acceptsAReferenceToAVendedSubscription() {
        JsonNode stack = synth(guardrails -> guardrails.subscriptionId("${data.terraform_remote_state.subscriptions.outputs.subscription-x}"));

        assertThat(Synth.onlyResource(stack, "azurerm_monitor_diagnostic_setting").path("target_resource_id").asText())
            .isEqualTo("/subscriptions/${data.terraform_remote_state.subscriptions.outputs.subscription-x}");
    }
}
