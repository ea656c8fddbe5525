package com.sysgenpro.landingzone.governance;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static final String SUBSCRIPTION = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    /** The first day of the month Terraform applies in; 'T' quoted, Z is UTC's offset as formatdate writes it. */
    private static final String CURRENT_MONTH = "${formatdate(\"YYYY-MM-01'T'00:00:00Z\", timestamp())}";

    private static JsonNode synth(Consumer<Budget.Builder> customize) {
        return Synth.stack(scope -> {
            Budget.Builder budget = Budget.Builder.create(scope, "budget").name("wholesale-production")
                .subscriptionScopeId(SUBSCRIPTION).amount(2500)
                .contactEmails(List.of("finance@example.com"));
            customize.accept(budget);
            budget.build();
        });
    }

    @Test
    void defaultsToMonthlyWithThresholdsAt80100120ActualAnd100Forecast() {
        JsonNode budget = onlyResource(synth(b -> { }), "azurerm_consumption_budget_subscription");

        assertThat(budget.path("amount").asDouble()).isEqualTo(2500);
        assertThat(budget.path("time_grain").asText()).isEqualTo("Monthly");
        assertThat(budget.path("subscription_id").asText()).isEqualTo(SUBSCRIPTION);
        List<String> notifications = new ArrayList<>();
        budget.path("notification").forEach(n -> notifications.add(n.path("threshold").asInt() + " " + n.path("threshold_type").asText()
            + " " + n.path("contact_emails").get(0).asText()));
        assertThat(notifications).containsExactly(
            "80 Actual finance@example.com", "100 Actual finance@example.com", "120 Actual finance@example.com", "100 Forecasted finance@example.com");
    }

    @Test
    void startsInTheMonthTerraformCreatesItAndNeverTriesToMoveTheStart() {
        for (JsonNode budget : List.of(onlyResource(synth(b -> { }), "azurerm_consumption_budget_subscription"),
            onlyResource(synth(b -> b.subscriptionScopeId(null).resourceGroupId("${azurerm_resource_group.rg.id}")),
                "azurerm_consumption_budget_resource_group"))) {
            assertThat(budget.path("time_period").path("start_date").asText())
                .as("computed at apply: Azure refuses a start before the current month, and synthesis stays deterministic")
                .isEqualTo(CURRENT_MONTH);
            assertThat(budget.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
                .as("Azure never updates a start date").containsExactly("time_period");
        }
    }

    @Test
    void takesAGivenStartOnlyWhileItIsAhead() {
        for (JsonNode budget : List.of(onlyResource(synth(b -> b.startDate(LocalDate.of(2027, 1, 1))), "azurerm_consumption_budget_subscription"),
            onlyResource(synth(b -> b.startDate(LocalDate.of(2027, 1, 1)).subscriptionScopeId(null)
                .resourceGroupId("${azurerm_resource_group.rg.id}")), "azurerm_consumption_budget_resource_group"))) {
            String start = budget.path("time_period").path("start_date").asText();
            String month = CURRENT_MONTH.substring(2, CURRENT_MONTH.length() - 1);
            assertThat(start).isEqualTo("${(timecmp(\"2027-01-01T00:00:00Z\", " + month + ") < 0) ? " + month
                + " : \"2027-01-01T00:00:00Z\"}");
            assertThat(budget.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText).containsExactly("time_period");
        }
    }

    @Test
    void endsAtMidnightAfterItsLastDayAndFollowsAMovedOne() {
        for (JsonNode budget : List.of(onlyResource(synth(b -> b.lastDay(LocalDate.of(2027, 3, 31))), "azurerm_consumption_budget_subscription"),
            onlyResource(synth(b -> b.lastDay(LocalDate.of(2027, 3, 31)).subscriptionScopeId(null)
                .resourceGroupId("${azurerm_resource_group.rg.id}")), "azurerm_consumption_budget_resource_group"))) {
            assertThat(budget.path("time_period").path("end_date").asText()).isEqualTo("2027-04-01T00:00:00Z");
            assertThat(budget.path("time_period").path("start_date").asText()).isEqualTo(CURRENT_MONTH);
            assertThat(budget.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
                .as("Azure updates an end date in place; the start alone is never updated").containsExactly("time_period[0].start_date");
        }
    }

    @Test
    void failsWhenTheLastDayIsBeforeTheStart() {
        assertThatThrownBy(() -> synth(b -> b.startDate(LocalDate.of(2027, 1, 1)).lastDay(LocalDate.of(2026, 12, 31))))
            .hasMessageContaining("test/budget: lastDay '2026-12-31' is not allowed; a day on or after startDate 2027-01-01");
    }

    @Test
    void isWrittenThroughTheProviderItIsGiven() {
        JsonNode stack = Synth.stack(scope -> {
            var target = io.cdktn.providers.azurerm.provider.AzurermProvider.Builder.create(scope, "target").alias("target")
                .features(List.of(io.cdktn.providers.azurerm.provider.AzurermProviderFeatures.builder().build())).build();
            Budget.Builder.create(scope, "budget").name("b").subscriptionScopeId(SUBSCRIPTION).amount(10)
                .contactEmails(List.of("finance@example.com")).provider(target).build();
        });

        assertThat(onlyResource(stack, "azurerm_consumption_budget_subscription").path("provider").asText()).isEqualTo("azurerm.target");
        assertThat(onlyResource(synth(b -> { }), "azurerm_consumption_budget_subscription").has("provider"))
            .as("the stack's default provider without one").isFalse();
    }

    @Test
    void coversAResourceGroupWithActionGroups() {
        JsonNode budget = onlyResource(synth(b -> b.subscriptionScopeId(null).resourceGroupId("${azurerm_resource_group.rg.id}")
            .contactEmails(List.of()).actionGroupIds(List.of("/ag/1")).thresholds(List.of(BudgetThreshold.actual(90)))),
            "azurerm_consumption_budget_resource_group");

        assertThat(budget.path("resource_group_id").asText()).isEqualTo("${azurerm_resource_group.rg.id}");
        assertThat(budget.path("notification")).hasSize(1);
        assertThat(budget.path("notification").get(0).path("contact_groups").get(0).asText()).isEqualTo("/ag/1");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(b -> b.name("wholesale production")))
            .hasMessageContaining("test/budget: name 'wholesale production' is not allowed; 1 to 63 letters, digits, '-' and '_'");
    }

    @Test
    void failsOnSubscriptionScopeThatIsNoSubscriptionId() {
        assertThatThrownBy(() -> synth(b -> b.subscriptionScopeId("0b1f6471-1bf0-4dda-aec3-cb9272f09590")))
            .hasMessageContaining("test/budget: subscriptionScopeId '0b1f6471-1bf0-4dda-aec3-cb9272f09590' is not allowed; "
                + "a subscription's resource id, /subscriptions/<subscription GUID>");
    }

    @Test
    void acceptsATerraformReferenceAsSubscriptionScope() {
        JsonNode budget = onlyResource(synth(b -> b.subscriptionScopeId("${azurerm_subscription.s.id}")),
            "azurerm_consumption_budget_subscription");

        assertThat(budget.path("subscription_id").asText()).isEqualTo("${azurerm_subscription.s.id}");
    }

    @Test
    void failsOnContactThatIsNoMailAddress() {
        assertThatThrownBy(() -> synth(b -> b.contactEmails(List.of("finance"))))
            .hasMessageContaining("test/budget: contactEmails 'finance' is not allowed; mail addresses such as finance@example.com");
    }

    @Test
    void failsWhenStartIsNotTheFirstOfAMonth() {
        assertThatThrownBy(() -> synth(b -> b.startDate(LocalDate.of(2026, 12, 15))))
            .hasMessageContaining("test/budget: startDate '2026-12-15' is not allowed; the first day of a month, e.g. 2026-12-01");
    }

    @Test
    void failsWithoutContacts() {
        assertThatThrownBy(() -> synth(b -> b.contactEmails(List.of())))
            .hasMessageContaining("at least one mailbox or action group");
    }

    @Test
    void failsWithMoreThanFiveThresholds() {
        assertThatThrownBy(() -> synth(b -> b.thresholds(List.of(BudgetThreshold.actual(50), BudgetThreshold.actual(60),
            BudgetThreshold.actual(70), BudgetThreshold.actual(80), BudgetThreshold.actual(90), BudgetThreshold.actual(100)))))
            .hasMessageContaining("thresholds '6 thresholds' is not allowed; 1 to 5");
    }

    @Test
    void failsOnNonPositiveAmount() {
        assertThatThrownBy(() -> synth(b -> b.amount(0))).hasMessageContaining("amount 0.0 is not allowed");
    }

    @Test
    void failsOnThresholdOutsideAzureRange() {
        assertThatThrownBy(() -> BudgetThreshold.actual(0)).hasMessageContaining("1 to 1000");
    }
}
