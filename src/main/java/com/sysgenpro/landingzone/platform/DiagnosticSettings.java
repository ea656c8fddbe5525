package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSetting;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSettingEnabledLog;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSettingEnabledMetric;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import software.constructs.Construct;

/**
 * Sends a resource's logs and metrics to a Log Analytics workspace ({@code azurerm_monitor_diagnostic_setting}).
 * Every construct of the library attaches one to what it creates; governance's diagnostics initiative deploys the
 * same where one is missing.
 */
public final class DiagnosticSettings extends Construct {

    /** The setting's name on every resource, so that the policy-deployed and the Terraform-deployed one are recognisable. */
    public static final String NAME = "lz-diagnostics";
    /** Log category groups for resources that classify their logs into audit and all (Key Vault, PostgreSQL, Redis, …). */
    public static final List<String> AUDIT_AND_ALL_LOGS = List.of("audit", "allLogs");
    /** Log category groups for resources that only offer all logs. */
    public static final List<String> ALL_LOGS = List.of("allLogs");
    /** Metric categories of resources that export all their platform metrics as one category. */
    public static final List<String> ALL_METRICS = List.of("AllMetrics");

    /**
     * Attaches a diagnostic setting.
     *
     * @param targetResourceId the resource whose logs are sent (a Terraform reference)
     * @param workspace the workspace the logs go to (possibly of another stack)
     * @param logCategoryGroups the log category groups to send; empty for a resource without logs (metrics only)
     * @param metrics whether to send AllMetrics too (false for resources without platform metrics)
     */
    public DiagnosticSettings(Construct scope, String id, String targetResourceId, LogAnalyticsWorkspaceReference workspace,
                              List<String> logCategoryGroups, boolean metrics) {
        this(scope, id, targetResourceId, workspace, logCategoryGroups, metrics ? ALL_METRICS : List.of());
    }

    /**
     * Attaches a diagnostic setting that sends named log categories into their resource-specific tables
     * ({@code log_analytics_destination_type = "Dedicated"}), for resources whose category groups would also send legacy
     * categories into the shared AzureDiagnostics table (Azure Firewall).
     *
     * @param targetResourceId the resource whose logs are sent (a Terraform reference)
     * @param workspace the workspace the logs go to (possibly of another stack)
     * @param logCategories the log categories to send; not empty
     * @param metrics whether to send AllMetrics too
     */
    public static DiagnosticSettings dedicated(Construct scope, String id, String targetResourceId, LogAnalyticsWorkspaceReference workspace,
                                               List<String> logCategories, boolean metrics) {
        return new DiagnosticSettings(scope, id, targetResourceId, workspace, List.of(), logCategories,
            metrics ? ALL_METRICS : List.of(), "Dedicated");
    }

    /**
     * Attaches a diagnostic setting that sends named metric categories, for resources that reject {@code AllMetrics}
     * (storage accounts and their services accept only {@code Transaction} and {@code Capacity}).
     *
     * @param targetResourceId the resource whose logs are sent (a Terraform reference)
     * @param workspace the workspace the logs go to (possibly of another stack)
     * @param logCategoryGroups the log category groups to send; empty for a resource without logs (metrics only)
     * @param metricCategories the metric categories to send; empty for none
     */
    public DiagnosticSettings(Construct scope, String id, String targetResourceId, LogAnalyticsWorkspaceReference workspace,
                              List<String> logCategoryGroups, List<String> metricCategories) {
        this(scope, id, targetResourceId, workspace, logCategoryGroups, List.of(), metricCategories, null);
    }

    private DiagnosticSettings(Construct scope, String id, String targetResourceId, LogAnalyticsWorkspaceReference workspace,
                               List<String> logCategoryGroups, List<String> logCategories, List<String> metricCategories,
                               String destinationType) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "targetResourceId", targetResourceId);
        String workspaceId = Checks.required(path, "workspace", workspace).id();
        if (logCategoryGroups.isEmpty() && logCategories.isEmpty() && metricCategories.isEmpty()) {
            throw Checks.invalid(path, "logCategoryGroups", "[]", "a setting needs log category groups or metrics, or it sends nothing");
        }
        var builder = MonitorDiagnosticSetting.Builder.create(this, "Resource")
            .name(NAME)
            .targetResourceId(targetResourceId)
            .logAnalyticsWorkspaceId(workspaceId);
        if (destinationType != null) {
            builder.logAnalyticsDestinationType(destinationType);
        }
        if (!logCategoryGroups.isEmpty() || !logCategories.isEmpty()) {
            builder.enabledLog(java.util.stream.Stream.concat(
                logCategoryGroups.stream().map(group -> MonitorDiagnosticSettingEnabledLog.builder().categoryGroup(group).build()),
                logCategories.stream().map(category -> MonitorDiagnosticSettingEnabledLog.builder().category(category).build())).toList());
        }
        if (!metricCategories.isEmpty()) {
            builder.enabledMetric(metricCategories.stream()
                .map(category -> MonitorDiagnosticSettingEnabledMetric.builder().category(category).build()).toList());
        }
        builder.build();
    }
}
