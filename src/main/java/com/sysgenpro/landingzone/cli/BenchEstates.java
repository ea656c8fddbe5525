package com.sysgenpro.landingzone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sysgenpro.landingzone.estate.EstateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Estates of any number of business units in the reference estate's shape, for the benchmark: unit {@code i} copies
 * the reference's unit {@code i mod 6} (dedicated tier-1 with a recovery network, dedicated in a second region,
 * semi-dedicated regulated, three shared), renamed ({@code wholesale7}, short name {@code whs7}) and given address
 * spaces of its own. The first six units are the reference's own, so one unit less than six is a prefix of it.
 */
final class BenchEstates {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Address spaces of generated units: /20s from 10.80.0.0 upward, clear of the reference's 10.64–10.79 ranges. */
    private static final int FIRST_GENERATED_OCTET = 80;

    private BenchEstates() {
    }

    /** The estate YAML with {@code units} business units. */
    static String yaml(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("an estate needs at least one business unit, not " + units);
        }
        ObjectNode reference = reference();
        ArrayNode templates = (ArrayNode) reference.get("businessUnits");
        ArrayNode generated = YAML.createArrayNode();
        int[] nextBlock = {0};
        for (int i = 0; i < units; i++) {
            ObjectNode template = (ObjectNode) templates.get(i % templates.size());
            if (i < templates.size()) {
                generated.add(template.deepCopy());
                continue;
            }
            int copy = i / templates.size();
            ObjectNode unit = template.deepCopy();
            unit.put("name", template.get("name").asText() + copy);
            if (template.has("shortName")) {
                unit.put("shortName", template.get("shortName").asText() + copy);
            }
            for (JsonNode environment : unit.path("environments")) {
                ObjectNode env = (ObjectNode) environment;
                for (String field : new String[] {"addressSpace", "recoveryAddressSpace"}) {
                    if (env.has(field)) {
                        env.put(field, nextAddressSpace(nextBlock));
                    }
                }
                env.remove("subscriptionId");
            }
            generated.add(unit);
        }
        // The reference's suppressions name wholesale-production, unit 0, which every size has.
        reference.set("businessUnits", generated);
        if (units > templates.size()) {
            // Copies of the reference's shared units fill its shared hosting past its blueprints' ratios: bench estates
            // measure synthesis, they are never deployed.
            reference.put("capacityOverrideReason", "Bench estate: measures synthesis of " + units + " units, never deployed");
        }
        keepPartnersToUnits(reference, generated);
        keepSitesOfUnits(reference, generated);
        try {
            return YAML.writeValueAsString(reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A partner supports only units the estate has: those of the reference's it names that this size keeps, else unit 0. */
    private static void keepPartnersToUnits(ObjectNode reference, ArrayNode units) {
        Set<String> names = new HashSet<>();
        units.forEach(unit -> names.add(unit.path("name").asText()));
        for (JsonNode partner : reference.path("access").path("partners")) {
            if (!partner.has("units")) {
                continue;
            }
            ArrayNode kept = YAML.createArrayNode();
            partner.get("units").forEach(unit -> {
                if (names.contains(unit.asText())) {
                    kept.add(unit);
                }
            });
            if (kept.isEmpty()) {
                kept.add(units.get(0).path("name").asText());
            }
            ((ObjectNode) partner).set("units", kept);
        }
    }

    /** The connected sites some unit this size keeps lists (on itself or an environment): the loader refuses a site that serves no one. */
    private static void keepSitesOfUnits(ObjectNode reference, ArrayNode units) {
        Set<String> listed = new HashSet<>();
        for (JsonNode unit : units) {
            unit.path("sites").forEach(site -> listed.add(site.asText()));
            unit.path("environments").forEach(environment -> environment.path("sites").forEach(site -> listed.add(site.asText())));
        }
        JsonNode sites = reference.path("network").path("sites");
        if (sites.isArray()) {
            ArrayNode kept = YAML.createArrayNode();
            sites.forEach(site -> {
                if (listed.contains(site.path("name").asText())) {
                    kept.add(site);
                }
            });
            ((ObjectNode) reference.get("network")).set("sites", kept);
        }
    }

    private static String nextAddressSpace(int[] nextBlock) {
        int block = nextBlock[0]++;
        int second = FIRST_GENERATED_OCTET + block / 16;
        if (second > 255) {
            throw new IllegalArgumentException("more business units than the benchmark's address plan holds");
        }
        return "10." + second + "." + (block % 16) * 16 + ".0/20";
    }

    private static ObjectNode reference() {
        try (InputStream in = BenchEstates.class.getClassLoader().getResourceAsStream(EstateLoader.RESOURCE_FOLDER + "reference.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the reference estate is missing from the jar");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference estate", e);
        }
    }
}
