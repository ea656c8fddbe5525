package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary environments ({@code expires} on an environment): read and refused by the loader, tagged, their budgets (the
 * environment's and its share budget on shared hosting) ending after the last day, and the day recorded in
 * landing-zone.json for check and preview.
 */
class TemporaryEnvironmentsTest {

    /** A unit on shared hosting with a permanent production and an analytics environment for a project. */
    static final String YAML = """
        organisation: Test Org
        prefix: tst
        tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        platform: {owner: platform@example.com, costCenter: CC-0}
        regions:
          primary: westeurope
        network:
          shared: {production: 10.64.0.0/20, development: 10.64.16.0/20}
        budgets: {start: 2027-01-01}
        access: {platformAdmins: 11111111-1111-4111-8111-111111111111, eligibilityStart: 2026-12-01, eligibilityEnd: 2027-05-29}
        databaseAdmins: {objectId: 66666666-6666-4666-8666-666666666666, name: tst-database-admins}
        businessUnits:
          - name: retail
            owner: retail@example.com
            costCenter: CC-1
            tenancy: shared
            environments:
              - name: production
              - name: analytics
                blueprint: development
                expires: EXPIRES
        """;

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 31);

    @TempDir
    static Path tmp;

    private static Path out;

    @BeforeAll
    static void synthesize() {
        Estate estate = EstateLoader.parse(yaml(LAST_DAY.toString()), "temporary.yaml", PinnedDay.TODAY);
        out = tmp.resolve("out");
        EstateSynthesizer.synthesize(estate, "temporary.yaml", out, stack -> { });
    }

    static String yaml(String expires) {
        return YAML.replace("EXPIRES", expires);
    }

    @Test
    void readsTheLastDayOfATemporaryEnvironment() {
        Estate estate = EstateLoader.parse(yaml("2027-03-31"), "temporary.yaml", PinnedDay.TODAY);

        List<Environment> environments = estate.businessUnits().get(0).environments();
        assertThat(environments.get(0).expires()).isNull();
        assertThat(environments.get(1).expires()).isEqualTo(LAST_DAY);
    }

    @Test
    void acceptsALastDayAlreadyPastForTheCheckToReport() {
        Estate estate = EstateLoader.parse(yaml("2027-01-01").replace("budgets: {start: 2027-01-01}\n", ""), "temporary.yaml",
            LocalDate.of(2027, 2, 1));

        assertThat(estate.businessUnits().get(0).environments().get(1).expires()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void failsOnAMalformedLastDayNamingItsPath() {
        for (String malformed : List.of("2027-02-30", "31/03/2027", "next-quarter")) {
            EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
                () -> EstateLoader.parse(yaml(malformed), "temporary.yaml", PinnedDay.TODAY));

            assertThat(error.problems()).extracting(Problem::toString).containsExactly(
                "businessUnits[0].environments[1].expires: '" + malformed + "' is not allowed; allowed: a date written YYYY-MM-DD");
        }
    }

    @Test
    void failsOnALastDayBeforeTheBudgetsStart() {
        EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
            () -> EstateLoader.parse(yaml("2026-12-31"), "temporary.yaml", PinnedDay.TODAY));

        assertThat(error.problems()).extracting(Problem::toString).containsExactly(
            "businessUnits[0].environments[1].expires: '2026-12-31' is before budgets.start (2027-01-01): the environment's budget"
                + " would end before it starts; move expires to 2027-01-01 or later, or budgets.start earlier");
    }

    @Test
    void tagsEveryResourceOfTheTemporaryEnvironmentWithItsLastDay() {
        JsonNode stack = stack("retail-analytics");
        List<JsonNode> tagged = taggedResources(stack);

        assertThat(tagged).isNotEmpty();
        assertThat(tagged).allSatisfy(resource -> assertThat(Synth.tags(resource)).containsEntry(Tags.EXPIRES, "2027-03-31"));
        assertThat(taggedResources(stack("retail-production")))
            .allSatisfy(resource -> assertThat(Synth.tags(resource)).doesNotContainKey(Tags.EXPIRES));
        // The hosting outlives its tenants.
        assertThat(taggedResources(stack("shared-development")))
            .allSatisfy(resource -> assertThat(Synth.tags(resource)).doesNotContainKey(Tags.EXPIRES));
    }

    @Test
    void theEnvironmentsBudgetEndsAfterItsLastDayAndFollowsAMovedOne() {
        JsonNode budget = Synth.onlyResource(stack("retail-analytics"), "azurerm_consumption_budget_resource_group");

        assertThat(budget.path("time_period").path("end_date").asText()).isEqualTo("2027-04-01T00:00:00Z");
        assertThat(budget.path("time_period").path("start_date").asText()).contains("timestamp()");
        // Azure updates an end date in place and never a start date: only the start is ignored.
        assertThat(budget.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
            .containsExactly("time_period[0].start_date");

        JsonNode permanent = Synth.onlyResource(stack("retail-production"), "azurerm_consumption_budget_resource_group");
        assertThat(permanent.path("time_period").has("end_date")).isFalse();
        assertThat(permanent.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText).containsExactly("time_period");
    }

    @Test
    void theShareBudgetOfATemporaryTenantEndsWithItAndTheHostingsDoesNot() {
        List<JsonNode> budgets = Synth.resources(stack("shared-development"), "azurerm_consumption_budget_subscription");
        JsonNode share = budgets.stream().filter(budget -> budget.path("name").asText().equals("budget-retail-analytics-share"))
            .findFirst().orElseThrow();
        JsonNode own = budgets.stream().filter(budget -> budget.path("name").asText().equals("budget-shared-development"))
            .findFirst().orElseThrow();

        assertThat(share.path("time_period").path("end_date").asText()).isEqualTo("2027-04-01T00:00:00Z");
        assertThat(own.path("time_period").has("end_date")).isFalse();
    }

    @Test
    void aSubscriptionOfATemporaryEnvironmentHasABudgetThatEndsWithIt() {
        // One subscription per dedicated environment: the analytics one holds only the temporary environment.
        String yaml = yaml(LAST_DAY.toString()).replace("budgets: {start: 2027-01-01}\n", """
            budgets: {start: 2027-01-01}
            subscriptions:
              billingScope: /providers/Microsoft.Billing/billingAccounts/7777777/enrollmentAccounts/8888888
              layout: unit-environment
              vendingSubscriptionId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
            """).replace("tenancy: shared", "tenancy: dedicated").replace("      - name: production\n      - name: analytics\n",
                "      - name: production\n        addressSpace: 10.65.0.0/20\n      - name: analytics\n        addressSpace: 10.65.16.0/20\n");
        Path platformOut = tmp.resolve("subscriptions");
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, "temporary-subscriptions.yaml", PinnedDay.TODAY), "temporary-subscriptions.yaml",
            platformOut, stack -> { }, java.util.Set.of("platform"));

        List<JsonNode> budgets = Synth.resources(Synth.read(platformOut.resolve("stacks/platform/cdk.tf.json")),
            "azurerm_consumption_budget_subscription");
        JsonNode analytics = budgets.stream().filter(budget -> budget.path("name").asText().endsWith("retail-analytics")).findFirst()
            .orElseThrow(() -> new AssertionError("no subscription budget for retail-analytics among " + budgets));
        JsonNode production = budgets.stream().filter(budget -> budget.path("name").asText().endsWith("retail-production")).findFirst()
            .orElseThrow();
        assertThat(analytics.path("time_period").path("end_date").asText()).isEqualTo("2027-04-01T00:00:00Z");
        assertThat(production.path("time_period").has("end_date")).isFalse();
    }

    @Test
    void landingZoneJsonRecordsTheLastDayOnTheEnvironmentsStack() {
        JsonNode stacks = Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks");

        assertThat(stacks.path("retail-analytics").path("expires").asText()).isEqualTo("2027-03-31");
        assertThat(stacks.path("retail-production").has("expires")).isFalse();
        assertThat(stacks.path("shared-development").has("expires")).isFalse();

        SynthOutput output = SynthOutput.read(out);
        assertThat(output.stack("retail-analytics").orElseThrow().context().expiry()).contains(LAST_DAY);
        assertThat(output.stack("retail-production").orElseThrow().context().expiry()).isEmpty();
    }

    private static JsonNode stack(String name) {
        return Synth.read(out.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    /** The resources of {@code stack} that carry tags at all. */
    private static List<JsonNode> taggedResources(JsonNode stack) {
        Stream.Builder<JsonNode> tagged = Stream.builder();
        stack.path("resource").forEach(type -> type.forEach(resource -> {
            if (resource.path("tags").isObject()) {
                tagged.add(resource);
            }
        }));
        return tagged.build().toList();
    }
}
