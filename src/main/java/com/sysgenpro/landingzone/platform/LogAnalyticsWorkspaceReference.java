package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.internal.ResourceIds;

/**
 * A Log Analytics workspace as the constructs that send logs to it take it: the {@link LogAnalyticsWorkspace} this
 * stack creates, or {@link #fromId(String)} for one of another stack or subscription. Typed rather than an id string,
 * so that a workspace cannot be given where another resource is expected.
 */
public interface LogAnalyticsWorkspaceReference {

    /** The workspace's Azure resource id: a Terraform reference, or the literal id of an existing workspace. */
    String id();

    /**
     * The workspace with resource id {@code idOrToken}: a Terraform reference (e.g. another stack's output), taken as
     * is, or a literal {@code /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights
     * /workspaces/<name>}.
     *
     * @throws IllegalArgumentException for a literal that is not a workspace's resource id
     */
    static LogAnalyticsWorkspaceReference fromId(String idOrToken) {
        return new ExistingResource(ResourceIds.checked("LogAnalyticsWorkspaceReference.fromId", "id", idOrToken,
            "Microsoft.OperationalInsights/workspaces", "a Log Analytics workspace"));
    }
}
