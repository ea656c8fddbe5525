package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.PinnedDay;
import java.util.List;

/** The smallest estate that hosts anything: tenant, administrators and a shared network per blueprint. */
final class EstateFixtures {

    static final String TENANT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String PLATFORM_ADMINS = "11111111-1111-4111-8111-111111111111";

    /** A small valid estate file: one unit with a production and a UAT on the qa blueprint. */
    static final String VALID_YAML = """
        organisation: Test Org
        prefix: tst
        tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        platform: {owner: platform@example.com, costCenter: CC-0}
        regions:
          primary: westeurope
        network:
          shared: {production: 10.64.0.0/20, qa: 10.64.16.0/20}
        access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}
        databaseAdmins: {objectId: 66666666-6666-4666-8666-666666666666, name: tst-database-admins}
        businessUnits:
          - name: retail
            owner: retail@example.com
            costCenter: CC-1
            environments:
              - name: production
              - name: uat
                blueprint: qa
        """;

    private EstateFixtures() {
    }

    /** The problems the loader finds in {@code yaml}; fails the test when it loads. */
    static List<String> problems(String yaml) {
        try {
            EstateLoader.parse(yaml, "test", PinnedDay.TODAY);
        } catch (EstateValidationException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the estate loaded without problems");
    }

    static Estate.Builder minimal() {
        Estate.Builder estate = Estate.builder()
            .organisation("Test Org").prefix("tst").primaryRegion(AzureRegion.of("northeurope"))
            .platformOwner("platform@example.com").platformCostCenter("CC-0")
            .tenantId(TENANT)
            .databaseAdmins(new DirectoryGroup("66666666-6666-4666-8666-666666666666", "tst-database-admins"))
            .access(new AccessGroups(PLATFORM_ADMINS, null, null, null, null, java.time.LocalDate.of(2026, 12, 1),
                java.time.LocalDate.of(2027, 5, 29)));
        int third = 64;
        for (Blueprint blueprint : Blueprint.all()) {
            estate.sharedNetwork(blueprint.name(), Cidr.parse("10." + third++ + ".0.0/20"));
        }
        return estate;
    }
}
