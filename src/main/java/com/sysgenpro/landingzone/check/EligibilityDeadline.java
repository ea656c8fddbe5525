package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.util.Set;

/**
 * What {@link EligibilityEndingRule} and {@link EligibilityEndedRule} share: the eligible assignments they read, the day
 * they judge on, and the assignments whose last day cannot be read (not applicable, with the reason).
 */
abstract class EligibilityDeadline extends CheckOnlyRule {

    private final LocalDate today;

    /**
     * @param today the day of the check; {@code null} for a rule that is only listed ({@link Rules#checkOnly()}), which
     *     then evaluates nothing
     */
    EligibilityDeadline(String id, String title, String help, Severity severity, LocalDate today) {
        super(id, title, help, severity, Set.of(EligibilityWindow.TYPE));
        this.today = today;
    }

    @Override
    public final Evaluation evaluate(TerraformResource resource, StackContext stack) {
        LocalDate day = Rules.dayOf(this, today);
        EligibilityWindow window = EligibilityWindow.of(resource);
        if (window.lastDay() == null) {
            return Evaluation.notApplicable(window.unknownBecause());
        }
        return judge(resource, window.lastDay(), day);
    }

    /** The evaluation of an eligible assignment whose last day (UTC) is {@code lastDay}, on {@code day}. */
    abstract Evaluation judge(TerraformResource resource, LocalDate lastDay, LocalDate day);
}
