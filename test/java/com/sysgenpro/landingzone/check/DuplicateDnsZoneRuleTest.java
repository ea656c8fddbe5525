package com.sysgenpro.landingzone.check;

import static com.sysgenpro.landingzone.check.FirewallRouteRuleTest.edit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.testing.OutputCopy;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZ-HUB-003 on the reference estate's output, where the only zones spokes hold of the connectivity stack's names are the
 * recovery networks' own {@code privatelink.azurecr.io}; then on copies with a spoke's copy of the vault zone, a registry
 * zone in a primary network, and recovery zones that no longer meet the exception.
 */
class DuplicateDnsZoneRuleTest {

    private static final String PRIMARY = "network_39EEAA36";
    private static final String RECOVERY_ZONE = "recovery-network_dns-container-registry_8EB5C241";
    private static final String WORKLOAD_GROUP = "${azurerm_resource_group.workload_37166FFA.name}";
    private static final String CENTRAL = "which the connectivity stack already holds (azurerm_private_dns_zone.%s of stack connectivity):"
        + " networks linked to the copy no longer resolve the central zone's records, and what registers in the copy is found by no"
        + " other network, hub resolver or site";
    private static final String FIX = "; remove the zone, register the endpoints in the central one"
        + " (data.terraform_remote_state.connectivity.outputs.dns-zone-%s) and link the network to it";

    @TempDir
    Path tmp;

    private static List<String> findings(Path out) {
        return OutputRuleOutcomes.findings(out, DuplicateDnsZoneRule.ID);
    }

    @Test
    void onlyTheRecoveryNetworksKeepARegistryZoneOfTheirOwn() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        OutputRuleOutcomes outcomes = OutputRuleOutcomes.of(new DuplicateDnsZoneRule(), output, (stack, resource) -> stack.name() + " " + resource.text("name"));
        List<String> compliant = outcomes.compliant();
        List<String> notApplicable = outcomes.notApplicable();
        assertThat(findings(ReferenceOutput.directory())).isEmpty();
        // The exception, and nothing else: the recovery networks of the tier-1 and tier-2 production environments.
        assertThat(compliant).containsExactlyInAnyOrder("wholesale-production privatelink.azurecr.io",
            "ecommerce-production privatelink.azurecr.io");
        // The central zones themselves, and sandbox-class networks' own zones.
        // The connectivity stack holds 8: the five central zones, an azmk8s.io zone per region with clusters, the tenants' domain.
        assertThat(notApplicable).hasSize(8 + 3 * 5).allMatch(zone -> zone.startsWith("connectivity ") || zone.contains("-sandbox "));

