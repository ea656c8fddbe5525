package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.internal.Checks;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.providers.azurerm.virtual_network_peering.VirtualNetworkPeering;
import software.constructs.Construct;

/**
 * A peering between two virtual networks, both of its halves ({@code azurerm_virtual_network_peering} in each network):
 * Azure connects the networks only once each side has one, so one construct writes both, the remote half through the
 * provider of the remote network's subscription. Each half is named after the network it leads to,
 * {@code peer-<remote network>} (at most 69 characters, within Azure's 80), unique within its network. Which halves accept
 * traffic forwarded by a device in the other network (a hub's firewall or gateway) is the caller's choice
 * ({@link Forwarding}). Construct ids ({@code to-remote}, {@code from-remote}) are Terraform addresses.
 */
public final class NetworkPeering extends Construct {

    /** Which halves accept traffic that a device in the other network forwards (allow_forwarded_traffic). */
    public enum Forwarding {
        /** Neither: the networks only talk to each other (an environment's primary and recovery networks). */
        NONE,
        /** The local half: the local network receives what the remote one's firewall or gateway forwards (spoke to hub). */
        INTO_LOCAL,
        /** Both: devices on either side forward to the other (hub to hub). */
        BOTH
    }

    /**
     * Peers {@code local} with {@code remote}.
     *
     * @param localProvider the provider of the local network's subscription; null for the stack's default provider
     * @param remoteProvider the provider of the remote network's subscription; null for the stack's default provider
     */
    public NetworkPeering(Construct scope, String id, VirtualNetworkReference local, TerraformProvider localProvider,
                          VirtualNetworkReference remote, TerraformProvider remoteProvider, Forwarding forwarding) {
        this(scope, id, local, localProvider, remote, remoteProvider, forwarding, false);
    }

    /**
     * Peers {@code local} with {@code remote}, the local network using the remote one's gateways when
     * {@code useRemoteGateways}: the local half sets use_remote_gateways and the remote half allow_gateway_transit, so
     * that the remote network's VPN or ExpressRoute gateway advertises the local range to its sites. Azure refuses the
     * local half while the remote network has no gateway, and a network uses the gateways of one peering at most.
     *
     * @param localProvider the provider of the local network's subscription; null for the stack's default provider
     * @param remoteProvider the provider of the remote network's subscription; null for the stack's default provider
     */
    public NetworkPeering(Construct scope, String id, VirtualNetworkReference local, TerraformProvider localProvider,
                          VirtualNetworkReference remote, TerraformProvider remoteProvider, Forwarding forwarding,
                          boolean useRemoteGateways) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "local", local);
        Checks.required(path, "remote", remote);
        Checks.required(path, "forwarding", forwarding);
        VirtualNetworkPeering remoteHalf = half("from-remote", remote, remoteProvider, local, forwarding == Forwarding.BOTH, false,
            useRemoteGateways, null);
        // Azure takes use_remote_gateways only once the remote half allows gateway transit.
        half("to-remote", local, localProvider, remote, forwarding != Forwarding.NONE, useRemoteGateways, false,
            useRemoteGateways ? remoteHalf : null);
    }

    private VirtualNetworkPeering half(String id, VirtualNetworkReference from, TerraformProvider provider, VirtualNetworkReference to,
                                       boolean forwarded, boolean useRemoteGateways, boolean allowGatewayTransit,
                                       VirtualNetworkPeering after) {
        var peering = VirtualNetworkPeering.Builder.create(this, id)
            .name(name(to))
            .resourceGroupName(from.resourceGroupName())
            .virtualNetworkName(from.name())
            .remoteVirtualNetworkId(to.id())
            .allowVirtualNetworkAccess(true)
            .allowForwardedTraffic(forwarded);
        if (useRemoteGateways) {
            peering.useRemoteGateways(true);
        }
        if (allowGatewayTransit) {
            peering.allowGatewayTransit(true);
        }
        if (provider != null) {
            peering.provider(provider);
        }
        if (after != null) {
            peering.dependsOn(java.util.List.of(after));
        }
        return peering.build();
    }

    /** The name of a half leading to {@code to}, {@code peer-<to>}. */
    public static String name(VirtualNetworkReference to) {
        return "peer-" + to.label();
    }
}
