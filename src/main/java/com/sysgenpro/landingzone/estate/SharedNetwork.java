package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import java.util.Objects;

/**
 * The address space of one environment class's shared hosting network in one region, as an estate declares it
 * ({@code network.shared.<blueprint>: CIDR} for the primary region, {@code network.shared.<blueprint>.<region>: CIDR}
 * for any region).
 *
 * @param blueprint the environment class (blueprint name)
 * @param region the region; null for the estate's primary region, whichever it is
 * @param addressSpace the network's address space
 */
public record SharedNetwork(String blueprint, AzureRegion region, Cidr addressSpace) {

    /** Checks that the blueprint and address space are given. */
    public SharedNetwork {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(addressSpace, "addressSpace");
    }

    /** Whether this is the network of {@code blueprint} in {@code region}, given the estate's primary region. */
    boolean serves(String blueprint, AzureRegion region, AzureRegion primary) {
        return this.blueprint.equals(blueprint) && Objects.equals(this.region != null ? this.region : primary, region);
    }

    /** Where the estate file declares it, e.g. {@code network.shared.production.swedencentral}. */
    String path() {
        return "network.shared." + blueprint + (region == null ? "" : "." + region.name());
    }
}
