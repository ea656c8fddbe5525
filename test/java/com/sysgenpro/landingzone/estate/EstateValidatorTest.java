package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.Level;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.sysgenpro.landingzone.testing.PinnedDay;

/** Invalid estates: every problem reported, with its path and the fix, before anything is built. */
class EstateValidatorTest {

    private static BusinessUnit.Builder unit(String name) {
        return BusinessUnit.builder().name(name).owner(name + "@example.com").costCenter("CC-1");
    }

    private static List<String> problems(Estate estate) {
        return EstateValidator.validate(estate, PinnedDay.TODAY).stream().map(Problem::toString).toList();
    }

    @Test
    void minimalEstateIsValid() {
        assertThat(problems(EstateFixtures.minimal().businessUnit(unit("retail")
            .environment(Environment.builder().name("production").build()).build()).build())).isEmpty();
    }

    @Test
    void failsOnAUnitRegionTheEstateDoesNotAllow() {
        List<String> problems = problems(EstateFixtures.minimal().businessUnit(unit("retail").region(AzureRegion.of("eastus"))
            .environment(Environment.builder().name("production").build()).build()).build());

        assertThat(problems).containsExactly("businessUnits[0].region: 'eastus' is not an allowed region of the estate; allowed: [northeurope, westeurope]");
    }

    @Test
    void failsOnAZoneRedundantBlueprintInARegionWithoutAvailabilityZones() {
        List<String> problems = problems(EstateFixtures.minimal()
            .allowedRegions(List.of(AzureRegion.of("northeurope"), AzureRegion.of("ukwest"), AzureRegion.of("uksouth")))
            .businessUnit(unit("retail").region(AzureRegion.of("ukwest")).recoveryRegion(AzureRegion.of("uksouth"))
                .tenancy(TenancyModel.DEDICATED)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20"))
                    .recoveryAddressSpace(Cidr.parse("10.82.0.0/20")).build())
                .environment(Environment.builder().name("staging").addressSpace(Cidr.parse("10.81.0.0/20")).build()).build()).build());

