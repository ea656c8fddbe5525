package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.preview.CostEstimate.Line;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import com.sysgenpro.landingzone.preview.CostEstimate.Unpriced;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * A cost estimate as JSON ({@code ./lz cost --format json}), for pipelines: the total, whether it is complete and how many
 * items make it incomplete, per stack the priced lines and the unpriced items with their gap, and the totals per business
 * unit and environment with shared hosting shown back. Amounts are monthly, to the cent, as strings so no reader rounds
 * them.
 */
final class CostJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostJson() {
    }

    static String render(CostEstimate estimate) {
        PriceCatalog catalog = estimate.catalog();
        ObjectNode root = JSON.createObjectNode();
        root.put("currency", catalog.currency());
        root.put("priceSnapshot", catalog.date().toString());
        root.put("priceSource", catalog.origin());
        root.put("total", amount(estimate.total()));
        root.put("complete", estimate.complete());
        root.put("incompleteLines", estimate.incompleteLines());
        root.put("unpricedForWantOfARegionalPrice", estimate.unpricedForWantOfARegionalPrice());
        root.put("usesUnverifiedPrices", estimate.usesUnverifiedPrices());
        ArrayNode stacks = root.putArray("stacks");
        for (StackCost stack : estimate.stacks()) {
            ObjectNode node = stacks.addObject();
            node.put("name", stack.name());
            node.put("businessUnit", CostEstimate.businessUnit(stack.context()));
            node.put("environment", CostEstimate.environment(stack.context()));
            node.put("total", amount(stack.total()));
            node.put("complete", stack.complete());
            ArrayNode lines = node.putArray("lines");
            for (Line line : stack.lines()) {
                lines.addObject().put("address", line.address()).put("type", line.type()).put("item", line.item()).put("region", line.region())
                    .put("quantity", line.quantity().stripTrailingZeros().toPlainString()).put("monthly", amount(line.monthly()))
                    .put("verified", line.price().verified()).put("source", line.price().source());
            }
            ArrayNode unpriced = node.putArray("unpriced");
            for (Unpriced item : stack.unpriced()) {
                unpriced.addObject().put("address", item.address()).put("type", item.type())
                    .put("gap", item.gap().name().toLowerCase(Locale.ROOT).replace('_', '-')).put("reason", item.reason());
            }
        }
        Showback showback = Showback.of(estimate);
        totals(root.putObject("byBusinessUnit"), showback.isEmpty() ? estimate.byBusinessUnit() : showback.byBusinessUnit());
        totals(root.putObject("byEnvironment"), showback.isEmpty() ? estimate.byEnvironment() : showback.byEnvironment());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the estimate as JSON", e);
        }
    }

    private static void totals(ObjectNode node, Map<String, BigDecimal> totals) {
        totals.forEach((name, total) -> node.put(name, amount(total)));
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
