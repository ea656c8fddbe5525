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
     * @param logAnalyticsWorkspaceId the workspace's resource id (a reference, possibly from another stack)
     * @param logCategoryGroups the log category groups to send; empty for a resource without logs (metrics only)
     * @param metrics whether to send AllMetrics too (false for resources without platform metrics)
     */
    public DiagnosticSettings(Construct scope, String id, String targetResourceId, String logAnalyticsWorkspaceId,
                              List<String> logCategoryGroups, boolean metrics) {
        this(scope, id, targetResourceId, logAnalyticsWorkspaceId, logCategoryGroups, metrics ? ALL_METRICS : List.of());
    }

    /**
     * Attaches a diagnostic setting that sends named metric categories, for resources that reject {@code AllMetrics}
     * (storage accounts and their services accept only {@code Transaction} and {@code Capacity}).
     *
     * @param targetResourceId the resource whose logs are sent (a Terraform reference)
     * @param logAnalyticsWorkspaceId the workspace's resource id (a reference, possibly from another stack)
     * @param logCategoryGroups the log category groups to send; empty for a resource without logs (metrics only)
     * @param metricCategories the metric categories to send; empty for none
     */
    public DiagnosticSettings(Construct scope, String id, String targetResourceId, String logAnalyticsWorkspaceId,
                              List<String> logCategoryGroups, List<String> metricCategories) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "targetResourceId", targetResourceId);
        Checks.required(path, "logAnalyticsWorkspaceId", logAnalyticsWorkspaceId);
        if (logCategoryGroups.isEmpty() && metricCategories.isEmpty()) {
            throw Checks.invalid(path, "logCategoryGroups", "[]", "a setting needs log category groups or metrics, or it sends nothing");
        }
        var builder = MonitorDiagnosticSetting.Builder.create(this, "Resource")
            .name(NAME)
            .targetResourceId(targetResourceId)
            .logAnalyticsWorkspaceId(logAnalyticsWorkspaceId);
        if (!logCategoryGroups.isEmpty()) {
            builder.enabledLog(logCategoryGroups.stream()
                .map(group -> MonitorDiagnosticSettingEnabledLog.builder().categoryGroup(group).build()).toList());
        }
        if (!metricCategories.isEmpty()) {
            builder.enabledMetric(metricCategories.stream()
                .map(category -> MonitorDiagnosticSettingEnabledMetric.builder().category(category).build()).toList());
        }
        builder.build();
    }
}
