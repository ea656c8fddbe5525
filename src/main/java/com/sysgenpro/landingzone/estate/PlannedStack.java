package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.output.StackKind;
import java.util.List;

/**
 * One stack of an estate as {@link EstatePlan#stacks()} plans it: its name, kind, the stacks it references (which cdktn
 * turns into remote state and outputs) and what it is built from. The synthesizer, the {@code --stack}/{@code --jobs}
 * selection and {@code landing-zone.json} all iterate this list, so that the set of stacks is derived once.
 *
 * @param name the stack's name, e.g. {@code wholesale-production} or {@code shared-staging-incluster}
 * @param kind what the stack holds
 * @param dependencies the stacks it references, in synthesis order
 * @param placement the business unit environment it is for (its own stack, or the in-cluster stack of its cluster);
 *     null for the platform and shared hosting
 * @param hosting the shared hosting it is, or whose cluster it configures; null otherwise
 */
record PlannedStack(String name, StackKind kind, List<String> dependencies, Placement placement, SharedHosting hosting) {

    /** Copies the list. */
    public PlannedStack {
        dependencies = List.copyOf(dependencies);
    }
}
