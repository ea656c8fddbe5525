package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.network_security_group.NetworkSecurityGroup;
import io.cdktn.providers.azurerm.network_security_group.NetworkSecurityGroupSecurityRule;
import io.cdktn.providers.azurerm.private_dns_zone_virtual_network_link.PrivateDnsZoneVirtualNetworkLink;
import io.cdktn.providers.azurerm.route_table.RouteTable;
import io.cdktn.providers.azurerm.route_table.RouteTableRoute;
import io.cdktn.providers.azurerm.subnet.Subnet;
import io.cdktn.providers.azurerm.subnet.SubnetDelegation;
import io.cdktn.providers.azurerm.subnet.SubnetDelegationServiceDelegation;
import io.cdktn.providers.azurerm.subnet_network_security_group_association.SubnetNetworkSecurityGroupAssociation;
import io.cdktn.providers.azurerm.subnet_route_table_association.SubnetRouteTableAssociation;
import io.cdktn.providers.azurerm.virtual_network.VirtualNetwork;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.constructs.Construct;

/**
 * The virtual network of a business unit's environment ({@code azurerm_virtual_network}) with a subnet per
 * {@link SubnetRole}, a network security group on each, the private DNS zones its services resolve through, linked
 * to the network (peerings are {@link com.sysgenpro.landingzone.connectivity.NetworkPeering}'s, which writes both halves).
 *
 * <p>Secure by default: every NSG denies inbound internet traffic explicitly (HTTPS to the AKS nodes only where the
 * approved ingress lives), subnets have no default outbound access (egress is explicit: the cluster's load balancer
 * or a hub firewall), the PostgreSQL subnet is delegated to flexible servers, and VNet and NSG logs go to the
 * workspace.
 */
public final class Network extends Construct {

    /** The longest prefix (smallest network) allowed: its subnets must still hold a /28 for PostgreSQL. */
    public static final int SMALLEST_ADDRESS_SPACE = 24;
    /** The shortest prefix (largest network) allowed. */
    public static final int LARGEST_ADDRESS_SPACE = 16;

    private final VirtualNetwork resource;
    private final String name;
    private final String resourceGroupName;
    private final Map<SubnetRole, Subnet> subnets = new EnumMap<>(SubnetRole.class);
    private final Map<SubnetRole, Cidr> ranges;
    /** The AKS node subnet's route table association, when egress is routed to a next hop. */
    private SubnetRouteTableAssociation egressRoute;
    /** The AKS node subnet's route table, when egress is routed to a next hop. */
    private RouteTable egressRouteTable;
    private final Map<PrivateDnsZone, io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone> zones =
        new EnumMap<>(PrivateDnsZone.class);

    /** Creates the network; prefer {@link Builder#create(Construct, String)}. */
    public Network(Construct scope, String id, NetworkProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String name = Checks.azureName(path, "name", props.name(), AzureNameRule.NETWORK);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.name = name;
        this.resourceGroupName = resourceGroup.name();
        Cidr addressSpace = Checks.required(path, "addressSpace", props.addressSpace());
        if (addressSpace.prefixLength() > SMALLEST_ADDRESS_SPACE || addressSpace.prefixLength() < LARGEST_ADDRESS_SPACE) {
            throw Checks.invalid(path, "addressSpace", addressSpace.toString(), "a /16 to /24 range, e.g. 10.20.0.0/22");
        }
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());
        this.ranges = layout(path, addressSpace, props.subnets());

