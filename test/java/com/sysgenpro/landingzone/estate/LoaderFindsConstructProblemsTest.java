package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.core.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * Estate values that a construct would refuse halfway through synthesis, each tripped from an estate file that
 * otherwise loads: the loader reports every one first, with the file and the estate path to change (never a construct
 * path such as {@code retail-production/network}), so that no construct error reaches a user from a valid-looking
 * estate.
 */
class LoaderFindsConstructProblemsTest {

    private static final String ESTATE = """
        organisation: Loader Test
        prefix: ldr
        tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        platform: {owner: platform@loader.example, costCenter: CC-0}
        regions: {primary: westeurope, secondary: northeurope}
        network: {shared: {staging: 10.64.16.0/20, production: 10.64.0.0/20}}
        databaseAdmins: {objectId: 66666666-6666-4666-8666-666666666666, name: ldr-database-admins}
        access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}
        businessUnits:
          - name: retail
            owner: retail@loader.example
            costCenter: CC-1
            operatorsGroup: 77777771-7777-4777-8777-777777777771
            tenancy: dedicated
            recoveryTier: tier-1
            sites: [antwerp-dc]
            environments:
              - {name: production, addressSpace: 10.70.0.0/20, recoveryAddressSpace: 10.71.0.0/20}
              - {name: staging, tenancy: shared}
              - {name: qa, blueprint: staging, tenancy: shared}
        """;

    @TempDir
    Path tmp;

    static Stream<Arguments> mistakes() {
        return Stream.of(
            // Network: the construct lays out subnets in /16 to /24.
            Arguments.of("10.70.0.0/20, recoveryAddressSpace", "10.70.0.0/28, recoveryAddressSpace",
                "businessUnits[0].environments[0].addressSpace", "is not allowed; a /16 to /24 range"),
            Arguments.of("recoveryAddressSpace: 10.71.0.0/20", "recoveryAddressSpace: 10.71.0.0/26",
                "businessUnits[0].environments[0].recoveryAddressSpace", "is not allowed; a /16 to /24 range"),
            Arguments.of("staging: 10.64.16.0/20", "staging: 10.64.16.0/27", "network.shared.staging", "is not allowed; a /16 to /24 range"),
            // Action groups and budgets mail owners.
            Arguments.of("owner: retail@loader.example", "owner: Retail team", "businessUnits[0].owner", "is not allowed; a mailbox"),
            Arguments.of("owner: platform@loader.example", "owner: 33333333-3333-4333-8333-333333333333", "platform.owner",
                "is not allowed; a mailbox"),
            // Globally unique names within Azure's limits.
            Arguments.of("name: qa, blueprint: staging, tenancy: shared", "name: qualityassur, blueprint: staging, tenancy: dedicated,"
                + " addressSpace: 10.72.0.0/20", "businessUnits[0].environments[2]", "would be named"),
            // Names that would collide on shared hosting.
            Arguments.of("name: qa, blueprint: staging", "name: staging, blueprint: qa", "businessUnits[0].environments[2].name",
                "is already the name of another environment"),
            // Node pools on one cluster, and the temporary pools they rotate through, need names of their own.
            Arguments.of("- {name: staging, tenancy: shared}\n      - {name: qa, blueprint: staging, tenancy: shared}",
                "- {name: staging, tenancy: semi-dedicated}\n      - {name: tmp, blueprint: staging, tenancy: semi-dedicated}",
                "businessUnits[0].environments[2].name", "gives node pool 'tretailtmp' on the cluster of shared-staging, the name of"
                    + " the temporary pool for rotations of the pool of retail-staging"),
            // Values that become labels, GUIDs and tag values.
            Arguments.of("operatorsGroup: 77777771-7777-4777-8777-777777777771", "operatorsGroup: retail-operators",
                "businessUnits[0].operatorsGroup", "an Entra ID object id"),
            Arguments.of("costCenter: CC-1", "costCenter: CC 1 / retail", "businessUnits[0].costCenter", "labels the unit's namespaces"),
            Arguments.of("sites: [antwerp-dc]", "sites: [antwerp dc]", "businessUnits[0].sites[0]", "is not allowed; a site name"),
            // PIM makes eligibility last at most a year, and a partner's production access is approved.
            Arguments.of("eligibilityEnd: 2027-05-29}", "eligibilityEnd: 2027-12-01}", "access.eligibilityEnd", "PIM allows at most 365"),
            Arguments.of("eligibilityEnd: 2027-05-29}", "eligibilityEnd: 2027-05-29, partners: [{name: odoo-partner,"
                + " group: 88888888-8888-4888-8888-888888888888, roles: [contributor], environments: [production], end: 2027-06-30}]}",
                "access.partners[0].approvers", "a partner's activations in production are approved first"),
            // Azure refuses an eligible assignment whose end has passed (the tests load on PinnedDay.TODAY, 2026-12-02).
            Arguments.of("eligibilityEnd: 2027-05-29}", "eligibilityEnd: 2027-05-29, partners: [{name: odoo-partner,"
                + " group: 88888888-8888-4888-8888-888888888888, roles: [reader], start: 2026-11-01, end: 2026-12-01}]}",
                "access.partners[0].end", "2026-12-01 has passed (today is 2026-12-02, UTC)"),
            // Approvers eligible for the partner's role there would approve one another.
            Arguments.of("eligibilityEnd: 2027-05-29}", "eligibilityEnd: 2027-05-29, erpAdmins: 33333333-3333-4333-8333-333333333333,"
                + " partners: [{name: odoo-partner, group: 88888888-8888-4888-8888-888888888888, roles: [contributor],"
                + " environments: [production], approvers: 33333333-3333-4333-8333-333333333333, end: 2027-06-30}]}",
                "access.partners[0].approvers", "is access.erpAdmins, the ERP administrators, who are themselves eligible"),
            // Replicas need a region of their own.
            Arguments.of("recoveryTier: tier-1", "recoveryTier: tier-1\n    recoveryRegion: westeurope", "businessUnits[0].recoveryRegion",
                "is the region the unit runs in"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mistakes")
    void theLoaderReportsItWithTheFileAndTheEstatePath(String from, String to, String path, String message) throws Exception {
        assertThat(ESTATE).contains(from);
        Path file = Files.writeString(tmp.resolve("estate.yaml"), ESTATE.replace(from, to));

        assertThatThrownBy(() -> EstateLoader.load(file, PinnedDay.TODAY)).isInstanceOfSatisfying(EstateValidationException.class, e -> {
            assertThat(e.getMessage()).startsWith(file.toString());
            assertThat(e.problems()).extracting(Problem::path).contains(path);
            assertThat(e.problems()).filteredOn(problem -> problem.path().equals(path)).singleElement()
                .extracting(Problem::message).asString().contains(message);
            assertThat(e.problems()).extracting(Problem::path).noneMatch(reported -> reported.contains("/"));
        });
    }

    @Test
    void theEstateWithoutTheMistakesLoads() throws Exception {
        assertThat(EstateLoader.load(Files.writeString(tmp.resolve("estate.yaml"), ESTATE), PinnedDay.TODAY).businessUnits()).hasSize(1);
    }
}
