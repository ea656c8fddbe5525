package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.SharedTenantNames;
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

    /**
     * A shared hosting stack: {@code shared-<blueprint>} in the estate's primary region (the name it has always had),
     * {@code shared-<blueprint>-<region code>} in any other.
     */
    static String sharedStack(String blueprint, AzureRegion region, AzureRegion primary) {
        return SHARED + "-" + blueprint + (region.equals(primary) ? "" : "-" + region.code());
    }

    /**
     * The short name in a shared hosting's globally unique names (storage, Key Vault, registry): {@code shared} in the
     * primary region, {@code sh<region code>} elsewhere, so that each region's names differ and stay within 24
     * characters.
     */
    static String sharedShortName(AzureRegion region, AzureRegion primary) {
        return region.equals(primary) ? SHARED : "sh" + region.code();
    }

    /**
     * A semi-dedicated environment's node pool on the shared cluster: {@code t<short name>} for the environment named
     * after its blueprint, else with the environment's name appended, cut to AKS's 12 characters (the validator
     * refuses two that end up alike on one cluster).
     */
    static String dedicatedPool(String shortName, String environment, String blueprint) {
        String name = SharedTenantNames.qualified("t" + shortName, "", environment, blueprint);
        return name.length() > 12 ? name.substring(0, 12) : name;
    }

    /** The tenant key a semi-dedicated environment's pool is reserved for (label and taint): the unit, or unit and environment. */
    static String poolTenant(String unit, String environment, String blueprint) {
        return SharedTenantNames.qualified(unit, "-", environment, blueprint);
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

    /**
     * The Key Vault holding a stack's customer-managed keys for another region (geo-redundant backups, a replica):
     * {@code kv-<prefix>-<short>-<code>-<region code>}.
     */
    static String regionalKeyVault(String prefix, String shortName, String environment, AzureRegion region) {
        return keyVault(prefix, shortName, environment) + "-" + region.code();
    }

    /** A container registry name: {@code acr<prefix><short><code>}. */
    static String registry(String prefix, String shortName, String environment) {
        return registryPrefix(prefix) + shortName + code(environment);
    }

    /** How every registry name of the estate starts, {@code acr<prefix>}. */
    static String registryPrefix(String prefix) {
        return "acr" + prefix;
    }
}
