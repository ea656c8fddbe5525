package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.constructs.Construct;

/**
 * The private DNS zones of a whole estate ({@code azurerm_private_dns_zone}), defined once in the connectivity
 * subscription instead of once per network: every private endpoint and server registers here, and every network that
 * must resolve them (the hubs, the spokes through {@link PrivateDnsZoneLinks}, and through the hubs' resolvers the
 * sites) is linked. Private DNS zones are global: one set serves every region. Construct ids ({@code <zone key>},
 * {@code links-<hub>}) are Terraform addresses.
 */
public final class CentralPrivateDnsZones extends Construct {

    private final String resourceGroupName;
    private final Map<PrivateDnsZone, io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone> zones = new EnumMap<>(PrivateDnsZone.class);
    private final Map<PrivateDnsZone, String> names = new EnumMap<>(PrivateDnsZone.class);

    /**
     * Creates the zones and links them to the hubs.
     *
     * @param scopeName what names the PostgreSQL zone, {@code <scopeName>.private.postgres.database.azure.com}: the estate's prefix
     * @param hubs the hub networks to link, in the zones' subscription
     */
    public CentralPrivateDnsZones(Construct scope, String id, ResourceGroup resourceGroup, Set<PrivateDnsZone> zoneSet, String scopeName,
                                  List<VirtualNetworkReference> hubs, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "resourceGroup", resourceGroup);
        Checks.required(path, "scopeName", scopeName);
        if (zoneSet.isEmpty()) {
            throw Checks.missing(path, "zones", "give the zones the estate's private endpoints and servers register in");
        }
        this.resourceGroupName = resourceGroup.name();
        for (PrivateDnsZone zone : PrivateDnsZone.values()) {
            if (!zoneSet.contains(zone)) {
                continue;
            }
            String name = zone.zoneName(scopeName);
            names.put(zone, name);
            zones.put(zone, io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone.Builder.create(this, zone.key())
                .name(name)
                .resourceGroupName(resourceGroup.name())
                .tags(tags.asMap())
                .build());
        }
        for (VirtualNetworkReference hub : hubs) {
            // The links name the zones by their resources, so that Terraform creates each zone before its links.
            Map<String, String> linked = new LinkedHashMap<>();
            zones.forEach((zone, created) -> linked.put(zone.key(), created.getName()));
            new PrivateDnsZoneLinks(this, "links-" + hub.label(), linked, resourceGroup.name(), hub, null, tags);
        }
    }

    /** The resource group the zones are in. */
    public String resourceGroupName() {
        return resourceGroupName;
    }

    /** The zones by {@link PrivateDnsZone#key()} to name, in zone order. */
    public Map<String, String> zoneNames() {
        Map<String, String> byKey = new LinkedHashMap<>();
        names.forEach((zone, name) -> byKey.put(zone.key(), name));
        return byKey;
    }

    /**
     * The id of {@code zone} (a Terraform reference).
     *
     * @throws IllegalArgumentException when the set lacks the zone
     */
    public String zoneId(PrivateDnsZone zone) {
        var created = zones.get(zone);
        if (created == null) {
            throw Checks.invalid(getNode().getPath(), "zones", zone.name(), "add it to the estate's zones first");
        }
        return created.getId();
    }

    /** The zones defined. */
    public Set<PrivateDnsZone> zones() {
        return Set.copyOf(zones.keySet());
    }
}
