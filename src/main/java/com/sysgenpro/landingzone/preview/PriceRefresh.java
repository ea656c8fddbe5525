package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refreshes a price snapshot from Azure's retail prices API ({@code ./lz prices refresh}): for each SKU of a kind it can
 * query (virtual machines and Premium SSD managed disks) and each region asked, it asks the API with a {@code $filter},
 * follows {@code NextPageLink}, picks the pay-as-you-go meter (Linux, not Spot nor Low Priority, for virtual machines)
 * and writes it as the item, with the request as its source and the API's effective start date. What it cannot query, or
 * the API does not return, stays as the snapshot had it, and the result lists it: a refresh never drops a price nor
 * makes one up.
 */
public final class PriceRefresh {

    /** The public endpoint, which needs no authentication. */
    public static final URI RETAIL_PRICES_API = URI.create("https://prices.azure.com/api/retail/prices");

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MOST_PAGES = 20;
    private static final List<String> COPIED_FIELDS = List.of("currencyCode", "retailPrice", "unitPrice", "armRegionName", "location",
        "effectiveStartDate", "meterId", "meterName", "productName", "skuName", "serviceName", "armSkuName", "unitOfMeasure", "type");

    /** How a refresh reads one page of the API: GET {@code uri}, the response body. */
    @FunctionalInterface
    public interface Fetcher {
        /** The body of a GET of {@code uri}; an {@link IOException} when the API cannot be reached or answers an error. */
        String get(URI uri) throws IOException;
    }

    /**
     * What a refresh did.
     *
     * @param snapshot the new snapshot, as JSON of the bundled one's form
     * @param refreshed the items taken from the API, as {@code kind sku region}
     * @param notReturned the items asked for that the API returned no matching meter for (kept as they were, if any)
     * @param kept the items of kinds the refresh cannot query, kept as they were
     */
    public record Result(String snapshot, List<String> refreshed, List<String> notReturned, List<String> kept) {
    }

    private final URI api;
    private final Fetcher fetcher;
    private final LocalDate today;

    /** A refresh asking {@code api} through {@code fetcher}, dating what it takes {@code today}. */
    public PriceRefresh(URI api, Fetcher fetcher, LocalDate today) {
        this.api = api;
        this.fetcher = fetcher;
        this.today = today;
    }

    /** The bundled snapshot's JSON, to refresh from. */
    public static String bundledSnapshot() {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PriceCatalog.RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot in {@code file}, to refresh from. */
    public static String snapshot(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidPriceCatalogException(file + ": cannot read the price snapshot (" + e.getMessage() + ")");
        }
    }

    /**
     * Refreshes {@code snapshot} for {@code regions}: every SKU of a kind it can query, in every region, whether the
     * snapshot priced it there or not.
     *
     * @throws IOException when the API cannot be reached; nothing is written then
     */
    public Result refresh(String snapshot, List<String> regions) throws IOException {
        JsonNode tree = JSON.readTree(snapshot);
        // Refused before any request when malformed; parsing only reads the tree, which is then changed in place.
        PriceCatalog.parse(tree, "the snapshot to refresh");
        ObjectNode root = (ObjectNode) tree;
        ArrayNode items = (ArrayNode) root.path("Items");
        String currency = root.path("BillingCurrency").asText();
        Set<String> skus = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (JsonNode item : items) {
            Optional<Query> query = Query.of(item.path("kind").asText());
            if (query.isPresent()) {
                skus.add(item.path("kind").asText() + " " + item.path("sku").asText());
            } else {
                kept.add(label(item));
            }
        }
        List<String> refreshed = new ArrayList<>();
        List<String> notReturned = new ArrayList<>();
        for (String kindAndSku : skus) {
            String kind = kindAndSku.substring(0, kindAndSku.indexOf(' '));
            String sku = kindAndSku.substring(kindAndSku.indexOf(' ') + 1);
            Query query = Query.of(kind).orElseThrow();
            for (String region : regions) {
                URI uri = uri(currency, query.filter(sku, region));
                Optional<JsonNode> meter = query.pick(fetchAll(uri), sku);
                if (meter.isEmpty()) {
                    notReturned.add(kind + " " + sku + " " + region);
                    continue;
                }
                ObjectNode fresh = JSON.createObjectNode();
                fresh.put("kind", kind);
                fresh.put("sku", sku);
                COPIED_FIELDS.forEach(field -> fresh.set(field, meter.get().path(field).isMissingNode() ? null : meter.get().get(field)));
                fresh.put("source", uri.toString());
                fresh.put("sourceDate", today.toString());
                fresh.put("taken", today.toString());
                fresh.put("note", query.note());
                replace(items, kind, sku, region, fresh);
                refreshed.add(kind + " " + sku + " " + region);
            }
        }
        root.put("date", today.toString());
        root.put("Count", items.size());
        String written = JSON.writeValueAsString(root) + "\n";
        PriceCatalog.parse(JSON.readTree(written), "the refreshed snapshot");
        return new Result(written, refreshed, notReturned, kept);
    }

