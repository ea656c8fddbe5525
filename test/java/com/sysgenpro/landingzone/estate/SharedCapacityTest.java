package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.NodePoolSize;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.Synth;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared hosting sized by its tenants: adding tenants to a shared production hosting grows its Odoo pool's bounds, its
 * PostgreSQL server and max_connections and its Redis; past what the blueprint allows at its ratios the loader names
 * the tenant from which on it no longer fits, and a capacityOverrideReason accepts it.
 */
class SharedCapacityTest {

    @TempDir
    Path tmp;

    /** An estate of {@code units} units, each with a shared production; {@code rootExtra} and {@code lastEnvironmentExtra} add fields. */
    private static String estate(int units, String rootExtra, String lastEnvironmentExtra) {
        StringBuilder yaml = new StringBuilder("""
            organisation: Capacity Test
            prefix: cap
            tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
            platform: {owner: platform@example.com, costCenter: CC-0}
            regions:
              primary: westeurope
            network:
              shared: {production: 10.64.0.0/20}
            access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}
            databaseAdmins: {objectId: 66666666-6666-4666-8666-666666666666, name: cap-database-admins}
            """);
        yaml.append(rootExtra);
        yaml.append("businessUnits:\n");
        for (int u = 0; u < units; u++) {
            yaml.append(String.format("""
                  - name: unit%02d
                    owner: unit%02d@example.com
                    costCenter: CC-%d
                    tenancy: shared
                    environments:
                      - name: production
                """, u, u, 100 + u));
            if (u == units - 1 && !lastEnvironmentExtra.isEmpty()) {
                yaml.append("        ").append(lastEnvironmentExtra).append('\n');
            }
        }
        return yaml.toString();
    }

    private static Estate load(int units) {
        return EstateLoader.parse(estate(units, "", ""), "capacity-" + units, PinnedDay.TODAY);
    }

    private static SharedCapacity capacity(Estate estate) {
        return EstatePlan.of(estate).sharedHosting().values().iterator().next().capacity();
    }

    @Test
    void addingTenantsGrowsTheNodePoolBoundsTheDatabaseAndTheCache() {
        SharedCapacity three = capacity(load(3));
        // 3 × 64 GiB requested at 1.0× memory on 32 GiB nodes: 6 nodes, within the blueprint's own 3–12.
        assertThat(three.requestedCpu()).isEqualTo(48);
        assertThat(three.requestedMemoryGi()).isEqualTo(192);
        assertThat(three.memoryNodes()).isEqualTo(6);
        assertThat(three.cpuNodes()).isEqualTo(4);
        assertThat(three.pool()).isEqualTo(Blueprint.PRODUCTION.userPool());
        assertThat(three.postgresSku()).isEqualTo("GP_Standard_D4ds_v5");
        assertThat(three.maxConnections()).isEqualTo(400);
        assertThat(three.redisSku()).isEqualTo(ManagedRedisSku.BALANCED_B3);
        assertThat(three.shortfalls()).isEmpty();

        SharedCapacity ten = capacity(load(10));
        // 640 GiB: 20 nodes; 160 CPU at 1.5× on 8 vCPU: 14. 10 × 100 connections and 15 Azure keeps.
        assertThat(ten.pool()).isEqualTo(new NodePoolSize("Standard_D8ds_v5", 3, 20));
        assertThat(ten.connectionsNeeded()).isEqualTo(1_015);
        assertThat(ten.maxConnections()).isEqualTo(1_015);
        assertThat(ten.postgresSku()).isEqualTo("GP_Standard_D4ds_v5");
        assertThat(ten.redisSku()).isEqualTo(ManagedRedisSku.BALANCED_B5);

        SharedCapacity fifteen = capacity(load(15));
        assertThat(fifteen.pool().maxCount()).isEqualTo(30);
        assertThat(fifteen.redisSku()).isEqualTo(ManagedRedisSku.BALANCED_B10);
        assertThat(fifteen.shortfalls()).isEmpty();
        assertThat(fifteen.cpuCapacity()).isEqualTo(360);
        assertThat(fifteen.memoryCapacityGi()).isEqualTo(960);
    }

    @Test
    void theDatabaseMovesToALargerApprovedSkuWhenItsConnectionsRunOut() {
        Blueprint busy = Blueprint.builder(Blueprint.PRODUCTION).name("busy").tenantDatabaseConnections(250).build();
        Estate estate = load(8);
        var tenants = EstatePlan.of(estate).sharedHosting().values().iterator().next().tenants();
        // 8 × 250 + 15 = 2,015 connections: more than D4ds_v5's 1,718, within E4ds_v5's 3,437 (the smallest that has them).
        SharedCapacity capacity = new SharedCapacity(busy, tenants);
        assertThat(capacity.postgresSku()).isEqualTo("MO_Standard_E4ds_v5");
        assertThat(capacity.maxConnections()).isEqualTo(2_015);
    }

