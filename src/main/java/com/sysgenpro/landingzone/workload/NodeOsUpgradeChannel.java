package com.sysgenpro.landingzone.workload;

/**
 * How AKS updates the OS of a {@link KubernetesCluster}'s nodes ({@code node_os_upgrade_channel}); the managed
 * channels run only in the cluster's node OS window.
 */
public enum NodeOsUpgradeChannel {
    /** A fresh node image weekly, reimaging the nodes. The default. */
    NODE_IMAGE("NodeImage"),
    /** Security patches applied to the running nodes, reimaging only where a patch needs it. */
    SECURITY_PATCH("SecurityPatch"),
    /** The OS's own unattended updates, outside AKS's control and any window. */
    UNMANAGED("Unmanaged"),
    /** No OS updates at all: only for clusters replaced often. */
    NONE("None");

    private final String terraformValue;

    NodeOsUpgradeChannel(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code node_os_upgrade_channel}, e.g. {@code NodeImage}. */
    public String terraformValue() {
        return terraformValue;
    }

    /** Whether AKS schedules the updates, so the cluster needs a node OS maintenance window. */
    public boolean scheduled() {
        return this == NODE_IMAGE || this == SECURITY_PATCH;
    }
}
