package com.sysgenpro.landingzone.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.testing.Synth;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
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
        return synth(provider -> provider.resourceProviderRegistrations("none"), customize);
    }

    /** Guardrails through a provider aliased "target", configured by {@code provider}. */
    private static JsonNode synth(Consumer<AzurermProvider.Builder> provider, Consumer<SubscriptionGuardrails.Builder> customize) {
        return Synth.stack(scope -> {
            AzurermProvider.Builder target = AzurermProvider.Builder.create(scope, "target").alias("target").subscriptionId(SUBSCRIPTION)
                .features(List.of(AzurermProviderFeatures.builder().build()));
            provider.accept(target);
            SubscriptionGuardrails.Builder guardrails = SubscriptionGuardrails.Builder.create(scope, "guardrails")
                .subscriptionId(SUBSCRIPTION).provider(target.build()).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE))
                .region(AzureRegion.of("westeurope")).securityContacts(List.of("security@example.com"));
            customize.accept(guardrails);
            guardrails.build();
        });
    }

    /** Every guardrail there is: plans, features and a budget. */
    private static void everything(SubscriptionGuardrails.Builder guardrails) {
        guardrails.features(EnumSet.allOf(SubscriptionFeature.class)).budget("budget-sub", 2500, null, List.of("owner@example.com"));
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
    void sendsTheActivityLogAndNamesTheSecurityContactWithTheCurrentApi() {
        JsonNode stack = synth(guardrails -> guardrails.securityContacts(List.of("a@example.com", "b@example.com")));

        assertThat(Synth.resources(stack, "azurerm_security_center_contact")).as("azurerm 4.73's speaks 2017-08-01-preview").isEmpty();
        JsonNode deployment = Synth.onlyResource(stack, "azurerm_subscription_template_deployment");
        assertThat(deployment.path("name").asText()).isEqualTo("lz-security-contact");
        assertThat(deployment.path("location").asText()).isEqualTo("westeurope");
        JsonNode contact = Synth.parse(deployment.path("template_content").asText()).path("resources");
        assertThat(contact).hasSize(1);
        assertThat(contact.get(0).path("type").asText()).isEqualTo("Microsoft.Security/securityContacts");
        assertThat(contact.get(0).path("apiVersion").asText()).isEqualTo("2023-12-01-preview");
        assertThat(contact.get(0).path("name").asText()).isEqualTo("default");
        JsonNode properties = contact.get(0).path("properties");
        assertThat(properties.path("emails").asText()).isEqualTo("a@example.com;b@example.com");
        assertThat(properties.path("isEnabled").asBoolean()).isTrue();
        assertThat(properties.path("notificationsByRole").path("state").asText()).isEqualTo("On");
        assertThat(properties.path("notificationsByRole").path("roles")).extracting(JsonNode::asText).containsExactly("Owner");
        assertThat(properties.path("notificationsSources")).hasSize(1);
        assertThat(properties.path("notificationsSources").get(0).path("sourceType").asText()).isEqualTo("Alert");
        assertThat(properties.path("notificationsSources").get(0).path("minimalSeverity").asText()).isEqualTo("High");
        JsonNode activity = Synth.onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        assertThat(activity.path("target_resource_id").asText()).isEqualTo("/subscriptions/" + SUBSCRIPTION);
        assertThat(activity.path("enabled_log").findValuesAsText("category"))
            .containsExactlyElementsOf(SubscriptionGuardrails.ACTIVITY_LOG_CATEGORIES);
        assertThat(Synth.resources(stack, "azurerm_consumption_budget_subscription")).as("no budget unless set").isEmpty();
        assertThat(Synth.resources(stack, "azurerm_resource_provider_registration")).isEmpty();
    }

    @Test
    void registersEncryptionAtHostWithinTheComputeRegistrationWhichRegistersComputeAgain() {
        JsonNode stack = synth(guardrails -> guardrails.defenderPlans(Set.of())
            .features(EnumSet.of(SubscriptionFeature.ENCRYPTION_AT_HOST))
            .budget("budget-sub", 2500, LocalDate.of(2027, 1, 1), List.of("owner@example.com")));

        assertThat(Synth.resources(stack, "azurerm_security_center_subscription_pricing")).isEmpty();
        assertThat(Synth.resources(stack, "azurerm_resource_provider_feature_registration"))
            .as("a feature registration alone does not register the provider again, so the feature never takes effect").isEmpty();
        JsonNode compute = Synth.onlyResource(stack, "azurerm_resource_provider_registration");
        assertThat(compute.path("name").asText()).isEqualTo("Microsoft.Compute");
        assertThat(compute.path("feature")).hasSize(1);
        assertThat(compute.path("feature").get(0).path("name").asText()).isEqualTo("EncryptionAtHost");
        assertThat(compute.path("feature").get(0).path("registered").asBoolean()).isTrue();
        assertThat(compute.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
            .as("features others register must not be unregistered").containsExactly("feature");
        assertThat(stack.path("resource").path("azurerm_resource_provider_registration").fieldNames()).toIterable().singleElement()
            .asString().contains("registration-microsoft-compute");
        JsonNode budget = Synth.onlyResource(stack, "azurerm_consumption_budget_subscription");
        assertThat(budget.path("amount").asDouble()).isEqualTo(2500.0);
        assertThat(budget.path("subscription_id").asText()).isEqualTo("/subscriptions/" + SUBSCRIPTION);
        assertThat(budget.path("time_period").path("start_date").asText()).contains("timecmp(\"2027-01-01T00:00:00Z\"");
    }

    @Test
    void writesEveryResourceThroughTheSubscriptionsProvider() {
        JsonNode stack = synth(SubscriptionGuardrailsTest::everything);

        List<String> checked = new ArrayList<>();
        stack.path("resource").fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(resource -> {
            assertThat(resource.getValue().path("provider").asText()).as(type.getKey() + "." + resource.getKey()).isEqualTo("azurerm.target");
            checked.add(type.getKey());
        }));
        assertThat(checked).contains("azurerm_security_center_subscription_pricing", "azurerm_subscription_template_deployment",
            "azurerm_monitor_diagnostic_setting", "azurerm_resource_provider_registration", "azurerm_consumption_budget_subscription");
    }

    @Test
    void failsWithFeaturesOnAProviderThatRegistersTheirResourceProviderItself() {
        assertThatThrownBy(() -> synth(provider -> { }, SubscriptionGuardrailsTest::everything))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test/guardrails: provider")
            .hasMessageContaining("legacy (azurerm's default)").hasMessageContaining("resource_provider_registrations = \"none\"");
        assertThatThrownBy(() -> synth(provider -> provider.resourceProviderRegistrations("core"), SubscriptionGuardrailsTest::everything))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resource_provider_registrations = core");
        assertThatThrownBy(() -> synth(provider -> provider.resourceProviderRegistrations("none")
                .resourceProvidersToRegister(List.of("Microsoft.Network", "Microsoft.Compute")), SubscriptionGuardrailsTest::everything))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resource_providers_to_register with Microsoft.Compute");
        assertThat(Synth.resources(synth(provider -> { }, guardrails -> { }), "azurerm_resource_provider_registration"))
            .as("without features any provider will do").isEmpty();
    }

    @Test
    void leavesToTheProviderTheResourceProvidersItDoesNotRegisterAsResources() {
        assertThat(SubscriptionGuardrails.providerRegistrations(Set.of(ResourceProvider.COMPUTE, ResourceProvider.NETWORK),
            Set.of(SubscriptionFeature.ENCRYPTION_AT_HOST))).containsExactly("microsoft.insights", "Microsoft.Network", "Microsoft.Security");
        assertThat(SubscriptionGuardrails.providerRegistrations(Set.of(ResourceProvider.COMPUTE), Set.of()))
            .containsExactly("Microsoft.Compute", "microsoft.insights", "Microsoft.Security");
    }

    @Test
    void failsWithoutARegionForTheContactsDeployment() {
        assertThatThrownBy(() -> synth(guardrails -> guardrails.region(null)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
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
