package com.sysgenpro.landingzone.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PartnerAccessTest {

    private static final String PARTNER = "88888888-8888-4888-8888-888888888888";
    private static final String OTHER = "99999999-9999-4999-8999-999999999999";
    private static final String APPROVERS = "33333333-3333-4333-8333-333333333333";
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    /** Synthesizes partners made by {@code partners} from the groups prod and nonprod. */
    private static JsonNode synth(Function<Groups, List<PartnerGrant>> partners) {
        return Synth.stack(scope -> {
            ManagementGroup root = new ManagementGroup(scope, "root", "nwd", "Northwind", null);
            Groups groups = new Groups(new ManagementGroup(scope, "prod", "nwd-w-prod", "Prod", root),
                new ManagementGroup(scope, "nonprod", "nwd-w-nonprod", "Non-prod", root));
            PartnerAccess.Builder.create(scope, "partners").partners(partners.apply(groups)).build();
        });
    }

    private record Groups(ManagementGroup prod, ManagementGroup nonprod) {
    }

    private static PartnerGrant.Builder partner(Groups groups) {
        return PartnerGrant.builder().name("odoo-partner").group(PARTNER).roles(List.of(PartnerRole.READER, PartnerRole.CONTRIBUTOR))
            .productionGroups(List.of(groups.prod())).nonProductionGroups(List.of(groups.nonprod())).approvers(APPROVERS)
            .start(START).end(END);
    }

    /** "logical id without its hash: role@scope" of each resource of a type. */
    private static List<String> byId(JsonNode stack, String type) {
        List<String> result = new ArrayList<>();
        stack.path("resource").path(type).fields().forEachRemaining(entry -> {
            JsonNode resource = entry.getValue();
            String role = resource.path("role_definition_id").asText().endsWith(BuiltInRole.READER.guid()) ? "Reader"
                : resource.path("role_definition_id").asText().endsWith(BuiltInRole.CONTRIBUTOR.guid()) ? "Contributor" : "other";
            String scope = resource.path("scope").asText().replaceAll("\\$\\{azurerm_management_group\\.([a-z]+)_.*", "$1");
            result.add(entry.getKey().replaceAll("_[0-9A-F]{8}$", "") + ": " + role + "@" + scope);
        });
        return result;
    }

    /** The resource of {@code type} whose logical id starts with {@code id}. */
    private static JsonNode resource(JsonNode stack, String type, String id) {
        List<JsonNode> found = new ArrayList<>();
        stack.path("resource").path(type).fields().forEachRemaining(entry -> {
            if (entry.getKey().startsWith(id + "_")) {
                found.add(entry.getValue());
            }
        });
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    @Test
    void makesThePartnersGroupEligibleForEachRoleAtEachGroupThroughItsLastDay() {
        JsonNode stack = synth(groups -> List.of(partner(groups).build()));

        assertThat(byId(stack, "azurerm_pim_eligible_role_assignment")).containsExactlyInAnyOrder(
            "partners_odoo-partner_reader-prod: Reader@prod", "partners_odoo-partner_reader-nonprod: Reader@nonprod",
            "partners_odoo-partner_contributor-prod: Contributor@prod", "partners_odoo-partner_contributor-nonprod: Contributor@nonprod");
        assertThat(Synth.resources(stack, "azurerm_pim_eligible_role_assignment")).allSatisfy(eligible -> {
            assertThat(eligible.path("principal_id").asText()).isEqualTo(PARTNER);
            assertThat(eligible.path("role_definition_id").asText()).startsWith("/providers/Microsoft.Authorization/roleDefinitions/");
            // 2026-12-01 through 2027-06-30, both included: 212 days, expiring 2027-07-01T00:00:00Z.
            assertThat(eligible.path("schedule").path("start_date_time").asText()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(eligible.path("schedule").path("expiration").path("duration_days").asInt()).isEqualTo(212);
            assertThat(eligible.path("schedule").path("expiration").has("end_date_time")).isFalse();
            assertThat(eligible.path("justification").asText()).startsWith("Partner access: odoo-partner may activate ")
                .endsWith(" through 2027-06-30 (UTC)");
        });
        assertThat(START.plusDays(212 - 1)).isEqualTo(END);
    }

    @Test
    void activationNeedsJustificationMfaAndApprovalAndLastsAtMostTheHoursGiven() {
        JsonNode stack = synth(groups -> List.of(partner(groups).build()));

        assertThat(byId(stack, "azurerm_role_management_policy")).containsExactlyInAnyOrder(
            "partners_activation_reader-prod: Reader@prod", "partners_activation_reader-nonprod: Reader@nonprod",
            "partners_activation_contributor-prod: Contributor@prod", "partners_activation_contributor-nonprod: Contributor@nonprod");
        assertThat(Synth.resources(stack, "azurerm_role_management_policy")).allSatisfy(policy -> {
            JsonNode rules = policy.path("activation_rules");
            assertThat(rules.path("maximum_duration").asText()).isEqualTo("PT4H");
            assertThat(rules.path("require_justification").asBoolean()).isTrue();
            assertThat(rules.path("require_multifactor_authentication").asBoolean()).isTrue();
            assertThat(rules.path("require_approval").asBoolean()).isTrue();
            assertThat(rules.path("approval_stage").path("primary_approver").toString())
                .isEqualTo("[{\"object_id\":\"" + APPROVERS + "\",\"type\":\"Group\"}]");
            assertThat(policy.path("eligible_assignment_rules").toString())
                .isEqualTo("{\"expiration_required\":true,\"expire_after\":\"P365D\"}");
        });
    }

    @Test
    void partnersSharingARoleAndGroupShareOnePolicyAtTheShortestActivation() {
        JsonNode stack = synth(groups -> List.of(partner(groups).maxActivationHours(8).build(),
            PartnerGrant.builder().name("hosting-partner").group(OTHER).roles(List.of(PartnerRole.READER))
                .nonProductionGroups(List.of(groups.nonprod())).maxActivationHours(2).approvers(APPROVERS).start(START).end(END).build()));

        assertThat(Synth.resources(stack, "azurerm_pim_eligible_role_assignment")).hasSize(5);
        assertThat(Synth.resources(stack, "azurerm_role_management_policy")).hasSize(4);
        assertThat(resource(stack, "azurerm_role_management_policy", "partners_activation_reader-nonprod").path("activation_rules")
            .path("maximum_duration").asText()).isEqualTo("PT2H");
        for (String id : List.of("reader-prod", "contributor-prod", "contributor-nonprod")) {
            assertThat(resource(stack, "azurerm_role_management_policy", "partners_activation_" + id).path("activation_rules")
                .path("maximum_duration").asText()).as(id).isEqualTo("PT8H");
        }
        assertThat(resource(stack, "azurerm_pim_eligible_role_assignment", "partners_hosting-partner_reader-nonprod")
            .path("principal_id").asText()).isEqualTo(OTHER);
    }

    @Test
    void aDayIsWrittenAsPIMTakesIt() {
        assertThat(PartnerAccess.isoDuration(24)).isEqualTo("P1D");
        assertThat(PartnerAccess.isoDuration(1)).isEqualTo("PT1H");
    }

    @Test
    void withoutApproversOutsideProductionActivationIsNotApproved() {
        JsonNode stack = synth(groups -> List.of(partner(groups).productionGroups(List.of()).approvers(null).build()));

        assertThat(Synth.resources(stack, "azurerm_role_management_policy")).hasSize(2).allSatisfy(policy -> {
            assertThat(policy.path("activation_rules").path("require_approval").asBoolean()).isFalse();
            assertThat(policy.path("activation_rules").has("approval_stage")).isFalse();
        });
    }

    @Test
    void makesNothingWithoutPartners() {
        JsonNode stack = synth(groups -> List.of());

        assertThat(stack.path("resource").has("azurerm_pim_eligible_role_assignment")).isFalse();
        assertThat(stack.path("resource").has("azurerm_role_management_policy")).isFalse();
    }

    @Test
    void failsOnProductionWithoutApprovers() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).approvers(null).build())))
            .hasMessage("test/partners: partners[0].approvers is required: a partner's activations in production need approval;"
                + " give the group that approves them");
    }

    @Test
    void failsOnAPartnerApprovingItself() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).approvers(PARTNER).build())))
            .hasMessageContaining("partners[0].approvers '" + PARTNER + "' is not allowed; a group other than the partner's own");
    }

    @Test
    void failsOnPartnersSharingAPolicyWithOtherApprovers() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).build(),
            partner(groups).name("hosting-partner").group(OTHER).approvers(null).productionGroups(List.of()).build())))
            .hasMessageContaining("partners[1].approvers 'none' is not allowed; the approvers of partner odoo-partner (" + APPROVERS
                + "), who is also eligible for Reader at nonprod: PIM keeps one activation policy per role and management group");
    }

    @Test
    void failsOnAnEndNotAfterTheStartOrMoreThanAYearAfterIt() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).end(START).build())))
            .hasMessage("test/partners: partners[0].end 2026-12-01 is not after partners[0].start 2026-12-01; give the last day"
                + " eligibility lasts (inclusive), e.g. 2027-05-29 for 180 days");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).end(START.plusDays(365)).build())))
            .hasMessage("test/partners: partners[0].end 2027-12-01 gives 366 days of eligibility from partners[0].start 2026-12-01;"
                + " PIM allows at most 365: choose 2027-11-30 or earlier, and renew it before it ends");
        // The longest allowed: 365 days.
        assertThat(Synth.resources(synth(groups -> List.of(partner(groups).end(START.plusDays(364)).build())),
            "azurerm_pim_eligible_role_assignment")).allSatisfy(eligible ->
                assertThat(eligible.path("schedule").path("expiration").path("duration_days").asInt()).isEqualTo(365));
    }

    @Test
    void failsOnNamesThatCannotNameItsAssignments() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).name("Odoo Partner").build())))
            .hasMessageContaining("partners[0].name 'Odoo Partner' is not allowed; 2 to 32 lowercase letters");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).name("activation").build())))
            .hasMessageContaining("partners[0].name 'activation' is not allowed");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).build(), partner(groups).group(OTHER).build())))
            .hasMessageContaining("partners[1].name 'odoo-partner' is not allowed; another partner has this name");
    }

    @Test
    void failsOnMissingRolesGroupsOrHoursOutOfRange() {
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).roles(List.of()).build())))
            .hasMessageContaining("partners[0].roles is required: a partner is eligible for at least one of reader, contributor,"
                + " key-vault-secrets-user");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).productionGroups(List.of()).nonProductionGroups(List.of()).build())))
            .hasMessageContaining("partners[0].productionGroups/nonProductionGroups is required");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).maxActivationHours(25).build())))
            .hasMessageContaining("partners[0].maxActivationHours 25 is not allowed; allowed: 1 to 24");
        assertThatThrownBy(() -> synth(groups -> List.of(partner(groups).group("odoo-guests").build())))
            .hasMessageContaining("partners[0].group 'odoo-guests' is not allowed");
    }

    @Test
    void noPrivilegedRoleIsAPartnerRole() {
        assertThat(PartnerRole.values()).extracting(PartnerRole::role).doesNotContainAnyElementsOf(SeparationOfDuties.PRIVILEGED_ROLES);
        assertThat(PartnerRole.privileged("owner")).contains(BuiltInRole.OWNER);
        assertThat(PartnerRole.privileged("reader")).isEmpty();
        assertThat(PartnerRole.find("owner")).isEmpty();
    }
}
