package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.List;

/**
 * Properties of a legacy {@link RedisCache} (Azure Cache for Redis, retiring on 2028-09-30; prefer
 * {@link ManagedRedisProps}). Create with {@link #builder()}.
 */
public final class RedisCacheProps {

    /** Default capacity: 1, i.e. P1 (6 GB) on Premium. */
    public static final int DEFAULT_CAPACITY = 1;
    /** Default zones on Premium: all three of the region's availability zones. */
    public static final List<String> DEFAULT_ZONES = List.of("1", "2", "3");
    /** Default replicas per primary on Premium: 2, so that the three nodes land in three zones. */
    public static final int DEFAULT_PREMIUM_REPLICAS = 2;

    private final String name;
    private final ResourceGroup resourceGroup;
    private final boolean production;
    private final RedisCacheSku sku;
    private final int capacity;
    private final List<String> zones;
    private final Integer replicasPerPrimary;
    private final RedisEvictionPolicy evictionPolicy;
    private final boolean accessKeysAuthenticationEnabled;
    private final SubnetReference privateEndpointSubnet;
    private final PrivateDnsZoneReference privateDnsZone;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final Tags tags;

    private RedisCacheProps(Setters<?> setters) {
        this.name = setters.name;
        this.resourceGroup = setters.resourceGroup;
        this.production = setters.production;
        this.sku = setters.sku;
        this.capacity = setters.capacity;
        this.zones = setters.zones == null ? null : List.copyOf(setters.zones);
        this.replicasPerPrimary = setters.replicasPerPrimary;
        this.evictionPolicy = setters.evictionPolicy;
        this.accessKeysAuthenticationEnabled = setters.accessKeysAuthenticationEnabled;
        this.privateEndpointSubnet = setters.privateEndpointSubnet;
        this.privateDnsZone = setters.privateDnsZone;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cache name. Required; 1–63 letters, digits and hyphens, no hyphen at either end and no {@code --}; unique
     * across Azure (it becomes {@code <name>.redis.cache.windows.net}).
     */
    public String name() {
        return name;
    }

    /** The resource group the cache lives in; its region is the cache's region. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /**
     * Whether the cache serves production. Default: {@code true}: the tier must be {@link RedisCacheSku#PREMIUM} with its
     * nodes in at least two availability zones. Lower environments set {@code false} explicitly to use Basic or Standard.
     */
    public boolean production() {
        return production;
    }

    /**
     * The tier. Default: {@link RedisCacheSku#PREMIUM}, the only tier with zone redundancy. Basic and Standard need
     * {@code production(false)}.
     */
    public RedisCacheSku sku() {
        return sku;
    }

    /** The size within the tier: 0–6 for Basic and Standard (C0–C6), 1–5 for Premium (P1–P5). Default: {@value #DEFAULT_CAPACITY}. */
    public int capacity() {
        return capacity;
    }

    /**
     * The availability zones the nodes are spread over, each {@code 1}, {@code 2} or {@code 3}. Default ({@code null}):
     * {@link #DEFAULT_ZONES} on Premium, none on Basic and Standard (which do not support zones). Changing it
     * recreates the cache.
     */
    public List<String> zones() {
        return zones;
    }

    /**
     * Replicas per primary, 1–3, Premium only. Default ({@code null}): {@value #DEFAULT_PREMIUM_REPLICAS} on Premium
     * (one node per zone), the tier's fixed layout otherwise.
     */
    public Integer replicasPerPrimary() {
        return replicasPerPrimary;
    }

    /** What Redis evicts when memory is full ({@code maxmemory_policy}). Default: {@link RedisEvictionPolicy#VOLATILE_LRU}. */
    public RedisEvictionPolicy evictionPolicy() {
        return evictionPolicy;
    }

    /**
     * Whether clients may authenticate with the cache's access keys. Default: {@code false}: Entra ID authentication
     * is on and clients get data access policy assignments instead of a shared secret. Only for clients that cannot
     * use Entra ID; the keys then live in Terraform state, never in the synthesized JSON.
     */
    public boolean accessKeysAuthenticationEnabled() {
        return accessKeysAuthenticationEnabled;
    }

    /** The environment's private-endpoint subnet. Required: public network access is always disabled. */
    public SubnetReference privateEndpointSubnet() {
        return privateEndpointSubnet;
    }

    /** The private DNS zone {@code privatelink.redis.cache.windows.net} the endpoint registers in. Required. */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /** The Log Analytics workspace the cache's metrics and connection logs go to. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** Tags of the cache and its private endpoint. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link RedisCacheProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public RedisCacheProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link RedisCache.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private ResourceGroup resourceGroup;
        private boolean production = true;
        private RedisCacheSku sku = RedisCacheSku.PREMIUM;
        private int capacity = DEFAULT_CAPACITY;
        private List<String> zones;
        private Integer replicasPerPrimary;
        private RedisEvictionPolicy evictionPolicy = RedisEvictionPolicy.VOLATILE_LRU;
        private boolean accessKeysAuthenticationEnabled;
        private SubnetReference privateEndpointSubnet;
        private PrivateDnsZoneReference privateDnsZone;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private Tags tags;

        Setters() {
        }

        /** @see RedisCacheProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see RedisCacheProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see RedisCacheProps#production() */
        public B production(boolean production) {
            this.production = production;
            return self();
        }

        /** @see RedisCacheProps#sku() */
        public B sku(RedisCacheSku sku) {
            this.sku = sku;
            return self();
        }

        /** @see RedisCacheProps#capacity() */
        public B capacity(int capacity) {
            this.capacity = capacity;
            return self();
        }

        /** @see RedisCacheProps#zones() */
        public B zones(List<String> zones) {
            this.zones = zones;
            return self();
        }

        /** @see RedisCacheProps#replicasPerPrimary() */
        public B replicasPerPrimary(Integer replicasPerPrimary) {
            this.replicasPerPrimary = replicasPerPrimary;
            return self();
        }

        /** @see RedisCacheProps#evictionPolicy() */
        public B evictionPolicy(RedisEvictionPolicy evictionPolicy) {
            this.evictionPolicy = evictionPolicy;
            return self();
        }

        /** @see RedisCacheProps#accessKeysAuthenticationEnabled() */
        public B accessKeysAuthenticationEnabled(boolean accessKeysAuthenticationEnabled) {
            this.accessKeysAuthenticationEnabled = accessKeysAuthenticationEnabled;
            return self();
        }

        /** @see RedisCacheProps#privateEndpointSubnet() */
        public B privateEndpointSubnet(SubnetReference privateEndpointSubnet) {
            this.privateEndpointSubnet = privateEndpointSubnet;
            return self();
        }

        /** @see RedisCacheProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }

        /** @see RedisCacheProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see RedisCacheProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        RedisCacheProps toProps() {
            return new RedisCacheProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
