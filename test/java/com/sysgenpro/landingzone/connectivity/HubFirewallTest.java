package com.sysgenpro.landingzone.connectivity;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.ReferenceFixtures;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubFirewallTest {

    static final Tags TAGS = Tags.of(Map.of("owner", "team@example.com"));
    static final List<Cidr> NODES = List.of(Cidr.parse("10.20.0.0/23"), Cidr.parse("10.21.0.0/23"));
    static final EgressRule SFTP = EgressRule.ofFqdn("sftp.edi-partner.example", EgressProtocol.TCP, 22, "EDI orders");
    static final EgressRule CARRIER = EgressRule.ofFqdn("*.carrier.example", EgressProtocol.HTTPS, 443, "Shipping labels");
    static final EgressRule BANK = EgressRule.ofCidr(Cidr.parse("203.0.113.0/24"), EgressProtocol.HTTPS, 443, "Bank statements");
    static final EgressRule RELAY = EgressRule.ofCidr(Cidr.parse("198.51.100.0/28"), EgressProtocol.TCP, 587, "Mail relay");

    @TempDir
    Path tmp;

    static JsonNode synth(Consumer<HubFirewall.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-hub").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            HubNetwork hub = HubNetwork.Builder.create(stack, "hub").name("vnet-nwd-hub-weu").resourceGroup(group)
                .addressSpace(Cidr.parse("10.60.0.0/24")).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS).build();
            HubFirewall.Builder firewall = HubFirewall.Builder.create(stack, "firewall").name("afw-nwd-hub-weu").hub(hub)
                .platformSourceRanges(NODES).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS);
            customize.accept(firewall);
            firewall.build();
        });
    }

    static JsonNode withEgress() {
        return synth(firewall -> firewall.egress(List.of(
            new EgressSource("wholesale-prod", List.of(Cidr.parse("10.20.0.0/23")), List.of(SFTP, CARRIER, BANK, RELAY)),
            new EgressSource("retail-prod", List.of(Cidr.parse("10.21.0.0/23")), List.of()))));
    }

    private static JsonNode group(JsonNode stack, String name) {
        return Synth.resources(stack, "azurerm_firewall_policy_rule_collection_group").stream()
            .filter(g -> g.path("name").asText().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no group " + name));
    }

    private static List<JsonNode> rules(JsonNode group, String collection) {
        List<JsonNode> rules = new ArrayList<>();
        group.path(collection).forEach(c -> c.path("rule").forEach(rules::add));
        return rules;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void defaultsAreStandardWithDnsProxyThreatIntelDenyAndZones() {
        JsonNode stack = synth(firewall -> { });

        JsonNode firewall = onlyResource(stack, "azurerm_firewall");
        assertThat(firewall.path("sku_name").asText()).isEqualTo("AZFW_VNet");
        assertThat(firewall.path("sku_tier").asText()).isEqualTo("Standard");
        assertThat(texts(firewall.path("zones"))).containsExactly("1", "2", "3");
        assertThat(firewall.path("firewall_policy_id").asText()).contains("azurerm_firewall_policy.");
        assertThat(firewall.path("ip_configuration").get(0).path("subnet_id").asText()).contains("azurerm_subnet.");
        assertThat(firewall.has("threat_intel_mode")).isFalse();
        JsonNode policy = onlyResource(stack, "azurerm_firewall_policy");
        assertThat(policy.path("sku").asText()).isEqualTo("Standard");
        assertThat(policy.path("dns").path("proxy_enabled").asBoolean()).isTrue();
        assertThat(policy.path("threat_intelligence_mode").asText()).isEqualTo("Deny");
        assertThat(policy.has("intrusion_detection")).isFalse();
        JsonNode ip = onlyResource(stack, "azurerm_public_ip");
        assertThat(ip.path("sku").asText()).isEqualTo("Standard");
        assertThat(ip.path("allocation_method").asText()).isEqualTo("Static");
        assertThat(texts(ip.path("zones"))).containsExactly("1", "2", "3");
        JsonNode diagnostics = Synth.resources(stack, "azurerm_monitor_diagnostic_setting").stream()
            .filter(d -> d.path("target_resource_id").asText().contains("azurerm_firewall.")).findFirst().orElseThrow();
        assertThat(diagnostics.path("log_analytics_destination_type").asText()).isEqualTo("Dedicated");
        assertThat(diagnostics.path("enabled_log").findValuesAsText("category")).containsExactlyElementsOf(HubFirewall.LOG_CATEGORIES);
        assertThat(Synth.resources(stack, "azurerm_firewall_policy_rule_collection_group")).hasSize(1);
    }

    @Test
    void platformRulesAllowTheAksTagAddOnsAndNtpFromTheGivenSourcesOnly() {
        JsonNode platform = group(synth(firewall -> { }), "platform");

        assertThat(platform.path("priority").asInt()).isEqualTo(200);
        List<JsonNode> application = rules(platform, "application_rule_collection");
        List<JsonNode> network = rules(platform, "network_rule_collection");
        assertThat(application).hasSize(2);
        assertThat(network).hasSize(1);
        for (JsonNode rule : concat(application, network)) {
            assertThat(texts(rule.path("source_addresses"))).containsExactly("10.20.0.0/23", "10.21.0.0/23");
        }
        assertThat(texts(application.get(0).path("destination_fqdn_tags"))).containsExactly("AzureKubernetesService");
        assertThat(application.get(0).path("protocols").findValuesAsText("type")).containsExactly("Http", "Https");
        assertThat(texts(application.get(1).path("destination_fqdns")))
            .containsExactlyElementsOf(HubFirewall.aksAddonFqdns(AzureRegion.of("westeurope")))
            .contains("westeurope.dp.kubernetesconfiguration.azure.com");
        assertThat(texts(network.get(0).path("destination_fqdns"))).containsExactly("ntp.ubuntu.com");
        assertThat(texts(network.get(0).path("protocols"))).containsExactly("UDP");
        assertThat(texts(network.get(0).path("destination_ports"))).containsExactly("123");
    }

    @Test
    void givenPlatformFqdnsReplaceTheDefault() {
        JsonNode platform = group(synth(firewall -> firewall.platformFqdns(List.of("github.com", "acme-v02.api.letsencrypt.org"))), "platform");

        assertThat(texts(rules(platform, "application_rule_collection").get(1).path("destination_fqdns")))
            .containsExactly("github.com", "acme-v02.api.letsencrypt.org");
    }

    @Test
    void anSftpEntryBecomesExactlyOneNetworkRuleWithItsFqdnPortAndSources() {
        JsonNode egress = group(withEgress(), "egress");

        assertThat(egress.path("priority").asInt()).isEqualTo(300);
        List<JsonNode> sftp = rules(egress, "network_rule_collection").stream()
            .filter(r -> texts(r.path("destination_fqdns")).contains("sftp.edi-partner.example")).toList();
        assertThat(sftp).hasSize(1);
        JsonNode rule = sftp.get(0);
        assertThat(rule.path("name").asText()).isEqualTo("wholesale-prod-tcp-22-sftp.edi-partner.example");
        assertThat(texts(rule.path("protocols"))).containsExactly("TCP");
        assertThat(texts(rule.path("destination_ports"))).containsExactly("22");
        assertThat(texts(rule.path("source_addresses"))).containsExactly("10.20.0.0/23");
        assertThat(rule.path("description").asText()).isEqualTo("EDI orders");
        assertThat(rules(egress, "application_rule_collection"))
            .noneMatch(r -> r.toString().contains("sftp.edi-partner.example"));
    }

    @Test
    void httpsEntriesBecomeApplicationRulesAndCidrsDestinationAddresses() {
        JsonNode egress = group(withEgress(), "egress");

        List<JsonNode> application = rules(egress, "application_rule_collection");
        assertThat(application).extracting(r -> r.path("name").asText())
            .containsExactly("wholesale-prod-https-443-_.carrier.example", "wholesale-prod-https-443-203.0.113.0_24");
        assertThat(texts(application.get(0).path("destination_fqdns"))).containsExactly("*.carrier.example");
        assertThat(application.get(0).path("protocols").get(0).path("type").asText()).isEqualTo("Https");
        assertThat(application.get(0).path("protocols").get(0).path("port").asInt()).isEqualTo(443);
        assertThat(texts(application.get(1).path("destination_addresses"))).containsExactly("203.0.113.0/24");
        assertThat(application.get(1).has("destination_fqdns")).isFalse();
        JsonNode relay = rules(egress, "network_rule_collection").stream()
            .filter(r -> r.path("name").asText().equals("wholesale-prod-tcp-587-198.51.100.0_28")).findFirst().orElseThrow();
        assertThat(texts(relay.path("destination_addresses"))).containsExactly("198.51.100.0/28");
        assertThat(relay.has("destination_fqdns")).isFalse();
    }

    @Test
    void longRuleNamesStayWithinAzuresLimitAndStable() {
        String name = HubFirewall.ruleName("a-rather-long-environment-name-prod", "tcp-22-" + "x".repeat(50) + ".example");

        assertThat(name).hasSize(80).isEqualTo(HubFirewall.ruleName("a-rather-long-environment-name-prod", "tcp-22-" + "x".repeat(50) + ".example"));
    }

    @Test
    void premiumTurnsOnIntrusionDetectionInAlertMode() {
        JsonNode stack = synth(firewall -> firewall.sku(FirewallSku.PREMIUM));

        assertThat(onlyResource(stack, "azurerm_firewall").path("sku_tier").asText()).isEqualTo("Premium");
        JsonNode policy = onlyResource(stack, "azurerm_firewall_policy");
        assertThat(policy.path("sku").asText()).isEqualTo("Premium");
        assertThat(policy.path("intrusion_detection").path("mode").asText()).isEqualTo("Alert");
    }

    @Test
    void zoneRedundancyCanBeTurnedOff() {
        JsonNode stack = synth(firewall -> firewall.zoneRedundant(false));

        assertThat(onlyResource(stack, "azurerm_firewall").has("zones")).isFalse();
        assertThat(onlyResource(stack, "azurerm_public_ip").has("zones")).isFalse();
    }

    @Test
    void aPublishedIngressGetsAPublicAddressOfItsOwnAndOneDnatRulePerPort() {
        JsonNode stack = synth(firewall -> firewall.publishedIngress(List.of(
            new PublishedIngress("wholesale-prod", "10.20.1.254", List.of(80, 443)))));

        JsonNode firewall = onlyResource(stack, "azurerm_firewall");
        assertThat(firewall.path("ip_configuration")).hasSize(2);
        assertThat(firewall.path("ip_configuration").get(1).path("name").asText()).isEqualTo("ingress-wholesale-prod");
        assertThat(firewall.path("ip_configuration").get(1).has("subnet_id")).as("Azure takes one subnet, on the first").isFalse();
        assertThat(Synth.resources(stack, "azurerm_public_ip")).extracting(ip -> ip.path("name").asText())
            .containsExactlyInAnyOrder("afw-nwd-hub-weu-pip", "afw-nwd-hub-weu-pip-wholesale-prod");
        JsonNode ingress = group(stack, "ingress");
        assertThat(ingress.path("priority").asInt()).isEqualTo(HubFirewall.INGRESS_PRIORITY);
        assertThat(ingress.path("nat_rule_collection").get(0).path("action").asText()).isEqualTo("Dnat");
        List<JsonNode> rules = rules(ingress, "nat_rule_collection");
        assertThat(rules).extracting(rule -> rule.path("name").asText()).containsExactly("wholesale-prod-80", "wholesale-prod-443");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.path("translated_address").asText()).isEqualTo("10.20.1.254");
            assertThat(texts(rule.path("protocols"))).containsExactly("TCP");
            assertThat(rule.path("destination_address").asText()).contains("ingress-wholesale-prod-ip").endsWith(".ip_address}");
        });
        assertThat(rules.get(1).path("translated_port").asInt()).isEqualTo(443);
    }

    @Test
    void failsOnAPublishedIngressWithoutPortsOrWithAReusedName() {
        assertThatThrownBy(() -> synth(firewall -> firewall.publishedIngress(List.of(new PublishedIngress("wholesale-prod", "10.20.1.254", List.of())))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("publishedIngress[0].ports");
        assertThatThrownBy(() -> synth(firewall -> firewall.publishedIngress(List.of(new PublishedIngress("wholesale-prod", "10.20.1.254", List.of(443)),
                new PublishedIngress("wholesale-prod", "10.20.3.254", List.of(443))))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("publishedIngress[1].name 'wholesale-prod' is not allowed");
        assertThatThrownBy(() -> synth(firewall -> firewall.publishedIngress(List.of(new PublishedIngress("wholesale-prod", "traefik.internal", List.of(443))))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("publishedIngress[0].translatedAddress");
    }

    @Test
    void failsWithoutPlatformSources() {
        assertThatThrownBy(() -> synth(firewall -> firewall.platformSourceRanges(List.of())))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/firewall: platformSourceRanges is required");
    }

    @Test
    void failsWithoutAnEnvironmentsSources() {
        assertThatThrownBy(() -> synth(firewall -> firewall.egress(List.of(new EgressSource("wholesale-prod", List.of(), List.of(SFTP))))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("egress[0].sourceRanges is required");
    }

    @Test
    void failsWithoutAHub() {
        assertThatThrownBy(() -> Synth.stack(stack -> HubFirewall.Builder.create(stack, "firewall").name("afw-hub")
                .platformSourceRanges(NODES).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS).build()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/firewall: hub is required");
    }

    @Test
    void failsOnDuplicateEntriesAndSources() {
        EgressRule again = EgressRule.ofFqdn("sftp.edi-partner.example", EgressProtocol.TCP, 22, "Same, said twice");
        List<Cidr> sources = List.of(Cidr.parse("10.20.0.0/23"));

        assertThatThrownBy(() -> synth(firewall -> firewall.egress(List.of(new EgressSource("wholesale-prod", sources, List.of(SFTP, again))))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("egress[0].rules[1]")
            .hasMessageContaining("egress[0].rules[0] already allows it");
        assertThatThrownBy(() -> synth(firewall -> firewall.egress(List.of(new EgressSource("wholesale-prod", sources, List.of(SFTP)),
                new EgressSource("wholesale-prod", sources, List.of())))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("egress[1].name 'wholesale-prod' is not allowed");
    }

    @Test
    void failsOnIntrusionDetectionWithStandard() {
        assertThatThrownBy(() -> synth(firewall -> firewall.intrusionDetectionMode(FirewallThreatMode.DENY)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("needs sku(FirewallSku.PREMIUM)");
    }

    @Test
    void synthesizedJsonIsCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        for (JsonNode stack : List.of(withEgress(), synth(firewall -> firewall.sku(FirewallSku.PREMIUM).zoneRedundant(false)
                .publishedIngress(List.of(new PublishedIngress("wholesale-prod", "10.20.1.254", List.of(80, 443))))))) {
            Path file = Files.createTempFile(tmp, "firewall", ".tf.json");
            Files.writeString(file, stack.toString());

            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
                SharedReference.azurermSchema(shared).toString());

            assertThat(result.exitCode()).as(result.output()).isZero();
        }
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
