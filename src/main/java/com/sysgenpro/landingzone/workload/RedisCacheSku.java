package com.sysgenpro.landingzone.workload;

/**
 * The tier of a legacy {@link RedisCache} (Azure Cache for Redis; all three tiers retire on 2028-09-30) with its SKU
 * family and the capacities Azure accepts.
 */
public enum RedisCacheSku {
    /** One node, no SLA, no replication: for throwaway environments only. Family C, capacity 0–6. */
    BASIC("Basic", "C", 0, 6),
    /** A primary and a replica in one zone. Family C, capacity 0–6. */
    STANDARD("Standard", "C", 0, 6),
    /** Replicas across availability zones, more memory and throughput. Family P, capacity 1–5. The default. */
    PREMIUM("Premium", "P", 1, 5);

    private final String terraformValue;
    private final String family;
    private final int minCapacity;
    private final int maxCapacity;

    RedisCacheSku(String terraformValue, String family, int minCapacity, int maxCapacity) {
        this.terraformValue = terraformValue;
        this.family = family;
        this.minCapacity = minCapacity;
        this.maxCapacity = maxCapacity;
    }

    /** The value of {@code sku_name}, e.g. {@code Premium}. */
    public String terraformValue() {
        return terraformValue;
    }

    /** The SKU family: {@code C} for Basic and Standard, {@code P} for Premium. */
    public String family() {
        return family;
    }

    /** The smallest capacity Azure accepts for the tier. */
    public int minCapacity() {
        return minCapacity;
    }

    /** The largest capacity Azure accepts for the tier. */
    public int maxCapacity() {
        return maxCapacity;
    }
}