    @Test
    void failsWhenABlueprintBuiltInJavaNamesASkuWhoseCapacityIsUnknown() {
        // Only a blueprint built in Java can name any SKU; the validator must say so, not let sizing fail at planning.
        Blueprint custom = Blueprint.builder(Blueprint.PRODUCTION).name("largest").userPool(new NodePoolSize("Standard_D32ds_v5", 3, 12))
            .build();
        Estate loaded = load(1);
        Estate estate = Estate.builder()
            .organisation(loaded.organisation()).prefix(loaded.prefix()).tenantId(loaded.tenantId())
            .platformOwner(loaded.platformOwner()).platformCostCenter(loaded.platformCostCenter()).primaryRegion(loaded.primaryRegion())
            .sharedNetwork("largest", loaded.sharedNetworks().get(0).addressSpace()).databaseAdmins(loaded.databaseAdmins())
            .access(loaded.access())
            .businessUnit(BusinessUnit.builder().name("unit00").owner("unit00@example.com").costCenter("CC-100")
                .tenancy(com.sysgenpro.landingzone.blueprint.TenancyModel.SHARED)
                .environment(Environment.builder().name("production").blueprint(custom).build()).build())
            .build();

        assertThat(EstateValidator.validate(estate, PinnedDay.TODAY))
            .extracting(problem -> problem.path() + ": " + problem.message())
            .anySatisfy(problem -> assertThat(problem).startsWith("businessUnits[0].environments[0].blueprint: cannot be shared hosting's:"
                + " the largest blueprint's node size Standard_D32ds_v5 (known: [Standard_B2s_v2,")
                .endsWith("build the blueprint with known SKUs, or make its environments dedicated"));
    }

    @Test
    void theSharedHostingStackIsSynthesizedWithTheGrownSizes() {
        Path out = tmp.resolve("out");
        EstateSynthesizer.synthesize(load(10), "test", out, stack -> { }, Set.of("shared-production"));
        JsonNode stack = Synth.read(out.resolve("stacks").resolve("shared-production").resolve("cdk.tf.json"));

        JsonNode pool = Synth.onlyResource(stack, "azurerm_kubernetes_cluster_node_pool");
        assertThat(pool.path("name").asText()).isEqualTo("odoo");
        assertThat(pool.path("min_count").asInt()).isEqualTo(3);
        assertThat(pool.path("max_count").asInt()).isEqualTo(20);
        assertThat(Synth.onlyResource(stack, "azurerm_postgresql_flexible_server").path("sku_name").asText()).isEqualTo("GP_Standard_D4ds_v5");
        JsonNode maxConnections = Synth.resources(stack, "azurerm_postgresql_flexible_server_configuration").stream()
            .filter(parameter -> parameter.path("name").asText().equals("max_connections")).findFirst().orElseThrow();
        assertThat(maxConnections.path("value").asText()).isEqualTo("1015");
        assertThat(Synth.onlyResource(stack, "azurerm_managed_redis").path("sku_name").asText()).isEqualTo("Balanced_B5");

        JsonNode capacity = Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks").path("shared-production").path("capacity");
        assertThat(capacity.path("tenants").asInt()).isEqualTo(10);
        assertThat(capacity.path("requestedCpu").asInt()).isEqualTo(160);
        assertThat(capacity.path("nodesMax").asInt()).isEqualTo(20);
        assertThat(capacity.path("maxConnections").asInt()).isEqualTo(1015);
        assertThat(capacity.has("shortfalls")).isFalse();
    }

    @Test
    void failsPastTheRatioNamingTheTenantFromWhichOnTheHostingIsOversubscribed() {
        // The 16th tenant's 64 GiB would need 32 nodes of 32 GiB at 1.0× memory; production's shared pool stops at 30.
        assertThatThrownBy(() -> load(17))
            .isInstanceOf(EstateValidationException.class)
            .hasMessageContaining("businessUnits[15].environments[0]: makes shared-production oversubscribed with 17 tenants"
                + " (this one and 1 after it: businessUnits[16].environments[0]): its Odoo pool needs 34 × Standard_D8ds_v5 for 17 shared"
                + " tenants' quotas (272 CPU, 1088 GiB requested, at 1.5× CPU and 1.0× memory) but may grow to 30 (the production"
                + " blueprint's sharedPoolMaxNodes)")
            .hasMessageContaining("host fewer tenants on it (make some semi-dedicated or dedicated), or give capacityOverrideReason:"
                + " \"<why>\" on the environment (or the estate) to accept it");
        assertThatThrownBy(() -> load(25))
            .hasMessageContaining("its Redis needs 12800 MB for 25 tenants (512 MB per tenant quota) but the largest SKU the production blueprint"
                + " approves, MemoryOptimized_M10, has 12288 MB");
    }

