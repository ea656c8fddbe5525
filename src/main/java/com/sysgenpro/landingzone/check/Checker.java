package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every {@link Rules rule} over every resource of a synthesized output and applies the estate's suppressions,
 * like cdk-nag over a construct tree: each (rule, resource) pair is compliant, non-compliant or not applicable.
 *
 * <p>Suppressions are judged too, by {@link SuppressionRules}: one past its expiry date, or without a written reason,
 * suppresses nothing and is an error; one that matches no finding is a warning.
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Checks {@code output}.
     *
     * @param today the date suppression expiries and the last days of eligible assignments and temporary environments are
     *     judged against
     */
    public static CheckReport check(SynthOutput output, LocalDate today) {
        List<SynthesizedStack> stacks = output.stacks();
        // Rules that read other stacks than the resource's own (the connectivity stack's zones) are made for this output.
        List<Rule> rules = Rules.all(output.mandatoryTags(), today).stream()
            .map(rule -> rule instanceof OutputRule crossStack ? crossStack.within(stacks) : rule).toList();
        List<Finding> suppressionFindings = new ArrayList<>();
        List<Suppression> active = SuppressionRules.inForce(output.suppressions(), today, suppressionFindings);

        Set<Suppression> used = new HashSet<>();
        List<StackResult> results = new ArrayList<>();
        for (SynthesizedStack stack : stacks) {
            int compliant = 0;
            int notApplicable = 0;
            List<Finding> findings = new ArrayList<>();
            List<TerraformResource> resources = stack.resources();
            List<TerraformResource> blocks = null;
            for (Rule rule : rules) {
                List<TerraformResource> subjects = resources;
                if (rule instanceof BlockRule) {
                    blocks = blocks == null ? stack.blocks() : blocks;
                    subjects = blocks;
                }
                for (TerraformResource resource : subjects) {
                    if (!rule.appliesTo(resource.type())) {
                        continue;
                    }
                    Evaluation evaluation = rule.evaluate(resource, stack.context());
                    switch (evaluation.outcome()) {
                        case COMPLIANT -> compliant++;
                        case NOT_APPLICABLE -> notApplicable++;
                        case NON_COMPLIANT -> {
                            Suppression suppression = active.stream()
                                .filter(candidate -> candidate.covers(rule.id(), resource)).findFirst().orElse(null);
                            if (suppression != null) {
                                used.add(suppression);
                            }
                            findings.add(new Finding(rule.id(), rule.severity(), stack.name(), resource.address(),
                                resource.constructPath(), evaluation.message(), suppression));
                        }
                    }
                }
            }
            findings.sort(Comparator.comparing(Finding::rule).thenComparing(Finding::address));
            results.add(new StackResult(stack.context(), resources.size(), compliant, notApplicable, findings));
        }
        SuppressionRules.unused(active, used, suppressionFindings);
        List<Rule> reported = new ArrayList<>(rules);
        reported.addAll(SuppressionRules.ALL);
        return new CheckReport(today, reported, results, suppressionFindings);
    }
}
