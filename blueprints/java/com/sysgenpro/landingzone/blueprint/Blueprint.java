package com.sysgenpro.landingzone.blueprint;

import java.util.List;
import java.util.Optional;

/**
 * What an environment class fixes about every resource it holds.
 *
 * <p>Production is the strictest blueprint; the others loosen it explicitly. QA, development and training are
 * derived from staging and sandbox with {@link #derive(String)}, so that a change to their parent reaches them.
 */
public final class Blueprint {

    /** Customer-facing Odoo: longest retention, zone-redundant SKUs only. */
    public static final Blueprint PRODUCTION = new Blueprint("production", true, 180, new ApprovedSkus(
        List.of("Standard_D4ds_v5", "Standard_D8ds_v5", "Standard_D16ds_v5", "Standard_E4ds_v5", "Standard_E8ds_v5"),
        List.of("Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS"),
        List.of("Standard_D2ds_v5", "Standard_D4ds_v5", "Standard_D8ds_v5", "Standard_E4ds_v5", "Standard_E8ds_v5"),
        List.of("Balanced_B3", "Balanced_B5", "Balanced_B10", "MemoryOptimized_M10")));
    /** Release rehearsal: production's shape at a smaller size. */
    public static final Blueprint STAGING = new Blueprint("staging", false, 60, new ApprovedSkus(
        List.of("Standard_D2ds_v5", "Standard_D4ds_v5"),
        List.of("Standard_LRS", "Standard_ZRS"),
        List.of("Standard_B2ms", "Standard_D2ds_v5", "Standard_D4ds_v5"),
        List.of("Balanced_B0", "Balanced_B1", "Balanced_B3")));
    /** Experiments and demos: cheapest settings, no promises. */
    public static final Blueprint SANDBOX = new Blueprint("sandbox", false, 30, new ApprovedSkus(
        List.of("Standard_B2s_v2", "Standard_B4s_v2", "Standard_D2ds_v5"),
        List.of("Standard_LRS"),
        List.of("Standard_B1ms", "Standard_B2ms"),
        List.of("Balanced_B0", "Balanced_B1")));
    /** Acceptance testing (QA/UAT), derived from staging. */
    public static final Blueprint QA = STAGING.derive("qa");
    /** Developers' integration environment, derived from sandbox. */
    public static final Blueprint DEVELOPMENT = SANDBOX.derive("development");
    /** End-user training, derived from sandbox. */
    public static final Blueprint TRAINING = SANDBOX.derive("training");

    private static final List<Blueprint> ALL = List.of(PRODUCTION, STAGING, SANDBOX, QA, DEVELOPMENT, TRAINING);

    private final String name;
    private final boolean production;
    private final int logRetentionDays;
    private final ApprovedSkus approvedSkus;

    private Blueprint(String name, boolean production, int logRetentionDays, ApprovedSkus approvedSkus) {
        this.name = name;
        this.production = production;
        this.logRetentionDays = logRetentionDays;
        this.approvedSkus = approvedSkus;
    }

    /** The blueprint's name, as estate files spell it. */
    public String name() {
        return name;
    }

    /** Days the environment's Log Analytics workspace keeps logs. */
    public int logRetentionDays() {
        return logRetentionDays;
    }

    /** The SKUs this tier approves; governance denies others in the tier's management groups. */
    public ApprovedSkus approvedSkus() {
        return approvedSkus;
    }

    /** Whether this is production or derived from it: the strictest governance applies. */
    public boolean isProduction() {
        return production;
    }

    /** A blueprint with this one's settings under another name. */
    public Blueprint derive(String derivedName) {
        return new Blueprint(derivedName, production, logRetentionDays, approvedSkus);
    }

    /** The blueprints the library ships, production first. */
    public static List<Blueprint> all() {
        return ALL;
    }

    /** The shipped blueprint called {@code name}, if any. */
    public static Optional<Blueprint> find(String name) {
        return ALL.stream().filter(blueprint -> blueprint.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
