package com.sysgenpro.landingzone.workload;

/**
 * How AKS upgrades Kubernetes itself on a {@link KubernetesCluster} ({@code automatic_upgrade_channel}); upgrades run
 * only in the cluster's upgrade window.
 */
public enum AksUpgradeChannel {
    /** The latest patch of the current minor version. The default. */
    PATCH("patch"),
    /** The latest patch of the minor version before the newest (N-1). */
    STABLE("stable"),
    /** The latest patch of the newest minor version. */
    RAPID("rapid"),
    /** Kubernetes stays; node images are upgraded. Requires {@link NodeOsUpgradeChannel#NODE_IMAGE}. */
    NODE_IMAGE("node-image"),
    /**
     * No automatic upgrade: {@code automatic_upgrade_channel} and the upgrade window are left out of the
     * configuration, and a full version such as {@code 1.31.2} may be pinned.
     */
    NONE("none");

    private final String terraformValue;

    AksUpgradeChannel(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code automatic_upgrade_channel}, e.g. {@code patch}; {@code none} is never written. */
    public String terraformValue() {
        return terraformValue;
    }
}
