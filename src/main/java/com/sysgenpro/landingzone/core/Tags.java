package com.sysgenpro.landingzone.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, sorted set of Azure tags.
 *
 * <p>Every construct takes the estate's tags through this type instead of building maps ad hoc, so that the
 * mandatory keys governance checks for are spelled once and Azure's tag rules are checked before synthesis:
 * at most 50 tags, keys of 1–512 characters without {@code < > % & \ ? /}, values of at most 256 characters.
 * Keys are compared case-insensitively, as Azure does. Iteration order is sorted by key, which keeps the
 * synthesized JSON byte-identical across runs.
 */
public final class Tags {

    /** The business unit that owns the resource, e.g. {@code wholesale}. */
    public static final String BUSINESS_UNIT = "business-unit";
    /** The environment, e.g. {@code production}. */
    public static final String ENVIRONMENT = "environment";
    /** Who answers for the resource: a team mailbox or group. */
    public static final String OWNER = "owner";
    /** The cost center showback charges. */
    public static final String COST_CENTER = "cost-center";
    /** The recovery tier the resource is built for, e.g. {@code tier-1}. */
    public static final String RECOVERY_TIER = "recovery-tier";
    /** The data classification, e.g. {@code confidential}. */
    public static final String DATA_CLASSIFICATION = "data-classification";
    /** The tool that manages the resource; tells operators not to change it by hand. */
    public static final String MANAGED_BY = "managed-by";
    /**
     * The warehouses and plants an environment serves, space-separated in one tag (Azure allows one value per tag
     * name; a tag name per site could not be required by policy nor grouped by in cost analysis, which filters values by
     * "contains"); set where sites are declared, and on every resource when the estate requires it.
     */
    public static final String SITE = "site";
    /** The application a business unit runs, e.g. {@code odoo}; set where declared, and everywhere when required. */
    public static final String APPLICATION = "application";
    /** When a non-production environment runs, e.g. {@code Mon-Fri 07:00-20:00 Europe/Brussels}; its schedule stops it outside. */
    public static final String OPERATING_HOURS = "operating-hours";
    /**
     * The last day (UTC, {@code YYYY-MM-DD}) of a temporary environment, so that whoever finds its resources in the portal
     * or in cost analysis sees they were meant to go; set only on such environments.
     */
    public static final String EXPIRES = "expires";

    /**
     * The tags every resource must carry when the estate names none: cost, ownership and recovery data that showback and
     * governance read. Kept here, below both, so that governance's initiatives
     * ({@code LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS}) and the synthesized-output reader (for a
     * {@code landing-zone.json} that names none) share one list.
     */
    public static final List<String> DEFAULT_MANDATORY = List.of(BUSINESS_UNIT, ENVIRONMENT, OWNER, COST_CENTER, RECOVERY_TIER,
        DATA_CLASSIFICATION);

    private static final int MAX_TAGS = 50;
    private static final int MAX_KEY_LENGTH = 512;
    private static final int MAX_VALUE_LENGTH = 256;
    private static final Tags EMPTY = new Tags(new TreeMap<>());

    private final SortedMap<String, String> values;

    private Tags(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** No tags. */
    public static Tags empty() {
        return EMPTY;
    }

    /**
     * Tags from a map.
     *
     * @throws IllegalArgumentException naming the offending key or value and Azure's rule
     */
    public static Tags of(Map<String, String> tags) {
        return empty().with(tags);
    }

    /** These tags plus one more; a key already present (case-insensitively) is replaced. */
    public Tags with(String key, String value) {
        return with(Map.of(key, value));
    }

    /** These tags plus {@code more}; keys already present (case-insensitively) are replaced. */
    public Tags with(Map<String, String> more) {
        TreeMap<String, String> merged = new TreeMap<>(values);
        more.forEach((key, value) -> {
            validate(key, value);
            merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
            merged.put(key, value);
        });
        if (merged.size() > MAX_TAGS) {
            throw new IllegalArgumentException("a resource takes at most " + MAX_TAGS + " tags, got " + merged.size()
                + "; drop tags that showback and governance do not read");
        }
        return new Tags(merged);
    }

    /** The tags as a sorted, unmodifiable map. */
    public SortedMap<String, String> asMap() {
        return values;
    }

    /** The value of {@code key}, or {@code null}. */
    public String get(String key) {
        return values.get(key);
    }

    private static void validate(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("tag key '" + key + "' must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        for (char forbidden : new char[] {'<', '>', '%', '&', '\\', '?', '/'}) {
            if (key.indexOf(forbidden) >= 0) {
                throw new IllegalArgumentException("tag key '" + key + "' contains '" + forbidden
                    + "'; Azure does not allow < > % & \\ ? / in tag keys");
            }
        }
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("tag '" + key + "' has value '" + value + "'; values must be non-null and at most "
                + MAX_VALUE_LENGTH + " characters");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tags tags && tags.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
