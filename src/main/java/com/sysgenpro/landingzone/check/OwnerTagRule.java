package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-TAG-VAL-002: the {@code owner} tag reaches someone: a mailbox ({@code erp-team@example.com}), the one rule the
 * estate loader holds owners to too, since the owner's alerts (action groups) and budget notifications are mailed
 * there. A warning: outputs not written from an estate may carry anything.
 */
final class OwnerTagRule extends CheckOnlyRule {

    static final String ID = "LZ-TAG-VAL-002";

    OwnerTagRule() {
        super(ID, "The owner tag is a mailbox",
            "Set the business unit's (or the platform's) owner in the estate to a team mailbox, e.g. erp-team@example.com,"
                + " so that alerts and budget mails reach someone.",
            Severity.WARNING, Set.of());
    }

    @Override
    public boolean appliesTo(String type) {
        return type.startsWith("azurerm_");
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        String owner = resource.body().path("tags").path(Tags.OWNER).asText(null);
        if (owner == null || owner.isBlank() || Checks.isReference(owner)) {
            return Evaluation.notApplicable("no literal owner tag");
        }
        return Evaluation.require(Checks.isEmail(owner), "owner is '" + owner
            + "', not a mailbox; set the owner in the estate to a team mailbox such as erp-team@example.com");
    }
}
