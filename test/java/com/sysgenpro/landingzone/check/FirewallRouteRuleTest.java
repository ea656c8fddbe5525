package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.OutputCopy;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZ-HUB-002 on the reference estate's output, whose clusters and node pools in peered networks all send their internet
 * traffic to their hub's firewall; then on copies of it with one part of that path broken each: the route table
 * association gone, the cluster's outbound type, the route's next hop, BGP propagation, a route past the firewall.
 */
class FirewallRouteRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The names cdktn gives a unit's or shared hosting's cluster and its network's parts, the same in every such stack. */
    private static final String CLUSTER = "azurerm_kubernetes_cluster.cluster_611F8AFF";
    private static final String POOL = "azurerm_kubernetes_cluster_node_pool.odoo-pool_9DE0E1B4";
    private static final String ASSOCIATION = "network_aks-nodes-routes-association_1FDD7C40";
    private static final String TABLE = "network_aks-nodes-routes_2F2F3A72";
    private static final String SUBNET = "network_aks-nodes_FAEA6907";
    private static final String WEU_FIREWALL = "${data.terraform_remote_state.connectivity.outputs.firewall-weu-private-ip}";

    @TempDir
    Path tmp;

    private static List<String> findings(Path out) {
        return OutputRuleOutcomes.findings(out, FirewallRouteRule.ID);
    }

    @Test
    void everyClusterAndNodePoolOfAPeeredNetworkRoutesThroughItsHubsFirewall() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        OutputRuleOutcomes outcomes = OutputRuleOutcomes.of(new FirewallRouteRule(), output, (stack, resource) -> stack.name() + " " + resource.type());
        List<String> compliant = outcomes.compliant();
        List<String> notApplicable = outcomes.notApplicable();
        assertThat(findings(ReferenceOutput.directory())).isEmpty();
        // The clusters and Odoo pools of wholesale's and e-commerce's production and staging and of shared production and
        // staging; the dedicated pools pharma keeps on shared hosting's clusters, whose subnet is read from shared hosting.
        assertThat(compliant).hasSize(14).contains("pharma-production " + FirewallRouteRule.NODE_POOL,
            "pharma-staging " + FirewallRouteRule.NODE_POOL);
        // Sandbox-class clusters stay disconnected.
        assertThat(notApplicable).hasSize(7).allMatch(name -> name.contains("-sandbox "));
    }

    @Test
    void listedOnlyTheRuleRefusesToEvaluate() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        SynthesizedStack stack = output.stack("wholesale-production").orElseThrow();
        TerraformResource cluster = stack.resources().stream().filter(resource -> resource.address().equals(CLUSTER)).findFirst()
            .orElseThrow();
        assertThatThrownBy(() -> new FirewallRouteRule().evaluate(cluster, stack.context()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("LZ-HUB-002 judges a resource against the other stacks");
    }

    @Test
    void failsWhereTheNodeSubnetHasNoRouteTableAssociation() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "wholesale-staging", config -> {
            resources(config, "azurerm_subnet_route_table_association").remove(ASSOCIATION);
            String subnet = "${azurerm_subnet." + SUBNET + ".id}";
            ((ObjectNode) resources(config, "azurerm_kubernetes_cluster").path("cluster_611F8AFF").path("default_node_pool"))
                .put("vnet_subnet_id", subnet);
            resources(config, "azurerm_kubernetes_cluster_node_pool").withObjectProperty("odoo-pool_9DE0E1B4").put("vnet_subnet_id", subnet);
        });
        // Only the association removed: the clusters' subnet ids name a resource the stack no longer declares.
        edit(out, "ecommerce-staging", config -> resources(config, "azurerm_subnet_route_table_association").remove(ASSOCIATION));

        String noAssociation = "'s subnet azurerm_subnet." + SUBNET + " ('snet-aks') has no route table association"
            + " (azurerm_subnet_route_table_association), so its traffic takes Azure's default route straight to the internet, past"
            + " the hub's firewall; associate it with a route table holding a route 0.0.0.0/0, next hop type VirtualAppliance,"
            + " next_hop_in_ip_address '" + WEU_FIREWALL + "' (the connectivity stack's output firewall-weu-private-ip)";
        String dangling = "'s vnet_subnet_id is '${azurerm_subnet_route_table_association." + ASSOCIATION + ".subnet_id}', no subnet"
            + " this output declares (a literal id, or one read from outside it), so its route to the hub's firewall cannot be shown;"
            + " take the subnet id from the route table association of the peered network's AKS node subnet";
        assertThat(findings(out)).containsExactlyInAnyOrder(
            "ecommerce-staging " + CLUSTER + ": the default node pool" + dangling,
            "ecommerce-staging " + POOL + ": the node pool" + dangling,
            "wholesale-staging " + CLUSTER + ": the default node pool" + noAssociation,
            "wholesale-staging " + POOL + ": the node pool" + noAssociation);
    }

    @Test
    void failsOnAClusterWhoseOutboundTypeIsItsLoadBalancer() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "shared-production", config -> resources(config, "azurerm_kubernetes_cluster").withObjectProperty("cluster_611F8AFF")
            .withObjectProperty("network_profile").put("outbound_type", "loadBalancer"));

        assertThat(findings(out)).containsExactly("shared-production " + CLUSTER + ": network_profile.outbound_type is 'loadBalancer',"
            + " so AKS gives the cluster an outbound public address and its nodes reach the internet past the hub's firewall; set it"
            + " to userDefinedRouting");
    }

    @Test
    void failsOnARouteToALiteralAddressAndOnAPoolOfAnotherStackInThatSubnet() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "shared-staging", config -> defaultRoute(config).put("next_hop_in_ip_address", "10.60.0.4"));

        String literal = ": route table azurerm_route_table." + TABLE + " ('rt-vnet-nwd-shared-staging-weu-aks-nodes')%s's route"
            + " 0.0.0.0/0 ('internet-through-firewall') has the literal next hop '10.60.0.4', which is not the firewall once the"
            + " firewall has another address, and may be any appliance; read the firewall's address from the connectivity stack:"
            + " next_hop_in_ip_address '" + WEU_FIREWALL + "'";
        // Pharma's dedicated pool runs in shared staging's node subnet, read through shared staging's outputs.
        assertThat(findings(out)).containsExactlyInAnyOrder(
            "shared-staging " + CLUSTER + literal.formatted(""),
            "shared-staging " + POOL + literal.formatted(""),
            "pharma-staging azurerm_kubernetes_cluster_node_pool.dedicated-pool_23FE2A33" + literal.formatted(" of stack shared-staging"));
    }

    @Test
    void failsOnBgpPropagationAnotherHubsFirewallAndARouteToTheInternet() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "ecommerce-staging", config -> resources(config, "azurerm_route_table").withObjectProperty(TABLE)
            .put("bgp_route_propagation_enabled", true));
        edit(out, "wholesale-production", config -> {
            defaultRoute(config).put("next_hop_in_ip_address", WEU_FIREWALL.replace("weu", "neu"));
            resources(config, "azurerm_route_table").withObjectProperty(TABLE).withArrayProperty("route").addObject().put("name", "partner")
                .put("address_prefix", "203.0.113.0/24").put("next_hop_type", "Internet");
        });

        List<String> findings = findings(out);
        assertThat(findings).hasSize(4);
        assertThat(findings).filteredOn(finding -> finding.startsWith("ecommerce-staging ")).hasSize(2)
            .allMatch(finding -> finding.endsWith(": route table azurerm_route_table." + TABLE
                + " ('rt-vnet-nwd-ecommerce-staging-neu-aks-nodes') has bgp_route_propagation_enabled = true, so routes a VPN or"
                + " ExpressRoute gateway learns later reach the node subnet, and a more specific one takes its traffic past the hub's"
                + " firewall; set it to false"));
        assertThat(findings).filteredOn(finding -> finding.startsWith("wholesale-production ")).hasSize(2)
            .allMatch(finding -> finding.contains("has next hop '" + WEU_FIREWALL.replace("weu", "neu") + "', not the firewall of"
                + " the hub the network is peered with"))
            .allMatch(finding -> finding.contains("sends 203.0.113.0/24 (route 'partner') to next hop type Internet, past the hub's"
                + " firewall"));
    }

    private static ObjectNode resources(ObjectNode config, String type) {
        return config.withObjectProperty("resource").withObjectProperty(type);
    }

    private static ObjectNode defaultRoute(ObjectNode config) {
        for (JsonNode route : resources(config, "azurerm_route_table").withObjectProperty(TABLE).withArrayProperty("route")) {
            if (route.path("address_prefix").asText().equals("0.0.0.0/0")) {
                return (ObjectNode) route;
            }
        }
        throw new AssertionError("no route 0.0.0.0/0 in " + TABLE);
    }

    /** Edits {@code stack}'s cdk.tf.json in the copied output {@code out}. */
    static void edit(Path out, String stack, Consumer<ObjectNode> change) throws IOException {
        Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        ObjectNode config = (ObjectNode) JSON.readTree(file.toFile());
        String before = config.toString();
        change.accept(config);
        assertThat(config.toString()).as("%s edited", stack).isNotEqualTo(before);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
    }
}
