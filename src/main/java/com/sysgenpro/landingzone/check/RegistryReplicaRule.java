package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZ-REC-003: in production, a container registry of a tier that rebuilds its cluster in another region within hours
 * (tier-1, tier-2) keeps a geo-replica outside its own region: otherwise the rebuilt cluster finds no image to pull
 * while the registry's region is down. Not applicable outside production and to tier-3.
 */
final class RegistryReplicaRule extends CheckOnlyRule {

    static final String ID = "LZ-REC-003";
    private static final String REGISTRY = ResourceTypes.CONTAINER_REGISTRY;

    RegistryReplicaRule() {
        super(ID, "Tier-1 and tier-2 production registries have a replica in another region",
            "Keep the registry's geo-replication in production: tier-1 and tier-2 replicate the registry into the unit's recovery"
                + " region (regions.secondary or the unit's recoveryRegion), where the runbook rebuilds the cluster after a region"
                + " outage and pulls Odoo's images from the replica.",
            Severity.ERROR, Set.of(REGISTRY));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        RecoveryTier tier = stack.tier().flatMap(RecoveryTier::find).orElse(null);
        if (!stack.production() || tier == null || !tier.registryReplica()) {
            return Evaluation.notApplicable(stack.name() + " is not a tier-1 or tier-2 production stack");
        }
        String location = resource.text("location");
        List<String> replicas = new ArrayList<>();
        JsonNode georeplications = resource.body().path("georeplications");
        for (JsonNode replica : georeplications.isArray() ? georeplications : List.of(georeplications)) {
            String region = StackQueries.text(replica, "location");
            if (region != null) {
                replicas.add(region);
            }
        }
        if (replicas.isEmpty()) {
            return Evaluation.nonCompliant("the registry has no geo-replication, but " + tier.id() + " rebuilds its cluster in the"
                + " recovery region and pulls its images there; replicate it into the unit's recovery region (the production"
                + " blueprint adds the replica)");
        }
        boolean elsewhere = replicas.stream().anyMatch(region -> StackQueries.isReference(region) || StackQueries.isReference(location)
            || location == null || !region.equals(location));
        return Evaluation.require(elsewhere, "the registry's geo-replications are all in " + location + ", its own region, which a"
            + " region outage takes down with it; replicate it into the unit's recovery region");
    }
}