        // Without the connectivity stack (a partial synthesis) the central zones are unknown.
        Rule partial = new DuplicateDnsZoneRule().within(output.stacks().stream()
            .filter(stack -> stack.context().kind() != StackKind.CONNECTIVITY).toList());
        SynthesizedStack production = output.stack("wholesale-production").orElseThrow();
        assertThat(production.resources()).filteredOn(resource -> resource.type().equals(DuplicateDnsZoneRule.ZONE)).singleElement()
            .satisfies(zone -> assertThat(partial.evaluate(zone, production.context()).message())
                .startsWith("the output holds no connectivity stack"));
    }

    @Test
    void failsOnASpokesCopyOfTheVaultZone() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "wholesale-staging", config -> {
            ObjectNode resources = config.withObjectProperty("resource");
            addZone(resources, "dns-key-vault-copy", "privatelink.vaultcore.azure.net", WORKLOAD_GROUP, PRIMARY);
            // A network links one zone of a name: the copy replaces the central zone's link, and the vault registers there.
            resources.withObjectProperty("azurerm_private_dns_zone_virtual_network_link").remove("network-dns-links_key-vault_1222637D");
            resources.withObjectProperty("azurerm_private_endpoint").withObjectProperty("vault_PrivateEndpoint_E7A88FF3")
                .withObjectProperty("private_dns_zone_group").putArray("private_dns_zone_ids")
                .add("${azurerm_private_dns_zone.dns-key-vault-copy.id}");
        });

        assertThat(findings(out)).containsExactly("wholesale-staging azurerm_private_dns_zone.dns-key-vault-copy: the stack defines its"
            + " own zone 'privatelink.vaultcore.azure.net' (linked to azurerm_virtual_network." + PRIMARY
            + " ('vnet-nwd-wholesale-staging-weu'); registering azurerm_private_endpoint.vault_PrivateEndpoint_E7A88FF3), "
            + CENTRAL.formatted("private-dns_key-vault_D0732260") + FIX.formatted("key-vault"));
    }

    @Test
    void aRegistryZoneInAPrimaryNetworkIsNotTheRecoveryException() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "wholesale-production", config -> {
            ObjectNode resources = config.withObjectProperty("resource");
            addZone(resources, "dns-registry-primary", "privatelink.azurecr.io", WORKLOAD_GROUP, PRIMARY);
            resources.withObjectProperty("azurerm_private_dns_zone_virtual_network_link")
                .remove("network-dns-links_container-registry_E7BB4FEC");
            resources.withObjectProperty("azurerm_private_endpoint").withObjectProperty("registry_PrivateEndpoint_9E32EB18")
                .withObjectProperty("private_dns_zone_group").putArray("private_dns_zone_ids")
                .add("${azurerm_private_dns_zone.dns-registry-primary.id}");
        });

        // The recovery network's zone still meets the exception; the primary's does not: its endpoint is the registry's home one.
        assertThat(findings(out)).containsExactly("wholesale-production azurerm_private_dns_zone.dns-registry-primary: the stack"
            + " defines its own zone 'privatelink.azurecr.io' (linked to azurerm_virtual_network." + PRIMARY
            + " ('vnet-nwd-wholesale-production-weu'); registering azurerm_private_endpoint.registry_PrivateEndpoint_9E32EB18), "
            + CENTRAL.formatted("private-dns_container-registry_D92EB71B") + "; it is not a recovery network's registry zone either:"
            + " it is linked to azurerm_virtual_network." + PRIMARY + " ('vnet-nwd-wholesale-production-weu'), which holds no private"
            + " endpoint of a container registry's geo-replica in its region (westeurope) registering in this zone"
            + FIX.formatted("container-registry"));
    }

    @Test
    void theRecoveryZoneMeetsTheExceptionOnlyLinkedToTheReplicasNetwork() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        // wholesale: the recovery zone linked to the primary network as well.
        edit(out, "wholesale-production", config -> config.withObjectProperty("resource")
            .withObjectProperty("azurerm_private_dns_zone_virtual_network_link").putObject("recovery-zone-primary-link")
            .put("name", "vnet-nwd-wholesale-production-weu")
            .put("private_dns_zone_name", "${azurerm_private_dns_zone." + RECOVERY_ZONE + ".name}")
            .put("resource_group_name", "${azurerm_resource_group.recovery_5405A780.name}")
            .put("virtual_network_id", "${azurerm_virtual_network." + PRIMARY + ".id}"));
        // e-commerce: the registry no longer replicated into the recovery network's region.
        edit(out, "ecommerce-production", config -> ((ObjectNode) config.withObjectProperty("resource")
            .withObjectProperty("azurerm_container_registry").withObjectProperty("registry_EFEA226F").withArrayProperty("georeplications")
            .get(0)).put("location", "francecentral"));

        assertThat(findings(out)).hasSize(2)
            .anySatisfy(finding -> assertThat(finding).startsWith("wholesale-production azurerm_private_dns_zone." + RECOVERY_ZONE + ": ")
                .contains("it is not a recovery network's registry zone either: it is linked to azurerm_virtual_network." + PRIMARY
                    + " ('vnet-nwd-wholesale-production-weu'), which holds no private endpoint of a container registry's geo-replica"))
            .anySatisfy(finding -> assertThat(finding).startsWith("ecommerce-production azurerm_private_dns_zone." + RECOVERY_ZONE + ": ")
                .contains("which holds no private endpoint of a container registry's geo-replica in its region (westeurope)"));
    }

    /** Adds zone {@code key} named {@code name} to {@code resources}, linked to network {@code network} of the stack. */
    private static void addZone(ObjectNode resources, String key, String name, String group, String network) {
        resources.withObjectProperty("azurerm_private_dns_zone").putObject(key).put("name", name).put("resource_group_name", group);
        resources.withObjectProperty("azurerm_private_dns_zone_virtual_network_link").putObject(key + "-link").put("name", "link")
            .put("private_dns_zone_name", "${azurerm_private_dns_zone." + key + ".name}").put("resource_group_name", group)
            .put("registration_enabled", false).put("virtual_network_id", "${azurerm_virtual_network." + network + ".id}");
    }
}
