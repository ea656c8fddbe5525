package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every {@link Rules rule} over every resource of a synthesized output and applies the estate's suppressions,
 * like cdk-nag over a construct tree: each (rule, resource) pair is compliant, non-compliant or not applicable.
 */
public final class Checker {

    /** An expired suppression: it no longer applies, and says so until renewed or removed. */
    public static final String EXPIRED_SUPPRESSION = "LZ-SUP-001";

    /** A suppression that matches no finding: left behind after a fix, or misspelt. */
    public static final String UNUSED_SUPPRESSION = "LZ-SUP-002";

    private Checker() {
    }

    /**
     * Checks {@code output}.
     *
     * @param today the date suppression expiries are judged against
     */
    public static CheckReport check(SynthOutput output, LocalDate today) {
        List<Rule> rules = Rules.all(output.mandatoryTags());
        List<Suppression> active = new ArrayList<>();
        List<Finding> suppressionFindings = new ArrayList<>();
        for (Suppression suppression : output.suppressions()) {
            if (suppression.expiredOn(today)) {
                suppressionFindings.add(new Finding(EXPIRED_SUPPRESSION, Severity.ERROR, suppression.stack(), suppression.scope(), null,
                    "the suppression of " + suppression.rule() + " expired on " + suppression.expires() + " (reason given: \""
                        + suppression.reason() + "\"); fix the findings it covered, or renew it with a new expiry and reason",
                    null));
            } else {
                active.add(suppression);
            }
        }

        Set<Suppression> used = new HashSet<>();
        List<StackResult> results = new ArrayList<>();
        for (SynthesizedStack stack : output.stacks()) {
            int compliant = 0;
            int notApplicable = 0;
            List<Finding> findings = new ArrayList<>();
            List<TerraformResource> resources = stack.resources();
            for (Rule rule : rules) {
                for (TerraformResource resource : resources) {
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
        for (Suppression suppression : active) {
            if (!used.contains(suppression)) {
                suppressionFindings.add(new Finding(UNUSED_SUPPRESSION, Severity.WARNING, suppression.stack(), suppression.scope(), null,
                    "the suppression of " + suppression.rule() + " matches no finding; remove it from governance.suppressions,"
                        + " or correct its rule, stack or resource", null));
            }
        }
        return new CheckReport(today, rules, results, suppressionFindings);
    }
}
