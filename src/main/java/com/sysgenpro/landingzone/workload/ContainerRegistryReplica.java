package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.AzureRegion;

/**
 * A geo-replica of a {@link ContainerRegistry} in another region: a full, writable copy of its images that keeps
 * serving pulls, under the registry's one login server, when the registry's own region is down.
 *
 * @param region where the replica lives; not the registry's own region
 * @param zoneRedundant whether the replica spreads over the region's availability zones; only where the region has
 *     them ({@link AzureRegion#availabilityZones()}), since Azure refuses it elsewhere
 */
public record ContainerRegistryReplica(AzureRegion region, boolean zoneRedundant) {

    /** A replica in {@code region}, zone-redundant where the region has availability zones and {@code zoneRedundant} asks for it. */
    public static ContainerRegistryReplica in(AzureRegion region, boolean zoneRedundant) {
        return new ContainerRegistryReplica(region, zoneRedundant && region.availabilityZones());
    }
}
