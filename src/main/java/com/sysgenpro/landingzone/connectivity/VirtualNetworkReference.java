package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.platform.Network;
import java.util.Objects;

/**
 * A virtual network as another resource refers to it: a peering (which names the local network by name and resource
 * group, the remote one by id) or a DNS zone link (by id). Any of the values may be Terraform references, e.g. read
 * from another stack's outputs.
 *
 * @param id the network's resource id
 * @param name the network's name
 * @param resourceGroupName the name of the resource group it is in
 */
public record VirtualNetworkReference(String id, String name, String resourceGroupName) {

    /** Checks that every value is given. */
    public VirtualNetworkReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resourceGroupName, "resourceGroupName");
    }

    /** The reference to a network this construct tree creates. */
    public static VirtualNetworkReference of(Network network) {
        return new VirtualNetworkReference(network.id(), network.name(), network.resourceGroupName());
    }

    /** The reference to a hub this construct tree creates. */
    public static VirtualNetworkReference of(HubNetwork hub) {
        return new VirtualNetworkReference(hub.id(), hub.name(), hub.resourceGroupName());
    }
}
