package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.internal.ResourceIds;

/**
 * A private DNS zone as the constructs that register in it take it: a zone of a {@link Network} this stack creates
 * ({@link Network#privateDnsZone(PrivateDnsZone)}), or {@link #fromId(String)} for one of another stack or
 * subscription, e.g. the estate's central zones. Typed rather than an id string, so that a zone cannot be given where
 * another resource is expected.
 */
public interface PrivateDnsZoneReference {

    /** The zone's Azure resource id: a Terraform reference, or the literal id of an existing zone. */
    String id();

    /**
     * The zone with resource id {@code idOrToken}: a Terraform reference (e.g. another stack's output), taken as is, or
     * a literal {@code /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/privateDnsZones/<name>}.
     *
     * @throws IllegalArgumentException for a literal that is not a private DNS zone's resource id
     */
    static PrivateDnsZoneReference fromId(String idOrToken) {
        return new ExistingResource(ResourceIds.checked("PrivateDnsZoneReference.fromId", "id", idOrToken,
            "Microsoft.Network/privateDnsZones", "a private DNS zone"));
    }
}
