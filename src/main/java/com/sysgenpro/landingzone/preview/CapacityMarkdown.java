package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.output.HostingCapacity;
import java.util.Locale;
import java.util.Map;

/**
 * The capacity section of {@code ./lz cost}: per shared hosting its tenants, what their namespace quotas request, the
 * blueprint's overcommit, the Odoo pool's bounds, the headroom left at the pool's most nodes, the PostgreSQL server with
 * its {@code max_connections} and the Redis SKU; oversubscribed hosting with the reason that accepts it.
 */
final class CapacityMarkdown {

    private CapacityMarkdown() {
    }

    /** The section for {@code capacities}, by stack name; empty when there are none (an output from before capacity was recorded). */
    static String section(Map<String, HostingCapacity> capacities) {
        if (capacities.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Capacity per shared hosting\n\n");
        md.append("Sized from the shared tenants' namespace quotas (requests) at the blueprint's overcommit; headroom is what the pool"
            + " can still promise at its most nodes.\n\n");
        md.append("| hosting | tenants | requested CPU / memory | overcommit CPU / memory | Odoo pool | headroom CPU / memory | PostgreSQL"
            + " | Redis |\n|---|---:|---:|---:|---|---:|---|---|\n");
        StringBuilder over = new StringBuilder();
        for (HostingCapacity capacity : capacities.values()) {
            md.append("| `").append(capacity.stack()).append("` | ").append(capacity.tenants())
                .append(capacity.cacheTenants() != capacity.tenants() ? " (" + capacity.cacheTenants() + " on the cache)" : "").append(" | ")
                .append(capacity.requestedCpu()).append(" / ").append(capacity.requestedMemoryGi()).append(" GiB | ")
                .append(ratio(capacity.cpuOvercommit())).append(" / ").append(ratio(capacity.memoryOvercommit())).append(" | ")
                .append(capacity.nodesMin()).append("–").append(capacity.nodesMax()).append(" × ").append(capacity.nodeSize())
                .append(" (most ").append(capacity.nodesMost()).append(") | ")
                .append(capacity.cpuCapacity() - capacity.requestedCpu()).append(" / ")
                .append(capacity.memoryCapacityGi() - capacity.requestedMemoryGi()).append(" GiB | ")
                .append(capacity.postgresSku()).append(", max_connections ").append(capacity.maxConnections()).append(" (")
                .append(capacity.connectionsNeeded()).append(" needed) | ")
                .append(capacity.redisSku()).append(" (").append(capacity.cacheNeededMb()).append(" of ").append(capacity.cacheMb())
                .append(" MB) |\n");
            for (String shortfall : capacity.shortfalls()) {
                over.append("- `").append(capacity.stack()).append("`: ").append(shortfall)
                    .append(capacity.overrideReason() != null ? "; accepted: " + capacity.overrideReason() : "").append('\n');
            }
        }
        md.append('\n');
        if (over.length() > 0) {
            md.append("**Oversubscribed** (sizes stop at the most the blueprint allows; a negative headroom is promised beyond it)\n\n")
                .append(over).append('\n');
        }
        return md.toString();
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
