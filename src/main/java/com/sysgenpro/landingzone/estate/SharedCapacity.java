package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.NodePoolSize;
import com.sysgenpro.landingzone.blueprint.SkuCapacity;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.cluster.TenantQuota;
import com.sysgenpro.landingzone.output.HostingCapacity;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServerProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a shared hosting must hold for its tenants, and the sizes that hold it ({@link SharedHosting#capacity()}):
 * <ul>
 *   <li>the Odoo pool: the shared tenants' namespace quotas ({@link Blueprint#tenantQuota()} requests) summed, divided by
 *       what a node of the pool's size gives at the blueprint's {@link Blueprint#cpuOvercommit() CPU} and
 *       {@link Blueprint#memoryOvercommit() memory} overcommit; the more of the two is the nodes needed, the pool's
 *       {@code max_count} (never below the blueprint's, never above {@link Blueprint#sharedPoolMaxNodes()}).
 *       Semi-dedicated tenants run on pools of their own;</li>
 *   <li>the PostgreSQL server: the shared tenants' {@link Blueprint#tenantDatabaseConnections() connections} plus the
 *       ones Azure reserves, on the smallest approved SKU (never below the blueprint's) whose default
 *       {@code max_connections} covers them; {@code max_connections} is set to the need (at least the project's default);</li>
 *   <li>Redis: every tenant's {@link Blueprint#tenantCacheMb() cache}, shared and semi-dedicated, on the smallest
 *       approved SKU (never below the blueprint's) with the memory.</li>
 * </ul>
 * When the need exceeds the most the blueprint allows, {@link #shortfalls()} says so; the loader refuses the estate
 * unless a {@code capacityOverrideReason} accepts it, and the sizes stop at the most allowed.
 */
final class SharedCapacity {

    private static final int DEFAULT_MAX_CONNECTIONS = Integer.parseInt(
        PostgresFlexibleServerProps.DEFAULT_SERVER_PARAMETERS.get("max_connections"));

    private final Blueprint blueprint;
    private final int poolTenants;
    private final int databaseTenants;
    private final int cacheTenants;
    private final int requestedCpu;
    private final int requestedMemoryGi;
    private final SkuCapacity.Node node;
    private final int cpuNodes;
    private final int memoryNodes;
    private final NodePoolSize pool;
    private final int connectionsNeeded;
    private final SkuCapacity.Postgres postgres;
    private final int maxConnections;
    private final int cacheNeededMb;
    private final SkuCapacity.Redis redis;
    private final List<String> shortfalls = new ArrayList<>();

    /** The capacity of a hosting of {@code blueprint} with {@code tenants}, shared and semi-dedicated. */
    SharedCapacity(Blueprint blueprint, List<Placement> tenants) {
        this.blueprint = blueprint;
        // The shared tenants' pods run on the Odoo pool and their databases are on the server; semi-dedicated ones bring both.
        List<Placement> shared = tenants.stream().filter(tenant -> tenant.tenancy() == TenancyModel.SHARED).toList();
        this.poolTenants = shared.size();
        this.databaseTenants = shared.size();
        this.cacheTenants = tenants.size();
        // A tenant that chose a weight counts that many quotas, connections and caches.
        int sharedWeight = shared.stream().mapToInt(tenant -> tenant.environment().size().weightOrOne()).sum();
        int allWeight = tenants.stream().mapToInt(tenant -> tenant.environment().size().weightOrOne()).sum();
        TenantQuota quota = blueprint.tenantQuota();
        this.requestedCpu = sharedWeight * quota.requestsCpu();
        this.requestedMemoryGi = sharedWeight * quota.requestsMemoryGi();
        NodePoolSize base = blueprint.userPool();
        this.node = SkuCapacity.node(base.vmSize()).orElseThrow(() -> new IllegalStateException(
            "blueprint '" + blueprint.name() + "': no capacity known for node size " + base.vmSize() + "; add it to SkuCapacity"));
        this.cpuNodes = nodes(requestedCpu, node.vcpus(), blueprint.cpuOvercommit());
        this.memoryNodes = nodes(requestedMemoryGi, node.memoryGi(), blueprint.memoryOvercommit());
        int needed = Math.max(cpuNodes, memoryNodes);
        int most = blueprint.sharedPoolMaxNodes();
        if (needed > most) {
            shortfalls.add("its Odoo pool needs " + needed + " × " + node.sku() + " for " + poolTenants + " shared tenants' quotas ("
                + requestedCpu + " CPU, " + requestedMemoryGi + " GiB requested, at " + ratio(blueprint.cpuOvercommit()) + "× CPU and "
                + ratio(blueprint.memoryOvercommit()) + "× memory) but may grow to " + most + " (the " + blueprint.name()
                + " blueprint's sharedPoolMaxNodes)");
        }
        int maxCount = Math.min(most, Math.max(base.maxCount(), needed));
        this.pool = new NodePoolSize(base.vmSize(), Math.min(base.minCount(), maxCount), maxCount);

        this.connectionsNeeded = sharedWeight * blueprint.tenantDatabaseConnections() + SkuCapacity.Postgres.RESERVED_CONNECTIONS;
        SkuCapacity.Postgres floor = SkuCapacity.postgres(blueprint.postgresSku()).orElseThrow(() -> new IllegalStateException(
            "blueprint '" + blueprint.name() + "': no capacity known for PostgreSQL SKU " + blueprint.postgresSku() + "; add it to SkuCapacity"));
        List<SkuCapacity.Postgres> servers = fromFloor(SkuCapacity.approvedPostgres(blueprint), floor,
            sku -> sku.maxConnections() >= floor.maxConnections() && sku.vcores() >= floor.vcores());
        int wanted = Math.max(DEFAULT_MAX_CONNECTIONS, connectionsNeeded);
        Optional<SkuCapacity.Postgres> fitting = servers.stream().filter(sku -> sku.maxConnections() >= wanted).findFirst();
        this.postgres = fitting.orElse(servers.isEmpty() ? floor : servers.get(servers.size() - 1));
        if (fitting.isEmpty() && connectionsNeeded > postgres.maxConnections()) {
            shortfalls.add("its PostgreSQL server needs " + connectionsNeeded + " connections for " + databaseTenants + " shared tenants ("
                + blueprint.tenantDatabaseConnections() + " per tenant quota and " + SkuCapacity.Postgres.RESERVED_CONNECTIONS + " Azure reserves) but the"
                + " largest SKU the " + blueprint.name() + " blueprint approves, " + postgres.sku() + ", allows " + postgres.maxConnections());
        }
        this.maxConnections = Math.min(postgres.maxConnections(), wanted);

        this.cacheNeededMb = allWeight * blueprint.tenantCacheMb();
        SkuCapacity.Redis cacheFloor = SkuCapacity.redis(blueprint.redisSku()).orElseThrow(() -> new IllegalStateException(
            "blueprint '" + blueprint.name() + "': no capacity known for Redis SKU " + blueprint.redisSku() + "; add it to SkuCapacity"));
        List<SkuCapacity.Redis> caches = fromFloor(SkuCapacity.approvedRedis(blueprint), cacheFloor,
            sku -> sku.memoryMb() >= cacheFloor.memoryMb());
        Optional<SkuCapacity.Redis> cache = caches.stream().filter(sku -> sku.memoryMb() >= cacheNeededMb).findFirst();
        this.redis = cache.orElse(caches.isEmpty() ? cacheFloor : caches.get(caches.size() - 1));
        if (cache.isEmpty() && cacheNeededMb > redis.memoryMb()) {
            shortfalls.add("its Redis needs " + cacheNeededMb + " MB for " + cacheTenants + " tenants (" + blueprint.tenantCacheMb()
                + " MB per tenant quota) but the largest SKU the " + blueprint.name() + " blueprint approves, " + redis.sku() + ", has "
                + redis.memoryMb() + " MB");
        }
    }

    /**
     * The SKUs from the blueprint's own onwards, smallest first: never one below it, nor one of a lower tier that ties
     * with it (a burstable server as many connections as a general-purpose one). A blueprint's SKU it does not approve
     * keeps the approved ones at least as large.
     */
    private static <T> List<T> fromFloor(List<T> approved, T floor, java.util.function.Predicate<T> atLeast) {
        int index = approved.indexOf(floor);
        return index >= 0 ? approved.subList(index, approved.size()) : approved.stream().filter(atLeast).toList();
    }

    private static int nodes(int requested, int perNode, double overcommit) {
        return (int) Math.ceil(requested / (perNode * overcommit));
    }

    private static String ratio(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** The shared tenants, whose pods run on the hosting's Odoo pool and whose databases are on its server. */
    public int poolTenants() {
        return poolTenants;
    }

    /** Every tenant, shared and semi-dedicated: all use the hosting's Redis. */
    public int cacheTenants() {
        return cacheTenants;
    }

    /** CPU the shared tenants' quotas request together. */
    public int requestedCpu() {
        return requestedCpu;
    }

    /** Memory in GiB the shared tenants' quotas request together. */
    public int requestedMemoryGi() {
        return requestedMemoryGi;
    }

    /** The nodes the requested CPU needs at the blueprint's CPU overcommit. */
    public int cpuNodes() {
        return cpuNodes;
    }

    /** The nodes the requested memory needs at the blueprint's memory overcommit. */
    public int memoryNodes() {
        return memoryNodes;
    }

    /** The Odoo pool's size: the blueprint's VM size and minimum, its maximum grown with the tenants. */
    public NodePoolSize pool() {
        return pool;
    }

    /** The connections the shared tenants need, Azure's reserved ones included. */
    public int connectionsNeeded() {
        return connectionsNeeded;
    }

    /** The server's SKU with Terraform's tier prefix, e.g. {@code GP_Standard_D4ds_v5}. */
    public String postgresSku() {
        return postgres.terraformName();
    }

    /** The server's {@code max_connections}. */
    public int maxConnections() {
        return maxConnections;
    }

    /** The cache memory the tenants need, in MB. */
    public int cacheNeededMb() {
        return cacheNeededMb;
    }

    /** The Redis SKU. */
    public ManagedRedisSku redisSku() {
        return redis.sku();
    }

    /** What exceeds the most the blueprint allows, one sentence each; empty when everything fits. */
    public List<String> shortfalls() {
        return List.copyOf(shortfalls);
    }

    /** CPU the pool can promise at its maximum and the overcommit. */
    public int cpuCapacity() {
        return (int) Math.floor(pool.maxCount() * node.vcpus() * blueprint.cpuOvercommit());
    }

    /** Memory in GiB the pool can promise at its maximum and the overcommit. */
    public int memoryCapacityGi() {
        return (int) Math.floor(pool.maxCount() * node.memoryGi() * blueprint.memoryOvercommit());
    }

    /**
     * The reason that accepts a shortfall: the estate's {@code capacityOverrideReason}, else the first tenant
     * environment's, in estate order.
     */
    static Optional<String> overrideReason(Estate estate, SharedHosting hosting) {
        if (estate.capacityOverrideReason() != null && !estate.capacityOverrideReason().isBlank()) {
            return Optional.of(estate.capacityOverrideReason());
        }
        return hosting.tenants().stream().map(tenant -> tenant.environment().capacityOverrideReason())
            .filter(reason -> reason != null && !reason.isBlank()).findFirst();
    }

    /** The hosting's {@code capacity} entry in {@code landing-zone.json}. */
    HostingCapacity describe(String stack, Optional<String> overrideReason) {
        return new HostingCapacity(stack, poolTenants, cacheTenants, requestedCpu, requestedMemoryGi, blueprint.cpuOvercommit(),
            blueprint.memoryOvercommit(), pool.vmSize(), pool.minCount(), pool.maxCount(), blueprint.sharedPoolMaxNodes(),
            cpuCapacity(), memoryCapacityGi(), postgresSku(), connectionsNeeded, maxConnections, redisSku().terraformValue(), cacheNeededMb,
            redis.memoryMb(), shortfalls(), shortfalls.isEmpty() ? null : overrideReason.orElse(null));
    }
}
