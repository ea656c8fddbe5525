package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dated list of monthly prices for the SKUs the blueprints use, and how every resource type is treated in an estimate
 * (priced, usage-based and so not estimated, or without a charge of its own). The bundled catalog is
 * {@code prices.json} beside this class; every price names its source and the date the source states, or says
 * {@code unverified}.
 */
public final class PriceCatalog {

    /** The bundled catalog's file name. */
    public static final String RESOURCE = "prices.json";

    /** The word a price's source is when no published source confirmed it. */
    public static final String UNVERIFIED = "unverified";

    private final LocalDate date;
    private final String currency;
    private final String basis;
    private final List<Price> prices;
    private final Map<String, TypeTreatment> types;
    private final Map<String, String> otherProviders;

    private PriceCatalog(LocalDate date, String currency, String basis, List<Price> prices, Map<String, TypeTreatment> types,
                         Map<String, String> otherProviders) {
        this.date = date;
        this.currency = currency;
        this.basis = basis;
        this.prices = List.copyOf(prices);
        this.types = Map.copyOf(types);
        this.otherProviders = Map.copyOf(otherProviders);
    }

    /** The catalog shipped with the library. */
    public static PriceCatalog bundled() {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside " + PriceCatalog.class.getName());
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static PriceCatalog parse(JsonNode root) {
        List<Price> prices = new ArrayList<>();
        for (JsonNode node : root.path("prices")) {
            List<String> regions = new ArrayList<>();
            node.path("regions").forEach(region -> regions.add(region.asText()));
            prices.add(new Price(node.path("kind").asText(), node.path("sku").asText(), regions, node.path("unit").asText(),
                new BigDecimal(node.path("unitPrice").asText()), node.path("formula").asText(),
                new BigDecimal(node.path("monthlyPrice").asText()), node.path("source").asText(),
                node.path("sourceDate").isTextual() ? node.path("sourceDate").asText() : null, node.path("taken").asText(),
                node.path("note").asText("")));
        }
        Map<String, TypeTreatment> types = new LinkedHashMap<>();
        root.path("resourceTypes").fields().forEachRemaining(entry -> types.put(entry.getKey(), new TypeTreatment(entry.getKey(),
            Treatment.valueOf(entry.getValue().path("treatment").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
            entry.getValue().path("note").asText())));
        Map<String, String> other = new LinkedHashMap<>();
        root.path("otherProviders").fields().forEachRemaining(entry -> other.put(entry.getKey(), entry.getValue().asText()));
        return new PriceCatalog(LocalDate.parse(root.path("date").asText()), root.path("currency").asText(), root.path("basis").asText(),
            prices, types, other);
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

    /** Every price, in catalog order. */
    public List<Price> prices() {
        return prices;
    }

    /** The price of {@code sku} of {@code kind} in {@code region}: an entry for that region, else one for every region ({@code *}). */
    public Optional<Price> find(String kind, String sku, String region) {
        Optional<Price> regional = prices.stream()
            .filter(price -> price.kind().equals(kind) && price.sku().equalsIgnoreCase(sku) && price.regions().contains(region)).findFirst();
        return regional.isPresent() ? regional : prices.stream()
            .filter(price -> price.kind().equals(kind) && price.sku().equalsIgnoreCase(sku) && price.regions().contains("*")).findFirst();
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

    /** The treatment of every resource type the catalog names. */
    public Map<String, TypeTreatment> treatments() {
        return types;
    }

    /**
     * One catalog entry.
     *
     * @param kind what is priced, e.g. {@code vm}, {@code aks-tier}, {@code postgresql-flexible-compute}
     * @param sku the SKU as Terraform names it, e.g. {@code Standard_D4ds_v5}
     * @param regions the Azure regions the price holds in, or {@code *} for all
     * @param unit what {@code unitPrice} is per: {@code hour}, {@code day}, {@code month} or {@code GiB-month}
     * @param unitPrice the published price per unit
     * @param formula how the monthly price follows from it, e.g. {@code hourly × 730}
     * @param monthlyPrice the price for a month
     * @param source the URL the price was taken from, or {@link #UNVERIFIED}
     * @param sourceDate the date the source states ({@code not stated} when it states none), or {@code null} when unverified
     * @param taken the date the price was taken into the catalog
     * @param note what the price covers and leaves out
     */
    public record Price(String kind, String sku, List<String> regions, String unit, BigDecimal unitPrice, String formula,
                        BigDecimal monthlyPrice, String source, String sourceDate, String taken, String note) {

        /** Copies the regions. */
        public Price {
            regions = List.copyOf(regions);
        }

        /** Whether a published source confirmed the price. */
        public boolean verified() {
            return !UNVERIFIED.equals(source);
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
