package com.sysgenpro.landingzone.estate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of an estate's stacks share a subscription (estate {@code subscriptions.layout}). In every layout the platform
 * has its management, connectivity and identity subscriptions, and each shared hosting (an environment class in a
 * region) one of its own, which its shared and semi-dedicated tenants deploy into too: their node pools, servers and
 * endpoints live in the hosting's cluster and network.
 */
public enum SubscriptionLayout {
    /**
     * One subscription per business unit and environment class (production, non-production, sandbox) for the unit's
     * dedicated environments, e.g. {@code wholesale-production}, {@code wholesale-nonproduction}: staging and QA of a
     * unit share one. The default: each subscription sits in exactly one of the unit's management groups.
     */
    UNIT_CLASS("unit-class"),
    /** One subscription per dedicated environment, named like its stack, e.g. {@code wholesale-staging}. */
    UNIT_ENVIRONMENT("unit-environment");

    private final String id;

    SubscriptionLayout(String id) {
        this.id = id;
    }

    /** The spelling in the estate file. */
    public String id() {
        return id;
    }

    /** The layout spelt {@code id}, if any. */
    public static Optional<SubscriptionLayout> find(String id) {
        return Arrays.stream(values()).filter(layout -> layout.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
