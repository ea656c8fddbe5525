package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.check.CheckReport;
import com.sysgenpro.landingzone.check.Checker;
import com.sysgenpro.landingzone.check.Finding;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * {@code access.eligibilityEnd} and {@code access.partners}: every problem found by the loader and validator with its
 * path, then what the platform stack makes of a partner, and what {@code ./lz check} says around its last day.
 */
class AccessPartnersTest {

    private static final String ACCESS_LINE =
        "access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}\n";
    private static final String APPROVERS = "33333333-3333-4333-8333-333333333333";
    private static final String PARTNER_GROUP = "88888888-8888-4888-8888-888888888888";

    @TempDir
    Path tmp;

    /** The fixture estate with {@code access} replaced by {@code access}, a YAML block. */
    private static String estate(String access) {
        assertThat(EstateFixtures.VALID_YAML).contains(ACCESS_LINE);
        return EstateFixtures.VALID_YAML.replace(ACCESS_LINE, access);
    }

    private static List<String> problems(String yaml) {
        return problems(yaml, PinnedDay.TODAY);
    }

    /** The problems of {@code yaml} loaded on {@code today}. */
    private static List<String> problems(String yaml, LocalDate today) {
        EstateValidationException e = catchThrowableOfType(() -> EstateLoader.parse(yaml, "estate.yaml", today),
            EstateValidationException.class);
        assertThat(e).as("the estate is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void failsOnAnEligibilityEndBeforeTodaySayingWhichEndRenewsIt() {
        assertThat(problems(EstateFixtures.VALID_YAML, LocalDate.of(2027, 5, 30))).containsExactly("access.eligibilityEnd:"
            + " 2027-05-29 has passed (today is 2027-05-30, UTC), so the eligible (PIM) roles of platformAdmins have ended: Azure"
            + " removes an eligible assignment once it ends and refuses to create one whose end has passed, so every plan would create"
            + " them again and every apply fail; renew them: move eligibilityEnd to today or later, 2027-05-30 through 2027-11-30 (at"
            + " most 365 days of eligibility from eligibilityStart 2026-12-01)");
        // The last day itself is still a day of eligibility.
        assertThat(EstateLoader.parse(EstateFixtures.VALID_YAML, "estate.yaml", LocalDate.of(2027, 5, 29)).access().eligibilityEnd())
            .isEqualTo(LocalDate.of(2027, 5, 29));
    }

    @Test
    void failsOnAnEligibilityEndedAYearAfterItsStartSayingToMoveTheStartToo() {
        assertThat(problems(EstateFixtures.VALID_YAML, LocalDate.of(2027, 12, 3))).singleElement().asString()
            .startsWith("access.eligibilityEnd: 2027-05-29 has passed (today is 2027-12-03, UTC)")
            .endsWith("renew them: move eligibilityStart to today (2027-12-03) or later and eligibilityEnd after it, e.g."
                + " eligibilityStart: 2027-12-03 with eligibilityEnd: 2028-05-30 for 180 days (at most 365)");
    }

    @Test
    void failsOnAPartnerWhoseEndHasPassedSayingToRenewOrRemoveIt() {
        String partner = ACCESS_LINE.replace("}\n", ", partners: [{name: odoo-partner, group: " + PARTNER_GROUP
            + ", roles: [reader], start: 2026-10-01, end: 2026-12-01}]}\n");

        assertThat(problems(estate(partner))).containsExactly("access.partners[0].end: 2026-12-01 has passed (today is 2026-12-02,"
            + " UTC), so the partner's eligible assignments have ended: Azure removes an eligible assignment once it ends and refuses"
            + " to create one whose end has passed, so every plan would create them again and every apply fail; if the partner still"
            + " needs access, move end to today or later, 2026-12-02 through 2027-09-30 (at most 365 days of eligibility from start"
            + " 2026-10-01); if its engagement is over, remove it from access.partners");
    }

    @Test
    void failsOnAPartnerEndedAYearAfterTheEstatesStartSayingToGiveItAStartOfItsOwn() {
        String partner = ACCESS_LINE.replace("2027-05-29", "2027-11-30").replace("}\n", ", partners: [{name: odoo-partner, group: "
            + PARTNER_GROUP + ", roles: [reader], end: 2027-06-30}]}\n");

        assertThat(problems(estate(partner), LocalDate.of(2027, 12, 1))).contains("access.partners[0].end: 2027-06-30 has passed"
            + " (today is 2027-12-01, UTC), so the partner's eligible assignments have ended: Azure removes an eligible assignment once"
            + " it ends and refuses to create one whose end has passed, so every plan would create them again and every apply fail;"
            + " if the partner still needs access, move start to today (2027-12-01) or later and end after it, e.g. start: 2027-12-01"
            + " with end: 2028-05-28 for 180 days (at most 365); if its engagement is over, remove it from access.partners");
    }

    @Test
    void theLoaderJudgesAgainstTodayInUtcUnlessGivenADay() {
        LocalDate today = EstateValidator.today();
        String ended = ACCESS_LINE.replace("2026-12-01", today.minusDays(10).toString())
            .replace("2027-05-29", today.minusDays(1).toString());

        EstateValidationException e = catchThrowableOfType(() -> EstateLoader.parse(estate(ended), "estate.yaml"),
            EstateValidationException.class);

        assertThat(today).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
            .startsWith("access.eligibilityEnd: " + today.minusDays(1) + " has passed (today is ");
    }

    /** The fixture estate with ERP administrators and a partner eligible for {@code roles} in {@code environments}. */
    private static String erpAdminsApprove(String roles, String environments) {
        return estate("""
            access:
              platformAdmins: 11111111-1111-4111-8111-111111111111
              securityOperations: 22222222-2222-4222-8222-222222222222
              erpAdmins: 33333333-3333-4333-8333-333333333333
              eligibilityStart: 2026-12-01
              eligibilityEnd: 2027-05-29
              partners:
                - {name: odoo-partner, group: 88888888-8888-4888-8888-888888888888, roles: ROLES,
                   environments: ENVIRONMENTS, approvers: 33333333-3333-4333-8333-333333333333, end: 2027-06-30}
            """.replace("ROLES", roles).replace("ENVIRONMENTS", environments));
    }

    @Test
    void failsOnApproversWhoAreThemselvesEligibleForThePartnersRoleWhereItIs() {
        assertThat(problems(erpAdminsApprove("[reader, contributor]", "[non-production, production]"))).containsExactly(
            "access.partners[0].approvers: '33333333-3333-4333-8333-333333333333' is access.erpAdmins, the ERP administrators, who"
                + " are themselves eligible for contributor at retail's production group: PIM keeps one activation policy per role and"
                + " group, binding everyone eligible there, so they would approve one another's activations rather than be a second"
                + " pair of eyes; name a group that is not eligible for contributor there (e.g. access.platformAdmins,"
                + " 11111111-1111-4111-8111-111111111111, or access.securityOperations, 22222222-2222-4222-8222-222222222222)");
    }

    @Test
    void erpAdministratorsMayApproveWhereTheyAreNotEligibleForThePartnersRoles() {
        // Standing Contributor outside production, standing Reader in it: nothing of theirs waits for these approvals.
        assertThat(EstateLoader.parse(erpAdminsApprove("[contributor]", "[non-production]"), "estate.yaml", PinnedDay.TODAY)
            .access().partners()).hasSize(1);
        assertThat(EstateLoader.parse(erpAdminsApprove("[reader, key-vault-secrets-user]", "[production]"), "estate.yaml",
            PinnedDay.TODAY).access().partners()).hasSize(1);
    }

    @Test
    void failsWithoutEligibilityEndSayingWhichValueKeepsTheOld180Days() {
        List<String> problems = problems(estate("access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01}\n"));

        assertThat(problems).containsExactly("access.eligibilityEnd: required when platformAdmins, securityOperations or erpAdmins is"
            + " given: the last day (inclusive, UTC) their eligible (PIM) roles can be activated, written YYYY-MM-DD, after"
            + " eligibilityStart and at most 365 days of eligibility; eligibilityEnd: 2027-05-29 keeps the 180 days eligibility lasted"
            + " before this field existed");
    }

    @Test
    void failsOnAnEligibilityEndNotAfterTheStartOrBeyondAYear() {
        assertThat(problems(estate(ACCESS_LINE.replace("2027-05-29", "2026-12-01")))).containsExactly(
            "access.eligibilityEnd: 2026-12-01 is not after eligibilityStart 2026-12-01; give the last day eligibility lasts"
                + " (inclusive), e.g. 2027-05-29 for 180 days");
        assertThat(problems(estate(ACCESS_LINE.replace("2027-05-29", "2027-12-01")))).containsExactly(
            "access.eligibilityEnd: 2027-12-01 gives 366 days of eligibility from eligibilityStart 2026-12-01; PIM allows at most 365:"
                + " choose 2027-11-30 or earlier, and renew it before it ends");
        assertThat(EstateLoader.parse(estate(ACCESS_LINE.replace("2027-05-29", "2027-11-30")), "year.yaml", PinnedDay.TODAY).access()
                .eligibilityEnd())
            .isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void failsOnEveryProblemOfEveryPartnerNamingItsPath() {
        List<String> problems = problems(estate("""
            access:
              platformAdmins: 11111111-1111-4111-8111-111111111111
              eligibilityStart: 2026-12-01
              eligibilityEnd: 2027-05-29
              partners:
                - name: Odoo Partner
                  group: odoo-guests
                  roles: [owner, reader, auditor, reader]
                  units: [retail, warehouse]
                  environments: [production, staging]
                  maxActivationHours: 30
                  end: 2026-11-01
                - name: hosting
                  group: 99999999-9999-4999-8999-999999999999
                  roles: [user-access-administrator]
                  environments: [sandbox]
                  approvers: 99999999-9999-4999-8999-999999999999
                  end: 2028-01-01
                - name: hosting
                  group: 77777777-7777-4777-8777-777777777777
                  roles: [contributor]
                  colour: blue
            """));

        assertThat(problems).containsExactlyInAnyOrder(
            "access.partners[0].roles[0]: 'owner' (Owner) is privileged: it grants roles, so the partner could make itself or anyone"
                + " Owner; allowed: reader, contributor, key-vault-secrets-user",
            "access.partners[0].roles[2]: 'auditor' is not a role a partner may be eligible for; allowed: reader, contributor,"
                + " key-vault-secrets-user",
            "access.partners[0].environments[1]: 'staging' is not allowed; allowed: production, non-production, sandbox",
            "access.partners[0].maxActivationHours: 30 is not allowed; 1 to 24",
            "access.partners[0].name: 'Odoo Partner' is not allowed; 2 to 32 lowercase letters, digits and hyphens, starting with a"
                + " letter, not ending with a hyphen (it names the partner's assignments in Terraform)",
            "access.partners[0].group: 'odoo-guests' is not allowed; the Entra ID object id (GUID) of the partner's Entra ID group",
            "access.partners[0].roles[3]: 'reader' is listed twice",
            "access.partners[0].units[1]: 'warehouse' is not a business unit of this estate; allowed: retail",
            "access.partners[0].approvers: required: environments lists production, and a partner's activations in production are"
                + " approved first; give the object id of the group whose members approve them (e.g. access.platformAdmins,"
                + " 11111111-1111-4111-8111-111111111111)",
            "access.partners[0].end: 2026-11-01 is not after access.eligibilityStart 2026-12-01; give the last day eligibility lasts"
                + " (inclusive), e.g. 2027-05-29 for 180 days",
            "access.partners[1].roles[0]: 'user-access-administrator' (User Access Administrator) is privileged: it grants roles, so"
                + " the partner could make itself or anyone Owner; allowed: reader, contributor, key-vault-secrets-user",
            "access.partners[1].approvers: '99999999-9999-4999-8999-999999999999' is the partner's own group, which would approve its"
                + " own activations; give a group of the organisation",
            "access.partners[1].end: 2028-01-01 gives 397 days of eligibility from access.eligibilityStart 2026-12-01; PIM allows at"
                + " most 365: choose 2027-11-30 or earlier, and renew it before it ends",
            "access.partners[2].colour: unknown field; allowed here: approvers, end, environments, group, maxActivationHours, name,"
                + " roles, start, units",
            "access.partners[2].end: required field is missing",
            "access.partners[2].name: 'hosting' is already the name of another partner; names must be unique");
    }

    @Test
    void failsOnPartnersSharingAnActivationPolicyWithOtherApprovers() {
        List<String> problems = problems(estate("""
            access:
              platformAdmins: 11111111-1111-4111-8111-111111111111
              eligibilityStart: 2026-12-01
              eligibilityEnd: 2027-05-29
              partners:
                - {name: odoo-partner, group: 88888888-8888-4888-8888-888888888888, roles: [reader, contributor],
                   environments: [production], approvers: 33333333-3333-4333-8333-333333333333, end: 2027-06-30}
                - {name: auditor, group: 99999999-9999-4999-8999-999999999999, roles: [reader],
                   environments: [production], approvers: 22222222-2222-4222-8222-222222222222, end: 2027-06-30}
            """));

        assertThat(problems).containsExactly("access.partners[1].approvers: '22222222-2222-4222-8222-222222222222' differs from"
            + " access.partners[0]'s (33333333-3333-4333-8333-333333333333), which is also eligible for reader at retail's production"
            + " group: PIM keeps one activation policy per role and management group, so partners sharing one name the same approvers"
            + " (or none)");
    }

    @Test
    void failsOnAPartnerWithoutAStartWhenTheEstateHasNone() {
        List<String> problems = problems(estate("""
            access:
              platformAdmins: 11111111-1111-4111-8111-111111111111
              partners:
                - {name: odoo-partner, group: 88888888-8888-4888-8888-888888888888, roles: [reader], end: 2027-06-30}
            """));

        assertThat(problems).contains("access.partners[0].start: required: access.eligibilityStart is not given, so the partner's first"
            + " day must be, written YYYY-MM-DD");
    }

    @Test
    void readsAPartnerWithItsSecureDefaults() {
        Estate estate = EstateLoader.parse(estate(ACCESS_LINE.replace("}\n", ", partners: [{name: odoo-partner, group: "
            + PARTNER_GROUP + ", roles: [reader], end: 2027-06-30}]}\n")), "defaults.yaml", PinnedDay.TODAY);

        Partner partner = estate.access().partners().get(0);
        assertThat(partner.units()).isNull();
        assertThat(partner.effectiveEnvironments()).containsExactlyElementsOf(Partner.DEFAULT_ENVIRONMENTS);
        assertThat(partner.effectiveMaxActivationHours()).isEqualTo(4);
        assertThat(partner.approvers()).isNull();
        assertThat(estate.access().startOf(partner)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    /** An estate with a partner in the retail unit's production and non-production groups and the sandbox. */
    private Path synthesizePlatform() {
        Estate estate = EstateLoader.parse(estate("""
            access:
              platformAdmins: 11111111-1111-4111-8111-111111111111
              eligibilityStart: 2026-12-01
              eligibilityEnd: 2027-05-29
              partners:
                - name: odoo-partner
                  group: 88888888-8888-4888-8888-888888888888
                  roles: [reader, contributor]
                  environments: [production, non-production, sandbox]
                  maxActivationHours: 24
                  approvers: 33333333-3333-4333-8333-333333333333
                  start: 2027-01-04
                  end: 2027-03-31
            """), "partner.yaml", PinnedDay.TODAY);
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(estate, "partner.yaml", out, stack -> { }, Set.of(PlatformStack.NAME));
        return out;
    }

    @Test
    void aPartnersEligibleAssignmentsEndOnItsEndDate() {
        JsonNode platform = Synth.read(synthesizePlatform().resolve("stacks/platform/cdk.tf.json"));

        Map<String, JsonNode> partner = new TreeMap<>();
        platform.path("resource").path("azurerm_pim_eligible_role_assignment").fields().forEachRemaining(entry -> {
            if (entry.getKey().startsWith("partners_")) {
                partner.put(entry.getKey().replaceAll("_[0-9A-F]{8}$", ""), entry.getValue());
            }
        });
        assertThat(partner.keySet()).containsExactly("partners_odoo-partner_contributor-bu-retail-nonprod",
            "partners_odoo-partner_contributor-bu-retail-prod", "partners_odoo-partner_contributor-sandbox",
            "partners_odoo-partner_reader-bu-retail-nonprod", "partners_odoo-partner_reader-bu-retail-prod",
            "partners_odoo-partner_reader-sandbox");
        assertThat(partner.values()).allSatisfy(eligible -> {
            assertThat(eligible.path("principal_id").asText()).isEqualTo(PARTNER_GROUP);
            LocalDate start = LocalDate.parse(eligible.path("schedule").path("start_date_time").asText().substring(0, 10));
            long days = eligible.path("schedule").path("expiration").path("duration_days").asLong();
            assertThat(start).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(start.plusDays(days - 1)).as("last day").isEqualTo(LocalDate.of(2027, 3, 31));
        });
        List<JsonNode> policies = Synth.resources(platform, "azurerm_role_management_policy");
        assertThat(policies).hasSize(6).allSatisfy(policy -> {
            assertThat(policy.path("activation_rules").path("maximum_duration").asText()).isEqualTo("P1D");
            assertThat(policy.path("activation_rules").path("approval_stage").path("primary_approver").get(0).path("object_id").asText())
                .isEqualTo(APPROVERS);
        });
        assertThat(policies).extracting(policy -> policy.path("role_definition_id").asText())
            .allMatch(id -> id.endsWith(BuiltInRole.READER.guid()) || id.endsWith(BuiltInRole.CONTRIBUTOR.guid()));
        JsonNode audit = Synth.onlyResource(platform, "azurerm_monitor_aad_diagnostic_setting");
        assertThat(audit.path("name").asText()).isEqualTo("lz-tst-entra-audit");
        assertThat(audit.path("log_analytics_workspace_id").asText()).startsWith("${azurerm_log_analytics_workspace.central-logs_");
        assertThat(audit.path("enabled_log").toString()).isEqualTo("[{\"category\":\"AuditLogs\"}]");
    }

    @Test
    void checkWarnsBeforeAPartnersEndAndFailsAfterIt() {
        SynthOutput output = SynthOutput.read(synthesizePlatform());

        assertThat(partnerFindings(Checker.check(output, LocalDate.of(2027, 2, 28)))).isEmpty();
        assertThat(partnerFindings(Checker.check(output, LocalDate.of(2027, 3, 1)))).hasSize(6)
            .allSatisfy(finding -> assertThat(finding).startsWith("LZ-PIM-001 WARNING "));
        assertThat(partnerFindings(Checker.check(output, LocalDate.of(2027, 3, 31)))).hasSize(6)
            .allSatisfy(finding -> assertThat(finding).startsWith("LZ-PIM-001 WARNING "));
        assertThat(partnerFindings(Checker.check(output, LocalDate.of(2027, 4, 1)))).hasSize(6)
            .allSatisfy(finding -> assertThat(finding).startsWith("LZ-PIM-002 ERROR ")
                .contains("if partner 'odoo-partner' still needs access, move its end (access.partners[].end) forward"));
    }

    private static List<String> partnerFindings(CheckReport report) {
        List<String> found = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.address().contains("partners_odoo-partner_")) {
                found.add(finding.rule() + " " + finding.severity() + " " + finding.message());
            }
        }
        return found;
    }
}
