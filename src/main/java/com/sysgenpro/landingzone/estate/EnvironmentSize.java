package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.workload.ManagedRedisSku;

/**
 * The size an environment chooses within its blueprint's approved SKUs ({@code size} in the estate file); every part
 * optional, the blueprint's own where absent. {@link EstateValidator} refuses a SKU the blueprint does not approve, and
 * a part the environment's tenancy does not own: a shared tenant runs on its hosting's pool, server and cache (which
 * the shared capacity sizes), a semi-dedicated one on the hosting's cache.
 *
 * @param nodeSize the VM size of the environment's own Odoo pool (dedicated and semi-dedicated), e.g. {@code Standard_D16ds_v5}
 * @param postgresSku the SKU of its own PostgreSQL server (dedicated and semi-dedicated), as the SKU initiative names
 *     it, e.g. {@code Standard_D8ds_v5}
 * @param redisSku the SKU of its own Redis (dedicated), e.g. {@link ManagedRedisSku#BALANCED_B5}
 * @param weight how many of the blueprint's tenant quotas its namespace gets, 1 to {@link #MAX_WEIGHT}: on shared hosting
 *     it counts that many times in the hosting's capacity and showback key; null for 1
 */
public record EnvironmentSize(String nodeSize, String postgresSku, ManagedRedisSku redisSku, Integer weight) {

    /** No choice: the blueprint's sizes, weight 1. */
    public static final EnvironmentSize NONE = new EnvironmentSize(null, null, null, null);

    /** The most tenant quotas one namespace may get: beyond, a dedicated or semi-dedicated hosting is the better fit. */
    public static final int MAX_WEIGHT = 8;

    /** The weight, 1 when not chosen. */
    public int weightOrOne() {
        return weight == null ? 1 : weight;
    }
}
