package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.CACHE_ZONE;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.TAGS;
import static com.sysgenpro.landingzone.workload.DataServicesFixtures.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisCacheTest {

    private static JsonNode synth(Consumer<RedisCache.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = DataServicesFixtures.resourceGroup(stack);
            RedisCache.Builder cache = DataServicesFixtures.redisCache(stack, group);
            customize.accept(cache);
            cache.build();
        });
    }

    @Test
    void defaultsArePremiumZoneRedundantTlsOnlyPrivateAndEntraOnly() {
        JsonNode cache = onlyResource(synth(builder -> { }), "azurerm_redis_cache");

        assertThat(cache.path("sku_name").asText()).isEqualTo("Premium");
        assertThat(cache.path("family").asText()).isEqualTo("P");
        assertThat(cache.path("capacity").asInt()).isEqualTo(1);
        assertThat(cache.path("zones")).extracting(JsonNode::asText).containsExactly("1", "2", "3");
        assertThat(cache.path("replicas_per_primary").asInt()).isEqualTo(2);
        assertThat(cache.path("non_ssl_port_enabled").isBoolean()).isTrue();
        assertThat(cache.path("non_ssl_port_enabled").asBoolean()).isFalse();
        assertThat(cache.path("minimum_tls_version").asText()).isEqualTo("1.2");
        assertThat(cache.path("public_network_access_enabled").asBoolean(true)).isFalse();
        assertThat(cache.path("access_keys_authentication_enabled").asBoolean(true)).isFalse();
        assertThat(cache.path("redis_configuration").path("active_directory_authentication_enabled").asBoolean()).isTrue();
        assertThat(cache.path("redis_configuration").path("maxmemory_policy").asText()).isEqualTo("volatile-lru");
        assertThat(cache.path("redis_version").asText()).isEqualTo("6");
        assertThat(Synth.tags(cache)).isEqualTo(TAGS.asMap());
    }

    @Test
    void defaultsGiveAPrivateEndpointAndDiagnostics() {
        JsonNode stack = synth(builder -> { });
        JsonNode endpoint = onlyResource(stack, "azurerm_private_endpoint");
        JsonNode setting = onlyResource(stack, "azurerm_monitor_diagnostic_setting");

        assertThat(endpoint.path("private_service_connection").path("subresource_names").get(0).asText()).isEqualTo("redisCache");
        assertThat(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText()).isEqualTo(CACHE_ZONE);
        assertThat(setting.path("target_resource_id").asText()).matches("\\$\\{azurerm_redis_cache\\.cache_[0-9A-F]{8}\\.id}");
        assertThat(setting.path("log_analytics_workspace_id").asText()).isEqualTo(WORKSPACE);
        assertThat(setting.path("enabled_log")).extracting(l -> l.path("category_group").asText()).containsExactly("audit", "allLogs");
        assertThat(setting.path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
    }

    @Test
    void overridesToAStandardCacheWithoutZones() {
        JsonNode cache = onlyResource(synth(builder -> builder.production(false).sku(RedisCacheSku.STANDARD).capacity(0)
            .evictionPolicy(RedisEvictionPolicy.ALL_KEYS_LRU)), "azurerm_redis_cache");

        assertThat(cache.path("sku_name").asText()).isEqualTo("Standard");
        assertThat(cache.path("family").asText()).isEqualTo("C");
        assertThat(cache.path("capacity").asInt()).isZero();
        assertThat(cache.has("zones")).isFalse();
        assertThat(cache.has("replicas_per_primary")).isFalse();
        assertThat(cache.path("redis_configuration").path("maxmemory_policy").asText()).isEqualTo("allkeys-lru");
        assertThat(cache.path("non_ssl_port_enabled").asBoolean(true)).isFalse();
    }

    @Test
    void overridesPremiumZonesReplicasAndAccessKeys() {
        JsonNode cache = onlyResource(synth(builder -> builder.capacity(3).zones(List.of("1", "2")).replicasPerPrimary(1)
            .accessKeysAuthenticationEnabled(true)), "azurerm_redis_cache");

        assertThat(cache.path("capacity").asInt()).isEqualTo(3);
        assertThat(cache.path("zones")).extracting(JsonNode::asText).containsExactly("1", "2");
        assertThat(cache.path("replicas_per_primary").asInt()).isEqualTo(1);
        assertThat(cache.path("access_keys_authentication_enabled").asBoolean()).isTrue();
        assertThat(cache.path("redis_configuration").path("active_directory_authentication_enabled").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void failsOnPremiumCapacityOutsideAzureRange(int capacity) {
        assertThatThrownBy(() -> synth(builder -> builder.capacity(capacity)))
            .hasMessageContaining("test/cache: capacity " + capacity + " is not allowed; allowed for Premium: 1 to 5");
    }

    @Test
    void failsOnZonesOrReplicasBelowPremium() {
        assertThatThrownBy(() -> synth(builder -> builder.production(false).sku(RedisCacheSku.STANDARD).zones(List.of("1"))))
            .hasMessageContaining("test/cache: zones '[1]' is not allowed; zones need sku PREMIUM");
        assertThatThrownBy(() -> synth(builder -> builder.production(false).sku(RedisCacheSku.BASIC).replicasPerPrimary(1)))
            .hasMessageContaining("test/cache: replicasPerPrimary 1 is not allowed; replicas per primary need sku PREMIUM");
    }

    @Test
    void failsOnUnknownOrRepeatedZonesAndTooManyReplicas() {
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of("1", "4"))))
            .hasMessageContaining("test/cache: zones '[1, 4]' is not allowed");
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of("1", "1"))))
            .hasMessageContaining("each of \"1\", \"2\", \"3\" at most once");
        assertThatThrownBy(() -> synth(builder -> builder.replicasPerPrimary(4)))
            .hasMessageContaining("test/cache: replicasPerPrimary 4 is not allowed; allowed: 1 to 3");
    }

    @Test
    void failsOnBasicOrStandardInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.sku(RedisCacheSku.BASIC).capacity(1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/cache: sku 'BASIC' is not allowed; production needs PREMIUM")
            .hasMessageContaining("set production(false) for a lower environment");
        assertThatThrownBy(() -> synth(builder -> builder.sku(RedisCacheSku.STANDARD).capacity(1)))
            .hasMessageContaining("test/cache: sku 'STANDARD' is not allowed; production needs PREMIUM");
    }

    @Test
    void failsOnASingleZoneInProduction() {
        assertThatThrownBy(() -> synth(builder -> builder.zones(List.of("1"))))
            .hasMessageContaining("test/cache: zones '[1]' is not allowed; production spreads the nodes over at least two zones");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("cache--prod")))
            .hasMessageContaining("test/cache: name 'cache--prod' is not allowed");
    }
}
