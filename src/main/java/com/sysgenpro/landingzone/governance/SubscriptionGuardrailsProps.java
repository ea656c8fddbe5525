package com.sysgenpro.landingzone.governance;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import io.cdktn.cdktn.TerraformProvider;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Properties of {@link SubscriptionGuardrails}. Create with {@link #builder()}.
 */
public final class SubscriptionGuardrailsProps {

    private final String subscriptionId;
    private final TerraformProvider provider;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final AzureRegion region;
    private final List<String> securityContacts;
    private final Set<DefenderPlan> defenderPlans;
    private final Set<SubscriptionFeature> features;
    private final int monthlyBudget;
    private final LocalDate budgetStart;
    private final List<String> budgetContacts;
    private final String budgetName;
    private final LocalDate budgetLastDay;

    private SubscriptionGuardrailsProps(Setters<?> setters) {
        this.subscriptionId = setters.subscriptionId;
        this.provider = setters.provider;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.region = setters.region;
        this.securityContacts = List.copyOf(setters.securityContacts);
        this.defenderPlans = setters.defenderPlans.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(setters.defenderPlans));
        this.features = setters.features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(setters.features));
        this.monthlyBudget = setters.monthlyBudget;
        this.budgetStart = setters.budgetStart;
        this.budgetContacts = List.copyOf(setters.budgetContacts);
        this.budgetName = setters.budgetName;
        this.budgetLastDay = setters.budgetLastDay;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The subscription's id (GUID, or a Terraform reference to one). Required. */
    public String subscriptionId() {
        return subscriptionId;
    }

    /**
     * An azurerm provider configured for the subscription: every guardrail (Defender plans, security contact, activity
     * log, feature registrations, budget) is written to the provider's subscription, whatever else is in the stack. With
     * {@link #features()}, its {@code resource_provider_registrations} must be {@code "none"} and its
     * {@code resource_providers_to_register} must leave out the features' providers
     * ({@link SubscriptionGuardrails#providerRegistrations}). Required.
     */
    public TerraformProvider provider() {
        return provider;
    }

    /** The workspace the subscription's activity log is sent to (the estate's central one). Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /**
     * Where the subscription deployment that writes the security contact is recorded (the estate's primary region). Required.
     */
    public AzureRegion region() {
        return region;
    }

    /** Who Defender for Cloud mails about alerts (besides the subscription's owners). Required, at least one. */
    public List<String> securityContacts() {
        return securityContacts;
    }

    /** Defender plans enabled at the Standard tier. Default: every {@link DefenderPlan}, the strictest. */
    public Set<DefenderPlan> defenderPlans() {
        return defenderPlans;
    }

    /**
     * Resource provider features registered, each with its provider's registration (which registers the provider again
     * after the feature, as Azure requires). Default: none.
     */
    public Set<SubscriptionFeature> features() {
        return features;
    }

    /** The subscription's monthly budget in the billing currency; 0 for none. Default: 0. */
    public int monthlyBudget() {
        return monthlyBudget;
    }

    /**
     * The earliest month the budget may start (a first day of a month); see {@link BudgetProps#startDate()}. Default:
     * none, the month the budget is created.
     */
    public LocalDate budgetStart() {
        return budgetStart;
    }

    /** Who the budget alerts. Required with a budget. */
    public List<String> budgetContacts() {
        return budgetContacts;
    }

    /** The budget's name. Required with a budget. */
    public String budgetName() {
        return budgetName;
    }

    /**
     * The budget's last day, for a subscription that holds only temporary environments; see {@link BudgetProps#lastDay()}.
     * Default: none, a budget without an end.
     */
    public LocalDate budgetLastDay() {
        return budgetLastDay;
    }

    /** Builds {@link SubscriptionGuardrailsProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public SubscriptionGuardrailsProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link SubscriptionGuardrails.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String subscriptionId;
        private TerraformProvider provider;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private AzureRegion region;
        private List<String> securityContacts = List.of();
        private Set<DefenderPlan> defenderPlans = EnumSet.allOf(DefenderPlan.class);
        private Set<SubscriptionFeature> features = Set.of();
        private int monthlyBudget;
        private LocalDate budgetStart;
        private List<String> budgetContacts = List.of();
        private String budgetName;
        private LocalDate budgetLastDay;

        Setters() {
        }

        /** @see SubscriptionGuardrailsProps#subscriptionId() */
        public B subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#provider() */
        public B provider(TerraformProvider provider) {
            this.provider = provider;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#region() */
        public B region(AzureRegion region) {
            this.region = region;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#securityContacts() */
        public B securityContacts(List<String> securityContacts) {
            this.securityContacts = securityContacts;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#defenderPlans() */
        public B defenderPlans(Set<DefenderPlan> defenderPlans) {
            this.defenderPlans = defenderPlans;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#features() */
        public B features(Set<SubscriptionFeature> features) {
            this.features = features;
            return self();
        }

        /**
         * Sets the budget: {@link SubscriptionGuardrailsProps#monthlyBudget()} and the properties after it; {@code start}
         * may be null.
         */
        public B budget(String name, int monthlyBudget, LocalDate start, List<String> contacts) {
            this.budgetName = name;
            this.monthlyBudget = monthlyBudget;
            this.budgetStart = start;
            this.budgetContacts = contacts;
            return self();
        }

        /** @see SubscriptionGuardrailsProps#budgetLastDay() */
        public B budgetLastDay(LocalDate budgetLastDay) {
            this.budgetLastDay = budgetLastDay;
            return self();
        }

        SubscriptionGuardrailsProps toProps() {
            return new SubscriptionGuardrailsProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
