package com.sysgenpro.landingzone.governance;

/** What a subscription hosts; decides its Azure workload type and where it is placed in the hierarchy. */
public enum SubscriptionWorkload {
    /** Customer-facing Odoo: Azure workload "Production", placed in the business unit's production group. */
    PRODUCTION("Production"),
    /** Staging, QA and the like: Azure workload "DevTest", placed in the business unit's non-production group. */
    NON_PRODUCTION("DevTest"),
    /** A client's isolated tenant: Azure workload "Production", placed under the online landing zone. */
    CLIENT_ISOLATED("Production"),
    /**
     * Experiments, and the sandbox-class environments of an estate (development, training): Azure workload "DevTest",
     * placed in the sandbox group with relaxed policy.
     */
    SANDBOX("DevTest");

    private final String azureWorkload;

    SubscriptionWorkload(String azureWorkload) {
        this.azureWorkload = azureWorkload;
    }

    /** The {@code workload} Azure records on a subscription created through an alias. */
    public String azureWorkload() {
        return azureWorkload;
    }

    /** The key of the group a subscription of this workload goes to, in the default hierarchy shape. */
    public String placementKey(String businessUnit) {
        return switch (this) {
            case PRODUCTION -> ManagementGroupNode.businessUnitKey(businessUnit) + "-prod";
            case NON_PRODUCTION -> ManagementGroupNode.businessUnitKey(businessUnit) + "-nonprod";
            case CLIENT_ISOLATED -> ManagementGroupNode.ONLINE;
            case SANDBOX -> ManagementGroupNode.SANDBOX;
        };
    }
}
