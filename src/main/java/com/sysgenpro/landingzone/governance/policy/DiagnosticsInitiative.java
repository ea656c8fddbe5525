package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.DIAGNOSTIC_SETTING;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.KEY_VAULT;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.MANAGED_REDIS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.STORAGE;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.companion;

import com.sysgenpro.landingzone.governance.BuiltInRole;
import java.util.List;
import java.util.Set;

/** Diagnostic settings to the central workspace, deployed where missing (with remediation of existing resources). */
final class DiagnosticsInitiative {

    /** The initiative's key: it is assigned as {@code lz-diagnostics}. */
    static final String KEY = "diagnostics";

    private DiagnosticsInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        String workspace = "[parameters('logAnalyticsWorkspaceId')]";
        String fix = "add a diagnostic setting to the Log Analytics workspace (the construct's diagnostics prop)";
        BuiltInRole[] roles = {BuiltInRole.MONITORING_CONTRIBUTOR, BuiltInRole.LOG_ANALYTICS_CONTRIBUTOR};
        return new Initiative(KEY, "Landing zone: diagnostics",
            "Diagnostic settings of AKS, PostgreSQL, Managed Redis, storage and Key Vault to the central Log Analytics workspace.",
            ControlCategory.DIAGNOSTICS,
            List.of(InitiativeParameter.required("logAnalyticsWorkspaceId", "String", "Resource id of the central Log Analytics workspace")),
            List.of(
                diagnostics("LZ-DIAG-001", "AKS clusters send diagnostics to the central workspace", BuiltInPolicies.AKS_DIAGNOSTICS, AKS, fix, roles)
                    .parameter("logAnalytics", workspace).build(),
                diagnostics("LZ-DIAG-002", "PostgreSQL flexible servers send all logs to the central workspace", BuiltInPolicies.POSTGRES_DIAGNOSTICS, POSTGRES, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build(),
                diagnostics("LZ-DIAG-003", "Azure Managed Redis sends all logs to the central workspace", BuiltInPolicies.MANAGED_REDIS_DIAGNOSTICS, MANAGED_REDIS, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build(),
                diagnostics("LZ-DIAG-004", "Blob services send diagnostics to the central workspace", BuiltInPolicies.BLOB_DIAGNOSTICS, STORAGE, fix, roles)
                    .parameter("logAnalytics", workspace).build(),
                diagnostics("LZ-DIAG-005", "Key vaults send all logs to the central workspace", BuiltInPolicies.KEY_VAULT_DIAGNOSTICS, KEY_VAULT, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build()));
    }

    private static Control.Builder diagnostics(String id, String title, BuiltInPolicy policy, String type, String fix, BuiltInRole... roles) {
        return Control.builder(id, title)
            .category(ControlCategory.DIAGNOSTICS)
            .severity(Severity.WARNING)
            .definition(policy, PolicyEffect.DEPLOY_IF_NOT_EXISTS)
            .remediationRoles(roles)
            .offline(Set.of(type), companion(DIAGNOSTIC_SETTING, fix))
            .nonComplianceMessage("A diagnostic setting to the central workspace is deployed automatically; remediation covers existing resources.");
    }
}
