package com.sysgenpro.landingzone.governance;

import io.cdktn.cdktn.Fn;
import io.cdktn.cdktn.Op;
import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.cdktn.Token;
import io.cdktn.providers.azurerm.consumption_budget_resource_group.ConsumptionBudgetResourceGroup;
import io.cdktn.providers.azurerm.consumption_budget_resource_group.ConsumptionBudgetResourceGroupNotification;
import io.cdktn.providers.azurerm.consumption_budget_resource_group.ConsumptionBudgetResourceGroupTimePeriod;
import io.cdktn.providers.azurerm.consumption_budget_subscription.ConsumptionBudgetSubscription;
import io.cdktn.providers.azurerm.consumption_budget_subscription.ConsumptionBudgetSubscriptionFilter;
import io.cdktn.providers.azurerm.consumption_budget_subscription.ConsumptionBudgetSubscriptionFilterDimension;
import io.cdktn.providers.azurerm.consumption_budget_subscription.ConsumptionBudgetSubscriptionNotification;
import io.cdktn.providers.azurerm.consumption_budget_subscription.ConsumptionBudgetSubscriptionTimePeriod;
import com.sysgenpro.landingzone.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * A monthly cost budget on a subscription or resource group ({@code azurerm_consumption_budget_subscription} /
 * {@code azurerm_consumption_budget_resource_group}) that notifies its contacts at each threshold. Showback reads
 * the cost tags every resource carries; the budget is the alarm.
 *
 * <p>The start date is Terraform's, not the synthesizer's: Azure refuses a monthly budget that starts before the current
 * month, and never lets a budget's start date change ("Start date of budgets cannot be updated"). So the budget starts
 * with the month Terraform creates it in ({@code formatdate("YYYY-MM-01'T'00:00:00Z", timestamp())}, evaluated at apply),
 * or with {@link BudgetProps#startDate()} while that month is still ahead, and {@code lifecycle.ignore_changes =
 * [time_period]} keeps every later plan from trying to change it. The synthesized JSON holds no date of synthesis.
 * A budget with a {@link BudgetProps#lastDay() last day} ignores {@code time_period[0].start_date} alone, so that moving
 * the day updates its {@code end_date} in place.
 */
public final class Budget extends Construct {

    private static final int MAX_NOTIFICATIONS = 5;
    /** The first day of the month Terraform applies in, in the form {@code time_period.start_date} takes. */
    private static final String CURRENT_MONTH_FORMAT = "YYYY-MM-01'T'00:00:00Z";
    private static final Pattern NAME = Pattern.compile("[-_A-Za-z0-9]{1,63}");
    private static final Pattern SUBSCRIPTION_SCOPE = Pattern.compile(
        "/subscriptions/[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    /** Deliberately loose: catches what is no address at all (a name, a typo'd separator), not every RFC 5321 rule. */

    /** Creates the budget; prefer {@link Builder#create(Construct, String)}. */
    public Budget(Construct scope, String id, BudgetProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String name = Checks.required(path, "name", props.name());
        if (!NAME.matcher(name).matches()) {
            throw Checks.invalid(path, "name", name, "1 to 63 letters, digits, '-' and '_' (Azure's rule for budget names)");
        }
        if ((props.subscriptionScopeId() == null) == (props.resourceGroupId() == null)) {
            throw Checks.invalid(path, "subscriptionScopeId/resourceGroupId",
                props.subscriptionScopeId() == null ? "neither" : "both", "set exactly one scope");
        }
        String subscription = props.subscriptionScopeId();
        // A Terraform reference is checked by Azure at apply time; a literal id can be checked now.
        boolean reference = Checks.isReference(subscription);
        if (subscription != null && !reference && !SUBSCRIPTION_SCOPE.matcher(subscription).matches()) {
            throw Checks.invalid(path, "subscriptionScopeId", subscription,
                "a subscription's resource id, /subscriptions/<subscription GUID>, e.g. /subscriptions/00000000-0000-0000-0000-000000000000");
        }
        for (String email : props.contactEmails()) {
            if (email == null || !Checks.isEmail(email)) {
                throw Checks.invalid(path, "contactEmails", email, "mail addresses such as finance@example.com");
            }
        }
        if (!(props.amount() > 0)) {
            throw Checks.invalid(path, "amount", props.amount(), "a positive amount in the billing currency");
        }
        LocalDate start = props.startDate();
        if (start != null && start.getDayOfMonth() != 1) {
            throw Checks.invalid(path, "startDate", start.toString(), "the first day of a month, e.g. " + start.withDayOfMonth(1));
        }
        LocalDate lastDay = props.lastDay();
        if (lastDay != null && start != null && lastDay.isBefore(start)) {
            throw Checks.invalid(path, "lastDay", lastDay.toString(), "a day on or after startDate " + start
                + " (Azure refuses a budget that ends before it starts)");
        }
        List<BudgetThreshold> thresholds = props.thresholds();
        if (thresholds.isEmpty() || thresholds.size() > MAX_NOTIFICATIONS) {
            throw Checks.invalid(path, "thresholds", thresholds.size() + " thresholds", "1 to " + MAX_NOTIFICATIONS + " (Azure's limit)");
        }
        Set<BudgetThreshold> unique = new HashSet<>(thresholds);
        if (unique.size() != thresholds.size()) {
            throw Checks.invalid(path, "thresholds", thresholds.toString(), "each threshold once");
        }
        if (props.contactEmails().isEmpty() && props.actionGroupIds().isEmpty()) {
            throw Checks.invalid(path, "contactEmails", "[]", "at least one mailbox or action group, or nobody hears the alarm");
        }
        if (!props.resourceGroupNames().isEmpty() && props.subscriptionScopeId() == null) {
            throw Checks.invalid(path, "resourceGroupNames", props.resourceGroupNames().toString(),
                "none on a resource group budget, which covers its group; set subscriptionScopeId to filter a subscription's cost");
        }
        String startDate = startDate(start);
        String endDate = lastDay == null ? null : lastDay.plusDays(1) + "T00:00:00Z";
        // Azure never updates a start date, and the expression moves every month: only creation uses it. An end date
        // is updated in place, so a budget that has one ignores the start alone and follows a moved last day.
        var lifecycle = TerraformResourceLifecycle.builder()
            .ignoreChanges(List.of(endDate == null ? "time_period" : "time_period[0].start_date")).build();
        if (props.subscriptionScopeId() != null) {
            var budget = ConsumptionBudgetSubscription.Builder.create(this, "Resource")
                .lifecycle(lifecycle)
                .name(name)
                .subscriptionId(props.subscriptionScopeId())
                .amount(props.amount())
                .timeGrain("Monthly")
                .timePeriod(ConsumptionBudgetSubscriptionTimePeriod.builder().startDate(startDate).endDate(endDate).build())
                .notification(notifications(props, (operator, threshold, type) -> ConsumptionBudgetSubscriptionNotification.builder()
                    .operator(operator).threshold(threshold).thresholdType(type)
                    .contactEmails(props.contactEmails()).contactGroups(props.actionGroupIds()).build()));
            if (!props.resourceGroupNames().isEmpty()) {
                // Cost Management's ResourceGroupName dimension: only these groups' cost counts against the amount.
                budget.filter(ConsumptionBudgetSubscriptionFilter.builder().dimension(List.of(
                    ConsumptionBudgetSubscriptionFilterDimension.builder().name("ResourceGroupName").operator("In")
                        .values(props.resourceGroupNames()).build())).build());
            }
            if (props.provider() != null) {
                budget.provider(props.provider());
            }
            budget.build();
        } else {
            var budget = ConsumptionBudgetResourceGroup.Builder.create(this, "Resource")
                .lifecycle(lifecycle)
                .name(name)
                .resourceGroupId(props.resourceGroupId())
                .amount(props.amount())
                .timeGrain("Monthly")
                .timePeriod(ConsumptionBudgetResourceGroupTimePeriod.builder().startDate(startDate).endDate(endDate).build())
                .notification(notifications(props, (operator, threshold, type) -> ConsumptionBudgetResourceGroupNotification.builder()
                    .operator(operator).threshold(threshold).thresholdType(type)
                    .contactEmails(props.contactEmails()).contactGroups(props.actionGroupIds()).build()));
            if (props.provider() != null) {
                budget.provider(props.provider());
            }
            budget.build();
        }
    }

    /**
     * The Terraform expression of the budget's first day: the current month when applied, or {@code earliest} if that
     * month is still ahead then ({@code timecmp}, Terraform 1.3+).
     */
    static String startDate(LocalDate earliest) {
        String currentMonth = Fn.formatdate(CURRENT_MONTH_FORMAT, Fn.timestamp());
        if (earliest == null) {
            return currentMonth;
        }
        String floor = earliest + "T00:00:00Z";
        return Token.asString(Fn.conditional(Op.lt(Fn.timecmp(floor, currentMonth), 0), currentMonth, floor));
    }

    /** The provider's notification block of one budget type, from operator, threshold percent and threshold type. */
    @FunctionalInterface
    private interface NotificationFactory<T> {
        T create(String operator, int threshold, String thresholdType);
    }

    private static <T> List<T> notifications(BudgetProps props, NotificationFactory<T> factory) {
        List<T> notifications = new ArrayList<>();
        for (BudgetThreshold threshold : props.thresholds()) {
            // Forecasts cross a threshold before the money is spent; actual spend alerts when it is reached.
            notifications.add(threshold.forecasted()
                ? factory.create("GreaterThan", threshold.percent(), "Forecasted")
                : factory.create("GreaterThanOrEqualTo", threshold.percent(), "Actual"));
        }
        return notifications;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends BudgetProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a budget with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public Budget build() {
            return new Budget(scope, id, toProps());
        }
    }
}
