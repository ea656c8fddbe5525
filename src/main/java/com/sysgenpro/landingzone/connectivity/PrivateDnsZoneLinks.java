package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.providers.azurerm.private_dns_zone_virtual_network_link.PrivateDnsZoneVirtualNetworkLink;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * Links one virtual network to a set of private DNS zones ({@code azurerm_private_dns_zone_virtual_network_link}, one
 * per zone, named after the network), so that it resolves what registers there; auto-registration stays off, the
 * zones hold only what private endpoints and servers write. The links live beside the zones, in their resource group
 * and subscription: a spoke's stack links itself to the hub's zones through the hub's provider. Construct ids (the
 * zones' keys) are Terraform addresses.
 */
public final class PrivateDnsZoneLinks extends Construct {

    /**
     * Links {@code network} to the zones.
     *
     * @param zoneNames the zones by construct key (e.g. {@code key-vault}) to zone name
     * @param zonesResourceGroupName the resource group the zones are in
     * @param provider the provider of the zones' subscription; null for the stack's default provider
     */
    public PrivateDnsZoneLinks(Construct scope, String id, Map<String, String> zoneNames, String zonesResourceGroupName,
                               VirtualNetworkReference network, TerraformProvider provider, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "network", network);
        Checks.required(path, "zonesResourceGroupName", zonesResourceGroupName);
        if (zoneNames.isEmpty()) {
            throw Checks.missing(path, "zoneNames", "a link needs a zone; give at least one");
        }
        new TreeMap<>(zoneNames).forEach((key, zoneName) -> {
            var link = PrivateDnsZoneVirtualNetworkLink.Builder.create(this, key)
                .name(network.label())
                .resourceGroupName(zonesResourceGroupName)
                .privateDnsZoneName(zoneName)
                .virtualNetworkId(network.id())
                .registrationEnabled(false)
                .tags(Checks.required(path, "tags", tags).asMap());
            if (provider != null) {
                link.provider(provider);
            }
            link.build();
        });
    }
}
