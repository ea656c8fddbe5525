package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.preview.CostEstimate.Gap;
import com.sysgenpro.landingzone.preview.CostEstimate.Line;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import com.sysgenpro.landingzone.preview.CostEstimate.Unpriced;
import com.sysgenpro.landingzone.preview.PriceCatalog.Price;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Cost estimates as Markdown: alone ({@code ./lz cost}) or base against head ({@code ./lz preview}). */
final class CostMarkdown {

    /** The footnote mark of an amount that includes an unverified price. */
    static final String UNVERIFIED_MARK = "†";

    /** The mark of an amount that leaves out items with no price: a lower bound. */
    static final String INCOMPLETE_MARK = "‡";

    private CostMarkdown() {
    }

    /** The label every estimate carries. */
    static String label(PriceCatalog catalog) {
        return "estimate at " + catalog.currency() + " pay-as-you-go list prices, price snapshot of " + catalog.date();
    }

    /** One estimate: per stack, business unit and environment, what is not estimated, the prices used. */
    static String estimate(CostEstimate estimate) {
        PriceCatalog catalog = estimate.catalog();
        String currency = catalog.currency();
        StringBuilder md = new StringBuilder();
        md.append("## Estimated monthly cost\n\n");
        md.append("Total **").append(Money.format(estimate.total(), currency)).append("** a month")
            .append(estimate.complete() ? "" : " " + INCOMPLETE_MARK + " **incomplete**").append(" — ").append(label(catalog)).append(".\n")
            .append(incompleteness(estimate))
            .append("Not an invoice: usage-based charges are left out (listed below), node pools count at their minimum size,"
                + " compute stopped on schedule only the hours it runs.\n\n");
        md.append("### Per stack\n\n| stack | business unit | environment | monthly |\n|---|---|---|---:|\n");
        for (StackCost stack : estimate.stacks()) {
            md.append("| `").append(stack.name()).append("` | ").append(CostEstimate.businessUnit(stack.context())).append(" | ")
                .append(CostEstimate.environment(stack.context())).append(" | ").append(amount(stack.total(), unverified(stack), currency))
                .append(stack.complete() ? "" : " " + INCOMPLETE_MARK).append(" |\n");
        }
        md.append("| **total** | | | **").append(Money.format(estimate.total(), currency)).append("**")
            .append(estimate.complete() ? "" : " " + INCOMPLETE_MARK).append(" |\n\n");
        md.append(ShowbackMarkdown.estimate(estimate));
        md.append(CapacityMarkdown.section(estimate.capacities()));
        md.append("### Items\n\n| stack | resource | item | region | monthly |\n|---|---|---|---|---:|\n");
        for (StackCost stack : estimate.stacks()) {
            for (Line line : stack.lines()) {
                md.append("| `").append(stack.name()).append("` | `").append(line.address()).append("` | ").append(line.item()).append(" | ")
                    .append(line.region()).append(" | ")
                    .append(amount(line.monthly(), !line.price().verified(), currency)).append(" |\n");
            }
        }
        md.append('\n');
        md.append(unpricedInTheirRegion(estimate));
        md.append(notEstimated(estimate));
        md.append(pricesUsed(estimate));
        return md.toString();
    }

    /**
     * The sentence under a headline total that leaves items out, or nothing when it is complete: how many items have no
     * price, how many of them for want of a regional price, and that the total is a lower bound.
     */
    static String incompleteness(CostEstimate estimate) {
        return incompleteness(estimate, "listed below");
    }

    /** As {@link #incompleteness(CostEstimate)}, saying {@code where} the items are listed. */
    static String incompleteness(CostEstimate estimate, String where) {
        if (estimate.complete()) {
            return "";
        }
        int regional = estimate.unpricedForWantOfARegionalPrice();
        return INCOMPLETE_MARK + " **The total is incomplete:** " + estimate.incompleteLines() + " item(s) that are not usage-based have no price ("
            + regional + " for want of a regional price in the snapshot of " + estimate.catalog().date() + ", "
            + (estimate.incompleteLines() - regional) + " not estimable), " + where + "; it is a lower bound. Price them with"
            + " `./lz cost --prices FILE` (a snapshot that covers the regions, see `./lz prices refresh`).\n";
    }

    /** The items left out for want of a price in their region, one row each: they make the total incomplete. */
    private static String unpricedInTheirRegion(CostEstimate estimate) {
        StringBuilder rows = new StringBuilder();
        for (StackCost stack : estimate.stacks()) {
            for (Unpriced unpriced : stack.unpriced()) {
                if (unpriced.gap() == Gap.NO_REGIONAL_PRICE) {
                    rows.append("| `").append(stack.name()).append("` | `").append(unpriced.address()).append("` | ").append(unpriced.reason())
                        .append(" |\n");
                }
            }
        }
        if (rows.length() == 0) {
            return "";
        }
        return "### Unpriced for want of a regional price " + INCOMPLETE_MARK + "\n\n"
            + "Not usage-based: these have a list price, but the snapshot has none for their SKU in their region. The total leaves"
            + " them out.\n\n| stack | resource | item |\n|---|---|---|\n" + rows + "\n";
    }

