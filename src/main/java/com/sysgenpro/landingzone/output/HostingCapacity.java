package com.sysgenpro.landingzone.output;

import java.util.List;

/**
 * What a shared hosting stack's tenants need and the sizes that hold it, as {@code landing-zone.json} records it (the
 * hosting's {@code capacity}), for {@code ./lz cost}'s capacity section.
 *
 * @param stack the shared hosting stack
 * @param tenants its shared tenants, whose pods run on its Odoo pool and whose databases are on its server
 * @param cacheTenants every tenant, shared and semi-dedicated, all using its Redis
 * @param requestedCpu CPU the shared tenants' namespace quotas request together
 * @param requestedMemoryGi memory in GiB they request together
 * @param cpuOvercommit how many times over the blueprint lets the pool promise its vCPUs
 * @param memoryOvercommit how many times over it lets the pool promise its memory
 * @param nodeSize the Odoo pool's VM size
 * @param nodesMin the pool's fewest nodes
 * @param nodesMax the pool's most nodes, grown with the tenants
 * @param nodesMost the most the blueprint lets a shared pool grow to
 * @param cpuCapacity CPU the pool can promise at its most nodes and the overcommit
 * @param memoryCapacityGi memory in GiB it can promise likewise
 * @param postgresSku the server's SKU
 * @param connectionsNeeded the connections the shared tenants need, Azure's reserved ones included
 * @param maxConnections the server's {@code max_connections}
 * @param redisSku the cache's SKU
 * @param cacheNeededMb the cache memory the tenants need, in MB
 * @param cacheMb the cache's memory, in MB
 * @param shortfalls what exceeds the most the blueprint allows, one sentence each; empty when everything fits
 * @param overrideReason the reason that accepts the shortfalls; null when there are none
 */
public record HostingCapacity(String stack, int tenants, int cacheTenants, int requestedCpu, int requestedMemoryGi, double cpuOvercommit,
                              double memoryOvercommit, String nodeSize, int nodesMin, int nodesMax, int nodesMost, int cpuCapacity,
                              int memoryCapacityGi, String postgresSku, int connectionsNeeded, int maxConnections, String redisSku,
                              int cacheNeededMb, int cacheMb, List<String> shortfalls, String overrideReason) {

    /** Copies the list. */
    public HostingCapacity {
        shortfalls = List.copyOf(shortfalls);
    }
}
