package com.sysgenpro.landingzone.governance;

/**
 * What a subscription hosts; decides where it is placed in the hierarchy and, under a billing scope enabled for the
 * Dev/Test offer, its Azure workload type.
 */
public enum SubscriptionWorkload {
    /** Customer-facing Odoo: placed in the business unit's production group. */
    PRODUCTION(false),
    /** Staging, QA and the like: placed in the business unit's non-production group; DevTest under a Dev/Test offer. */
    NON_PRODUCTION(true),
    /** A client's isolated tenant: placed under the online landing zone. */
    CLIENT_ISOLATED(false),
    /**
     * Experiments, and the sandbox-class environments of an estate (development, training): placed in the sandbox group
     * with relaxed policy; DevTest under a Dev/Test offer.
     */
    SANDBOX(true);

    /** The workload Azure accepts under every billing scope. */
    public static final String PRODUCTION_WORKLOAD = "Production";
    /** The workload Azure accepts only under a billing scope enabled for the Dev/Test offer. */
    public static final String DEV_TEST_WORKLOAD = "DevTest";

    private final boolean devTest;

    SubscriptionWorkload(boolean devTest) {
        this.devTest = devTest;
    }

    /**
     * The {@code workload} Azure records on a subscription created through an alias: {@code Production}, or
     * {@code DevTest} for non-production and sandbox subscriptions when {@code devTestOffer}. Azure accepts DevTest only
     * under a billing scope enabled for the Dev/Test offer (an EA enrollment account of a dev/test enrollment, an MCA
     * invoice section of an Azure plan for Dev/Test) and refuses the alias elsewhere, so it is opt-in.
     */
    public String azureWorkload(boolean devTestOffer) {
        return devTest && devTestOffer ? DEV_TEST_WORKLOAD : PRODUCTION_WORKLOAD;
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
