package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.providers.azurerm.logic_app_action_custom.LogicAppActionCustom;
import io.cdktn.providers.azurerm.logic_app_trigger_recurrence.LogicAppTriggerRecurrence;
import io.cdktn.providers.azurerm.logic_app_trigger_recurrence.LogicAppTriggerRecurrenceSchedule;
import io.cdktn.providers.azurerm.logic_app_workflow.LogicAppWorkflow;
import io.cdktn.providers.azurerm.logic_app_workflow.LogicAppWorkflowIdentity;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import io.cdktn.providers.azurerm.role_definition.RoleDefinition;
import io.cdktn.providers.azurerm.role_definition.RoleDefinitionPermissions;
import io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.core.WindowsTimeZones;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.constructs.Construct;

/**
 * Stops and starts clusters and PostgreSQL servers on a weekly schedule, so that a non-production environment is
 * billed for its compute only while it runs. Two Logic Apps (Consumption) workflows, {@code logic-<stem>-stop} and
 * {@code logic-<stem>-start}, each a recurrence trigger in the schedule's time zone and one HTTP action per target
 * calling Azure Resource Manager's {@code stop} or {@code start} operation, signed in as a user-assigned identity
 * ({@code id-<stem>-schedule}). The identity holds one custom role ({@link #defineRole}: start, stop and read of
 * clusters and flexible servers, nothing else) on each target only.
 *
 * <p>Stopping runs the clusters first, then the servers (Odoo loses its database only once no pod runs); starting
 * runs the servers first. A failed step does not hold back the next: each target is stopped or started on its own.
 * Production clusters and highly available servers are refused: they are meant to run around the clock.
 */
public final class OperatingSchedule extends Construct {

    /** The AKS API version of the {@code managedClusters/{name}/stop|start} calls. */
    public static final String CLUSTER_API_VERSION = "2024-09-01";
    /** The PostgreSQL API version of the {@code flexibleServers/{name}/stop|start} calls. */
    public static final String SERVER_API_VERSION = "2024-08-01";
    /** The token audience of Azure Resource Manager. */
    static final String ARM = "https://management.azure.com/";
    /** Everything the schedule's identity may do, on its targets only. */
    public static final List<String> ROLE_ACTIONS = List.of(
        "Microsoft.ContainerService/managedClusters/read",
        "Microsoft.ContainerService/managedClusters/start/action",
        "Microsoft.ContainerService/managedClusters/stop/action",
        "Microsoft.DBforPostgreSQL/flexibleServers/read",
        "Microsoft.DBforPostgreSQL/flexibleServers/start/action",
        "Microsoft.DBforPostgreSQL/flexibleServers/stop/action");

    private final UserAssignedIdentity identity;
    private final String stopWorkflow;
    private final String startWorkflow;
    private final String windowsTimeZone;

    /** Creates the schedule; prefer {@link Builder#create(Construct, String)}. */
    public OperatingSchedule(Construct scope, String id, OperatingScheduleProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String stem = Checks.required(path, "name", props.name());
        ResourceGroup group = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.stopWorkflow = Checks.azureName(path, "name", "logic-" + stem + "-stop", AzureNameRule.LOGIC_APP_WORKFLOW);
        this.startWorkflow = Checks.azureName(path, "name", "logic-" + stem + "-start", AzureNameRule.LOGIC_APP_WORKFLOW);
        String identityName = Checks.azureName(path, "name", "id-" + stem + "-schedule", AzureNameRule.MANAGED_IDENTITY);
        if (props.days().isEmpty()) {
            throw Checks.missing(path, "days", "the days it runs, e.g. Monday to Friday");
        }
        LocalTime start = wholeMinutes(path, "start", Checks.required(path, "start", props.start()));
        LocalTime stop = wholeMinutes(path, "stop", Checks.required(path, "stop", props.stop()));
        if (!stop.isAfter(start)) {
            throw Checks.invalid(path, "stop", stop, "a time after start (" + start + ") on the same day");
        }
        String zone = Checks.required(path, "timeZone", props.timeZone());
        this.windowsTimeZone = WindowsTimeZones.of(zone).orElseThrow(() -> Checks.invalid(path, "timeZone", zone,
            "an IANA time zone with a Windows name: " + String.join(", ", WindowsTimeZones.accepted())));
        String roleName = Checks.required(path, "roleName", props.roleName());
        if (props.clusters().isEmpty() && props.servers().isEmpty()) {
            throw Checks.missing(path, "clusters", "at least one cluster or server to stop and start");
        }
        for (KubernetesCluster cluster : props.clusters()) {
            if (cluster.production()) {
                throw Checks.invalid(path, "clusters", cluster.declaredName(), "non-production clusters: production runs around the clock");
            }
        }
        for (PostgresFlexibleServer server : props.servers()) {
            if (server.highAvailability()) {
                throw Checks.invalid(path, "servers", server.declaredName(), "servers without high availability: a standby is kept"
                    + " for an environment that must not stop");
            }
        }
        Tags tags = props.tags() != null ? props.tags() : group.tags();

        this.identity = UserAssignedIdentity.Builder.create(this, "Identity")
            .name(identityName)
            .resourceGroupName(group.name())
            .location(group.region().name())
            .tags(tags.asMap())
            .build();
        LogicAppWorkflow stopping = workflow("StopWorkflow", stopWorkflow, group, tags);
        LogicAppWorkflow starting = workflow("StartWorkflow", startWorkflow, group, tags);
        trigger("StopTrigger", stopping, props.days(), stop);
        trigger("StartTrigger", starting, props.days(), start);

        List<Target> clusters = props.clusters().stream()
            .map(cluster -> new Target(cluster.declaredName(), cluster.id(), CLUSTER_API_VERSION)).toList();
        List<Target> servers = props.servers().stream()
            .map(server -> new Target(server.declaredName(), server.id(), SERVER_API_VERSION)).toList();
        // Odoo without its database fails requests: clusters stop before servers, servers start before clusters.
        List<Action> clustersStopped = actions("stop", stopping, clusters, List.of());
        actions("stop", stopping, servers, clustersStopped);
        List<Action> serversStarted = actions("start", starting, servers, List.of());
        actions("start", starting, clusters, serversStarted);

        for (KubernetesCluster cluster : props.clusters()) {
            grant("grant-" + cluster.declaredName(), cluster.id(), cluster.declaredName(), roleName);
        }
        for (PostgresFlexibleServer server : props.servers()) {
            grant("grant-" + server.declaredName(), server.id(), server.declaredName(), roleName);
        }
    }

