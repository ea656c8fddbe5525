package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.PinnedDay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a rule that reads the whole output ({@link OutputRule}) makes of every resource it applies to in an output that
 * must have no finding of it, split into compliant and not applicable (each as {@code label}), and the findings
 * {@link Checker} reports of one rule.
 */
record OutputRuleOutcomes(List<String> compliant, List<String> notApplicable) {

    /** Evaluates {@code rule} made within {@code output} on each resource it applies to; fails on a non-compliant one. */
    static OutputRuleOutcomes of(OutputRule rule, SynthOutput output, BiFunction<SynthesizedStack, TerraformResource, String> label) {
        Rule made = rule.within(output.stacks());
        List<String> compliant = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (SynthesizedStack stack : output.stacks()) {
            for (TerraformResource resource : stack.resources()) {
                if (made.appliesTo(resource.type())) {
                    Evaluation evaluation = made.evaluate(resource, stack.context());
                    assertThat(evaluation.outcome()).as(stack.name() + " " + resource.address() + ": " + evaluation.message())
                        .isNotEqualTo(Outcome.NON_COMPLIANT);
                    (evaluation.outcome() == Outcome.COMPLIANT ? compliant : notApplicable).add(label.apply(stack, resource));
                }
            }
        }
        return new OutputRuleOutcomes(compliant, notApplicable);
    }

    /** The findings of rule {@code id} in the output at {@code out}, as {@code <stack> <address>: <message>}. */
    static List<String> findings(Path out, String id) {
        return Checker.check(SynthOutput.read(out), PinnedDay.TODAY).findings().stream()
            .filter(finding -> finding.rule().equals(id))
            .map(finding -> finding.stack() + " " + finding.address() + ": " + finding.message()).toList();
    }
}
