package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-AKS-002 (AKS baseline): clusters enforce Kubernetes network policies (Azure, Calico or Cilium), without which the
 * tenant namespaces' network policies are accepted but do nothing. The network policy engine is chosen at creation.
 */
final class AksNetworkPolicyRule extends CheckOnlyRule {

    static final String ID = "LZ-AKS-002";
    private static final Set<String> ENGINES = Set.of("azure", "calico", "cilium");

    AksNetworkPolicyRule() {
        super(ID, "AKS clusters enforce network policies",
            "Create the cluster with a network policy engine (network_profile.network_policy azure, calico or cilium;"
                + " the construct's default is cilium) so that namespaces' network policies isolate tenants.",
            Severity.ERROR, Set.of(ResourceTypes.KUBERNETES_CLUSTER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        String policy = StackQueries.text(StackQueries.block(resource.body(), "network_profile"), "network_policy");
        if (StackQueries.isReference(policy)) {
            return Evaluation.notApplicable("network_profile.network_policy is known only at apply time");
        }
        return Evaluation.require(policy != null && ENGINES.contains(policy), "network_profile.network_policy is "
            + (policy == null ? "not set" : "'" + policy + "'") + ", so network policies are not enforced; set it to cilium,"
            + " calico or azure (at creation: changing it replaces the cluster)");
    }
}
