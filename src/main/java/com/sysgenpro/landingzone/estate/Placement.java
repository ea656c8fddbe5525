package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.PlacementAdvice;
import com.sysgenpro.landingzone.blueprint.RecoveryAssessment;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.Optional;

/**
 * Where one environment of a business unit lands: its blueprint, tenancy model, region and recovery commitment, and
 * what its settings achieve. {@link EstatePlan} computes one per environment before anything is built.
 */
public final class Placement {

    private final BusinessUnit unit;
    private final Environment environment;
    private final Blueprint blueprint;
    private final PlacementAdvice advice;
    private final TenancyModel tenancy;
    private final AzureRegion region;
    private final RecoveryTier recoveryTier;
    private final RecoverySettings recoverySettings;

    Placement(BusinessUnit unit, Environment environment, Blueprint blueprint, PlacementAdvice advice, TenancyModel tenancy,
              AzureRegion region, RecoveryTier recoveryTier, RecoverySettings recoverySettings) {
        this.unit = unit;
        this.environment = environment;
        this.blueprint = blueprint;
        this.advice = advice;
        this.tenancy = tenancy;
        this.region = region;
        this.recoveryTier = recoveryTier;
        this.recoverySettings = recoverySettings;
    }

    /** The business unit. */
    public BusinessUnit unit() {
        return unit;
    }

    /** The environment. */
    public Environment environment() {
        return environment;
    }

    /** The environment's blueprint. */
    public Blueprint blueprint() {
        return blueprint;
    }

    /** The placement advice for the unit. */
    public PlacementAdvice advice() {
        return advice;
    }

    /** The tenancy model: the declared one, else the advised one. */
    public TenancyModel tenancy() {
        return tenancy;
    }

    /** The region the environment runs in. */
    public AzureRegion region() {
        return region;
    }

    /**
     * The recovery tier the environment commits to: declared on the environment, else the unit's for production
     * blueprints; empty for other environments, which are rebuilt from production rather than recovered.
     */
    public Optional<RecoveryTier> recoveryTier() {
        return Optional.ofNullable(recoveryTier);
    }

    /** The {@code recovery-tier} tag: the tier's id, or {@code none}. */
    public String recoveryTierTag() {
        return recoveryTier == null ? "none" : recoveryTier.id();
    }

    /** The recovery settings of the database server and storage holding the environment's data. */
    public RecoverySettings recoverySettings() {
        return recoverySettings;
    }

    /** What the settings achieve against the committed tier; empty without a commitment. */
    public Optional<RecoveryAssessment> assessment() {
        return recoveryTier().map(tier -> RecoveryAssessment.of(tier, recoverySettings));
    }

    /** The stack's name, {@code <bu>-<environment>}. */
    public String stackName() {
        return Naming.stack(unit, environment);
    }

    /** The shared hosting stack the environment runs on, {@code shared-<blueprint>}; empty when dedicated. */
    public Optional<String> sharedStackName() {
        return tenancy == TenancyModel.DEDICATED ? Optional.empty() : Optional.of(Naming.sharedStack(blueprint.name()));
    }

    /** Whether the environment has a database server of its own. */
    public boolean ownDatabaseServer() {
        return tenancy.ownDatabaseServer();
    }

    /** Whether the environment's own database server gets a cross-region replica. */
    public boolean crossRegionReplica() {
        return ownDatabaseServer() && recoverySettings.crossRegionReplica();
    }

    /**
     * What the environment's subscription hosts, which decides the management group the platform stack places it in:
     * production blueprints go to the unit's production group, sandbox-class ones (sandbox and the blueprints derived
     * from it, such as development and training) to the sandbox group, the others to the unit's non-production group.
     */
    public SubscriptionWorkload subscriptionWorkload() {
        return subscriptionWorkload(blueprint);
    }

    /** The key of the management group the environment's subscription belongs in, e.g. {@code bu-retail-prod}. */
    public String managementGroupKey() {
        return subscriptionWorkload().placementKey(unit.name());
    }

    /**
     * The one decision of which group a blueprint's subscriptions belong in. Sandbox-class is followed through the
     * shipped blueprints' lineage ({@link Blueprint#parent()} names a blueprint), so that a blueprint of one's own
     * built from development stays sandbox-class.
     */
    static SubscriptionWorkload subscriptionWorkload(Blueprint blueprint) {
        if (blueprint.isProduction()) {
            return SubscriptionWorkload.PRODUCTION;
        }
        for (Optional<Blueprint> ancestor = Optional.of(blueprint); ancestor.isPresent();
             ancestor = ancestor.get().parent().flatMap(Blueprint::find)) {
            if (ancestor.get().name().equals(Blueprint.SANDBOX.name())) {
                return SubscriptionWorkload.SANDBOX;
            }
        }
        return SubscriptionWorkload.NON_PRODUCTION;
    }

    @Override
    public String toString() {
        return stackName() + " (" + tenancy + ", " + blueprint + ", " + recoveryTierTag() + ")";
    }
}