    /**
     * The custom role every schedule's identity holds on its targets, {@code name}, defined at {@code managementGroupId}
     * and assignable below it: {@link #ROLE_ACTIONS} and nothing else.
     */
    public static RoleDefinition defineRole(Construct scope, String id, String name, String managementGroupId) {
        return RoleDefinition.Builder.create(scope, id)
            .name(name)
            .scope(managementGroupId)
            .description("Start, stop and read AKS clusters and PostgreSQL flexible servers: what scheduled shutdown needs")
            .permissions(List.of(RoleDefinitionPermissions.builder().actions(ROLE_ACTIONS).build()))
            .assignableScopes(List.of(managementGroupId))
            .build();
    }

    private LogicAppWorkflow workflow(String id, String name, ResourceGroup group, Tags tags) {
        return LogicAppWorkflow.Builder.create(this, id)
            .name(name)
            .resourceGroupName(group.name())
            .location(group.region().name())
            .identity(LogicAppWorkflowIdentity.builder().type("UserAssigned").identityIds(List.of(identity.getId())).build())
            .tags(tags.asMap())
            .build();
    }

    private void trigger(String id, LogicAppWorkflow workflow, Set<DayOfWeek> days, LocalTime at) {
        List<String> dayNames = EnumSet.copyOf(days).stream().map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        LogicAppTriggerRecurrence.Builder.create(this, id)
            .name("schedule")
            .logicAppId(workflow.getId())
            .frequency("Week")
            .interval(1)
            .timeZone(windowsTimeZone)
            .schedule(LogicAppTriggerRecurrenceSchedule.builder()
                .onTheseDays(dayNames)
                .atTheseHours(List.of(at.getHour()))
                .atTheseMinutes(List.of(at.getMinute()))
                .build())
            .build();
    }

    /** One HTTP action per target, each after every action of {@code after} whatever its outcome. */
    private List<Action> actions(String verb, LogicAppWorkflow workflow, List<Target> targets, List<Action> after) {
        List<Action> created = new ArrayList<>();
        for (Target target : targets) {
            String name = verb + "-" + target.name();
            var action = LogicAppActionCustom.Builder.create(this, name)
                .name(name)
                .logicAppId(workflow.getId())
                .body(body(verb, target, after));
            if (!after.isEmpty()) {
                // runAfter names them: the workflow refuses an action that follows one it does not have yet.
                action.dependsOn(after.stream().map(Action::resource).map(ITerraformDependable.class::cast).toList());
            }
            created.add(new Action(name, action.build()));
        }
        return created;
    }

    private String body(String verb, Target target, List<Action> after) {
        StringBuilder runAfter = new StringBuilder();
        for (Action previous : after) {
            if (!runAfter.isEmpty()) {
                runAfter.append(',');
            }
            runAfter.append('"').append(previous.name()).append("\":[\"Succeeded\",\"Failed\",\"TimedOut\",\"Skipped\"]");
        }
        return "{\"type\":\"Http\",\"inputs\":{\"method\":\"POST\",\"uri\":\"https://management.azure.com" + target.id() + "/" + verb
            + "?api-version=" + target.apiVersion() + "\",\"authentication\":{\"type\":\"ManagedServiceIdentity\",\"identity\":\""
            + identity.getId() + "\",\"audience\":\"" + ARM + "\"}},\"runAfter\":{" + runAfter + "}}";
    }

    private void grant(String id, String scope, String target, String roleName) {
        RoleAssignment.Builder.create(this, id)
            .scope(scope)
            .roleDefinitionName(roleName)
            .principalId(identity.getPrincipalId())
            // Created in the same run; Entra ID may not have replicated the new service principal yet.
            .principalType("ServicePrincipal")
            .skipServicePrincipalAadCheck(true)
            .description("Stop and start " + target + " on schedule")
            .build();
    }

    private static LocalTime wholeMinutes(String path, String prop, LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw Checks.invalid(path, prop, time, "whole minutes, e.g. 07:00");
        }
        return time;
    }

    /** The stop workflow's name. */
    public String stopWorkflowName() {
        return stopWorkflow;
    }

    /** The start workflow's name. */
    public String startWorkflowName() {
        return startWorkflow;
    }

    /** The Windows id of the schedule's time zone, as the triggers carry it. */
    public String windowsTimeZone() {
        return windowsTimeZone;
    }

    /** The identity's object id (a Terraform reference). */
    public String principalId() {
        return identity.getPrincipalId();
    }

    private record Target(String name, String id, String apiVersion) {
    }

    private record Action(String name, LogicAppActionCustom resource) {
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends OperatingScheduleProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for a schedule {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The schedule. */
        public OperatingSchedule build() {
            return new OperatingSchedule(scope, id, toProps());
        }
    }
}
