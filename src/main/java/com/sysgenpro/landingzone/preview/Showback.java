package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.output.AllocationKey;
import com.sysgenpro.landingzone.output.AllocationKey.Tenant;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.preview.CostEstimate.Line;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A cost estimate with each shared hosting's total allocated to its tenants by the output's showback key
 * ({@link AllocationKey}: each tenant's namespace quota's requested CPU).
 *
 * <p>What is allocated to whom: the hosting's database server, its backups and its storage account (with their private
 * endpoints and locks: resources whose construct is {@code database}, {@code backup-vault} or {@code storage}) hold only
 * the shared tenants' databases and filestores, so they are allocated among the shared tenants alone; everything else
 * (cluster, node pools, registry, cache, network, vault) among all tenants. Semi-dedicated tenants' own node pools and
 * servers are resources of their own stacks, so they count there directly and never enter the allocation.
 *
 * <p>Allocations are exact to the cent: a hosting's total is rounded to the cent, its data part likewise and the
 * common part is the rest; each part is divided in proportion to the weights, the cents left over going one each to
 * the largest remainders (ties to the tenant first in estate order). So a hosting's shares add up to its total.
 */
public final class Showback {

    private static final List<String> DATA_TYPES = List.of(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER, ResourceTypes.DATA_PROTECTION_BACKUP,
        ResourceTypes.STORAGE_);
    private static final List<String> DATA_CONSTRUCTS = List.of("database_", "backup-vault_", "storage_");

    private final CostEstimate estimate;
    private final List<Hosting> hostings;

    private Showback(CostEstimate estimate, List<Hosting> hostings) {
        this.estimate = estimate;
        this.hostings = List.copyOf(hostings);
    }

    /** Allocates every shared hosting of {@code estimate} that has a showback key with tenants. */
    public static Showback of(CostEstimate estimate) {
        List<Hosting> hostings = new ArrayList<>();
        for (StackCost stack : estimate.stacks()) {
            AllocationKey key = estimate.allocationKeys().get(stack.name());
            if (key != null && !key.tenants().isEmpty()) {
                hostings.add(allocate(estimate, stack, key));
            }
        }
        return new Showback(estimate, hostings);
    }

    /** The allocated hostings, in stack name order. */
    public List<Hosting> hostings() {
        return hostings;
    }

    /** The allocation of hosting stack {@code name}, if it has one. */
    public Optional<Hosting> hosting(String name) {
        return hostings.stream().filter(hosting -> hosting.stack().equals(name)).findFirst();
    }

    /** Whether anything was allocated. */
    public boolean isEmpty() {
        return hostings.isEmpty();
    }

    /**
     * Monthly totals per business unit with the shared hostings allocated: each unit's own stacks plus its tenants'
     * shares; platform stacks (and any shared stack without a key) stay under their own names.
     */
    public Map<String, BigDecimal> byBusinessUnit() {
        return totals(CostEstimate::businessUnit, Tenant::businessUnit);
    }

    /** Monthly totals per environment with the shared hostings allocated to their tenants' environments. */
    public Map<String, BigDecimal> byEnvironment() {
        return totals(CostEstimate::environment, Tenant::environment);
    }

