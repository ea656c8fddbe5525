package com.sysgenpro.landingzone.governance;

import com.sysgenpro.landingzone.core.Tags;

/**
 * Properties of a {@link Subscription}. Either create one ({@code alias} + {@code billingScopeId}) or adopt an
 * existing one ({@code subscriptionId}); exactly one of the two. Create with {@link #builder()}.
 */
public final class SubscriptionProps {

    private final String displayName;
    private final String alias;
    private final String billingScopeId;
    private final String subscriptionId;
    private final SubscriptionWorkload workload;
    private final ManagementGroup managementGroup;
    private final Tags tags;
    private final boolean devTestOffer;

    private SubscriptionProps(Setters<?> setters) {
        this.displayName = setters.displayName;
        this.alias = setters.alias;
        this.billingScopeId = setters.billingScopeId;
        this.subscriptionId = setters.subscriptionId;
        this.workload = setters.workload;
        this.managementGroup = setters.managementGroup;
        this.tags = setters.tags;
        this.devTestOffer = setters.devTestOffer;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The display name of a subscription to create. Required when creating; an adopted subscription keeps the name
     * it has, so it is not needed then.
     */
    public String displayName() {
        return displayName;
    }

    /** Alias of a subscription to create, unique in the tenant. Required with {@link #billingScopeId()}. */
    public String alias() {
        return alias;
    }

    /**
     * EA enrollment account or MCA invoice section the created subscription is billed to, e.g.
     * {@code /providers/Microsoft.Billing/billingAccounts/…/enrollmentAccounts/…}. Required with {@link #alias()}.
     */
    public String billingScopeId() {
        return billingScopeId;
    }

    /**
     * Id (GUID, or a Terraform reference to one) of an existing subscription to adopt. Adopting creates no subscription resource, so destroying the
     * stack never cancels a subscription the landing zone did not create; it only places it in its group.
     */
    public String subscriptionId() {
        return subscriptionId;
    }

    /** What the subscription hosts. Default: {@link SubscriptionWorkload#PRODUCTION}, the strictest placement. */
    public SubscriptionWorkload workload() {
        return workload;
    }

    /**
     * The management group the subscription is placed in. Default: none, the subscription stays where it is (a created
     * one in the tenant's default group), e.g. when the stack that manages the hierarchy places it.
     */
    public ManagementGroup managementGroup() {
        return managementGroup;
    }

    /**
     * Whether {@link #billingScopeId()} is enabled for the Dev/Test offer, so that a created non-production or sandbox
     * subscription gets Azure workload DevTest ({@link SubscriptionWorkload#azureWorkload}). Default: false, every
     * subscription is created as Production, which every billing scope accepts.
     */
    public boolean devTestOffer() {
        return devTestOffer;
    }

    /** Tags of a created subscription. Default: none. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link SubscriptionProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public SubscriptionProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link Subscription.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String displayName;
        private String alias;
        private String billingScopeId;
        private String subscriptionId;
        private SubscriptionWorkload workload = SubscriptionWorkload.PRODUCTION;
        private ManagementGroup managementGroup;
        private Tags tags = Tags.empty();
        private boolean devTestOffer;

        Setters() {
        }

        /** @see SubscriptionProps#displayName() */
        public B displayName(String displayName) {
            this.displayName = displayName;
            return self();
        }

        /** @see SubscriptionProps#alias() */
        public B alias(String alias) {
            this.alias = alias;
            return self();
        }

        /** @see SubscriptionProps#billingScopeId() */
        public B billingScopeId(String billingScopeId) {
            this.billingScopeId = billingScopeId;
            return self();
        }

        /** @see SubscriptionProps#subscriptionId() */
        public B subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return self();
        }

        /** @see SubscriptionProps#workload() */
        public B workload(SubscriptionWorkload workload) {
            this.workload = workload;
            return self();
        }

        /** @see SubscriptionProps#managementGroup() */
        public B managementGroup(ManagementGroup managementGroup) {
            this.managementGroup = managementGroup;
            return self();
        }

        /** @see SubscriptionProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        /** @see SubscriptionProps#devTestOffer() */
        public B devTestOffer(boolean devTestOffer) {
            this.devTestOffer = devTestOffer;
            return self();
        }

        SubscriptionProps toProps() {
            return new SubscriptionProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