        assertThat(problems).containsExactly("businessUnits[0].region: 'ukwest' has no availability zones, and blueprint 'production' of"
            + " retail-production is zone-redundant (node pools in zones 1-3, zone-redundant PostgreSQL standby and registry, ZRS"
            + " storage), which Azure refuses there; place the unit in a region with zones (its pair uksouth has them), or give the"
            + " environment a blueprint that is not zone-redundant");
    }

    @Test
    void failsOnDuplicateUnits() {
        List<String> problems = problems(EstateFixtures.minimal()
            .businessUnit(unit("retail").environment(Environment.builder().name("production").build()).build())
            .businessUnit(unit("retail").environment(Environment.builder().name("staging").build()).build()).build());

        assertThat(problems).contains("businessUnits[1].name: 'retail' is already the name of another business unit; names must be unique");
    }

    @Test
    void failsWhenTheBlueprintCannotMeetTheTier() {
        List<String> problems = problems(EstateFixtures.minimal().businessUnit(unit("retail")
            .environment(Environment.builder().name("staging").recoveryTier(RecoveryTier.TIER_2).build()).build()).build());

        assertThat(problems).singleElement().asString()
            .startsWith("businessUnits[0].environments[0].recoveryTier: blueprint 'staging' cannot meet tier-2 (targets RPO 4 h, RTO 1 d):"
                + " region outage: achieves RPO 1 d, RTO 1 d, tier-2 needs RPO 4 h, RTO 1 d (a rebuild-first environment achieves tier-3 at best)")
            .endsWith("use a blueprint whose recovery scales with the tier (production), or commit to tier-3, which non-production"
                + " meets rebuild-first");
    }

    @Test
    void failsOnRegulatedDataOnSharedHostingWithoutAReason() {
        BusinessUnit.Builder regulated = unit("clinic").dataClassification(DataClassification.REGULATED).tenancy(TenancyModel.SHARED)
            .environment(Environment.builder().name("production").build());

        assertThat(problems(EstateFixtures.minimal().businessUnit(regulated.build()).build())).singleElement().asString()
            .startsWith("businessUnits[0].tenancy: 'shared' breaks a placement rule: regulated data must not share a database server"
                + " with other units; choose semi-dedicated")
            .endsWith("or give tenancyOverrideReason saying why it is acceptable");
        assertThat(problems(EstateFixtures.minimal().businessUnit(regulated
            .tenancyOverrideReason("pseudonymised test data only, approved by the DPO").build()).build())).isEmpty();
    }

    @Test
    void failsOnStorageNameCollisions() {
        List<String> problems = problems(EstateFixtures.minimal()
            .businessUnit(unit("north-1").tenancy(TenancyModel.SEMI_DEDICATED).environment(Environment.builder().name("production").build()).build())
            .businessUnit(unit("north1").tenancy(TenancyModel.SEMI_DEDICATED).environment(Environment.builder().name("production").build()).build())
            .build());

        assertThat(problems).contains("businessUnits[1].environments[0]: its storage account would be named 'sttstnorth1prod', as that of"
            + " businessUnits[0].environments[0]; names must be unique across Azure, so give one unit another shortName");
    }

    private static Environment semiDedicated(String name, Blueprint blueprint) {
        return Environment.builder().name(name).blueprint(blueprint).tenancy(TenancyModel.SEMI_DEDICATED).build();
    }

    @Test
    void failsWhenTwoNodePoolsOnTheSharedClusterWouldRotateThroughOneTemporaryPool() {
        List<String> problems = problems(EstateFixtures.minimal().businessUnit(unit("wholesale").shortName("wholesal")
            .environment(semiDedicated("qa", Blueprint.STAGING)).environment(semiDedicated("uat", Blueprint.STAGING)).build()).build());

        assertThat(problems).containsExactly("businessUnits[0].environments[1].name: gives node pool 'twholesaluat' on the cluster of"
            + " shared-staging, whose temporary pool for rotations, 'twholesaltmp' (its first 9 characters and 'tmp'), is also that of"
            + " the pool of wholesale-qa; give the environment a name whose first letters differ, or the unit another shortName");
        assertThat(problems(EstateFixtures.minimal().businessUnit(unit("wholesale").shortName("whsale")
            .environment(semiDedicated("qa", Blueprint.STAGING)).environment(semiDedicated("uat", Blueprint.STAGING)).build()).build()))
            .as("twhsaleqa and twhsaleuat rotate through twhsaleqatmp and twhsaleuatmp").isEmpty();
    }

    @Test
    void failsWhenANodePoolIsNamedLikeAnotherPoolsTemporaryPoolOrTheOtherWayRound() {
        assertThat(problems(EstateFixtures.minimal().businessUnit(unit("finance")
            .environment(semiDedicated("production", Blueprint.PRODUCTION)).environment(semiDedicated("tmp", Blueprint.PRODUCTION))
            .build()).build())).containsExactly("businessUnits[0].environments[1].name: gives node pool 'tfinancetmp' on the cluster"
                + " of shared-production, the name of the temporary pool for rotations of the pool of finance-production; give the"
                + " environment a name whose first letters differ, or the unit another shortName");
        assertThat(problems(EstateFixtures.minimal().businessUnit(unit("finance")
            .environment(semiDedicated("tmp", Blueprint.PRODUCTION)).environment(semiDedicated("production", Blueprint.PRODUCTION))
            .build()).build())).containsExactly("businessUnits[0].environments[1].name: gives node pool 'tfinance' on the cluster"
                + " of shared-production, whose temporary pool for rotations, 'tfinancetmp' (its first 9 characters and 'tmp'), is the"
                + " name of the pool of finance-tmp; give the environment a name whose first letters differ, or the unit another shortName");
    }

    @Test
    void failsOnASubscriptionSharedAcrossManagementGroups() {
        String shared = "aaaaaaaa-0000-4000-8000-000000000001";
        List<String> problems = problems(EstateFixtures.minimal()
            .businessUnit(unit("retail")
                .environment(Environment.builder().name("production").subscriptionId(shared).build())
                .environment(Environment.builder().name("staging").subscriptionId(shared.toUpperCase()).build())
                .environment(Environment.builder().name("qa").subscriptionId("aaaaaaaa-0000-4000-8000-000000000002").build())
                .environment(Environment.builder().name("uat").blueprint(Blueprint.QA).subscriptionId("aaaaaaaa-0000-4000-8000-000000000002").build())
                .environment(Environment.builder().name("sandbox").subscriptionId("aaaaaaaa-0000-4000-8000-000000000003").build())
                .build())
            .businessUnit(unit("b2b")
                .environment(Environment.builder().name("training").subscriptionId("aaaaaaaa-0000-4000-8000-000000000003").build())
                .environment(Environment.builder().name("staging").subscriptionId("aaaaaaaa-0000-4000-8000-000000000002").build())
                .build())
            .build());

        assertThat(problems).containsExactly(
            "businessUnits[0].environments[1].subscriptionId: '" + shared.toUpperCase() + "' is also the subscription of retail-production,"
                + " which places it in management group 'tst-retail-prod'; retail-staging belongs in 'tst-retail-nonprod' and a subscription"
                + " sits in one management group only, so give retail-staging a subscription of its own",
            "businessUnits[1].environments[1].subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000002' is also the subscription of retail-qa,"
                + " which places it in management group 'tst-retail-nonprod'; b2b-staging belongs in 'tst-b2b-nonprod' and a subscription"
                + " sits in one management group only, so give b2b-staging a subscription of its own");
    }

    @Test
    void failsOnADedicatedUnitWithoutAnAddressSpaceAndOnOverlaps() {
        List<String> problems = problems(EstateFixtures.minimal()
            .businessUnit(unit("bulk").transactionVolume(Level.HIGH)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.64.8.0/21")).build())
                .environment(Environment.builder().name("staging").build()).build())
            .build());

        assertThat(problems).containsExactlyInAnyOrder(
            "businessUnits[0].environments[1].addressSpace: required for a dedicated environment: the address space of its own network, e.g. 10.65.0.0/20",
            "businessUnits[0].environments[0].addressSpace: 10.64.8.0/21 overlaps 10.64.0.0/20 of network.shared.production;"
                + " networks are peered or routed to each other, so give each its own range");
    }

    @Test
    void failsWhenATierOneReplicaHasNowhereToGo() {
        List<String> problems = problems(EstateFixtures.minimal()
            .businessUnit(unit("bulk").recoveryTier(RecoveryTier.TIER_1).tenancy(TenancyModel.DEDICATED)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20")).build()).build())
            .build());

        assertThat(problems).containsExactly(
            "businessUnits[0].recoveryRegion: required: bulk-production commits to tier-1, whose database has a replica in another"
                + " region; set recoveryRegion (an allowed region other than northeurope) or the estate's regions.secondary",
            "businessUnits[0].environments[0].recoveryAddressSpace: required: tier-1 puts a replica of the database and the private"
                + " endpoint of the registry's replica in the recovery region, in a network of this address space (the one the runbook"
                + " rebuilds the cluster in); give it a range of its own, e.g. a /20 next to addressSpace");
    }

    @Test
    void tierTwoWithHostingOfItsOwnNeedsARecoveryNetworkForItsRegistryReplica() {
        BusinessUnit.Builder dedicated = unit("bulk").recoveryTier(RecoveryTier.TIER_2).tenancy(TenancyModel.DEDICATED);
        Estate withoutRange = EstateFixtures.minimal().secondaryRegion(AzureRegion.of("westeurope"))
            .businessUnit(dedicated.environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20")).build())
                .build()).build();

        assertThat(problems(withoutRange)).containsExactly(
            "businessUnits[0].environments[0].recoveryAddressSpace: required: tier-2 puts the private endpoint of the container"
                + " registry's replica in westeurope, in a network of this address space (the one the runbook rebuilds the cluster"
                + " in); give it a range of its own, e.g. a /20 next to addressSpace");

        // The range is held to the same rules as every other: here it overlaps a shared network.
        Estate overlapping = EstateFixtures.minimal().secondaryRegion(AzureRegion.of("westeurope"))
            .businessUnit(unit("bulk").recoveryTier(RecoveryTier.TIER_2).tenancy(TenancyModel.DEDICATED)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20"))
                    .recoveryAddressSpace(Cidr.parse("10.64.0.0/20")).build()).build()).build();
        assertThat(problems(overlapping)).anyMatch(problem -> problem.startsWith(
            "businessUnits[0].environments[0].recoveryAddressSpace: 10.64.0.0/20 overlaps 10.64.0.0/20 of network.shared.production"));
    }

    @Test
    void tierTwoWithoutARecoveryRegionHasNoRecoveryNetworkAndSharedTenantsNeedNone() {
        // No secondary region: nothing to replicate to, so no network is wanted there.
        Estate singleRegion = EstateFixtures.minimal()
            .businessUnit(unit("bulk").recoveryTier(RecoveryTier.TIER_2).tenancy(TenancyModel.DEDICATED)
                .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.80.0.0/20"))
                    .recoveryAddressSpace(Cidr.parse("10.81.0.0/20")).build()).build()).build();
        assertThat(problems(singleRegion)).containsExactly("businessUnits[0].environments[0].recoveryAddressSpace: is not used:"
            + " bulk-production has no network in a recovery region (only tier-1 and tier-2 production with hosting of its own, and"
            + " tier-1 with a database server of its own, have one, in the unit's recoveryRegion or the estate's regions.secondary);"
            + " remove it");

        // A shared tier-2 tenant's images are replicated by its shared hosting's registry; it declares no network.
        Estate shared = EstateFixtures.minimal().secondaryRegion(AzureRegion.of("westeurope"))
            .businessUnit(unit("branch").recoveryTier(RecoveryTier.TIER_2).tenancy(TenancyModel.SHARED)
                .environment(Environment.builder().name("production").build()).build()).build();
        assertThat(problems(shared)).isEmpty();
        assertThat(EstatePlan.of(shared).sharedHosting().get("shared-production").registryReplicaRegions())
            .containsExactly(AzureRegion.of("westeurope"));
    }

    @Test
    void failsOnIngressSettingsAndOperatorGroupsThatCannotBeUsed() {
        List<String> problems = problems(EstateFixtures.minimal()
            .ingress(new IngressSettings("ERP.Example", "platform-team", "http://acme.example/directory", "Contoso CA"))
            .businessUnit(unit("retail").costCenter("Retail / 1200").operatorsGroup("retail-operators")
                .environment(Environment.builder().name("production").build()).build()).build());

        assertThat(problems).containsExactlyInAnyOrder(
            "businessUnits[0].costCenter: 'Retail / 1200' is not allowed; it labels the unit's namespaces: up to 63 letters, digits, '-',"
                + " '_' and '.', starting and ending alphanumeric, e.g. CC-1200",
            "businessUnits[0].operatorsGroup: 'retail-operators' is not allowed; an Entra ID object id (GUID)",
            "ingress.domain: 'ERP.Example' is not allowed; a lowercase DNS domain such as erp.example.com",
            "ingress.acmeEmail: 'platform-team' is not allowed; the mailbox that hears about expiring certificates",
            "ingress.acmeServer: 'http://acme.example/directory' is not allowed; an https:// ACME directory URL",
            "ingress.privateIssuer: 'Contoso CA' is not allowed; a ClusterIssuer name: lowercase letters, digits, '-' and '.'");
    }

    @Test
    void failsOnSuppressionsWithoutAKnownRuleAStackOfTheEstateOrAReason() {
        Estate.Builder estate = EstateFixtures.minimal()
            .businessUnit(unit("retail").environment(Environment.builder().name("production").build()).build())
            .suppression(new Suppression("LZ-NET-999", "retail-production", null, "A reason long enough to be read.", null))
            .suppression(new Suppression("LZ-NET-002", "retail-prod", null, "A reason long enough to be read.", null))
            .suppression(new Suppression("LZ-NET-002", "retail-production", " ", "too short", null))
            .suppression(new Suppression("lz-net-002", "retail-production", "storage", "Vendor harness reaches it until private link is approved.",
                java.time.LocalDate.of(2020, 1, 1)));

        List<String> problems = problems(estate.build());

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("governance.suppressions[0].rule: 'LZ-NET-999' is not a rule check runs; allowed: ")
            .contains("LZ-NET-002");
        assertThat(problems.get(1)).isEqualTo("governance.suppressions[1].stack: 'retail-prod' is not a stack of this estate; allowed: "
            + "platform, retail-production, shared-production, shared-production-incluster");
        assertThat(problems.get(2)).startsWith("governance.suppressions[2].reason: 'too short' is too short to tell a reviewer why");
        assertThat(problems.get(3)).startsWith("governance.suppressions[2].resource: is empty;");
    }
}
