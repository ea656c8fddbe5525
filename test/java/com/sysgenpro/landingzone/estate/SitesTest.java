package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Sites ({@code network.sites}) on the reference estate, synthesized afresh: each site reaches, through its hub's
 * gateway and firewall, the ingress of the environments that list it and nothing else; the gateway subnet sends every
 * spoke range through the firewall; spokes of a hub with gateways use them. And what the loader refuses.
 */
class SitesTest {

    private static final Path REFERENCE = Path.of("stacks/reference.yaml");

    /** The reference estate's output (its golden files, which ReferenceEstateTest keeps equal to a fresh synthesis). */
    private static final Path OUT = ReferenceOutput.directory();

    private static JsonNode stack(String name) {
        return Synth.read(OUT.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    /** Traefik's internal address in {@code stack}'s network: its AKS node subnet's last usable address. */
    private static String ingressAddress(String stack) {
        JsonNode nodes = primary(stack, "azurerm_subnet", "aks-nodes");
        return Cidr.parse(nodes.path("address_prefixes").get(0).asText()).addressAt(-2);
    }

    /** The resource of {@code type} at construct path {@code <stack>/network/<id>}: the stack's primary network's. */
    private static JsonNode primary(String stack, String type, String id) {
        return Synth.resources(stack(stack), type).stream()
            .filter(resource -> resource.path("//").path("metadata").path("path").asText().equals(stack + "/network/" + id))
            .findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + stack + "/network/" + id));
    }

