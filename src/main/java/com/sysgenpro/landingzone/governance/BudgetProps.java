package com.sysgenpro.landingzone.governance;

import io.cdktn.cdktn.TerraformProvider;
import java.time.LocalDate;
import java.util.List;

/** Properties of a {@link Budget}. Create with {@link #builder()}. */
public final class BudgetProps {

    /** Default thresholds: 80 %, 100 % and 120 % of actual spend, and 100 % of forecast spend. */
    public static final List<BudgetThreshold> DEFAULT_THRESHOLDS = List.of(
        BudgetThreshold.actual(80), BudgetThreshold.actual(100), BudgetThreshold.actual(120), BudgetThreshold.forecast(100));

    private final String name;
    private final String subscriptionScopeId;
    private final String resourceGroupId;
    private final double amount;
    private final LocalDate startDate;
    private final LocalDate lastDay;
    private final List<BudgetThreshold> thresholds;
    private final List<String> contactEmails;
    private final List<String> actionGroupIds;
    private final TerraformProvider provider;
    private final List<String> resourceGroupNames;

    private BudgetProps(Setters<?> setters) {
        this.name = setters.name;
        this.subscriptionScopeId = setters.subscriptionScopeId;
        this.resourceGroupId = setters.resourceGroupId;
        this.amount = setters.amount;
        this.startDate = setters.startDate;
        this.lastDay = setters.lastDay;
        this.thresholds = List.copyOf(setters.thresholds);
        this.contactEmails = List.copyOf(setters.contactEmails);
        this.actionGroupIds = List.copyOf(setters.actionGroupIds);
        this.provider = setters.provider;
        this.resourceGroupNames = List.copyOf(setters.resourceGroupNames);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The budget's name, unique within its scope: 1 to 63 letters, digits, '-' and '_'. Required. */
    public String name() {
        return name;
    }

    /**
     * The subscription the budget covers, as {@code /subscriptions/<subscription GUID>} or a Terraform reference to
     * one. Exactly one of this and {@link #resourceGroupId()}.
     */
    public String subscriptionScopeId() {
        return subscriptionScopeId;
    }

    /** The resource group the budget covers. Exactly one of this and {@link #subscriptionScopeId()}. */
    public String resourceGroupId() {
        return resourceGroupId;
    }

    /** Monthly amount in the billing currency. Required, positive. */
    public double amount() {
        return amount;
    }

    /**
     * The earliest month the budget may start, as its first day: the budget starts with the month Terraform creates it
     * in, or with this month if that is still ahead then (Azure refuses a start before the current month and never
     * changes one). Default: none, the month of creation.
     */
    public LocalDate startDate() {
        return startDate;
    }

    /**
     * The last day (UTC) the budget runs, e.g. a temporary environment's: it ends at 00:00 UTC the next day
     * ({@code time_period.end_date}), and moving the day updates the budget in place. Not before {@link #startDate()}.
     * Default: none, Azure's ten years after the start.
     */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** When to notify. Default: {@link #DEFAULT_THRESHOLDS}; Azure allows at most five. */
    public List<BudgetThreshold> thresholds() {
        return thresholds;
    }

    /** Mailboxes notified, as mail addresses. Default: none; at least one contact (mailbox or action group) is required. */
    public List<String> contactEmails() {
        return contactEmails;
    }

    /** Action groups notified, by resource id. Default: none. */
    public List<String> actionGroupIds() {
        return actionGroupIds;
    }

    /**
     * The azurerm provider the budget is written with, e.g. one aliased to the budget's subscription. Default: none, the
     * stack's default provider.
     */
    public TerraformProvider provider() {
        return provider;
    }

    /**
     * The resource groups whose cost a subscription budget counts (a {@code ResourceGroupName} filter), by name or a
     * Terraform reference to one, e.g. a shared hosting's group and its cluster's node resource group, which one resource
     * group budget cannot cover together. Default: none, the whole subscription. Only with {@link #subscriptionScopeId()}.
     */
    public List<String> resourceGroupNames() {
        return resourceGroupNames;
    }

    /** Builds {@link BudgetProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public BudgetProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link Budget.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private String subscriptionScopeId;
        private String resourceGroupId;
        private double amount;
        private LocalDate startDate;
        private LocalDate lastDay;
        private List<BudgetThreshold> thresholds = DEFAULT_THRESHOLDS;
        private List<String> contactEmails = List.of();
        private List<String> actionGroupIds = List.of();
        private TerraformProvider provider;
        private List<String> resourceGroupNames = List.of();

        Setters() {
        }

        /** @see BudgetProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see BudgetProps#subscriptionScopeId() */
        public B subscriptionScopeId(String subscriptionScopeId) {
            this.subscriptionScopeId = subscriptionScopeId;
            return self();
        }

        /** @see BudgetProps#resourceGroupId() */
        public B resourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return self();
        }

        /** @see BudgetProps#amount() */
        public B amount(double amount) {
            this.amount = amount;
            return self();
        }

        /** @see BudgetProps#startDate() */
        public B startDate(LocalDate startDate) {
            this.startDate = startDate;
            return self();
        }

        /** @see BudgetProps#lastDay() */
        public B lastDay(LocalDate lastDay) {
            this.lastDay = lastDay;
            return self();
        }

        /** @see BudgetProps#thresholds() */
        public B thresholds(List<BudgetThreshold> thresholds) {
            this.thresholds = thresholds;
            return self();
        }

        /** @see BudgetProps#contactEmails() */
        public B contactEmails(List<String> contactEmails) {
            this.contactEmails = contactEmails;
            return self();
        }

        /** @see BudgetProps#actionGroupIds() */
        public B actionGroupIds(List<String> actionGroupIds) {
            this.actionGroupIds = actionGroupIds;
            return self();
        }

        /** @see BudgetProps#provider() */
        public B provider(TerraformProvider provider) {
            this.provider = provider;
            return self();
        }

        /** @see BudgetProps#resourceGroupNames() */
        public B resourceGroupNames(List<String> resourceGroupNames) {
            this.resourceGroupNames = resourceGroupNames;
            return self();
        }

        BudgetProps toProps() {
            return new BudgetProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
