package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZ-SUP-001, LZ-SUP-002 and LZ-SUP-003, the rules about the estate's suppressions themselves: one past its expiry
 * date, or without a written reason, suppresses nothing and is an error; one that matches no finding is a warning. They
 * judge suppressions, not resources: {@link Checker} asks which suppressions are {@linkplain #inForce in force} before
 * it evaluates the resources, and which of those went {@linkplain #unused unused} after.
 */
final class SuppressionRules {

    /** An expired suppression: it no longer applies, and says so until renewed or removed. */
    static final String EXPIRED = "LZ-SUP-001";

    /** A suppression that matches no finding: left behind after a fix, or misspelt. */
    static final String UNUSED = "LZ-SUP-002";

    /**
     * A suppression without a written reason (or one shorter than {@value Suppression#MINIMUM_REASON_LENGTH}
     * characters): it applies to nothing. The estate's validator refuses such suppressions; an output written by hand or
     * by another tool may still carry one.
     */
    static final String REASONLESS = "LZ-SUP-003";

    private static final SuppressionRule EXPIRED_RULE = new SuppressionRule(EXPIRED,
        "Suppressions are renewed or removed when they expire",
        "Fix the findings the suppression covered, or renew it in governance.suppressions with a new expiry and a reason"
            + " that still holds.", Severity.ERROR);
    private static final SuppressionRule UNUSED_RULE = new SuppressionRule(UNUSED, "Every suppression matches a finding",
        "Remove the suppression from governance.suppressions, or correct its rule, stack or resource.", Severity.WARNING);
    private static final SuppressionRule REASONLESS_RULE = new SuppressionRule(REASONLESS,
        "Every suppression says why the finding is accepted",
        "Write down in the suppression's reason, for the reviewer and the auditor, why the finding is accepted (at least "
            + Suppression.MINIMUM_REASON_LENGTH + " characters).", Severity.ERROR);

    /** The rules, for reports. */
    static final List<Rule> ALL = List.of(EXPIRED_RULE, UNUSED_RULE, REASONLESS_RULE);

    private SuppressionRules() {
    }

    /**
     * The suppressions that apply on {@code today}: those with a reason and not expired. Each other one is added to
     * {@code findings}, without a reason first (a reasonless one is not judged for expiry).
     */
    static List<Suppression> inForce(List<Suppression> suppressions, LocalDate today, List<Finding> findings) {
        List<Suppression> inForce = new ArrayList<>();
        for (Suppression suppression : suppressions) {
            String reason = suppression.reason() == null ? "" : suppression.reason().strip();
            if (reason.length() < Suppression.MINIMUM_REASON_LENGTH) {
                findings.add(REASONLESS_RULE.finding(suppression,
                    (reason.isEmpty() ? "gives no reason" : "gives no real reason (\"" + reason + "\")")
                        + ", so it suppresses nothing; write down why the finding is accepted, in at least "
                        + Suppression.MINIMUM_REASON_LENGTH + " characters, or fix the finding"));
            } else if (suppression.expiredOn(today)) {
                findings.add(EXPIRED_RULE.finding(suppression,
                    "expired on " + suppression.expires() + " (reason given: \"" + reason + "\"); fix the findings it covered,"
                        + " or renew it with a new expiry and reason"));
            } else {
                inForce.add(suppression);
            }
        }
        return inForce;
    }

    /** Adds to {@code findings} each suppression of {@code inForce} that is not in {@code used}, those that accepted a finding. */
    static void unused(List<Suppression> inForce, Set<Suppression> used, List<Finding> findings) {
        for (Suppression suppression : inForce) {
            if (!used.contains(suppression)) {
                findings.add(UNUSED_RULE.finding(suppression,
                    "matches no finding; remove it from governance.suppressions, or correct its rule, stack or resource"));
            }
        }
    }

    /** One of the rules, as reports describe it; it evaluates no resource. */
    private static final class SuppressionRule extends CheckOnlyRule {

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

        /** A finding about {@code suppression}, located by it (its stack and scope), not by a resource. */
        Finding finding(Suppression suppression, String what) {
            return new Finding(id(), severity(), suppression.stack(), suppression.scope(), null,
                "the suppression of " + suppression.rule() + " " + what, null, suppression);
        }
    }
}
