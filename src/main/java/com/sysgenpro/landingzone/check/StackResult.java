package com.sysgenpro.landingzone.check;

import java.util.List;

/**
 * What {@code check} found in one stack.
 *
 * @param stack the stack's context
 * @param resources how many resources it has
 * @param compliant how many (rule, resource) evaluations were compliant
 * @param notApplicable how many were not applicable (e.g. a value known only at apply time)
 * @param findings the non-compliant ones, suppressed or not, in rule then address order
 */
public record StackResult(StackContext stack, int resources, int compliant, int notApplicable, List<Finding> findings) {

    /** Copies the findings. */
    public StackResult {
        findings = List.copyOf(findings);
    }

    /** The stack's name. */
    public String name() {
        return stack.name();
    }
}
