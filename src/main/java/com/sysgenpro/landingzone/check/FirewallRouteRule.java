package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LZ-HUB-002: the nodes of an AKS cluster in a network peered with a hub reach the internet through that hub's
 * firewall, and nothing else: the cluster's {@code network_profile.outbound_type} is {@code userDefinedRouting} (else AKS
 * gives it an outbound public address of its own), and each node pool's subnet (the default one's and every
 * {@code azurerm_kubernetes_cluster_node_pool}'s, where Odoo runs) has a route table association to a route table
 * <ul>
 *   <li>whose route {@code 0.0.0.0/0} has next hop type {@code VirtualAppliance} and next hop
 *       {@code ${data.terraform_remote_state.connectivity.outputs.firewall-<region code>-private-ip}}, the firewall of
 *       the hub the network is peered with (a literal address is not the firewall once it has another, and may be any
 *       appliance; another hub's firewall is out of reach, peering is not transitive);</li>
 *   <li>with no route of next hop type {@code Internet} (its prefix would leave past the firewall);</li>
 *   <li>and with {@code bgp_route_propagation_enabled = false}: routes a VPN or ExpressRoute gateway learns later would
 *       otherwise reach the node subnet, and a more specific one takes the traffic past the firewall.</li>
 * </ul>
 * Routes are read from the table's {@code route} blocks and from {@code azurerm_route} resources naming it.
 *
 * <p>A node pool's subnet is followed through the stack's JSON as cdktn writes it: the association's
 * {@code subnet_id} ({@code ${azurerm_subnet_route_table_association.x.subnet_id}}, how the estate's clusters take it, so
 * that they are created after the route), the subnet itself ({@code ${azurerm_subnet.x.id}}, whose associations are
 * then looked up), or another stack's output read through remote state (a unit's dedicated pool on shared hosting's
 * cluster reads {@code cross-stack-reference-input-<stack>}), which is why the rule reads the whole output
 * ({@link OutputRule}).
 *
 * <p>It applies where the node subnet's network is peered with a hub, as LZ-HUB-001 decides peering: sandbox-class
 * networks stay disconnected and keep their own egress, and in an estate without hubs nothing is peered. A cluster or
 * pool in a stack with hub peerings whose subnet cannot be followed (no {@code vnet_subnet_id}, so a network AKS creates
 * itself, or a literal id) is a finding: its route to the firewall cannot be shown.
 */
final class FirewallRouteRule extends CheckOnlyRule implements OutputRule {

    static final String ID = "LZ-HUB-002";
    static final String CLUSTER = ResourceTypes.KUBERNETES_CLUSTER;
    static final String NODE_POOL = ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL;
    private static final String SUBNET = ResourceTypes.SUBNET;
    private static final String ASSOCIATION = ResourceTypes.SUBNET_ROUTE_TABLE_ASSOCIATION;
    private static final String ROUTE_TABLE = ResourceTypes.ROUTE_TABLE;
    private static final String ROUTE = ResourceTypes.ROUTE;
    private static final String USER_DEFINED_ROUTING = "userDefinedRouting";
    private static final String VIRTUAL_APPLIANCE = "VirtualAppliance";
    private static final String INTERNET = "Internet";
    private static final String DEFAULT_ROUTE = "0.0.0.0/0";
    /** How cdktn names the remote state a stack reads another stack's outputs through. */
    private static final String CROSS_STACK_INPUT = "cross-stack-reference-input-";

    private final List<SynthesizedStack> stacks;

    FirewallRouteRule() {
        this(null);
    }

