package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-AKS-001 (AKS baseline): clusters sign users in with Entra ID and authorize them with Azure RBAC, so that access
 * is granted and revoked like any other Azure role and local accounts (LZ-K8S-004) are not needed.
 */
final class AksEntraRbacRule extends CheckOnlyRule {

    static final String ID = "LZ-AKS-001";

    AksEntraRbacRule() {
        super(ID, "AKS clusters use Entra ID with Azure RBAC",
            "Integrate the cluster with Entra ID and enable Azure RBAC for Kubernetes authorization"
                + " (azure_active_directory_role_based_access_control with azure_rbac_enabled = true); grant access with"
                + " role assignments.",
            Severity.ERROR, Set.of(ResourceTypes.KUBERNETES_CLUSTER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        JsonNode rbac = StackQueries.block(resource.body(), "azure_active_directory_role_based_access_control");
        if (rbac.isMissingNode() || rbac.isNull()) {
            return Evaluation.nonCompliant("azure_active_directory_role_based_access_control is not set, so the cluster"
                + " has no Entra ID integration; add it with azure_rbac_enabled = true");
        }
        String enabled = StackQueries.text(rbac, "azure_rbac_enabled");
        if (StackQueries.isReference(enabled)) {
            return Evaluation.notApplicable("azure_rbac_enabled is known only at apply time");
        }
        return Evaluation.require(Boolean.parseBoolean(enabled), "azure_active_directory_role_based_access_control.azure_rbac_enabled"
            + " is " + Boolean.parseBoolean(enabled) + "; set it to true so that Kubernetes access follows Azure role assignments");
    }
}
