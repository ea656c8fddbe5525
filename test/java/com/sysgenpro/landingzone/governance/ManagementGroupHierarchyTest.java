package com.sysgenpro.landingzone.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagementGroupHierarchyTest {

    /** Group name → parent group name ("" for the tenant root), read from the synthesized JSON. */
    private static Map<String, String> parents(JsonNode stack) {
        Map<String, String> addressToName = new HashMap<>();
        stack.path("resource").path("azurerm_management_group").fields()
            .forEachRemaining(entry -> addressToName.put(entry.getKey(), entry.getValue().path("name").asText()));
        Map<String, String> parents = new HashMap<>();
        for (JsonNode group : Synth.resources(stack, "azurerm_management_group")) {
            String parent = group.path("parent_management_group_id").asText("");
            String parentAddress = parent.replaceAll("^\\$\\{azurerm_management_group\\.([^.]+)\\.id}$", "$1");
            parents.put(group.path("name").asText(), parent.isEmpty() ? "" : addressToName.get(parentAddress));
        }
        return parents;
    }

    @Test
    void defaultShapeFollowsTheAzureLandingZoneWithBusinessUnitsUnderCorp() {
        JsonNode stack = Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg",
            ManagementGroupNode.azureLandingZone("nwd", "Northwind", List.of("wholesale", "retail"))));

        Map<String, String> parents = parents(stack);
        assertThat(parents).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
            Map.entry("nwd", ""),
            Map.entry("nwd-platform", "nwd"), Map.entry("nwd-management", "nwd-platform"),
            Map.entry("nwd-connectivity", "nwd-platform"), Map.entry("nwd-identity", "nwd-platform"),
            Map.entry("nwd-landingzones", "nwd"), Map.entry("nwd-corp", "nwd-landingzones"), Map.entry("nwd-online", "nwd-landingzones"),
            Map.entry("nwd-wholesale", "nwd-corp"), Map.entry("nwd-wholesale-prod", "nwd-wholesale"),
            Map.entry("nwd-wholesale-nonprod", "nwd-wholesale"),
            Map.entry("nwd-retail", "nwd-corp"), Map.entry("nwd-retail-prod", "nwd-retail"), Map.entry("nwd-retail-nonprod", "nwd-retail"),
            Map.entry("nwd-sandbox", "nwd"), Map.entry("nwd-decommissioned", "nwd")));
        assertThat(Synth.resources(stack, "azurerm_management_group"))
            .anySatisfy(group -> assertThat(group.path("display_name").asText()).isEqualTo("Northwind"));
    }

    @Test
    void addressesDependOnKeysNotOnPositionInTheTree() {
        ManagementGroupNode flat = ManagementGroupNode.of("root", "x", "X")
            .withChild(ManagementGroupNode.of("a", "x-a", "A"))
            .withChild(ManagementGroupNode.of("b", "x-b", "B"));
        ManagementGroupNode moved = ManagementGroupNode.of("root", "x", "X")
            .withChild(ManagementGroupNode.of("a", "x-a", "A").withChild(ManagementGroupNode.of("b", "x-b", "B")));

        JsonNode before = Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg", flat));
        JsonNode after = Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg", moved));

        assertThat(before.path("resource").path("azurerm_management_group").fieldNames()).toIterable()
            .containsExactlyInAnyOrderElementsOf(() -> after.path("resource").path("azurerm_management_group").fieldNames());
        assertThat(parents(after)).containsEntry("x-b", "x-a");
    }

    @Test
    void failsOnDuplicateKeys() {
        ManagementGroupNode tree = ManagementGroupNode.of("root", "x", "X")
            .withChild(ManagementGroupNode.of("a", "x-a", "A"))
            .withChild(ManagementGroupNode.of("a", "x-b", "B"));

        assertThatThrownBy(() -> Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg", tree)))
            .hasMessageContaining("test/mg: tree 'a' is not allowed; keys must be unique");
    }

    @Test
    void failsBeyondSixLevels() {
        ManagementGroupNode tree = ManagementGroupNode.of("l7", "x7", "7");
        for (int level = 6; level >= 1; level--) {
            tree = ManagementGroupNode.of("l" + level, "x" + level, String.valueOf(level)).withChild(tree);
        }
        ManagementGroupNode deep = tree;

        assertThatThrownBy(() -> Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg", deep)))
            .hasMessageContaining("7 levels")
            .hasMessageContaining("at most 6 levels");
    }

    @Test
    void failsOnUnknownGroupKeyListingTheKnownOnes() {
        assertThatThrownBy(() -> Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg",
            ManagementGroupNode.azureLandingZone("nwd", "N", List.of())).group("corporate")))
            .hasMessageContaining("key 'corporate' is not allowed; known groups: root, platform");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> Synth.stack(scope -> new ManagementGroupHierarchy(scope, "mg",
            ManagementGroupNode.of("root", "bad name!", "Bad"))))
            .hasMessageContaining("test/mg/root: name 'bad name!' is not allowed");
    }
}
