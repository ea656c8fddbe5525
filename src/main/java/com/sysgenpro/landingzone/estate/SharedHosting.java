package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shared hosting of one environment class (blueprint) in one region: a cluster, a PostgreSQL server, a storage
 * account, Redis and a network that the shared environments of that region run on and the semi-dedicated ones put
 * their node pools and servers into, so that every unit's data stays in its own region. Its recovery tier is the
 * strictest of the shared environments' it serves. {@link EstatePlan} makes one per blueprint and region in use.
 */
final class SharedHosting {

    private final Blueprint blueprint;
    private final AzureRegion region;
    private final String stackName;
    private final String shortName;
    private final List<Placement> tenants;
    private final RecoveryTier recoveryTier;
    private final RecoverySettings recoverySettings;
    private SharedCapacity capacity;

    SharedHosting(Blueprint blueprint, AzureRegion region, AzureRegion primaryRegion, List<Placement> tenants,
                  RecoveryTier recoveryTier, RecoverySettings recoverySettings) {
        this.blueprint = blueprint;
        this.region = region;
        this.stackName = Naming.sharedStack(blueprint.name(), region, primaryRegion);
        this.shortName = Naming.sharedShortName(region, primaryRegion);
        this.tenants = List.copyOf(tenants);
        this.recoveryTier = recoveryTier;
        this.recoverySettings = recoverySettings;
    }

    /** The environment class. */
    public Blueprint blueprint() {
        return blueprint;
    }

    /** The region it runs in, that of every tenant. */
    public AzureRegion region() {
        return region;
    }

    /** The placements that use it, in estate order. */
    public List<Placement> tenants() {
        return tenants;
    }

    /** The shared tenants, whose databases and filestores it holds; semi-dedicated tenants have their own. */
    public List<Placement> dataTenants() {
        return tenants.stream().filter(tenant -> tenant.tenancy() == TenancyModel.SHARED).toList();
    }

    /**
     * Whether its cluster's OS disks are encrypted with a customer-managed key: when a semi-dedicated tenant, whose node
     * pool runs there, encrypts with customer-managed keys. AKS sets the disk encryption set for the whole cluster, at
     * creation.
     */
    public boolean customerManagedKeys() {
        return tenants.stream().anyMatch(Placement::customerManagedKeys);
    }

    /** The strictest committed tier of the environments whose data it holds; null when none commits. */
    public RecoveryTier recoveryTier() {
        return recoveryTier;
    }

    /** The settings its server and storage are synthesized with. */
    public RecoverySettings recoverySettings() {
        return recoverySettings;
    }

    /**
     * The stack's name: {@code shared-<blueprint>} in the estate's primary region, {@code shared-<blueprint>-<region
     * code>} elsewhere.
     */
    public String stackName() {
        return stackName;
    }

    /** The short name in its globally unique resource names: {@code shared}, or {@code sh<region code>} outside the primary region. */
    String shortName() {
        return shortName;
    }

    /**
     * Where the hosting's registry keeps geo-replicas: the recovery region of every tenant whose tier needs one
     * ({@link Placement#registryReplica()}), shared and semi-dedicated alike, since both run Odoo from this registry's
     * images; in name order. Usually one region, the estate's secondary (its primary for hosting in the secondary);
     * several when tenants declare recovery regions of their own, each of which must find the images when it rebuilds.
     */
    public List<AzureRegion> registryReplicaRegions() {
        return tenants.stream().filter(Placement::registryReplica).map(tenant -> tenant.recoveryRegion().orElseThrow())
            .filter(recovery -> !recovery.equals(region)).distinct()
            .sorted(Comparator.comparing(AzureRegion::name)).toList();
    }

    /** The strictest tier, if any unit commits to one. */
    public Optional<RecoveryTier> tier() {
        return Optional.ofNullable(recoveryTier);
    }

    /** What its tenants need and the sizes of its pool, server and cache that hold it; computed once. */
    public synchronized SharedCapacity capacity() {
        if (capacity == null) {
            capacity = new SharedCapacity(blueprint, tenants);
        }
        return capacity;
    }

    @Override
    public String toString() {
        return stackName + " (" + blueprint + ", " + region + ", " + tenants.size() + " tenants)";
    }
}
