package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.workload.AksSkuTier;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class BlueprintTest {

    @Test
    void productionIsTheStrictest() {
        Blueprint production = Blueprint.PRODUCTION;

        assertThat(production.isProduction()).isTrue();
        assertThat(production.zoneRedundant()).isTrue();
        assertThat(production.postgresHighAvailability()).isTrue();
        assertThat(production.deletionProtection()).isTrue();
        assertThat(production.keyVaultPurgeProtection()).isTrue();
        assertThat(production.storageReplication()).isEqualTo(StorageReplication.GZRS);
        assertThat(production.scaleDown()).isEmpty();
        assertThat(production.publicIngress()).isTrue();
        for (Blueprint other : Blueprint.all()) {
            assertThat(other.logRetentionDays()).as(other.name()).isLessThanOrEqualTo(production.logRetentionDays());
            assertThat(other.userPool().maxCount()).as(other.name()).isLessThanOrEqualTo(production.userPool().maxCount());
        }
    }

    @Test
    void lowerBlueprintsLoosenExplicitly() {
        assertThat(Blueprint.STAGING.postgresHighAvailability()).isFalse();
        assertThat(Blueprint.STAGING.zoneRedundant()).isTrue();
        assertThat(Blueprint.STAGING.scaleDown()).isPresent();
        assertThat(Blueprint.SANDBOX.zoneRedundant()).isFalse();
        assertThat(Blueprint.SANDBOX.storageReplication()).isEqualTo(StorageReplication.LRS);
        assertThat(Blueprint.SANDBOX.alerts()).isFalse();
        assertThat(Blueprint.SANDBOX.clusterSkuTier()).isEqualTo(AksSkuTier.FREE);
        assertThat(Blueprint.SANDBOX.userPool().minCount()).isZero();
    }

    @Test
    void derivedBlueprintsFollowTheirParent() {
        assertThat(Blueprint.QA.parent()).contains("staging");
        assertThat(Blueprint.QA.postgresSku()).isEqualTo(Blueprint.STAGING.postgresSku());
        assertThat(Blueprint.DEVELOPMENT.parent()).contains("sandbox");
        assertThat(Blueprint.TRAINING.parent()).contains("sandbox");
        assertThat(Blueprint.TRAINING.scaleDown().orElseThrow().stop()).isEqualTo(LocalTime.of(17, 0));
        assertThat(Blueprint.STAGING.parent()).isEmpty();
        assertThat(Blueprint.SANDBOX.parent()).isEmpty();
        assertThat(Blueprint.find("qa")).containsSame(Blueprint.QA);
        assertThat(Blueprint.find("uat")).isEmpty();
    }

    @Test
    void productionRecoveryScalesWithTheTier() {
        RecoverySettings tier1 = Blueprint.PRODUCTION.recovery(RecoveryTier.TIER_1);
        RecoverySettings tier3 = Blueprint.PRODUCTION.recovery(RecoveryTier.TIER_3);

        assertThat(tier1.backupRetentionDays()).isEqualTo(35);
        assertThat(tier1.crossRegionReplica()).isTrue();
        assertThat(tier1.longTermRetentionMonths()).isEqualTo(12);
        assertThat(tier3.backupRetentionDays()).isEqualTo(14);
        assertThat(tier3.crossRegionReplica()).isFalse();
        assertThat(tier3.geoRedundantBackup()).isTrue();
        assertThat(Blueprint.STAGING.recovery(RecoveryTier.TIER_1).crossRegionReplica()).isFalse();
    }

    @Test
    void failsWhenHighAvailabilityHasNoZones() {
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.PRODUCTION).name("flat").zoneRedundant(false).build())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'flat'").hasMessageContaining("postgresHighAvailability needs zoneRedundant(true)");
    }

    @Test
    void failsWhenProductionScalesDown() {
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.PRODUCTION).name("prodlite")
                .scaleDown(ScaleDownSchedule.weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0))).build())
            .hasMessageContaining("runs around the clock");
    }

    @Test
    void failsOnAMalformedName() {
        assertThatThrownBy(() -> Blueprint.STAGING.derive("User Acceptance"))
            .hasMessageContaining("'User Acceptance'").hasMessageContaining("2–12 lowercase letters");
    }

    @Test
    void failsWhenNodePoolBoundsAreInverted() {
        assertThatThrownBy(() -> new NodePoolSize("Standard_D4ds_v5", 5, 3)).hasMessageContaining("5..3");
        assertThatThrownBy(() -> new NodePoolSize("Standard_D4ds_v5", 0, 0)).hasMessageContaining("maxCount >= 1");
    }

    @Test
    void scaleDownScheduleRendersAsATag() {
        assertThat(ScaleDownSchedule.weekdays(LocalTime.of(7, 0), LocalTime.of(20, 0)).tagValue("Europe/Brussels"))
            .isEqualTo("Mon-Fri 07:00-20:00 Europe/Brussels");
        assertThatThrownBy(() -> ScaleDownSchedule.weekdays(LocalTime.of(20, 0), LocalTime.of(7, 0)))
            .hasMessageContaining("must stop after it starts");
    }

    @Test
    void customerManagedKeysAreForRegulatedDataInEveryShippedBlueprintAndABlueprintOfOnesOwnMayLowerTheBar() {
        for (Blueprint blueprint : Blueprint.all()) {
            assertThat(blueprint.customerManagedKeysFrom()).as(blueprint.name())
                .isEqualTo(com.sysgenpro.landingzone.core.DataClassification.REGULATED);
            assertThat(blueprint.customerManagedKeysFor(com.sysgenpro.landingzone.core.DataClassification.REGULATED)).isTrue();
            assertThat(blueprint.customerManagedKeysFor(com.sysgenpro.landingzone.core.DataClassification.CONFIDENTIAL)).isFalse();
        }
        Blueprint strict = Blueprint.builder(Blueprint.STAGING).name("uat")
            .customerManagedKeysFrom(com.sysgenpro.landingzone.core.DataClassification.CONFIDENTIAL).build();
        assertThat(strict.customerManagedKeysFor(com.sysgenpro.landingzone.core.DataClassification.CONFIDENTIAL)).isTrue();
        assertThat(strict.customerManagedKeysFor(com.sysgenpro.landingzone.core.DataClassification.INTERNAL)).isFalse();
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.STAGING).name("uat").customerManagedKeysFrom(null).build())
            .hasMessageContaining("customerManagedKeysFrom");
    }

    @Test
    void sharedHostingSizingTightensTowardsProductionAndDerivedBlueprintsInheritIt() {
        assertThat(Blueprint.PRODUCTION.cpuOvercommit()).isEqualTo(1.5);
        assertThat(Blueprint.PRODUCTION.memoryOvercommit()).isEqualTo(1.0);
        assertThat(Blueprint.PRODUCTION.sharedPoolMaxNodes()).isEqualTo(30);
        assertThat(Blueprint.STAGING.cpuOvercommit()).isEqualTo(2.0);
        assertThat(Blueprint.STAGING.memoryOvercommit()).isEqualTo(1.5);
        assertThat(Blueprint.STAGING.sharedPoolMaxNodes()).isEqualTo(12);
        assertThat(Blueprint.SANDBOX.cpuOvercommit()).isEqualTo(4.0);
        assertThat(Blueprint.SANDBOX.memoryOvercommit()).isEqualTo(2.0);
        assertThat(Blueprint.SANDBOX.sharedPoolMaxNodes()).isEqualTo(6);
        assertThat(Blueprint.QA.cpuOvercommit()).isEqualTo(Blueprint.STAGING.cpuOvercommit());
        assertThat(Blueprint.TRAINING.sharedPoolMaxNodes()).isEqualTo(Blueprint.SANDBOX.sharedPoolMaxNodes());
        assertThat(Blueprint.DEVELOPMENT.tenantDatabaseConnections()).isEqualTo(Blueprint.SANDBOX.tenantDatabaseConnections());
        for (Blueprint other : Blueprint.all()) {
            assertThat(other.cpuOvercommit()).as(other.name()).isGreaterThanOrEqualTo(Blueprint.PRODUCTION.cpuOvercommit());
            assertThat(other.memoryOvercommit()).as(other.name()).isGreaterThanOrEqualTo(Blueprint.PRODUCTION.memoryOvercommit());
        }
    }

    @Test
    void everySkuAShippedBlueprintApprovesOrUsesHasItsCapacity() {
        for (Blueprint blueprint : Blueprint.all()) {
            ApprovedSkus approved = blueprint.approvedSkus();
            approved.vmSizes().forEach(sku -> assertThat(SkuCapacity.node(sku)).as(blueprint + " " + sku).isPresent());
            approved.postgres().forEach(sku -> assertThat(SkuCapacity.postgres(sku)).as(blueprint + " " + sku).isPresent());
            approved.redis().forEach(sku -> assertThat(ManagedRedisSku.find(sku).flatMap(SkuCapacity::redis)).as(blueprint + " " + sku).isPresent());
            assertThat(approved.vmSizes()).as(blueprint.name()).contains(blueprint.userPool().vmSize());
            SkuCapacity.Postgres postgres = SkuCapacity.postgres(blueprint.postgresSku()).orElseThrow();
            assertThat(approved.postgres()).as(blueprint.name()).contains(postgres.sku());
            assertThat(postgres.terraformName()).isEqualTo(blueprint.postgresSku());
            assertThat(approved.redis()).as(blueprint.name()).contains(blueprint.redisSku().terraformValue());
        }
        assertThat(SkuCapacity.node("Standard_D8ds_v5").orElseThrow()).isEqualTo(new SkuCapacity.Node("Standard_D8ds_v5", 8, 32));
        assertThat(SkuCapacity.postgres("GP_Standard_D4ds_v5").orElseThrow().maxConnections()).isEqualTo(1_718);
        assertThat(SkuCapacity.postgres("Standard_B1ms").orElseThrow().userConnections()).isEqualTo(35);
        assertThat(SkuCapacity.postgres("Standard_E4ds_v5").orElseThrow().terraformName()).isEqualTo("MO_Standard_E4ds_v5");
        assertThat(SkuCapacity.approvedPostgres(Blueprint.PRODUCTION)).extracting(SkuCapacity.Postgres::sku)
            .containsExactly("Standard_D2ds_v5", "Standard_D4ds_v5", "Standard_E4ds_v5", "Standard_D8ds_v5", "Standard_E8ds_v5");
        assertThat(SkuCapacity.approvedRedis(Blueprint.PRODUCTION)).extracting(SkuCapacity.Redis::sku)
            .containsExactly(ManagedRedisSku.BALANCED_B3, ManagedRedisSku.BALANCED_B5, ManagedRedisSku.BALANCED_B10,
                ManagedRedisSku.MEMORY_OPTIMIZED_M10);
    }

    @Test
    void failsOnOvercommitBelowOneOrASharedPoolSmallerThanTheUserPool() {
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.STAGING).name("uat").memoryOvercommit(0.8).build())
            .hasMessageContaining("blueprint 'uat': cpuOvercommit and memoryOvercommit must be 1.0 to 10.0");
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.STAGING).name("uat").sharedPoolMaxNodes(3).build())
            .hasMessageContaining("sharedPoolMaxNodes 3 must be at least the user pool's maxCount (4)");
        assertThatThrownBy(() -> Blueprint.builder(Blueprint.STAGING).name("uat").tenantCacheMb(0).build())
            .hasMessageContaining("tenantDatabaseConnections and tenantCacheMb must be at least 1");
    }
}