    private static List<JsonNode> firewallRules(JsonNode connectivity, String region) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : Synth.resources(connectivity, "azurerm_firewall_policy_rule_collection_group")) {
            if (!group.path("firewall_policy_id").asText().contains("firewall-" + region)) {
                continue;
            }
            for (String kind : List.of("application_rule_collection", "network_rule_collection", "nat_rule_collection")) {
                group.path(kind).forEach(collection -> collection.path("rule").forEach(rules::add));
            }
        }
        return rules;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    @Test
    void aSiteReachesOnlyItsOwnUnitsIngress() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        List<JsonNode> rules = firewallRules(connectivity, "weu");
        // wholesale (dedicated) lists antwerp-dc and liege-dc; pharma (semi-dedicated, on shared hosting) mechelen-gdp.
        Set<String> wholesale = Set.of(ingressAddress("wholesale-production"), ingressAddress("wholesale-staging"));
        Set<String> pharma = Set.of(ingressAddress("shared-production"), ingressAddress("shared-staging"));
        assertThat(wholesale).doesNotContainAnyElementsOf(pharma);

        for (String[] site : List.of(new String[] {"antwerp-dc", "192.168.10.0/24"}, new String[] {"liege-dc", "192.168.20.0/23"},
                new String[] {"mechelen-gdp", "192.168.30.0/24"})) {
            Cidr range = Cidr.parse(site[1]);
            List<JsonNode> fromSite = rules.stream().filter(rule -> StreamSupport.stream(rule.path("source_addresses").spliterator(), false)
                .anyMatch(source -> source.asText().equals("*") || !source.asText().contains("/") || Cidr.parse(source.asText()).overlaps(range)))
                .filter(rule -> !rule.has("translated_address")) // DNAT rules take internet sources ("*") by design
                .toList();
            assertThat(fromSite).as("rules admitting %s", site[0]).singleElement().satisfies(rule -> {
                assertThat(rule.path("name").asText()).isEqualTo(site[0] + "-ingress");
                assertThat(texts(rule.path("source_addresses"))).containsExactly(site[1]);
                assertThat(texts(rule.path("destination_addresses"))).isEqualTo(site[0].equals("mechelen-gdp") ? pharma : wholesale);
                assertThat(texts(rule.path("destination_ports"))).containsExactlyInAnyOrder("80", "443");
                assertThat(texts(rule.path("protocols"))).containsExactly("TCP");
                assertThat(rule.has("destination_fqdns")).isFalse();
            });
        }
        // The other hub has no gateway and no site rule.
        assertThat(firewallRules(connectivity, "neu")).noneMatch(rule -> rule.path("name").asText().endsWith("-ingress"));
    }

    @Test
    void theGatewaySubnetSendsEverySpokeOfItsRegionThroughTheFirewall() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        JsonNode table = Synth.resources(connectivity, "azurerm_route_table").stream()
            .filter(route -> route.path("name").asText().equals("rt-vgw-nwd-hub-weu")).findFirst().orElseThrow();
        assertThat(table.path("bgp_route_propagation_enabled").asBoolean()).as("Azure requires propagation on GatewaySubnet").isTrue();
        Set<String> routed = new LinkedHashSet<>();
        table.path("route").forEach(route -> {
            assertThat(route.path("next_hop_type").asText()).isEqualTo("VirtualAppliance");
            assertThat(route.path("next_hop_in_ip_address").asText()).contains("azurerm_firewall.firewall-weu")
                .endsWith(".ip_configuration[0].private_ip_address}");
            routed.add(route.path("address_prefix").asText());
        });
        // Every westeurope spoke: dedicated wholesale networks, shared hosting outside sandbox, ecommerce's recovery network.
        for (String spoke : List.of("wholesale-production", "wholesale-staging", "shared-production", "shared-staging")) {
            JsonNode network = primary(spoke, "azurerm_virtual_network", "Resource");
            assertThat(routed).as("route to %s", spoke).contains(network.path("address_space").get(0).asText());
        }
        assertThat(routed).doesNotContain("0.0.0.0/0");
        // Nor do sites reach the hub's runners around the firewall.
        assertThat(routed).contains("10.60.0.160/27");
        JsonNode association = Synth.resources(connectivity, "azurerm_subnet_route_table_association").stream()
            .filter(link -> link.path("route_table_id").asText().contains("gateway-weu_routes")).findFirst().orElseThrow();
        assertThat(association.path("subnet_id").asText()).contains("azurerm_subnet.hub-weu_gateway");
    }

    @Test
    void vpnSitesGetALocalGatewayAndAnIpsecConnectionWithoutAKeyAndExpressRouteSitesTheirCircuit() throws IOException {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        assertThat(Synth.resources(connectivity, "azurerm_virtual_network_gateway"))
            .extracting(gateway -> gateway.path("name").asText() + " " + gateway.path("sku").asText())
            .containsExactlyInAnyOrder("vgw-nwd-hub-weu-vpn VpnGw1AZ", "vgw-nwd-hub-weu-er ErGw1AZ");
        assertThat(Synth.resources(connectivity, "azurerm_local_network_gateway"))
            .extracting(local -> local.path("name").asText() + " " + local.path("gateway_address").asText() + " " + local.path("address_space"))
            .containsExactlyInAnyOrder("lgw-antwerp-dc 203.0.113.10 [\"192.168.10.0/24\"]", "lgw-mechelen-gdp 203.0.113.30 [\"192.168.30.0/24\"]");
        List<JsonNode> connections = Synth.resources(connectivity, "azurerm_virtual_network_gateway_connection");
        assertThat(connections).extracting(connection -> connection.path("name").asText() + " " + connection.path("type").asText())
            .containsExactlyInAnyOrder("con-antwerp-dc IPsec", "con-mechelen-gdp IPsec");
        assertThat(connections).allSatisfy(connection -> assertThat(connection.has("shared_key")).isFalse());
        // ExpressRoute through a template: azurerm 4.73 cannot read such a connection back (#30322).
        JsonNode expressRoute = Synth.resources(connectivity, "azurerm_resource_group_template_deployment").stream()
            .filter(deployment -> deployment.path("name").asText().equals("con-liege-dc")).findFirst().orElseThrow();
        assertThat(expressRoute.path("deployment_mode").asText()).isEqualTo("Incremental");
        JsonNode connection = Synth.parse(expressRoute.path("template_content").asText()).path("resources").get(0);
        assertThat(connection.path("type").asText()).isEqualTo("Microsoft.Network/connections");
        assertThat(connection.path("properties").path("connectionType").asText()).isEqualTo("ExpressRoute");
        assertThat(connection.path("properties").path("peer").path("id").asText()).endsWith("/expressRouteCircuits/er-liege");
        assertThat(connection.path("properties").path("virtualNetworkGateway1").path("id").asText())
            .startsWith("${azurerm_virtual_network_gateway.gateway-weu_expressroute_");
        // With ExpressRoute, the firewall keeps its own way to the internet whatever the circuit advertises.
        JsonNode firewallRoutes = Synth.resources(connectivity, "azurerm_route_table").stream()
            .filter(table -> table.path("name").asText().equals("rt-vgw-nwd-hub-weu-firewall")).findFirst().orElseThrow();
        assertThat(firewallRoutes.path("route").get(0).path("address_prefix").asText()).isEqualTo("0.0.0.0/0");
        assertThat(firewallRoutes.path("route").get(0).path("next_hop_type").asText()).isEqualTo("Internet");
        assertThat(Synth.resources(connectivity, "azurerm_subnet_route_table_association"))
            .anySatisfy(link -> assertThat(link.path("subnet_id").asText()).contains("azurerm_subnet.hub-weu_firewall_"));
        assertThat(Files.readString(OUT.resolve("stacks").resolve(ConnectivityStack.NAME).resolve("cdk.tf.json"))).doesNotContain("shared_key");
    }

    @Test
    void spokesOfAHubWithGatewaysUseThemAfterTheHubsHalfAllowsTransit() {
        JsonNode wholesale = stack("wholesale-production");
        List<JsonNode> peerings = Synth.resources(wholesale, "azurerm_virtual_network_peering");
        JsonNode toHub = peerings.stream().filter(peering -> peering.path("name").asText().equals("peer-vnet-nwd-hub-weu")).findFirst().orElseThrow();
        JsonNode hubHalf = peerings.stream().filter(peering -> peering.path("virtual_network_name").asText().equals("vnet-nwd-hub-weu"))
            .findFirst().orElseThrow();
        assertThat(toHub.path("use_remote_gateways").asBoolean()).isTrue();
        assertThat(hubHalf.path("allow_gateway_transit").asBoolean()).isTrue();
        assertThat(hubHalf.has("use_remote_gateways")).isFalse();
        assertThat(toHub.path("depends_on").toString()).contains("azurerm_virtual_network_peering.");
        // ecommerce runs in northeurope, whose hub has no gateway: its network's peering must not ask for one (Azure
        // refuses it); its recovery network lies in westeurope, whose hub has gateways, and uses them.
        List<JsonNode> ecommerce = Synth.resources(stack("ecommerce-production"), "azurerm_virtual_network_peering");
        assertThat(ecommerce).filteredOn(peering -> peering.path("//").path("metadata").path("path").asText()
                .startsWith("ecommerce-production/network-hub-peering/")).hasSize(2)
            .allSatisfy(peering -> {
                assertThat(peering.has("use_remote_gateways")).isFalse();
                assertThat(peering.has("allow_gateway_transit")).isFalse();
            });
        assertThat(ecommerce).filteredOn(peering -> peering.path("//").path("metadata").path("path").asText()
                .equals("ecommerce-production/recovery-network-hub-peering/to-remote")).singleElement()
            .satisfies(peering -> assertThat(peering.path("use_remote_gateways").asBoolean()).isTrue());
        // The direct peering of primary and recovery networks uses no gateway: a network uses one peering's at most.
        assertThat(ecommerce).filteredOn(peering -> peering.path("//").path("metadata").path("path").asText()
                .startsWith("ecommerce-production/recovery-peering/"))
            .allSatisfy(peering -> assertThat(peering.has("use_remote_gateways")).isFalse());
        // Sandbox stays an island.
        assertThat(Synth.resources(stack("wholesale-sandbox"), "azurerm_virtual_network_peering")).isEmpty();
    }

    @Test
    void sitesResolveTheirEnvironmentsHostNamesToTheInternalIngressThroughTheirHubsResolver() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        assertThat(Synth.resources(connectivity, "azurerm_private_dns_zone"))
            .anySatisfy(zone -> assertThat(zone.path("name").asText()).isEqualTo("erp.northwind.example"));
        Set<String> records = new LinkedHashSet<>();
        Synth.resources(connectivity, "azurerm_private_dns_a_record").forEach(record ->
            records.add(record.path("name").asText() + " " + record.path("records").get(0).asText()));
        // Environments listing a connected site: wholesale's (dedicated) and pharma's (on shared hosting); sandbox is no spoke.
        assertThat(records).containsExactlyInAnyOrder("wholesale " + ingressAddress("wholesale-production"),
            "wholesale-staging " + ingressAddress("wholesale-staging"), "pharma " + ingressAddress("shared-production"),
            "pharma-staging " + ingressAddress("shared-staging"));
        assertThat(Synth.resources(connectivity, "azurerm_private_dns_zone_virtual_network_link"))
            .filteredOn(link -> link.path("private_dns_zone_name").asText().contains("ingress-dns"))
            .hasSize(2).allSatisfy(link -> assertThat(link.path("resolution_policy").asText()).isEqualTo("NxDomainRedirect"));
        // Traefik listens where the records and the firewall's site rules point, staging included.
        assertThat(stack("wholesale-staging-incluster").toString()).contains(ingressAddress("wholesale-staging"));
        // The hub sites connect to resolves.
        assertThat(connectivity.path("output").has("dns-inbound-weu")).isTrue();
    }

    // What the loader refuses, each on the reference estate with one change.

    private static String reference() throws IOException {
        return Files.readString(REFERENCE);
    }

    private static List<Problem> problems(String yaml) {
        EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
            () -> EstateLoader.parse(yaml, "sites.yaml", PinnedDay.TODAY));
        assertThat(error).as("the loader refuses the estate").isNotNull();
        return error.problems();
    }

    private static Problem problemAt(String yaml, String path, String containing) {
        return problems(yaml).stream().filter(problem -> problem.path().equals(path) && problem.message().contains(containing))
            .findFirst().orElseThrow(() -> new AssertionError("no problem at " + path + " with '" + containing + "' in " + problems(yaml)));
    }

    private static final String ANTWERP = "    - {name: antwerp-dc, hub: westeurope, addressSpaces: [192.168.10.0/24], vpnDevice: 203.0.113.10}\n";

    private static String withAntwerp(String replacement) throws IOException {
        String yaml = reference();
        assertThat(yaml).contains(ANTWERP);
        return yaml.replace(ANTWERP, replacement);
    }

    @Test
    void failsOnASiteWhoseHubIsNotDeclared() throws IOException {
        String yaml = withAntwerp(ANTWERP.replace("hub: westeurope", "hub: swedencentral"));
        assertThat(problemAt(yaml, "network.sites[0].hub", "has no hub").message()).contains("westeurope, northeurope");
    }

    @Test
    void failsOnASiteRangeOverlappingAnEstateNetworkOrTheClustersPodRange() throws IOException {
        assertThat(problemAt(withAntwerp(ANTWERP.replace("192.168.10.0/24", "10.65.0.0/24")), "businessUnits[0].environments[0].addressSpace",
            "overlaps 10.65.0.0/24 of network.sites[0].addressSpaces[0]").message()).contains("give each its own range");
        assertThat(problemAt(withAntwerp(ANTWERP.replace("192.168.10.0/24", "10.244.8.0/24")), "network.sites[0].addressSpaces[0]",
            "pod range").message()).contains("renumber");
        assertThat(problemAt(withAntwerp(ANTWERP.replace("192.168.10.0/24", "192.168.30.0/25")), "network.sites[2].addressSpaces[0]",
            "overlaps").message()).contains("network.sites[0].addressSpaces[0]");
    }

    @Test
    void failsOnAPublicSiteRange() throws IOException {
        assertThat(problemAt(withAntwerp(ANTWERP.replace("192.168.10.0/24", "8.8.8.0/24")), "network.sites[0].addressSpaces[0]",
            "not a private range").message()).contains("192.168.0.0/16");
    }

    @Test
    void failsOnAConnectionThatIsNeitherOrBothOrMalformed() throws IOException {
        assertThat(problemAt(withAntwerp(ANTWERP.replace(", vpnDevice: 203.0.113.10", "")), "network.sites[0]", "needs a connection")
            .message()).contains("expressRouteCircuit");
        assertThat(problemAt(withAntwerp(ANTWERP.replace("}", ", expressRouteCircuit: /subscriptions/x}")), "network.sites[0]",
            "sets both").message()).contains("give one");
        assertThat(problemAt(withAntwerp(ANTWERP.replace("203.0.113.10", "10.1.2.3")), "network.sites[0].vpnDevice", "not a public address")
            .message()).contains("203.0.113.10");
        assertThat(problemAt(withAntwerp(ANTWERP.replace("vpnDevice: 203.0.113.10", "expressRouteCircuit: er-antwerp")),
            "network.sites[0].expressRouteCircuit", "resource id of the ExpressRoute circuit").message()).contains("/expressRouteCircuits/");
    }

    @Test
    void failsOnASiteNoEnvironmentListsAndOnOneListedInAnotherRegion() throws IOException {
        assertThat(problemAt(withAntwerp(ANTWERP.replace("antwerp-dc", "brugge-dc")), "network.sites[0].name", "would reach nothing")
            .message()).contains("add it to the sites");
        // ecommerce runs in northeurope: listing a westeurope site there is refused at the site's hub.
        String yaml = reference().replace("    region: northeurope\n", "    region: northeurope\n    sites: [antwerp-dc]\n");
        assertThat(problemAt(yaml, "network.sites[0].hub", "runs in northeurope").message()).contains("declare a second site");
    }

    @Test
    void failsOnTwoSitesBehindOneDevice() throws IOException {
        String yaml = withAntwerp(ANTWERP + ANTWERP.replace("antwerp-dc", "brugge-dc").replace("192.168.10.0/24", "192.168.11.0/24"));
        assertThat(problemAt(yaml.replace("sites: [antwerp-dc, liege-dc]", "sites: [antwerp-dc, liege-dc, brugge-dc]"),
            "network.sites[1].vpnDevice", "connects another site already").message()).contains("give that site all its ranges");
    }

    @Test
    void failsOnTheSameSiteTwice() throws IOException {
        assertThat(problemAt(withAntwerp(ANTWERP + ANTWERP.replace("192.168.10.0/24", "192.168.11.0/24")), "network.sites[1].name",
            "declared twice").message()).contains("declare each site once");
    }
}
