package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation's Odoo hosting estate: its business units and their environments, and where they run.
 *
 * <p>Build one in Java with {@link #builder()}, or read a YAML estate file with {@link EstateLoader}; both are
 * checked by {@link EstateValidator} before anything is synthesized.
 */
public final class Estate {

    private final String organisation;
    private final String prefix;
    private final AzureRegion primaryRegion;
    private final List<BusinessUnit> businessUnits;

    private Estate(Builder builder) {
        this.organisation = builder.organisation;
        this.prefix = builder.prefix;
        this.primaryRegion = builder.primaryRegion;
        this.businessUnits = List.copyOf(builder.businessUnits);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The organisation's display name. Required. */
    public String organisation() {
        return organisation;
    }

    /**
     * A short prefix, 2–6 lowercase letters and digits starting with a letter, that starts every resource name so
     * that globally unique names (storage, Key Vault) do not collide with other organisations'. Required.
     */
    public String prefix() {
        return prefix;
    }

    /** The region everything is deployed to unless placed elsewhere. Required. */
    public AzureRegion primaryRegion() {
        return primaryRegion;
    }

    /** The business units, each with its environments. At least one is required. */
    public List<BusinessUnit> businessUnits() {
        return businessUnits;
    }

    /** Builds an {@link Estate}. */
    public static final class Builder {
        private String organisation;
        private String prefix;
        private AzureRegion primaryRegion;
        private final List<BusinessUnit> businessUnits = new ArrayList<>();

        private Builder() {
        }

        /** @see Estate#organisation() */
        public Builder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        /** @see Estate#prefix() */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** @see Estate#primaryRegion() */
        public Builder primaryRegion(AzureRegion primaryRegion) {
            this.primaryRegion = primaryRegion;
            return this;
        }

        /** Adds a business unit. @see Estate#businessUnits() */
        public Builder businessUnit(BusinessUnit businessUnit) {
            this.businessUnits.add(businessUnit);
            return this;
        }

        /** The estate; checked by {@link EstateValidator} before synthesis. */
        public Estate build() {
            return new Estate(this);
        }
    }
}
