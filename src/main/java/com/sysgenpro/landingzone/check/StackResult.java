package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
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

    /** How many unsuppressed findings have exactly {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> !finding.suppressed() && finding.severity() == severity).count();
    }

    /** How many findings a suppression accepts. */
    public long suppressed() {
        return findings.stream().filter(Finding::suppressed).count();
    }
}
