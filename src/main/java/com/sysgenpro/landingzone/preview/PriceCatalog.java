package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dated snapshot of list prices for the SKUs the blueprints use, and how every resource type is treated in an estimate
 * (priced, usage-based and so not estimated, or without a charge of its own).
 *
 * <p>Prices are items in the form of Azure's retail prices API ({@code https://prices.azure.com/api/retail/prices}:
 * {@code armRegionName}, {@code serviceName}, {@code productName}, {@code skuName}, {@code meterName},
 * {@code unitPrice}, {@code unitOfMeasure}, {@code effectiveStartDate}, …), each with the estimator's {@code kind} and
 * {@code sku} and the source of its figure: the API itself for items a refresh took from it ({@link PriceRefresh}), a
 * public repository file at a commit where an API answer or a table generated from the API was recorded
 * ({@code github:owner/repo/path@commit}), a published page, or {@code unverified} when no published source confirmed a
 * recalled figure. A field the
 * source did not give is {@code null}, never made up. The bundled snapshot is {@code prices.json} beside this class;
 * {@code ./lz cost --prices FILE} reads another.
 */
public final class PriceCatalog {

    /** The bundled catalog's file name. */
    public static final String RESOURCE = "prices.json";

    /** The word a price's source is when no published source confirmed it. */
    public static final String UNVERIFIED = "unverified";