    @Test
    void aReasonOnATenantEnvironmentOrTheEstateAcceptsItAndIsRecorded() {
        Estate byTenant = EstateLoader.parse(estate(17, "", "capacityOverrideReason: Two weeks of parallel running during the migration"),
            "by-tenant", PinnedDay.TODAY);
        SharedCapacity capacity = capacity(byTenant);
        assertThat(capacity.pool().maxCount()).isEqualTo(30);
        assertThat(capacity.shortfalls()).singleElement().asString().startsWith("its Odoo pool needs 34 × Standard_D8ds_v5");

        Path out = tmp.resolve("accepted");
        EstateSynthesizer.synthesize(byTenant, "test", out, stack -> { }, Set.of("shared-production"));
        JsonNode recorded = Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks").path("shared-production").path("capacity");
        assertThat(recorded.path("overrideReason").asText()).isEqualTo("Two weeks of parallel running during the migration");
        assertThat(recorded.path("shortfalls")).hasSize(1);
        assertThat(Synth.onlyResource(Synth.read(out.resolve("stacks").resolve("shared-production").resolve("cdk.tf.json")),
            "azurerm_kubernetes_cluster_node_pool").path("max_count").asInt()).isEqualTo(30);

        Estate byEstate = EstateLoader.parse(estate(17, "capacityOverrideReason: Load test estate\n", ""), "by-estate", PinnedDay.TODAY);
        assertThat(SharedCapacity.overrideReason(byEstate, EstatePlan.of(byEstate).sharedHosting().values().iterator().next()))
            .contains("Load test estate");
    }

    @Test
    void failsOnABlankReason() {
        assertThatThrownBy(() -> EstateLoader.parse(estate(2, "capacityOverrideReason: \" \"\n", "capacityOverrideReason: \"  \""),
                "blank", PinnedDay.TODAY))
            .hasMessageContaining("capacityOverrideReason: is blank; say why shared hosting may need more than its blueprint allows")
            .hasMessageContaining("businessUnits[1].environments[0].capacityOverrideReason: is blank");
    }

    /** A shared unit and a dedicated one, whose production chooses {@code size} (YAML flow mapping). */
    private static String sized(String sharedSize, String dedicatedSize) {
        return estate(2, "", sharedSize.isEmpty() ? "" : "size: " + sharedSize).replace("""
                  - name: unit00
                    owner: unit00@example.com
                    costCenter: CC-100
                    tenancy: shared
                    environments:
                      - name: production
                """, """
                  - name: unit00
                    owner: unit00@example.com
                    costCenter: CC-100
                    tenancy: dedicated
                    environments:
                      - name: production
                        addressSpace: 10.70.0.0/20
                """ + (dedicatedSize.isEmpty() ? "" : "        size: " + dedicatedSize + "\n"));
    }

    @Test
    void aTenantsWeightCountsThatManyQuotasInItsHostingAndItsShowbackKey() {
        Estate estate = EstateLoader.parse(estate(3, "", "size: {weight: 2}"), "weighted", PinnedDay.TODAY);
        SharedHosting hosting = EstatePlan.of(estate).sharedHosting().values().iterator().next();
        assertThat(hosting.capacity().requestedCpu()).isEqualTo(4 * 16);
        assertThat(hosting.capacity().requestedMemoryGi()).isEqualTo(4 * 64);
        assertThat(hosting.capacity().connectionsNeeded()).isEqualTo(4 * 100 + 15);
        assertThat(ShowbackKey.weight(hosting.tenants().get(2))).isEqualTo(32);
        assertThat(ShowbackKey.weight(hosting.tenants().get(0))).isEqualTo(16);

        // Its namespace gets the two quotas it counts for.
        Path out = tmp.resolve("weighted");
        EstateSynthesizer.synthesize(estate, "test", out, stack -> { }, Set.of("shared-production", "shared-production-incluster",
            "unit00-production", "unit01-production", "unit02-production"));
        JsonNode quotas = Synth.read(out.resolve("stacks").resolve("shared-production-incluster").resolve("cdk.tf.json"))
            .path("resource").path("kubernetes_resource_quota_v1");
        JsonNode weighted = quotas.path(quotas.properties().stream().map(java.util.Map.Entry::getKey)
            .filter(key -> key.startsWith("tenant-unit02-production_")).findFirst().orElseThrow());
        JsonNode plain = quotas.path(quotas.properties().stream().map(java.util.Map.Entry::getKey)
            .filter(key -> key.startsWith("tenant-unit00-production_")).findFirst().orElseThrow());
        assertThat(weighted.path("spec").path("hard").path("requests.cpu").asText()).isEqualTo("32");
        assertThat(weighted.path("spec").path("hard").path("requests.memory").asText()).isEqualTo("128Gi");
        assertThat(plain.path("spec").path("hard").path("requests.cpu").asText()).isEqualTo("16");
    }

