package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.check.Finding;
import com.sysgenpro.landingzone.output.StackContext;
import java.util.List;

/**
 * What changes in one stack between base and head.
 *
 * @param name the stack
 * @param context what the synthesizer recorded about it (head's, or base's for a removed stack)
 * @param status whether the stack is added, removed, changed or unchanged
 * @param changes its resources that change, by address
 * @param introduced governance findings head has and base had not (unsuppressed)
 * @param fixed governance findings base had and head has not (unsuppressed)
 */
public record StackChanges(String name, StackContext context, Status status, List<ResourceChange> changes, List<Finding> introduced,
                           List<Finding> fixed) {

    /** Copies the lists. */
    public StackChanges {
        changes = List.copyOf(changes);
        introduced = List.copyOf(introduced);
        fixed = List.copyOf(fixed);
    }

    /** Whether anything about the stack changes. */
    public boolean changed() {
        return status != Status.UNCHANGED;
    }

    /** A stack's fate between base and head. */
    public enum Status {
        /** Only head has it. */
        ADDED,
        /** Only base has it: Terraform destroys everything in it when its state is planned against nothing. */
        REMOVED,
        /** Both have it and something differs. */
        CHANGED,
        /** Both have it, identical. */
        UNCHANGED
    }
}
