package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.monitor_metric_alert.MonitorMetricAlert;
import io.cdktn.providers.azurerm.monitor_metric_alert.MonitorMetricAlertAction;
import io.cdktn.providers.azurerm.monitor_metric_alert.MonitorMetricAlertCriteria;
import io.cdktn.providers.azurerm.monitor_metric_alert.MonitorMetricAlertCriteriaDimension;
import io.cdktn.providers.azurerm.monitor_scheduled_query_rules_alert_v2.MonitorScheduledQueryRulesAlertV2;
import io.cdktn.providers.azurerm.monitor_scheduled_query_rules_alert_v2.MonitorScheduledQueryRulesAlertV2Action;
import io.cdktn.providers.azurerm.monitor_scheduled_query_rules_alert_v2.MonitorScheduledQueryRulesAlertV2Criteria;
import io.cdktn.providers.azurerm.monitor_scheduled_query_rules_alert_v2.MonitorScheduledQueryRulesAlertV2CriteriaDimension;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.ResourceIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The alerts that tell an owner their Odoo is in trouble, before its users do: metric alerts
 * ({@code azurerm_monitor_metric_alert}) on the workload's PostgreSQL flexible server, Azure Managed Redis, AKS
 * cluster and Data Protection backup vault, and a log alert ({@code azurerm_monitor_scheduled_query_rules_alert_v2})
 * for restarting pods. Only the targets given are watched.
 *
 * <p>Every alert notifies one action group, takes its severity, thresholds and windows from the
 * {@link AlertSensitivity} of the workload's recovery tier, resolves itself when the condition clears, and says in
 * its description what to check.
 *
 * <table>
 *   <caption>Signals (metric names as in Azure Monitor's supported-metrics reference)</caption>
 *   <tr><th>alert</th><th>namespace</th><th>metric / query</th><th>condition</th></tr>
 *   <tr><td>{@code postgres-cpu}</td><td>{@code Microsoft.DBforPostgreSQL/flexibleServers}</td><td>{@code cpu_percent}</td>
 *       <td>Average &gt; threshold</td></tr>
 *   <tr><td>{@code postgres-storage}</td><td>same</td><td>{@code storage_percent}</td><td>Maximum &gt; threshold</td></tr>
 *   <tr><td>{@code postgres-failed-connections}</td><td>same</td><td>{@code connections_failed}</td><td>Total &gt; threshold</td></tr>
 *   <tr><td>{@code redis-server-load}</td><td>{@code Microsoft.Cache/redisEnterprise}</td><td>{@code serverLoad}</td>
 *       <td>Maximum &gt; threshold (evaluated every 5 minutes at most often: the metric's finest grain)</td></tr>
 *   <tr><td>{@code aks-nodes-not-ready}</td><td>{@code Microsoft.ContainerService/managedClusters}</td>
 *       <td>{@code kube_node_status_condition}, {@code status2} in NotReady, Unknown</td><td>Total &gt; 0</td></tr>
 *   <tr><td>{@code aks-pod-restarts}</td><td>log alert on the workspace</td>
 *       <td>Container Insights' {@code KubePodInventory}: growth of {@code ContainerRestartCount} per pod in the window</td>
 *       <td>&ge; threshold, split per namespace and pod</td></tr>
 *   <tr><td>{@code backup-failures}</td><td>{@code Microsoft.DataProtection/BackupVaults}</td>
 *       <td>{@code BackupHealthEvent}, {@code healthStatus} other than Healthy</td><td>Count &gt; 0</td></tr>
 * </table>
 *
 * <p>Pod restarts have no platform metric (AKS's platform metrics stop at pod phase and readiness), hence the log
 * alert over the workspace the cluster's Container Insights writes to.
 */
public final class WorkloadAlerts extends Construct {

    private static final String POSTGRES = "Microsoft.DBforPostgreSQL/flexibleServers";
    private static final String MANAGED_REDIS = "Microsoft.Cache/redisEnterprise";
    private static final String AKS = "Microsoft.ContainerService/managedClusters";
    private static final String ACTION_GROUP = "Microsoft.Insights/actionGroups";
    /** The backup vault's resource type as ARM spells it; the metric namespace is spelled as Azure Monitor lists it. */
    private static final String BACKUP_VAULT = "Microsoft.DataProtection/backupVaults";
    private static final String BACKUP_VAULT_METRICS = "Microsoft.DataProtection/BackupVaults";
    /** Azure Managed Redis publishes its metrics every 5 minutes; evaluating more often re-reads the same point. */
    private static final Duration REDIS_GRAIN = Duration.ofMinutes(5);
    private static final int MAX_PERCENT = 99;
    private static final int MAX_FAILED_CONNECTIONS = 10_000;
    private static final int MAX_POD_RESTARTS = 1_000;

    private final List<String> alertNames = new ArrayList<>();
    private final String path;
    private final String prefix;
    private final ResourceGroup resourceGroup;
    private final String actionGroupId;
    private final AlertSensitivity sensitivity;
    private final Map<String, String> tags;

    /** Creates the alerts; prefer {@link Builder#create(Construct, String)}. */
    public WorkloadAlerts(Construct scope, String id, WorkloadAlertsProps props) {
        super(scope, id);
        this.path = getNode().getPath();
        this.prefix = Checks.azureName(path, "namePrefix", props.namePrefix(), AzureNameRule.MONITOR);
        this.resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.actionGroupId = resourceId("actionGroupId", Checks.required(path, "actionGroupId", props.actionGroupId()),
            ACTION_GROUP, "an action group");
        this.sensitivity = Checks.required(path, "sensitivity", props.sensitivity());
        this.tags = (props.tags() != null ? props.tags() : resourceGroup.tags()).asMap();

        String postgres = resourceId("postgresServerId", props.postgresServerId(), POSTGRES, "a PostgreSQL flexible server");
        String redis = resourceId("managedRedisId", props.managedRedisId(), MANAGED_REDIS, "an Azure Managed Redis");
        String aks = resourceId("aksClusterId", props.aksClusterId(), AKS, "an AKS cluster");
        String workspace = props.logAnalyticsWorkspace() == null ? null : props.logAnalyticsWorkspace().id();
        String backupVault = resourceId("backupVaultId", props.backupVaultId(), BACKUP_VAULT, "a Data Protection backup vault");
        if (postgres == null && redis == null && aks == null && backupVault == null) {
            throw Checks.missing(path, "postgresServerId, managedRedisId, aksClusterId or backupVaultId",
                "set at least one target; alerts are created only for the targets given");
        }
        if (aks != null && workspace == null) {
            throw Checks.missing(path, "logAnalyticsWorkspace", "with aksClusterId set, pod restarts are alerted from the workspace "
                + "the cluster's Container Insights writes to (they have no platform metric); set the workspace");
        }
        int cpu = threshold("postgresCpuPercent", props.postgresCpuPercent(), sensitivity.postgresCpuPercent(), 1, MAX_PERCENT,
            postgres, "postgresServerId");
        int storage = threshold("postgresStoragePercent", props.postgresStoragePercent(), sensitivity.postgresStoragePercent(),
            1, MAX_PERCENT, postgres, "postgresServerId");
        int failedConnections = threshold("postgresFailedConnections", props.postgresFailedConnections(),
            sensitivity.postgresFailedConnections(), 1, MAX_FAILED_CONNECTIONS, postgres, "postgresServerId");
        int serverLoad = threshold("redisServerLoadPercent", props.redisServerLoadPercent(), sensitivity.redisServerLoadPercent(),
            1, MAX_PERCENT, redis, "managedRedisId");
        int podRestarts = threshold("podRestarts", props.podRestarts(), sensitivity.podRestarts(), 1, MAX_POD_RESTARTS,
            aks, "aksClusterId");

        Duration frequency = sensitivity.metricFrequency();
        Duration window = sensitivity.metricWindow();
        if (postgres != null) {
            metricAlert("PostgresCpu", "postgres-cpu", postgres, POSTGRES, "cpu_percent", "Average", cpu, List.of(), frequency, window,
                "PostgreSQL CPU above " + cpu + "% on average over " + minutes(window) + ". Check: long-running queries and locks "
                    + "(pg_stat_activity, Query Store), Odoo scheduled actions and reports running at once, missing indexes; "
                    + "scale the compute size if the load is legitimate.");
            metricAlert("PostgresStorage", "postgres-storage", postgres, POSTGRES, "storage_percent", "Maximum", storage, List.of(),
                frequency, window,
                "PostgreSQL storage above " + storage + "%. Check: table and index bloat (autovacuum), attachments stored in the "
                    + "database instead of the filestore, WAL kept by replication slots; grow the storage or enable storage "
                    + "autogrow before it fills: a full server turns read-only and Odoo stops.");
            metricAlert("PostgresFailedConnections", "postgres-failed-connections", postgres, POSTGRES, "connections_failed", "Total",
                failedConnections, List.of(), frequency, window,
                "More than " + failedConnections + " failed PostgreSQL connections in " + minutes(window) + ". Check: Odoo's "
                    + "database credentials after a rotation, max_connections and PgBouncer pool limits, firewall and private "
                    + "endpoint changes; failures from unknown clients may be a password attack.");
        }
        if (redis != null) {
            metricAlert("RedisServerLoad", "redis-server-load", redis, MANAGED_REDIS, "serverLoad", "Maximum", serverLoad, List.of(),
                atLeast(frequency, REDIS_GRAIN), atLeast(window, REDIS_GRAIN),
                "Managed Redis server load above " + serverLoad + "%. Check: expensive commands (KEYS, large MGET), the number of "
                    + "Odoo sessions and cache keys, connection storms after a deployment; scale the SKU up if the load stays: "
                    + "sustained load above 80% risks failovers.");
        }
        if (aks != null) {
            metricAlert("AksNodesNotReady", "aks-nodes-not-ready", aks, AKS, "kube_node_status_condition", "Total", 0,
                List.of(MonitorMetricAlertCriteriaDimension.builder().name("status2").operator("Include")
                    .values(List.of("NotReady", "Unknown")).build()),
                frequency, window,
                "An AKS node was NotReady or Unknown within " + minutes(window) + ". Check: kubectl get nodes and kubectl describe "
                    + "node (kubelet, memory, disk and PID pressure), node pool upgrades or VM maintenance in progress, the node's "
                    + "VM health; Odoo pods on the node are being rescheduled.");
            podRestartsAlert(aks, workspace, podRestarts);
        }
        if (backupVault != null) {
            metricAlert("BackupFailures", "backup-failures", backupVault, BACKUP_VAULT_METRICS, "BackupHealthEvent", "Count", 0,
                List.of(MonitorMetricAlertCriteriaDimension.builder().name("healthStatus").operator("Exclude")
                    .values(List.of("Healthy")).build()),
                sensitivity.backupFrequency(), sensitivity.backupWindow(),
                "A backup job in the vault ended other than healthy within " + minutes(sensitivity.backupWindow()) + ". Check: "
                    + "the vault's backup jobs in Backup center for the error; Degraded means a user-side cause such as the "
                    + "vault's identity losing its role on the server, Unhealthy a service error. The recovery point objective "
                    + "is at risk until a backup succeeds.");
        }
    }

    private void metricAlert(String id, String suffix, String scope, String namespace, String metric, String aggregation,
                             int threshold, List<MonitorMetricAlertCriteriaDimension> dimensions, Duration frequency, Duration window,
                             String description) {
        String name = alertName(suffix);
        var criteria = MonitorMetricAlertCriteria.builder()
            .metricNamespace(namespace)
            .metricName(metric)
            .aggregation(aggregation)
            .operator("GreaterThan")
            .threshold(threshold);
        if (!dimensions.isEmpty()) {
            criteria.dimension(dimensions);
        }
        MonitorMetricAlert.Builder.create(this, id)
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .scopes(List.of(scope))
            .description(description)
            .severity(sensitivity.severity())
            .frequency(frequency.toString())
            .windowSize(window.toString())
            .autoMitigate(true)
            .enabled(true)
            .criteria(List.of(criteria.build()))
            .action(List.of(MonitorMetricAlertAction.builder().actionGroupId(actionGroupId).build()))
            .tags(tags)
            .build();
    }

    private void podRestartsAlert(String aks, String workspace, int threshold) {
        String name = alertName("aks-pod-restarts");
        // ContainerRestartCount is cumulative: its growth within the window is the number of restarts in it.
        String query = String.join("\n",
            "KubePodInventory",
            "| where ClusterId =~ '" + aks + "'",
            "| where isnotempty(ContainerName)",
            "| summarize ContainerRestarts = max(ContainerRestartCount) - min(ContainerRestartCount) by Namespace, PodName = Name, ContainerName",
            "| summarize Restarts = sum(ContainerRestarts) by Namespace, PodName");
        MonitorScheduledQueryRulesAlertV2.Builder.create(this, "AksPodRestarts")
            .name(name)
            .displayName(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .scopes(List.of(workspace))
            .description("A pod restarted at least " + threshold + " times in " + minutes(sensitivity.logWindow()) + " (one alert "
                + "per namespace and pod). Check: kubectl describe pod and kubectl logs --previous for OOMKilled, failing "
                + "probes or a crash loop: Odoo workers over their memory limit, a bad image or configuration, a database or "
                + "Redis it cannot reach.")
            .severity(sensitivity.severity())
            .evaluationFrequency(sensitivity.logFrequency().toString())
            .windowDuration(sensitivity.logWindow().toString())
            .criteria(List.of(MonitorScheduledQueryRulesAlertV2Criteria.builder()
                .query(query)
                .timeAggregationMethod("Maximum")
                .metricMeasureColumn("Restarts")
                .operator("GreaterThanOrEqual")
                .threshold(threshold)
                .dimension(List.of(
                    MonitorScheduledQueryRulesAlertV2CriteriaDimension.builder().name("Namespace").operator("Include").values(List.of("*")).build(),
                    MonitorScheduledQueryRulesAlertV2CriteriaDimension.builder().name("PodName").operator("Include").values(List.of("*")).build()))
                .build()))
            .action(MonitorScheduledQueryRulesAlertV2Action.builder().actionGroups(List.of(actionGroupId)).build())
            .autoMitigationEnabled(true)
            .enabled(true)
            .tags(tags)
            .build();
    }

    private String alertName(String suffix) {
        String name = Checks.azureName(path, "namePrefix", prefix + "-" + suffix, AzureNameRule.MONITOR);
        alertNames.add(name);
        return name;
    }

    /** The id as given; a literal id must be of the expected resource type, a Terraform reference is taken as is. */
    private String resourceId(String prop, String value, String type, String kindWithArticle) {
        return value == null ? null : ResourceIds.checked(path, prop, value, type, kindWithArticle);
    }

    private int threshold(String prop, Integer override, int sensitivityDefault, int min, int max, String target, String targetProp) {
        if (override == null) {
            return sensitivityDefault;
        }
        if (target == null) {
            throw Checks.invalid(path, prop, override, "it only applies with " + targetProp + "; set " + targetProp + " or leave " + prop + " unset");
        }
        return Checks.inRange(path, prop, override, min, max);
    }

    private static Duration atLeast(Duration duration, Duration minimum) {
        return duration.compareTo(minimum) < 0 ? minimum : duration;
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** The names of the alert rules created, in creation order. */
    public List<String> alertNames() {
        return Collections.unmodifiableList(alertNames);
    }

    /** The sensitivity the alerts were created with. */
    public AlertSensitivity sensitivity() {
        return sensitivity;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends WorkloadAlertsProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts the alerts with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public WorkloadAlerts build() {
            return new WorkloadAlerts(scope, id, toProps());
        }
    }
}
