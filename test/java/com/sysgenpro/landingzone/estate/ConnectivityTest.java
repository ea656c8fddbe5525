package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Connectivity on the reference estate ({@code network.hubs}): a hub in each region it uses, every network outside
 * sandbox peered on both sides with its region's hub, the hubs with each other, a tier-1 unit's recovery network with
 * its primary network, and the privatelink zones defined once and linked to every network that resolves them.
 */
class ConnectivityTest {

    private static final String REMOTE = "${data.terraform_remote_state.connectivity.outputs.";

    private static JsonNode stack(String name) {
        return Synth.read(ReferenceOutput.directory().resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static List<String> stackNames() throws IOException {
        try (Stream<Path> stacks = Files.list(ReferenceOutput.directory().resolve("stacks"))) {
            return stacks.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith("-incluster")).sorted().toList();
        }
    }

    /** Every network of the stack by name to its region. */
    private static Map<String, String> networks(JsonNode stack) {
        Map<String, String> networks = new HashMap<>();
        stack.path("resource").path("azurerm_virtual_network").forEach(network ->
            networks.put(network.path("name").asText(), network.path("location").asText()));
        return networks;
    }

    /** The peerings of the stack as "network -> remote id" with the provider that writes them. */
    private static List<JsonNode> peerings(JsonNode stack) {
        return Synth.resources(stack, "azurerm_virtual_network_peering");
    }

    @Test
    void aHubInEachRegionPeeredWithTheOthersAndOneResolver() {
        JsonNode connectivity = stack(ConnectivityStack.NAME);
        assertThat(networks(connectivity)).containsOnly(Map.entry("vnet-nwd-hub-weu", "westeurope"),
            Map.entry("vnet-nwd-hub-neu", "northeurope"));
        JsonNode hub = Synth.resources(connectivity, "azurerm_virtual_network").stream()
            .filter(network -> network.path("name").asText().equals("vnet-nwd-hub-weu")).findFirst().orElseThrow();
        assertThat(hub.path("address_space").get(0).asText()).isEqualTo("10.60.0.0/24");
        Map<String, String> subnets = new HashMap<>();
        Synth.resources(connectivity, "azurerm_subnet").stream()
            .filter(subnet -> subnet.path("address_prefixes").get(0).asText().startsWith("10.60.0."))
            .forEach(subnet -> subnets.put(subnet.path("name").asText(), subnet.path("address_prefixes").get(0).asText()));
        assertThat(subnets).containsEntry("AzureFirewallSubnet", "10.60.0.0/26")
            .containsEntry("AzureFirewallManagementSubnet", "10.60.0.64/26").containsEntry("GatewaySubnet", "10.60.0.128/27")
            .containsEntry("snet-runners", "10.60.0.160/27").containsEntry("snet-dns-inbound", "10.60.0.192/28")
            .containsEntry("snet-dns-outbound", "10.60.0.208/28");
        // Azure refuses a security group on the firewall's and the gateway's subnets.
        assertThat(Synth.resources(connectivity, "azurerm_network_security_group")).extracting(nsg -> nsg.path("name").asText())
            .noneMatch(name -> name.contains("firewall") || name.contains("gateway"));

        // Each half named after where it leads; a firewall on either side may forward through them.
        assertThat(peerings(connectivity)).extracting(peering -> peering.path("name").asText())
            .containsExactlyInAnyOrder("peer-vnet-nwd-hub-weu", "peer-vnet-nwd-hub-neu");
        assertThat(peerings(connectivity)).allSatisfy(peering -> assertThat(peering.path("allow_forwarded_traffic").asBoolean()).isTrue());
        // A resolver in the primary's and the secondary's hub: sites resolve through either while the other region is down.
        assertThat(Synth.resources(connectivity, "azurerm_private_dns_resolver")).extracting(resolver -> resolver.path("location").asText())
            .containsExactlyInAnyOrder("westeurope", "northeurope");
        assertThat(connectivity.path("output").has("dns-inbound-weu")).isTrue();
        assertThat(connectivity.path("output").has("dns-inbound-neu")).isTrue();
        // The zones' group in the secondary region, which an outage of the primary leaves writable.
        assertThat(Synth.resources(connectivity, "azurerm_resource_group")).filteredOn(group -> group.path("name").asText().equals("rg-nwd-dns"))
            .singleElement().satisfies(group -> assertThat(group.path("location").asText()).isEqualTo("northeurope"));
        assertThat(Synth.resources(connectivity, "azurerm_private_dns_zone")).allSatisfy(zone ->
            assertThat(zone.path("resource_group_name").asText()).contains("dns-group"));
        assertThat(connectivity.path("provider").path("azurerm").get(0).path("subscription_id").asText())
            .isEqualTo("${data.terraform_remote_state.subscriptions.outputs.subscription-connectivity}");
    }

    @Test
    void everyNetworkOutsideSandboxIsPeeredOnBothSidesWithItsRegionsHub() throws IOException {
        int peered = 0;
        for (String name : stackNames()) {
            if (name.equals(ConnectivityStack.NAME)) {
                continue;
            }
            JsonNode stack = stack(name);
            List<JsonNode> peerings = peerings(stack);
            for (Map.Entry<String, String> network : networks(stack).entrySet()) {
                String code = network.getValue().equals("westeurope") ? "weu" : "neu";
                String hub = "vnet-nwd-hub-" + code;
                // The spoke's half names the spoke by reference (created after it), the hub's half the hub by name.
                List<JsonNode> toHub = peerings.stream().filter(peering -> peering.path("name").asText().equals("peer-" + hub)
                    && peering.path("virtual_network_name").asText().startsWith("${azurerm_virtual_network.")).toList();
                List<JsonNode> fromHub = peerings.stream().filter(peering -> peering.path("name").asText()
                    .equals("peer-" + network.getKey()) && peering.path("virtual_network_name").asText().equals(hub)).toList();
                if (name.contains("sandbox")) {
                    assertThat(toHub).as(network.getKey() + ": sandbox stays disconnected").isEmpty();
                    assertThat(fromHub).isEmpty();
                    continue;
                }
                peered++;
                assertThat(toHub).as(network.getKey() + " to its hub").singleElement().satisfies(peering -> {
                    assertThat(peering.path("remote_virtual_network_id").asText()).isEqualTo(REMOTE + "hub-" + code + "-id}");
                    assertThat(peering.has("provider")).as("written with the spoke's own provider").isFalse();
                    assertThat(peering.path("allow_forwarded_traffic").asBoolean()).isTrue();
                });
                assertThat(fromHub).as("the hub's half of " + network.getKey()).singleElement().satisfies(peering -> {
                    assertThat(peering.path("provider").asText()).isEqualTo("azurerm.connectivity");
                    assertThat(peering.path("resource_group_name").asText()).isEqualTo("rg-nwd-connectivity-" + code);
                    assertThat(peering.path("allow_forwarded_traffic").asBoolean()).as("nothing is forwarded into the hub").isFalse();
                });
            }
        }
        // Shared production and staging, wholesale and e-commerce production (with their recovery networks) and staging.
        assertThat(peered).isEqualTo(8);
    }

    @Test
    void aTier1RecoveryNetworkIsReachedFromItsPrimaryNetworkAndTheRecoveryHub() {
        JsonNode production = stack("wholesale-production");
        assertThat(networks(production)).containsEntry("vnet-nwd-wholesale-production-neu", "northeurope");
        // Half by half: where it lives (a reference to a network of this stack, or the hub's name) and where it leads.
        List<String> halves = peerings(production).stream().map(peering -> peering.path("virtual_network_name").asText()
            .replaceAll("^\\$\\{azurerm_virtual_network\\.([a-z-]+)_[0-9A-F]+\\.name}$", "$1") + " -> " + peering.path("name").asText()).toList();
        assertThat(halves).contains("network -> peer-vnet-nwd-wholesale-production-neu",
            "recovery-network -> peer-vnet-nwd-wholesale-production-weu",
            "recovery-network -> peer-vnet-nwd-hub-neu", "vnet-nwd-hub-neu -> peer-vnet-nwd-wholesale-production-neu");
        // The promoted replica registers where every peered network resolves.
        JsonNode replica = Synth.resources(production, "azurerm_postgresql_flexible_server").stream()
            .filter(server -> server.path("create_mode").asText().equals("Replica")).findFirst().orElseThrow();
        assertThat(replica.path("private_dns_zone_id").asText()).isEqualTo(REMOTE + "dns-zone-postgres}");
    }

    @Test
    void everyZoneIsDefinedOnceAndLinkedToEveryNetworkThatResolvesIt() throws IOException {
        Map<String, Set<String>> definedIn = new HashMap<>();
        Map<String, Set<String>> linked = new HashMap<>();
        List<String> peeredNetworks = new ArrayList<>();
        for (String name : stackNames()) {
            JsonNode stack = stack(name);
            Synth.resources(stack, "azurerm_private_dns_zone").forEach(zone ->
                definedIn.computeIfAbsent(zone.path("name").asText(), key -> new HashSet<>()).add(name));
            // A link beside its zone names it by reference (so that the zone comes first), elsewhere by name.
            Map<String, String> zoneNames = new HashMap<>();
            stack.path("resource").path("azurerm_private_dns_zone").fields().forEachRemaining(zone ->
                zoneNames.put("${azurerm_private_dns_zone." + zone.getKey() + ".name}", zone.getValue().path("name").asText()));
            Synth.resources(stack, "azurerm_private_dns_zone_virtual_network_link").forEach(link -> {
                String zone = link.path("private_dns_zone_name").asText();
                linked.computeIfAbsent(zoneNames.getOrDefault(zone, zone), key -> new HashSet<>()).add(link.path("name").asText());
            });
            if (!name.contains("sandbox") && !name.equals(ConnectivityStack.NAME)) {
                peeredNetworks.addAll(networks(stack).keySet());
            }
        }
        for (String zone : List.of("privatelink.blob.core.windows.net", "privatelink.vaultcore.azure.net", "privatelink.redis.azure.net",
                "nwd.private.postgres.database.azure.com", "privatelink.azurecr.io")) {
            assertThat(definedIn.get(zone)).as(zone).contains(ConnectivityStack.NAME);
            // Outside connectivity only sandbox stacks, disconnected, and recovery networks' registry endpoints hold one.
            assertThat(definedIn.get(zone)).as(zone).allMatch(stack -> stack.equals(ConnectivityStack.NAME) || stack.contains("sandbox")
                || zone.equals("privatelink.azurecr.io") && Set.of("wholesale-production", "ecommerce-production").contains(stack));
        }
        for (String zone : List.of("privatelink.blob.core.windows.net", "privatelink.vaultcore.azure.net", "privatelink.redis.azure.net")) {
            assertThat(linked.get(zone)).as(zone).contains("vnet-nwd-hub-weu", "vnet-nwd-hub-neu").containsAll(peeredNetworks);
        }
        // The registry's recovery endpoint keeps a zone of its own: its login-server record would overwrite the primary's.
        assertThat(linked.get("privatelink.azurecr.io")).contains("vnet-nwd-wholesale-production-weu")
            .contains("vnet-nwd-wholesale-production-neu");
    }

    @Test
    void peeredServicesRegisterInTheCentralZones() {
        JsonNode tenant = stack("north-production");
        assertThat(Synth.resources(tenant, "azurerm_private_endpoint")).isNotEmpty().allSatisfy(endpoint ->
            assertThat(endpoint.path("private_dns_zone_group").findValuesAsText("private_dns_zone_ids").toString()
                + endpoint.path("private_dns_zone_group").findPath("private_dns_zone_ids").toString()).contains(REMOTE + "dns-zone-"));
        assertThat(tenant.path("provider").path("azurerm")).noneMatch(provider -> provider.path("alias").asText().equals("connectivity"));
    }

    @Test
    void failsWithoutAHubWhereAPeeredNetworkLandsOrOnAHubThatCannotHoldItsSubnets() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text().replace("    northeurope: 10.60.1.0/24\n", "")
            .replace("    westeurope: 10.60.0.0/24\n", "    westeurope: 10.60.0.0/25\n    swedencentral: 10.65.0.0/24\n"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("network.hubs: has no hub in northeurope, where wholesale-production (recovery network),"
            + " ecommerce-production, ecommerce-staging peer their networks; add network.hubs.northeurope: <CIDR, a /24 or larger>"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("network.hubs.westeurope: '10.60.0.0/25' is not allowed; a /16 to /24"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("network.hubs.swedencentral: 'swedencentral' is not an allowed region"));
        assertThat(problems).anyMatch(problem -> problem.contains("10.65.0.0/20 overlaps 10.65.0.0/24 of network.hubs.swedencentral")
            || problem.contains("10.65.0.0/24 overlaps 10.65.0.0/20"));
    }

    @Test
    void failsOnHubsWithoutALayoutWhenAnEnvironmentHasASubscriptionOfItsOwn() {
        String yaml = ReferenceYaml.text().replaceAll("(?s)subscriptions:.*?securityContacts: \\[security@northwind.example]\n", "")
            .replace("      - name: staging\n        addressSpace: 10.65.16.0/20\n",
                "      - name: staging\n        addressSpace: 10.65.16.0/20\n        subscriptionId: 12345678-1234-4234-8234-123456789012\n");
        assertThat(yaml).doesNotContain("billingScope").contains("subscriptionId: 12345678");
        assertThat(EstateFixtures.problems(yaml)).anyMatch(problem -> problem.startsWith("businessUnits[0].environments[1].subscriptionId: cannot be"
            + " combined with network.hubs without a subscription layout"));
    }

    @Test
    void anEstateWithoutHubsHasNoConnectivityStackAndKeepsEachNetworksZones() {
        Estate estate = EstateLoader.parse(ReferenceYaml.withoutHubs(), "reference without hubs", PinnedDay.TODAY);
        assertThat(estate.hubNetworks()).isEmpty();
        assertThat(EstatePlan.of(estate).stackNames()).doesNotContain(ConnectivityStack.NAME);
    }
}