    /** The comparison section of a preview. */
    static String comparison(CostEstimate base, CostEstimate head) {
        PriceCatalog catalog = head.catalog();
        String currency = catalog.currency();
        StringBuilder md = new StringBuilder();
        md.append("## Estimated monthly cost\n\n");
        md.append(Money.format(base.total(), currency)).append(" → **").append(Money.format(head.total(), currency)).append("** (")
            .append(Money.change(head.total().subtract(base.total()), currency)).append(") a month")
            .append(head.complete() ? "" : " " + INCOMPLETE_MARK + " **incomplete**").append(" — ").append(label(catalog)).append(".\n")
            .append(incompleteness(head))
            .append("Not an invoice: usage-based charges are left out (listed below), node pools count at their minimum size,"
                + " compute stopped on schedule only the hours it runs.\n\n");
        TreeSet<String> names = new TreeSet<>();
        base.stacks().forEach(stack -> names.add(stack.name()));
        head.stacks().forEach(stack -> names.add(stack.name()));
        StringBuilder rows = new StringBuilder();
        for (String name : names) {
            BigDecimal before = base.stack(name).map(StackCost::total).orElse(BigDecimal.ZERO);
            BigDecimal after = head.stack(name).map(StackCost::total).orElse(BigDecimal.ZERO);
            if (before.compareTo(after) != 0) {
                rows.append("| `").append(name).append("` | ").append(base.stack(name).isPresent() ? Money.format(before, currency) : "—")
                    .append(" | ").append(head.stack(name).isPresent() ? amount(after, head.stack(name).map(CostMarkdown::unverified).orElse(false), currency) : "—")
                    .append(" | ").append(Money.change(after.subtract(before), currency)).append(" |\n");
            }
        }
        if (rows.length() == 0) {
            md.append("No stack's estimate changes.\n\n");
        } else {
            md.append("| stack | base | head | change |\n|---|---:|---:|---:|\n").append(rows)
                .append("| **total** | ").append(Money.format(base.total(), currency)).append(" | **").append(Money.format(head.total(), currency))
                .append("** | ").append(Money.change(head.total().subtract(base.total()), currency)).append(" |\n\n");
        }
        md.append("<details><summary>Per business unit and environment</summary>\n\n");
        md.append(ShowbackMarkdown.comparison(base, head));
        md.append(unpricedInTheirRegion(head));
        String capacity = CapacityMarkdown.section(head.capacities());
        if (!capacity.isEmpty()) {
            md.append("<details><summary>Capacity (head)</summary>\n\n").append(capacity).append("</details>\n\n");
        }
        md.append(notEstimated(head));
        md.append(pricesUsed(head));
        return md.toString();
    }

    /** What the estimate leaves out, grouped by reason (in order of the first resource type each covers), with counts. */
    private static String notEstimated(CostEstimate estimate) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        Map<String, TreeSet<String>> typesByReason = new LinkedHashMap<>();
        for (StackCost stack : estimate.stacks()) {
            for (Unpriced unpriced : stack.unpriced()) {
                if (unpriced.gap() == Gap.NO_REGIONAL_PRICE) {
                    continue;
                }
                String key = (unpriced.gap() == Gap.USAGE_BASED ? "" : "**not estimable:** ") + unpriced.reason();
                byReason.merge(key, 1, Integer::sum);
                typesByReason.computeIfAbsent(key, k -> new TreeSet<>()).add(unpriced.type());
            }
        }
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("**Not estimated**\n\n");
        byReason.keySet().stream()
            .sorted(java.util.Comparator.comparing((String reason) -> typesByReason.get(reason).first()).thenComparing(reason -> reason))
            .forEach(reason -> md.append("- ").append(String.join(", ", typesByReason.get(reason).stream().map(t -> "`" + t + "`").toList()))
                .append(" (").append(byReason.get(reason)).append("): ").append(reason).append('\n'));
        return md.append('\n').toString();
    }

    /** The catalog entries the estimate used, with their sources; unverified ones marked. */
    private static String pricesUsed(CostEstimate estimate) {
        Map<Price, Boolean> used = new LinkedHashMap<>();
        estimate.catalog().prices().forEach(price -> used.put(price, false));
        estimate.stacks().forEach(stack -> stack.lines().forEach(line -> used.put(line.price(), true)));
        List<Price> prices = used.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (prices.isEmpty()) {
            return "";
        }
        long unverified = prices.stream().filter(price -> !price.verified()).count();
        StringBuilder md = new StringBuilder("<details><summary>Prices used (").append(prices.size()).append(", ").append(unverified)
            .append(" unverified ").append(UNVERIFIED_MARK).append(")</summary>\n\n");
        md.append("| kind | SKU | region | unit price | monthly | source |\n|---|---|---|---:|---:|---|\n");
        for (Price price : prices) {
            md.append("| ").append(price.kind()).append(" | ").append(price.sku()).append(" | ").append(price.regionLabel())
                .append(" | ").append(price.unitPrice().toPlainString()).append(" / ").append(price.unitOfMeasure())
                .append(price.unitsPerSku().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + price.unitsPerSku().toPlainString()).append(" | ")
                .append(price.perGigabyte() ? "per GB" : Money.format(price.monthlyPrice(), estimate.catalog().currency()))
                .append(" | ")
                .append(price.verified() ? price.source() + " (" + price.sourceDate() + ")" : UNVERIFIED_MARK + " unverified").append(" |\n");
        }
        md.append("\n").append(UNVERIFIED_MARK).append(" No published source confirmed these prices at the snapshot date: they are recalled list"
            + " prices. Check them on the pricing page their catalog entry names.\n\n</details>\n\n");
        return md.toString();
    }

    private static boolean unverified(StackCost stack) {
        return stack.lines().stream().anyMatch(line -> !line.price().verified());
    }

    private static String amount(BigDecimal amount, boolean unverified, String currency) {
        return Money.format(amount, currency) + (unverified ? " " + UNVERIFIED_MARK : "");
    }
}
