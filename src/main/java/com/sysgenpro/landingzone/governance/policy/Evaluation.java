package com.sysgenpro.landingzone.governance.policy;

/**
 * The result of evaluating one control on one resource, in the terms cdk-nag uses.
 *
 * @param outcome compliant, non-compliant or not applicable
 * @param message for non-compliant results, what is wrong and how to fix it; otherwise a short note
 */
public record Evaluation(Outcome outcome, String message) {

    /** The three outcomes. */
    public enum Outcome {
        /** The resource meets the control. */
        COMPLIANT,
        /** The resource breaks the control. */
        NON_COMPLIANT,
        /** The control does not apply to the resource (another type, or a value known only at apply time). */
        NOT_APPLICABLE
    }

    /** The resource meets the control. */
    public static Evaluation compliant() {
        return new Evaluation(Outcome.COMPLIANT, "");
    }

    /** The resource breaks the control; {@code fix} says what is wrong and what to change. */
    public static Evaluation nonCompliant(String fix) {
        return new Evaluation(Outcome.NON_COMPLIANT, fix);
    }

    /** The control does not apply, with the reason. */
    public static Evaluation notApplicable(String reason) {
        return new Evaluation(Outcome.NOT_APPLICABLE, reason);
    }

    /** Compliant when {@code condition} holds, else non-compliant with {@code fix}. */
    public static Evaluation require(boolean condition, String fix) {
        return condition ? compliant() : nonCompliant(fix);
    }
}