    private List<JsonNode> fetchAll(URI first) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        URI next = first;
        for (int page = 0; next != null; page++) {
            if (page == MOST_PAGES) {
                throw new IOException("the retail prices API returned more than " + MOST_PAGES + " pages for " + first + ": narrow the filter");
            }
            JsonNode body = JSON.readTree(fetcher.get(next));
            body.path("Items").forEach(found::add);
            String link = body.path("NextPageLink").asText("");
            next = link.isEmpty() || "null".equals(link) ? null : URI.create(link);
        }
        return found;
    }

    private URI uri(String currency, String filter) {
        return URI.create(api + "?currencyCode=" + encode("'" + currency + "'") + "&$filter=" + encode(filter));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void replace(ArrayNode items, String kind, String sku, String region, ObjectNode fresh) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.path("kind").asText().equals(kind) && item.path("sku").asText().equalsIgnoreCase(sku)
                && item.path("armRegionName").asText().equals(region)) {
                items.set(i, fresh);
                return;
            }
        }
        items.add(fresh);
    }

    private static String label(JsonNode item) {
        String region = item.path("armRegionName").asText("");
        return item.path("kind").asText() + " " + item.path("sku").asText() + " " + (region.isEmpty() ? "every region" : region);
    }

    /** The API query of one kind the refresh knows, and how it picks the meter from what the API returns. */
    private enum Query {
        VM("vm", "Linux pay-as-you-go, taken from the retail prices API") {
            @Override
            String filter(String sku, String region) {
                return "serviceName eq 'Virtual Machines' and armSkuName eq '" + sku + "' and armRegionName eq '" + region
                    + "' and priceType eq 'Consumption'";
            }

            @Override
            boolean matches(JsonNode item, String sku) {
                String product = item.path("productName").asText("");
                String meter = item.path("meterName").asText("").toLowerCase(Locale.ROOT);
                return sku.equalsIgnoreCase(item.path("armSkuName").asText()) && !product.endsWith(" Windows")
                    && !meter.contains("spot") && !meter.contains("low priority") && "1 Hour".equals(item.path("unitOfMeasure").asText());
            }
        },
        MANAGED_DISK("managed-disk", "Premium SSD LRS managed disk, taken from the retail prices API") {
            @Override
            String filter(String sku, String region) {
                return "serviceName eq 'Storage' and productName eq 'Premium SSD Managed Disks' and skuName eq '" + sku + " LRS'"
                    + " and armRegionName eq '" + region + "' and priceType eq 'Consumption'";
            }

            @Override
            boolean matches(JsonNode item, String sku) {
                return (sku + " LRS").equals(item.path("skuName").asText()) && "1/Month".equals(item.path("unitOfMeasure").asText());
            }
        };

        private final String kind;
        private final String note;

        Query(String kind, String note) {
            this.kind = kind;
            this.note = note;
        }

        abstract String filter(String sku, String region);

        abstract boolean matches(JsonNode item, String sku);

        String note() {
            return note;
        }

        /** The pay-as-you-go meter among {@code items}: of type Consumption, matching, and the first such when several match. */
        Optional<JsonNode> pick(List<JsonNode> items, String sku) {
            return items.stream().filter(item -> "Consumption".equals(item.path("type").asText()) && item.path("unitPrice").isNumber()
                && matches(item, sku)).findFirst();
        }

        static Optional<Query> of(String kind) {
            for (Query query : values()) {
                if (query.kind.equals(kind)) {
                    return Optional.of(query);
                }
            }
            return Optional.empty();
        }
    }
}
