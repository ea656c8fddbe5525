package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.providers.azurerm.local_network_gateway.LocalNetworkGateway;
import io.cdktn.providers.azurerm.public_ip.PublicIp;
import io.cdktn.providers.azurerm.resource_group_template_deployment.ResourceGroupTemplateDeployment;
import io.cdktn.providers.azurerm.route_table.RouteTable;
import io.cdktn.providers.azurerm.route_table.RouteTableRoute;
import io.cdktn.providers.azurerm.subnet_route_table_association.SubnetRouteTableAssociation;
import io.cdktn.providers.azurerm.virtual_network_gateway.VirtualNetworkGateway;
import io.cdktn.providers.azurerm.virtual_network_gateway.VirtualNetworkGatewayIpConfiguration;
import io.cdktn.providers.azurerm.virtual_network_gateway_connection.VirtualNetworkGatewayConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * The gateways of a {@link HubNetwork} that connect its {@link Site}s, in its {@link HubSubnet#GATEWAY} subnet: a
 * route-based VPN gateway ({@code VpnGw1AZ}) with a local network gateway and an IPsec connection per VPN site, and an
 * ExpressRoute gateway ({@code ErGw1AZ}) with a connection per circuit (an ARM template deployment, as azurerm cannot
 * read such a connection back), each with a static Standard public address.
 * Both coexist in the /27 gateway subnet (learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager).
 *
 * <p>With an ExpressRoute gateway, the firewall's subnet gets a route table keeping 0.0.0.0/0 on the internet, so that a
 * circuit advertising a default route does not take the firewall's own traffic on premises.
 *
 * <p>Secure by default: the gateway subnet gets a route table that sends the sites' traffic to every range of
 * {@link HubGatewayProps#firewalledRanges()} through the hub's firewall, so that what a site reaches is what the
 * firewall's rules allow ({@link SiteIngress}), and nothing behind the hub is reached around it. Gateway route
 * propagation stays on there, as Azure requires on the gateway subnet. No shared key is written: Azure generates one
 * for each VPN connection (azurerm reads it back as a computed value, so it never appears in the configuration), which
 * operators read with {@code az network vpn-connection shared-key show} for the site's device, or set with
 * {@code az network vpn-connection shared-key update}. Logs go to the workspace. Construct ids ({@code vpn},
 * {@code vpn-ip}, {@code expressroute}, {@code expressroute-ip}, {@code site-<name>}, {@code site-<name>-connection},
 * {@code routes}, {@code routes-association}, {@code firewall-routes}) are Terraform addresses.
 */
public final class HubGateway extends Construct {

    /** The VPN gateway's SKU: zone-redundant, route-based, coexisting with ExpressRoute (Basic does not). */
    public static final String VPN_SKU = "VpnGw1AZ";
    /** The ExpressRoute gateway's SKU. */
    public static final String EXPRESS_ROUTE_SKU = "ErGw1AZ";
    /** The Microsoft.Network API version of the ExpressRoute connections' template. */
    static final String CONNECTION_API_VERSION = "2024-05-01";

    private final VirtualNetworkGateway vpn;
    private final VirtualNetworkGateway expressRoute;
    private final List<ITerraformDependable> connections = new ArrayList<>();

    /** Creates the gateways; prefer {@link Builder#create(Construct, String)}. */
    public HubGateway(Construct scope, String id, HubGatewayProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String name = Checks.azureName(path, "name", props.name(), AzureNameRule.NETWORK);
        HubNetwork hub = Checks.required(path, "hub", props.hub());
        String firewall = Checks.required(path, "firewallPrivateIpAddress", props.firewallPrivateIpAddress());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());
        List<Site> sites = props.sites();
        if (sites.isEmpty()) {
            throw Checks.missing(path, "sites", "at least one site; a hub without sites needs no gateway");
        }
        if (props.firewalledRanges().isEmpty()) {
            throw Checks.missing(path, "firewalledRanges", "the ranges behind the hub that sites reach through the firewall,"
                + " e.g. {wholesale-staging: 10.20.0.0/20}; without them the gateway would route sites around the firewall");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            String at = "sites[" + i + "]";
            if (!EgressSource.validName(site.name())) {
                throw Checks.invalid(path, at + ".name", site.name(), "letters, digits and hyphens, alphanumeric at both ends, at most "
                    + EgressSource.MAX_NAME_LENGTH + " characters, e.g. antwerp-dc");
            }
            if (!names.add(site.name())) {
                throw Checks.invalid(path, at + ".name", site.name(), "each site once");
            }
            if (site.addressSpaces().isEmpty()) {
                throw Checks.missing(path, at + ".addressSpaces", "the ranges behind the site, e.g. 192.168.10.0/24");
            }
            String problem = endpointProblem(site.connection(), site.endpoint());
            if (problem != null) {
                throw Checks.invalid(path, at + ".endpoint", site.endpoint(), problem);
            }
        }
        AzureRegion region = hub.region();
        boolean zoneRedundant = props.zoneRedundant() != null ? props.zoneRedundant() : region.availabilityZones();
        if (zoneRedundant && !region.availabilityZones()) {
            throw Checks.invalid(path, "zoneRedundant", true, region.name() + " has no availability zones; set zoneRedundant(false)"
                + " or leave it unset");
        }
        List<String> zones = zoneRedundant ? List.of("1", "2", "3") : null;
        String location = region.name();

        // The gateway subnet's routes first: a gateway must never forward a site's traffic around the firewall.
        List<RouteTableRoute> routes = new ArrayList<>();
        new TreeMap<>(props.firewalledRanges()).forEach((routeName, range) -> routes.add(RouteTableRoute.builder()
            .name("to-" + routeName)
            .addressPrefix(range.toString())
            .nextHopType("VirtualAppliance")
            .nextHopInIpAddress(firewall)
            .build()));
        RouteTable table = RouteTable.Builder.create(this, "routes")
            .name("rt-" + name)
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            // Azure requires gateway route propagation on the gateway subnet.
            .bgpRoutePropagationEnabled(true)
            .route(routes)
            .tags(tags.asMap())
            .build();
        SubnetRouteTableAssociation association = SubnetRouteTableAssociation.Builder.create(this, "routes-association")
            .subnetId(hub.subnetId(HubSubnet.GATEWAY))
            .routeTableId(table.getId())
            .build();

        boolean anyVpn = sites.stream().anyMatch(site -> site.connection() == SiteConnection.VPN);
        boolean anyExpressRoute = sites.stream().anyMatch(site -> site.connection() == SiteConnection.EXPRESS_ROUTE);
        this.vpn = anyVpn ? gateway("vpn", name + "-vpn", "Vpn", VPN_SKU, hub, zones, workspace, tags, List.of(association)) : null;
        // Azure refuses a second gateway operation in the subnet while one runs: the ExpressRoute gateway waits for the VPN one.
        this.expressRoute = anyExpressRoute ? gateway("expressroute", name + "-er", "ExpressRoute", EXPRESS_ROUTE_SKU, hub, zones,
            workspace, tags, vpn != null ? List.of(association, vpn) : List.of(association)) : null;

        if (anyExpressRoute) {
            // A circuit may advertise a default route (forced tunnelling on premises); the firewall must keep its own way
            // out, or egress, DNAT and its management fail (learn.microsoft.com/azure/firewall/forced-tunneling).
            RouteTable firewallRoutes = RouteTable.Builder.create(this, "firewall-routes")
                .name("rt-" + name + "-firewall")
                .resourceGroupName(hub.resourceGroupName())
                .location(location)
                // The firewall learns the sites' ranges from the gateways.
                .bgpRoutePropagationEnabled(true)
                .route(List.of(RouteTableRoute.builder()
                    .name("internet-direct")
                    .addressPrefix("0.0.0.0/0")
                    .nextHopType("Internet")
                    .build()))
                .tags(tags.asMap())
                .build();
            SubnetRouteTableAssociation.Builder.create(this, "firewall-routes-association")
                .subnetId(hub.subnetId(HubSubnet.FIREWALL))
                .routeTableId(firewallRoutes.getId())
                .build();
        }

        for (Site site : sites) {
            if (site.connection() == SiteConnection.VPN) {
                LocalNetworkGateway local = LocalNetworkGateway.Builder.create(this, "site-" + site.name())
                    .name("lgw-" + site.name())
                    .resourceGroupName(hub.resourceGroupName())
                    .location(location)
                    .gatewayAddress(site.endpoint())
                    .addressSpace(site.addressSpaces().stream().map(Cidr::toString).toList())
                    .tags(tags.asMap())
                    .build();
                connections.add(VirtualNetworkGatewayConnection.Builder.create(this, "site-" + site.name() + "-connection")
                    .name("con-" + site.name())
                    .resourceGroupName(hub.resourceGroupName())
                    .location(location)
                    .type("IPsec")
                    .connectionProtocol("IKEv2")
                    .virtualNetworkGatewayId(vpn.getId())
                    .localNetworkGatewayId(local.getId())
                    .tags(tags.asMap())
                    .build());
            } else {
                // Through a template: azurerm 4.73 reads every connection's shared key, which an ExpressRoute connection has
                // not, and Azure answers in a form the provider cannot read, so every plan after creation would fail
                // (hashicorp/terraform-provider-azurerm#30322). The deployment deletes the connection with it.
                connections.add(ResourceGroupTemplateDeployment.Builder.create(this, "site-" + site.name() + "-connection")
                    .name("con-" + site.name())
                    .resourceGroupName(hub.resourceGroupName())
                    .deploymentMode("Incremental")
                    .templateContent(Json.write(expressRouteConnection("con-" + site.name(), location, expressRoute.getId(),
                        site.endpoint(), tags)))
                    .tags(tags.asMap())
                    .build());
            }
        }
    }

    private VirtualNetworkGateway gateway(String id, String gatewayName, String type, String sku, HubNetwork hub, List<String> zones,
                                          LogAnalyticsWorkspaceReference workspace, Tags tags, List<ITerraformDependable> after) {
        String location = hub.region().name();
        PublicIp address = PublicIp.Builder.create(this, id + "-ip")
            .name(gatewayName + "-pip")
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            .sku("Standard")
            .allocationMethod("Static")
            .zones(zones)
            .tags(tags.asMap())
            .build();
        new DiagnosticSettings(this, id + "-ip-diagnostics", address.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);
        var builder = VirtualNetworkGateway.Builder.create(this, id)
            .name(gatewayName)
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            .type(type)
            .sku(sku)
            .ipConfiguration(List.of(VirtualNetworkGatewayIpConfiguration.builder()
                .name("gateway")
                .publicIpAddressId(address.getId())
                .subnetId(hub.subnetId(HubSubnet.GATEWAY))
                .privateIpAddressAllocation("Dynamic")
                .build()))
            .dependsOn(after)
            .tags(tags.asMap());
        if (type.equals("Vpn")) {
            builder.vpnType("RouteBased").generation("Generation1").activeActive(false).bgpEnabled(false);
        }
        VirtualNetworkGateway gateway = builder.build();
        new DiagnosticSettings(this, id + "-diagnostics", gateway.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);
        return gateway;
    }

    /** The template of an ExpressRoute connection {@code name} of {@code gatewayId} (a reference) to {@code circuitId}. */
    static Map<String, Object> expressRouteConnection(String name, String location, String gatewayId, String circuitId, Tags tags) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("connectionType", "ExpressRoute");
        properties.put("virtualNetworkGateway1", Map.of("id", gatewayId));
        properties.put("peer", Map.of("id", circuitId));
        properties.put("routingWeight", 0);
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("type", "Microsoft.Network/connections");
        connection.put("apiVersion", CONNECTION_API_VERSION);
        connection.put("name", name);
        connection.put("location", location);
        connection.put("tags", new TreeMap<>(tags.asMap()));
        connection.put("properties", properties);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        template.put("contentVersion", "1.0.0.0");
        template.put("resources", List.of(connection));
        return template;
    }

    /**
     * What is wrong with {@code endpoint} for a site connected by {@code connection}, or null: a VPN device's public IPv4
     * address, or an ExpressRoute circuit's resource id. The estate loader asks the same.
     */
    public static String endpointProblem(SiteConnection connection, String endpoint) {
        if (connection == SiteConnection.VPN) {
            if (!Cidr.isAddress(endpoint)) {
                return "is not allowed; the public IPv4 address of the site's VPN device, e.g. 203.0.113.10";
            }
            Cidr address = Cidr.parse(endpoint + "/32");
            if (EgressRule.nonPublicRanges().stream().anyMatch(range -> range.overlaps(address))) {
                return "is not a public address; the site's VPN device is reached over the internet, at a public IPv4 address such as 203.0.113.10";
            }
            return null;
        }
        if (endpoint == null || !endpoint.matches("(?i)/subscriptions/[0-9a-f-]{36}/resourceGroups/[-\\w._()]+/providers/"
            + "Microsoft\\.Network/expressRouteCircuits/[-\\w.]+")) {
            return "is not allowed; the resource id of the ExpressRoute circuit, e.g. /subscriptions/<subscription id>/resourceGroups/"
                + "rg-network/providers/Microsoft.Network/expressRouteCircuits/er-antwerp";
        }
        return null;
    }

    /** The VPN gateway's id (a Terraform reference), or null without VPN sites. */
    public String vpnGatewayId() {
        return vpn == null ? null : vpn.getId();
    }

    /** The ExpressRoute gateway's id (a Terraform reference), or null without ExpressRoute sites. */
    public String expressRouteGatewayId() {
        return expressRoute == null ? null : expressRoute.getId();
    }

    /** The gateways, for what must be created after them (a spoke's peering using them). */
    public List<ITerraformDependable> gateways() {
        List<ITerraformDependable> gateways = new ArrayList<>();
        if (vpn != null) {
            gateways.add(vpn);
        }
        if (expressRoute != null) {
            gateways.add(expressRoute);
        }
        return gateways;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends HubGatewayProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a gateway with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public HubGateway build() {
            return new HubGateway(scope, id, toProps());
        }
    }
}