    private FirewallRouteRule(List<SynthesizedStack> stacks) {
        super(ID, "Clusters in peered networks reach the internet only through their hub's firewall",
            "Route the AKS node subnet of a peered network through its hub's firewall: a route table association to a route table"
                + " with the route 0.0.0.0/0, next hop type VirtualAppliance, next hop the connectivity stack's output"
                + " firewall-<region code>-private-ip, no route to Internet, BGP route propagation off; and the cluster's"
                + " network_profile.outbound_type userDefinedRouting (network.hubs sets all of this for every peered network with a"
                + " cluster).",
            Severity.ERROR, Set.of(CLUSTER, NODE_POOL));
        this.stacks = stacks;
    }

    @Override
    public Rule within(List<SynthesizedStack> stacks) {
        return new FirewallRouteRule(List.copyOf(stacks));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        OutputRule.madeWithin(this, stacks);
        boolean cluster = CLUSTER.equals(resource.type());
        JsonNode pool = cluster ? StackQueries.block(resource.body(), "default_node_pool") : resource.body();
        String what = cluster ? "the default node pool" : "the node pool";
        String subnetId = StackQueries.text(pool, "vnet_subnet_id");
        boolean spoke = HubNetworks.spoke(resource.stackConfig());
        if (subnetId == null) {
            if (!cluster) {
                return Evaluation.notApplicable("the node pool sets no vnet_subnet_id: it runs in its cluster's subnet, judged on the"
                    + " cluster");
            }
            if (!spoke) {
                return Evaluation.notApplicable(stack.name() + " peers no network with a hub: sandbox-class, or an estate without"
                    + " network.hubs");
            }
            return Evaluation.nonCompliant(what + " sets no vnet_subnet_id, so AKS puts the nodes in a network of its own, peered"
                + " with no hub, whose traffic leaves through the cluster's own outbound address past the hub's firewall; set"
                + " default_node_pool.vnet_subnet_id to the peered network's AKS node subnet, taken from its route table association");
        }
        NodeSubnet subnet = resolve(resource.stack(), resource.stackConfig(), subnetId, 0);
        if (subnet == null) {
            if (!spoke) {
                return Evaluation.notApplicable(stack.name() + " peers no network with a hub, and " + what + "'s subnet '" + subnetId
                    + "' is no subnet of the output");
            }
            return Evaluation.nonCompliant(what + "'s vnet_subnet_id is '" + subnetId + "', no subnet this output declares (a literal"
                + " id, or one read from outside it), so its route to the hub's firewall cannot be shown; take the subnet id from the"
                + " route table association of the peered network's AKS node subnet");
        }
        TerraformResource network = networkOf(subnet.subnet());
        Set<String> hubs = network == null ? Set.of() : HubNetworks.hubCodes(network);
        if (hubs.isEmpty()) {
            return Evaluation.notApplicable("the node subnet " + describe(subnet.subnet(), resource) + " is in "
                + (network == null ? "no network of its stack" : describe(network, resource)) + ", which is peered with no hub:"
                + " sandbox-class networks stay disconnected (LZ-HUB-001 judges one that should be peered)");
        }
        List<String> problems = new ArrayList<>();
        if (cluster) {
            String outbound = StackQueries.text(StackQueries.block(resource.body(), "network_profile"), "outbound_type");
            if (!USER_DEFINED_ROUTING.equals(outbound)) {
                problems.add("network_profile.outbound_type is " + (outbound == null ? "not set (AKS takes loadBalancer)" : "'" + outbound
                    + "'") + ", so AKS gives the cluster an outbound public address and its nodes reach the internet past the hub's"
                    + " firewall; set it to " + USER_DEFINED_ROUTING);
            }
        }
        problems.addAll(routeProblems(subnet, hubs, what, resource));
        return problems.isEmpty() ? Evaluation.compliant() : Evaluation.nonCompliant(String.join("; ", problems));
    }

