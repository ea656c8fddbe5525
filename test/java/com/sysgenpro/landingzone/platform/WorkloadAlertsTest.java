package com.sysgenpro.landingzone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadAlertsTest {

    private static final Tags TAGS = Tags.of(Map.of("owner", "erp-wholesale@contoso.example", "recovery-tier", "tier-2"));
    private static final String RG = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/rg-wholesale-production/providers/";
    private static final String POSTGRES = RG + "Microsoft.DBforPostgreSQL/flexibleServers/psql-wholesale-prod";
    private static final String REDIS = RG + "Microsoft.Cache/redisEnterprise/redis-wholesale-prod";
    private static final String AKS = RG + "Microsoft.ContainerService/managedClusters/aks-wholesale-prod";
    private static final String WORKSPACE = RG + "Microsoft.OperationalInsights/workspaces/log-wholesale-prod";
    private static final String BACKUP_VAULT = RG + "Microsoft.DataProtection/backupVaults/bv-wholesale-prod";
    private static final String ACTION_GROUP = RG + "microsoft.insights/actionGroups/ag-wholesale";
    private static final String METRIC_ALERT = "azurerm_monitor_metric_alert";
    private static final String LOG_ALERT = "azurerm_monitor_scheduled_query_rules_alert_v2";

    @TempDir
    Path tmp;

    /** Alerts for every target, tier-2, notifying a literal action group id; {@code customize} changes any of it. */
    private static JsonNode synth(Consumer<WorkloadAlerts.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg")
                .name("rg-wholesale-monitoring").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            WorkloadAlerts.Builder alerts = WorkloadAlerts.Builder.create(stack, "alerts")
                .namePrefix("wholesale-production").resourceGroup(group).actionGroupId(ACTION_GROUP)
                .sensitivity(AlertSensitivity.TIER_2)
                .postgresServerId(POSTGRES).managedRedisId(REDIS).aksClusterId(AKS).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE))
                .backupVaultId(BACKUP_VAULT);
            customize.accept(alerts);
            alerts.build();
        });
    }

    private static JsonNode alert(JsonNode stack, String type, String name) {
        return Synth.resources(stack, type).stream().filter(alert -> alert.path("name").asText().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + type + " named " + name + " in " + stack.path("resource")));
    }

    private static List<String> names(JsonNode stack, String type) {
        List<String> names = new ArrayList<>();
        Synth.resources(stack, type).forEach(alert -> names.add(alert.path("name").asText()));
        return names;
    }

    /** criteria[0] as "namespace metric aggregation operator threshold". */
    private static String criterion(JsonNode alert) {
        JsonNode criteria = alert.path("criteria");
        assertThat(criteria).hasSize(1);
        JsonNode criterion = criteria.get(0);
        return criterion.path("metric_namespace").asText() + " " + criterion.path("metric_name").asText() + " "
            + criterion.path("aggregation").asText() + " " + criterion.path("operator").asText() + " "
            + criterion.path("threshold").asInt();
    }

    private static String dimension(JsonNode criterion) {
        assertThat(criterion.path("dimension")).hasSize(1);
        JsonNode dimension = criterion.path("dimension").get(0);
        List<String> values = new ArrayList<>();
        dimension.path("values").forEach(value -> values.add(value.asText()));
        return dimension.path("name").asText() + " " + dimension.path("operator").asText() + " " + values;
    }

    @Test
    void createsOneAlertPerSignalOfEveryTarget() {
        JsonNode stack = synth(alerts -> { });

        assertThat(names(stack, METRIC_ALERT)).containsExactlyInAnyOrder(
            "wholesale-production-postgres-cpu", "wholesale-production-postgres-storage",
            "wholesale-production-postgres-failed-connections", "wholesale-production-redis-server-load",
            "wholesale-production-aks-nodes-not-ready", "wholesale-production-backup-failures");
        assertThat(names(stack, LOG_ALERT)).containsExactly("wholesale-production-aks-pod-restarts");
    }

    @Test
    void postgresAlertsWatchCpuStorageAndFailedConnectionsAtTierTwoDefaults() {
        JsonNode stack = synth(alerts -> { });

        JsonNode cpu = alert(stack, METRIC_ALERT, "wholesale-production-postgres-cpu");
        assertThat(criterion(cpu)).isEqualTo("Microsoft.DBforPostgreSQL/flexibleServers cpu_percent Average GreaterThan 85");
        assertThat(cpu.path("scopes")).hasSize(1);
        assertThat(cpu.path("scopes").get(0).asText()).isEqualTo(POSTGRES);
        assertThat(cpu.path("severity").asInt()).isEqualTo(2);
        assertThat(cpu.path("frequency").asText()).isEqualTo("PT5M");
        assertThat(cpu.path("window_size").asText()).isEqualTo("PT15M");
        assertThat(cpu.path("auto_mitigate").asBoolean()).isTrue();
        assertThat(cpu.path("enabled").asBoolean()).isTrue();
        assertThat(cpu.path("action")).hasSize(1);
        assertThat(cpu.path("action").get(0).path("action_group_id").asText()).isEqualTo(ACTION_GROUP);
        assertThat(cpu.path("description").asText()).startsWith("PostgreSQL CPU above 85% on average over 15 minutes. Check: ");
        assertThat(cpu.path("resource_group_name").asText()).matches("\\$\\{azurerm_resource_group\\.[A-Za-z0-9_]+\\.name}");
        assertThat(Synth.tags(cpu)).isEqualTo(TAGS.asMap());

        JsonNode storage = alert(stack, METRIC_ALERT, "wholesale-production-postgres-storage");
        assertThat(criterion(storage)).isEqualTo("Microsoft.DBforPostgreSQL/flexibleServers storage_percent Maximum GreaterThan 85");
        assertThat(storage.path("description").asText()).contains("Check: ").contains("read-only");

        JsonNode failed = alert(stack, METRIC_ALERT, "wholesale-production-postgres-failed-connections");
        assertThat(criterion(failed)).isEqualTo("Microsoft.DBforPostgreSQL/flexibleServers connections_failed Total GreaterThan 10");
        assertThat(failed.path("description").asText()).contains("Check: ").contains("credentials");
    }

    @Test
    void redisAlertWatchesServerLoadNoMoreOftenThanItsFiveMinuteGrain() {
        JsonNode tier2 = alert(synth(alerts -> { }), METRIC_ALERT, "wholesale-production-redis-server-load");
        assertThat(criterion(tier2)).isEqualTo("Microsoft.Cache/redisEnterprise serverLoad Maximum GreaterThan 80");
        assertThat(tier2.path("scopes").get(0).asText()).isEqualTo(REDIS);
        assertThat(tier2.path("frequency").asText()).isEqualTo("PT5M");
        assertThat(tier2.path("window_size").asText()).isEqualTo("PT15M");
        assertThat(tier2.path("description").asText()).contains("Check: ");

        JsonNode tier1 = alert(synth(alerts -> alerts.sensitivity(AlertSensitivity.TIER_1)), METRIC_ALERT,
            "wholesale-production-redis-server-load");
        assertThat(tier1.path("frequency").asText()).as("tier-1 evaluates every minute, but Redis has 5-minute points").isEqualTo("PT5M");
        assertThat(tier1.path("window_size").asText()).isEqualTo("PT5M");
    }

    @Test
    void aksNodeAlertCountsNodesNotReadyOrUnknown() {
        JsonNode nodes = alert(synth(alerts -> { }), METRIC_ALERT, "wholesale-production-aks-nodes-not-ready");

        assertThat(criterion(nodes)).isEqualTo("Microsoft.ContainerService/managedClusters kube_node_status_condition Total GreaterThan 0");
        assertThat(dimension(nodes.path("criteria").get(0))).isEqualTo("status2 Include [NotReady, Unknown]");
        assertThat(nodes.path("scopes").get(0).asText()).isEqualTo(AKS);
        assertThat(nodes.path("description").asText()).contains("Check: kubectl get nodes");
    }

    @Test
    void podRestartsAreALogAlertOverContainerInsightsInTheWorkspace() {
        JsonNode restarts = alert(synth(alerts -> { }), LOG_ALERT, "wholesale-production-aks-pod-restarts");

        assertThat(restarts.path("scopes")).hasSize(1);
        assertThat(restarts.path("scopes").get(0).asText()).isEqualTo(WORKSPACE);
        assertThat(restarts.path("location").asText()).isEqualTo("westeurope");
        assertThat(restarts.path("severity").asInt()).isEqualTo(2);
        assertThat(restarts.path("evaluation_frequency").asText()).isEqualTo("PT15M");
        assertThat(restarts.path("window_duration").asText()).isEqualTo("PT30M");
        assertThat(restarts.path("auto_mitigation_enabled").asBoolean()).isTrue();
        assertThat(restarts.path("action").path("action_groups").get(0).asText()).isEqualTo(ACTION_GROUP);
        assertThat(restarts.path("description").asText()).startsWith("A pod restarted at least 5 times in 30 minutes").contains("Check: ");
        JsonNode criterion = restarts.path("criteria").get(0);
        assertThat(criterion.path("query").asText())
            .startsWith("KubePodInventory\n")
            .contains("| where ClusterId =~ '" + AKS + "'")
            .contains("max(ContainerRestartCount) - min(ContainerRestartCount)")
            .endsWith("| summarize Restarts = sum(ContainerRestarts) by Namespace, PodName");
        assertThat(criterion.path("metric_measure_column").asText()).isEqualTo("Restarts");
        assertThat(criterion.path("time_aggregation_method").asText()).isEqualTo("Maximum");
        assertThat(criterion.path("operator").asText()).isEqualTo("GreaterThanOrEqual");
        assertThat(criterion.path("threshold").asInt()).isEqualTo(5);
        List<String> dimensions = new ArrayList<>();
        criterion.path("dimension").forEach(d -> dimensions.add(d.path("name").asText() + " " + d.path("operator").asText()
            + " " + d.path("values").get(0).asText()));
        assertThat(dimensions).containsExactly("Namespace Include *", "PodName Include *");
    }

    @Test
    void backupAlertFiresOnAnyBackupHealthEventThatIsNotHealthy() {
        JsonNode backup = alert(synth(alerts -> { }), METRIC_ALERT, "wholesale-production-backup-failures");

        assertThat(criterion(backup)).isEqualTo("Microsoft.DataProtection/BackupVaults BackupHealthEvent Count GreaterThan 0");
        assertThat(dimension(backup.path("criteria").get(0))).isEqualTo("healthStatus Exclude [Healthy]");
        assertThat(backup.path("scopes").get(0).asText()).isEqualTo(BACKUP_VAULT);
        assertThat(backup.path("frequency").asText()).isEqualTo("PT15M");
        assertThat(backup.path("window_size").asText()).isEqualTo("PT1H");
        assertThat(backup.path("description").asText()).contains("within 1 hour. Check: ");
    }

    @Test
    void createsOnlyTheAlertsOfTheTargetsGiven() {
        JsonNode postgresOnly = synth(alerts -> alerts.managedRedisId(null).aksClusterId(null).logAnalyticsWorkspace(null).backupVaultId(null));
        assertThat(names(postgresOnly, METRIC_ALERT)).containsExactlyInAnyOrder("wholesale-production-postgres-cpu",
            "wholesale-production-postgres-storage", "wholesale-production-postgres-failed-connections");
        assertThat(Synth.resources(postgresOnly, LOG_ALERT)).isEmpty();

        JsonNode backupOnly = synth(alerts -> alerts.postgresServerId(null).managedRedisId(null).aksClusterId(null)
            .logAnalyticsWorkspace(null));
        assertThat(names(backupOnly, METRIC_ALERT)).containsExactly("wholesale-production-backup-failures");

        JsonNode clusterOnly = synth(alerts -> alerts.postgresServerId(null).managedRedisId(null).backupVaultId(null));
        assertThat(names(clusterOnly, METRIC_ALERT)).containsExactly("wholesale-production-aks-nodes-not-ready");
        assertThat(names(clusterOnly, LOG_ALERT)).containsExactly("wholesale-production-aks-pod-restarts");
    }

    @Test
    void tierOneIsLouderAndTighterThanTierThree() {
        JsonNode tier1 = synth(alerts -> alerts.sensitivity(AlertSensitivity.TIER_1));
        JsonNode tier3 = synth(alerts -> alerts.sensitivity(AlertSensitivity.TIER_3));

        JsonNode cpu1 = alert(tier1, METRIC_ALERT, "wholesale-production-postgres-cpu");
        JsonNode cpu3 = alert(tier3, METRIC_ALERT, "wholesale-production-postgres-cpu");
        assertThat(cpu1.path("severity").asInt()).isEqualTo(1);
        assertThat(cpu3.path("severity").asInt()).isEqualTo(3);
        assertThat(criterion(cpu1)).endsWith("GreaterThan 80");
        assertThat(criterion(cpu3)).endsWith("GreaterThan 90");
        assertThat(cpu1.path("frequency").asText() + "/" + cpu1.path("window_size").asText()).isEqualTo("PT1M/PT5M");
        assertThat(cpu3.path("frequency").asText() + "/" + cpu3.path("window_size").asText()).isEqualTo("PT15M/PT30M");

        assertThat(criterion(alert(tier1, METRIC_ALERT, "wholesale-production-postgres-failed-connections"))).endsWith(" 5");
        assertThat(criterion(alert(tier3, METRIC_ALERT, "wholesale-production-postgres-failed-connections"))).endsWith(" 25");
        assertThat(criterion(alert(tier1, METRIC_ALERT, "wholesale-production-redis-server-load"))).endsWith(" 70");
        assertThat(criterion(alert(tier3, METRIC_ALERT, "wholesale-production-redis-server-load"))).endsWith(" 90");

        JsonNode restarts1 = alert(tier1, LOG_ALERT, "wholesale-production-aks-pod-restarts");
        JsonNode restarts3 = alert(tier3, LOG_ALERT, "wholesale-production-aks-pod-restarts");
        assertThat(restarts1.path("severity").asInt()).isEqualTo(1);
        assertThat(restarts3.path("severity").asInt()).isEqualTo(3);
        assertThat(restarts1.path("criteria").get(0).path("threshold").asInt()).isEqualTo(3);
        assertThat(restarts3.path("criteria").get(0).path("threshold").asInt()).isEqualTo(10);
        assertThat(restarts1.path("window_duration").asText()).isEqualTo("PT15M");
        assertThat(restarts3.path("window_duration").asText()).isEqualTo("PT1H");

        JsonNode backup1 = alert(tier1, METRIC_ALERT, "wholesale-production-backup-failures");
        JsonNode backup3 = alert(tier3, METRIC_ALERT, "wholesale-production-backup-failures");
        assertThat(backup1.path("frequency").asText() + "/" + backup1.path("window_size").asText()).isEqualTo("PT5M/PT15M");
        assertThat(backup3.path("frequency").asText() + "/" + backup3.path("window_size").asText()).isEqualTo("PT1H/PT6H");
        assertThat(backup3.path("description").asText()).contains("within 6 hours.");
    }

    @Test
    void severityRisesWithTheTier() {
        for (AlertSensitivity sensitivity : AlertSensitivity.values()) {
            assertThat(sensitivity.severity()).isEqualTo(sensitivity.ordinal() + 1);
        }
    }

    @Test
    void overridesThresholdsAndTags() {
        JsonNode stack = synth(alerts -> alerts.postgresCpuPercent(70).postgresStoragePercent(75).postgresFailedConnections(3)
            .redisServerLoadPercent(60).podRestarts(2).tags(Tags.of(Map.of("owner", "platform@contoso.example"))));

        assertThat(criterion(alert(stack, METRIC_ALERT, "wholesale-production-postgres-cpu"))).endsWith(" 70");
        assertThat(criterion(alert(stack, METRIC_ALERT, "wholesale-production-postgres-storage"))).endsWith(" 75");
        assertThat(criterion(alert(stack, METRIC_ALERT, "wholesale-production-postgres-failed-connections"))).endsWith(" 3");
        assertThat(criterion(alert(stack, METRIC_ALERT, "wholesale-production-redis-server-load"))).endsWith(" 60");
        JsonNode restarts = alert(stack, LOG_ALERT, "wholesale-production-aks-pod-restarts");
        assertThat(restarts.path("criteria").get(0).path("threshold").asInt()).isEqualTo(2);
        assertThat(Synth.tags(restarts)).containsExactlyEntriesOf(Map.of("owner", "platform@contoso.example"));
    }

    @Test
    void takesTerraformReferencesAndTheLibrarysActionGroup() {
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = ResourceGroup.Builder.create(scope, "rg")
                .name("rg-wholesale-monitoring").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            LogAnalyticsWorkspace workspace = LogAnalyticsWorkspace.Builder.create(scope, "logs").name("log-wholesale").resourceGroup(group).build();
            ActionGroup owner = ActionGroup.Builder.create(scope, "owner").name("ag-wholesale").shortName("wholesale")
                .resourceGroup(group).emailAddresses(List.of("erp-wholesale@contoso.example")).build();
            WorkloadAlerts created = WorkloadAlerts.Builder.create(scope, "alerts").namePrefix("wholesale-production")
                .resourceGroup(group).actionGroup(owner).sensitivity(AlertSensitivity.TIER_1)
                .aksClusterId("${azurerm_kubernetes_cluster.aks.id}").logAnalyticsWorkspace(workspace).build();
            assertThat(created.alertNames()).containsExactly("wholesale-production-aks-nodes-not-ready", "wholesale-production-aks-pod-restarts");
            assertThat(created.sensitivity()).isEqualTo(AlertSensitivity.TIER_1);
        });

        JsonNode nodes = alert(stack, METRIC_ALERT, "wholesale-production-aks-nodes-not-ready");
        assertThat(nodes.path("action").get(0).path("action_group_id").asText()).matches("\\$\\{azurerm_monitor_action_group\\.[A-Za-z0-9_]+\\.id}");
        JsonNode restarts = alert(stack, LOG_ALERT, "wholesale-production-aks-pod-restarts");
        assertThat(restarts.path("scopes").get(0).asText()).matches("\\$\\{azurerm_log_analytics_workspace\\.[A-Za-z0-9_]+\\.id}");
        assertThat(restarts.path("criteria").get(0).path("query").asText()).contains("ClusterId =~ '${azurerm_kubernetes_cluster.aks.id}'");
    }

    @Test
    void synthesizesTheSameJsonTwice() {
        assertThat(synth(alerts -> { }).toString()).isEqualTo(synth(alerts -> { }).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, -5})
    void failsOnPercentThresholdOutOfRange(int percent) {
        assertThatThrownBy(() -> synth(alerts -> alerts.postgresCpuPercent(percent)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/alerts: postgresCpuPercent " + percent + " is not allowed; allowed: 1 to 99");
        assertThatThrownBy(() -> synth(alerts -> alerts.redisServerLoadPercent(percent)))
            .hasMessageContaining("test/alerts: redisServerLoadPercent " + percent + " is not allowed; allowed: 1 to 99");
    }

    @Test
    void failsOnCountThresholdsOutOfRange() {
        assertThatThrownBy(() -> synth(alerts -> alerts.podRestarts(0)))
            .hasMessageContaining("test/alerts: podRestarts 0 is not allowed; allowed: 1 to 1000");
        assertThatThrownBy(() -> synth(alerts -> alerts.postgresFailedConnections(0)))
            .hasMessageContaining("test/alerts: postgresFailedConnections 0 is not allowed; allowed: 1 to 10000");
    }

    @Test
    void failsOnThresholdForATargetNotGiven() {
        assertThatThrownBy(() -> synth(alerts -> alerts.managedRedisId(null).redisServerLoadPercent(75)))
            .hasMessageContaining("test/alerts: redisServerLoadPercent 75 is not allowed; it only applies with managedRedisId");
    }

    @Test
    void failsWithoutActionGroup() {
        assertThatThrownBy(() -> synth(alerts -> alerts.actionGroupId(null)))
            .hasMessageContaining("test/alerts: actionGroupId is required; set it with .actionGroupId(…)");
    }

    @Test
    void failsWithoutSensitivity() {
        assertThatThrownBy(() -> synth(alerts -> alerts.sensitivity(null)))
            .hasMessageContaining("test/alerts: sensitivity is required");
    }

    @Test
    void failsWithoutAnyTarget() {
        assertThatThrownBy(() -> synth(alerts -> alerts.postgresServerId(null).managedRedisId(null).aksClusterId(null).backupVaultId(null)))
            .hasMessageContaining("test/alerts: postgresServerId, managedRedisId, aksClusterId or backupVaultId is required: set at least one target");
    }

    @Test
    void failsOnClusterWithoutWorkspaceForPodRestarts() {
        assertThatThrownBy(() -> synth(alerts -> alerts.logAnalyticsWorkspace(null)))
            .hasMessageContaining("test/alerts: logAnalyticsWorkspace is required: with aksClusterId set, pod restarts are alerted");
    }

    @Test
    void failsOnIdOfTheWrongResourceType() {
        assertThatThrownBy(() -> synth(alerts -> alerts.postgresServerId(REDIS)))
            .hasMessageContaining("test/alerts: postgresServerId '" + REDIS + "' is not allowed; the resource id of a PostgreSQL flexible server, "
                + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.DBforPostgreSQL/flexibleServers/<name>");
        assertThatThrownBy(() -> synth(alerts -> alerts.actionGroupId("ag-wholesale")))
            .hasMessageContaining("test/alerts: actionGroupId 'ag-wholesale' is not allowed; the resource id of an action group");
    }

    @Test
    void failsOnNamePrefixAzureRejects() {
        assertThatThrownBy(() -> synth(alerts -> alerts.namePrefix("wholesale/production")))
            .hasMessageContaining("test/alerts: namePrefix 'wholesale/production' is not allowed")
            .hasMessageContaining("any characters but");
    }

    @Test
    void everythingIsCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = ResourceGroup.Builder.create(scope, "rg")
                .name("rg-wholesale-monitoring").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            ActionGroup owner = ActionGroup.Builder.create(scope, "owner").name("ag-wholesale").shortName("wholesale")
                .resourceGroup(group).emailAddresses(List.of("erp-wholesale@contoso.example", "oncall@contoso.example")).build();
            WorkloadAlerts.Builder.create(scope, "alerts").namePrefix("wholesale-production").resourceGroup(group)
                .actionGroup(owner).sensitivity(AlertSensitivity.TIER_1)
                .postgresServerId(POSTGRES).managedRedisId(REDIS).aksClusterId(AKS).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE))
                .backupVaultId(BACKUP_VAULT).build();
        });
        Path file = tmp.resolve("cdk.tf.json");
        Files.writeString(file, stack.toString());

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        // resource group, action group, six metric alerts, one log alert
        assertThat(result.output()).contains("checked 9 resource/data blocks: 9 clean, 0 with errors, 0 errors");
    }
}
