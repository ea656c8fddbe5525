package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LZ-TAG-VAL-002: the {@code owner} tag reaches someone: a mailbox ({@code erp-team@example.com}) or an Entra ID
 * object id (a group's GUID). A warning: the estate accepts any text, but alerts and budget mails need an address.
 */
final class OwnerTagRule extends CheckOnlyRule {

    static final String ID = "LZ-TAG-VAL-002";
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    OwnerTagRule() {
        super(ID, "The owner tag is a mailbox or an Entra ID object id",
            "Set the business unit's (or the platform's) owner in the estate to a team mailbox, e.g. erp-team@example.com,"
                + " or an Entra ID group's object id, so that alerts and budget mails reach someone.",
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
        return Evaluation.require(Checks.isEmail(owner) || OBJECT_ID.matcher(owner).matches(), "owner is '" + owner
            + "', neither a mailbox nor an Entra ID object id; set the owner in the estate to a team mailbox or a group's object id");
    }
}
