package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * LZ-ENV-002: a temporary environment past its last day. Its budget has ended, so nobody is alerted about its cost any
 * more, while its resources keep running and are billed: the temporary environment is becoming permanent by default.
 * Compliant through the last day itself.
 */
final class EnvironmentExpiredRule extends EnvironmentExpiry {

    static final String ID = "LZ-ENV-002";

    EnvironmentExpiredRule(LocalDate today) {
        super(ID, "No temporary environment is past its last day",
            "Extend an expired temporary environment (move businessUnits[].environments[].expires forward) and apply, or remove"
                + " the environment from the estate, which destroys its resources.",
            Severity.ERROR, today);
    }

    @Override
    Evaluation judge(StackContext stack, LocalDate lastDay, LocalDate day) {
        long overdue = ChronoUnit.DAYS.between(lastDay, day);
        if (overdue <= 0) {
            return Evaluation.compliant();
        }
        return Evaluation.nonCompliant("temporary environment " + stack.name() + " has expired: its last day was " + lastDay + " (UTC), "
            + overdue + (overdue == 1 ? " day" : " days") + " before today (" + day + "); its budget has ended while its resources"
            + " still run and are billed; " + fix(stack));
    }
}