    /** What is wrong with the route of {@code subnet}'s traffic to the internet; empty when it leads to the hub's firewall. */
    private static List<String> routeProblems(NodeSubnet subnet, Set<String> hubs, String what, TerraformResource from) {
        String firewall = hubs.stream().map(HubNetworks::firewallReference).collect(Collectors.joining("' or '", "'", "'"));
        String toFirewall = "a route 0.0.0.0/0, next hop type " + VIRTUAL_APPLIANCE + ", next_hop_in_ip_address " + firewall
            + " (the connectivity stack's output " + hubs.stream().map(HubNetworks::firewallOutput).collect(Collectors.joining(" or "))
            + ")";
        List<TerraformResource> associations = subnet.association() != null ? List.of(subnet.association())
            : StackQueries.referring(subnet.subnet(), ASSOCIATION, "subnet_id");
        if (associations.isEmpty()) {
            return List.of(what + "'s subnet " + describe(subnet.subnet(), from) + " has no route table association"
                + " (azurerm_subnet_route_table_association), so its traffic takes Azure's default route straight to the internet,"
                + " past the hub's firewall; associate it with a route table holding " + toFirewall);
        }
        TerraformResource association = associations.get(0);
        String tableId = association.text("route_table_id");
        TerraformResource table = StackQueries.referenced(association, tableId);
        if (table == null || !ROUTE_TABLE.equals(table.type())) {
            return List.of("the route table association " + describe(association, from) + " of " + what + "'s subnet has"
                + " route_table_id '" + tableId + "', no route table of its stack, so the route to the firewall cannot be shown;"
                + " associate a route table of the stack holding " + toFirewall);
        }
        List<String> problems = new ArrayList<>();
        JsonNode defaultRoute = null;
        for (JsonNode route : routes(table)) {
            String prefix = StackQueries.text(route, "address_prefix");
            String hop = StackQueries.text(route, "next_hop_type");
            if (DEFAULT_ROUTE.equals(prefix)) {
                defaultRoute = route;
            } else if (INTERNET.equals(hop)) {
                problems.add("route table " + describe(table, from) + " sends " + prefix + " (route '" + StackQueries.text(route, "name")
                    + "') to next hop type Internet, past the hub's firewall; remove the route, and let the firewall allow what"
                    + " the environment needs (egress)");
            }
        }
        if (defaultRoute == null) {
            problems.add(0, "route table " + describe(table, from) + " has no route for 0.0.0.0/0, so internet traffic takes Azure's"
                + " default route past the hub's firewall; add " + toFirewall);
        } else {
            String hop = StackQueries.text(defaultRoute, "next_hop_type");
            String address = StackQueries.text(defaultRoute, "next_hop_in_ip_address");
            String route = "route table " + describe(table, from) + "'s route 0.0.0.0/0 ('" + StackQueries.text(defaultRoute, "name") + "')";
            if (!VIRTUAL_APPLIANCE.equals(hop)) {
                problems.add(0, route + " has next hop type '" + hop + "', not the hub's firewall; make it " + toFirewall);
            } else if (hubs.stream().map(HubNetworks::firewallReference).noneMatch(reference -> reference.equals(address))) {
                String found = address == null ? "no next_hop_in_ip_address"
                    : StackQueries.isReference(address) ? "next hop '" + address + "', not the firewall of the hub the network is"
                        + " peered with (peering is not transitive: another hub's firewall is out of reach)"
                    : "the literal next hop '" + address + "', which is not the firewall once the firewall has another address, and"
                        + " may be any appliance";
                problems.add(0, route + " has " + found + "; read the firewall's address from the connectivity stack: "
                    + "next_hop_in_ip_address " + firewall);
            }
        }
        JsonNode propagation = table.body().path("bgp_route_propagation_enabled");
        boolean off = propagation.isBoolean() ? !propagation.asBoolean() : "false".equals(propagation.asText(null));
        if (!off) {
            problems.add("route table " + describe(table, from) + " has bgp_route_propagation_enabled "
                + (propagation.isMissingNode() || propagation.isNull() ? "not set (Azure's default: on)" : "= " + propagation)
                + ", so routes a VPN or ExpressRoute gateway learns later reach the node subnet, and a more specific one takes its"
                + " traffic past the hub's firewall; set it to false");
        }
        return problems;
    }