        this.resource = VirtualNetwork.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .addressSpace(List.of(addressSpace.toString()))
            .tags(tags.asMap())
            .build();
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);

        for (SubnetRole role : SubnetRole.values()) {
            String key = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var subnet = Subnet.Builder.create(this, key)
                .name(role.subnetName())
                .resourceGroupName(resourceGroup.name())
                .virtualNetworkName(resource.getName())
                .addressPrefixes(List.of(ranges.get(role).toString()))
                .defaultOutboundAccessEnabled(false);
            if (role == SubnetRole.POSTGRES) {
                subnet.delegation(List.of(SubnetDelegation.builder()
                    .name("postgres-flexible")
                    .serviceDelegation(SubnetDelegationServiceDelegation.builder()
                        .name("Microsoft.DBforPostgreSQL/flexibleServers")
                        .actions(List.of("Microsoft.Network/virtualNetworks/subnets/join/action"))
                        .build())
                    .build()));
            }
            Subnet created = subnet.build();
            subnets.put(role, created);
            NetworkSecurityGroup nsg = NetworkSecurityGroup.Builder.create(this, key + "-nsg")
                .name("nsg-" + name + "-" + key)
                .resourceGroupName(resourceGroup.name())
                .location(resourceGroup.region().name())
                .securityRule(rules(role, props.allowHttpsFromInternet()))
                .tags(tags.asMap())
                .build();
            SubnetNetworkSecurityGroupAssociation.Builder.create(this, key + "-nsg-association")
                .subnetId(created.getId())
                .networkSecurityGroupId(nsg.getId())
                .build();
            new DiagnosticSettings(this, key + "-nsg-diagnostics", nsg.getId(), workspace, DiagnosticSettings.ALL_LOGS, false);
        }

        if (props.egressNextHop() != null) {
            // BGP propagation off: a gateway's routes learned later must not bypass the firewall.
            RouteTable table = RouteTable.Builder.create(this, "aks-nodes-routes")
                .name("rt-" + name + "-aks-nodes")
                .resourceGroupName(resourceGroup.name())
                .location(resourceGroup.region().name())
                .bgpRoutePropagationEnabled(false)
                .route(List.of(RouteTableRoute.builder()
                    .name("internet-through-firewall")
                    .addressPrefix("0.0.0.0/0")
                    .nextHopType("VirtualAppliance")
                    .nextHopInIpAddress(props.egressNextHop())
                    .build()))
                .tags(tags.asMap())
                .build();
            this.egressRouteTable = table;
            this.egressRoute = SubnetRouteTableAssociation.Builder.create(this, "aks-nodes-routes-association")
                .subnetId(subnets.get(SubnetRole.AKS_NODES).getId())
                .routeTableId(table.getId())
                .build();
        }

        for (PrivateDnsZone zone : PrivateDnsZone.values()) {
            if (!props.privateDnsZones().contains(zone)) {
                continue;
            }
            String key = "dns-" + zone.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var created = io.cdktn.providers.azurerm.private_dns_zone.PrivateDnsZone.Builder.create(this, key)
                .name(zone.zoneName(name))
                .resourceGroupName(resourceGroup.name())
                .tags(tags.asMap())
                .build();
            zones.put(zone, created);
            PrivateDnsZoneVirtualNetworkLink.Builder.create(this, key + "-link")
                .name(name)
                .resourceGroupName(resourceGroup.name())
                .privateDnsZoneName(created.getName())
                .virtualNetworkId(resource.getId())
                .registrationEnabled(false)
                .tags(tags.asMap())
                .build();
        }

    }

    /**
     * The range of {@code role}'s subnet in a network of {@code addressSpace} laid out by default (without
     * {@link NetworkProps#subnets()}): the AKS nodes the first half, private endpoints the third quarter, PostgreSQL the
     * seventh eighth. What the estate knows of a network it does not build (the hub firewall's rules, a load balancer's
     * address) comes from here rather than a second copy of the layout.
     */
    public static Cidr defaultRange(Cidr addressSpace, SubnetRole role) {
        int prefix = addressSpace.prefixLength();
        return switch (role) {
            case AKS_NODES -> addressSpace.subnet(prefix + 1, 0);
            case PRIVATE_ENDPOINTS -> addressSpace.subnet(prefix + 2, 2);
            case POSTGRES -> addressSpace.subnet(prefix + 3, 6);
        };
    }

    private static Map<SubnetRole, Cidr> layout(String path, Cidr space, Map<SubnetRole, Cidr> given) {
        Map<SubnetRole, Cidr> ranges = new EnumMap<>(SubnetRole.class);
        for (SubnetRole role : SubnetRole.values()) {
            ranges.put(role, defaultRange(space, role));
        }
        ranges.putAll(given);
        List<SubnetRole> roles = new ArrayList<>(ranges.keySet());
        for (int i = 0; i < roles.size(); i++) {
            Cidr range = ranges.get(roles.get(i));
            if (!space.contains(range)) {
                throw Checks.invalid(path, "subnets." + roles.get(i), range.toString(), "a range inside the address space " + space);
            }
            for (int j = i + 1; j < roles.size(); j++) {
                if (range.overlaps(ranges.get(roles.get(j)))) {
                    throw Checks.invalid(path, "subnets." + roles.get(i), range.toString(),
                        "ranges that do not overlap; it overlaps " + roles.get(j) + " " + ranges.get(roles.get(j)));
                }
            }
        }
        if (ranges.get(SubnetRole.POSTGRES).prefixLength() > 28) {
            throw Checks.invalid(path, "subnets.POSTGRES", ranges.get(SubnetRole.POSTGRES).toString(),
                "a /28 or larger: a flexible server with high availability takes several addresses");
        }
        return ranges;
    }

    private static List<NetworkSecurityGroupSecurityRule> rules(SubnetRole role, boolean allowHttpsFromInternet) {
        List<NetworkSecurityGroupSecurityRule> rules = new ArrayList<>();
        if (role == SubnetRole.AKS_NODES && allowHttpsFromInternet) {
            rules.add(rule("allow-https-from-internet", 1000, "Allow", "Tcp", "Internet", "443",
                "The approved public ingress (Traefik) of this environment"));
        }
        rules.add(rule("deny-internet-inbound", 4000, "Deny", "*", "Internet", "*",
            "Nothing is reached from the internet except through the approved ingress"));
        return rules;
    }

    private static NetworkSecurityGroupSecurityRule rule(String name, int priority, String access, String protocol,
                                                         String source, String port, String description) {
        return NetworkSecurityGroupSecurityRule.builder()
            .name(name)
            .priority(priority)
            .direction("Inbound")
            .access(access)
            .protocol(protocol)
            .sourceAddressPrefix(source)
            .sourcePortRange("*")
            .destinationAddressPrefix("*")
            .destinationPortRange(port)
            .description(description)
            .build();
    }

    /** The network's resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The network's name. */
    public String name() {
        return name;
    }

    /** A reference to the network's name, for what must be created after the network (its peerings). */
    public String nameReference() {
        return resource.getName();
    }

    /** The name of the network's resource group. */
    public String resourceGroupName() {
        return resourceGroupName;
    }

    /**
     * The subnet for {@code role}, its id a Terraform reference. With {@link NetworkProps#egressNextHop()} the AKS node
     * subnet's id is read from its route table association, so that a cluster in it is created after the route: AKS
     * with {@code userDefinedRouting} refuses a subnet without one.
     */
    public SubnetReference subnet(SubnetRole role) {
        if (role == SubnetRole.AKS_NODES && egressRoute != null) {
            return new ExistingResource(egressRoute.getSubnetId());
        }
        return new ExistingResource(subnets.get(role).getId());
    }

    /** Whether the AKS node subnet's internet traffic is routed to {@link NetworkProps#egressNextHop()}. */
    public boolean routesEgress() {
        return egressRoute != null;
    }

    /**
     * The id of the AKS node subnet's route table (a Terraform reference), what a cluster's control-plane identity is
     * granted on; null unless {@link #routesEgress()}.
     */
    public String egressRouteTableId() {
        return egressRouteTable == null ? null : egressRouteTable.getId();
    }

    /** The address range of the subnet for {@code role}. */
    public Cidr subnetRange(SubnetRole role) {
        return ranges.get(role);
    }

    /** Whether the network holds its own {@code zone} (see {@link NetworkProps#privateDnsZones()}). */
    public boolean holdsPrivateDnsZone(PrivateDnsZone zone) {
        return zones.containsKey(zone);
    }

    /**
     * The private DNS zone {@code zone} of this network, its id a Terraform reference: what registers in it is created
     * after it.
     *
     * @throws IllegalArgumentException when the network was created without that zone
     */
    public PrivateDnsZoneReference privateDnsZone(PrivateDnsZone zone) {
        var created = zones.get(zone);
        if (created == null) {
            throw Checks.invalid(getNode().getPath(), "privateDnsZones", zone.name(), "add it to the network's privateDnsZones first");
        }
        return new ExistingResource(created.getId());
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends NetworkProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a network with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public Network build() {
            return new Network(scope, id, toProps());
        }
    }
}
