package com.sysgenpro.landingzone.workload;

/** How an {@link ManagedRedis} database spreads keys over its shards; fixed at creation (changing it recreates the database). */
public enum RedisClusteringPolicy {
    /** Clients use the Redis Cluster protocol and talk to each shard directly: the best throughput. The default. */
    OSS_CLUSTER("OSSCluster"),
    /** A proxy routes each command, so clients need no cluster support; required by RediSearch. */
    ENTERPRISE_CLUSTER("EnterpriseCluster"),
    /** One shard, no clustering: for clients that cannot handle cluster redirects, on small SKUs. */
    NO_CLUSTER("NoCluster");

    private final String terraformValue;

    RedisClusteringPolicy(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code clustering_policy}, e.g. {@code OSSCluster}. */
    public String terraformValue() {
        return terraformValue;
    }
}
