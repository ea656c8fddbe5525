package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * A rule about the estate's suppressions themselves (expired, without a reason, matching nothing). The {@link Checker}
 * judges suppressions directly; this class only describes the rule for reports, and evaluates no resource.
 */
final class SuppressionRule extends CheckOnlyRule {

    SuppressionRule(String id, String title, String help, Severity severity) {
        super(id, title, help, severity, Set.of());
    }

    @Override
    public boolean appliesTo(String type) {
        return false;
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        return Evaluation.notApplicable(id() + " judges the estate's suppressions, not resources");
    }
}
