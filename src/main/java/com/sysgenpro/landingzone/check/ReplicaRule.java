package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.List;
import java.util.Set;

/**
 * LZ-REC-002: in production, a tier-1 PostgreSQL server has a read replica in another region, promotable after a region
 * outage: geo-restore alone cannot meet tier-1's 30-minute recovery point. Not applicable outside production, to other
 * tiers and to the replicas themselves.
 */
final class ReplicaRule extends CheckOnlyRule {

    static final String ID = "LZ-REC-002";
    private static final String SERVER = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER;

    ReplicaRule() {
        super(ID, "Tier-1 production databases have a replica in another region",
            "Keep tier-1's cross-region replica in production: the production blueprint adds a read replica in the"
                + " estate's secondary region, with its own network, to promote after a region outage.",
            Severity.ERROR, Set.of(SERVER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!stack.production() || stack.tier().flatMap(RecoveryTier::find).orElse(null) != RecoveryTier.TIER_1) {
            return Evaluation.notApplicable(stack.name() + " is not a tier-1 production stack");
        }
        if ("Replica".equals(resource.text("create_mode"))) {
            return Evaluation.notApplicable("the server is itself a replica");
        }
        List<TerraformResource> replicas = StackQueries.referring(resource, SERVER, "source_server_id").stream()
            .filter(replica -> "Replica".equals(replica.text("create_mode"))).toList();
        if (replicas.isEmpty()) {
            return Evaluation.nonCompliant("no read replica has this server as its source, but tier-1 needs one in another"
                + " region; keep the tier's cross-region replica (the production blueprint adds it)");
        }
        String location = resource.text("location");
        boolean elsewhere = replicas.stream().anyMatch(replica -> {
            String other = replica.text("location");
            return StackQueries.isReference(location) || StackQueries.isReference(other) || other == null || !other.equals(location);
        });
        return Evaluation.require(elsewhere, "the server's replicas are all in " + location + ", its own region, which a region"
            + " outage takes down with it; place the replica in the estate's secondary region");
    }
}
