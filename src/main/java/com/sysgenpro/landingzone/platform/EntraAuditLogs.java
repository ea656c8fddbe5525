package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.monitor_aad_diagnostic_setting.MonitorAadDiagnosticSetting;
import io.cdktn.providers.azurerm.monitor_aad_diagnostic_setting.MonitorAadDiagnosticSettingEnabledLog;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import software.constructs.Construct;

/**
 * Sends the tenant's Entra ID audit log ({@code AuditLogs}) to a Log Analytics workspace
 * ({@code azurerm_monitor_aad_diagnostic_setting}): where PIM records who activated which eligible role, when, for how
 * long, with which justification and who approved, so that activations are kept with the estate's other logs, beyond
 * Entra ID's own 30 days.
 *
 * <p>The setting belongs to the tenant, not to a subscription: creating it takes the Entra ID role Security
 * Administrator (or Global Administrator) for a user; a service principal needs an Azure role allowing
 * {@code microsoft.aadiam/diagnosticSettings/*} at scope {@code /providers/Microsoft.aadiam}. A tenant holds at most a
 * few such settings, so the name says which estate it is for.
 */
public final class EntraAuditLogs extends Construct {

    /** The Entra ID log category with directory changes, PIM activations among them. */
    public static final String AUDIT_LOGS = "AuditLogs";

    /**
     * Creates the setting.
     *
     * @param name the setting's name in the tenant, e.g. {@code lz-<prefix>-entra-audit}
     * @param workspace the workspace the audit log goes to
     */
    public EntraAuditLogs(Construct scope, String id, String name, LogAnalyticsWorkspaceReference workspace) {
        super(scope, id);
        String path = getNode().getPath();
        MonitorAadDiagnosticSetting.Builder.create(this, "Resource")
            .name(Checks.required(path, "name", name))
            .logAnalyticsWorkspaceId(Checks.required(path, "workspace", workspace).id())
            .enabledLog(List.of(MonitorAadDiagnosticSettingEnabledLog.builder().category(AUDIT_LOGS).build()))
            .build();
    }
}
