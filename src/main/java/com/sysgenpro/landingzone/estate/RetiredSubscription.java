package com.sysgenpro.landingzone.estate;

import java.util.Optional;

/**
 * A subscription the estate is retiring ({@code subscriptions.retired}): its key has left the layout, and for one
 * deployment the vending stack keeps its alias and output and the platform stack keeps its provider, so that its
 * guardrails are destroyed through the provider that created them before that provider disappears. Removing the key
 * from {@code retired} afterwards drops the alias from state; the subscription itself keeps running (and billing)
 * unless {@code subscriptions.cancelOnDestroy} is set, so cancel it in the portal once it is empty.
 *
 * @param key the subscription's key in the layout it left, e.g. {@code retail-production}
 * @param displayName the display name it was created with, {@code <prefix>-<key>}
 * @param adoptedId the id of an adopted subscription ({@code subscriptions.existing.<key>}); null for a created one
 */
record RetiredSubscription(String key, String displayName, String adoptedId) {

    /** The alias it was created under, {@code sub-<prefix>-<key>}, as {@link PlannedSubscription#alias()} wrote it. */
    public String alias() {
        return "sub-" + displayName;
    }

    /** The id of the adopted subscription; empty when the vending stack created it. */
    public Optional<String> adopted() {
        return Optional.ofNullable(adoptedId);
    }

    /** The vending stack's output holding its id, kept while it retires. */
    public String outputName() {
        return PlannedSubscription.OUTPUT_PREFIX + key;
    }
}
