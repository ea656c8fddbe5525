package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-AKS-004 (AKS baseline): clusters issue workload identities (OIDC issuer and workload identity on), so that pods
 * reach PostgreSQL, storage and Key Vault with Entra ID tokens instead of keys and passwords.
 */
final class AksWorkloadIdentityRule extends CheckOnlyRule {

    static final String ID = "LZ-AKS-004";

    AksWorkloadIdentityRule() {
        super(ID, "AKS clusters issue workload identities",
            "Enable the OIDC issuer and workload identity on the cluster (oidc_issuer_enabled and workload_identity_enabled),"
                + " and federate each workload's managed identity with its service account.",
            Severity.WARNING, Set.of(ResourceTypes.KUBERNETES_CLUSTER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        String oidc = resource.text("oidc_issuer_enabled");
        String workloadIdentity = resource.text("workload_identity_enabled");
        if (StackQueries.isReference(oidc) || StackQueries.isReference(workloadIdentity)) {
            return Evaluation.notApplicable("the identity settings are known only at apply time");
        }
        boolean on = Boolean.parseBoolean(oidc) && Boolean.parseBoolean(workloadIdentity);
        return Evaluation.require(on, "oidc_issuer_enabled is " + Boolean.parseBoolean(oidc) + " and workload_identity_enabled is "
            + Boolean.parseBoolean(workloadIdentity) + "; set both to true so that pods sign in with Entra ID instead of secrets");
    }
}
