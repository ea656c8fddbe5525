package com.sysgenpro.landingzone.workload;

/**
 * The pricing tier of a {@link KubernetesCluster} ({@code sku_tier}): whether the control plane has an uptime SLA.
 * Production refuses {@link #FREE}.
 */
public enum AksSkuTier {
    /** No uptime SLA, for lower environments only. */
    FREE("Free"),
    /** Uptime SLA for the API server. The default. */
    STANDARD("Standard"),
    /** Standard plus long-term support of a Kubernetes minor version. */
    PREMIUM("Premium");

    private final String terraformValue;

    AksSkuTier(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code sku_tier}, e.g. {@code Standard}. */
    public String terraformValue() {
        return terraformValue;
    }
}
