package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.testing.Synth.resources;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.AMR_ZONE;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.SUBNET;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.TAGS;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagedRedisTest {

    private static JsonNode synth(Consumer<ManagedRedis.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = DataServicesFixtures.resourceGroup(stack);
            ManagedRedis.Builder redis = DataServicesFixtures.managedRedis(stack, group);
            customize.accept(redis);
            redis.build();
        });
    }

    @Test
    void defaultsAreBalancedB3HighlyAvailablePrivateTlsEntraOnlyWithHourlyRdb() {
        JsonNode stack = synth(builder -> { });
        JsonNode redis = onlyResource(stack, "azurerm_managed_redis");

        assertThat(redis.path("name").asText()).isEqualTo("redis-wholesale-prod");
        assertThat(redis.path("sku_name").asText()).isEqualTo("Balanced_B3");
        assertThat(redis.path("location").asText()).isEqualTo("westeurope");
        assertThat(redis.path("high_availability_enabled").asBoolean()).isTrue();
        assertThat(redis.path("public_network_access").asText()).isEqualTo("Disabled");
        JsonNode database = redis.path("default_database");
        assertThat(database.path("client_protocol").asText()).isEqualTo("Encrypted");
        assertThat(database.path("access_keys_authentication_enabled").isBoolean()).isTrue();
        assertThat(database.path("access_keys_authentication_enabled").asBoolean()).isFalse();
        assertThat(database.path("eviction_policy").asText()).isEqualTo("VolatileLRU");
        assertThat(database.path("clustering_policy").asText()).isEqualTo("OSSCluster");
        assertThat(database.path("persistence_redis_database_backup_frequency").asText()).isEqualTo("1h");
        assertThat(database.has("persistence_append_only_file_backup_frequency")).isFalse();
        assertThat(Synth.tags(redis)).isEqualTo(TAGS.asMap());
    }

    @Test
    void defaultsGiveAPrivateEndpointAndDiagnosticsForInstanceAndDatabase() {
        JsonNode stack = synth(builder -> { });
        JsonNode endpoint = onlyResource(stack, "azurerm_private_endpoint");

        assertThat(endpoint.path("name").asText()).isEqualTo("pe-redis-wholesale-prod-redis");
        assertThat(endpoint.path("subnet_id").asText()).isEqualTo(SUBNET);
        assertThat(endpoint.path("private_service_connection").path("subresource_names").get(0).asText()).isEqualTo("redisEnterprise");
        assertThat(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText()).isEqualTo(AMR_ZONE);
        String instance = endpoint.path("private_service_connection").path("private_connection_resource_id").asText();
        assertThat(instance).matches("\\$\\{azurerm_managed_redis\\.redis_[0-9A-F]{8}\\.id}");

        Map<String, JsonNode> settings = new HashMap<>();
        resources(stack, "azurerm_monitor_diagnostic_setting").forEach(s -> settings.put(s.path("target_resource_id").asText(), s));
        assertThat(settings.keySet()).containsExactlyInAnyOrder(instance, instance + "/databases/default");
        assertThat(settings.get(instance).path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
        assertThat(settings.get(instance).has("enabled_log")).isFalse();
        JsonNode database = settings.get(instance + "/databases/default");
        assertThat(database.path("enabled_log")).extracting(l -> l.path("category_group").asText()).containsExactly("audit", "allLogs");
        assertThat(database.path("log_analytics_workspace_id").asText()).isEqualTo(WORKSPACE);
    }

    @Test
    void overridesSkuPersistencePoliciesHighAvailabilityAndTags() {
        JsonNode redis = onlyResource(synth(builder -> builder.sku(ManagedRedisSku.BALANCED_B1)
            .production(false).highAvailability(false)
            .rdbBackupFrequency(null).aofBackupFrequency(AofBackupFrequency.EVERY_SECOND)
            .evictionPolicy(RedisEvictionPolicy.NO_EVICTION).clusteringPolicy(RedisClusteringPolicy.ENTERPRISE_CLUSTER)
            .accessKeysAuthenticationEnabled(true)
            .tags(Tags.of(Map.of("owner", "someone-else")))), "azurerm_managed_redis");

        assertThat(redis.path("sku_name").asText()).isEqualTo("Balanced_B1");
        assertThat(redis.path("high_availability_enabled").asBoolean(true)).isFalse();
        JsonNode database = redis.path("default_database");
        assertThat(database.path("persistence_append_only_file_backup_frequency").asText()).isEqualTo("1s");
        assertThat(database.has("persistence_redis_database_backup_frequency")).isFalse();
        assertThat(database.path("eviction_policy").asText()).isEqualTo("NoEviction");
        assertThat(database.path("clustering_policy").asText()).isEqualTo("EnterpriseCluster");
        assertThat(database.path("access_keys_authentication_enabled").asBoolean()).isTrue();
        assertThat(database.path("client_protocol").asText()).isEqualTo("Encrypted");
        assertThat(Synth.tags(redis)).containsExactlyEntriesOf(Map.of("owner", "someone-else"));
    }

    @Test
    void persistenceCanBeLeftOutOutsideProduction() {
        JsonNode database = onlyResource(synth(builder -> builder.production(false).rdbBackupFrequency(null)), "azurerm_managed_redis")
            .path("default_database");

        assertThat(database.has("persistence_redis_database_backup_frequency")).isFalse();
        assertThat(database.has("persistence_append_only_file_backup_frequency")).isFalse();
    }

    @Test
    void shortensLongPrivateEndpointNamesToAzuresLimit() {
        String name = "redis-" + "a".repeat(57);
        JsonNode endpoint = onlyResource(synth(builder -> builder.name(name)), "azurerm_private_endpoint");

        assertThat(endpoint.path("name").asText()).hasSize(64).startsWith("pe-redis-aaa").endsWith("a-redis");
    }

    @Test
    void failsOnBothRdbAndAofPersistence() {
        assertThatThrownBy(() -> synth(builder -> builder.aofBackupFrequency(AofBackupFrequency.EVERY_SECOND)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/redis: rdbBackupFrequency/aofBackupFrequency '1h and 1s' is not allowed")
            .hasMessageContaining("persistence is RDB or AOF, not both");
    }

    @Test
    void failsWhenHighAvailabilityIsOffInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.highAvailability(false)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/redis: highAvailability false is not allowed; production needs a replica in another zone")
            .hasMessageContaining("set production(false) for a lower environment");
    }

    @Test
    void failsWithoutPersistenceInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.rdbBackupFrequency(null)))
            .hasMessageContaining("test/redis: rdbBackupFrequency or aofBackupFrequency is required: production keeps Odoo's sessions")
            .hasMessageContaining("set production(false)");
    }

    @Test
    void aofAloneSatisfiesProduction() {
        JsonNode database = onlyResource(synth(builder -> builder.rdbBackupFrequency(null).aofBackupFrequency(AofBackupFrequency.EVERY_SECOND)),
            "azurerm_managed_redis").path("default_database");

        assertThat(database.path("persistence_append_only_file_backup_frequency").asText()).isEqualTo("1s");
        assertThat(database.has("persistence_redis_database_backup_frequency")).isFalse();
    }

    @Test
    void failsOnNonClusteredFlashOptimized() {
        assertThatThrownBy(() -> synth(builder -> builder.sku(ManagedRedisSku.FLASH_OPTIMIZED_A250).clusteringPolicy(RedisClusteringPolicy.NO_CLUSTER)))
            .hasMessageContaining("test/redis: clusteringPolicy 'NoCluster' is not allowed; Flash Optimized SKUs (FlashOptimized_A250)"
                + " are always clustered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enterprise_E10", "Balanced_B2", "balanced_b3", "Premium"})
    void findsNoSkuAzureManagedRedisDoesNotOffer(String sku) {
        assertThat(ManagedRedisSku.find(sku)).isEmpty();
        assertThat(ManagedRedisSku.find(ManagedRedisSku.BALANCED_B3.terraformValue())).contains(ManagedRedisSku.BALANCED_B3);
        assertThatThrownBy(() -> synth(builder -> builder.sku(null))).hasMessageContaining("test/redis: sku is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-redis", "redis-", "re--dis", "redis_prod"})
    void failsOnNameAzureRejects(String name) {
        assertThatThrownBy(() -> synth(builder -> builder.name(name)))
            .hasMessageContaining("test/redis: name '" + name + "' is not allowed")
            .hasMessageContaining("letters, digits and hyphens, no hyphen at either end and no '--'");
    }

    @Test
    void failsWithoutNetworkOrDiagnosticsTargets() {
        assertThatThrownBy(() -> synth(builder -> builder.privateEndpointSubnet(null)))
            .hasMessageContaining("test/redis: privateEndpointSubnet is required");
        assertThatThrownBy(() -> synth(builder -> builder.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/redis: logAnalyticsWorkspace is required");
    }
}
