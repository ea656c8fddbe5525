package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.output.AllocationKey.Tenant;
import com.sysgenpro.landingzone.preview.Showback.Hosting;
import com.sysgenpro.landingzone.preview.Showback.Share;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeSet;

/** The showback parts of a cost estimate's Markdown: totals with shared hosting allocated, and each tenant's share. */
final class ShowbackMarkdown {

    private static final String UNALLOCATED = "Shared hosting and platform costs are shown on their own, not allocated to business units.\n\n";

    private ShowbackMarkdown() {
    }

    /** Per business unit and environment with shared hosting allocated, then the showback section. */
    static String estimate(CostEstimate estimate) {
        Showback showback = Showback.of(estimate);
        String currency = estimate.catalog().currency();
        StringBuilder md = new StringBuilder("### Per business unit\n\n");
        if (showback.isEmpty()) {
            md.append(simple("business unit", estimate.byBusinessUnit(), currency)).append('\n').append(UNALLOCATED);
            md.append("### Per environment\n\n").append(simple("environment", estimate.byEnvironment(), currency)).append('\n');
            return md.toString();
        }
        Map<String, BigDecimal> own = showback.ownByBusinessUnit();
        Map<String, BigDecimal> allocated = showback.allocatedByBusinessUnit();
        Map<String, BigDecimal> total = showback.byBusinessUnit();
        md.append("| business unit | own stacks | shared hosting allocated | monthly |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, BigDecimal> entry : total.entrySet()) {
            md.append("| ").append(entry.getKey()).append(" | ").append(Money.format(own.getOrDefault(entry.getKey(), BigDecimal.ZERO), currency))
                .append(" | ").append(Money.format(allocated.getOrDefault(entry.getKey(), BigDecimal.ZERO), currency)).append(" | ")
                .append(Money.format(entry.getValue(), currency)).append(" |\n");
        }
        md.append('\n').append(allocatedNote());
        md.append("### Per environment\n\n").append(simple("environment", showback.byEnvironment(), currency)).append('\n');
        md.append(section(showback, currency));
        return md.toString();
    }

    /** Base against head: per business unit and environment with shared hosting allocated, and head's showback. */
    static String comparison(CostEstimate base, CostEstimate head) {
        Showback before = Showback.of(base);
        Showback after = Showback.of(head);
        String currency = head.catalog().currency();
        StringBuilder md = new StringBuilder();
        md.append(changes("business unit", before.byBusinessUnit(), after.byBusinessUnit(), currency)).append('\n');
        md.append(changes("environment", before.byEnvironment(), after.byEnvironment(), currency)).append('\n');
        md.append(after.isEmpty() && before.isEmpty() ? UNALLOCATED : allocatedNote()).append("</details>\n\n");
        if (!after.isEmpty()) {
            md.append("<details><summary>Showback (head)</summary>\n\n").append(section(after, currency)).append("</details>\n\n");
        }
        return md.toString();
    }

    private static String allocatedNote() {
        return "Shared hosting is allocated to its tenants (see Showback); platform costs are shown on their own.\n\n";
    }

    /** Per hosting: the key and each tenant's own stack, allocated share and total. */
    private static String section(Showback showback, String currency) {
        StringBuilder md = new StringBuilder("### Showback\n\n");
        md.append("Each shared hosting's estimate is allocated to its tenants in proportion to their weights: the CPU each"
            + " tenant's namespace quota requests (`requests.cpu`, the hosting's `allocation` in landing-zone.json). Its"
            + " database server, backups and storage account hold only the shared tenants' data and are allocated among them;"
            + " the rest (cluster, node pools, registry, cache, network) among all its tenants. Semi-dedicated tenants' own node"
            + " pools and servers are in their own stacks and count there. Shares are rounded to the cent by largest remainder,"
            + " so they add up to the hosting's total.\n\n");
        for (Hosting hosting : showback.hostings()) {
            md.append("**`").append(hosting.stack()).append("`** ").append(Money.format(hosting.total(), currency))
                .append(" (").append(Money.format(hosting.data(), currency)).append(" shared tenants' data, ")
                .append(Money.format(hosting.common(), currency)).append(" common), key ").append(hosting.key().basis())
                .append(", total weight ").append(hosting.key().totalWeight()).append("\n\n");
            md.append("| tenant | business unit | environment | tenancy | weight | own stack | allocated share | total |\n")
                .append("|---|---|---|---|---:|---:|---:|---:|\n");
            for (Share share : hosting.shares()) {
                Tenant tenant = share.tenant();
                md.append("| `").append(tenant.stack()).append("` | ").append(tenant.businessUnit()).append(" | ").append(tenant.environment())
                    .append(" | ").append(tenant.tenancy()).append(" | ").append(tenant.weight()).append(" / ").append(hosting.key().totalWeight())
                    .append(" | ").append(Money.format(share.own(), currency)).append(" | ").append(Money.format(share.allocated(), currency))
                    .append(" | ").append(Money.format(share.total(), currency)).append(" |\n");
            }
            md.append("| **allocated** | | | | | | **").append(Money.format(hosting.allocated(), currency)).append("** | |\n\n");
        }
        return md.toString();
    }

    private static String simple(String what, Map<String, BigDecimal> totals, String currency) {
        StringBuilder md = new StringBuilder("| ").append(what).append(" | monthly |\n|---|---:|\n");
        totals.forEach((name, total) -> md.append("| ").append(name).append(" | ").append(Money.format(total, currency)).append(" |\n"));
        return md.toString();
    }

    private static String changes(String what, Map<String, BigDecimal> base, Map<String, BigDecimal> head, String currency) {
        StringBuilder md = new StringBuilder("| ").append(what).append(" | base | head | change |\n|---|---:|---:|---:|\n");
        TreeSet<String> names = new TreeSet<>(head.keySet());
        names.addAll(base.keySet());
        for (String name : names) {
            BigDecimal before = base.getOrDefault(name, BigDecimal.ZERO);
            BigDecimal after = head.getOrDefault(name, BigDecimal.ZERO);
            md.append("| ").append(name).append(" | ").append(Money.format(before, currency)).append(" | ").append(Money.format(after, currency))
                .append(" | ").append(Money.change(after.subtract(before), currency)).append(" |\n");
        }
        return md.toString();
    }
}
