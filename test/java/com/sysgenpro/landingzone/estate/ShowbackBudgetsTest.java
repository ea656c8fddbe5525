package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.Budget;
import com.sysgenpro.landingzone.output.AllocationKey;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.CostEstimate;
import com.sysgenpro.landingzone.preview.PriceCatalog;
import com.sysgenpro.landingzone.preview.Showback;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.Synth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The showback key in landing-zone.json and the budgets of shared hosting: the hosting's own, its tenants' share budgets
 * on its scope, and the tenants' resource group budgets holding the rest of their budgets.
 */
class ShowbackBudgetsTest {

    private static final List<String> STACKS = List.of("shared-production", "north-production", "south-production", "east-production",
        "pharma-production");

    @TempDir
    static Path tmp;

    private static Estate estate;
    private static EstatePlan plan;
    private static Path out;

    @BeforeAll
    static void synthesize() {
        estate = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);
        plan = EstatePlan.of(estate);
        out = tmp.resolve("out");
        EstateSynthesizer.synthesize(estate, "test", out, stack -> { }, Set.copyOf(STACKS));
    }

    @Test
    void landingZoneJsonRecordsEachSharedHostingsTenantsAndTheirWeights() {
        JsonNode allocation = Synth.read(out.resolve(SynthOutput.DESCRIPTION_FILE)).path("stacks").path("shared-production").path("allocation");
        assertThat(allocation.path("basis").asText()).isEqualTo("requests.cpu");
        SharedHosting hosting = hosting("shared-production");
        assertThat(allocation.path("tenants")).hasSize(hosting.tenants().size());
        JsonNode pharma = tenant(allocation, "pharma-production");
        assertThat(pharma.path("businessUnit").asText()).isEqualTo("pharma");
        assertThat(pharma.path("environment").asText()).isEqualTo("production");
        assertThat(pharma.path("tenancy").asText()).isEqualTo("semi-dedicated");
        // The production class's namespace quota requests 16 CPU.
        assertThat(pharma.path("weight").asInt()).isEqualTo(16);
        assertThat(tenant(allocation, "north-production").path("tenancy").asText()).isEqualTo("shared");

        AllocationKey key = SynthOutput.read(out).allocationKeys().get("shared-production");
        assertThat(key.tenants()).extracting(AllocationKey.Tenant::stack)
            .containsExactlyElementsOf(hosting.tenants().stream().map(Placement::stackName).toList());
        assertThat(key.totalWeight()).isEqualTo(16L * hosting.tenants().size());
        // Only shared hosting stacks carry a key; a tenant's own stack has none.
        assertThat(SynthOutput.read(out).allocationKeys()).containsOnlyKeys("shared-production");
    }

    @Test
    void theSynthesizedHostingsEstimateIsAllocatedExactlyToItsTenants() {
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(out), PriceCatalog.bundled());
        Showback.Hosting hosting = Showback.of(estimate).hosting("shared-production").orElseThrow();
        BigDecimal cost = estimate.stack("shared-production").orElseThrow().total().setScale(2, RoundingMode.HALF_UP);

        assertThat(cost).isPositive();
        assertThat(hosting.allocated()).isEqualByComparingTo(cost);
        // The shared server holds the shared tenants' data: the semi-dedicated tenant, at the same weight, is allocated less.
        BigDecimal pharma = hosting.share("pharma-production").orElseThrow().allocated();
        assertThat(pharma).isLessThan(hosting.share("north-production").orElseThrow().allocated());
        assertThat(Showback.of(estimate).byBusinessUnit()).doesNotContainKey("(shared hosting)");
        // Nothing is lost or counted twice: the units' totals add up to the estimate's, but for rounding to the cent.
        BigDecimal units = Showback.of(estimate).byBusinessUnit().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(units.subtract(estimate.total()).abs()).isLessThan(new BigDecimal("0.01"));
    }

    @Test
    void theHostingHasABudgetForThePlatformOwnerOnItsGroupAndItsNodeGroup() {
        JsonNode stack = stack("shared-production");
        JsonNode budget = budget(stack, "budget-shared-production");
        SharedHosting hosting = hosting("shared-production");
        int allotments = hosting.tenants().stream().mapToInt(ShowbackKey::shareAllotment).sum();

        assertThat(budget.path("amount").asDouble()).isEqualTo(allotments);
        // The subscription of the hosting's own resource group.
        assertThat(budget.path("subscription_id").asText()).matches("/subscriptions/\\$\\{element\\(split\\(\"/\", azurerm_resource_group\\.hosting_[0-9A-F]+\\.id\\), 2\\)}");
        JsonNode dimension = budget.path("filter").path("dimension").get(0);
        assertThat(dimension.path("name").asText()).isEqualTo("ResourceGroupName");
        assertThat(dimension.path("operator").asText()).isEqualTo("In");
        assertThat(dimension.path("values")).extracting(JsonNode::asText).hasSize(2)
            .anySatisfy(value -> assertThat(value).startsWith("${azurerm_resource_group.hosting").endsWith(".name}"))
            .anySatisfy(value -> assertThat(value).startsWith("${azurerm_kubernetes_cluster.cluster").endsWith(".node_resource_group}"));
        assertThat(budget.path("time_grain").asText()).isEqualTo("Monthly");
        // The reference estate's budgets start no earlier than its budgets.start; Terraform fixes the month at creation.
        assertThat(budget.path("time_period").path("start_date").asText()).contains("timecmp(\"2027-01-01T00:00:00Z\"")
            .contains("timestamp()");
        assertThat(budget.path("time_period").has("end_date")).isFalse();
        assertThat(budget.path("notification")).isNotEmpty().allSatisfy(notification ->
            assertThat(notification.path("contact_emails")).extracting(JsonNode::asText).containsExactly(estate.platformOwner()));
    }

    @Test
    void eachTenantHasAShareBudgetOnTheHostingsScopeAtTheCostWhereItsShareReachesItsAllotment() {
        JsonNode stack = stack("shared-production");
        SharedHosting hosting = hosting("shared-production");
        Placement north = tenant(hosting, "north-production");
        JsonNode share = budget(stack, "budget-north-production-share");
        int weights = hosting.tenants().stream().mapToInt(ShowbackKey::weight).sum();

        // North's share is 16/weights of the hosting: its allotment (90 % of 6,000) is reached at allotment × weights / 16.
        assertThat(north.monthlyBudget()).isEqualTo(6_000);
        assertThat(ShowbackKey.shareAllotment(north)).isEqualTo(5_400);
        assertThat(share.path("amount").asDouble()).isEqualTo(5_400.0 * weights / 16);
        assertThat(share.path("subscription_id")).isEqualTo(budget(stack, "budget-shared-production").path("subscription_id"));
        assertThat(share.path("filter")).isEqualTo(budget(stack, "budget-shared-production").path("filter"));
        assertThat(share.path("notification")).allSatisfy(notification ->
            assertThat(notification.path("contact_emails")).extracting(JsonNode::asText).containsExactly(north.unit().owner()));
        // A semi-dedicated tenant brings its own pool and servers: half its budget is set against its share.
        Placement pharma = tenant(hosting, "pharma-production");
        assertThat(budget(stack, "budget-pharma-production-share").path("amount").asDouble())
            .isEqualTo(Math.ceil(pharma.monthlyBudget() / 2.0 * weights / 16));
        assertThat(budgets(stack)).hasSize(1 + hosting.tenants().size());
    }

    @Test
    void aTenantsOwnGroupBudgetWatchesTheRestOfItsBudget() {
        JsonNode north = Synth.onlyResource(stack("north-production"), "azurerm_consumption_budget_resource_group");
        assertThat(north.path("name").asText()).isEqualTo("budget-north-production");
        assertThat(north.path("amount").asDouble()).isEqualTo(600);
        Placement pharma = tenant(hosting("shared-production"), "pharma-production");
        assertThat(Synth.onlyResource(stack("pharma-production"), "azurerm_consumption_budget_resource_group").path("amount").asDouble())
            .isEqualTo(pharma.monthlyBudget() - pharma.monthlyBudget() / 2);
    }

    @Test
    void longBudgetNamesStayWithinAzuresLimitAndUnique() {
        String stack = "a-very-long-business-unit-name-for-testing-limits-production";
        String share = ShowbackBudgets.name(stack, "-share");
        assertThat(share).hasSizeLessThanOrEqualTo(63).startsWith("budget-a-very-long").endsWith("-share").matches("[-_A-Za-z0-9]+");
        assertThat(ShowbackBudgets.name(stack + "2", "-share")).isNotEqualTo(share).hasSizeLessThanOrEqualTo(63);
        assertThat(ShowbackBudgets.name("north-production", "-share")).isEqualTo("budget-north-production-share");
    }

    @Test
    void failsAResourceGroupBudgetWithAResourceGroupFilter() {
        assertThatThrownBy(() -> Synth.stack(stack -> Budget.Builder.create(stack, "budget").name("budget-x")
            .resourceGroupId("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-x").amount(10)
            .resourceGroupNames(List.of("rg-y")).contactEmails(List.of("finance@example.com")).build()))
            .hasMessageContaining("resourceGroupNames");
    }

    private static SharedHosting hosting(String name) {
        return plan.sharedHosting().values().stream().filter(hosting -> hosting.stackName().equals(name)).findFirst().orElseThrow();
    }

    private static Placement tenant(SharedHosting hosting, String stack) {
        return hosting.tenants().stream().filter(tenant -> tenant.stackName().equals(stack)).findFirst().orElseThrow();
    }

    private static JsonNode tenant(JsonNode allocation, String stack) {
        for (JsonNode tenant : allocation.path("tenants")) {
            if (tenant.path("stack").asText().equals(stack)) {
                return tenant;
            }
        }
        throw new AssertionError("no tenant " + stack + " in " + allocation);
    }

    private static JsonNode stack(String name) {
        return Synth.read(out.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static Map<String, JsonNode> budgets(JsonNode stack) {
        Map<String, JsonNode> budgets = new TreeMap<>();
        Synth.resources(stack, "azurerm_consumption_budget_subscription").forEach(budget -> budgets.put(budget.path("name").asText(), budget));
        return budgets;
    }

    private static JsonNode budget(JsonNode stack, String name) {
        JsonNode budget = budgets(stack).get(name);
        assertThat(budget).as("budget " + name + " among " + budgets(stack).keySet()).isNotNull();
        return budget;
    }
}
