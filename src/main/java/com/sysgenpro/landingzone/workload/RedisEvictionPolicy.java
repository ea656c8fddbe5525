package com.sysgenpro.landingzone.workload;

/**
 * What Redis removes when its memory is full, for {@link ManagedRedis} and {@link RedisCache}. Odoo puts sessions
 * and caches with an expiry in Redis, so the default {@link #VOLATILE_LRU} evicts the least recently used of those and
 * never a key without expiry.
 */
public enum RedisEvictionPolicy {
    /** Evict the least recently used key among keys with an expiry. The default of both services. */
    VOLATILE_LRU("VolatileLRU", "volatile-lru"),
    /** Evict the least frequently used key among keys with an expiry. */
    VOLATILE_LFU("VolatileLFU", "volatile-lfu"),
    /** Evict the key with an expiry that expires soonest. */
    VOLATILE_TTL("VolatileTTL", "volatile-ttl"),
    /** Evict a random key among keys with an expiry. */
    VOLATILE_RANDOM("VolatileRandom", "volatile-random"),
    /** Evict the least recently used key, with or without expiry (a pure cache). */
    ALL_KEYS_LRU("AllKeysLRU", "allkeys-lru"),
    /** Evict the least frequently used key, with or without expiry. */
    ALL_KEYS_LFU("AllKeysLFU", "allkeys-lfu"),
    /** Evict a random key, with or without expiry. */
    ALL_KEYS_RANDOM("AllKeysRandom", "allkeys-random"),
    /** Evict nothing: writes fail when memory is full (for data that must not be lost silently). */
    NO_EVICTION("NoEviction", "noeviction");

    private final String managedRedisValue;
    private final String redisCacheValue;

    RedisEvictionPolicy(String managedRedisValue, String redisCacheValue) {
        this.managedRedisValue = managedRedisValue;
        this.redisCacheValue = redisCacheValue;
    }

    /** The value of Azure Managed Redis' {@code eviction_policy}, e.g. {@code VolatileLRU}. */
    public String managedRedisValue() {
        return managedRedisValue;
    }

    /** The value of Azure Cache for Redis' {@code maxmemory_policy}, e.g. {@code volatile-lru}. */
    public String redisCacheValue() {
        return redisCacheValue;
    }
}
