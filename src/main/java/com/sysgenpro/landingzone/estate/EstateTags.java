package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.Tags;
import java.util.List;

/**
 * The tags of every stack of an estate, in one place: what a business unit's environment, a shared hosting and the
 * platform carry. The mandatory ones ({@link Estate#mandatoryTags()}) are set on every resource, with values from the
 * model: {@code site} and {@code application} where the unit declares them, and on shared hosting and the platform
 * (which serve many sites) {@value #SHARED_SITE} and {@value #PLATFORM_APPLICATION} when the estate requires them.
 * A temporary environment's also carry its last day ({@link Tags#EXPIRES}); a shared hosting outlives its tenants, so
 * its own resources do not.
 */
final class EstateTags {

    /** The application of units that declare none, where the estate requires the tag. */
    static final String DEFAULT_APPLICATION = "odoo";
    /** The application tag of the platform stack. */
    static final String PLATFORM_APPLICATION = "landing-zone";
    /** The site tag of shared hosting and the platform, which serve every site. */
    static final String SHARED_SITE = "all";

    private EstateTags() {
    }

    /** The sites an environment serves: its own, else its unit's. */
    static List<String> sites(Placement placement) {
        return !placement.environment().sites().isEmpty() ? placement.environment().sites() : placement.unit().sites();
    }

    static Tags unit(Estate estate, Placement placement) {
        BusinessUnit unit = placement.unit();
        Tags tags = Tags.empty()
            .with(Tags.BUSINESS_UNIT, unit.name())
            .with(Tags.ENVIRONMENT, placement.environment().name())
            .with(Tags.OWNER, unit.owner())
            .with(Tags.COST_CENTER, unit.costCenter())
            .with(Tags.RECOVERY_TIER, placement.recoveryTierTag())
            .with(Tags.DATA_CLASSIFICATION, unit.dataClassification().id())
            .with(Tags.MANAGED_BY, BusinessUnitEnvironmentStack.MANAGED_BY);
        List<String> sites = sites(placement);
        if (!sites.isEmpty()) {
            tags = tags.with(Tags.SITE, String.join(" ", sites));
        }
        if (unit.application() != null || estate.mandatoryTags().contains(Tags.APPLICATION)) {
            tags = tags.with(Tags.APPLICATION, unit.application() != null ? unit.application() : DEFAULT_APPLICATION);
        }
        if (placement.environment().expires() != null) {
            tags = tags.with(Tags.EXPIRES, placement.environment().expires().toString());
        }
        if (placement.blueprint().scaleDown().isPresent()) {
            tags = tags.with(Tags.OPERATING_HOURS, placement.blueprint().scaleDown().get().tagValue(placement.timeZone(estate)));
        }
        return tags;
    }

    static Tags shared(Estate estate, SharedHosting hosting) {
        Tags tags = Tags.empty()
            .with(Tags.BUSINESS_UNIT, Naming.SHARED)
            .with(Tags.ENVIRONMENT, hosting.blueprint().name())
            .with(Tags.OWNER, estate.platformOwner())
            .with(Tags.COST_CENTER, estate.platformCostCenter())
            .with(Tags.RECOVERY_TIER, hosting.tier().map(RecoveryTier::id).orElse("none"))
            .with(Tags.DATA_CLASSIFICATION, "confidential")
            .with(Tags.MANAGED_BY, BusinessUnitEnvironmentStack.MANAGED_BY);
        return required(estate, tags, DEFAULT_APPLICATION);
    }

    static Tags platform(Estate estate) {
        Tags tags = Tags.empty()
            .with(Tags.BUSINESS_UNIT, PlatformStack.NAME)
            .with(Tags.ENVIRONMENT, PlatformStack.NAME)
            .with(Tags.OWNER, estate.platformOwner())
            .with(Tags.COST_CENTER, estate.platformCostCenter())
            .with(Tags.RECOVERY_TIER, RecoveryTier.TIER_1.id())
            .with(Tags.DATA_CLASSIFICATION, "confidential")
            .with(Tags.MANAGED_BY, BusinessUnitEnvironmentStack.MANAGED_BY);
        return required(estate, tags, PLATFORM_APPLICATION);
    }

    /** The optional tags the estate requires, on a stack that serves every site. */
    private static Tags required(Estate estate, Tags tags, String application) {
        if (estate.mandatoryTags().contains(Tags.SITE)) {
            tags = tags.with(Tags.SITE, SHARED_SITE);
        }
        if (estate.mandatoryTags().contains(Tags.APPLICATION)) {
            tags = tags.with(Tags.APPLICATION, application);
        }
        return tags;
    }
}
