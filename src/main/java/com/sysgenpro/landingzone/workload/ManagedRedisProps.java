package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.PrivateResourceProps;

/**
 * Properties of a {@link ManagedRedis}. Create with {@link #builder()}.
 *
 * <p>Name: The instance name. Required; 1–63 letters, digits and hyphens, no hyphen at either end and no {@code --};
 * unique across Azure (it becomes {@code <name>.<region>.redis.azure.net}).
 * <p>Resource group: The resource group the instance lives in; its region is the instance's region. Required.
 * <p>Tags: Tags of the instance and its private endpoint. Default: the resource group's tags.
 * <p>Diagnostics: The Log Analytics workspace the instance's metrics and its database's connection logs go to.
 * Required.
 * <p>Private endpoint subnet: The environment's private-endpoint subnet. Required: public network access is always
 * disabled.
 * <p>Private DNS zone: The private DNS zone {@code privatelink.redis.azure.net} the endpoint registers in. Required.
 */
public final class ManagedRedisProps extends PrivateResourceProps {

    /** Default SKU: {@code Balanced_B3} (3 GB, balanced memory and compute), the smallest size approved for production. */
    public static final ManagedRedisSku DEFAULT_SKU = ManagedRedisSku.BALANCED_B3;

    private final ManagedRedisSku sku;
    private final boolean highAvailability;
    private final boolean production;
    private final RedisEvictionPolicy evictionPolicy;
    private final RedisClusteringPolicy clusteringPolicy;
    private final RdbBackupFrequency rdbBackupFrequency;
    private final AofBackupFrequency aofBackupFrequency;
    private final boolean accessKeysAuthenticationEnabled;

