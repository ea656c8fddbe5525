package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscription vending on the reference estate: every subscription of the layout created (or adopted) by the
 * {@code subscriptions} stack, placed in its management group with its guardrails by the platform stack, and every
 * stack's provider pointed at its subscription through the vending stack's outputs.
 */
class SubscriptionVendingTest {

    private static final String REMOTE = "${data.terraform_remote_state.subscriptions.outputs." + PlannedSubscription.OUTPUT_PREFIX;
    private static final String BOOTSTRAP = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";

    @TempDir
    Path tmp;

    private static JsonNode stack(Path out, String name) {
        return Synth.read(out.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static List<String> stackNames(Path out) throws IOException {
        try (Stream<Path> stacks = Files.list(out.resolve("stacks"))) {
            return stacks.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noStackDeploysIntoAnUnnamedDefaultSubscription() throws IOException {
        Path out = ReferenceOutput.directory();
        JsonNode description = Synth.read(out.resolve("landing-zone.json"));
        int withProvider = 0;
        for (String name : stackNames(out)) {
            JsonNode providers = stack(out, name).path("provider").path("azurerm");
            if (name.endsWith("-incluster")) {
                assertThat(providers.isMissingNode()).as(name + " deploys into clusters only").isTrue();
                continue;
            }
            withProvider++;
            assertThat(providers.size()).as(name).isPositive();
            for (JsonNode provider : providers) {
                String subscription = provider.path("subscription_id").asText("");
                assertThat(subscription).as(name + " provider " + provider.path("alias").asText("default")).isNotBlank();
                if (name.equals(SubscriptionsStack.NAME)) {
                    // The vending stack runs where the state account is, which exists before anything else.
                    assertThat(subscription).isEqualTo(BOOTSTRAP);
                } else if (!provider.has("alias")) {
                    String key = description.path("stacks").path(name).path("subscription").asText();
                    assertThat(key).as(name + " in landing-zone.json").isNotBlank();
                    assertThat(subscription).isEqualTo(REMOTE + key + "}");
                } else {
                    assertThat(subscription).startsWith(REMOTE);
                }
            }
        }
        assertThat(withProvider).as("vending, platform, connectivity, 3 shared hostings, 18 environments").isEqualTo(24);
    }

    @Test
    void everySubscriptionOfTheLayoutIsCreatedOrAdoptedAndPlacedInItsGroup() {
        Path out = ReferenceOutput.directory();
        JsonNode vending = stack(out, SubscriptionsStack.NAME);
        JsonNode outputs = vending.path("output");
        List<String> keys = new ArrayList<>();
        outputs.fieldNames().forEachRemaining(name -> keys.add(name.substring(PlannedSubscription.OUTPUT_PREFIX.length())));
        assertThat(keys).containsExactlyInAnyOrder("management", "connectivity", "identity", "shared-production", "shared-staging",
            "shared-sandbox", "wholesale-production", "wholesale-nonproduction", "wholesale-sandbox", "ecommerce-production",
            "ecommerce-nonproduction", "ecommerce-sandbox");

        // Adopted: no resource, the id as it was given.
        assertThat(outputs.path("subscription-management").path("value").asText()).isEqualTo(BOOTSTRAP);
        List<JsonNode> aliases = Synth.resources(vending, "azurerm_subscription");
        assertThat(aliases).hasSize(keys.size() - 1);
        JsonNode production = aliases.stream().filter(alias -> alias.path("alias").asText().equals("sub-nwd-wholesale-production"))
            .findFirst().orElseThrow();
        assertThat(production.path("subscription_name").asText()).isEqualTo("nwd-wholesale-production");
        assertThat(production.path("workload").asText()).isEqualTo("Production");
        assertThat(production.path("billing_scope_id").asText())
            .isEqualTo("/providers/Microsoft.Billing/billingAccounts/1234567/enrollmentAccounts/7654321");
        assertThat(production.has("subscription_id")).as("an alias for an existing id would cancel it on destroy").isFalse();

        JsonNode platform = stack(out, PlatformStack.NAME);
        Map<String, String> groupNames = new HashMap<>();
        platform.path("resource").path("azurerm_management_group").fields().forEachRemaining(group ->
            groupNames.put(group.getKey(), group.getValue().path("name").asText()));
        Map<String, String> placed = new HashMap<>();
        platform.path("resource").path("azurerm_management_group_subscription_association").forEach(association -> {
            String path = association.path("//").path("metadata").path("path").asText();
            String key = path.split("/")[1].substring("subscription-".length());
            assertThat(association.path("subscription_id").asText()).isEqualTo("/subscriptions/" + REMOTE + key + "}");
            String group = association.path("management_group_id").asText().replaceAll("^\\$\\{azurerm_management_group\\.(.+)\\.id}$", "$1");
            placed.put(key, groupNames.get(group));
        });
        assertThat(placed).containsEntry("management", "nwd-management").containsEntry("connectivity", "nwd-connectivity")
            .containsEntry("identity", "nwd-identity").containsEntry("wholesale-production", "nwd-wholesale-prod")
            .containsEntry("wholesale-nonproduction", "nwd-wholesale-nonprod").containsEntry("wholesale-sandbox", "nwd-sandbox")
            .containsEntry("shared-production", "nwd-shared-production").containsEntry("shared-staging", "nwd-shared-staging")
            .containsEntry("shared-sandbox", "nwd-sandbox").hasSize(keys.size());
    }

    @Test
    void destroyingTheVendingStackCancelsNoSubscriptionWithoutTheSwitch() throws IOException {
        JsonNode features = stack(ReferenceOutput.directory(), SubscriptionsStack.NAME).path("provider").path("azurerm").get(0)
            .path("features").get(0);
        assertThat(features.path("subscription").get(0).path("prevent_cancellation_on_destroy").asBoolean()).isTrue();

        String yaml = Files.readString(Path.of("stacks/reference.yaml"))
            .replace("  layout: unit-class\n", "  layout: unit-class\n  cancelOnDestroy: true\n");
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, "reference with cancelOnDestroy", PinnedDay.TODAY), "test", out, stack -> { },
            Set.of(SubscriptionsStack.NAME));
        JsonNode switched = stack(out, SubscriptionsStack.NAME).path("provider").path("azurerm").get(0).path("features").get(0);
        assertThat(switched.path("subscription").get(0).path("prevent_cancellation_on_destroy").asBoolean()).isFalse();
    }

    @Test
    void createsEverySubscriptionAsProductionUnlessTheBillingScopeHasTheDevTestOffer() {
        Path out = tmp.resolve("production");
        EstateSynthesizer.synthesize(EstateLoader.parse(ReferenceYaml.text(), "reference"), "test", out, stack -> { },
            Set.of(SubscriptionsStack.NAME));
        assertThat(Synth.resources(stack(out, SubscriptionsStack.NAME), "azurerm_subscription")).hasSize(11)
            .as("Azure refuses DevTest outside a Dev/Test offer")
            .allSatisfy(alias -> assertThat(alias.path("workload").asText()).isEqualTo("Production"));

        Path devTest = tmp.resolve("devtest");
        EstateSynthesizer.synthesize(EstateLoader.parse(ReferenceYaml.text().replace("  layout: unit-class\n",
            "  layout: unit-class\n  devTestOffer: true\n"), "reference with devTestOffer"), "test", devTest, stack -> { },
            Set.of(SubscriptionsStack.NAME));
        Map<String, String> workloads = new HashMap<>();
        Synth.resources(stack(devTest, SubscriptionsStack.NAME), "azurerm_subscription").forEach(alias ->
            workloads.put(alias.path("alias").asText(), alias.path("workload").asText()));
        assertThat(workloads).containsEntry("sub-nwd-wholesale-production", "Production")
            .containsEntry("sub-nwd-wholesale-nonproduction", "DevTest").containsEntry("sub-nwd-wholesale-sandbox", "DevTest")
            .containsEntry("sub-nwd-shared-staging", "DevTest").containsEntry("sub-nwd-shared-production", "Production")
            .containsEntry("sub-nwd-connectivity", "Production");
        JsonNode description = Synth.read(devTest.resolve("landing-zone.json")).path("subscriptions");
        assertThat(description.path("wholesale-sandbox").path("workload").asText()).isEqualTo("DevTest");
    }

    @Test
    void everySubscriptionGetsGuardrailsByWhatItHosts() {
        Path out = tmp.resolve("platform");
        EstateSynthesizer.synthesize(EstateLoader.parse(ReferenceYaml.text(), "reference"), "test", out, stack -> { }, Set.of(PlatformStack.NAME));
        JsonNode platform = stack(out, PlatformStack.NAME);
        Map<String, List<String>> plans = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        platform.path("resource").path("azurerm_security_center_subscription_pricing").forEach(pricing -> {
            String key = pricing.path("provider").asText().replaceFirst("^azurerm\\.", "");
            plans.computeIfAbsent(key, k -> new ArrayList<>()).add(pricing.path("resource_type").asText());
            assertThat(pricing.path("tier").asText()).isEqualTo("Standard");
            if (pricing.has("depends_on")) {
                previous.put(key + "/" + pricing.path("resource_type").asText(), pricing.path("depends_on").get(0).asText());
            }
        });
        assertThat(plans.get("wholesale-production")).containsExactlyInAnyOrder("Containers", "StorageAccounts", "KeyVaults",
            "OpenSourceRelationalDatabases");
        assertThat(plans.get("shared-production")).hasSize(4);
        assertThat(plans.get("wholesale-nonproduction")).containsExactlyInAnyOrder("Containers", "KeyVaults");
        assertThat(plans).doesNotContainKeys("wholesale-sandbox", "shared-sandbox", "management");
        // Written one after the other: azurerm 4.73 sends them in parallel and Azure answers 409.
        assertThat(previous).hasSize(3 + 3 + 1 + 1 + 1 + 3);

        List<JsonNode> contacts = Synth.resources(platform, "azurerm_subscription_template_deployment");
        assertThat(contacts).hasSize(12).allSatisfy(deployment -> {
            assertThat(deployment.path("provider").asText()).startsWith("azurerm.");
            JsonNode contact = Synth.parse(deployment.path("template_content").asText()).path("resources").get(0);
            assertThat(contact.path("type").asText()).isEqualTo("Microsoft.Security/securityContacts");
            assertThat(contact.path("name").asText()).isEqualTo("default");
            assertThat(contact.path("properties").path("emails").asText()).isEqualTo("security@northwind.example");
        });
        List<JsonNode> activityLogs = Synth.resources(platform, "azurerm_monitor_diagnostic_setting").stream()
            .filter(setting -> setting.path("name").asText().equals("lz-activity-log")).toList();
        assertThat(activityLogs).hasSize(12).allSatisfy(setting -> {
            assertThat(setting.path("provider").asText()).as("the subscription's own provider").startsWith("azurerm.");
            assertThat(setting.path("target_resource_id").asText()).startsWith("/subscriptions/" + REMOTE);
            assertThat(setting.path("log_analytics_workspace_id").asText()).contains("azurerm_log_analytics_workspace.central-logs");
            assertThat(setting.path("enabled_log").findValuesAsText("category")).contains("Administrative", "Security", "Policy");
        });
        List<JsonNode> features = Synth.resources(platform, "azurerm_resource_provider_registration");
        assertThat(features).hasSize(9).allSatisfy(registration ->
            assertThat(registration.path("feature").findValuesAsText("name")).containsExactly("EncryptionAtHost"));
        assertThat(features.stream().map(feature -> feature.path("provider").asText()))
            .contains("azurerm.wholesale-production", "azurerm.shared-staging").doesNotContain("azurerm.management");

        Map<String, Double> budgets = new HashMap<>();
        Synth.resources(platform, "azurerm_consumption_budget_subscription").forEach(budget -> {
            assertThat(budget.path("provider").asText()).as("the subscription's own provider").startsWith("azurerm.");
            budgets.put(budget.path("name").asText(), budget.path("amount").asDouble());
        });
        // wholesale's environments: production 9000 (the unit's), staging 1500 (its class's: the unit's figure is production's), sandbox 600.
        assertThat(budgets).containsEntry("budget-subscription-wholesale-production", 9000.0)
            .containsEntry("budget-subscription-wholesale-nonproduction", 1500.0)
            .containsEntry("budget-subscription-management", 1000.0)
            .containsEntry("budget-subscription-shared-production", 24000.0);
    }

    @Test
    void failsWithoutABillingScopeForWhatItCreates() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text()
            .replace("  billingScope: /providers/Microsoft.Billing/billingAccounts/1234567/enrollmentAccounts/7654321   # an EA enrollment account (example)\n", ""));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.billingScope: required: the layout creates 11 subscriptions"));
    }

