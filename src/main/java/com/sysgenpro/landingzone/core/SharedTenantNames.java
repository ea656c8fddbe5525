package com.sysgenpro.landingzone.core;

/**
 * The names of a shared environment's data on its shared hosting, in one place for the synthesizer that creates them
 * and for the readers of synthesized output (runbooks) that look them up.
 *
 * <p>The environment named after its blueprint (production on production, staging on staging) keeps the unit's
 * name alone, as it always had; any other environment of the blueprint (UAT or QA on staging) adds its own name, so
 * that adding an environment never renames another's database.
 */
public final class SharedTenantNames {

    private SharedTenantNames() {
    }

    /** The database on the shared server: {@code odoo_<unit>} or {@code odoo_<unit>_<environment>}, hyphens as underscores. */
    public static String database(String unit, String environment, String blueprint) {
        return qualified("odoo_" + unit.replace('-', '_'), "_", environment, blueprint);
    }

    /** The filestore container in the shared storage account: {@code filestore-<unit>} or {@code filestore-<unit>-<environment>}. */
    public static String filestoreContainer(String unit, String environment, String blueprint) {
        return qualified("filestore-" + unit, "-", environment, blueprint);
    }

    /**
     * The one rule behind every per-environment name on shared hosting: {@code base} for the environment named after
     * its blueprint, {@code base}, {@code separator} and the environment's name for any other.
     */
    public static String qualified(String base, String separator, String environment, String blueprint) {
        return environment.equals(blueprint) ? base : base + separator + environment;
    }
}