    /** The hours a month that hourly prices are multiplied by, as Azure's pricing calculator does. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Map<String, BigDecimal> MONTHLY_FACTORS = Map.of(
        "1 Hour", HOURS_PER_MONTH,
        "1/Hour", HOURS_PER_MONTH,
        "1/Day", HOURS_PER_MONTH.divide(BigDecimal.valueOf(24), 10, RoundingMode.HALF_UP),
        "1/Month", BigDecimal.ONE,
        "1 GB/Month", BigDecimal.ONE);

    private final LocalDate date;
    private final String currency;
    private final String basis;
    private final List<Price> prices;
    private final Map<String, TypeTreatment> types;
    private final Map<String, String> otherProviders;
    private final String origin;

    private PriceCatalog(LocalDate date, String currency, String basis, List<Price> prices, Map<String, TypeTreatment> types,
                         Map<String, String> otherProviders, String origin) {
        this.date = date;
        this.currency = currency;
        this.basis = basis;
        this.prices = List.copyOf(prices);
        this.types = Map.copyOf(types);
        this.otherProviders = Map.copyOf(otherProviders);
        this.origin = origin;
    }

    /** The snapshot shipped with the library. */
    public static PriceCatalog bundled() {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside " + PriceCatalog.class.getName());
            }
            return parse(JSON.readTree(in), "bundled " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The snapshot in {@code file}, of the bundled one's form.
     *
     * @throws InvalidPriceCatalogException when the file is missing, not JSON, or an item lacks what an estimate needs;
     *                                      the message names every problem with the item's index
     */
    public static PriceCatalog load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InvalidPriceCatalogException(file + ": no such price snapshot");
        } catch (IOException e) {
            throw new InvalidPriceCatalogException(file + ": not a JSON price snapshot (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return parse(root, file.toString());
    }

    static PriceCatalog parse(JsonNode root, String origin) {
        List<String> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(root.path("date").asText());
        } catch (DateTimeParseException e) {
            problems.add("date: '" + root.path("date").asText() + "' is not a date (YYYY-MM-DD): give the day the prices were taken");
        }
        String currency = root.path("BillingCurrency").asText("");
        if (currency.isEmpty()) {
            problems.add("BillingCurrency: missing; give the currency of every item, e.g. USD");
        }
        List<Price> prices = new ArrayList<>();
        JsonNode items = root.path("Items");
        if (!items.isArray()) {
            problems.add("Items: missing; give the prices as an array of retail price items");
        }
        Map<String, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            String path = "Items[" + i + "]";
            price(items.get(i), path, currency, problems).ifPresent(price -> {
                // Two figures for one SKU in one region would make the estimate depend on item order.
                Integer first = firstOf.putIfAbsent(price.kind() + "|" + price.sku().toLowerCase(Locale.ROOT) + "|" + price.armRegionName(),
                    index);
                if (first != null) {
                    problems.add(path + ": a second price for " + price.kind() + " " + price.sku() + " in " + price.regionLabel()
                        + " (the first is Items[" + first + "]); keep one");
                }
                prices.add(price);
            });
        }
        Map<String, TypeTreatment> types = new LinkedHashMap<>();
        root.path("resourceTypes").fields().forEachRemaining(entry -> {
            String treatment = entry.getValue().path("treatment").asText();
            try {
                types.put(entry.getKey(), new TypeTreatment(entry.getKey(),
                    Treatment.valueOf(treatment.toUpperCase(Locale.ROOT).replace('-', '_')), entry.getValue().path("note").asText()));
            } catch (IllegalArgumentException e) {
                problems.add("resourceTypes." + entry.getKey() + ".treatment: '" + treatment + "' is not one of priced, usage-based, no-charge");
            }
        });
        Map<String, String> other = new LinkedHashMap<>();
        root.path("otherProviders").fields().forEachRemaining(entry -> other.put(entry.getKey(), entry.getValue().asText()));
        if (!problems.isEmpty()) {
            throw new InvalidPriceCatalogException(origin + ": " + problems.size() + " problem(s) in the price snapshot:\n  "
                + String.join("\n  ", problems));
        }
        return new PriceCatalog(date, currency, root.path("basis").asText(""), prices, types, other, origin);
    }

    private static Optional<Price> price(JsonNode item, String path, String currency, List<String> problems) {
        int before = problems.size();
        String kind = required(item, "kind", path, problems);
        String sku = required(item, "sku", path, problems);
        String unitOfMeasure = required(item, "unitOfMeasure", path, problems);
        if (unitOfMeasure != null && !MONTHLY_FACTORS.containsKey(unitOfMeasure)) {
            problems.add(path + ".unitOfMeasure: '" + unitOfMeasure + "' is not one the estimator converts to a month; use one of "
                + new TreeSet<>(MONTHLY_FACTORS.keySet()));
        }
        BigDecimal unitPrice = item.path("unitPrice").isNumber() ? item.path("unitPrice").decimalValue() : null;
        if (unitPrice == null || unitPrice.signum() < 0) {
            problems.add(path + ".unitPrice: missing or negative; give the price per unit of measure");
        }
        String itemCurrency = item.path("currencyCode").asText(currency);
        if (!itemCurrency.equals(currency)) {
            problems.add(path + ".currencyCode: '" + itemCurrency + "' differs from the snapshot's " + currency + "; take every item in one currency");
        }
        String source = required(item, "source", path, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        BigDecimal unitsPerSku = item.path("unitsPerSku").isNumber() ? item.path("unitsPerSku").decimalValue() : BigDecimal.ONE;
        return Optional.of(new Price(kind, sku, item.path("armRegionName").asText(""), text(item, "location"), text(item, "serviceName"),
            text(item, "productName"), text(item, "skuName"), text(item, "meterName"), text(item, "meterId"), text(item, "armSkuName"),
            text(item, "type"), text(item, "effectiveStartDate"), unitOfMeasure, unitPrice, unitsPerSku,
            unitPrice.multiply(unitsPerSku).multiply(MONTHLY_FACTORS.get(unitOfMeasure)).setScale(4, RoundingMode.HALF_UP),
            source, text(item, "sourceDate"), item.path("taken").asText(""), item.path("note").asText("")));
    }

    private static String required(JsonNode item, String field, String path, List<String> problems) {
        String value = text(item, field);
        if (value == null || value.isBlank()) {
            problems.add(path + "." + field + ": missing");
            return null;
        }
        return value;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The date the catalog's prices were taken. */
    public LocalDate date() {
        return date;
    }

    /** The currency of every price, e.g. {@code USD}. */
    public String currency() {
        return currency;
    }

    /** What the prices are (pay-as-you-go list prices) and what they leave out. */
    public String basis() {
        return basis;
    }

    /** Where the snapshot was read from: {@code bundled prices.json} or the file given. */
    public String origin() {
        return origin;
    }

    /** Every price, in catalog order. */
    public List<Price> prices() {
        return prices;
    }

    /** The regions some price holds in (not those of prices for every region), sorted. */
    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        prices.stream().filter(price -> !price.everyRegion()).forEach(price -> regions.add(price.armRegionName()));
        return regions;
    }

    /** The price of {@code sku} of {@code kind} in {@code region}: an item for that region, else one for every region. */
    public Optional<Price> find(String kind, String sku, String region) {
        Optional<Price> regional = prices.stream()
            .filter(price -> price.kind().equals(kind) && price.sku().equalsIgnoreCase(sku) && price.armRegionName().equals(region)).findFirst();
        return regional.isPresent() ? regional : prices.stream()
            .filter(price -> price.kind().equals(kind) && price.sku().equalsIgnoreCase(sku) && price.everyRegion()).findFirst();
    }

    /** Whether some region has a price for {@code sku} of {@code kind}: when {@link #find} finds none, the region lacks it. */
    public boolean pricedSomewhere(String kind, String sku) {
        return prices.stream().anyMatch(price -> price.kind().equals(kind) && price.sku().equalsIgnoreCase(sku));
    }

    /**
     * How resources of {@code type} are treated; for types of other providers (Kubernetes objects, Helm releases), a
     * no-charge treatment when the catalog names their prefix, since they run on nodes already priced.
     */
    public Optional<TypeTreatment> treatment(String type) {
        TypeTreatment treatment = types.get(type);
        if (treatment != null) {
            return Optional.of(treatment);
        }
        return otherProviders.entrySet().stream().filter(entry -> type.startsWith(entry.getKey())).findFirst()
            .map(entry -> new TypeTreatment(type, Treatment.NO_CHARGE, entry.getValue()));
    }

    /**
     * One price: a retail price item with the estimator's kind and SKU.
     *
     * @param kind what is priced, e.g. {@code vm}, {@code aks-tier}, {@code postgresql-flexible-compute}
     * @param sku the SKU as Terraform names it, e.g. {@code Standard_D4ds_v5}
     * @param armRegionName the Azure region the price holds in; empty for a price that holds in every region
     * @param location the API's display name of the region, or null when the source gave none
     * @param serviceName the API's service, e.g. {@code Virtual Machines}, or null
     * @param productName the API's product, e.g. {@code Virtual Machines Ddsv5 Series}, or null
     * @param skuName the API's SKU name, e.g. {@code D4ds v5}, or null
     * @param meterName the API's meter, or null
     * @param meterId the API's meter id, or null
     * @param armSkuName the API's ARM SKU name, e.g. {@code Standard_D4ds_v5}, or null
     * @param type the API's price type, e.g. {@code Consumption}, or null
     * @param effectiveStartDate the API's effective start date of the price, or null when the source gave none
     * @param unitOfMeasure what {@code unitPrice} is per, as the API writes it: {@code 1 Hour}, {@code 1/Day}, {@code 1/Month},
     *                      {@code 1 GB/Month}
     * @param unitPrice the price per unit of measure
     * @param unitsPerSku how many units of measure one SKU takes (the vCores of a server priced per vCore); 1 otherwise
     * @param monthlyPrice the price of one SKU for a month: unit price × units per SKU × 730 hours (or 30.42 days, or 1 month)
     * @param source where the figure was taken from: the API request of a refreshed item, a repository file at a commit
     *               ({@code github:owner/repo/path@commit}), a page's URL, or {@link #UNVERIFIED}
     * @param sourceDate the date the source states ({@code not stated} when it states none), or null when unverified
     * @param taken the date the item was taken into the snapshot
     * @param note what the price covers and leaves out, and where to check an unverified one
     */
    public record Price(String kind, String sku, String armRegionName, String location, String serviceName, String productName,
                        String skuName, String meterName, String meterId, String armSkuName, String type, String effectiveStartDate,
                        String unitOfMeasure, BigDecimal unitPrice, BigDecimal unitsPerSku, BigDecimal monthlyPrice, String source,
                        String sourceDate, String taken, String note) {

        /** Whether a published source confirmed the price. */
        public boolean verified() {
            return !UNVERIFIED.equals(source);
        }

        /** Whether the price holds in every region. */
        public boolean everyRegion() {
            return armRegionName.isEmpty();
        }

        /** The region as a report shows it: its name, or {@code every region}. */
        public String regionLabel() {
            return everyRegion() ? "every region" : armRegionName;
        }

        /** Whether the price is per GB a month, so that its monthly figure is per GB rather than per SKU. */
        public boolean perGigabyte() {
            return "1 GB/Month".equals(unitOfMeasure);
        }
    }

    /** How an estimate treats a resource type. */
    public enum Treatment {
        /** Priced from the catalog. */
        PRICED,
        /** Billed by use (data stored, ingested, processed): not estimated, and the estimate says so. */
        USAGE_BASED,
        /** No charge of its own. */
        NO_CHARGE
    }

    /**
     * How an estimate treats one resource type.
     *
     * @param type the Terraform resource type
     * @param treatment priced, usage-based or without charge
     * @param note what is and is not estimated for it
     */
    public record TypeTreatment(String type, Treatment treatment, String note) {
    }
}
