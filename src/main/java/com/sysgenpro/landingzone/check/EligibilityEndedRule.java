package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * LZ-PIM-002: an eligible (PIM) assignment whose last day has passed. Nobody can activate it any more, and Azure
 * removes expired eligibility, so the next apply would try to create it again with a schedule that has ended: the
 * estate is to be renewed or the assignment's holder removed from it. Compliant through the last day itself.
 */
final class EligibilityEndedRule extends EligibilityDeadline {

    static final String ID = "LZ-PIM-002";

    /**
     * @param today the day of the check; {@code null} for a rule that is only listed ({@link Rules#checkOnly()}), which
     *     then evaluates nothing
     */
    EligibilityEndedRule(LocalDate today) {
        super(ID, "No eligible (PIM) assignment has ended",
            "Renew ended eligibility: move access.eligibilityEnd (platform, security and ERP duties) or the partner's end in"
                + " access.partners forward, at most 365 days of eligibility (move the start too), and apply; or remove a partner"
                + " whose access has ended.",
            Severity.ERROR, today);
    }

    @Override
    Evaluation judge(TerraformResource resource, LocalDate lastDay, LocalDate day) {
        long overdue = ChronoUnit.DAYS.between(lastDay, day);
        if (overdue <= 0) {
            return Evaluation.compliant();
        }
        return Evaluation.nonCompliant("eligibility ended: its last day was " + lastDay + " (UTC), " + overdue
            + (overdue == 1 ? " day" : " days") + " before today (" + day + "), so it can no longer be activated and the next apply"
            + " would re-create it with an ended schedule; " + EligibilityWindow.renewal(resource));
    }
}