    @Test
    void aDedicatedEnvironmentRunsOnTheApprovedSizesItChose() {
        Estate estate = EstateLoader.parse(sized("", "{nodeSize: Standard_D16ds_v5, postgresSku: Standard_E4ds_v5, redisSku: Balanced_B5}"),
            "sized", PinnedDay.TODAY);
        Path out = tmp.resolve("sized");
        EstateSynthesizer.synthesize(estate, "test", out, stack -> { }, Set.of("unit00-production"));
        JsonNode stack = Synth.read(out.resolve("stacks").resolve("unit00-production").resolve("cdk.tf.json"));

        assertThat(Synth.onlyResource(stack, "azurerm_kubernetes_cluster_node_pool").path("vm_size").asText()).isEqualTo("Standard_D16ds_v5");
        assertThat(Synth.onlyResource(stack, "azurerm_postgresql_flexible_server").path("sku_name").asText()).isEqualTo("MO_Standard_E4ds_v5");
        assertThat(Synth.onlyResource(stack, "azurerm_managed_redis").path("sku_name").asText()).isEqualTo("Balanced_B5");
    }

    @Test
    void failsOnASizeTheBlueprintDoesNotApproveOrTheTenancyDoesNotOwn() {
        assertThatThrownBy(() -> EstateLoader.parse(sized("{nodeSize: Standard_D16ds_v5, redisSku: Balanced_B5}",
                "{nodeSize: Standard_D32ds_v5, postgresSku: GP_Standard_D8ds_v5}"), "unapproved", PinnedDay.TODAY))
            .hasMessageContaining("businessUnits[0].environments[0].size.nodeSize: 'Standard_D32ds_v5' is not approved for the production"
                + " blueprint, whose SKU policy would deny it; allowed: Standard_D4ds_v5, Standard_D8ds_v5, Standard_D16ds_v5,"
                + " Standard_E4ds_v5, Standard_E8ds_v5")
            .hasMessageContaining("businessUnits[0].environments[0].size.postgresSku: 'GP_Standard_D8ds_v5' is not approved")
            .hasMessageContaining("businessUnits[1].environments[0].size.nodeSize: is not allowed for a shared environment, which runs on"
                + " its hosting's Odoo pool; its shared hosting sizes it from its tenants (a weight counts there), or make the"
                + " environment semi-dedicated or dedicated for a pool of its own")
            .hasMessageContaining("businessUnits[1].environments[0].size.redisSku: is not allowed for a shared environment");
        assertThatThrownBy(() -> EstateLoader.parse(estate(2, "", "size: {weight: 9}"), "heavy", PinnedDay.TODAY))
            .hasMessageContaining("businessUnits[1].environments[0].size.weight");
    }

    @Test
    void failsOnARedisSkuAzureManagedRedisDoesNotOffer() {
        assertThatThrownBy(() -> EstateLoader.parse(sized("", "{redisSku: Enterprise_E10}"), "retired", PinnedDay.TODAY))
            .hasMessageContaining("businessUnits[0].environments[0].size.redisSku: 'Enterprise_E10' is not allowed; allowed: Balanced_B0,"
                + " Balanced_B1, Balanced_B3")
            .hasMessageContaining("FlashOptimized_A4500");
        assertThatThrownBy(() -> EstateLoader.parse(sized("", "{redisSku: Balanced_B20}"), "unapproved", PinnedDay.TODAY))
            .hasMessageContaining("businessUnits[0].environments[0].size.redisSku: 'Balanced_B20' is not approved for the production"
                + " blueprint, whose SKU policy would deny it; allowed: Balanced_B3, Balanced_B5, Balanced_B10, MemoryOptimized_M10");
    }
}
