package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import java.util.Map;

/**
 * Names of stacks and Azure resources, derived from stable estate names only (organisation prefix, business
 * unit, environment, region), never from list positions, so that reordering an estate file moves nothing.
 * Globally unique names (storage, Key Vault, registry) use the unit's short name and an environment code to fit
 * Azure's 24-character limits.
 */
final class Naming {

    /** The stack and short name of an environment class's shared hosting. */
    static final String SHARED = "shared";

    private static final Map<String, String> ENVIRONMENT_CODES = Map.of(
        "production", "prod", "staging", "stg", "sandbox", "sbx", "development", "dev", "training", "trn");

    private Naming() {
    }

    static String stack(BusinessUnit unit, Environment environment) {
        return unit.name() + "-" + environment.name();
    }

    static String sharedStack(String blueprint) {
        return SHARED + "-" + blueprint;
    }

    /** A short code for an environment or blueprint name: {@code prod}, {@code stg}, {@code sbx} … or the name. */
    static String code(String environment) {
        return ENVIRONMENT_CODES.getOrDefault(environment, environment);
    }

    /** {@code <prefix>-<unit>-<environment>-<region code>}: the stem of regional resource names. */
    static String stem(String prefix, String unit, String environment, AzureRegion region) {
        return prefix + "-" + unit + "-" + environment + "-" + region.code();
    }

    /** A storage account name: {@code st<prefix><short><code>}, lowercase letters and digits. */
    static String storageAccount(String prefix, String shortName, String environment) {
        return "st" + prefix + shortName + code(environment);
    }

    /** A Key Vault name: {@code kv-<prefix>-<short>-<code>}. */
    static String keyVault(String prefix, String shortName, String environment) {
        return "kv-" + prefix + "-" + shortName + "-" + code(environment);
    }

    /** A container registry name: {@code acr<prefix><short><code>}. */
    static String registry(String prefix, String shortName, String environment) {
        return "acr" + prefix + shortName + code(environment);
    }
}
