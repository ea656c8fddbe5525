package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The hub firewalls on the reference estate, synthesized afresh (not from its golden files): a firewall in each hub,
 * Premium where production runs, every peered cluster network's node subnet routed to its region's firewall with the
 * cluster on {@code userDefinedRouting}, sandbox untouched, recovery networks' node subnets routed to their (the recovery)
 * region's firewall before any cluster is rebuilt there, the declared egress as the firewall's rules, and production's
 * Traefik published through the firewall (DNAT to an internal load balancer at a fixed address).
 */
class FirewallWiringTest {

    private static final String REMOTE = "${data.terraform_remote_state.connectivity.outputs.";

    /** The reference estate's output (its golden files, which ReferenceEstateTest keeps equal to a fresh synthesis). */
    private static final Path OUT = ReferenceOutput.directory();

    private static Path file(String stack) {
        return OUT.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
    }

    private static JsonNode stack(String name) {
        return Synth.read(file(name));
    }

    private static List<String> stackNames() throws IOException {
        try (Stream<Path> stacks = Files.list(OUT.resolve("stacks"))) {
            return stacks.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** The stack's resources of {@code type} whose construct id (the start of their Terraform address) is {@code id}. */
    private static List<JsonNode> constructs(JsonNode stack, String type, String id) {
        List<JsonNode> found = new ArrayList<>();
        stack.path("resource").path(type).fields().forEachRemaining(entry -> {
            if (entry.getKey().startsWith(id + "_")) {
                found.add(entry.getValue());
            }
        });
        return found;
    }

    /** A nested block, which the synthesized JSON writes as an object or a one-element list. */
    private static JsonNode block(JsonNode parent, String name) {
        JsonNode node = parent.path(name);
        return node.isArray() ? node.get(0) : node;
    }

    private static String code(String location) {
        return location.equals("westeurope") ? "weu" : "neu";
    }

    private static List<JsonNode> rules(JsonNode group, String collection) {
        List<JsonNode> rules = new ArrayList<>();
        group.path(collection).forEach(c -> c.path("rule").forEach(rules::add));
        return rules;
    }

    private static List<JsonNode> groups(JsonNode connectivity, String name, String region) {
        return Synth.resources(connectivity, "azurerm_firewall_policy_rule_collection_group").stream()
            .filter(group -> group.path("name").asText().equals(name)
                && group.path("firewall_policy_id").asText().contains("firewall-" + region)).toList();
    }

    @Test
    void theRecoveryRegionsFirewallGivesTheRebuiltClusterItsEnvironmentsEgressAndPublishesIt() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        // wholesale-production fails over to northeurope, into its recovery network 10.66.0.0/20 (nodes 10.66.0.0/21).
        List<String> recoveryEgress = groups(connectivity, "egress", "neu").stream()
            .flatMap(group -> Stream.concat(rules(group, "network_rule_collection").stream(), rules(group, "application_rule_collection").stream()))
            .filter(rule -> rule.path("name").asText().startsWith("wholesale-production-"))
            .map(rule -> rule.path("name").asText() + " " + rule.path("source_addresses")).toList();
        List<String> primaryEgress = groups(connectivity, "egress", "weu").stream()
            .flatMap(group -> Stream.concat(rules(group, "network_rule_collection").stream(), rules(group, "application_rule_collection").stream()))
            .filter(rule -> rule.path("name").asText().startsWith("wholesale-production-"))
            .map(rule -> rule.path("name").asText() + " [\"10.66.0.0/21\"]").toList();
        assertThat(recoveryEgress).isNotEmpty().containsExactlyInAnyOrderElementsOf(primaryEgress);
        List<String> published = groups(connectivity, "ingress", "neu").stream().flatMap(group -> rules(group, "nat_rule_collection").stream())
            .filter(rule -> rule.path("name").asText().startsWith("wholesale-production-recovery-"))
            .map(rule -> rule.path("translated_address").asText() + ":" + rule.path("translated_port").asText()).toList();
        assertThat(published).containsExactlyInAnyOrder("10.66.7.254:80", "10.66.7.254:443");
        assertThat(connectivity.path("output").has("ingress-wholesale-production-recovery")).isTrue();
    }

    @Test
    void aFirewallInEachHubPremiumWhereProductionRunsWithItsPrivateAddressAsAnOutput() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        List<JsonNode> firewalls = Synth.resources(connectivity, "azurerm_firewall");
        assertThat(firewalls).extracting(firewall -> firewall.path("name").asText())
            .containsExactlyInAnyOrder("afw-nwd-hub-weu", "afw-nwd-hub-neu");
        // Production runs in both regions (wholesale and shared in westeurope, e-commerce in northeurope).
        assertThat(firewalls).allSatisfy(firewall -> assertThat(firewall.path("sku_tier").asText()).isEqualTo("Premium"));
        assertThat(Synth.resources(connectivity, "azurerm_firewall_policy"))
            .allSatisfy(policy -> assertThat(block(policy, "intrusion_detection").path("mode").asText()).isEqualTo("Alert"));
        assertThat(connectivity.path("output").path("firewall-weu-private-ip").path("value").asText())
            .contains("azurerm_firewall.firewall-weu").contains("ip_configuration[0].private_ip_address");
        assertThat(connectivity.path("output").has("firewall-neu-private-ip")).isTrue();
        // The platform rules also open the GitOps host and Let's Encrypt (the reference issues ACME certificates).
        JsonNode platform = groups(connectivity, "platform", "weu").get(0);
        assertThat(rules(platform, "application_rule_collection")).filteredOn(rule -> rule.path("name").asText().equals("platform-fqdns"))
            .singleElement().satisfies(rule -> assertThat(rule.path("destination_fqdns")).extracting(JsonNode::asText)
                .contains("github.com", "acme-v02.api.letsencrypt.org", "westeurope.dp.kubernetesconfiguration.azure.com"));
    }

