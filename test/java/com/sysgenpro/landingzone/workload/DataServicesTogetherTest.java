package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.internal.SecretScan;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage account, Azure Managed Redis and the legacy Redis cache together, with their defaults: schema, governance, secrets. */
class DataServicesTogetherTest {

    /** The production assignment's parameters: the region, the tier's approved SKUs. */
    private static final Map<String, Object> PRODUCTION = Map.of(
        "allowedLocations", List.of(DataServicesFixtures.REGION),
        "allowedStorageSkus", List.of("Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS"),
        "allowedRedisSkus", List.of("Balanced_B3", "Balanced_B5", "Balanced_B10"),
        "allowedVmSkus", List.of("Standard_D4ds_v5"),
        "allowedPostgresSkus", List.of("Standard_D4ds_v5"),
        "minimumBackupRetentionDays", 14);

    @TempDir
    Path tmp;

    @Test
    void allThreeAreCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = DataServicesFixtures.allThree();
        Path file = tmp.resolve("cdk.tf.json");
        Files.writeString(file, stack.toPrettyString());
        int resources = 0;
        for (Iterator<JsonNode> types = stack.path("resource").elements(); types.hasNext(); ) {
            resources += types.next().size();
        }

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("checked " + resources + " resource/data blocks: " + resources + " clean, 0 with errors, 0 errors");
    }

    @Test
    void loosenedLowerEnvironmentVariantsAreCleanAgainstTheAzurermSchemaToo() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = DataServicesFixtures.resourceGroup(scope);
            DataServicesFixtures.storage(scope, group).replication(StorageReplication.LRS).backupContainer(null)
                .lifecycle(Map.of("backups", RetentionClass.coolAfter(7).thenArchiveAfter(30).thenDeleteAfter(180))).build();
            DataServicesFixtures.managedRedis(scope, group).production(false).sku(ManagedRedisSku.BALANCED_B0).highAvailability(false)
                .rdbBackupFrequency(null).clusteringPolicy(RedisClusteringPolicy.NO_CLUSTER).build();
            DataServicesFixtures.redisCache(scope, group).production(false).sku(RedisCacheSku.BASIC).capacity(0).build();
        });
        Path file = tmp.resolve("loosened.tf.json");
        Files.writeString(file, stack.toString());

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(Synth.onlyResource(stack, "azurerm_managed_redis").path("high_availability_enabled").asBoolean(true)).isFalse();
        assertThat(Synth.onlyResource(stack, "azurerm_redis_cache").path("sku_name").asText()).isEqualTo("Basic");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void defaultsAreCompliantWithEveryLandingZoneControl() {
        JsonNode stack = DataServicesFixtures.allThree();
        List<String> findings = new ArrayList<>();
        Set<String> compliant = new TreeSet<>();

        evaluate(stack, PRODUCTION, findings, compliant);

        assertThat(findings).isEmpty();
        // The controls that govern these resources actually ran (rather than all being not applicable).
        assertThat(compliant).contains("LZ-TAG-RES-owner", "LZ-TAG-RG-cost-center", "LZ-REG-001", "LZ-REG-002",
            "LZ-SKU-003", "LZ-SKU-005", "LZ-ENC-001", "LZ-ENC-002", "LZ-ENC-003", "LZ-ENC-004", "LZ-ENC-005",
            "LZ-NET-002", "LZ-NET-005", "LZ-NET-006", "LZ-NET-008", "LZ-NET-009", "LZ-DIAG-003", "LZ-DIAG-004");
    }

    @Test
    void theComplianceCheckFlagsALoosenedAccountAndSku() {
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = DataServicesFixtures.resourceGroup(scope);
            DataServicesFixtures.storage(scope, group).replication(StorageReplication.LRS).build();
            DataServicesFixtures.managedRedis(scope, group).sku(ManagedRedisSku.BALANCED_B0).build();
        });
        List<String> findings = new ArrayList<>();

        evaluate(stack, PRODUCTION, findings, new TreeSet<>());

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0)).startsWith("LZ-SKU-003 azurerm_storage_account.").contains("'Standard_LRS' is not among allowedStorageSkus");
        assertThat(findings.get(1)).startsWith("LZ-SKU-005 azurerm_managed_redis.").contains("'Balanced_B0' is not among allowedRedisSkus");
    }

    @Test
    void noSynthesizedValueLooksLikeASecret() {
        JsonNode stack = DataServicesFixtures.allThree();

        assertThat(SecretScan.findings(stack)).isEmpty();
        assertThat(stack.has("output")).as("outputs could expose attributes").isFalse();
        assertThat(stack.has("variable")).isFalse();
    }

    private static void evaluate(JsonNode stack, Map<String, Object> parameters, List<String> findings, Set<String> compliant) {
        List<Control> controls = new ArrayList<>();
        // Customer-managed keys are assigned only where a unit asks for them; the defaults do not.
        LandingZoneInitiatives.all().stream().filter(initiative -> !initiative.key().equals("cmk"))
            .forEach(initiative -> controls.addAll(initiative.controls()));
        stack.path("resource").fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(instance -> {
            TerraformResource resource = new TerraformResource("test", type.getKey(), instance.getKey(), instance.getValue(), stack);
            for (Control control : controls) {
                Evaluation evaluation = control.evaluate(resource, parameters);
                if (evaluation.outcome() == Outcome.NON_COMPLIANT) {
                    findings.add(control.id() + " " + resource.address() + ": " + evaluation.message());
                } else if (evaluation.outcome() == Outcome.COMPLIANT) {
                    compliant.add(control.id());
                }
            }
        }));
        findings.sort(null);
    }
}
