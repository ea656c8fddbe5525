package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.Cidr;

/**
 * One environment of a business unit, e.g. its production. Becomes one Terraform stack, {@code <bu>-<environment>}.
 * Create with {@link #builder()}; everything but the name is optional.
 */
public final class Environment {

    private final String name;
    private final Blueprint blueprint;
    private final RecoveryTier recoveryTier;
    private final Cidr addressSpace;
    private final Cidr recoveryAddressSpace;
    private final Integer monthlyBudget;
    private final String subscriptionId;

    private Environment(Builder builder) {
        this.name = builder.name;
        this.blueprint = builder.blueprint;
        this.recoveryTier = builder.recoveryTier;
        this.addressSpace = builder.addressSpace;
        this.recoveryAddressSpace = builder.recoveryAddressSpace;
        this.monthlyBudget = builder.monthlyBudget;
        this.subscriptionId = builder.subscriptionId;
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
     * blueprints, none (rebuilt from production, no commitment) for the others. Synthesis fails when the blueprint
     * cannot meet the tier.
     */
    public RecoveryTier recoveryTier() {
        return recoveryTier;
    }

    /**
     * The address space of the environment's own virtual network. Required for dedicated units; semi-dedicated and
     * shared units run in the shared network of their environment class. Must not overlap any other network.
     */
    public Cidr addressSpace() {
        return addressSpace;
    }

    /**
     * The address space of the network in the estate's secondary region that holds the database's cross-region
     * replica. Required where the replica is (tier-1 production with a server of its own).
     */
    public Cidr recoveryAddressSpace() {
        return recoveryAddressSpace;
    }

    /** The monthly budget, in the billing currency. Default: the unit's, else the blueprint's. */
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

    /** Builds an {@link Environment}. */
    public static final class Builder {
        private String name;
        private Blueprint blueprint;
        private RecoveryTier recoveryTier;
        private Cidr addressSpace;
        private Cidr recoveryAddressSpace;
        private Integer monthlyBudget;
        private String subscriptionId;

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

        /** The environment; checked by {@link EstateValidator} before synthesis. */
        public Environment build() {
            return new Environment(this);
        }
    }
}