    @Test
    void everyPeeredClusterNetworkRoutesTheInternetToItsRegionsFirewallAndSandboxDoesNot() throws IOException {
        int routed = 0;
        for (String name : stackNames()) {
            if (name.equals(ConnectivityStack.NAME) || name.endsWith("-incluster")) {
                continue;
            }
            JsonNode stack = stack(name);
            List<JsonNode> clusters = Synth.resources(stack, "azurerm_kubernetes_cluster");
            // Recovery networks' routes are the next test's.
            List<JsonNode> tables = constructs(stack, "azurerm_route_table", "network");
            if (clusters.isEmpty()) {
                assertThat(tables).as(name + ": no cluster network, no route").isEmpty();
                continue;
            }
            JsonNode cluster = clusters.get(0);
            String outbound = block(cluster, "network_profile").path("outbound_type").asText();
            if (name.contains("sandbox")) {
                assertThat(Synth.resources(stack, "azurerm_route_table")).as(name).isEmpty();
                assertThat(outbound).as(name).isEqualTo("loadBalancer");
                continue;
            }
            routed++;
            String region = code(cluster.path("location").asText());
            assertThat(tables).as(name).hasSize(1);
            JsonNode table = tables.get(0);
            assertThat(table.path("bgp_route_propagation_enabled").asBoolean(true)).isFalse();
            assertThat(table.path("route")).singleElement().satisfies(route -> {
                assertThat(route.path("address_prefix").asText()).isEqualTo("0.0.0.0/0");
                assertThat(route.path("next_hop_type").asText()).isEqualTo("VirtualAppliance");
                assertThat(route.path("next_hop_in_ip_address").asText()).isEqualTo(REMOTE + "firewall-" + region + "-private-ip}");
            });
            List<JsonNode> associations = constructs(stack, "azurerm_subnet_route_table_association", "network");
            assertThat(associations).as(name).singleElement().satisfies(association ->
                assertThat(association.path("subnet_id").asText()).contains("azurerm_subnet.network_aks-nodes"));
            // The cluster takes its subnet from the association: created after the route, which AKS checks.
            assertThat(outbound).as(name).isEqualTo("userDefinedRouting");
            assertThat(block(cluster, "default_node_pool").path("vnet_subnet_id").asText())
                .contains("azurerm_subnet_route_table_association.");
        }
        // Shared production and staging; wholesale and e-commerce production and staging.
        assertThat(routed).isEqualTo(6);
    }