    /** What each business unit's own stacks cost, shared hostings left out (they are in {@link #allocatedByBusinessUnit()}). */
    public Map<String, BigDecimal> ownByBusinessUnit() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (StackCost stack : estimate.stacks()) {
            if (unallocated(stack)) {
                totals.merge(CostEstimate.businessUnit(stack.context()), stack.total(), BigDecimal::add);
            }
        }
        return totals;
    }

    /**
     * Whether a stack counts under its own name: not an allocated hosting, nor, once hosting is allocated, a stack of no
     * unit with nothing priced (a hosting's in-cluster stack), which would leave an empty "(shared hosting)" row.
     */
    private boolean unallocated(StackCost stack) {
        if (hosting(stack.name()).isPresent()) {
            return false;
        }
        return hostings.isEmpty() || stack.context().businessUnit() != null || !stack.lines().isEmpty();
    }

    /** The shares of shared hosting allocated to each business unit. */
    public Map<String, BigDecimal> allocatedByBusinessUnit() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        hostings.forEach(hosting -> hosting.shares().forEach(share ->
            totals.merge(share.tenant().businessUnit(), share.allocated(), BigDecimal::add)));
        return totals;
    }

    private Map<String, BigDecimal> totals(Function<com.sysgenpro.landingzone.output.StackContext, String> stackKey,
                                           Function<Tenant, String> tenantKey) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (StackCost stack : estimate.stacks()) {
            if (unallocated(stack)) {
                totals.merge(stackKey.apply(stack.context()), stack.total(), BigDecimal::add);
            }
        }
        hostings.forEach(hosting -> hosting.shares().forEach(share ->
            totals.merge(tenantKey.apply(share.tenant()), share.allocated(), BigDecimal::add)));
        return totals;
    }

    private static Hosting allocate(CostEstimate estimate, StackCost stack, AllocationKey key) {
        BigDecimal data = stack.lines().stream().filter(Showback::dataLine).map(Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
        long totalCents = cents(stack.total());
        List<Tenant> dataTenants = key.tenants().stream().filter(tenant -> "shared".equals(tenant.tenancy())).toList();
        // Without shared tenants nothing is held for them alone (a hosting has a server only when it has shared tenants).
        long dataCents = dataTenants.isEmpty() ? 0 : Math.min(totalCents, cents(data));
        long commonCents = totalCents - dataCents;
        long[] common = largestRemainder(commonCents, key.tenants().stream().mapToLong(Tenant::weight).toArray());
        long[] held = largestRemainder(dataCents, dataTenants.stream().mapToLong(Tenant::weight).toArray());
        List<Share> shares = new ArrayList<>();
        int d = 0;
        for (int i = 0; i < key.tenants().size(); i++) {
            Tenant tenant = key.tenants().get(i);
            long allocated = common[i];
            if ("shared".equals(tenant.tenancy()) && !dataTenants.isEmpty()) {
                allocated += held[d++];
            }
            BigDecimal own = estimate.stack(tenant.stack()).map(StackCost::total).orElse(BigDecimal.ZERO);
            shares.add(new Share(tenant, BigDecimal.valueOf(key.totalWeight()), own, BigDecimal.valueOf(allocated, 2)));
        }
        return new Hosting(stack.name(), key, BigDecimal.valueOf(totalCents, 2), BigDecimal.valueOf(dataCents, 2),
            BigDecimal.valueOf(commonCents, 2), shares);
    }

    /** Whether a line of a hosting is of its data resources, which only its shared tenants use. */
    static boolean dataLine(Line line) {
        String name = line.address().substring(line.address().indexOf('.') + 1);
        return DATA_TYPES.stream().anyMatch(line.type()::startsWith) || DATA_CONSTRUCTS.stream().anyMatch(name::startsWith);
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /**
     * Divides {@code cents} in proportion to {@code weights}: each gets the floor of its exact share, and the cents left
     * over go one each to the largest remainders, ties to the earlier weight. The parts add up to {@code cents}.
     */
    static long[] largestRemainder(long cents, long[] weights) {
        long[] parts = new long[weights.length];
        if (weights.length == 0) {
            return parts;
        }
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            total = total.add(BigInteger.valueOf(weight));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights add up to zero");
        }
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < cents - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    /**
     * One shared hosting's allocation.
     *
     * @param stack the hosting stack
     * @param key its showback key
     * @param total its monthly estimate, to the cent
     * @param data the part held for shared tenants alone (database server, backups, storage)
     * @param common the part all tenants share
     * @param shares per tenant, in the key's order
     */
    public record Hosting(String stack, AllocationKey key, BigDecimal total, BigDecimal data, BigDecimal common, List<Share> shares) {

        /** Copies the list. */
        public Hosting {
            shares = List.copyOf(shares);
        }

        /** What the allocated shares add up to: the hosting's total, to the cent. */
        public BigDecimal allocated() {
            return shares.stream().map(Share::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The share of the tenant whose stack is {@code stack}. */
        public Optional<Share> share(String stack) {
            return shares.stream().filter(share -> share.tenant().stack().equals(stack)).findFirst();
        }
    }

    /**
     * One tenant's part.
     *
     * @param tenant the tenant as the key records it
     * @param totalWeight what every tenant's weight adds up to
     * @param own what the tenant's own stack costs
     * @param allocated its share of the hosting, to the cent
     */
    public record Share(Tenant tenant, BigDecimal totalWeight, BigDecimal own, BigDecimal allocated) {

        /** Own stack plus allocated share. */
        public BigDecimal total() {
            return own.add(allocated);
        }
    }
}
