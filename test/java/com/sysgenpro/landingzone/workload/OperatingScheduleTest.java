package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OperatingScheduleTest {

    private static JsonNode synth(Consumer<OperatingSchedule.Builder> customize, boolean productionCluster, boolean highAvailability) {
        return Synth.stack(stack -> {
            ResourceGroup group = WorkloadFixtures.group(stack);
            KubernetesCluster cluster = WorkloadFixtures.cluster(stack, group).name("aks-wholesale-staging")
                .production(productionCluster).build();
            PostgresFlexibleServer server = PostgresFlexibleServerTest.server(stack, group).name("psql-wholesale-staging")
                .skuName(highAvailability ? "GP_Standard_D2ds_v5" : "B_Standard_B2ms").highAvailability(highAvailability)
                .zone(highAvailability ? "1" : null).standbyZone(highAvailability ? "2" : null).build();
            OperatingSchedule.Builder schedule = OperatingSchedule.Builder.create(stack, "schedule")
                .name("nwd-wholesale-staging-weu").resourceGroup(group)
                .days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).start(LocalTime.of(7, 0)).stop(LocalTime.of(20, 30))
                .timeZone("Europe/Brussels").clusters(List.of(cluster)).servers(List.of(server))
                .roleName("lz-nwd-operating-schedule");
            customize.accept(schedule);
            schedule.build();
        });
    }

    private static JsonNode synth(Consumer<OperatingSchedule.Builder> customize) {
        return synth(customize, false, false);
    }

    private static JsonNode named(List<JsonNode> resources, String name) {
        return resources.stream().filter(resource -> resource.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void stopsAndStartsOnWeekdaysInTheWindowsNameOfTheTimeZone() {
        JsonNode stack = synth(schedule -> { });
        List<JsonNode> workflows = Synth.resources(stack, "azurerm_logic_app_workflow");
        assertThat(workflows).extracting(workflow -> workflow.path("name").asText())
            .containsExactlyInAnyOrder("logic-nwd-wholesale-staging-weu-stop", "logic-nwd-wholesale-staging-weu-start");
        List<JsonNode> triggers = Synth.resources(stack, "azurerm_logic_app_trigger_recurrence");
        assertThat(triggers).hasSize(2).allSatisfy(trigger -> {
            assertThat(trigger.path("time_zone").asText()).isEqualTo("Romance Standard Time");
            assertThat(trigger.path("frequency").asText()).isEqualTo("Week");
            assertThat(trigger.path("interval").asInt()).isEqualTo(1);
            assertThat(WorkloadFixtures.strings(trigger.path("schedule").path("on_these_days")))
                .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
        });
        JsonNode stop = triggers.stream().filter(trigger -> trigger.path("logic_app_id").asText().contains("StopWorkflow"))
            .findFirst().orElseThrow();
        JsonNode start = triggers.stream().filter(trigger -> trigger.path("logic_app_id").asText().contains("StartWorkflow"))
            .findFirst().orElseThrow();
        assertThat(stop.path("schedule").path("at_these_hours").toString()).isEqualTo("[20]");
        assertThat(stop.path("schedule").path("at_these_minutes").toString()).isEqualTo("[30]");
        assertThat(start.path("schedule").path("at_these_hours").toString()).isEqualTo("[7]");
        assertThat(start.path("schedule").path("at_these_minutes").toString()).isEqualTo("[0]");
    }

    @Test
    void actionsCallArmAsTheUserAssignedIdentityClustersStoppedFirstServersStartedFirst() {
        JsonNode stack = synth(schedule -> { });
        JsonNode identity = Synth.onlyResource(stack, "azurerm_user_assigned_identity");
        assertThat(identity.path("name").asText()).isEqualTo("id-nwd-wholesale-staging-weu-schedule");
        Synth.resources(stack, "azurerm_logic_app_workflow").forEach(workflow -> {
            assertThat(workflow.path("identity").path("type").asText()).isEqualTo("UserAssigned");
            assertThat(workflow.path("identity").path("identity_ids").toString()).contains("azurerm_user_assigned_identity");
        });
        List<JsonNode> actions = Synth.resources(stack, "azurerm_logic_app_action_custom");
        assertThat(actions).extracting(action -> action.path("name").asText()).containsExactlyInAnyOrder(
            "stop-aks-wholesale-staging", "stop-psql-wholesale-staging", "start-aks-wholesale-staging", "start-psql-wholesale-staging");
        JsonNode stopCluster = Synth.parse(named(actions, "stop-aks-wholesale-staging").path("body").asText()
            .replaceAll("\\$\\{[^}]+}", "REF"));
        assertThat(stopCluster.path("type").asText()).isEqualTo("Http");
        assertThat(stopCluster.path("inputs").path("method").asText()).isEqualTo("POST");
        assertThat(stopCluster.path("inputs").path("authentication").path("type").asText()).isEqualTo("ManagedServiceIdentity");
        assertThat(stopCluster.path("inputs").path("authentication").path("audience").asText()).isEqualTo("https://management.azure.com/");
        assertThat(stopCluster.path("runAfter").size()).isZero();
        String clusterBody = named(actions, "stop-aks-wholesale-staging").path("body").asText();
        assertThat(clusterBody).contains("https://management.azure.com${azurerm_kubernetes_cluster.")
            .contains(".id}/stop?api-version=" + OperatingSchedule.CLUSTER_API_VERSION)
            .contains("\"identity\":\"${azurerm_user_assigned_identity.");
        String serverStop = named(actions, "stop-psql-wholesale-staging").path("body").asText();
        assertThat(serverStop).contains("${azurerm_postgresql_flexible_server.")
            .contains(".id}/stop?api-version=" + OperatingSchedule.SERVER_API_VERSION)
            .contains("\"runAfter\":{\"stop-aks-wholesale-staging\":[\"Succeeded\",\"Failed\",\"TimedOut\",\"Skipped\"]}");
        assertThat(named(actions, "stop-psql-wholesale-staging").path("depends_on").toString()).contains("azurerm_logic_app_action_custom");
        assertThat(named(actions, "start-aks-wholesale-staging").path("body").asText())
            .contains("/start?api-version=").contains("\"runAfter\":{\"start-psql-wholesale-staging\":");
        assertThat(named(actions, "start-psql-wholesale-staging").path("body").asText()).contains("\"runAfter\":{}");
    }

    @Test
    void theIdentityHoldsTheCustomRoleOnTheClusterAndTheServerOnly() {
        List<JsonNode> grants = Synth.resources(synth(schedule -> { }), "azurerm_role_assignment").stream()
            .filter(role -> role.path("principal_id").asText().contains("azurerm_user_assigned_identity")).toList();
        assertThat(grants).hasSize(2).allSatisfy(grant -> {
            assertThat(grant.path("role_definition_name").asText()).isEqualTo("lz-nwd-operating-schedule");
            assertThat(grant.path("principal_type").asText()).isEqualTo("ServicePrincipal");
        });
        assertThat(grants).extracting(grant -> grant.path("scope").asText().replaceAll("\\.[^.]+\\.id}$", ""))
            .containsExactlyInAnyOrder("${azurerm_kubernetes_cluster", "${azurerm_postgresql_flexible_server");
    }

    @Test
    void theRoleAllowsStartStopAndReadOfClustersAndServersAndNothingElse() {
        JsonNode role = Synth.onlyResource(Synth.stack(stack -> OperatingSchedule.defineRole(stack, "role", "lz-nwd-operating-schedule",
            "/providers/Microsoft.Management/managementGroups/nwd")), "azurerm_role_definition");
        assertThat(role.path("scope").asText()).isEqualTo("/providers/Microsoft.Management/managementGroups/nwd");
        assertThat(WorkloadFixtures.strings(role.path("assignable_scopes"))).containsExactly("/providers/Microsoft.Management/managementGroups/nwd");
        assertThat(WorkloadFixtures.strings(role.path("permissions").get(0).path("actions"))).containsExactlyInAnyOrder(
            "Microsoft.ContainerService/managedClusters/read", "Microsoft.ContainerService/managedClusters/start/action",
            "Microsoft.ContainerService/managedClusters/stop/action", "Microsoft.DBforPostgreSQL/flexibleServers/read",
            "Microsoft.DBforPostgreSQL/flexibleServers/start/action", "Microsoft.DBforPostgreSQL/flexibleServers/stop/action");
        assertThat(role.path("permissions").get(0).has("data_actions")).isFalse();
    }

    @Test
    void aScheduleOfServersOnlyHasNoClusterActions() {
        JsonNode stack = synth(schedule -> schedule.clusters(List.of()));
        assertThat(Synth.resources(stack, "azurerm_logic_app_action_custom")).extracting(action -> action.path("name").asText())
            .containsExactlyInAnyOrder("stop-psql-wholesale-staging", "start-psql-wholesale-staging");
        assertThat(Synth.resources(stack, "azurerm_logic_app_action_custom"))
            .allSatisfy(action -> assertThat(action.path("body").asText()).contains("\"runAfter\":{}"));
    }

    @Test
    void failsForATimeZoneWithoutAWindowsName() {
        assertThatThrownBy(() -> synth(schedule -> schedule.timeZone("Antarctica/Troll")))
            .hasMessageContaining("schedule").hasMessageContaining("timeZone").hasMessageContaining("Antarctica/Troll")
            .hasMessageContaining("Europe/Brussels");
    }

    @Test
    void failsWhenItWouldStopBeforeItStarts() {
        assertThatThrownBy(() -> synth(schedule -> schedule.stop(LocalTime.of(6, 0)))).hasMessageContaining("stop")
            .hasMessageContaining("after start");
    }

    @Test
    void failsWithoutDays() {
        assertThatThrownBy(() -> synth(schedule -> schedule.days(EnumSet.noneOf(DayOfWeek.class)))).hasMessageContaining("days");
    }

    @Test
    void failsWithNothingToStop() {
        assertThatThrownBy(() -> synth(schedule -> schedule.clusters(List.of()).servers(List.of()))).hasMessageContaining("clusters");
    }

    @Test
    void failsForAProductionCluster() {
        assertThatThrownBy(() -> synth(schedule -> { }, true, false)).hasMessageContaining("aks-wholesale-staging")
            .hasMessageContaining("production runs around the clock");
    }

    @Test
    void failsForAHighlyAvailableServer() {
        assertThatThrownBy(() -> synth(schedule -> { }, false, true)).hasMessageContaining("psql-wholesale-staging")
            .hasMessageContaining("high availability");
    }
}
