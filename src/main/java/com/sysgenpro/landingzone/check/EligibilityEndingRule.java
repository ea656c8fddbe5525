package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * LZ-PIM-001: an eligible (PIM) assignment whose last day is at most {@value #NOTICE_DAYS} days away, so that the
 * people who need it (administrators, a partner) are renewed, or let go on purpose, before activation stops working.
 * An assignment already ended is {@link EligibilityEndedRule}'s.
 */
final class EligibilityEndingRule extends EligibilityDeadline {

    static final String ID = "LZ-PIM-001";
    /** How far ahead the rule warns. */
    static final int NOTICE_DAYS = 30;

    /**
     * @param today the day of the check; {@code null} for a rule that is only listed ({@link Rules#checkOnly()}), which
     *     then evaluates nothing
     */
    EligibilityEndingRule(LocalDate today) {
        super(ID, "Eligible (PIM) assignments are renewed before they end",
            "Renew eligibility that ends within " + NOTICE_DAYS + " days: move access.eligibilityEnd (platform, security and ERP"
                + " duties) or the partner's end in access.partners forward, at most 365 days of eligibility, and apply; or remove"
                + " a partner whose access is to end.",
            Severity.WARNING, today);
    }

    @Override
    Evaluation judge(TerraformResource resource, LocalDate lastDay, LocalDate day) {
        long remaining = ChronoUnit.DAYS.between(day, lastDay);
        if (remaining < 0) {
            return Evaluation.notApplicable("eligibility ended on " + lastDay + "; " + EligibilityEndedRule.ID + " reports it");
        }
        if (remaining > NOTICE_DAYS) {
            return Evaluation.compliant();
        }
        String when = remaining == 0 ? "today (" + day + ") is its last day"
            : "its last day is " + lastDay + " (UTC), " + remaining + (remaining == 1 ? " day" : " days") + " after today ("
                + day + ")";
        return Evaluation.nonCompliant("eligibility ends soon: " + when + "; " + EligibilityWindow.renewal(resource));
    }
}
