package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.platform.Network;
import java.util.Objects;

/**
 * A virtual network as another resource refers to it: a peering (which names the local network by name and resource
 * group, the remote one by id) or a DNS zone link (by id). The id and name may be Terraform references, e.g. read from
 * another stack's outputs, or the attributes of a network this stack creates, so that what refers to it is created after
 * it; the label is the network's name as a literal, for naming what refers to it.
 *
 * @param id the network's resource id
 * @param name the network's name (a reference to the resource's, for a network of this stack)
 * @param resourceGroupName the name of the resource group it is in
 * @param label the network's name, literal: peerings and links are named after it
 */
public record VirtualNetworkReference(String id, String name, String resourceGroupName, String label) {

    /** Checks that every value is given. */
    public VirtualNetworkReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resourceGroupName, "resourceGroupName");
        Objects.requireNonNull(label, "label");
    }

    /** A network of another stack or subscription, known by its id and literal name. */
    public static VirtualNetworkReference remote(String id, String name, String resourceGroupName) {
        return new VirtualNetworkReference(id, name, resourceGroupName, name);
    }

    /** The reference to a network this stack creates: what refers to it is created after it. */
    public static VirtualNetworkReference of(Network network) {
        return new VirtualNetworkReference(network.id(), network.nameReference(), network.resourceGroupName(), network.name());
    }

    /** The reference to a hub this stack creates: what refers to it is created after it. */
    public static VirtualNetworkReference of(HubNetwork hub) {
        return new VirtualNetworkReference(hub.id(), hub.nameReference(), hub.resourceGroupName(), hub.name());
    }
}
