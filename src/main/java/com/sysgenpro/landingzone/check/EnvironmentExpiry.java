package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import java.util.Optional;

/**
 * What {@link EnvironmentExpiringRule} and {@link EnvironmentExpiredRule} share: the resource they are reported on, the
 * environment's budget (one per environment stack, ending with it), and what in the estate to change.
 */
final class EnvironmentExpiry {

    /** The resource type both rules read: the budget of a unit's environment stack. */
    static final String TYPE = ResourceTypes.CONSUMPTION_BUDGET_RESOURCE_GROUP;

    private EnvironmentExpiry() {
    }

    /** The evaluation of a stack without a last day to judge (not an environment's, or a permanent one); else empty. */
    static Optional<Evaluation> withoutLastDay(StackContext stack) {
        if (stack.kind() != StackKind.BUSINESS_UNIT) {
            return Optional.of(Evaluation.notApplicable("not an environment's stack"));
        }
        // A permanent environment has no last day to pass.
        return stack.expires() == null ? Optional.of(Evaluation.compliant()) : Optional.empty();
    }

    /** The two ways out, naming the environment in the estate. */
    static String fix(StackContext stack) {
        return "if it is still needed, extend it (move expires of environment '" + stack.environment() + "' of business unit '"
            + stack.businessUnit() + "' forward) and apply; otherwise remove the environment from the estate, which destroys its"
            + " resources";
    }
}