    /** The table's routes: its {@code route} blocks, then the {@code azurerm_route} resources naming it. */
    private static List<JsonNode> routes(TerraformResource table) {
        List<JsonNode> routes = new ArrayList<>();
        JsonNode inline = table.body().path("route");
        if (inline.isArray()) {
            inline.forEach(routes::add);
        } else if (inline.isObject()) {
            routes.add(inline);
        }
        StackQueries.referring(table, ROUTE, "route_table_name").forEach(route -> routes.add(route.body()));
        return routes;
    }

    /** A node pool's subnet, and the route table association its id was read from (null when read from the subnet). */
    private record NodeSubnet(TerraformResource subnet, TerraformResource association) {
    }

    /**
     * The subnet {@code reference} (a {@code vnet_subnet_id} in stack {@code stackName}) names: through a route table
     * association's {@code subnet_id}, the subnet's {@code id}, or another stack's output read through remote state;
     * {@code null} when it names none of this output.
     */
    private NodeSubnet resolve(String stackName, JsonNode config, String reference, int depth) {
        if (reference == null || !reference.startsWith("${") || !reference.endsWith("}") || reference.indexOf("${", 2) >= 0 || depth > 4) {
            return null;
        }
        String[] parts = reference.substring(2, reference.length() - 1).split("\\.");
        if (parts.length == 5 && parts[0].equals("data") && parts[1].equals("terraform_remote_state") && parts[3].equals("outputs")
            && parts[2].startsWith(CROSS_STACK_INPUT)) {
            String producer = parts[2].substring(CROSS_STACK_INPUT.length());
            return stacks.stream().filter(candidate -> candidate.name().equals(producer)).findFirst()
                .map(other -> resolve(other.name(), other.config(), StackQueries.text(other.config().path("output").path(parts[4]),
                    "value"), depth + 1))
                .orElse(null);
        }
        TerraformResource anchor = new TerraformResource(stackName, "", "", config, config);
        TerraformResource target = StackQueries.referenced(anchor, reference);
        if (target == null || parts.length != 3) {
            return null;
        }
        if (target.type().equals(SUBNET) && parts[2].equals("id")) {
            return new NodeSubnet(target, null);
        }
        if (target.type().equals(ASSOCIATION) && parts[2].equals("subnet_id")) {
            TerraformResource subnet = StackQueries.referenced(target, target.text("subnet_id"));
            return subnet != null && subnet.type().equals(SUBNET) ? new NodeSubnet(subnet, target) : null;
        }
        return null;
    }

    /** The network {@code subnet} is in, by reference or by name; null when its stack declares none. */
    private static TerraformResource networkOf(TerraformResource subnet) {
        String name = subnet.text("virtual_network_name");
        TerraformResource network = StackQueries.referenced(subnet, name);
        if (network != null) {
            return HubNetworks.NETWORK.equals(network.type()) ? network : null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> networks = subnet.stackConfig().path("resource").path(HubNetworks.NETWORK).fields();
             networks.hasNext(); ) {
            Map.Entry<String, JsonNode> candidate = networks.next();
            if (name != null && name.equals(StackQueries.text(candidate.getValue(), "name"))) {
                return new TerraformResource(subnet.stack(), HubNetworks.NETWORK, candidate.getKey(), candidate.getValue(),
                    subnet.stackConfig());
            }
        }
        return null;
    }

    /** {@code resource}'s address and name, and its stack where that is not the stack of the finding ({@code from}). */
    private static String describe(TerraformResource resource, TerraformResource from) {
        String name = resource.text("name");
        String named = StackQueries.isReference(name) || name == null ? "" : " ('" + name + "')";
        return resource.address() + named + (resource.stack().equals(from.stack()) ? "" : " of stack " + resource.stack());
    }
}
