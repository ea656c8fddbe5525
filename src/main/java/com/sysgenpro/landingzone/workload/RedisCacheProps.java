package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.PrivateResourceProps;
import java.util.List;

/**
 * Properties of a legacy {@link RedisCache} (Azure Cache for Redis, retiring on 2028-09-30; prefer
 * {@link ManagedRedisProps}). Create with {@link #builder()}.
 *
 * <p>Name: The cache name. Required; 1–63 letters, digits and hyphens, no hyphen at either end and no {@code --};
 * unique across Azure (it becomes {@code <name>.redis.cache.windows.net}).
 * <p>Resource group: The resource group the cache lives in; its region is the cache's region. Required.
 * <p>Tags: Tags of the cache and its private endpoint. Default: the resource group's tags.
 * <p>Diagnostics: The Log Analytics workspace the cache's metrics and connection logs go to. Required.
 * <p>Private endpoint subnet: The environment's private-endpoint subnet. Required: public network access is always
 * disabled.
 * <p>Private DNS zone: The private DNS zone {@code privatelink.redis.cache.windows.net} the endpoint registers in.
 * Required.
 */
public final class RedisCacheProps extends PrivateResourceProps {

    /** Default capacity: 1, i.e. P1 (6 GB) on Premium. */
    public static final int DEFAULT_CAPACITY = 1;
    /** Default zones on Premium: all three of the region's availability zones. */
    public static final List<String> DEFAULT_ZONES = List.of("1", "2", "3");
    /** Default replicas per primary on Premium: 2, so that the three nodes land in three zones. */
    public static final int DEFAULT_PREMIUM_REPLICAS = 2;

    private final boolean production;
    private final RedisCacheSku sku;
    private final int capacity;
    private final List<String> zones;
    private final Integer replicasPerPrimary;
    private final RedisEvictionPolicy evictionPolicy;
    private final boolean accessKeysAuthenticationEnabled;

    private RedisCacheProps(Setters<?> setters) {
        super(setters);
        this.production = setters.production;
        this.sku = setters.sku;
        this.capacity = setters.capacity;
        this.zones = setters.zones == null ? null : List.copyOf(setters.zones);
        this.replicasPerPrimary = setters.replicasPerPrimary;
        this.evictionPolicy = setters.evictionPolicy;
        this.accessKeysAuthenticationEnabled = setters.accessKeysAuthenticationEnabled;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
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
    public abstract static class Setters<B extends Setters<B>> extends PrivateResourceProps.Setters<B> {
        private boolean production = true;
        private RedisCacheSku sku = RedisCacheSku.PREMIUM;
        private int capacity = DEFAULT_CAPACITY;
        private List<String> zones;
        private Integer replicasPerPrimary;
        private RedisEvictionPolicy evictionPolicy = RedisEvictionPolicy.VOLATILE_LRU;
        private boolean accessKeysAuthenticationEnabled;

        Setters() {
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

        RedisCacheProps toProps() {
            return new RedisCacheProps(this);
        }
    }
}
