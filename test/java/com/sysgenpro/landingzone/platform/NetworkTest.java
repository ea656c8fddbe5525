package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.ReferenceFixtures;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NetworkTest {

    static final Tags TAGS = Tags.of(Map.of("owner", "team@example.com"));

    static JsonNode synth(Consumer<Network.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-net").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            Network.Builder network = Network.Builder.create(stack, "net").name("vnet-nwd-wholesale-prod").resourceGroup(group)
                .addressSpace(Cidr.parse("10.20.0.0/22")).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS);
            customize.accept(network);
            network.build();
        });
    }

    private static Map<String, String> subnetRanges(JsonNode stack) {
        Map<String, String> ranges = new java.util.TreeMap<>();
        Synth.resources(stack, "azurerm_subnet").forEach(s -> ranges.put(s.path("name").asText(), s.path("address_prefixes").get(0).asText()));
        return ranges;
    }

    @Test
    void defaultsCarveTheSubnetsDelegatePostgresAndDenyInternetInbound() {
        JsonNode stack = synth(network -> { });

        assertThat(onlyResource(stack, "azurerm_virtual_network").path("address_space").get(0).asText()).isEqualTo("10.20.0.0/22");
        assertThat(subnetRanges(stack)).isEqualTo(Map.of(
            "snet-aks", "10.20.0.0/23", "snet-private-endpoints", "10.20.2.0/24", "snet-postgres", "10.20.3.0/25"));
        assertThat(Synth.resources(stack, "azurerm_subnet")).allSatisfy(s -> assertThat(s.path("default_outbound_access_enabled").asBoolean(true)).isFalse());
        JsonNode postgres = Synth.resources(stack, "azurerm_subnet").stream().filter(s -> s.path("name").asText().equals("snet-postgres")).findFirst().orElseThrow();
        assertThat(postgres.path("delegation").get(0).path("service_delegation").path("name").asText()).isEqualTo("Microsoft.DBforPostgreSQL/flexibleServers");
        assertThat(Synth.resources(stack, "azurerm_network_security_group")).hasSize(3).allSatisfy(nsg -> {
            assertThat(nsg.path("security_rule")).hasSize(1);
            assertThat(nsg.path("security_rule").get(0).path("access").asText()).isEqualTo("Deny");
            assertThat(nsg.path("security_rule").get(0).path("source_address_prefix").asText()).isEqualTo("Internet");
        });
        assertThat(Synth.resources(stack, "azurerm_subnet_network_security_group_association")).hasSize(3);
        assertThat(Synth.resources(stack, "azurerm_virtual_network_peering")).isEmpty();
    }

    @Test
    void defaultZonesAreLinkedAndNamedForTheirService() {
        JsonNode stack = synth(network -> { });

        List<String> zones = new ArrayList<>();
        Synth.resources(stack, "azurerm_private_dns_zone").forEach(z -> zones.add(z.path("name").asText()));
        assertThat(zones).containsExactlyInAnyOrder("vnet-nwd-wholesale-prod.private.postgres.database.azure.com",
            "privatelink.redis.azure.net", "privatelink.blob.core.windows.net", "privatelink.vaultcore.azure.net", "privatelink.azurecr.io");
        assertThat(Synth.resources(stack, "azurerm_private_dns_zone_virtual_network_link")).hasSize(5)
            .allSatisfy(link -> assertThat(link.path("registration_enabled").asBoolean()).isFalse());
    }

    @Test
    void sendsNetworkAndNsgLogsToTheWorkspace() {
        JsonNode stack = synth(network -> { });

        assertThat(Synth.resources(stack, "azurerm_monitor_diagnostic_setting")).hasSize(4)
            .allSatisfy(d -> assertThat(d.path("log_analytics_workspace_id").asText()).isEqualTo(ReferenceFixtures.WORKSPACE_ID));
    }

    @Test
    void ingressNetworkAllowsHttpsToTheNodesOnly() {
        JsonNode stack = synth(network -> network.allowHttpsFromInternet(true));

        List<String> allowed = new ArrayList<>();
        Synth.resources(stack, "azurerm_network_security_group").forEach(nsg -> nsg.path("security_rule").forEach(rule -> {
            if (rule.path("access").asText().equals("Allow")) {
                allowed.add(nsg.path("name").asText() + ":" + rule.path("destination_port_range").asText());
            }
        }));
        assertThat(allowed).containsExactly("nsg-vnet-nwd-wholesale-prod-aks-nodes:443");
    }

    @Test
    void overridesSubnetsAndZones() {
        JsonNode stack = synth(network -> network.subnets(Map.of(SubnetRole.POSTGRES, Cidr.parse("10.20.3.240/28")))
            .privateDnsZones(Set.of(PrivateDnsZone.REDIS_CACHE)));

        assertThat(subnetRanges(stack)).containsEntry("snet-postgres", "10.20.3.240/28");
        assertThat(onlyResource(stack, "azurerm_private_dns_zone").path("name").asText()).isEqualTo("privatelink.redis.cache.windows.net");
        // Peering is NetworkPeering's, both halves at once: a network never writes one half of its own.
        assertThat(stack.path("resource").has("azurerm_virtual_network_peering")).isFalse();
    }

    @Test
    void anEgressNextHopRoutesTheNodeSubnetAndItsIdComesFromTheAssociation() {
        JsonNode stack = synth(network -> network.egressNextHop("10.60.0.4"));

        JsonNode table = onlyResource(stack, "azurerm_route_table");
        assertThat(table.path("name").asText()).isEqualTo("rt-vnet-nwd-wholesale-prod-aks-nodes");
        assertThat(table.path("bgp_route_propagation_enabled").asBoolean(true)).isFalse();
        assertThat(table.path("route")).singleElement().satisfies(route -> {
            assertThat(route.path("address_prefix").asText()).isEqualTo("0.0.0.0/0");
            assertThat(route.path("next_hop_type").asText()).isEqualTo("VirtualAppliance");
            assertThat(route.path("next_hop_in_ip_address").asText()).isEqualTo("10.60.0.4");
        });
        assertThat(onlyResource(stack, "azurerm_subnet_route_table_association").path("subnet_id").asText()).contains("net_aks-nodes");
        assertThat(synth(network -> { }).path("resource").has("azurerm_route_table")).isFalse();
    }

    @Test
    void theDefaultLayoutIsPublic() {
        Cidr space = Cidr.parse("10.65.0.0/20");
        assertThat(Network.defaultRange(space, SubnetRole.AKS_NODES)).hasToString("10.65.0.0/21");
        assertThat(Network.defaultRange(space, SubnetRole.PRIVATE_ENDPOINTS)).hasToString("10.65.8.0/22");
        assertThat(Network.defaultRange(space, SubnetRole.POSTGRES)).hasToString("10.65.12.0/23");
        assertThat(Network.defaultRange(space, SubnetRole.AKS_NODES).addressAt(-2)).isEqualTo("10.65.7.254");
    }

    @Test
    void failsOnSubnetOutsideTheAddressSpace() {
        assertThatThrownBy(() -> synth(network -> network.subnets(Map.of(SubnetRole.POSTGRES, Cidr.parse("10.30.0.0/28")))))
            .hasMessageContaining("test/net: subnets.POSTGRES '10.30.0.0/28' is not allowed; a range inside the address space 10.20.0.0/22");
    }

    @Test
    void failsOnOverlappingSubnets() {
        assertThatThrownBy(() -> synth(network -> network.subnets(Map.of(SubnetRole.PRIVATE_ENDPOINTS, Cidr.parse("10.20.1.0/24")))))
            .hasMessageContaining("ranges that do not overlap; it overlaps");
    }

    @Test
    void failsOnPostgresSubnetSmallerThanA28() {
        assertThatThrownBy(() -> synth(network -> network.subnets(Map.of(SubnetRole.POSTGRES, Cidr.parse("10.20.3.248/29")))))
            .hasMessageContaining("subnets.POSTGRES '10.20.3.248/29' is not allowed; a /28 or larger");
    }

    @Test
    void failsOnAddressSpaceTooSmall() {
        assertThatThrownBy(() -> synth(network -> network.addressSpace(Cidr.parse("10.20.0.0/25"))))
            .hasMessageContaining("test/net: addressSpace '10.20.0.0/25' is not allowed; a /16 to /24 range");
    }

    @Test
    void failsWhenAskedForAZoneItDoesNotHave() {
        assertThatThrownBy(() -> Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-net").region(AzureRegion.of("westeurope")).build();
            Network.Builder.create(stack, "net").name("vnet-x").resourceGroup(group).addressSpace(Cidr.parse("10.0.0.0/24"))
                .logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS).privateDnsZones(Set.of()).build().privateDnsZone(PrivateDnsZone.BLOB);
        })).hasMessageContaining("test/net: privateDnsZones 'BLOB' is not allowed; add it to the network's privateDnsZones first");
    }
}
