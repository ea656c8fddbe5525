package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * LZ-ENV-001: a temporary environment (its {@code expires}) whose last day is at most {@value #NOTICE_DAYS} days away,
 * so that someone decides, before the day, to extend it or remove it: a temporary environment nobody decides about
 * becomes permanent. One that has passed its day is {@link EnvironmentExpiredRule}'s.
 */
final class EnvironmentExpiringRule extends EnvironmentExpiry {

    static final String ID = "LZ-ENV-001";
    /** How far ahead the rule warns. */
    static final int NOTICE_DAYS = 14;

    EnvironmentExpiringRule(LocalDate today) {
        super(ID, "Temporary environments are extended or removed before their last day",
            "Decide about a temporary environment within " + NOTICE_DAYS + " days of its last day: move the environment's expires"
                + " (businessUnits[].environments[].expires) forward and apply, or remove the environment from the estate.",
            Severity.WARNING, today);
    }

    @Override
    Evaluation judge(StackContext stack, LocalDate lastDay, LocalDate day) {
        long remaining = ChronoUnit.DAYS.between(day, lastDay);
        if (remaining < 0) {
            return Evaluation.notApplicable("the environment's last day was " + lastDay + "; " + EnvironmentExpiredRule.ID + " reports it");
        }
        if (remaining > NOTICE_DAYS) {
            return Evaluation.compliant();
        }
        String when = remaining == 0 ? "today (" + day + ") is its last day"
            : "its last day is " + lastDay + " (UTC), " + remaining + (remaining == 1 ? " day" : " days") + " after today (" + day + ")";
        return Evaluation.nonCompliant("temporary environment " + stack.name() + " expires soon: " + when + "; "
            + fix(stack));
    }
}
