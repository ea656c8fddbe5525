package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner path (issue 18), synthesized afresh on the reference estate (two regions) and the three-country group (six
 * hubs, clusters in three regions): each region's private clusters of peered networks register in one central
 * {@code privatelink.<region>.azmk8s.io} zone, defined once in the connectivity stack and linked to every hub (AKS links
 * it to the cluster's own network), with a user-assigned control-plane identity granted on the zone, the network and
 * its route table before the cluster; sandbox clusters and estates without hubs keep AKS's own zone; the home hub's
 * runner subnet goes out through its firewall and reaches other regions' API servers through theirs.
 */
class RunnerPathTest {

    private static final String REMOTE = "${data.terraform_remote_state.connectivity.outputs.";
    private static final Set<String> REFERENCE_STACKS = Set.of(ConnectivityStack.NAME, "wholesale-production", "shared-production",
        "ecommerce-production", "wholesale-sandbox", "shared-sandbox");
    private static final Set<String> GROUP_STACKS = Set.of(ConnectivityStack.NAME, "fr-plant-production", "shared-production-sdc");

    @TempDir
    static Path temp;
    private static Path reference;
    private static Path group;

    @BeforeAll
    static void synthesize() {
        reference = temp.resolve("reference");
        EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY), "reference", reference,
            stack -> { }, REFERENCE_STACKS);
        group = temp.resolve("three-country-group");
        EstateSynthesizer.synthesize(EstateLoader.load(Path.of("stacks/examples/three-country-group.yaml"), PinnedDay.TODAY),
            "three-country-group", group, stack -> { }, GROUP_STACKS);
    }

    private static Path file(Path out, String stack) {
        return out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
    }

    private static JsonNode stack(Path out, String stack) {
        return Synth.read(file(out, stack));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The azmk8s zones of a connectivity stack by Terraform name to zone name. */
    private static Map<String, String> clusterZones(JsonNode connectivity) {
        Map<String, String> zones = new TreeMap<>();
        connectivity.path("resource").path("azurerm_private_dns_zone").fields().forEachRemaining(zone -> {
            if (zone.getValue().path("name").asText().endsWith(".azmk8s.io")) {
                zones.put(zone.getKey(), zone.getValue().path("name").asText());
            }
        });
        return zones;
    }

    /** Zone name to the networks linked to it (by link name, the network's). */
    private static Map<String, Set<String>> clusterZoneLinks(JsonNode connectivity) {
        Map<String, String> zones = clusterZones(connectivity);
        Map<String, Set<String>> links = new TreeMap<>();
        Synth.resources(connectivity, "azurerm_private_dns_zone_virtual_network_link").forEach(link -> zones.forEach((key, name) -> {
            if (link.path("private_dns_zone_name").asText().equals("${azurerm_private_dns_zone." + key + ".name}")) {
                links.computeIfAbsent(name, ignored -> new TreeSet<>()).add(link.path("name").asText());
            }
        }));
        return links;
    }

    private static Set<String> hubs(JsonNode connectivity) {
        Set<String> hubs = new TreeSet<>();
        Synth.resources(connectivity, "azurerm_virtual_network").forEach(hub -> hubs.add(hub.path("name").asText()));
        return hubs;
    }

    private static List<JsonNode> runnerGroups(JsonNode connectivity) {
        return Synth.resources(connectivity, "azurerm_firewall_policy_rule_collection_group").stream()
            .filter(group -> group.path("name").asText().equals("runners")).toList();
    }

    private static List<JsonNode> applicationRules(JsonNode group) {
        List<JsonNode> rules = new ArrayList<>();
        group.path("application_rule_collection").forEach(collection -> collection.path("rule").forEach(rules::add));
        return rules;
    }

    @Test
    void eachRegionWithPeeredClustersHasOneZoneInTheDnsGroupLinkedToEveryHubAndOutput() {
        JsonNode connectivity = stack(reference, ConnectivityStack.NAME);
        Map<String, String> zones = clusterZones(connectivity);
        assertThat(zones.values()).containsExactlyInAnyOrder("privatelink.westeurope.azmk8s.io", "privatelink.northeurope.azmk8s.io");
        zones.keySet().forEach(key -> {
            JsonNode zone = connectivity.path("resource").path("azurerm_private_dns_zone").path(key);
            assertThat(zone.path("resource_group_name").asText()).contains("azurerm_resource_group.dns-group");
        });
        // Every hub, so that the runners resolve every region's API servers; the spokes are linked by AKS, not here.
        assertThat(clusterZoneLinks(connectivity)).containsOnly(
            Map.entry("privatelink.westeurope.azmk8s.io", Set.of("vnet-nwd-hub-weu", "vnet-nwd-hub-neu")),
            Map.entry("privatelink.northeurope.azmk8s.io", Set.of("vnet-nwd-hub-weu", "vnet-nwd-hub-neu")));
        assertThat(connectivity.path("output").path("dns-zone-aks-weu").path("value").asText())
            .startsWith("${azurerm_private_dns_zone.cluster-dns_aks-weu_").endsWith(".id}");
        assertThat(connectivity.path("output").path("dns-zone-aks-neu").path("value").asText())
            .startsWith("${azurerm_private_dns_zone.cluster-dns_aks-neu_").endsWith(".id}");

        for (String name : List.of("wholesale-production", "shared-production", "ecommerce-production", "wholesale-sandbox")) {
            JsonNode spoke = stack(reference, name);
            assertThat(Synth.resources(spoke, "azurerm_private_dns_zone")).as(name + " defines no API server zone")
                .noneMatch(zone -> zone.path("name").asText().endsWith(".azmk8s.io"));
            // A network links a zone once, and AKS links its own: a link here would fail at apply time.
            assertThat(Synth.resources(spoke, "azurerm_private_dns_zone_virtual_network_link")).as(name)
                .noneMatch(link -> link.path("private_dns_zone_name").asText().contains("azmk8s"));
        }
    }

    @Test
    void aPeeredPrivateClusterRegistersInItsRegionsZoneWithAUserAssignedIdentityGrantedBeforeIt() {
        Map<String, String> regions = Map.of("wholesale-production", "weu", "shared-production", "weu", "ecommerce-production", "neu");
        regions.forEach((name, code) -> {
            JsonNode spoke = stack(reference, name);
            JsonNode cluster = Synth.onlyResource(spoke, "azurerm_kubernetes_cluster");
            assertThat(cluster.path("private_cluster_enabled").asBoolean()).isTrue();
            assertThat(cluster.path("private_dns_zone_id").asText()).as(name).isEqualTo(REMOTE + "dns-zone-aks-" + code + "}");
            assertThat(cluster.path("identity").path("type").asText()).isEqualTo("UserAssigned");
            JsonNode identity = Synth.resources(spoke, "azurerm_user_assigned_identity").stream()
                .filter(candidate -> candidate.path("name").asText().equals("id-" + cluster.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(name + " has no control-plane identity"));
            List<String> addresses = new ArrayList<>();
            spoke.path("resource").path("azurerm_user_assigned_identity").fields().forEachRemaining(entry -> {
                if (entry.getValue().equals(identity)) {
                    addresses.add(entry.getKey());
                }
            });
            String identityAddress = addresses.get(0);
            assertThat(texts(cluster.path("identity").path("identity_ids")))
                .containsExactly("${azurerm_user_assigned_identity." + identityAddress + ".id}");
            assertThat(identity.path("location").asText()).isEqualTo(cluster.path("location").asText());

            Map<String, JsonNode> grants = new HashMap<>();
            spoke.path("resource").path("azurerm_role_assignment").fields().forEachRemaining(entry -> {
                if (entry.getValue().path("principal_id").asText().equals("${azurerm_user_assigned_identity." + identityAddress + ".principal_id}")) {
                    grants.put(entry.getKey(), entry.getValue());
                }
            });
            JsonNode zone = grants.values().stream().filter(grant -> grant.path("role_definition_name").asText()
                .equals("Private DNS Zone Contributor")).findFirst().orElseThrow();
            assertThat(zone.path("scope").asText()).isEqualTo(REMOTE + "dns-zone-aks-" + code + "}");
            assertThat(zone.path("provider").asText()).as("written into the connectivity subscription").isEqualTo("azurerm.connectivity");
            List<String> networkScopes = grants.values().stream()
                .filter(grant -> grant.path("role_definition_name").asText().equals("Network Contributor"))
                .peek(grant -> assertThat(grant.has("provider")).as("in the spoke's own subscription").isFalse())
                .map(grant -> grant.path("scope").asText()).toList();
            assertThat(networkScopes).hasSize(2)
                .anyMatch(scope -> scope.matches("\\$\\{azurerm_virtual_network\\.network_\\w+\\.id}"))
                .anyMatch(scope -> scope.matches("\\$\\{azurerm_route_table\\.network_aks-nodes-routes_\\w+\\.id}"));
            List<String> dependencies = texts(cluster.path("depends_on"));
            grants.entrySet().stream().filter(grant -> !grant.getValue().path("role_definition_name").asText().equals("Reader"))
                .forEach(grant -> assertThat(dependencies).as(name).contains("azurerm_role_assignment." + grant.getKey()));
        });
        // Shared production encrypts its disks with a customer-managed key: the set's reader is the new identity too.
        JsonNode shared = stack(reference, "shared-production");
        assertThat(Synth.resources(shared, "azurerm_role_assignment")).filteredOn(grant -> grant.path("scope").asText()
                .startsWith("${azurerm_disk_encryption_set."))
            .singleElement().satisfies(grant -> assertThat(grant.path("principal_id").asText())
                .startsWith("${azurerm_user_assigned_identity.cluster_ControlPlaneIdentity_"));
        assertThat(texts(Synth.onlyResource(shared, "azurerm_kubernetes_cluster").path("depends_on")))
            .anyMatch(dependency -> dependency.startsWith("azurerm_role_assignment.cluster_DiskEncryptionKeyAccess_"));
    }

    @Test
    void sandboxClustersKeepAksOwnZoneAndTheirStacksAreUnchanged() throws IOException {
        for (String name : List.of("wholesale-sandbox", "shared-sandbox")) {
            JsonNode sandbox = stack(reference, name);
            JsonNode cluster = Synth.onlyResource(sandbox, "azurerm_kubernetes_cluster");
            assertThat(cluster.has("private_dns_zone_id")).as(name).isFalse();
            assertThat(cluster.path("identity").path("type").asText()).isEqualTo("SystemAssigned");
            assertThat(Synth.resources(sandbox, "azurerm_role_assignment"))
                .noneMatch(grant -> grant.path("role_definition_name").asText().equals("Network Contributor"));
            assertThat(Files.readString(file(reference, name))).as(name + " is byte-identical to its golden file")
                .isEqualTo(Files.readString(GoldenFiles.directory("reference").resolve("stacks").resolve(name).resolve("cdk.tf.json")));
        }
    }

    @Test
    void withoutHubsClustersKeepAksOwnZone(@TempDir Path out) {
        String yaml = ReferenceYaml.withoutHubs();
        Estate estate = EstateLoader.parse(yaml, "reference without hubs", PinnedDay.TODAY);
        EstateSynthesizer.synthesize(estate, "reference without hubs", out.resolve("out"), stack -> { }, Set.of("wholesale-production"));
        JsonNode stack = stack(out.resolve("out"), "wholesale-production");
        JsonNode cluster = Synth.onlyResource(stack, "azurerm_kubernetes_cluster");
        assertThat(cluster.has("private_dns_zone_id")).isFalse();
        assertThat(cluster.path("identity").path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(Synth.resources(stack, "azurerm_user_assigned_identity"))
            .noneMatch(identity -> identity.path("name").asText().startsWith("id-aks-"));
    }

    @Test
    void onlyTheHomeHubsRunnerSubnetIsRoutedThroughItsFirewallAndOtherRegionsApiServersThroughTheirs() {
        JsonNode connectivity = stack(reference, ConnectivityStack.NAME);
        JsonNode table = Synth.resources(connectivity, "azurerm_route_table").stream().filter(t -> t.path("name").asText().endsWith("-runners"))
            .reduce((a, b) -> {
                throw new AssertionError("more than one runner route table");
            }).orElseThrow();
        assertThat(table.path("name").asText()).isEqualTo("rt-vnet-nwd-hub-weu-runners");
        assertThat(table.path("location").asText()).isEqualTo("westeurope");
        assertThat(table.path("bgp_route_propagation_enabled").asBoolean(true)).isFalse();
        Map<String, String> routes = new TreeMap<>();
        table.path("route").forEach(route -> {
            assertThat(route.path("next_hop_type").asText()).isEqualTo("VirtualAppliance");
            routes.put(route.path("address_prefix").asText(), route.path("next_hop_in_ip_address").asText());
        });
        // The internet through its own firewall; northeurope's clusters (ecommerce) through northeurope's firewall.
        assertThat(routes).containsOnlyKeys("0.0.0.0/0", "10.67.0.0/21", "10.67.16.0/21");
        assertThat(routes.get("0.0.0.0/0")).startsWith("${azurerm_firewall.firewall-weu_").endsWith(".ip_configuration[0].private_ip_address}");
        assertThat(routes.get("10.67.0.0/21")).startsWith("${azurerm_firewall.firewall-neu_");
        // Of the hub subnets' route tables, the runners' one (the gateway's and the firewall's come with the sites).
        assertThat(Synth.resources(connectivity, "azurerm_subnet_route_table_association"))
            .filteredOn(association -> association.path("route_table_id").asText().contains("runners"))
            .singleElement()
            .satisfies(association -> assertThat(association.path("subnet_id").asText()).startsWith("${azurerm_subnet.hub-weu_runners_"));

        List<JsonNode> groups = runnerGroups(connectivity);
        assertThat(groups).hasSize(2).allSatisfy(group -> {
            assertThat(group.path("priority").asInt()).isEqualTo(250);
            assertThat(group.has("network_rule_collection")).as("application rules only: they translate the source").isFalse();
            assertThat(applicationRules(group)).isNotEmpty().allSatisfy(rule -> {
                assertThat(texts(rule.path("source_addresses"))).as("from the runner subnet only").containsExactly("10.60.0.160/27");
                assertThat(rule.path("protocols")).allSatisfy(protocol -> {
                    assertThat(protocol.path("type").asText()).isEqualTo("Https");
                    assertThat(protocol.path("port").asInt()).isEqualTo(443);
                });
            });
        });
        JsonNode home = groups.stream().filter(group -> group.path("firewall_policy_id").asText().contains("firewall-weu_policy")).findFirst().orElseThrow();
        Set<String> fqdns = new TreeSet<>();
        applicationRules(home).forEach(rule -> fqdns.addAll(texts(rule.path("destination_fqdns"))));
        assertThat(fqdns).contains("github.com", "api.github.com", "*.actions.githubusercontent.com", "codeload.github.com",
            "objects.githubusercontent.com", "pkg-containers.githubusercontent.com", "ghcr.io", "management.azure.com",
            "login.microsoftonline.com", "registry.terraform.io", "releases.hashicorp.com", "registry.npmjs.org",
            "repo.maven.apache.org", "repo1.maven.org", "*.blob.core.windows.net");
        JsonNode remote = groups.stream().filter(group -> group.path("firewall_policy_id").asText().contains("firewall-neu_policy")).findFirst().orElseThrow();
        assertThat(applicationRules(remote)).singleElement().satisfies(rule ->
            assertThat(texts(rule.path("destination_fqdns"))).containsExactly("*.privatelink.northeurope.azmk8s.io"));
        // The spokes' own platform rules are untouched: runners have a group of their own.
        assertThat(Synth.resources(connectivity, "azurerm_firewall_policy_rule_collection_group").stream()
            .filter(group -> group.path("name").asText().equals("platform"))
            .flatMap(group -> applicationRules(group).stream())
            .flatMap(rule -> StreamSupport.stream(rule.path("source_addresses").spliterator(), false)))
            .noneMatch(source -> source.asText().equals("10.60.0.160/27"));
    }

    @Test
    void inTheThreeCountryGroupZonesFollowTheClustersRegionsAndRunnersLiveInThePrimarysHub() {
        JsonNode connectivity = stack(group, ConnectivityStack.NAME);
        Set<String> hubs = hubs(connectivity);
        assertThat(hubs).hasSize(6);
        // Clusters run in the three countries' primary regions; recovery regions hold none.
        assertThat(clusterZoneLinks(connectivity)).containsOnly(
            Map.entry("privatelink.germanywestcentral.azmk8s.io", hubs),
            Map.entry("privatelink.francecentral.azmk8s.io", hubs),
            Map.entry("privatelink.swedencentral.azmk8s.io", hubs));
        List<String> outputs = new ArrayList<>();
        connectivity.path("output").fieldNames().forEachRemaining(output -> {
            if (output.startsWith("dns-zone-aks-")) {
                outputs.add(output);
            }
        });
        assertThat(outputs).containsExactlyInAnyOrder("dns-zone-aks-gwc", "dns-zone-aks-frc", "dns-zone-aks-sdc");

        List<JsonNode> tables = Synth.resources(connectivity, "azurerm_route_table");
        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.path("name").asText()).isEqualTo("rt-vnet-tmg-hub-gwc-runners");
            Map<String, String> hops = new TreeMap<>();
            table.path("route").forEach(route -> hops.put(route.path("name").asText(), route.path("next_hop_in_ip_address").asText()));
            assertThat(hops.get("internet-through-firewall")).startsWith("${azurerm_firewall.firewall-gwc_");
            assertThat(hops.get("aks-fr-plant-production")).startsWith("${azurerm_firewall.firewall-frc_");
            assertThat(hops.get("aks-shared-production-sdc")).startsWith("${azurerm_firewall.firewall-sdc_");
            assertThat(hops.keySet()).noneMatch(route -> route.startsWith("aks-de-") || route.equals("aks-shared-production"));
        });
        Map<String, List<String>> fqdnsByFirewall = new TreeMap<>();
        runnerGroups(connectivity).forEach(group -> {
            String firewall = group.path("firewall_policy_id").asText().replaceAll("^\\$\\{azurerm_firewall_policy\\.(firewall-\\w+)_policy_.*", "$1");
            applicationRules(group).forEach(rule -> fqdnsByFirewall.computeIfAbsent(firewall, ignored -> new ArrayList<>())
                .addAll(texts(rule.path("destination_fqdns"))));
        });
        assertThat(fqdnsByFirewall).containsOnlyKeys("firewall-gwc", "firewall-frc", "firewall-sdc");
        assertThat(fqdnsByFirewall.get("firewall-gwc")).contains("github.com", "management.azure.com");
        assertThat(fqdnsByFirewall.get("firewall-frc")).containsExactly("*.privatelink.francecentral.azmk8s.io");
        assertThat(fqdnsByFirewall.get("firewall-sdc")).containsExactly("*.privatelink.swedencentral.azmk8s.io");

        assertThat(Synth.onlyResource(stack(group, "fr-plant-production"), "azurerm_kubernetes_cluster").path("private_dns_zone_id").asText())
            .isEqualTo(REMOTE + "dns-zone-aks-frc}");
        JsonNode hosting = stack(group, "shared-production-sdc");
        assertThat(Synth.onlyResource(hosting, "azurerm_kubernetes_cluster").path("private_dns_zone_id").asText())
            .isEqualTo(REMOTE + "dns-zone-aks-sdc}");
        assertThat(Synth.resources(hosting, "azurerm_role_assignment")).filteredOn(grant -> grant.path("role_definition_name").asText()
            .equals("Private DNS Zone Contributor")).singleElement()
            .satisfies(grant -> assertThat(grant.path("provider").asText()).isEqualTo("azurerm.connectivity"));
    }

    @Test
    void theConnectivityStacksAndPeeredSpokesAreCleanAgainstTheSchema() {
        Path shared = SharedReference.require();
        List<Path> files = List.of(file(reference, ConnectivityStack.NAME), file(reference, "wholesale-production"),
            file(reference, "shared-production"), file(group, ConnectivityStack.NAME), file(group, "fr-plant-production"),
            file(group, "shared-production-sdc"));
        for (Path stack : files) {
            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", stack.toString(),
                SharedReference.azurermSchema(shared).toString());
            assertThat(result.exitCode()).as("%s: %s", stack, result.output()).isZero();
        }
    }
}
