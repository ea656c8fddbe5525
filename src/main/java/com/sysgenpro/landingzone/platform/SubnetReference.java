package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.internal.ResourceIds;

/**
 * A subnet as the constructs placed in it take it: a subnet of a {@link Network} this stack creates
 * ({@link Network#subnet(SubnetRole)}), or {@link #fromId(String)} for one of another stack or subscription. Typed
 * rather than an id string, so that a subnet cannot be given where another resource is expected.
 */
public interface SubnetReference {

    /** The subnet's Azure resource id: a Terraform reference, or the literal id of an existing subnet. */
    String id();

    /**
     * The subnet with resource id {@code idOrToken}: a Terraform reference (e.g. another stack's output), taken as is,
     * or a literal {@code /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks
     * /<network>/subnets/<name>}.
     *
     * @throws IllegalArgumentException for a literal that is not a subnet's resource id
     */
    static SubnetReference fromId(String idOrToken) {
        return new ExistingResource(ResourceIds.checked("SubnetReference.fromId", "id", idOrToken,
            "Microsoft.Network/virtualNetworks/<network>/subnets", "a subnet"));
    }
}
