package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.SharedReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ForceNewTest {

    @Test
    void everyAzurermTypeOfTheReferenceEstateIsCovered() {
        Set<String> types = new TreeSet<>();
        SynthOutput.read(PreviewFixtures.reference()).stacks().forEach(stack -> stack.resources().stream()
            .map(TerraformResource::type).filter(type -> type.startsWith("azurerm_")).forEach(types::add));

        assertThat(ForceNew.types()).containsAll(types);
    }

    @Test
    void forceNewArgumentsAreRecognisedAtTheirPaths() {
        assertThat(ForceNew.forcesReplacement("azurerm_postgresql_flexible_server", "location", false)).isTrue();
        assertThat(ForceNew.forcesReplacement("azurerm_postgresql_flexible_server", "sku_name", false)).isFalse();
        assertThat(ForceNew.forcesReplacement("azurerm_managed_redis", "location", false)).isTrue();
        // azurerm 4.73 changes a Managed Redis SKU, and an AKS pod CIDR or network plugin, in place (4.55 replaced them).
        assertThat(ForceNew.forcesReplacement("azurerm_managed_redis", "sku_name", false)).isFalse();
        assertThat(ForceNew.forcesReplacement("azurerm_kubernetes_cluster", "network_profile[0].pod_cidr", false)).isFalse();
        // Nested, with list indexes as plans write them.
        assertThat(ForceNew.forcesReplacement("azurerm_kubernetes_cluster", "network_profile[0].service_cidr", false)).isTrue();
        // A leaf that is not force-new inside a force-new block forces replacement only when the block comes or goes.
        assertThat(ForceNew.forcesReplacement("azurerm_kubernetes_cluster", "network_profile.outbound_type", false)).isFalse();
        assertThat(ForceNew.forcesReplacement("azurerm_kubernetes_cluster", "network_profile.outbound_type", true)).isTrue();
    }

    /**
     * Turning hubs on for a deployed estate moves a peered private cluster to its region's central zone: the preview
     * reports the cluster replaced, for {@code private_dns_zone_id} (force-new), not for its identity becoming
     * user-assigned (which AKS changes in place).
     */
    @Test
    void aPrivateClusterMovingToACentralZoneIsReplaced() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree("{\"name\": \"aks-nwd-wholesale-production-weu\", \"private_cluster_enabled\": true,"
            + " \"identity\": {\"type\": \"SystemAssigned\"}}");
        JsonNode after = json.readTree("{\"name\": \"aks-nwd-wholesale-production-weu\", \"private_cluster_enabled\": true,"
            + " \"identity\": {\"type\": \"UserAssigned\", \"identity_ids\": [\"${azurerm_user_assigned_identity.cluster_ControlPlaneIdentity_0866068D.id}\"]},"
            + " \"private_dns_zone_id\": \"${data.terraform_remote_state.connectivity.outputs.dns-zone-aks-weu}\"}");
        JsonNode config = json.readTree("{}");
        ResourceChange change = SynthDiff.resources("wholesale-production",
            java.util.List.of(new TerraformResource("wholesale-production", "azurerm_kubernetes_cluster", "cluster_611F8AFF", before, config)),
            java.util.List.of(new TerraformResource("wholesale-production", "azurerm_kubernetes_cluster", "cluster_611F8AFF", after, config)))
            .get(0);

        assertThat(change.action()).isEqualTo(ResourceChange.Action.REPLACE);
        assertThat(change.reason()).isEqualTo("changing `private_dns_zone_id` forces a new resource");
        assertThat(change.attributes()).filteredOn(AttributeChange::forcesReplacement).extracting(AttributeChange::path)
            .containsExactly("private_dns_zone_id");
    }

    /** The bundled file holds exactly what the azurerm 4.73.0 schema marks force-new for every type it lists. */
    @Test
    void theBundledListAgreesWithTheProviderSchema() throws IOException {
        Path shared = SharedReference.require();
        JsonNode resources = new ObjectMapper().readTree(SharedReference.azurermSchema(shared).toFile())
            .path("providerSchema").path("resources");
        JsonNode bundled;
        try (InputStream in = ForceNew.class.getResourceAsStream(ForceNew.RESOURCE)) {
            bundled = new ObjectMapper().readTree(in).path("resources");
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> actual = new TreeMap<>();
        bundled.fields().forEachRemaining(entry -> {
            Set<String> paths = new TreeSet<>();
            collect(resources.path(entry.getKey()).path("schema"), "", paths);
            expected.put(entry.getKey(), paths);
            Set<String> listed = new TreeSet<>();
            entry.getValue().forEach(path -> listed.add(path.asText()));
            actual.put(entry.getKey(), listed);
            assertThat(resources.has(entry.getKey())).as("%s is an azurerm 4.73.0 resource type", entry.getKey()).isTrue();
        });
        assertThat(actual).isEqualTo(expected);
    }

    private static void collect(JsonNode schema, String prefix, Set<String> paths) {
        schema.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            if (field.getValue().path("forceNew").asBoolean(false)) {
                paths.add(path);
            }
            JsonNode nested = field.getValue().path("elem").path("schema");
            if (nested.isObject()) {
                collect(nested, path + ".", paths);
            }
        });
    }
}
