package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.CostEstimate;
import com.sysgenpro.landingzone.preview.PriceCatalog;
import com.sysgenpro.landingzone.preview.RunningHours;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled shutdown from the estate: non-production environments with operating hours stop and start on schedule in
 * their time zone, production never, shared hosting only when its tenants agree, and the estimate counts the hours run.
 */
class ScheduledShutdownTest {

    /** ecommerce (dedicated, northeurope) works in London time; north (a shared tenant) too, unlike its co-tenants. */
    private static final String LONDON = "    region: northeurope\n";

    @TempDir
    static Path tmp;

    private static Path out;

    @BeforeAll
    static void synthesize() throws IOException {
        String yaml = reference().replace(LONDON, LONDON + "    timeZone: Europe/London\n")
            .replace("  - name: north\n", "  - name: north\n    timeZone: Europe/London\n");
        out = tmp.resolve("out");
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, "reference in two time zones", PinnedDay.TODAY), "test", out, stack -> { },
            Set.of("platform", "ecommerce-staging", "ecommerce-production", "shared-staging", "north-staging"));
    }

    private static String reference() throws IOException {
        String yaml = Files.readString(Path.of("stacks/reference.yaml"));
        assertThat(yaml).contains(LONDON).contains("  - name: north\n");
        return yaml;
    }

    private static JsonNode stack(Path output, String name) {
        return Synth.read(output.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static JsonNode trigger(JsonNode stack, String workflow) {
        return Synth.resources(stack, "azurerm_logic_app_trigger_recurrence").stream()
            .filter(trigger -> trigger.path("logic_app_id").asText().contains(workflow)).findFirst().orElseThrow();
    }

    @Test
    void aNonProductionEnvironmentWithOperatingHoursIsStoppedAndStartedInItsTimeZone() {
        JsonNode staging = stack(out, "ecommerce-staging");
        assertThat(Synth.resources(staging, "azurerm_logic_app_workflow")).extracting(workflow -> workflow.path("name").asText())
            .containsExactlyInAnyOrder("logic-nwd-ecommerce-staging-neu-stop", "logic-nwd-ecommerce-staging-neu-start");
        JsonNode stop = trigger(staging, "StopWorkflow");
        JsonNode start = trigger(staging, "StartWorkflow");
        // Staging runs weekdays 07:00-20:00, here London's.
        assertThat(List.of(stop, start)).allSatisfy(trigger -> {
            assertThat(trigger.path("time_zone").asText()).isEqualTo("GMT Standard Time");
            assertThat(trigger.path("schedule").path("on_these_days")).hasSize(5);
        });
        assertThat(stop.path("schedule").path("at_these_hours").toString()).isEqualTo("[20]");
        assertThat(start.path("schedule").path("at_these_hours").toString()).isEqualTo("[7]");
        assertThat(Synth.resources(staging, "azurerm_logic_app_action_custom")).extracting(action -> action.path("name").asText())
            .containsExactlyInAnyOrder("stop-aks-nwd-ecommerce-staging-neu", "stop-psql-nwd-ecommerce-staging-neu",
                "start-aks-nwd-ecommerce-staging-neu", "start-psql-nwd-ecommerce-staging-neu");
        assertThat(Synth.resources(staging, "azurerm_role_assignment"))
            .filteredOn(grant -> grant.path("role_definition_name").asText().equals("lz-nwd-operating-schedule")).hasSize(2);

        JsonNode recorded = Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks").path("ecommerce-staging")
            .path("operatingSchedule");
        assertThat(recorded.path("timeZone").asText()).isEqualTo("Europe/London");
        assertThat(recorded.path("windowsTimeZone").asText()).isEqualTo("GMT Standard Time");
        assertThat(recorded.path("start").asText()).isEqualTo("07:00");
        assertThat(recorded.path("stop").asText()).isEqualTo("20:00");
        assertThat(recorded.path("hoursPerWeek").asInt()).isEqualTo(65);
        assertThat(recorded.path("clusters").toString()).isEqualTo("[\"aks-nwd-ecommerce-staging-neu\"]");
        assertThat(recorded.path("servers").toString()).isEqualTo("[\"psql-nwd-ecommerce-staging-neu\"]");
    }

    @Test
    void productionNeverStops() {
        JsonNode production = stack(out, "ecommerce-production");
        assertThat(Synth.resources(production, "azurerm_logic_app_workflow")).isEmpty();
        assertThat(Synth.resources(production, "azurerm_user_assigned_identity"))
            .noneMatch(identity -> identity.path("name").asText().endsWith("-schedule"));
        assertThat(Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks").path("ecommerce-production")
            .has("operatingSchedule")).isFalse();
    }

    @Test
    void theEstimateCountsOnlyTheHoursItRuns() {
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(out), PriceCatalog.bundled());
        CostEstimate.StackCost staging = estimate.stack("ecommerce-staging").orElseThrow();
        // Five days of 13 hours a week: 65 × 52 / 12 = 281.67 hours of the catalog's 730.
        BigDecimal hours = RunningHours.perMonth(5, LocalTime.of(7, 0), LocalTime.of(20, 0));
        assertThat(hours).isEqualByComparingTo("281.67");
        BigDecimal share = hours.divide(BigDecimal.valueOf(RunningHours.ALWAYS), 6, RoundingMode.HALF_UP);

        CostEstimate.Line nodes = staging.lines().stream().filter(line -> line.price().kind().equals("vm")
            && line.item().startsWith("default node pool")).findFirst().orElseThrow();
        CostEstimate.Line database = staging.lines().stream().filter(line -> line.price().kind().equals("postgresql-flexible-compute"))
            .findFirst().orElseThrow();
        CostEstimate.Line storage = staging.lines().stream().filter(line -> line.price().kind().equals("postgresql-flexible-storage"))
            .findFirst().orElseThrow();
        for (CostEstimate.Line line : List.of(nodes, database)) {
            BigDecimal allDay = line.price().monthlyPrice().multiply(line.quantity()).divide(share, 2, RoundingMode.HALF_UP);
            assertThat(line.monthly()).isEqualByComparingTo(line.price().monthlyPrice().multiply(line.quantity()));
            assertThat(line.monthly().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(allDay.multiply(share).setScale(2, RoundingMode.HALF_UP));
            assertThat(line.item()).contains("running 281.67 of 730 h a month (Mon-Fri 07:00-20:00 (GMT Standard Time))");
        }
        // The database's compute runs 281.67 hours; its storage is billed around the clock.
        assertThat(database.quantity()).isEqualByComparingTo(share);
        assertThat(storage.item()).doesNotContain("running");

        // The same environment's production counts 730 hours.
        CostEstimate.Line productionDatabase = estimate.stack("ecommerce-production").orElseThrow().lines().stream()
            .filter(line -> line.price().kind().equals("postgresql-flexible-compute")).findFirst().orElseThrow();
        assertThat(productionDatabase.item()).doesNotContain("running");
    }

    @Test
    void sharedHostingStopsOnlyWhenEveryTenantHasHoursInOneTimeZone() {
        // north works in London time, its co-tenants in Brussels time: the shared cluster and server run around the clock.
        assertThat(Synth.resources(stack(out, "shared-staging"), "azurerm_logic_app_workflow")).isEmpty();
        assertThat(Synth.resources(stack(out, "north-staging"), "azurerm_logic_app_workflow")).isEmpty();
        // In the reference every tenant works in Brussels time: the union of their windows.
        JsonNode shared = stack(ReferenceOutput.directory(), "shared-staging");
        assertThat(trigger(shared, "StopWorkflow").path("time_zone").asText()).isEqualTo("Romance Standard Time");
        assertThat(Synth.resources(shared, "azurerm_logic_app_action_custom")).extracting(action -> action.path("name").asText())
            .containsExactlyInAnyOrder("stop-aks-nwd-shared-staging-weu", "stop-psql-nwd-shared-staging-weu",
                "start-aks-nwd-shared-staging-weu", "start-psql-nwd-shared-staging-weu");
    }

    @Test
    void theRoleIsDefinedOnceAtTheRootWithStartStopAndReadOnly() {
        JsonNode role = Synth.onlyResource(stack(out, "platform"), "azurerm_role_definition");
        assertThat(role.path("name").asText()).isEqualTo("lz-nwd-operating-schedule");
        assertThat(role.path("scope").asText()).contains("azurerm_management_group.management-groups_root");
        assertThat(role.path("permissions").get(0).path("actions")).hasSize(6)
            .allSatisfy(action -> assertThat(action.asText()).matches("Microsoft\\.(ContainerService/managedClusters|DBforPostgreSQL/"
                + "flexibleServers)/(read|start/action|stop/action)"));
    }

    @Test
    void aSemiDedicatedTenantsPoolRunsWithItsHostingsCluster() {
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(ReferenceOutput.directory()), PriceCatalog.bundled());
        assertThat(estimate.stack("pharma-staging").orElseThrow().lines()).filteredOn(line -> line.item().startsWith("node pool"))
            .isNotEmpty().allSatisfy(line -> assertThat(line.item()).contains("running 281.67 of 730 h a month"));
    }

    @Test
    void failsForAnOperatingTimeZoneWithoutAWindowsName() throws IOException {
        String yaml = reference().replace(LONDON, LONDON + "    timeZone: Antarctica/Troll\n");
        assertThatThrownBy(() -> EstateLoader.parse(yaml, "reference", PinnedDay.TODAY))
            .isInstanceOfSatisfying(EstateValidationException.class, e -> assertThat(e.problems())
                .filteredOn(problem -> problem.path().equals("businessUnits[1].timeZone")).singleElement()
                .extracting(Problem::message).asString()
                .contains("'Antarctica/Troll'").contains("no Windows time zone name").contains("Europe/London"));
    }
}
