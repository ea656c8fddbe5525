package com.sysgenpro.landingzone.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a synthesized stack holds, as the synthesizer recorded it in {@code landing-zone.json}. */
public enum StackKind {
    /** The estate's subscriptions, created as aliases or adopted, and their ids as outputs: {@code subscriptions}. */
    SUBSCRIPTIONS,
    /** Management groups, policy, access, central logging: {@code platform}. */
    PLATFORM,
    /** Hub networks per region, their peering and the estate's private DNS zones: {@code connectivity}. */
    CONNECTIVITY,
    /** A cluster and database server shared by several units' environments: {@code shared-<blueprint>}. */
    SHARED_HOSTING,
    /** One business unit's environment: {@code <bu>-<environment>}. */
    BUSINESS_UNIT,
    /** Kubernetes and Helm resources inside one cluster: {@code <cluster stack>-incluster}. */
    IN_CLUSTER,
    /** A stack the output does not describe (cdktf output not written by this library). */
    UNKNOWN;

    /** The spelling in {@code landing-zone.json}, e.g. {@code business-unit}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind spelt {@code id}, if any. */
    public static Optional<StackKind> find(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
