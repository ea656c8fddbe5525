package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import io.cdktn.providers.azurerm.network_security_group.NetworkSecurityGroup;
import io.cdktn.providers.azurerm.network_security_group.NetworkSecurityGroupSecurityRule;
import io.cdktn.providers.azurerm.private_dns_resolver.PrivateDnsResolver;
import io.cdktn.providers.azurerm.private_dns_resolver_inbound_endpoint.PrivateDnsResolverInboundEndpoint;
import io.cdktn.providers.azurerm.private_dns_resolver_inbound_endpoint.PrivateDnsResolverInboundEndpointIpConfigurations;
import io.cdktn.providers.azurerm.subnet.Subnet;
import io.cdktn.providers.azurerm.subnet.SubnetDelegation;
import io.cdktn.providers.azurerm.subnet.SubnetDelegationServiceDelegation;
import io.cdktn.providers.azurerm.subnet_network_security_group_association.SubnetNetworkSecurityGroupAssociation;
import io.cdktn.providers.azurerm.virtual_network.VirtualNetwork;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.constructs.Construct;

/**
 * A region's hub network ({@code azurerm_virtual_network}): the subnets Azure Firewall, a VPN or ExpressRoute gateway,
 * self-hosted runners and the DNS private resolver need ({@link HubSubnet}, laid out in the first /24 of the address
 * space), and by default a DNS private resolver with an inbound endpoint, which sites' DNS servers forward the private
 * zones to. Spokes are peered to it with {@link NetworkPeering}; the private zones are linked to it with
 * {@link PrivateDnsZoneLinks}.
 *
 * <p>Secure by default: the subnets that may have one get a network security group that denies inbound internet
 * traffic, no subnet has default outbound access, and the network's and groups' logs go to the workspace. Construct ids
 * ({@code Resource}, {@code <subnet>}, {@code <subnet>-nsg}, {@code resolver}, {@code resolver-inbound}) are Terraform
 * addresses.
 */
public final class HubNetwork extends Construct {

    /** The longest prefix (smallest network) allowed: the hub's subnets fill a /24. */
    public static final int SMALLEST_ADDRESS_SPACE = 24;
    /** The shortest prefix (largest network) allowed. */
    public static final int LARGEST_ADDRESS_SPACE = 16;

    private final VirtualNetwork resource;
    private final String name;
    private final ResourceGroup resourceGroup;
    private final Map<HubSubnet, Subnet> subnets = new EnumMap<>(HubSubnet.class);
    private final Map<HubSubnet, Cidr> ranges = new EnumMap<>(HubSubnet.class);
    private final PrivateDnsResolverInboundEndpoint inbound;

