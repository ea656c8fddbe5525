package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.connectivity.CentralPrivateDnsZones;
import com.sysgenpro.landingzone.connectivity.HubNetwork;
import com.sysgenpro.landingzone.connectivity.NetworkPeering;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The estate's connectivity stack, {@code connectivity}, in the connectivity subscription: a hub network in each region
 * of {@code network.hubs} ({@link HubNetwork}: firewall, gateway, runner and resolver subnets),
 * the hubs peered with each other, a DNS private resolver in the primary and the secondary region's hubs (sites resolve
 * through either while the other region is down), and the estate's private DNS zones defined once
 * ({@link CentralPrivateDnsZones}, in {@code rg-<prefix>-dns}, in the secondary region) and linked to every hub. Spokes peer themselves to their region's hub and link
 * themselves to the zones from their own stacks ({@link Connectivity.Attachment}), reading this stack's outputs
 * ({@code hub-<region code>-id}, {@code dns-zone-<zone>}, {@code dns-inbound-<region code>}) through remote state, so
 * that adding a spoke never changes this stack. Construct ids ({@code hub-<code>}, {@code hub-peering-<a>-<b>},
 * {@code dns-group}, {@code private-dns}) are Terraform addresses.
 */
final class ConnectivityStack extends TerraformStack {

    static final String NAME = "connectivity";
    /** The prefix of the outputs holding the resolvers' inbound addresses, {@code dns-inbound-<region code>}. */
    static final String DNS_INBOUND_OUTPUT = "dns-inbound";

    ConnectivityStack(Construct scope, Estate estate, PlannedSubscription subscription) {
        super(scope, NAME);
        StackDefaults.apply(this, NAME, estate.stateBackend(), StackDefaults.subscriptionId(this, estate, subscription, null),
            subscription != null);
        // The platform team owns connectivity as it owns the platform stack.
        Tags tags = EstateTags.platform(estate);
        Map<AzureRegion, ResourceGroup> groups = new LinkedHashMap<>();
        estate.hubNetworks().keySet().forEach(region -> groups.put(region, ResourceGroup.Builder.create(this, "hub-group-" + region.code())
            .name(Connectivity.resourceGroupName(estate, region))
            .region(region)
            .tags(tags)
            .build()));
        AzureRegion home = Connectivity.homeRegion(estate);
        LogAnalyticsWorkspace logs = LogAnalyticsWorkspace.Builder.create(this, "logs")
            .name("log-" + estate.prefix() + "-connectivity-" + home.code())
            .resourceGroup(groups.get(home))
            .retentionDays(PlatformStack.CENTRAL_LOG_RETENTION_DAYS)
            .build();

        List<HubNetwork> hubs = new ArrayList<>();
        for (Map.Entry<AzureRegion, Cidr> entry : estate.hubNetworks().entrySet()) {
            AzureRegion region = entry.getKey();
            HubNetwork hub = HubNetwork.Builder.create(this, "hub-" + region.code())
                .name(Connectivity.hubName(estate, region))
                .resourceGroup(groups.get(region))
                .addressSpace(entry.getValue())
                .dnsResolver(Connectivity.resolves(estate, region))
                .logAnalyticsWorkspaceId(logs.id())
                .tags(tags)
                .build();
            hubs.add(hub);
            TerraformOutput.Builder.create(this, Connectivity.hubOutput(region))
                .value(hub.id())
                .description("The hub network of " + region.name() + ", which the region's spokes peer with")
                .build();
            if (Connectivity.resolves(estate, region)) {
                TerraformOutput.Builder.create(this, DNS_INBOUND_OUTPUT + "-" + region.code())
                    .value(hub.dnsInboundAddress())
                    .description("Where sites' DNS servers forward the estate's private zones (the resolver in " + region.name() + ")")
                    .build();
            }
        }
        // Global peering: a region's spokes reach another region's hub through their own (with the firewall's routes).
        for (int i = 0; i < hubs.size(); i++) {
            for (int j = i + 1; j < hubs.size(); j++) {
                new NetworkPeering(this, "hub-peering-" + hubs.get(i).name() + "-" + hubs.get(j).name(),
                    VirtualNetworkReference.of(hubs.get(i)), null, VirtualNetworkReference.of(hubs.get(j)), null,
                    NetworkPeering.Forwarding.BOTH);
            }
        }
        AzureRegion zonesRegion = Connectivity.zonesRegion(estate);
        ResourceGroup dns = ResourceGroup.Builder.create(this, "dns-group")
            .name(Connectivity.zonesResourceGroupName(estate))
            .region(zonesRegion)
            .tags(tags)
            .build();
        CentralPrivateDnsZones zones = new CentralPrivateDnsZones(this, "private-dns", dns, Connectivity.ZONES,
            estate.prefix(), hubs.stream().map(VirtualNetworkReference::of).toList(), tags);
        for (PrivateDnsZone zone : zones.zones()) {
            TerraformOutput.Builder.create(this, Connectivity.zoneOutput(zone))
                .value(zones.zoneId(zone))
                .description("The estate's " + zone.zoneName(estate.prefix()) + " zone, where private endpoints and servers register")
                .build();
        }
    }
}
