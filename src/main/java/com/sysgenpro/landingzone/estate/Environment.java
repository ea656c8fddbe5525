package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Cidr;

/**
 * One environment of a business unit, e.g. its production. Becomes one Terraform stack, {@code <bu>-<environment>}.
 * Create with {@link #builder()}; everything but the name is optional.
 */
public final class Environment {

    private final String name;
    private final Blueprint blueprint;
    private final RecoveryTier recoveryTier;
    private final TenancyModel tenancy;
    private final Cidr addressSpace;
    private final Cidr recoveryAddressSpace;
    private final Integer monthlyBudget;
    private final String subscriptionId;
    private final java.util.List<String> sites;
    private final java.util.List<EgressRule> egress;
    private final java.time.LocalDate expires;
    private final String capacityOverrideReason;
    private final EnvironmentSize size;

    private Environment(Builder builder) {
        this.name = builder.name;
        this.blueprint = builder.blueprint;
        this.recoveryTier = builder.recoveryTier;
        this.tenancy = builder.tenancy;
        this.addressSpace = builder.addressSpace;
        this.recoveryAddressSpace = builder.recoveryAddressSpace;
        this.monthlyBudget = builder.monthlyBudget;
        this.subscriptionId = builder.subscriptionId;
        this.sites = java.util.List.copyOf(builder.sites);
        this.egress = java.util.List.copyOf(builder.egress);
        this.expires = builder.expires;
        this.capacityOverrideReason = builder.capacityOverrideReason;
        this.size = builder.size == null ? EnvironmentSize.NONE : builder.size;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The environment's name: 2–12 lowercase letters and digits, starting with a letter, unique within the business
     * unit. Required. It appears in stack and resource names, so renaming it replaces the environment's resources.
     */
    public String name() {
        return name;
    }

    /**
     * The blueprint that decides the environment's settings. Default: the shipped blueprint of the same name
     * (an environment called {@code staging} gets {@link Blueprint#STAGING}); required when there is none.
     */
    public Blueprint blueprint() {
        return blueprint != null ? blueprint : Blueprint.find(name).orElse(null);
    }

    /**
     * The recovery tier this environment commits to, overriding the default: the unit's tier for production
     * blueprints, none (no commitment) for the others. Non-production blueprints meet {@link RecoveryTier#TIER_3}
     * rebuild-first (everything from code, daily backups kept 7 days, data re-seeded from production); the loader
     * refuses a tier the blueprint cannot meet.
     */
    public RecoveryTier recoveryTier() {
        return recoveryTier;
    }

    /**
     * How this environment is hosted, when it differs from the unit's, e.g. dedicated production with shared staging
     * and QA. Default: the unit's {@link BusinessUnit#tenancy() tenancy} (declared, else advised). Names, tags,
     * budgets and management groups stay the unit's whatever the model. A model a placement rule forbids for this
     * environment (regulated data or a declared tier-1 on shared hosting) is an error unless the unit's
     * {@link BusinessUnit#tenancyOverrideReason()} says why it is acceptable.
     */
    public TenancyModel tenancy() {
        return tenancy;
    }

    /**
     * The address space of the environment's own virtual network. Required for dedicated environments; semi-dedicated
     * and shared ones run in the shared network of their environment class in their unit's region. Must not overlap any
     * other network.
     */
    public Cidr addressSpace() {
        return addressSpace;
    }

    /**
     * The address space of the network in the unit's {@link BusinessUnit#recoveryRegion() recovery region} that holds
     * the database's cross-region replica and the private endpoint of the registry's replica, where the runbook rebuilds
     * the cluster (its recovery network). Required for tier-1 production with a server of its own, and for
     * tier-1 and tier-2 dedicated production with a recovery region; must not overlap any other network.
     */
    public Cidr recoveryAddressSpace() {
        return recoveryAddressSpace;
    }

    /** The monthly budget, in the billing currency. Default: for a production-class environment the unit's, else the blueprint's. */
    public Integer monthlyBudget() {
        return monthlyBudget;
    }

    /**
     * The subscription the environment deploys into. The platform stack places it in the unit's production group
     * (production blueprints), the sandbox group (sandbox-class blueprints) or the unit's non-production group;
     * environments may share a subscription only when they belong in the same group. Default: none declared; the
     * provider uses {@code ARM_SUBSCRIPTION_ID} and placement is not managed.
     */
    public String subscriptionId() {
        return subscriptionId;
    }

    /**
     * The warehouses and plants this environment serves, e.g. the one site a training environment is for: its
     * {@code site} tag. Default: none, the unit's sites.
     */
    public java.util.List<String> sites() {
        return sites;
    }

    /**
     * What this environment may reach on the internet besides its unit's {@link BusinessUnit#egress()}, in estate
     * order, e.g. a payment provider's live API for production alone. Default: none.
     */
    public java.util.List<EgressRule> egress() {
        return egress;
    }

    /**
     * The last day (UTC) of a temporary environment, e.g. an analytics or integration environment for a project: its
     * resources carry an {@code expires} tag, its budgets end with it, and {@code ./lz check} warns in the last 14 days
     * and fails after it, so that the environment is extended or removed on purpose rather than becoming permanent by
     * default. A day already past is accepted here and reported by the check. Default: none, a permanent environment.
     */
    public java.time.LocalDate expires() {
        return expires;
    }

    /**
     * Why the shared hosting this environment is a tenant of may need more than its blueprint allows (more nodes than
     * {@link Blueprint#sharedPoolMaxNodes()} at the overcommit ratios, more than the largest approved database or cache),
     * e.g. a month of migration overlap; recorded in {@code landing-zone.json}. The sizes stop at the most allowed.
     * Default: none, an oversubscribed shared hosting is an error.
     */
    public String capacityOverrideReason() {
        return capacityOverrideReason;
    }

    /** The size it chooses within its blueprint's approved SKUs. Default: {@link EnvironmentSize#NONE}, the blueprint's. */
    public EnvironmentSize size() {
        return size;
    }

    /** Builds an {@link Environment}. */
    public static final class Builder {
        private String name;
        private Blueprint blueprint;
        private RecoveryTier recoveryTier;
        private TenancyModel tenancy;
        private Cidr addressSpace;
        private Cidr recoveryAddressSpace;
        private Integer monthlyBudget;
        private String subscriptionId;
        private final java.util.List<String> sites = new java.util.ArrayList<>();
        private final java.util.List<EgressRule> egress = new java.util.ArrayList<>();
        private java.time.LocalDate expires;
        private String capacityOverrideReason;
        private EnvironmentSize size;

        private Builder() {
        }

        /** @see Environment#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see Environment#blueprint() */
        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        /** @see Environment#recoveryTier() */
        public Builder recoveryTier(RecoveryTier recoveryTier) {
            this.recoveryTier = recoveryTier;
            return this;
        }

        /** @see Environment#tenancy() */
        public Builder tenancy(TenancyModel tenancy) {
            this.tenancy = tenancy;
            return this;
        }

        /** @see Environment#addressSpace() */
        public Builder addressSpace(Cidr addressSpace) {
            this.addressSpace = addressSpace;
            return this;
        }

        /** @see Environment#recoveryAddressSpace() */
        public Builder recoveryAddressSpace(Cidr recoveryAddressSpace) {
            this.recoveryAddressSpace = recoveryAddressSpace;
            return this;
        }

        /** @see Environment#monthlyBudget() */
        public Builder monthlyBudget(Integer monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** @see Environment#subscriptionId() */
        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        /** Adds a site. @see Environment#sites() */
        public Builder site(String site) {
            this.sites.add(site);
            return this;
        }

        /** Adds an egress rule. @see Environment#egress() */
        public Builder egress(EgressRule rule) {
            this.egress.add(java.util.Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** @see Environment#expires() */
        public Builder expires(java.time.LocalDate expires) {
            this.expires = expires;
            return this;
        }

        /** @see Environment#capacityOverrideReason() */
        public Builder capacityOverrideReason(String capacityOverrideReason) {
            this.capacityOverrideReason = capacityOverrideReason;
            return this;
        }

        /** @see Environment#size() */
        public Builder size(EnvironmentSize size) {
            this.size = size;
            return this;
        }

        /** The environment; checked by {@link EstateValidator} before synthesis. */
        public Environment build() {
            return new Environment(this);
        }
    }
}
