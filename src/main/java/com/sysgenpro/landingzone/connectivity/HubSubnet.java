package com.sysgenpro.landingzone.connectivity;

/**
 * The subnets of a {@link HubNetwork}, laid out in its address space (a /24 holds them all): Azure names three of them
 * and refuses others in their place.
 */
public enum HubSubnet {
    /** Azure Firewall's own subnet, a /26, named as Azure requires; no network security group allowed. */
    FIREWALL("AzureFirewallSubnet", 26, 0),
    /** Azure Firewall's management traffic when its data path is forced through another device, a /26. */
    FIREWALL_MANAGEMENT("AzureFirewallManagementSubnet", 26, 1),
    /** A VPN or ExpressRoute gateway's subnet, a /27, named as Azure requires; no network security group allowed. */
    GATEWAY("GatewaySubnet", 27, 4),
    /** Self-hosted runners that apply the private clusters' in-cluster stacks, a /27. */
    RUNNERS("snet-runners", 27, 5),
    /** The DNS private resolver's inbound endpoint, a /28 delegated to Microsoft.Network/dnsResolvers. */
    DNS_INBOUND("snet-dns-inbound", 28, 12),
    /** The DNS private resolver's outbound endpoint (forwarding to sites' DNS servers), a /28, delegated likewise. */
    DNS_OUTBOUND("snet-dns-outbound", 28, 13);

    private final String subnetName;
    private final int prefixLength;
    private final int index;

    HubSubnet(String subnetName, int prefixLength, int index) {
        this.subnetName = subnetName;
        this.prefixLength = prefixLength;
        this.index = index;
    }

    /** The subnet's name in Azure. */
    public String subnetName() {
        return subnetName;
    }

    /** Its size when the hub's address space is a /24: the first /24 of a larger space holds the same layout. */
    int prefixLength() {
        return prefixLength;
    }

    /** Its index among the subnets of that size in the first /24. */
    int index() {
        return index;
    }

    /** Whether Azure refuses a network security group on it. */
    boolean refusesNetworkSecurityGroup() {
        return this == FIREWALL || this == FIREWALL_MANAGEMENT || this == GATEWAY;
    }

    /** Whether it is delegated to the DNS private resolver. */
    boolean resolver() {
        return this == DNS_INBOUND || this == DNS_OUTBOUND;
    }
}
