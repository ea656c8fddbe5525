package com.sysgenpro.landingzone.estate;

import static com.sysgenpro.landingzone.testing.Synth.resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * The eight ways estates shaped like the source organisations failed (issue 14), each held by a test: tenancy per
 * environment, several environments of one blueprint on shared hosting, a unit's region on shared and semi-dedicated
 * hosting, a recovery region per unit, problems found by the loader rather than by constructs, tier-3 for
 * non-production, site and application tags that can be required, and maintenance windows in the unit's time zone.
 */
class OrganisationShapesTest {

    private static final String HEAD = """
        organisation: Shapes Test
        prefix: shp
        tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        platform: {owner: platform@shapes.example, costCenter: CC-0}
        databaseAdmins: {objectId: 66666666-6666-4666-8666-666666666666, name: shp-database-admins}
        access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}
        """;

    @TempDir
    Path tmp;

    private static Estate load(String yaml) {
        return EstateLoader.parse(HEAD + yaml, "shapes.yaml", PinnedDay.TODAY);
    }

    private static List<String> problems(String yaml) {
        try {
            load(yaml);
            return List.of();
        } catch (EstateValidationException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    private static Map<String, Placement> placements(Estate estate) {
        return EstatePlan.of(estate).placements().stream().collect(Collectors.toMap(Placement::stackName, placement -> placement));
    }

    // 1. Tenancy per environment.
    @Test
    void anEnvironmentMayBeHostedOtherwiseThanItsUnitKeepingTheUnitsNamesTagsAndGroups() {
        Estate estate = load("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {staging: 10.64.16.0/20}}
            businessUnits:
              - name: distribution
                shortName: dist
                owner: erp@shapes.example
                costCenter: CC-1
                tenancy: dedicated
                environments:
                  - {name: production, addressSpace: 10.65.0.0/20, recoveryAddressSpace: 10.66.0.0/20}
                  - {name: staging, tenancy: shared}
            """);
        Map<String, Placement> placements = placements(estate);

        assertThat(placements.get("distribution-production").tenancy()).isEqualTo(TenancyModel.DEDICATED);
        assertThat(placements.get("distribution-staging").tenancy()).isEqualTo(TenancyModel.SHARED);
        assertThat(placements.get("distribution-staging").sharedStackName()).contains("shared-staging");
        assertThat(placements.get("distribution-staging").managementGroupKey()).isEqualTo("bu-distribution-nonprod");
        assertThat(EstateTags.unit(estate, placements.get("distribution-staging")).get(Tags.BUSINESS_UNIT)).isEqualTo("distribution");
    }

    @Test
    void anEnvironmentsTenancyIsHeldToThePlacementRulesOfThatEnvironment() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {production: 10.64.0.0/20, staging: 10.64.16.0/20}}
            businessUnits:
              - name: clinic
                owner: erp@shapes.example
                costCenter: CC-1
                dataClassification: regulated
                tenancy: semi-dedicated
                environments:
                  - {name: production}
                  - {name: staging, tenancy: shared}
            """);

        assertThat(problems).singleElement().asString().startsWith("businessUnits[0].environments[1].tenancy: 'shared' breaks a placement"
            + " rule for clinic-staging: regulated data must not share a database server with other units; choose semi-dedicated");
    }

    // 2. Several environments of one blueprint on shared hosting.
    @Test
    void environmentsOfOneBlueprintGetADatabaseContainerNamespaceHostAndIdentityEach() {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(load("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {staging: 10.64.16.0/20}}
            ingress: {domain: erp.shapes.example}
            businessUnits:
              - name: retail
                owner: erp@shapes.example
                costCenter: CC-1
                tenancy: shared
                environments:
                  - {name: staging}
                  - {name: qa, blueprint: staging}
                  - {name: uat, blueprint: staging}
            """), out);
        JsonNode shared = Synth.read(out.resolve("stacks/shared-staging/cdk.tf.json"));
        JsonNode inCluster = Synth.read(out.resolve("stacks/shared-staging-incluster/cdk.tf.json"));

        assertThat(names(shared, "azurerm_postgresql_flexible_server_database")).containsExactlyInAnyOrder("odoo_retail", "odoo_retail_qa",
            "odoo_retail_uat");
        assertThat(names(shared, "azurerm_storage_container")).contains("filestore-retail", "filestore-retail-qa", "filestore-retail-uat");
        assertThat(resources(inCluster, "kubernetes_namespace_v1").stream().map(ns -> ns.path("metadata").path("name").asText()))
            .contains("retail-staging", "retail-qa", "retail-uat");
        assertThat(resources(inCluster, "kubernetes_ingress_v1").stream()
            .map(ingress -> ingress.path("spec").path("rule").path(0).path("host").asText()).distinct())
            .containsExactlyInAnyOrder("retail-staging.erp.shapes.example", "retail-qa.erp.shapes.example", "retail-uat.erp.shapes.example");
        for (String environment : List.of("staging", "qa", "uat")) {
            assertThat(names(Synth.read(out.resolve("stacks/retail-" + environment + "/cdk.tf.json")), "azurerm_user_assigned_identity"))
                .containsExactly("id-shp-retail-" + environment + "-weu");
        }
    }

    @Test
    void databasesThatWouldCollideAreFoundByTheLoader() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {staging: 10.64.16.0/20}}
            businessUnits:
              - {name: north, owner: a@shapes.example, costCenter: CC-1, tenancy: shared, environments: [{name: uat, blueprint: staging}]}
              - {name: north-uat, owner: b@shapes.example, costCenter: CC-2, tenancy: shared, shortName: nuat, environments: [{name: staging}]}
            """);

        assertThat(problems).contains("businessUnits[1].environments[0].name: gives database 'odoo_north_uat' on shared-staging, as"
            + " north-uat does; rename the environment or the unit so that their databases differ");
    }

    // 3. A unit's region, on every tenancy model.
    @Test
    void sharedAndSemiDedicatedUnitsRunOnTheSharedHostingOfTheirOwnRegion() {
        Estate estate = load("""
            regions: {primary: westeurope, secondary: northeurope, allowed: [westeurope, northeurope, swedencentral, swedensouth]}
            network: {shared: {production: {westeurope: 10.64.0.0/20, swedencentral: 10.96.0.0/20}}}
            businessUnits:
              - {name: benelux, owner: a@shapes.example, costCenter: CC-1, tenancy: shared, environments: [{name: production}]}
              - {name: nordic, owner: b@shapes.example, costCenter: CC-2, tenancy: shared, region: swedencentral,
                 environments: [{name: production}]}
              - {name: nordicpha, shortName: npha, owner: c@shapes.example, costCenter: CC-3, tenancy: semi-dedicated, region: swedencentral,
                 environments: [{name: production}]}
            """);
        EstatePlan plan = EstatePlan.of(estate);

        assertThat(plan.sharedHosting().keySet()).containsExactly("shared-production", "shared-production-sdc");
        assertThat(plan.sharedHosting().get("shared-production-sdc").region()).isEqualTo(AzureRegion.of("swedencentral"));
        assertThat(plan.sharedHosting().get("shared-production-sdc").tenants()).extracting(Placement::stackName)
            .containsExactly("nordic-production", "nordicpha-production");
        assertThat(plan.sharedHosting().get("shared-production").tenants()).extracting(Placement::stackName)
            .containsExactly("benelux-production");
    }

    @Test
    void aRegionWithoutASharedNetworkIsFoundByTheLoaderWithTheFieldToAdd() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope, allowed: [westeurope, northeurope, swedencentral, swedensouth]}
            network: {shared: {production: 10.64.0.0/20}}
            businessUnits:
              - {name: nordic, owner: b@shapes.example, costCenter: CC-2, tenancy: shared, region: swedencentral,
                 environments: [{name: production}]}
            """);

        assertThat(problems).containsExactly("network.shared: has no address space for 'production' in swedencentral, where"
            + " [nordic-production] run on shared-production-sdc; add network.shared.production.swedencentral: <CIDR>"
            + " (network.shared.production maps regions to ranges, e.g. {westeurope: 10.64.0.0/20, swedencentral: 10.96.0.0/20})");
    }

    // 4. A recovery region per unit.
    @Test
    void aTierOneUnitInTheSecondaryRegionRecoversIntoThePrimary() {
        Estate estate = load("""
            regions: {primary: westeurope, secondary: francecentral, allowed: [westeurope, northeurope, francecentral, francesouth]}
            businessUnits:
              - name: paris
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: dedicated
                recoveryTier: tier-1
                region: francecentral
                environments: [{name: production, addressSpace: 10.70.0.0/20, recoveryAddressSpace: 10.71.0.0/20}]
            """);

        assertThat(placements(estate).get("paris-production").recoveryRegion()).contains(AzureRegion.of("westeurope"));
    }

    @Test
    void registriesReplicateIntoTheRecoveryRegionOfEachUnitTheyServe() {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(load("""
            regions: {primary: northeurope, secondary: westeurope, allowed: [northeurope, westeurope, francecentral, francesouth]}
            network: {shared: {production: 10.64.0.0/20}}
            businessUnits:
              - {name: depot, owner: a@shapes.example, costCenter: CC-1, tenancy: dedicated,
                 environments: [{name: production, addressSpace: 10.70.0.0/20, recoveryAddressSpace: 10.71.0.0/20}]}
              - {name: plant, owner: b@shapes.example, costCenter: CC-2, tenancy: semi-dedicated, recoveryTier: tier-1,
                 recoveryRegion: francecentral, environments: [{name: production, recoveryAddressSpace: 10.72.0.0/20}]}
              - {name: shop, owner: c@shapes.example, costCenter: CC-3, tenancy: shared, environments: [{name: production}]}
            """), out);
        JsonNode shared = Synth.read(out.resolve("stacks/shared-production/cdk.tf.json"));
        JsonNode plant = Synth.read(out.resolve("stacks/plant-production/cdk.tf.json"));
        JsonNode depot = Synth.read(out.resolve("stacks/depot-production/cdk.tf.json"));

        // The shared registry holds the images of plant (recovering in France) and shop (in the secondary): a replica in each.
        JsonNode sharedRegistry = resources(shared, "azurerm_container_registry").get(0);
        assertThat(sharedRegistry.path("georeplications")).extracting(replica -> replica.path("location").asText())
            .containsExactly("francecentral", "westeurope");
        // plant's recovery network (for its database replica) reaches the shared registry's replica through an endpoint of its own.
        List<JsonNode> plantEndpoints = resources(plant, "azurerm_private_endpoint").stream()
            .filter(endpoint -> endpoint.path("location").asText().equals("francecentral")).toList();
        assertThat(plantEndpoints).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.path("name").asText()).isEqualTo("pe-acrshpsharedprod-registry-frc");
            assertThat(endpoint.path("private_service_connection").path("private_connection_resource_id").asText())
                .startsWith("${data.terraform_remote_state.cross-stack-reference-input-shared-production.outputs.");
            assertThat(endpoint.path("subnet_id").asText()).startsWith("${azurerm_subnet.recovery-network_private-endpoints_");
        });
        // depot (dedicated, tier-2 by default) replicates its own registry into the secondary, with a recovery network for it.
        JsonNode depotRegistry = resources(depot, "azurerm_container_registry").get(0);
        assertThat(depotRegistry.path("georeplications")).extracting(replica -> replica.path("location").asText())
            .containsExactly("westeurope");
        assertThat(resources(depot, "azurerm_virtual_network")).extracting(network -> network.path("location").asText())
            .containsExactlyInAnyOrder("northeurope", "westeurope");
        assertThat(resources(depot, "azurerm_postgresql_flexible_server")).singleElement()
            .satisfies(server -> assertThat(server.has("create_mode")).isFalse());
    }

    @Test
    void aUnitsRecoveryRegionMustBeAllowedAndNotItsOwn() {
        List<String> problems = problems("""
            regions: {primary: germanywestcentral, secondary: francecentral,
                      allowed: [germanywestcentral, germanynorth, francecentral, francesouth]}
            businessUnits:
              - name: plant
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: dedicated
                recoveryTier: tier-1
                recoveryRegion: germanywestcentral
                environments: [{name: production, addressSpace: 10.70.0.0/20, recoveryAddressSpace: 10.71.0.0/20}]
            """);

        assertThat(problems).containsExactly("businessUnits[0].recoveryRegion: 'germanywestcentral' is the region the unit runs in;"
            + " recovering from the loss of a region needs another: choose one of [germanynorth, francecentral, francesouth]");
    }

    @Test
    void geoRedundantCopiesOutsideTheAllowedRegionsAreRefusedWithTheFix() {
        List<String> problems = problems("""
            regions: {primary: germanywestcentral, allowed: [germanywestcentral]}
            businessUnits:
              - {name: plant, owner: a@shapes.example, costCenter: CC-1, tenancy: dedicated,
                 environments: [{name: production, addressSpace: 10.70.0.0/20}]}
            """);

        assertThat(problems).singleElement().asString().isEqualTo("regions.allowed: does not include 'germanynorth', where Azure keeps"
            + " the geo-redundant copies (PostgreSQL backups, GZRS filestore, backup vault) of plant-production: it is"
            + " germanywestcentral's pair, no setting moves them, and a geo-restore there would be denied by the estate's own"
            + " allowed-regions policy; add 'germanynorth' to regions.allowed, or place these units in a region whose pair is allowed too");
    }

    @Test
    void productionInARegionWithoutAPairIsRefused() {
        List<String> problems = problems("""
            regions: {primary: italynorth}
            businessUnits:
              - {name: milano, owner: a@shapes.example, costCenter: CC-1, tenancy: dedicated,
                 environments: [{name: production, addressSpace: 10.70.0.0/20}]}
            """);

        assertThat(problems).singleElement().asString().startsWith("regions.primary: 'italynorth' has no Azure region pair, so the"
            + " geo-redundant copies (PostgreSQL backups, GZRS filestore, backup vault) of milano-production cannot be created there");
    }

    // 5. Problems found by the loader, with the estate path, not by constructs.
    @Test
    void derivedNamesOverAzuresLimitsAreFoundByTheLoader() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope}
            businessUnits:
              - name: wholesale
                shortName: wholesal
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: dedicated
                environments:
                  - {name: production, addressSpace: 10.70.0.0/20, recoveryAddressSpace: 10.72.0.0/20}
                  - {name: integration1, blueprint: staging, addressSpace: 10.71.0.0/20}
            """);

        assertThat(problems).containsExactly("businessUnits[0].environments[1]: its storage account would be named"
            + " 'stshpwholesalintegration1': a storage account name needs 3 to 24 characters, 'stshpwholesalintegration1' has 25;"
            + " shorten the environment's name (integration1), the unit's shortName or the estate's prefix");
    }

