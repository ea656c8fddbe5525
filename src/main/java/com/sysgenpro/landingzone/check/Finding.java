package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.Suppression;

/**
 * A non-compliant result: a rule a resource breaks, what to change, and the suppression that accepts it, if any.
 *
 * @param rule the rule id
 * @param severity the rule's severity
 * @param stack the stack
 * @param address the resource's Terraform address in the stack, {@code type.name}; for findings about the estate's
 *     suppressions, the suppression's scope
 * @param constructPath the construct path cdktn recorded, or {@code null}
 * @param message what is wrong and how to fix it
 * @param suppression the suppression accepting it, or {@code null}: suppressed findings are reported, not counted
 * @param about for a finding about one of the estate's suppressions (reasonless, expired, unused), that suppression;
 *     {@code null} for a finding about a resource
 */
public record Finding(String rule, Severity severity, String stack, String address, String constructPath, String message,
                      Suppression suppression, Suppression about) {

    /** A finding about a resource. */
    public Finding(String rule, Severity severity, String stack, String address, String constructPath, String message,
                   Suppression suppression) {
        this(rule, severity, stack, address, constructPath, message, suppression, null);
    }

    /** Whether a suppression accepts it. */
    public boolean suppressed() {
        return suppression != null;
    }

    /** Whether it counts against {@code threshold}: unsuppressed and at least as severe. */
    public boolean failsAt(Severity threshold) {
        return !suppressed() && severity.compareTo(threshold) <= 0;
    }
}
