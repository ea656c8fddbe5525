package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.PlacementAdvice;
import com.sysgenpro.landingzone.blueprint.RecoveryAssessment;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.SharedTenantNames;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one environment of a business unit lands: its blueprint, tenancy model, region and recovery commitment, and
 * what its settings achieve. {@link EstatePlan} computes one per environment before anything is built.
 */
final class Placement {

    private final BusinessUnit unit;
    private final Environment environment;
    private final Blueprint blueprint;
    private final PlacementAdvice advice;
    private final TenancyModel tenancy;
    private final AzureRegion region;
    private final AzureRegion recoveryRegion;
    private final RecoveryTier recoveryTier;
    private final RecoverySettings recoverySettings;
    private final String sharedStackName;

    Placement(BusinessUnit unit, Environment environment, Blueprint blueprint, PlacementAdvice advice, TenancyModel tenancy,
              AzureRegion region, AzureRegion recoveryRegion, RecoveryTier recoveryTier, RecoverySettings recoverySettings,
              String sharedStackName) {
        this.unit = unit;
        this.environment = environment;
        this.blueprint = blueprint;
        this.advice = advice;
        this.tenancy = tenancy;
        this.region = region;
        this.recoveryRegion = recoveryRegion;
        this.recoveryTier = recoveryTier;
        this.recoverySettings = recoverySettings;
        this.sharedStackName = sharedStackName;
    }

    /** This placement with the recovery settings of the server that holds its data (a shared tenant's hosting). */
    Placement withRecoverySettings(RecoverySettings settings) {
        return new Placement(unit, environment, blueprint, advice, tenancy, region, recoveryRegion, recoveryTier, settings,
            sharedStackName);
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

    /**
     * The placement advice for this environment: production weighs the unit's criteria; other environments only its
     * data classification and the tier they commit to, since nothing else stops them from sharing.
     */
    public PlacementAdvice advice() {
        return advice;
    }

    /** The tenancy model: the environment's declared one, else the unit's declared one, else the unit's advised one. */
    public TenancyModel tenancy() {
        return tenancy;
    }

    /** The region the environment runs in and keeps its data in: its unit's. */
    public AzureRegion region() {
        return region;
    }

    /**
     * The region the environment recovers into: its unit's declared recovery region, else the estate's secondary
     * region (its primary for units in the secondary); empty when the estate names none to fall back on.
     */
    public Optional<AzureRegion> recoveryRegion() {
        return Optional.ofNullable(recoveryRegion);
    }

    /** The unit's time zone, else the estate's: working hours and maintenance are written in it. */
    public String timeZone(Estate estate) {
        return unit.timeZone() != null ? unit.timeZone() : estate.timeZone();
    }

    /** The unit's weekly maintenance window in its time zone, each part defaulting to the estate's. */
    MaintenanceWindow maintenanceWindow(Estate estate) {
        return new MaintenanceWindow(unit.maintenanceDay() != null ? unit.maintenanceDay() : estate.maintenanceDay(),
            unit.maintenanceStart() != null ? unit.maintenanceStart() : estate.maintenanceStart(),
            java.time.ZoneId.of(timeZone(estate)));
    }

    /** Where Azure keeps the geo-redundant copies of the environment's region (its pair); empty without a pair. */
    public Optional<AzureRegion> pairedRegion() {
        return region.pair();
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

    /**
     * The environment's monthly budget: its own, else, for a production-class environment, its unit's, else its
     * blueprint's (which is smaller for staging and sandbox classes). A unit's figure is what its production costs: a
     * sandbox never inherits it.
     */
    public int monthlyBudget() {
        if (environment.monthlyBudget() != null) {
            return environment.monthlyBudget();
        }
        return blueprint.isProduction() && unit.monthlyBudget() != null ? unit.monthlyBudget() : blueprint.monthlyBudget();
    }

    /**
     * What the environment may reach on the internet: its unit's {@link BusinessUnit#egress()}, then its own
     * {@link Environment#egress()}, each in estate order (the loader refuses an entry the unit already has). Its
     * namespace's network policies open these ports, and the hubs' firewall these destinations.
     */
    public List<EgressRule> egress() {
        return Stream.concat(unit.egress().stream(), environment.egress().stream()).toList();
    }

    /** The stack's name, {@code <bu>-<environment>}. */
    public String stackName() {
        return Naming.stack(unit, environment);
    }

    /**
     * The shared hosting stack the environment runs on, that of its blueprint and region ({@code shared-<blueprint>} in
     * the primary region); empty when dedicated.
     */
    public Optional<String> sharedStackName() {
        return Optional.ofNullable(sharedStackName);
    }

    /** A shared environment's database on the shared server; empty unless {@link TenancyModel#SHARED shared}. */
    public Optional<String> sharedDatabaseName() {
        return tenancy == TenancyModel.SHARED ? Optional.of(SharedTenantNames.database(unit.name(), environment.name(), blueprint.name()))
            : Optional.empty();
    }

    /** A shared environment's filestore container in the shared storage account; empty unless shared. */
    public Optional<String> filestoreContainer() {
        return tenancy == TenancyModel.SHARED
            ? Optional.of(SharedTenantNames.filestoreContainer(unit.name(), environment.name(), blueprint.name())) : Optional.empty();
    }

    /** Whether the environment has a database server of its own. */
    public boolean ownDatabaseServer() {
        return tenancy.ownDatabaseServer();
    }

    /**
     * Whether the environment asks for customer-managed keys: the unit's {@link BusinessUnit#customerManagedKeys()}, else
     * its blueprint's default for the unit's data classification.
     */
    boolean customerManagedKeysRequested() {
        Boolean declared = unit.customerManagedKeys();
        return declared != null ? declared : blueprint.customerManagedKeysFor(unit.dataClassification());
    }

    /**
     * Whether the environment's data is encrypted with customer-managed keys of its own: asked for, and held on a server
     * and storage of its own (a shared server keeps the shared hosting's keys; see {@link BusinessUnit#customerManagedKeys()}).
     */
    public boolean customerManagedKeys() {
        return ownDatabaseServer() && customerManagedKeysRequested();
    }

    /** Whether the environment's own database server gets a cross-region replica. */
    public boolean crossRegionReplica() {
        return ownDatabaseServer() && recoverySettings.crossRegionReplica();
    }

    /**
     * Whether the registry the environment's images come from (its own when dedicated, else its shared hosting's) keeps a
     * geo-replica in the environment's recovery region: production committed to a tier that needs one
     * ({@link RecoveryTier#registryReplica()}), with a recovery region to replicate to.
     */
    public boolean registryReplica() {
        return blueprint.isProduction() && recoveryTier != null && recoveryTier.registryReplica() && recoveryRegion != null;
    }

    /**
     * Whether the environment keeps a network of its own in its recovery region ({@link Environment#recoveryAddressSpace()}):
     * for the database's cross-region replica, and for a dedicated environment whose registry has a replica there, so
     * that the registry's private endpoint in that region exists before an outage, when it no longer can be added.
     */
    public boolean recoveryNetwork() {
        return crossRegionReplica() || tenancy == TenancyModel.DEDICATED && registryReplica();
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
        return blueprint.sandboxClass() ? SubscriptionWorkload.SANDBOX : SubscriptionWorkload.NON_PRODUCTION;
    }

    @Override
    public String toString() {
        return stackName() + " (" + tenancy + ", " + blueprint + ", " + recoveryTierTag() + ")";
    }
}
