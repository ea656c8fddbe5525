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

    /** Customer-facing Odoo: longest retention. */
    public static final Blueprint PRODUCTION = new Blueprint("production", 180);
    /** Release rehearsal: production's shape at a smaller size. */
    public static final Blueprint STAGING = new Blueprint("staging", 60);
    /** Experiments and demos: cheapest settings, no promises. */
    public static final Blueprint SANDBOX = new Blueprint("sandbox", 30);
    /** Acceptance testing (QA/UAT), derived from staging. */
    public static final Blueprint QA = STAGING.derive("qa");
    /** Developers' integration environment, derived from sandbox. */
    public static final Blueprint DEVELOPMENT = SANDBOX.derive("development");
    /** End-user training, derived from sandbox. */
    public static final Blueprint TRAINING = SANDBOX.derive("training");

    private static final List<Blueprint> ALL = List.of(PRODUCTION, STAGING, SANDBOX, QA, DEVELOPMENT, TRAINING);

    private final String name;
    private final int logRetentionDays;

    private Blueprint(String name, int logRetentionDays) {
        this.name = name;
        this.logRetentionDays = logRetentionDays;
    }

    /** The blueprint's name, as estate files spell it. */
    public String name() {
        return name;
    }

    /** Days the environment's Log Analytics workspace keeps logs. */
    public int logRetentionDays() {
        return logRetentionDays;
    }

    /** A blueprint with this one's settings under another name. */
    public Blueprint derive(String derivedName) {
        return new Blueprint(derivedName, logRetentionDays);
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
