package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.internal.Checks;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.providers.azurerm.virtual_network_peering.VirtualNetworkPeering;
import software.constructs.Construct;

/**
 * A peering between two virtual networks, both of its halves ({@code azurerm_virtual_network_peering} in each network):
 * Azure connects the networks only once each side has one, so one construct writes both, the remote half through the
 * provider of the remote network's subscription. Forwarded traffic is allowed on both sides, so that a hub's firewall
 * or gateway may carry a spoke's traffic. Construct ids ({@code to-remote}, {@code from-remote}) are Terraform
 * addresses.
 */
public final class NetworkPeering extends Construct {

    /**
     * Peers {@code local} with {@code remote}.
     *
     * @param localProvider the provider of the local network's subscription; null for the stack's default provider
     * @param remoteProvider the provider of the remote network's subscription; null for the stack's default provider
     */
    public NetworkPeering(Construct scope, String id, VirtualNetworkReference local, TerraformProvider localProvider,
                          VirtualNetworkReference remote, TerraformProvider remoteProvider) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "local", local);
        Checks.required(path, "remote", remote);
        half("to-remote", local, localProvider, remote);
        half("from-remote", remote, remoteProvider, local);
    }

    private void half(String id, VirtualNetworkReference from, TerraformProvider provider, VirtualNetworkReference to) {
        var peering = VirtualNetworkPeering.Builder.create(this, id)
            .name(name(from, to))
            .resourceGroupName(from.resourceGroupName())
            .virtualNetworkName(from.name())
            .remoteVirtualNetworkId(to.id())
            .allowVirtualNetworkAccess(true)
            .allowForwardedTraffic(true);
        if (provider != null) {
            peering.provider(provider);
        }
        peering.build();
    }

    /** The name of the half in {@code from} towards {@code to}, {@code peer-<from>-to-<to>}. */
    public static String name(VirtualNetworkReference from, VirtualNetworkReference to) {
        return "peer-" + from.label() + "-to-" + to.label();
    }
}