    private ManagedRedisProps(Setters<?> setters) {
        super(setters);
        this.sku = setters.sku;
        this.highAvailability = setters.highAvailability;
        this.production = setters.production;
        this.evictionPolicy = setters.evictionPolicy;
        this.clusteringPolicy = setters.clusteringPolicy;
        this.rdbBackupFrequency = setters.rdbBackupFrequency;
        this.aofBackupFrequency = setters.aofBackupFrequency;
        this.accessKeysAuthenticationEnabled = setters.accessKeysAuthenticationEnabled;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The SKU, e.g. {@link ManagedRedisSku#BALANCED_B3}, {@link ManagedRedisSku#MEMORY_OPTIMIZED_M10}. Default:
     * {@link #DEFAULT_SKU}. The estate's approved-SKU policy narrows the SKUs per tier.
     * Changing it recreates the instance.
     */
    public ManagedRedisSku sku() {
        return sku;
    }

    /**
     * Whether the instance serves production. Default: {@code true}: {@link #highAvailability()} must stay on and
     * persistence ({@link #rdbBackupFrequency()} or {@link #aofBackupFrequency()}) must be set, so that neither a
     * node failure nor a restart of every node logs all Odoo users out. Lower environments set {@code false}
     * explicitly to run a smaller, single-node instance without persistence.
     */
    public boolean production() {
        return production;
    }

    /**
     * Whether data is replicated to a second node in another zone, with automatic failover (the SLA needs it).
     * Default: {@code true}. Turning it off halves the cost and is meant for small non-production instances: it is
     * refused while {@link #production()} is {@code true}. Changing it recreates the instance.
     */
    public boolean highAvailability() {
        return highAvailability;
    }

    /**
     * What Redis evicts when memory is full. Default: {@link RedisEvictionPolicy#VOLATILE_LRU}: Odoo's sessions and
     * cache entries carry an expiry, so the least recently used of them go first and keys without expiry (locks,
     * queues of add-ons) are never evicted silently; when memory only holds keys without expiry, writes fail
     * visibly instead.
     */
    public RedisEvictionPolicy evictionPolicy() {
        return evictionPolicy;
    }

    /**
     * How keys are spread over shards; changing it recreates the database. Default: {@link RedisClusteringPolicy#OSS_CLUSTER}
     * (the best throughput; Odoo's Redis session stores work with cluster-aware clients). {@code NO_CLUSTER} is refused on
     * Flash Optimized SKUs, which are always clustered.
     */
    public RedisClusteringPolicy clusteringPolicy() {
        return clusteringPolicy;
    }

    /**
     * RDB persistence: a snapshot to the managed disk at this frequency, so that a restart of every node does not
     * lose the data (Odoo's sessions). Default: {@link RdbBackupFrequency#EVERY_HOUR}. {@code null} for none (only with
     * {@code production(false)}, unless {@link #aofBackupFrequency()} is set); at most one of this and
     * {@link #aofBackupFrequency()}. Persistence is not a backup: it restores the last state, corrupt
     * data included.
     */
    public RdbBackupFrequency rdbBackupFrequency() {
        return rdbBackupFrequency;
    }

    /**
     * AOF persistence instead of RDB: every write is logged and flushed at this frequency. Default: {@code null}. To
     * use it, set {@link #rdbBackupFrequency()} to {@code null}: Azure allows one persistence method.
     */
    public AofBackupFrequency aofBackupFrequency() {
        return aofBackupFrequency;
    }

    /**
     * Whether clients may authenticate with the database's access keys. Default: {@code false}: clients authenticate
     * with Entra ID (an access policy assignment per identity), so there is no shared secret to leak or rotate. Only
     * for clients that cannot use Entra ID; the keys then live in Terraform state, never in the synthesized JSON.
     */
    public boolean accessKeysAuthenticationEnabled() {
        return accessKeysAuthenticationEnabled;
    }

    /** Builds {@link ManagedRedisProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public ManagedRedisProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link ManagedRedis.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends PrivateResourceProps.Setters<B> {
        private ManagedRedisSku sku = DEFAULT_SKU;
        private boolean highAvailability = true;
        private boolean production = true;
        private RedisEvictionPolicy evictionPolicy = RedisEvictionPolicy.VOLATILE_LRU;
        private RedisClusteringPolicy clusteringPolicy = RedisClusteringPolicy.OSS_CLUSTER;
        private RdbBackupFrequency rdbBackupFrequency = RdbBackupFrequency.EVERY_HOUR;
        private AofBackupFrequency aofBackupFrequency;
        private boolean accessKeysAuthenticationEnabled;

        Setters() {
        }

        /** @see ManagedRedisProps#sku() */
        public B sku(ManagedRedisSku sku) {
            this.sku = sku;
            return self();
        }

        /** @see ManagedRedisProps#production() */
        public B production(boolean production) {
            this.production = production;
            return self();
        }

        /** @see ManagedRedisProps#highAvailability() */
        public B highAvailability(boolean highAvailability) {
            this.highAvailability = highAvailability;
            return self();
        }

        /** @see ManagedRedisProps#evictionPolicy() */
        public B evictionPolicy(RedisEvictionPolicy evictionPolicy) {
            this.evictionPolicy = evictionPolicy;
            return self();
        }

        /** @see ManagedRedisProps#clusteringPolicy() */
        public B clusteringPolicy(RedisClusteringPolicy clusteringPolicy) {
            this.clusteringPolicy = clusteringPolicy;
            return self();
        }

        /** @see ManagedRedisProps#rdbBackupFrequency() */
        public B rdbBackupFrequency(RdbBackupFrequency rdbBackupFrequency) {
            this.rdbBackupFrequency = rdbBackupFrequency;
            return self();
        }

        /** @see ManagedRedisProps#aofBackupFrequency() */
        public B aofBackupFrequency(AofBackupFrequency aofBackupFrequency) {
            this.aofBackupFrequency = aofBackupFrequency;
            return self();
        }

        /** @see ManagedRedisProps#accessKeysAuthenticationEnabled() */
        public B accessKeysAuthenticationEnabled(boolean accessKeysAuthenticationEnabled) {
            this.accessKeysAuthenticationEnabled = accessKeysAuthenticationEnabled;
            return self();
        }

        ManagedRedisProps toProps() {
            return new ManagedRedisProps(this);
        }
    }
}
