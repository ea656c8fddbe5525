package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.AllocationKey;
import com.sysgenpro.landingzone.output.HostingCapacity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.preview.PriceCatalog.Price;
import com.sysgenpro.landingzone.preview.PriceCatalog.TypeTreatment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An estimate of what a synthesized output costs a month at the price snapshot's list prices: per stack, and summed per business
 * unit and environment. It is an estimate: usage-based charges (storage capacity, log ingestion, operations) are listed as
 * not estimated, node pools count at their minimum size, and prices the catalog marks unverified are flagged. Clusters,
 * their node pools and PostgreSQL servers stopped on schedule ({@link RunningHours}) count their compute for the hours
 * they run; their disks and storage are billed around the clock.
 */
public final class CostEstimate {

    private static final Pattern SAME_STACK_REFERENCE = Pattern.compile("^\\$\\{([a-z0-9_]+)\\.([^.}]+)\\.[^}]+}$");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
    /** Premium SSD sizes (GiB) and their tier names, smallest first: a disk is billed as the smallest tier that holds it. */
    private static final int[] DISK_SIZES = {32, 64, 128, 256, 512, 1024, 2048, 4096};
    private static final String[] DISK_TIERS = {"P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50"};

    private final PriceCatalog catalog;
    private final List<StackCost> stacks;
    private final Map<String, AllocationKey> allocationKeys;
    private final Map<String, HostingCapacity> capacities;

