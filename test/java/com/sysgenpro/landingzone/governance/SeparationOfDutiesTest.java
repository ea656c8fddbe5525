package com.sysgenpro.landingzone.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SeparationOfDutiesTest {

    private static final String PLATFORM = "11111111-1111-4111-8111-111111111111";
    private static final String ERP = "33333333-3333-4333-8333-333333333333";
    private static final String FINANCE = "44444444-4444-4444-8444-444444444444";
    private static final String DEPLOY = "55555555-5555-4555-8555-555555555555";

    private static JsonNode synth(Consumer<SeparationOfDuties.Builder> customize) {
        return Synth.stack(scope -> {
            ManagementGroup root = new ManagementGroup(scope, "root", "nwd", "Northwind", null);
            ManagementGroup prod = new ManagementGroup(scope, "prod", "nwd-w-prod", "Prod", root);
            ManagementGroup nonprod = new ManagementGroup(scope, "nonprod", "nwd-w-nonprod", "Non-prod", root);
            SeparationOfDuties.Builder access = SeparationOfDuties.Builder.create(scope, "access").root(root)
                .productionGroups(List.of(prod)).nonProductionGroups(List.of(nonprod)).eligibilityStart(LocalDate.of(2026, 12, 1));
            customize.accept(access);
            access.build();
        });
    }

    /** "principal role@scope-address" for each assignment of a type. */
    private static List<String> assignments(JsonNode stack, String type) {
        List<String> result = new ArrayList<>();
        for (JsonNode assignment : Synth.resources(stack, type)) {
            String role = BuiltInRoleNames.of(assignment.path("role_definition_id").asText());
            String scope = assignment.path("scope").asText().replaceAll("\\$\\{azurerm_management_group\\.([a-z]+)_.*", "$1");
            result.add(assignment.path("principal_id").asText().substring(0, 4) + " " + role + "@" + scope);
        }
        return result;
    }

    @Test
    void standingAccessToProductionIsReadOnlyAndChangeIsEligibleOnly() {
        JsonNode stack = synth(access -> access.platformAdmins(PLATFORM).erpAdmins(ERP).financeReaders(FINANCE).deploymentPrincipal(DEPLOY));

        assertThat(assignments(stack, "azurerm_role_assignment")).containsExactlyInAnyOrder(
            "1111 READER@root", "3333 READER@prod", "3333 CONTRIBUTOR@nonprod", "4444 COST_MANAGEMENT_READER@root",
            "5555 CONTRIBUTOR@root", "5555 RESOURCE_POLICY_CONTRIBUTOR@root", "5555 ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR@root");
        assertThat(assignments(stack, "azurerm_pim_eligible_role_assignment")).containsExactlyInAnyOrder(
            "1111 OWNER@root", "3333 CONTRIBUTOR@prod");
        JsonNode eligible = Synth.resources(stack, "azurerm_pim_eligible_role_assignment").get(0);
        assertThat(eligible.path("schedule").path("start_date_time").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(eligible.path("schedule").path("expiration").path("duration_days").asInt()).isEqualTo(180);
        assertThat(Synth.resources(stack, "azurerm_role_assignment"))
            .allSatisfy(a -> assertThat(a.path("principal_type").asText()).isIn("Group", "ServicePrincipal"));
    }

    @Test
    void deploymentIdentityMayNotAssignOrRemoveRolesThatGrantRoles() {
        JsonNode stack = synth(access -> access.deploymentPrincipal(DEPLOY));

        JsonNode rbacAdmin = Synth.resources(stack, "azurerm_role_assignment").stream()
            .filter(a -> a.path("role_definition_id").asText().endsWith(BuiltInRole.ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR.guid()))
            .findFirst().orElseThrow();
        String privileged = "{8e3af657-a8ff-443c-a75c-2fe8c4bcb635, 18d7d88d-d35e-4fb5-a5c3-7773c20a72d9, f58310d9-a9f6-439a-9e8d-f62e7b41a168}";
        assertThat(rbacAdmin.path("condition_version").asText()).isEqualTo("2.0");
        assertThat(rbacAdmin.path("condition").asText()).isEqualTo(
            "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR "
                + "(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAllValues:GuidNotEquals " + privileged + "))"
                + " AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR "
                + "(@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAllValues:GuidNotEquals " + privileged + "))");
        // The other roles grant no role assignment, so they need no condition.
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).filteredOn(a -> a != rbacAdmin)
            .hasSize(2).allSatisfy(a -> assertThat(a.has("condition")).isFalse());
    }

    @Test
    void refersToRoleDefinitionsByTheUnscopedIdAzureReportsAtManagementGroups() {
        JsonNode stack = synth(access -> access.platformAdmins(PLATFORM).deploymentPrincipal(DEPLOY));

        List<JsonNode> all = new ArrayList<>(Synth.resources(stack, "azurerm_role_assignment"));
        all.addAll(Synth.resources(stack, "azurerm_pim_eligible_role_assignment"));
        assertThat(all).hasSize(5).allSatisfy(a -> assertThat(a.path("role_definition_id").asText())
            .matches("/providers/Microsoft\\.Authorization/roleDefinitions/[0-9a-f-]{36}"));
    }

    @Test
    void makesNoAssignmentForAbsentGroups() {
        JsonNode stack = synth(access -> { });

        assertThat(Synth.resources(stack, "azurerm_role_assignment")).isEmpty();
        assertThat(Synth.resources(stack, "azurerm_pim_eligible_role_assignment")).isEmpty();
    }

    @Test
    void failsOnEligibleRolesWithoutStartDate() {
        assertThatThrownBy(() -> synth(access -> access.platformAdmins(PLATFORM).eligibilityStart(null)))
            .hasMessageContaining("test/access: eligibilityStart is required: eligible (PIM) assignments need the first day");
    }

    @Test
    void failsOnObjectIdThatIsNoGuid() {
        assertThatThrownBy(() -> synth(access -> access.financeReaders("finance-team")))
            .hasMessageContaining("test/access: financeReaders 'finance-team' is not allowed; an Entra ID object id of a group or service principal is a GUID");
    }

    @Test
    @SuppressWarnings("deprecation")
    void failsOnEligibilityLongerThanAYear() {
        assertThatThrownBy(() -> synth(access -> access.eligibilityDays(400)))
            .hasMessageContaining("eligibilityDays 400 is not allowed; allowed: 1 to 365");
        assertThatThrownBy(() -> synth(access -> access.platformAdmins(PLATFORM).eligibilityEnd(LocalDate.of(2027, 12, 1))))
            .hasMessage("test/access: eligibilityEnd 2027-12-01 gives 366 days of eligibility from eligibilityStart 2026-12-01;"
                + " PIM allows at most 365: choose 2027-11-30 or earlier, and renew it before it ends");
    }

    @Test
    void eligibilityLastsThroughTheEndDayItself() {
        JsonNode stack = synth(access -> access.platformAdmins(PLATFORM).erpAdmins(ERP).eligibilityEnd(LocalDate.of(2027, 5, 29)));

        // 2026-12-01 through 2027-05-29, both included: the 180 days eligibility lasted before eligibilityEnd existed.
        assertThat(Synth.resources(stack, "azurerm_pim_eligible_role_assignment")).hasSize(2).allSatisfy(eligible -> {
            assertThat(eligible.path("schedule").path("start_date_time").asText()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(eligible.path("schedule").path("expiration").toString()).isEqualTo("{\"duration_days\":180}");
        });
        JsonNode shorter = synth(access -> access.platformAdmins(PLATFORM).eligibilityEnd(LocalDate.of(2026, 12, 31)));
        assertThat(Synth.onlyResource(shorter, "azurerm_pim_eligible_role_assignment").path("schedule").path("expiration")
            .path("duration_days").asInt()).isEqualTo(31);
    }

    @Test
    void failsOnAnEndNotAfterTheStart() {
        assertThatThrownBy(() -> synth(access -> access.platformAdmins(PLATFORM).eligibilityEnd(LocalDate.of(2026, 11, 30))))
            .hasMessage("test/access: eligibilityEnd 2026-11-30 is not after eligibilityStart 2026-12-01; give the last day"
                + " eligibility lasts (inclusive), e.g. 2027-05-29 for 180 days");
    }

    @Test
    @SuppressWarnings("deprecation")
    void failsWhenBothTheEndAndTheDeprecatedLengthAreGiven() {
        assertThatThrownBy(() -> synth(access -> access.platformAdmins(PLATFORM).eligibilityEnd(LocalDate.of(2027, 5, 29))
            .eligibilityDays(180)))
            .hasMessage("test/access: eligibilityDays 180 is not allowed; leave it out when eligibilityEnd is given: eligibilityEnd"
                + " (the last day, inclusive) decides how long eligibility lasts");
        JsonNode days = synth(access -> access.platformAdmins(PLATFORM).eligibilityDays(90));
        assertThat(Synth.onlyResource(days, "azurerm_pim_eligible_role_assignment").path("schedule").path("expiration")
            .path("duration_days").asInt()).isEqualTo(90);
    }

    /** Maps role definition ids back to {@link BuiltInRole} names. */
    private static final class BuiltInRoleNames {
        static String of(String roleDefinitionId) {
            for (BuiltInRole role : BuiltInRole.values()) {
                if (roleDefinitionId.endsWith("/roleDefinitions/" + role.guid())) {
                    return role.name();
                }
            }
            return "unknown:" + roleDefinitionId;
        }
    }
}
