package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code check} found in a synthesized output: a result per stack and the findings about the estate's
 * suppressions themselves (expired, or matching nothing).
 *
 * @param checkedOn the date expiries were judged against
 * @param rules the rules run
 * @param stacks one result per stack, by stack name
 * @param suppressionFindings findings about suppressions
 */
public record CheckReport(LocalDate checkedOn, List<Rule> rules, List<StackResult> stacks, List<Finding> suppressionFindings) {

    /** Copies the lists. */
    public CheckReport {
        rules = List.copyOf(rules);
        stacks = List.copyOf(stacks);
        suppressionFindings = List.copyOf(suppressionFindings);
    }

    /** Every finding: the stacks' in stack order, then the suppressions'. */
    public List<Finding> findings() {
        return Stream.concat(stacks.stream().flatMap(stack -> stack.findings().stream()), suppressionFindings.stream()).toList();
    }

    /** How many unsuppressed findings have exactly {@code severity}. */
    public long count(Severity severity) {
        return findings().stream().filter(finding -> !finding.suppressed() && finding.severity() == severity).count();
    }

    /** How many findings a suppression accepts. */
    public long suppressed() {
        return findings().stream().filter(Finding::suppressed).count();
    }

    /** How many resources the checked stacks hold. */
    public int resources() {
        return stacks.stream().mapToInt(StackResult::resources).sum();
    }

    /** Whether any unsuppressed finding is at least as severe as {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return findings().stream().anyMatch(finding -> finding.failsAt(threshold));
    }
}
