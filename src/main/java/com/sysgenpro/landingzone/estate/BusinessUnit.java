package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.DataClassification;
import java.util.ArrayList;
import java.util.List;

/** A business unit: who owns it, what its data and recovery needs are, and its environments. Create with {@link #builder()}. */
public final class BusinessUnit {

    private final String name;
    private final String owner;
    private final String costCenter;
    private final DataClassification dataClassification;
    private final RecoveryTier recoveryTier;
    private final List<Environment> environments;

    private BusinessUnit(Builder builder) {
        this.name = builder.name;
        this.owner = builder.owner;
        this.costCenter = builder.costCenter;
        this.dataClassification = builder.dataClassification;
        this.recoveryTier = builder.recoveryTier;
        this.environments = List.copyOf(builder.environments);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The unit's name: 2–16 lowercase letters, digits and hyphens, starting with a letter and not ending with a
     * hyphen, unique in the estate. Required. It appears in stack and resource names and in the
     * {@code business-unit} tag; renaming it replaces the unit's resources.
     */
    public String name() {
        return name;
    }

    /** Who answers for the unit's Odoo: a team mailbox or group, tagged as {@code owner}. Required. */
    public String owner() {
        return owner;
    }

    /** The cost center showback charges, tagged as {@code cost-center}. Required. */
    public String costCenter() {
        return costCenter;
    }

    /** The sensitivity of the unit's data. Default: {@link DataClassification#CONFIDENTIAL}, as ERP data usually is. */
    public DataClassification dataClassification() {
        return dataClassification;
    }

    /** The recovery tier of the unit's production. Default: {@link RecoveryTier#TIER_2}. */
    public RecoveryTier recoveryTier() {
        return recoveryTier;
    }

    /** The unit's environments, each one stack. At least one is required. */
    public List<Environment> environments() {
        return environments;
    }

    /** Builds a {@link BusinessUnit}. */
    public static final class Builder {
        private String name;
        private String owner;
        private String costCenter;
        private DataClassification dataClassification = DataClassification.CONFIDENTIAL;
        private RecoveryTier recoveryTier = RecoveryTier.TIER_2;
        private final List<Environment> environments = new ArrayList<>();

        private Builder() {
        }

        /** @see BusinessUnit#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see BusinessUnit#owner() */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** @see BusinessUnit#costCenter() */
        public Builder costCenter(String costCenter) {
            this.costCenter = costCenter;
            return this;
        }

        /** @see BusinessUnit#dataClassification() */
        public Builder dataClassification(DataClassification dataClassification) {
            this.dataClassification = dataClassification;
            return this;
        }

        /** @see BusinessUnit#recoveryTier() */
        public Builder recoveryTier(RecoveryTier recoveryTier) {
            this.recoveryTier = recoveryTier;
            return this;
        }

        /** Adds an environment. @see BusinessUnit#environments() */
        public Builder environment(Environment environment) {
            this.environments.add(environment);
            return this;
        }

        /** The business unit; checked by {@link EstateValidator} before synthesis. */
        public BusinessUnit build() {
            return new BusinessUnit(this);
        }
    }
}
