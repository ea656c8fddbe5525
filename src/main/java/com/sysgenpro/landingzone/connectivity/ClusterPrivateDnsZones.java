package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The private DNS zones of private AKS clusters' API servers, {@code privatelink.<region>.azmk8s.io}, one per region that
 * has such clusters ({@code azurerm_private_dns_zone}), defined once beside the estate's other zones and linked to every
 * hub ({@link PrivateDnsZoneLinks}): runners in a hub resolve every cluster's API server, whichever region it is in.
 * AKS writes each cluster's record when it creates the cluster, and links the zone to the cluster's own network itself
 * (learn.microsoft.com/azure/aks/private-clusters, "Hub and spoke with custom DNS": AKS "still creates a virtual network
 * link for the spoke VNet that hosts the cluster, even when the zone is already linked to a hub VNet"), so spokes must
 * not link themselves: a network links a zone once. Unlike the privatelink zones of private endpoints, the zone's name
 * holds the region: AKS accepts only its own region's. Construct ids ({@code aks-<region code>}, {@code links-<hub>})
 * are Terraform addresses.
 */
public final class ClusterPrivateDnsZones extends Construct {

    private final Map<AzureRegion, PrivateDnsZone> zones = new LinkedHashMap<>();

    /**
     * Creates a zone per region and links each to every hub.
     *
     * @param regions the regions with private clusters that register here, each once
     * @param hubs the hub networks to link, in the zones' subscription
     */
    public ClusterPrivateDnsZones(Construct scope, String id, ResourceGroup resourceGroup, List<AzureRegion> regions,
                                  List<VirtualNetworkReference> hubs, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "resourceGroup", resourceGroup);
        Checks.required(path, "tags", tags);
        if (regions.isEmpty()) {
            throw Checks.missing(path, "regions", "give the regions whose private clusters register here");
        }
        for (AzureRegion region : regions) {
            if (zones.containsKey(region)) {
                throw Checks.invalid(path, "regions", region.name(), "each region once");
            }
            zones.put(region, PrivateDnsZone.Builder.create(this, key(region))
                .name(zoneName(region))
                .resourceGroupName(resourceGroup.name())
                .tags(tags.asMap())
                .build());
        }
        for (VirtualNetworkReference hub : hubs) {
            // By the zones' resources, so that Terraform creates each zone before its links.
            Map<String, String> linked = new LinkedHashMap<>();
            zones.forEach((region, zone) -> linked.put(key(region), zone.getName()));
            new PrivateDnsZoneLinks(this, "links-" + hub.label(), linked, resourceGroup.name(), hub, null, tags);
        }
    }

    /** The zone AKS accepts for a private cluster in {@code region}: {@code privatelink.<region>.azmk8s.io}. */
    public static String zoneName(AzureRegion region) {
        return "privatelink." + region.name() + ".azmk8s.io";
    }

    /** The construct key of {@code region}'s zone and of its links, {@code aks-<region code>}. */
    public static String key(AzureRegion region) {
        return "aks-" + region.code();
    }

    /** The regions with a zone, in the order given. */
    public List<AzureRegion> regions() {
        return List.copyOf(zones.keySet());
    }

    /**
     * The id of {@code region}'s zone (a Terraform reference).
     *
     * @throws IllegalArgumentException when the region has no zone here
     */
    public String zoneId(AzureRegion region) {
        PrivateDnsZone zone = zones.get(region);
        if (zone == null) {
            throw Checks.invalid(getNode().getPath(), "regions", region.name(), "one of " + zones.keySet().stream()
                .map(AzureRegion::name).toList());
        }
        return zone.getId();
    }
}
