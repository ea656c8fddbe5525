package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class InitiativeAssignmentTest {

    private static JsonNode synth(Initiative initiative, Consumer<InitiativeAssignment.Builder> customize) {
        return Synth.stack(stack -> assign(stack, initiative, customize));
    }

    private static InitiativeAssignment assign(TerraformStack stack, Initiative initiative, Consumer<InitiativeAssignment.Builder> customize) {
        ManagementGroup root = new ManagementGroup(stack, "root", "nwd", "Northwind", null);
        InitiativeDefinition definition = new InitiativeDefinition(stack, "def", initiative, root, new CustomPolicyDefinitions());
        InitiativeAssignment.Builder assignment = InitiativeAssignment.Builder.create(stack, "assign")
            .definition(definition).managementGroup(root).location(AzureRegion.of("westeurope"));
        customize.accept(assignment);
        return assignment.build();
    }

    @Test
    void definesTheInitiativeWithItsParametersAndAssignsItWithValues() {
        JsonNode stack = synth(LandingZoneInitiatives.network(), a -> a.parameters(Map.of("effect", "Audit")));

        JsonNode set = onlyResource(stack, "azurerm_policy_set_definition");
        assertThat(set.path("name").asText()).isEqualTo("lz-network");
        assertThat(set.path("policy_type").asText()).isEqualTo("Custom");
        assertThat(Synth.parse(set.path("parameters").asText()).path("effect").path("defaultValue").asText()).isEqualTo("Deny");
        assertThat(set.path("policy_definition_reference")).hasSize(LandingZoneInitiatives.network().controls().size());
        JsonNode assignment = onlyResource(stack, "azurerm_management_group_policy_assignment");
        assertThat(assignment.path("name").asText()).matches("lz-network-[0-9a-f]{6}").hasSizeLessThanOrEqualTo(24);
        assertThat(assignment.path("enforce").asBoolean()).isTrue();
        assertThat(assignment.path("parameters").asText()).isEqualTo("{\"effect\":{\"value\":\"Audit\"}}");
        assertThat(assignment.path("policy_definition_id").asText()).startsWith("${azurerm_policy_set_definition.");
        assertThat(assignment.has("identity")).as("audit/deny initiatives need no identity").isFalse();
    }

    @Test
    void customDefinitionsAreDefinedOnceAndReferencedById() {
        JsonNode stack = synth(LandingZoneInitiatives.network(), a -> { });

        assertThat(Synth.resources(stack, "azurerm_policy_definition")).extracting(d -> d.path("name").asText())
            .containsExactly("lz-managed-redis-no-public-network");
        JsonNode custom = onlyResource(stack, "azurerm_policy_definition");
        assertThat(Synth.parse(custom.path("policy_rule").asText()).path("then").path("effect").asText()).isEqualTo("[parameters('effect')]");
        assertThat(onlyResource(stack, "azurerm_policy_set_definition").path("policy_definition_reference").toString())
            .contains("${azurerm_policy_definition.");
    }

    @Test
    void stagedRolloutDoesNotEnforce() {
        JsonNode stack = synth(LandingZoneInitiatives.encryption(), a -> a.enforcement(EnforcementMode.DO_NOT_ENFORCE));

        assertThat(onlyResource(stack, "azurerm_management_group_policy_assignment").path("enforce").asBoolean()).isFalse();
    }

    @Test
    void remediatingInitiativeGetsIdentityRolesAndARemediationPerControl() {
        JsonNode stack = synth(LandingZoneInitiatives.diagnostics(), a -> a.parameters(Map.of("logAnalyticsWorkspaceId", "/ws/1")));

        JsonNode assignment = onlyResource(stack, "azurerm_management_group_policy_assignment");
        assertThat(assignment.path("identity").path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(assignment.path("location").asText()).isEqualTo("westeurope");
        List<String> roles = new ArrayList<>();
        Synth.resources(stack, "azurerm_role_assignment").forEach(grant -> {
            assertThat(grant.path("principal_id").asText()).matches("\\$\\{azurerm_management_group_policy_assignment\\.[^.]+\\.identity\\[0]\\.principal_id}");
            roles.add(grant.path("role_definition_id").asText().replaceAll(".*/", ""));
        });
        assertThat(roles).containsExactlyInAnyOrder(BuiltInRole.MONITORING_CONTRIBUTOR.guid(), BuiltInRole.LOG_ANALYTICS_CONTRIBUTOR.guid());
        List<JsonNode> remediations = Synth.resources(stack, "azurerm_management_group_policy_remediation");
        assertThat(remediations).extracting(r -> r.path("policy_definition_reference_id").asText())
            .containsExactlyInAnyOrder("lz-diag-001", "lz-diag-002", "lz-diag-003", "lz-diag-004", "lz-diag-005");
        assertThat(remediations).allSatisfy(r -> assertThat(r.path("depends_on")).hasSize(2));
    }

    @Test
    void grantsAreAtTheAssignedGroupAndRemediationsTargetTheAssignmentAndControl() {
        JsonNode stack = synth(LandingZoneInitiatives.tagging(List.of("owner")), a -> { });

        JsonNode grant = onlyResource(stack, "azurerm_role_assignment");
        assertThat(grant.path("scope").asText()).matches("\\$\\{azurerm_management_group\\.root_[^.]+\\.id}");
        assertThat(grant.path("role_definition_id").asText())
            .isEqualTo("/providers/Microsoft.Authorization/roleDefinitions/" + BuiltInRole.CONTRIBUTOR.guid());
        assertThat(grant.path("principal_type").asText()).isEqualTo("ServicePrincipal");
        JsonNode remediation = onlyResource(stack, "azurerm_management_group_policy_remediation");
        assertThat(remediation.path("name").asText()).isEqualTo("lz-tag-inherit-owner");
        assertThat(remediation.path("policy_definition_reference_id").asText()).isEqualTo("lz-tag-inherit-owner");
        assertThat(remediation.path("management_group_id").asText()).isEqualTo(grant.path("scope").asText());
        assertThat(remediation.path("policy_assignment_id").asText()).matches("\\$\\{azurerm_management_group_policy_assignment\\.[^.]+\\.id}");
        assertThat(remediation.path("depends_on").get(0).asText()).startsWith("azurerm_role_assignment.");
    }

    @Test
    void remediateFalseKeepsIdentityAndGrantsButCreatesNoRemediationTask() {
        JsonNode stack = synth(LandingZoneInitiatives.tagging(List.of("owner")), a -> a.remediate(false));

        assertThat(onlyResource(stack, "azurerm_management_group_policy_assignment").path("identity").path("type").asText())
            .isEqualTo("SystemAssigned");
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).hasSize(1);
        assertThat(Synth.resources(stack, "azurerm_management_group_policy_remediation")).isEmpty();
    }

    @Test
    void notScopesAreLeftOutOfTheAssignment() {
        String sandbox = "/providers/Microsoft.Management/managementGroups/nwd-sandbox";
        JsonNode withNotScopes = synth(LandingZoneInitiatives.encryption(), a -> a.notScopes(List.of(sandbox)));
        JsonNode without = synth(LandingZoneInitiatives.encryption(), a -> { });

        assertThat(onlyResource(withNotScopes, "azurerm_management_group_policy_assignment").path("not_scopes"))
            .extracting(JsonNode::asText).containsExactly(sandbox);
        assertThat(onlyResource(without, "azurerm_management_group_policy_assignment").has("not_scopes")).isFalse();
    }

    @Test
    void failsOnParameterValueOfTheWrongType() {
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.regions(), a -> a.parameters(Map.of("allowedLocations", "westeurope"))))
            .hasMessageContaining("test/assign: parameters.allowedLocations 'westeurope' is not allowed; "
                + "initiative lz-regions declares it as Array: give a non-empty list");
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.network(), a -> a.parameters(Map.of("effect", true))))
            .hasMessageContaining("test/assign: parameters.effect true is not allowed; initiative lz-network declares it as String: give a string");
    }

    @Test
    void parametersCannotBeChangedThroughTheAssignment() {
        List<String> regions = new ArrayList<>(List.of("westeurope"));
        Map<String, Object> given = new java.util.HashMap<>(Map.of("allowedLocations", regions));
        InitiativeAssignment[] assignment = new InitiativeAssignment[1];
        Synth.stack(s -> assignment[0] = assign(s, LandingZoneInitiatives.regions(), a -> a.parameters(given)));
        regions.add("eastus");

        assertThat(assignment[0].parameters().get("allowedLocations")).isEqualTo(List.of("westeurope"));
        assertThatThrownBy(() -> assignment[0].parameters().put("allowedLocations", List.of("eastus")))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nonComplianceMessagesAreGivenPerControl() {
        JsonNode stack = synth(LandingZoneInitiatives.backup(), a -> { });

        List<String> references = new ArrayList<>();
        onlyResource(stack, "azurerm_management_group_policy_assignment").path("non_compliance_message")
            .forEach(message -> references.add(message.path("policy_definition_reference_id").asText("(default)")));
        assertThat(references).containsExactly("(default)", "lz-bak-001", "lz-bak-002", "lz-bak-003", "lz-bak-004");
    }

    @Test
    void failsWithoutARequiredParameter() {
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.regions(), a -> { }))
            .hasMessageContaining("test/assign: parameters.allowedLocations is required: initiative lz-regions has no default for it");
    }

    @Test
    void failsOnUndeclaredParameter() {
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.encryption(), a -> a.parameters(Map.of("effect", "Deny"))))
            .hasMessageContaining("test/assign: parameters 'effect' is not allowed; initiative lz-encryption declares: []");
    }

    @Test
    void failsOnValueOutsideAllowedValues() {
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.network(), a -> a.parameters(Map.of("effect", "Block"))))
            .hasMessageContaining("parameters.effect 'Block' is not allowed; allowed: [Audit, Deny, Disabled]");
    }

    @Test
    void failsOnRemediatingInitiativeWithoutLocation() {
        assertThatThrownBy(() -> synth(LandingZoneInitiatives.tagging(List.of("owner")), a -> a.location(null)))
            .hasMessageContaining("test/assign: location is required: initiative lz-tags has Modify/DeployIfNotExists controls");
    }

    @Test
    void exemptionNamesCategoryReasonExpiryAndControls() {
        JsonNode stack = Synth.stack(s -> {
            InitiativeAssignment assignment = assign(s, LandingZoneInitiatives.network(), a -> { });
            PolicyExemption.Builder.create(s, "ingress").assignment(assignment).resourceGroupId("/subscriptions/x/resourceGroups/rg-ingress")
                .category(ExemptionCategory.MITIGATED).reason("Traefik's load balancer needs a public IP; WAF in front, decided by CAB-142")
                .expiresOn(LocalDate.of(2027, 6, 30)).controlIds(List.of("LZ-NET-001")).today(LocalDate.of(2026, 11, 23)).build();
        });

        JsonNode exemption = onlyResource(stack, "azurerm_resource_group_policy_exemption");
        assertThat(exemption.path("exemption_category").asText()).isEqualTo("Mitigated");
        assertThat(exemption.path("expires_on").asText()).isEqualTo("2027-06-30T23:59:59Z");
        assertThat(exemption.path("description").asText()).startsWith("Traefik's load balancer");
        assertThat(exemption.path("policy_definition_reference_ids").get(0).asText()).isEqualTo("lz-net-001");
        assertThat(exemption.path("resource_group_id").asText()).isEqualTo("/subscriptions/x/resourceGroups/rg-ingress");
    }

    @Test
    void exemptionAtAManagementGroupExemptsItFromTheAssignment() {
        JsonNode stack = Synth.stack(s -> {
            InitiativeAssignment assignment = assign(s, LandingZoneInitiatives.network(), a -> { });
            ManagementGroup sandbox = new ManagementGroup(s, "sandbox", "nwd-sandbox", "Sandbox", null);
            PolicyExemption.Builder.create(s, "sandbox-load-test").assignment(assignment).managementGroup(sandbox)
                .category(ExemptionCategory.WAIVER).reason("Load test of the ingress path, approved by the platform lead")
                .expiresOn(LocalDate.of(2026, 12, 31)).today(LocalDate.of(2026, 11, 23)).build();
        });

        JsonNode exemption = onlyResource(stack, "azurerm_management_group_policy_exemption");
        assertThat(exemption.path("name").asText()).isEqualTo("lz-exempt-sandbox-load-test");
        assertThat(exemption.path("management_group_id").asText()).matches("\\$\\{azurerm_management_group\\.sandbox_[^.]+\\.id}");
        assertThat(exemption.path("policy_assignment_id").asText()).matches("\\$\\{azurerm_management_group_policy_assignment\\.[^.]+\\.id}");
        assertThat(exemption.path("exemption_category").asText()).isEqualTo("Waiver");
        assertThat(exemption.has("policy_definition_reference_ids")).as("all controls").isFalse();
        assertThat(Synth.resources(stack, "azurerm_resource_group_policy_exemption")).isEmpty();
    }

    @Test
    void failsOnExemptionNameAzureRejects() {
        assertThatThrownBy(() -> Synth.stack(s -> {
            InitiativeAssignment assignment = assign(s, LandingZoneInitiatives.network(), a -> { });
            PolicyExemption.Builder.create(s, "x".repeat(55)).assignment(assignment).resourceGroupId("/subscriptions/x/resourceGroups/rg")
                .category(ExemptionCategory.WAIVER).reason("Load test of the ingress path, approved by the platform lead")
                .expiresOn(LocalDate.of(2026, 12, 31)).today(LocalDate.of(2026, 11, 23)).build();
        })).hasMessageContaining("test/" + "x".repeat(55) + ": id '" + "x".repeat(55) + "' is not allowed; the exemption is named "
            + "'lz-exempt-<construct id>', which Azure allows up to 64 characters");
    }

    @Test
    void failsOnExemptionWithoutReason() {
        assertThatThrownBy(() -> exempt(b -> b.reason("because")))
            .hasMessageContaining("test/ex: reason 'because' is not allowed; a written reason of at least 20 characters");
    }

    @Test
    void failsOnExpiredExemption() {
        assertThatThrownBy(() -> exempt(b -> b.expiresOn(LocalDate.of(2026, 11, 23))))
            .hasMessageContaining("test/ex: expiresOn '2026-11-23' is not allowed; a date after 2026-11-23; the exemption has expired");
    }

    @Test
    void failsOnExemptionFromUnknownControl() {
        assertThatThrownBy(() -> exempt(b -> b.controlIds(List.of("LZ-NET-999"))))
            .hasMessageContaining("controlIds 'LZ-NET-999' is not allowed; controls of lz-network: [LZ-NET-001");
    }

    private static void exempt(Consumer<PolicyExemption.Builder> customize) {
        Synth.stack(s -> {
            InitiativeAssignment assignment = assign(s, LandingZoneInitiatives.network(), a -> { });
            PolicyExemption.Builder exemption = PolicyExemption.Builder.create(s, "ex").assignment(assignment)
                .managementGroup(new ManagementGroup(s, "sandbox", "nwd-sandbox", "Sandbox", null))
                .category(ExemptionCategory.WAIVER).reason("Load test of the ingress path, approved by the platform lead")
                .expiresOn(LocalDate.of(2026, 12, 31)).today(LocalDate.of(2026, 11, 23));
            customize.accept(exemption);
            exemption.build();
        });
    }
}
