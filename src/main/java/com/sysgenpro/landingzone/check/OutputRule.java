package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.List;

/**
 * A rule that judges a resource against other stacks of the same output, not its own stack alone: a spoke's zone
 * against the connectivity stack's central zones, a node pool against the subnet of the stack whose outputs it reads.
 * {@link Checker} makes it for the output at hand with {@link #within(List)} before it evaluates; the instance
 * {@link Rules} makes, for listing, refuses to evaluate (as the rules about dates do without a day).
 */
interface OutputRule extends Rule {

    /** The same rule, evaluating against {@code stacks}, every stack of the output checked. */
    Rule within(List<SynthesizedStack> stacks);

    /**
     * {@code made}, what {@code rule} keeps of the output it was made {@link #within(List) within}; fails when it is null,
     * for a rule made for listing only.
     */
    static <T> T madeWithin(Rule rule, T made) {
        if (made == null) {
            throw new IllegalStateException(rule.id() + " judges a resource against the other stacks of its output and was made"
                + " without them; evaluate it through Checker.check, or make it with within(output.stacks())");
        }
        return made;
    }
}