    @Test
    void failsOnABillingScopeThatIsNone() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text().replace("enrollmentAccounts/7654321", "departments/7654321"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.billingScope: ")
            && problem.contains("an EA enrollment account") && problem.contains("invoiceSections"));
    }

    @Test
    void failsOnAnAdoptedSubscriptionTheLayoutLacksOrAdoptedTwice() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text().replace("    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n",
            "    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n    identity: 0B1F6471-1BF0-4DDA-AEC3-CB9272F09590\n"
                + "    retail-production: 11111111-2222-4333-8444-555555555555\n"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.existing.retail-production: is not a subscription"
            + " of the layout; the layout has: management, connectivity"));
        assertThat(problems).anyMatch(problem -> problem.contains("is adopted as both 'management' and 'identity'"));
    }

    @Test
    void failsOnASharedEnvironmentThatNamesASubscriptionOfItsOwn() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text().replace("    sites: [gent-branch]\n    environments:\n      - name: production\n",
            "    sites: [gent-branch]\n    environments:\n      - name: production\n        subscriptionId: 12345678-1234-4234-8234-123456789012\n"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("businessUnits[3].environments[0].subscriptionId: is not used:"
            + " north-production runs on shared-production and deploys into its subscription 'shared-production'"));
    }

    @Test
    void failsWithoutASubscriptionForTheVendingStackToRunIn() {
        String yaml = ReferenceYaml.text().replaceAll("(?ms)^state:.*?container: tfstate\n", "");
        assertThat(EstateFixtures.problems(yaml)).anyMatch(problem -> problem.startsWith("subscriptions.vendingSubscriptionId: required without state"));
    }

    @Test
    void anEstateWithoutALayoutKeepsItsStacksAndHasNoVendingStack() {
        Estate estate = EstateLoader.parse(ReferenceYaml.text().replaceAll("(?s)subscriptions:.*?securityContacts: \\[security@northwind.example]\n",
            ""), "reference without layout", PinnedDay.TODAY);
        EstatePlan plan = EstatePlan.of(estate);
        assertThat(plan.subscriptions()).isEmpty();
        assertThat(plan.stackNames()).doesNotContain(SubscriptionsStack.NAME).contains(PlatformStack.NAME);
    }
}
