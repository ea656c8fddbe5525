package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import io.cdktn.providers.azurerm.private_dns_a_record.PrivateDnsARecord;
import io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone;
import io.cdktn.providers.azurerm.private_dns_zone_virtual_network_link.PrivateDnsZoneVirtualNetworkLink;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * The private view of the tenants' domain for sites ({@code azurerm_private_dns_zone} named after the domain, e.g.
 * {@code erp.northwind.example}): an A record per tenant host name pointing at its cluster's internal ingress address,
 * linked to the hubs, whose resolvers answer the sites' DNS servers. So a warehouse reaches Odoo at the same name as
 * everyone else, through its gateway and the firewall's site rule, rather than over the internet to the published
 * address. The links resolve names the zone lacks publicly ({@code resolution_policy = NxDomainRedirect}), so the
 * domain's other public records stay visible. Construct ids ({@code Resource}, {@code link-<hub>}, {@code record-<label>})
 * are Terraform addresses.
 */
public final class IngressDnsZone extends Construct {

    /**
     * Creates the zone in {@code resourceGroup}.
     *
     * @param domain the tenants' domain
     * @param records the first label of each host name to its private IPv4 address
     * @param hubs the networks whose resolvers answer for the zone
     */
    public IngressDnsZone(Construct scope, String id, ResourceGroup resourceGroup, String domain, Map<String, String> records,
                          List<VirtualNetworkReference> hubs, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "resourceGroup", resourceGroup);
        Checks.required(path, "domain", domain);
        Checks.required(path, "tags", tags);
        if (records.isEmpty() || hubs.isEmpty()) {
            throw Checks.missing(path, records.isEmpty() ? "records" : "hubs", "a zone without records or links answers nothing; give"
                + " at least one of each");
        }
        PrivateDnsZone zone = PrivateDnsZone.Builder.create(this, "Resource")
            .name(domain)
            .resourceGroupName(resourceGroup.name())
            .tags(tags.asMap())
            .build();
        for (VirtualNetworkReference hub : hubs) {
            PrivateDnsZoneVirtualNetworkLink.Builder.create(this, "link-" + hub.label())
                .name(hub.label())
                .resourceGroupName(resourceGroup.name())
                .privateDnsZoneName(zone.getName())
                .virtualNetworkId(hub.id())
                .registrationEnabled(false)
                .resolutionPolicy("NxDomainRedirect")
                .tags(tags.asMap())
                .build();
        }
        new TreeMap<>(records).forEach((label, address) -> PrivateDnsARecord.Builder.create(this, "record-" + label)
            .name(label)
            .zoneName(zone.getName())
            .resourceGroupName(resourceGroup.name())
            .ttl(300)
            .records(List.of(address))
            .tags(tags.asMap())
            .build());
    }
}
