package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import java.util.List;
import java.util.Optional;

/**
 * The shared hosting of one environment class (blueprint): a cluster, a PostgreSQL server, a storage account, Redis
 * and a network that shared units run on and semi-dedicated units put their node pools and servers into. Its
 * recovery tier is the strictest of the shared units' it serves.
 *
 * @param blueprint the environment class
 * @param tenants the placements that use it, in estate order
 * @param recoveryTier the strictest committed tier of the units whose data it holds; null when none commits
 * @param recoverySettings the settings its server and storage are synthesized with
 */
public record SharedHosting(Blueprint blueprint, List<Placement> tenants, RecoveryTier recoveryTier, RecoverySettings recoverySettings) {

    /** Copies the list. */
    public SharedHosting {
        tenants = List.copyOf(tenants);
    }

    /** The stack's name, {@code shared-<blueprint>}. */
    public String stackName() {
        return Naming.sharedStack(blueprint.name());
    }

    /** The strictest tier, if any unit commits to one. */
    public Optional<RecoveryTier> tier() {
        return Optional.ofNullable(recoveryTier);
    }
}
