package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.util.Set;

/**
 * What {@link EnvironmentExpiringRule} and {@link EnvironmentExpiredRule} share: the resource they are reported on (the
 * environment's budget, one per environment stack, ending with it), the day they judge on, the stacks with no last day to
 * judge, and what in the estate to change.
 */
abstract class EnvironmentExpiry extends CheckOnlyRule {

    /** The resource type both rules read: the budget of a unit's environment stack. */
    static final String TYPE = ResourceTypes.CONSUMPTION_BUDGET_RESOURCE_GROUP;

    private final LocalDate today;

    /**
     * @param today the day of the check; {@code null} for a rule that is only listed ({@link Rules#checkOnly()}), which
     *     then evaluates nothing
     */
    EnvironmentExpiry(String id, String title, String help, Severity severity, LocalDate today) {
        super(id, title, help, severity, Set.of(TYPE));
        this.today = today;
    }

    @Override
    public final Evaluation evaluate(TerraformResource resource, StackContext stack) {
        LocalDate day = Rules.dayOf(this, today);
        if (stack.kind() != StackKind.BUSINESS_UNIT) {
            return Evaluation.notApplicable("not an environment's stack");
        }
        if (stack.expires() == null) {
            // A permanent environment has no last day to pass.
            return Evaluation.compliant();
        }
        return judge(stack, stack.expires(), day);
    }

    /** The evaluation of a temporary environment's stack whose last day is {@code lastDay}, on {@code day}. */
    abstract Evaluation judge(StackContext stack, LocalDate lastDay, LocalDate day);

    /** The two ways out, naming the environment in the estate. */
    static String fix(StackContext stack) {
        return "if it is still needed, extend it (move expires of environment '" + stack.environment() + "' of business unit '"
            + stack.businessUnit() + "' forward) and apply; otherwise remove the environment from the estate, which destroys its"
            + " resources";
    }
}
