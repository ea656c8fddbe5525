package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.management_lock.ManagementLock;
import java.util.List;
import software.constructs.Construct;

/** What {@code deletionProtection} adds to the data stores that have it: {@code prevent_destroy} and a delete lock. */
final class DeletionProtection {

    /** The name of the lock, recognisable in the portal next to locks set by hand. */
    static final String LOCK_NAME = "lz-do-not-delete";
    /** The lock's construct id under the protected construct. */
    static final String LOCK_ID = "delete-lock";

    private DeletionProtection() {
    }

    /** {@code prevent_destroy} when protected, plus {@code ignore_changes}; {@code null} when neither applies. */
    static TerraformResourceLifecycle lifecycle(boolean preventDestroy, List<String> ignoreChanges) {
        if (!preventDestroy && ignoreChanges.isEmpty()) {
            return null;
        }
        var lifecycle = TerraformResourceLifecycle.builder();
        if (preventDestroy) {
            lifecycle.preventDestroy(true);
        }
        if (!ignoreChanges.isEmpty()) {
            lifecycle.ignoreChanges(ignoreChanges);
        }
        return lifecycle.build();
    }

    /** A {@code CanNotDelete} lock on {@code resourceId}, as {@value #LOCK_ID} under {@code scope}; {@code notes} say what it protects. */
    static ManagementLock lock(Construct scope, String resourceId, String notes) {
        return ManagementLock.Builder.create(scope, LOCK_ID)
            .name(LOCK_NAME)
            .scope(resourceId)
            .lockLevel("CanNotDelete")
            .notes(notes)
            .build();
    }
}