    private CostEstimate(PriceCatalog catalog, List<StackCost> stacks, Map<String, AllocationKey> allocationKeys,
                         Map<String, HostingCapacity> capacities) {
        this.catalog = catalog;
        this.stacks = List.copyOf(stacks);
        this.allocationKeys = Map.copyOf(allocationKeys);
        // Sorted by stack name, for a deterministic report.
        this.capacities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(capacities));
    }

    /** Estimates every stack of {@code output} with {@code catalog}. */
    public static CostEstimate of(SynthOutput output, PriceCatalog catalog) {
        List<StackCost> stacks = new ArrayList<>();
        Map<String, Map<String, RunningHours.Running>> running = RunningHours.of(output);
        for (SynthesizedStack stack : output.stacks()) {
            stacks.add(estimate(stack, catalog, running.getOrDefault(stack.name(), Map.of())));
        }
        return new CostEstimate(catalog, stacks, output.allocationKeys(), output.capacities());
    }

    /** The catalog the estimate used. */
    public PriceCatalog catalog() {
        return catalog;
    }

    /** One estimate per stack, by stack name. */
    public List<StackCost> stacks() {
        return stacks;
    }

    /** The stack named {@code name}, if the output had it. */
    public Optional<StackCost> stack(String name) {
        return stacks.stream().filter(stack -> stack.name().equals(name)).findFirst();
    }

    /** The output's shared hosting capacities, by stack name (see {@link CapacityMarkdown}). */
    public Map<String, HostingCapacity> capacities() {
        return capacities;
    }

    /** The output's showback keys, by shared hosting stack (see {@link Showback}). */
    public Map<String, AllocationKey> allocationKeys() {
        return allocationKeys;
    }

    /** The monthly total over every stack. */
    public BigDecimal total() {
        return stacks.stream().map(StackCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Monthly totals per business unit (shared hosting and platform stacks under their own names), by name. */
    public Map<String, BigDecimal> byBusinessUnit() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        stacks.forEach(stack -> totals.merge(businessUnit(stack.context()), stack.total(), BigDecimal::add));
        return totals;
    }

    /** Monthly totals per environment (a shared stack under its blueprint's name, the platform as {@code platform}), by name. */
    public Map<String, BigDecimal> byEnvironment() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        stacks.forEach(stack -> totals.merge(environment(stack.context()), stack.total(), BigDecimal::add));
        return totals;
    }

    /**
     * How many items that are not usage-based have no price (for want of a regional price, or that the estimator cannot
     * price): while any has none, {@link #total()} is a lower bound and every report says the total is incomplete.
     */
    public int incompleteLines() {
        return (int) unpriced().filter(unpriced -> unpriced.gap() != Gap.USAGE_BASED).count();
    }

    /** Whether every item that is not usage-based has a price. */
    public boolean complete() {
        return incompleteLines() == 0;
    }

    /** How many items lack a price in their region. */
    public int unpricedForWantOfARegionalPrice() {
        return (int) unpriced().filter(unpriced -> unpriced.gap() == Gap.NO_REGIONAL_PRICE).count();
    }

    private Stream<Unpriced> unpriced() {
        return stacks.stream().flatMap(stack -> stack.unpriced().stream());
    }

    /** Whether any line used a price the catalog marks unverified. */
    public boolean usesUnverifiedPrices() {
        return stacks.stream().flatMap(stack -> stack.lines().stream()).anyMatch(line -> !line.price().verified());
    }

    /** The estimate as Markdown: totals per stack, business unit and environment, what is not estimated, the prices used. */
    public String markdown() {
        return CostMarkdown.estimate(this);
    }

    /** The estimate as JSON: the total and whether it is complete, per stack its lines and unpriced items, the totals shown back. */
    public String json() {
        return CostJson.render(this);
    }

    /** The business unit a stack's cost is summed under. */
    static String businessUnit(StackContext context) {
        if (context.businessUnit() != null) {
            return context.businessUnit();
        }
        if (context.kind() == StackKind.PLATFORM || context.kind() == StackKind.SUBSCRIPTIONS
            || context.kind() == StackKind.CONNECTIVITY) {
            return "(platform)";
        }
        return context.kind() == StackKind.UNKNOWN ? "(unassigned)" : "(shared hosting)";
    }

    /** The environment a stack's cost is summed under. */
    static String environment(StackContext context) {
        if (context.environment() != null) {
            return context.environment();
        }
        if (context.blueprint() != null) {
            return context.blueprint();
        }
        return context.kind() == StackKind.PLATFORM || context.kind() == StackKind.SUBSCRIPTIONS
            || context.kind() == StackKind.CONNECTIVITY ? "(platform)" : "(unassigned)";
    }

    private static StackCost estimate(SynthesizedStack stack, PriceCatalog catalog, Map<String, RunningHours.Running> running) {
        List<TerraformResource> resources = stack.resources();
        Map<String, TerraformResource> byAddress = new HashMap<>();
        resources.forEach(resource -> byAddress.put(resource.address(), resource));
        String stackRegion = mostCommonLocation(resources);
        List<Line> lines = new ArrayList<>();
        List<Unpriced> unpriced = new ArrayList<>();
        for (TerraformResource resource : resources) {
            Optional<TypeTreatment> treatment = catalog.treatment(resource.type());
            if (treatment.isEmpty()) {
                unpriced.add(new Unpriced(resource.address(), resource.type(), "the price snapshot does not know this resource type",
                    Gap.NOT_ESTIMABLE));
                continue;
            }
            switch (treatment.get().treatment()) {
                case NO_CHARGE -> { }
                case USAGE_BASED -> unpriced.add(new Unpriced(resource.address(), resource.type(), treatment.get().note(), Gap.USAGE_BASED));
                case PRICED -> new Pricer(catalog, resource, region(resource, byAddress, stackRegion), running.get(resource.address()),
                    lines, unpriced).price();
            }
        }
        return new StackCost(stack.name(), stack.context(), lines, unpriced);
    }

    /** Where a resource runs: its location, else that of the same-stack resource it belongs to, else the stack's usual one. */
    private static String region(TerraformResource resource, Map<String, TerraformResource> byAddress, String stackRegion) {
        String location = literal(resource.body().path("location"));
        if (location != null) {
            return location;
        }
        for (String parent : List.of("kubernetes_cluster_id", "server_id", "source_server_id")) {
            Matcher reference = SAME_STACK_REFERENCE.matcher(resource.body().path(parent).asText(""));
            if (reference.matches()) {
                TerraformResource owner = byAddress.get(reference.group(1) + "." + reference.group(2));
                String ownerLocation = owner == null ? null : literal(owner.body().path("location"));
                if (ownerLocation != null) {
                    return ownerLocation;
                }
            }
        }
        return stackRegion;
    }

    private static String mostCommonLocation(List<TerraformResource> resources) {
        Map<String, Integer> counts = new TreeMap<>();
        resources.forEach(resource -> {
            String location = literal(resource.body().path("location"));
            if (location != null) {
                counts.merge(location, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static String literal(JsonNode value) {
        return value.isTextual() && !value.asText().contains("${") ? value.asText() : null;
    }

    /** Prices one resource into lines, or says why it cannot. */
    private static final class Pricer {
        private final PriceCatalog catalog;
        private final TerraformResource resource;
        private final JsonNode body;
        private final String region;
        private final RunningHours.Running running;
        private final List<Line> lines;
        private final List<Unpriced> unpriced;

        /** @param running when the resource runs on a schedule; null when around the clock */
        Pricer(PriceCatalog catalog, TerraformResource resource, String region, RunningHours.Running running, List<Line> lines,
               List<Unpriced> unpriced) {
            this.catalog = catalog;
            this.resource = resource;
            this.body = resource.body();
            this.region = region;
            this.running = running;
            this.lines = lines;
            this.unpriced = unpriced;
        }

        void price() {
            switch (resource.type()) {
                case ResourceTypes.KUBERNETES_CLUSTER -> {
                    String tier = text(body.path("sku_tier"), "Free");
                    // A stopped cluster accrues no charges (AKS's stop operation says so), its fee included.
                    addRunning("aks-tier", tier, BigDecimal.ONE, "AKS " + tier + " tier");
                    nodes(block(body.path("default_node_pool")), "default node pool");
                }
                case ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL -> nodes(body, "node pool " + text(body.path("name"), resource.name()));
                case ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER -> postgres();
                case ResourceTypes.MANAGED_REDIS -> {
                    boolean highAvailability = body.path("high_availability_enabled").asBoolean(true);
                    add("managed-redis", text(body.path("sku_name"), "?"), highAvailability ? BigDecimal.ONE : HALF,
                        text(body.path("sku_name"), "?") + (highAvailability ? ", high availability" : ", without high availability (half price)"));
                }
                case ResourceTypes.CONTAINER_REGISTRY -> {
                    int replicas = body.path("georeplications").isArray() ? body.path("georeplications").size()
                        : body.path("georeplications").isObject() ? 1 : 0;
                    add("container-registry", text(body.path("sku"), "?"), BigDecimal.valueOf(1L + replicas),
                        text(body.path("sku"), "?") + " registry" + (replicas > 0 ? ", " + replicas + " geo-replica(s)" : ""));
                }
                case ResourceTypes.PRIVATE_ENDPOINT -> add("private-endpoint", "endpoint", BigDecimal.ONE, "private endpoint");
                case ResourceTypes.PRIVATE_DNS_ZONE -> add("private-dns-zone", "zone", BigDecimal.ONE, "private DNS zone");
                case ResourceTypes.PUBLIC_IP -> add("public-ip", text(body.path("sku"), "Standard"), BigDecimal.ONE,
                    text(body.path("sku"), "Standard") + " public IP address");
                case ResourceTypes.FIREWALL -> add("firewall", text(body.path("sku_tier"), "Standard"), BigDecimal.ONE,
                    "Azure Firewall " + text(body.path("sku_tier"), "Standard") + " deployment");
                case ResourceTypes.VIRTUAL_NETWORK_GATEWAY -> add("virtual-network-gateway", text(body.path("sku"), "?"), BigDecimal.ONE,
                    ("ExpressRoute".equals(text(body.path("type"), "Vpn")) ? "ExpressRoute" : "VPN") + " gateway " + text(body.path("sku"), "?"));
                case ResourceTypes.PRIVATE_DNS_RESOLVER_INBOUND_ENDPOINT -> add("dns-resolver-endpoint", "inbound", BigDecimal.ONE,
                    "DNS private resolver inbound endpoint");
                case ResourceTypes.PRIVATE_DNS_RESOLVER_OUTBOUND_ENDPOINT -> add("dns-resolver-endpoint", "outbound", BigDecimal.ONE,
                    "DNS private resolver outbound endpoint");
                case ResourceTypes.DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER ->
                    add("backup-protected-instance", "postgresql-flexible", BigDecimal.ONE, "protected PostgreSQL flexible server");
                default -> unpriced.add(new Unpriced(resource.address(), resource.type(),
                    "the catalog marks this type priced but the estimator has no formula for it", Gap.NOT_ESTIMABLE));
            }
        }

        private void nodes(JsonNode pool, String what) {
            String size = text(pool.path("vm_size"), "?");
            long count;
            String basis;
            if (pool.path("node_count").isNumber()) {
                count = pool.path("node_count").asLong();
                basis = "node_count";
            } else if (pool.path("auto_scaling_enabled").asBoolean(false) && pool.path("min_count").isNumber()) {
                count = pool.path("min_count").asLong();
                basis = "min_count; up to " + pool.path("max_count").asText("?") + " when scaled out";
            } else {
                count = 1;
                basis = "node count not set: 1 assumed";
            }
            addRunning("vm", size, BigDecimal.valueOf(count), what + ": " + count + " × " + size + " (" + basis + ")");
            if (!"Ephemeral".equals(text(pool.path("os_disk_type"), "Managed")) && count > 0) {
                int gib = pool.path("os_disk_size_gb").asInt(128);
                String tier = diskTier(gib);
                add("managed-disk", tier, BigDecimal.valueOf(count), what + ": " + count + " × managed OS disk " + gib + " GiB ("
                    + tier + (pool.path("os_disk_size_gb").isNumber() ? "" : ", size not set: 128 GiB assumed") + ")");
            }
        }

        private void postgres() {
            String sku = text(body.path("sku_name"), "?");
            boolean highAvailability = !block(body.path("high_availability")).path("mode").isMissingNode();
            BigDecimal copies = highAvailability ? TWO : BigDecimal.ONE;
            String replica = "Replica".equals(text(body.path("create_mode"), "")) ? ", read replica" : "";
            addRunning("postgresql-flexible-compute", sku, copies, sku + replica + (highAvailability ? ", high availability (× 2)" : ""));
            if (body.path("storage_mb").isNumber()) {
                BigDecimal gib = BigDecimal.valueOf(body.path("storage_mb").asLong()).divide(MIB_PER_GIB, 2, RoundingMode.HALF_UP);
                add("postgresql-flexible-storage", "premium-ssd", gib.multiply(copies),
                    gib.stripTrailingZeros().toPlainString() + " GiB storage" + (highAvailability ? " (× 2)" : ""));
            } else {
                unpriced.add(new Unpriced(resource.address(), resource.type(), "storage_mb is not a literal: storage not estimated",
                    Gap.NOT_ESTIMABLE));
            }
        }

        /** Compute billed by the hour: for the hours the resource runs, when it runs on a schedule. */
        private void addRunning(String kind, String sku, BigDecimal quantity, String item) {
            if (running == null) {
                add(kind, sku, quantity, item);
                return;
            }
            add(kind, sku, quantity.multiply(running.fraction()).setScale(6, RoundingMode.HALF_UP), item + ", running "
                + running.hoursPerMonth().stripTrailingZeros().toPlainString() + " of " + RunningHours.ALWAYS + " h a month ("
                + running.window() + ")");
        }

        private void add(String kind, String sku, BigDecimal quantity, String item) {
            if (region == null) {
                unpriced.add(new Unpriced(resource.address(), resource.type(), item + ": region unknown (no literal location)", Gap.NOT_ESTIMABLE));
                return;
            }
            Optional<Price> price = catalog.find(kind, sku, region);
            if (price.isEmpty()) {
                unpriced.add(new Unpriced(resource.address(), resource.type(), item + ": no " + kind + " price for " + sku + " in " + region
                    + (catalog.pricedSomewhere(kind, sku) ? " (the snapshot prices it elsewhere)" : ""), Gap.NO_REGIONAL_PRICE));
                return;
            }
            lines.add(new Line(resource.address(), resource.type(), item, region, quantity, price.get(),
                price.get().monthlyPrice().multiply(quantity)));
        }

        private static String diskTier(int gib) {
            for (int i = 0; i < DISK_SIZES.length; i++) {
                if (gib <= DISK_SIZES[i]) {
                    return DISK_TIERS[i];
                }
            }
            return "P60+";
        }

        private static JsonNode block(JsonNode node) {
            return TerraformJson.block(node);
        }

        private static String text(JsonNode value, String otherwise) {
            return value.isTextual() ? value.asText() : otherwise;
        }
    }

    /**
     * The estimate of one stack.
     *
     * @param name the stack
     * @param context its business unit and environment
     * @param lines the priced items
     * @param unpriced what was not priced, and why
     */
    public record StackCost(String name, StackContext context, List<Line> lines, List<Unpriced> unpriced) {

        /** Copies the lists. */
        public StackCost {
            lines = List.copyOf(lines);
            unpriced = List.copyOf(unpriced);
        }

        /** The stack's monthly total. */
        public BigDecimal total() {
            return lines.stream().map(Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Whether every item of the stack that is not usage-based has a price. */
        public boolean complete() {
            return unpriced.stream().allMatch(item -> item.gap() == Gap.USAGE_BASED);
        }
    }

    /**
     * One priced item.
     *
     * @param address the resource
     * @param type its type
     * @param item what is priced, e.g. {@code default node pool: 3 × Standard_D4ds_v5 (min_count; up to 5 when scaled out)}
     * @param region the region priced
     * @param quantity how many units of the price
     * @param price the catalog entry
     * @param monthly quantity × the entry's monthly price
     */
    public record Line(String address, String type, String item, String region, BigDecimal quantity, Price price, BigDecimal monthly) {
    }

    /**
     * A resource, or part of one, the estimate does not include.
     *
     * @param address the resource
     * @param type its type
     * @param reason why: usage-based charges, or what the catalog lacks
     * @param gap whether it is left out by design (billed by use), for want of a regional price, or because it cannot be
     *            estimated from the synthesized JSON
     */
    public record Unpriced(String address, String type, String reason, Gap gap) {
    }

    /** Why an item has no figure in the estimate. */
    public enum Gap {
        /** Billed by use (data stored, ingested, processed): left out by design; the total stays complete. */
        USAGE_BASED,
        /** The price snapshot has no price for its SKU in its region: the total is incomplete. */
        NO_REGIONAL_PRICE,
        /** Not estimable from the synthesized JSON (an unknown type, a location or size that is not a literal): the total is incomplete. */
        NOT_ESTIMABLE
    }
}
