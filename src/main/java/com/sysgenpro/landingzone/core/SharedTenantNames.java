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
        String base = "odoo_" + unit.replace('-', '_');
        return environment.equals(blueprint) ? base : base + "_" + environment;
    }

    /** The filestore container in the shared storage account: {@code filestore-<unit>} or {@code filestore-<unit>-<environment>}. */
    public static String filestoreContainer(String unit, String environment, String blueprint) {
        String base = "filestore-" + unit;
        return environment.equals(blueprint) ? base : base + "-" + environment;
    }
}
