package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZ-TAG-VAL-001: the tags showback and governance read hold values they can use, not merely some value: the
 * {@code business-unit}, {@code environment} and {@code recovery-tier} tags agree with the stack the resource is in
 * (as {@code landing-zone.json} records it), {@code recovery-tier} names a known tier or {@code none}, and
 * {@code data-classification} a known classification. Tags that are absent are left to the LZ-TAG-RES rules.
 *
 * <p>What a stack's resources carry, as the synthesizer writes it: a business unit's stack its unit and environment
 * and the unit's tier ({@code none} without one); a shared-hosting stack {@code shared}, its blueprint and the highest
 * tier it hosts; the platform stack {@code platform} for both. Stacks the output does not describe are held only to
 * known values.
 */
final class TagValuesRule extends CheckOnlyRule {

    static final String ID = "LZ-TAG-VAL-001";
    /** The business-unit tag of shared-hosting stacks. */
    static final String SHARED = "shared";
    /** The business-unit and environment tags of the platform stack. */
    static final String PLATFORM = "platform";
    /** The recovery-tier tag of resources without a tier. */
    static final String NO_TIER = "none";

    TagValuesRule() {
        super(ID, "Tag values agree with the stack and name known tiers and classifications",
            "Tag resources with the estate's tags for their stack (the constructs' tags prop), not with tags written by"
                + " hand: business unit, environment and recovery tier as the stack's, a recovery tier of "
                + tiers() + ", a data classification of " + classifications() + ".",
            Severity.ERROR, Set.of());
    }

    @Override
    public boolean appliesTo(String type) {
        return type.startsWith("azurerm_");
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        JsonNode tags = resource.body().path("tags");
        if (!tags.isObject() || tags.isEmpty()) {
            return Evaluation.notApplicable("the resource has no tags");
        }
        if (Checks.isReference(tags.toString())) {
            return Evaluation.notApplicable("tags are known only at apply time");
        }
        List<String> problems = new ArrayList<>();
        switch (stack.kind()) {
            case BUSINESS_UNIT -> {
                agree(tags, Tags.BUSINESS_UNIT, stack.businessUnit(), "the stack's business unit", problems);
                agree(tags, Tags.ENVIRONMENT, stack.environment(), "the stack's environment", problems);
                agree(tags, Tags.RECOVERY_TIER, stack.tier().orElse(NO_TIER), "the stack's recovery tier", problems);
            }
            case SHARED_HOSTING -> {
                agree(tags, Tags.BUSINESS_UNIT, SHARED, "what shared-hosting stacks carry", problems);
                agree(tags, Tags.ENVIRONMENT, stack.blueprint(), "the stack's blueprint", problems);
                agree(tags, Tags.RECOVERY_TIER, stack.tier().orElse(NO_TIER), "the highest tier the stack hosts", problems);
            }
            case PLATFORM, CONNECTIVITY -> {
                agree(tags, Tags.BUSINESS_UNIT, PLATFORM, "what the platform stack carries", problems);
                agree(tags, Tags.ENVIRONMENT, PLATFORM, "what the platform stack carries", problems);
            }
            default -> {
            }
        }
        String tier = tags.path(Tags.RECOVERY_TIER).asText(null);
        if (tier != null && !tier.equals(NO_TIER) && RecoveryTier.find(tier).isEmpty()) {
            problems.add("recovery-tier '" + tier + "' is not a tier; use " + tiers());
        }
        String classification = tags.path(Tags.DATA_CLASSIFICATION).asText(null);
        if (classification != null && DataClassification.find(classification).isEmpty()) {
            problems.add("data-classification '" + classification + "' is not a classification; use " + classifications());
        }
        return Evaluation.require(problems.isEmpty(), String.join("; ", problems)
            + "; pass the estate's tags for this stack to the construct instead of tags of its own");
    }

    private static void agree(JsonNode tags, String tag, String expected, String what, List<String> problems) {
        String actual = tags.path(tag).asText(null);
        if (actual != null && expected != null && !actual.equals(expected)) {
            problems.add(tag + " is '" + actual + "', " + what + " is '" + expected + "'");
        }
    }

    private static String tiers() {
        return RecoveryTier.ids() + " or " + NO_TIER;
    }

    private static String classifications() {
        return DataClassification.ids();
    }
}