    /** Creates the hub; prefer {@link Builder#create(Construct, String)}. */
    public HubNetwork(Construct scope, String id, HubNetworkProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.NETWORK);
        this.resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        Cidr addressSpace = Checks.required(path, "addressSpace", props.addressSpace());
        if (addressSpace.prefixLength() > SMALLEST_ADDRESS_SPACE || addressSpace.prefixLength() < LARGEST_ADDRESS_SPACE) {
            throw Checks.invalid(path, "addressSpace", addressSpace.toString(),
                "a /16 to /24 range (the firewall, gateway, runner and resolver subnets fill a /24), e.g. 10.60.0.0/24");
        }
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());
        String location = resourceGroup.region().name();

        this.resource = VirtualNetwork.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(location)
            .addressSpace(List.of(addressSpace.toString()))
            .tags(tags.asMap())
            .build();
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);

        Cidr first = addressSpace.subnet(SMALLEST_ADDRESS_SPACE, 0);
        for (HubSubnet role : HubSubnet.values()) {
            Cidr range = first.subnet(role.prefixLength(), role.index());
            ranges.put(role, range);
            String key = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var subnet = Subnet.Builder.create(this, key)
                .name(role.subnetName())
                .resourceGroupName(resourceGroup.name())
                .virtualNetworkName(resource.getName())
                .addressPrefixes(List.of(range.toString()))
                .defaultOutboundAccessEnabled(false);
            if (role.resolver()) {
                subnet.delegation(List.of(SubnetDelegation.builder()
                    .name("dns-resolver")
                    .serviceDelegation(SubnetDelegationServiceDelegation.builder()
                        .name("Microsoft.Network/dnsResolvers")
                        .actions(List.of("Microsoft.Network/virtualNetworks/subnets/join/action"))
                        .build())
                    .build()));
            }
            Subnet created = subnet.build();
            subnets.put(role, created);
            if (role.refusesNetworkSecurityGroup()) {
                continue;
            }
            NetworkSecurityGroup nsg = NetworkSecurityGroup.Builder.create(this, key + "-nsg")
                .name("nsg-" + name + "-" + key)
                .resourceGroupName(resourceGroup.name())
                .location(location)
                .securityRule(List.of(NetworkSecurityGroupSecurityRule.builder()
                    .name("deny-internet-inbound")
                    .priority(4000)
                    .direction("Inbound")
                    .access("Deny")
                    .protocol("*")
                    .sourceAddressPrefix("Internet")
                    .sourcePortRange("*")
                    .destinationAddressPrefix("*")
                    .destinationPortRange("*")
                    .description("The hub is reached from its spokes and sites only")
                    .build()))
                .tags(tags.asMap())
                .build();
            SubnetNetworkSecurityGroupAssociation.Builder.create(this, key + "-nsg-association")
                .subnetId(created.getId())
                .networkSecurityGroupId(nsg.getId())
                .build();
            new DiagnosticSettings(this, key + "-nsg-diagnostics", nsg.getId(), workspace, DiagnosticSettings.ALL_LOGS, false);
        }

        if (props.dnsResolver()) {
            var resolver = PrivateDnsResolver.Builder.create(this, "resolver")
                .name("dnspr-" + name)
                .resourceGroupName(resourceGroup.name())
                .location(location)
                .virtualNetworkId(resource.getId())
                .tags(tags.asMap())
                .build();
            this.inbound = PrivateDnsResolverInboundEndpoint.Builder.create(this, "resolver-inbound")
                .name("inbound")
                .privateDnsResolverId(resolver.getId())
                .location(location)
                .ipConfigurations(PrivateDnsResolverInboundEndpointIpConfigurations.builder()
                    .subnetId(subnets.get(HubSubnet.DNS_INBOUND).getId())
                    .privateIpAllocationMethod("Dynamic")
                    .build())
                .tags(tags.asMap())
                .build();
        } else {
            this.inbound = null;
        }
    }

    /** The hub's resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The hub's name. */
    public String name() {
        return name;
    }

    /** A reference to the hub's name, for what must be created after the hub. */
    public String nameReference() {
        return resource.getName();
    }

    /** The hub's region (its resource group's). */
    public AzureRegion region() {
        return resourceGroup.region();
    }

    /** The name of the hub's resource group. */
    public String resourceGroupName() {
        return resourceGroup.name();
    }

    /** The id of {@code subnet} (a Terraform reference). */
    public String subnetId(HubSubnet subnet) {
        return subnets.get(subnet).getId();
    }

    /** The address range of {@code subnet}. */
    public Cidr subnetRange(HubSubnet subnet) {
        return ranges.get(subnet);
    }

    /**
     * The resolver's inbound address (a Terraform reference), where sites' DNS servers forward the private zones.
     *
     * @throws IllegalArgumentException when the hub was created without a resolver
     */
    public String dnsInboundAddress() {
        if (inbound == null) {
            throw Checks.invalid(getNode().getPath(), "dnsResolver", "false", "create the hub with dnsResolver(true) to have an inbound address");
        }
        return inbound.getIpConfigurations().getPrivateIpAddress();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends HubNetworkProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a hub with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public HubNetwork build() {
            return new HubNetwork(scope, id, toProps());
        }
    }
}
