package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.policy.EnforcementMode;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
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
    private final String platformOwner;
    private final String platformCostCenter;
    private final AzureRegion primaryRegion;
    private final List<AzureRegion> allowedRegions;
    private final List<String> mandatoryTags;
    private final EnforcementMode enforcement;
    private final String allowedContainerImages;
    private final AccessGroups access;
    private final List<BusinessUnit> businessUnits;

    private Estate(Builder builder) {
        this.organisation = builder.organisation;
        this.prefix = builder.prefix;
        this.platformOwner = builder.platformOwner;
        this.platformCostCenter = builder.platformCostCenter;
        this.primaryRegion = builder.primaryRegion;
        this.allowedRegions = List.copyOf(builder.allowedRegions);
        this.mandatoryTags = List.copyOf(builder.mandatoryTags);
        this.enforcement = builder.enforcement;
        this.allowedContainerImages = builder.allowedContainerImages;
        this.access = builder.access;
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

    /** Who answers for the shared platform (management groups, policy, central logging): the {@code owner} tag. Required. */
    public String platformOwner() {
        return platformOwner;
    }

    /** The cost center the shared platform is charged to: the {@code cost-center} tag. Required. */
    public String platformCostCenter() {
        return platformCostCenter;
    }

    /** The region everything is deployed to unless placed elsewhere. Required. */
    public AzureRegion primaryRegion() {
        return primaryRegion;
    }

    /**
     * Regions the estate's data may reside in: governance denies resources elsewhere. Default: the primary region
     * only. Must include the primary region.
     */
    public List<AzureRegion> allowedRegions() {
        return allowedRegions.isEmpty() && primaryRegion != null ? List.of(primaryRegion) : allowedRegions;
    }

    /**
     * Tags every resource group and resource must carry. Default:
     * {@link LandingZoneInitiatives#DEFAULT_MANDATORY_TAGS}; only tags the library sets on every resource are allowed.
     */
    public List<String> mandatoryTags() {
        return mandatoryTags;
    }

    /**
     * Whether governance denies and remediates ({@link EnforcementMode#DEFAULT}) or only reports
     * ({@link EnforcementMode#DO_NOT_ENFORCE}, to stage a rollout). Default: enforce.
     */
    public EnforcementMode enforcement() {
        return enforcement;
    }

    /**
     * Regular expression of the container images clusters may run. Default: images from the estate's registries
     * ({@code <prefix>….azurecr.io}) and Microsoft's ({@code mcr.microsoft.com}).
     */
    public String allowedContainerImages() {
        return allowedContainerImages != null ? allowedContainerImages
            : "^(" + prefix + "[a-z0-9]*\\.azurecr\\.io|mcr\\.microsoft\\.com)/.+$";
    }

    /** Entra ID principals of the separation-of-duties preset. Default: none (no role assignments). */
    public AccessGroups access() {
        return access;
    }

    /** The business units, each with its environments. At least one is required. */
    public List<BusinessUnit> businessUnits() {
        return businessUnits;
    }

    /** Builds an {@link Estate}. */
    public static final class Builder {
        private String organisation;
        private String prefix;
        private String platformOwner;
        private String platformCostCenter;
        private AzureRegion primaryRegion;
        private List<AzureRegion> allowedRegions = List.of();
        private List<String> mandatoryTags = LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS;
        private EnforcementMode enforcement = EnforcementMode.DEFAULT;
        private String allowedContainerImages;
        private AccessGroups access = AccessGroups.none();
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

        /** @see Estate#platformOwner() */
        public Builder platformOwner(String platformOwner) {
            this.platformOwner = platformOwner;
            return this;
        }

        /** @see Estate#platformCostCenter() */
        public Builder platformCostCenter(String platformCostCenter) {
            this.platformCostCenter = platformCostCenter;
            return this;
        }

        /** @see Estate#primaryRegion() */
        public Builder primaryRegion(AzureRegion primaryRegion) {
            this.primaryRegion = primaryRegion;
            return this;
        }

        /** @see Estate#allowedRegions() */
        public Builder allowedRegions(List<AzureRegion> allowedRegions) {
            this.allowedRegions = allowedRegions;
            return this;
        }

        /** @see Estate#mandatoryTags() */
        public Builder mandatoryTags(List<String> mandatoryTags) {
            this.mandatoryTags = mandatoryTags;
            return this;
        }

        /** @see Estate#enforcement() */
        public Builder enforcement(EnforcementMode enforcement) {
            this.enforcement = enforcement;
            return this;
        }

        /** @see Estate#allowedContainerImages() */
        public Builder allowedContainerImages(String allowedContainerImages) {
            this.allowedContainerImages = allowedContainerImages;
            return this;
        }

        /** @see Estate#access() */
        public Builder access(AccessGroups access) {
            this.access = access;
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
