package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
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
 * <p>Suppressions are judged too: one past its expiry date, or without a written reason, suppresses nothing and is an
 * error; one that matches no finding is a warning.
 */
public final class Checker {

    /** An expired suppression: it no longer applies, and says so until renewed or removed. */
    public static final String EXPIRED_SUPPRESSION = "LZ-SUP-001";

    /** A suppression that matches no finding: left behind after a fix, or misspelt. */
    public static final String UNUSED_SUPPRESSION = "LZ-SUP-002";

    /**
     * A suppression without a written reason (or one shorter than {@value Suppression#MINIMUM_REASON_LENGTH}
     * characters): it applies to nothing. The estate's validator refuses such suppressions; an output written by hand or
     * by another tool may still carry one.
     */
    public static final String REASONLESS_SUPPRESSION = "LZ-SUP-003";

    /** The rules about suppressions, for reports: they are judged here, not evaluated on resources. */
    static final List<Rule> SUPPRESSION_RULES = List.of(
        new SuppressionRule(EXPIRED_SUPPRESSION, "Suppressions are renewed or removed when they expire",
            "Fix the findings the suppression covered, or renew it in governance.suppressions with a new expiry and a reason"
                + " that still holds.", Severity.ERROR),
        new SuppressionRule(UNUSED_SUPPRESSION, "Every suppression matches a finding",
            "Remove the suppression from governance.suppressions, or correct its rule, stack or resource.", Severity.WARNING),
        new SuppressionRule(REASONLESS_SUPPRESSION, "Every suppression says why the finding is accepted",
            "Write down in the suppression's reason, for the reviewer and the auditor, why the finding is accepted (at least "
                + Suppression.MINIMUM_REASON_LENGTH + " characters).", Severity.ERROR));

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
        List<Suppression> active = new ArrayList<>();
        List<Finding> suppressionFindings = new ArrayList<>();
        for (Suppression suppression : output.suppressions()) {
            String reason = suppression.reason() == null ? "" : suppression.reason().strip();
            if (reason.length() < Suppression.MINIMUM_REASON_LENGTH) {
                suppressionFindings.add(suppressionFinding(REASONLESS_SUPPRESSION, Severity.ERROR, suppression,
                    (reason.isEmpty() ? "gives no reason" : "gives no real reason (\"" + reason + "\")")
                        + ", so it suppresses nothing; write down why the finding is accepted, in at least "
                        + Suppression.MINIMUM_REASON_LENGTH + " characters, or fix the finding"));
            } else if (suppression.expiredOn(today)) {
                suppressionFindings.add(suppressionFinding(EXPIRED_SUPPRESSION, Severity.ERROR, suppression,
                    "expired on " + suppression.expires() + " (reason given: \"" + reason + "\"); fix the findings it covered,"
                        + " or renew it with a new expiry and reason"));
            } else {
                active.add(suppression);
            }
        }

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
        for (Suppression suppression : active) {
            if (!used.contains(suppression)) {
                suppressionFindings.add(suppressionFinding(UNUSED_SUPPRESSION, Severity.WARNING, suppression,
                    "matches no finding; remove it from governance.suppressions, or correct its rule, stack or resource"));
            }
        }
        List<Rule> reported = new ArrayList<>(rules);
        reported.addAll(SUPPRESSION_RULES);
        return new CheckReport(today, reported, results, suppressionFindings);
    }

    private static Finding suppressionFinding(String rule, Severity severity, Suppression suppression, String what) {
        return new Finding(rule, severity, suppression.stack(), suppression.scope(), null, subject(suppression) + what, null, suppression);
    }

    private static String subject(Suppression suppression) {
        return "the suppression of " + suppression.rule() + " ";
    }
}
