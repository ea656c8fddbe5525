package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-DIAG-006: the resources the diagnostics initiative does not deploy settings for (LZ-DIAG-001 to 005 cover AKS,
 * PostgreSQL, Managed Redis, storage and Key Vault) still send their logs to a Log Analytics workspace: container
 * registries (image pulls and pushes), backup vaults (backup jobs), network security groups and virtual networks.
 */
final class DiagnosticsCoverageRule extends CheckOnlyRule {

    static final String ID = "LZ-DIAG-006";

    DiagnosticsCoverageRule() {
        super(ID, "Registries, backup vaults, network security groups and virtual networks send diagnostics",
            "Give the resource a diagnostic setting to the environment's Log Analytics workspace (the construct's"
                + " diagnostics prop), so that registry access, backup jobs and network events can be investigated.",
            Severity.WARNING, Set.of(ResourceTypes.CONTAINER_REGISTRY, ResourceTypes.DATA_PROTECTION_BACKUP_VAULT,
                ResourceTypes.NETWORK_SECURITY_GROUP, ResourceTypes.VIRTUAL_NETWORK));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        boolean covered = !StackQueries.referring(resource, ResourceTypes.MONITOR_DIAGNOSTIC_SETTING, "target_resource_id").isEmpty();
        return Evaluation.require(covered, "no azurerm_monitor_diagnostic_setting has " + resource.address()
            + " as its target; add one to the environment's Log Analytics workspace (the construct's diagnostics prop)");
    }
}
