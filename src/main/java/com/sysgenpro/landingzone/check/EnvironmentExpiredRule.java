package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * LZ-ENV-002: a temporary environment past its last day. Its budget has ended, so nobody is alerted about its cost any
 * more, while its resources keep running and are billed: the temporary environment is becoming permanent by default.
 * Compliant through the last day itself.
 */
final class EnvironmentExpiredRule extends CheckOnlyRule {

    static final String ID = "LZ-ENV-002";

    private final LocalDate today;

    /**
     * @param today the day of the check; {@code null} for a rule that is only listed ({@link Rules#checkOnly()}), which
     *     then evaluates nothing
     */
    EnvironmentExpiredRule(LocalDate today) {
        super(ID, "No temporary environment is past its last day",
            "Extend an expired temporary environment (move businessUnits[].environments[].expires forward) and apply, or remove"
                + " the environment from the estate, which destroys its resources.",
            Severity.ERROR, Set.of(EnvironmentExpiry.TYPE));
        this.today = today;
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        LocalDate day = Rules.dayOf(this, today);
        Optional<Evaluation> withoutLastDay = EnvironmentExpiry.withoutLastDay(stack);
        if (withoutLastDay.isPresent()) {
            return withoutLastDay.get();
        }
        LocalDate lastDay = stack.expires();
        long overdue = ChronoUnit.DAYS.between(lastDay, day);
        if (overdue <= 0) {
            return Evaluation.compliant();
        }
        return Evaluation.nonCompliant("temporary environment " + stack.name() + " has expired: its last day was " + lastDay + " (UTC), "
            + overdue + (overdue == 1 ? " day" : " days") + " before today (" + day + "); its budget has ended while its resources"
            + " still run and are billed; " + EnvironmentExpiry.fix(stack));
    }
}