    @Test
    void addressSpacesAndOwnersConstructsWouldRefuseAreFoundByTheLoader() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope}
            businessUnits:
              - {name: retail, owner: retail-team, costCenter: CC-1, tenancy: dedicated,
                 environments: [{name: production, addressSpace: 10.70.0.0/28}]}
            """);

        assertThat(problems).contains(
            "businessUnits[0].owner: 'retail-team' is not allowed; a mailbox such as erp-team@example.com: the unit's alerts and budget"
                + " notifications are sent there",
            "businessUnits[0].environments[0].addressSpace: '10.70.0.0/28' is not allowed; a /16 to /24 range (the network holds subnets"
                + " for the cluster's nodes, private endpoints and a /28 or larger for PostgreSQL), e.g. 10.70.0.0/20");
    }

    // 6. tier-3 for non-production.
    @Test
    void developmentAndTestCommitToTierThreeRebuildFirst() {
        Estate estate = load("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {development: 10.64.32.0/20, staging: 10.64.16.0/20}}
            businessUnits:
              - name: retail
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: shared
                environments:
                  - {name: development, recoveryTier: tier-3}
                  - {name: test, blueprint: staging, recoveryTier: tier-3}
            """);

        assertThat(placements(estate).values()).allSatisfy(placement -> {
            assertThat(placement.recoveryTierTag()).isEqualTo("tier-3");
            assertThat(placement.assessment()).hasValueSatisfying(assessment -> assertThat(assessment.meetsTier()).isTrue());
        });
    }

    // 7. Tags the articles require can be required.
    @Test
    void siteAndApplicationCanBeMandatoryWithValuesFromTheModel() {
        Estate estate = load("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {staging: 10.64.16.0/20}}
            governance: {mandatoryTags: [business-unit, environment, owner, cost-center, recovery-tier, site, application]}
            businessUnits:
              - name: retail
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: shared
                sites: [antwerp-dc, liege-dc]
                environments:
                  - {name: staging}
                  - {name: training, blueprint: staging, sites: [gent-store]}
            """);
        Map<String, Placement> placements = placements(estate);
        SharedHosting hosting = EstatePlan.of(estate).sharedHosting().get("shared-staging");

        assertThat(EstateTags.unit(estate, placements.get("retail-staging")).asMap())
            .containsEntry(Tags.SITE, "antwerp-dc liege-dc").containsEntry(Tags.APPLICATION, "odoo");
        assertThat(EstateTags.unit(estate, placements.get("retail-training")).get(Tags.SITE)).isEqualTo("gent-store");
        assertThat(EstateTags.shared(estate, hosting).asMap()).containsEntry(Tags.SITE, "all").containsEntry(Tags.APPLICATION, "odoo");
        assertThat(EstateTags.platform(estate).asMap()).containsEntry(Tags.SITE, "all").containsEntry(Tags.APPLICATION, "landing-zone");
    }

    @Test
    void aRequiredSiteTagNeedsSitesOnEveryUnit() {
        List<String> problems = problems("""
            regions: {primary: westeurope, secondary: northeurope}
            network: {shared: {staging: 10.64.16.0/20}}
            governance: {mandatoryTags: [business-unit, site]}
            businessUnits:
              - {name: retail, owner: a@shapes.example, costCenter: CC-1, tenancy: shared, environments: [{name: staging}]}
            """);

        assertThat(problems).containsExactly("businessUnits[0].sites: required: governance.mandatoryTags requires the site tag on every"
            + " resource; list the warehouses and plants the unit runs (or sites on each of its environments)");
    }

    // 8. Time zones honoured.
    @Test
    void maintenanceWindowsAreGivenInTheUnitsTimeZoneAndConvertedForAzure() {
        Path out = tmp.resolve("sydney");
        EstateSynthesizer.synthesize(load("""
            regions: {primary: australiaeast}
            timeZone: Europe/Brussels
            businessUnits:
              - name: sydney
                owner: a@shapes.example
                costCenter: CC-1
                tenancy: dedicated
                timeZone: Australia/Sydney
                environments: [{name: production, addressSpace: 10.70.0.0/20}]
            """), out);
        JsonNode stack = Synth.read(out.resolve("stacks/sydney-production/cdk.tf.json"));
        JsonNode server = Synth.onlyResource(stack, "azurerm_postgresql_flexible_server");
        JsonNode cluster = Synth.onlyResource(stack, "azurerm_kubernetes_cluster");

        // Sunday 02:00 in Sydney (standard time, UTC+10) is Saturday 16:00 UTC; Azure counts days from Sunday = 0.
        assertThat(server.path("maintenance_window").path("day_of_week").asInt()).isEqualTo(6);
        assertThat(server.path("maintenance_window").path("start_hour").asInt()).isEqualTo(16);
        assertThat(cluster.path("maintenance_window_auto_upgrade").path("utc_offset").asText()).isEqualTo("+10:00");
        assertThat(cluster.path("maintenance_window_auto_upgrade").path("start_time").asText()).isEqualTo("00:00");
        assertThat(cluster.path("maintenance_window_node_os").path("start_time").asText()).isEqualTo("04:00");
    }

    private static List<String> names(JsonNode stack, String type) {
        return resources(stack, type).stream().map(resource -> resource.path("name").asText()).toList();
    }
}