    @Test
    void aRecoveryNetworksNodeSubnetRoutesTheInternetToTheRecoveryRegionsFirewallAlreadyAdmittingIt() throws IOException {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        int routed = 0;
        for (String name : stackNames()) {
            if (name.equals(ConnectivityStack.NAME) || name.endsWith("-incluster")) {
                continue;
            }
            JsonNode stack = stack(name);
            List<JsonNode> networks = constructs(stack, "azurerm_virtual_network", "recovery-network");
            List<JsonNode> tables = constructs(stack, "azurerm_route_table", "recovery-network");
            if (networks.isEmpty()) {
                assertThat(tables).as(name + ": no recovery network, no recovery route").isEmpty();
                continue;
            }
            routed++;
            JsonNode network = networks.get(0);
            String region = code(network.path("location").asText());
            // The recovery network's own route table, in its region and resource group, to that region's firewall.
            assertThat(tables).as(name).hasSize(1);
            JsonNode table = tables.get(0);
            assertThat(table.path("name").asText()).isEqualTo("rt-" + network.path("name").asText() + "-aks-nodes");
            assertThat(table.path("location").asText()).isEqualTo(network.path("location").asText());
            assertThat(table.path("resource_group_name").asText()).isEqualTo(network.path("resource_group_name").asText());
            assertThat(table.path("bgp_route_propagation_enabled").asBoolean(true)).isFalse();
            assertThat(table.path("route")).singleElement().satisfies(route -> {
                assertThat(route.path("address_prefix").asText()).isEqualTo("0.0.0.0/0");
                assertThat(route.path("next_hop_type").asText()).isEqualTo("VirtualAppliance");
                assertThat(route.path("next_hop_in_ip_address").asText()).isEqualTo(REMOTE + "firewall-" + region + "-private-ip}");
            });
            // The recovery region's firewall exists: the connectivity stack has the output the route reads.
            assertThat(connectivity.path("output").has("firewall-" + region + "-private-ip")).as(name).isTrue();
            // On the recovery network's node subnet, the one subnet routed there.
            assertThat(constructs(stack, "azurerm_subnet_route_table_association", "recovery-network")).as(name).singleElement()
                .satisfies(association -> {
                    assertThat(association.path("subnet_id").asText()).startsWith("${azurerm_subnet.recovery-network_aks-nodes_");
                    assertThat(association.path("route_table_id").asText()).startsWith("${azurerm_route_table.recovery-network_aks-nodes-routes_");
                });
            // The platform rules of that firewall already admit the node subnet a cluster is rebuilt in.
            String nodes = constructs(stack, "azurerm_subnet", "recovery-network_aks-nodes").get(0).path("address_prefixes").get(0).asText();
            JsonNode platform = groups(connectivity, "platform", region).get(0);
            assertThat(rules(platform, "application_rule_collection")).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.path("source_addresses")).extracting(JsonNode::asText).as(name).contains(nodes));
            assertThat(rules(platform, "network_rule_collection")).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.path("source_addresses")).extracting(JsonNode::asText).as(name).contains(nodes));
            // Nothing inbound changes: the recovery node subnet admits no HTTPS from the internet.
            assertThat(constructs(stack, "azurerm_network_security_group", "recovery-network_aks-nodes-nsg")).singleElement()
                .satisfies(nsg -> assertThat(nsg.path("security_rule")).extracting(rule -> rule.path("name").asText())
                    .doesNotContain("allow-https-from-internet"));
        }
        // Wholesale production (tier-1, into northeurope) and e-commerce production (tier-2 with a registry replica, into westeurope).
        assertThat(routed).isEqualTo(2);
        JsonNode wholesale = constructs(stack("wholesale-production"), "azurerm_route_table", "recovery-network").get(0);
        assertThat(wholesale.path("route").get(0).path("next_hop_in_ip_address").asText()).isEqualTo(REMOTE + "firewall-neu-private-ip}");
        JsonNode ecommerce = constructs(stack("ecommerce-production"), "azurerm_route_table", "recovery-network").get(0);
        assertThat(ecommerce.path("route").get(0).path("next_hop_in_ip_address").asText()).isEqualTo(REMOTE + "firewall-weu-private-ip}");
    }

    @Test
    void theSftpEntryIsExactlyOneNetworkRuleForWholesalesSourcesAndNoOtherUnitGetsPort22() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        List<JsonNode> network = groups(connectivity, "egress", "weu").stream()
            .flatMap(group -> rules(group, "network_rule_collection").stream()).toList();
        List<JsonNode> sftp = network.stream().filter(rule -> StreamSupport.stream(rule.path("destination_fqdns").spliterator(), false)
            .anyMatch(fqdn -> fqdn.asText().equals("sftp.edi-partner.example"))).toList();
        // The unit's entry, once per wholesale environment outside sandbox, each from its own node subnet.
        assertThat(sftp).extracting(rule -> rule.path("name").asText())
            .containsExactlyInAnyOrder("wholesale-production-tcp-22-sftp.edi-partner.example",
                "wholesale-staging-tcp-22-sftp.edi-partner.example");
        JsonNode production = sftp.stream().filter(rule -> rule.path("name").asText().startsWith("wholesale-production")).findFirst().orElseThrow();
        assertThat(production.path("source_addresses")).extracting(JsonNode::asText).containsExactly("10.65.0.0/21");
        assertThat(production.path("destination_ports")).extracting(JsonNode::asText).containsExactly("22");
        assertThat(production.path("protocols")).extracting(JsonNode::asText).containsExactly("TCP");
        // Nothing else opens 22: every other rule on port 22 belongs to wholesale.
        for (String region : List.of("weu", "neu")) {
            groups(connectivity, "egress", region).stream().flatMap(group -> rules(group, "network_rule_collection").stream())
                .filter(rule -> StreamSupport.stream(rule.path("destination_ports").spliterator(), false).anyMatch(port -> port.asText().equals("22")))
                .forEach(rule -> assertThat(rule.path("name").asText()).startsWith("wholesale-"));
        }
    }

    @Test
    void productionTraefikIsInternalAtAFixedAddressThatTheFirewallPublishes() {
        JsonNode release = Synth.resources(stack("wholesale-production-incluster"), "helm_release").stream()
            .filter(r -> r.path("name").asText().equals("traefik")).findFirst().orElseThrow();
        JsonNode values = Synth.parse(release.path("values").get(0).asText());
        JsonNode annotations = values.path("service").path("annotations");
        assertThat(annotations.path("service.beta.kubernetes.io/azure-load-balancer-internal").asText()).isEqualTo("true");
        // wholesale production is 10.65.0.0/20: its node subnet 10.65.0.0/21 ends at 10.65.7.255, which Azure reserves.
        assertThat(annotations.path("service.beta.kubernetes.io/azure-load-balancer-ipv4").asText()).isEqualTo("10.65.7.254");

        JsonNode connectivity = stack(ConnectivityStack.NAME);
        List<JsonNode> dnat = groups(connectivity, "ingress", "weu").stream()
            .flatMap(group -> rules(group, "nat_rule_collection").stream())
            .filter(rule -> rule.path("name").asText().startsWith("wholesale-production-")).toList();
        assertThat(dnat).extracting(rule -> rule.path("name").asText())
            .containsExactlyInAnyOrder("wholesale-production-80", "wholesale-production-443");
        assertThat(dnat).allSatisfy(rule -> {
            assertThat(rule.path("translated_address").asText()).isEqualTo("10.65.7.254");
            assertThat(rule.path("destination_address").asText()).contains("azurerm_public_ip.firewall-weu_ingress-wholesale-production-ip");
        });
        JsonNode firewall = Synth.resources(connectivity, "azurerm_firewall").stream()
            .filter(f -> f.path("name").asText().equals("afw-nwd-hub-weu")).findFirst().orElseThrow();
        // The egress configuration in the firewall's subnet, then one without a subnet per published ingress.
        assertThat(firewall.path("ip_configuration").get(0).has("subnet_id")).isTrue();
        assertThat(firewall.path("ip_configuration")).filteredOn(c -> c.path("name").asText().equals("ingress-wholesale-production"))
            .singleElement().satisfies(c -> assertThat(c.has("subnet_id")).isFalse());
        assertThat(connectivity.path("output").has("ingress-wholesale-production")).isTrue();
        assertThat(connectivity.path("output").has("ingress-shared-production")).isTrue();
        assertThat(connectivity.path("output").has("ingress-ecommerce-production")).isTrue();
        // Staging is internal and not published.
        assertThat(connectivity.path("output").has("ingress-wholesale-staging")).isFalse();
        // Only the firewall's DNAT reaches the nodes from the internet: their subnet admits no HTTPS from it.
        assertThat(Synth.resources(stack("wholesale-production"), "azurerm_network_security_group").stream()
            .flatMap(nsg -> StreamSupport.stream(nsg.path("security_rule").spliterator(), false))
            .map(rule -> rule.path("name").asText())).doesNotContain("allow-https-from-internet");
    }

    @Test
    void theConnectivityAndASpokeStackAreCleanAgainstTheSchema() {
        Path shared = SharedReference.require();
        for (String name : List.of(ConnectivityStack.NAME, "wholesale-production", "shared-production")) {
            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file(name).toString(),
                SharedReference.azurermSchema(shared).toString());
            assertThat(result.exitCode()).as("%s: %s", name, result.output()).isZero();
        }
        List<String> arguments = new ArrayList<>(List.of(file("wholesale-production-incluster").toString()));
        SharedReference.inClusterSchemas(shared).forEach(schema -> arguments.add(schema.toString()));
        SharedReference.Result inCluster = SharedReference.run(shared, "check-tf-schema.py", arguments.toArray(String[]::new));
        assertThat(inCluster.exitCode()).as(inCluster.output()).isZero();
    }
}
