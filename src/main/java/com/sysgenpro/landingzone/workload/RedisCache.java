package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.redis_cache.RedisCacheRedisConfiguration;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.PrivateEndpoint;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * <strong>Legacy:</strong> an Azure Cache for Redis ({@code azurerm_redis_cache}), only for estates that still run
 * one. Microsoft retires Azure Cache for Redis Basic, Standard and Premium on 2028-09-30;
 * new environments use {@link ManagedRedis} (Azure Managed Redis), and existing caches should migrate before then.
 *
 * <p>Secure by default all the same: Premium with replicas in three availability zones (required while
 * {@link RedisCacheProps#production()} is on), the non-TLS port off, TLS 1.2
 * minimum, public network access disabled and a private endpoint ({@code redisCache}), Microsoft Entra authentication
 * on with access-key authentication off, metrics and connection logs to the workspace.
 *
 * <p>No persistence: RDB and AOF persistence of Azure Cache for Redis take a storage connection string, which would
 * put a secret (or at least a connection string) into the synthesized configuration. Estates that need persistent
 * Redis data use {@link ManagedRedis}, whose persistence needs no storage account.
 */
public final class RedisCache extends Construct {

    /** The private endpoint's sub-resource for Azure Cache for Redis. */
    public static final String SUBRESOURCE = "redisCache";
    /** The date Azure Cache for Redis (Basic, Standard, Premium) is retired. */
    public static final String RETIREMENT_DATE = "2028-09-30";

    private static final Set<String> ZONES = Set.of("1", "2", "3");
    private static final int MAX_REPLICAS = 3;

    private final io.cdktn.providers.azurerm.redis_cache.RedisCache resource;
    private final String name;

    /** Creates the cache; prefer {@link Builder#create(Construct, String)}. */
    public RedisCache(Construct scope, String id, RedisCacheProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.REDIS);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        RedisCacheSku sku = Checks.required(path, "sku", props.sku());
        if (props.capacity() < sku.minCapacity() || props.capacity() > sku.maxCapacity()) {
            throw Checks.invalid(path, "capacity", props.capacity(), "allowed for " + sku.terraformValue() + ": "
                + sku.minCapacity() + " to " + sku.maxCapacity());
        }
        boolean premium = sku == RedisCacheSku.PREMIUM;
        if (props.production() && !premium) {
            throw Checks.invalid(path, "sku", sku.name(), "production needs PREMIUM, the only tier whose replicas span"
                + " availability zones (" + sku.terraformValue() + " loses the cache with one zone or node); keep PREMIUM, or set"
                + " production(false) for a lower environment");
        }
        List<String> zones = props.zones() != null ? props.zones() : premium ? RedisCacheProps.DEFAULT_ZONES : List.of();
        if (props.production() && zones.size() < 2) {
            throw Checks.invalid(path, "zones", zones.toString(), "production spreads the nodes over at least two zones, e.g. "
                + RedisCacheProps.DEFAULT_ZONES + "; or set production(false) for a lower environment");
        }
        if (!premium && !zones.isEmpty()) {
            throw Checks.invalid(path, "zones", zones.toString(), "zones need sku PREMIUM; " + sku + " caches are not zone-redundant");
        }
        Set<String> seen = new HashSet<>();
        for (String zone : zones) {
            if (!ZONES.contains(zone) || !seen.add(zone)) {
                throw Checks.invalid(path, "zones", zones.toString(), "each of \"1\", \"2\", \"3\" at most once");
            }
        }
        Integer replicas = props.replicasPerPrimary() != null ? props.replicasPerPrimary()
            : premium ? Integer.valueOf(RedisCacheProps.DEFAULT_PREMIUM_REPLICAS) : null;
        if (replicas != null && !premium) {
            throw Checks.invalid(path, "replicasPerPrimary", replicas, "replicas per primary need sku PREMIUM; leave it unset");
        }
        if (replicas != null) {
            Checks.inRange(path, "replicasPerPrimary", replicas, 1, MAX_REPLICAS);
        }
        RedisEvictionPolicy eviction = Checks.required(path, "evictionPolicy", props.evictionPolicy());
        SubnetReference subnet = Checks.required(path, "privateEndpointSubnet", props.privateEndpointSubnet());
        PrivateDnsZoneReference dnsZone = Checks.required(path, "privateDnsZone", props.privateDnsZone());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = props.tags() != null ? props.tags() : resourceGroup.tags();

        var builder = io.cdktn.providers.azurerm.redis_cache.RedisCache.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .skuName(sku.terraformValue())
            .family(sku.family())
            .capacity(props.capacity())
            .redisVersion("6")
            .nonSslPortEnabled(false)
            .minimumTlsVersion("1.2")
            .publicNetworkAccessEnabled(false)
            // Access keys can be switched off only while Entra authentication is on.
            .accessKeysAuthenticationEnabled(props.accessKeysAuthenticationEnabled())
            .redisConfiguration(RedisCacheRedisConfiguration.builder()
                .activeDirectoryAuthenticationEnabled(true)
                .authenticationEnabled(true)
                .maxmemoryPolicy(eviction.redisCacheValue())
                .build())
            .tags(tags.asMap());
        if (!zones.isEmpty()) {
            builder.zones(zones);
        }
        if (replicas != null) {
            builder.replicasPerPrimary(replicas);
        }
        this.resource = builder.build();

        new PrivateEndpoint(this, "PrivateEndpoint", WorkloadNames.privateEndpoint(name, "redis"), resourceGroup,
            subnet, resource.getId(), SUBRESOURCE, dnsZone, tags);
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);
    }

    /** The cache name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The cache's Azure resource id (a Terraform reference): the scope of data access policy assignments. */
    public String id() {
        return resource.getId();
    }

    /** The host name clients connect to on the TLS port 6380 (a Terraform reference; not a secret). */
    public String hostname() {
        return resource.getHostname();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends RedisCacheProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a legacy Azure Cache for Redis with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public RedisCache build() {
            return new RedisCache(scope, id, toProps());
        }
    }
}
