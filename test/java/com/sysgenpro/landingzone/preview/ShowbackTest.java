package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.Showback.Hosting;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared hosting's estimate allocated to its tenants by the showback key in landing-zone.json. */
class ShowbackTest {

    private static final String PUBLIC_IPS = """
        {"resource": {"azurerm_public_ip": {
          "ingress_1": {"name": "pip-1", "location": "westeurope", "sku": "Standard"},
          "ingress_2": {"name": "pip-2", "location": "westeurope", "sku": "Standard"},
          "ingress_3": {"name": "pip-3", "location": "westeurope", "sku": "Standard"}}}}
        """;
    private static final String HOSTING_WITH_DATABASE = """
        {"resource": {
          "azurerm_public_ip": {"ingress_1": {"name": "pip-1", "location": "westeurope", "sku": "Standard"}},
          "azurerm_postgresql_flexible_server": {"database_1": {"name": "psql", "location": "westeurope",
            "sku_name": "GP_Standard_D2ds_v5", "storage_mb": 131072}}}}
        """;
    private static final String TENANT = """
        {"resource": {"azurerm_public_ip": {"own_1": {"name": "pip-own", "location": "westeurope", "sku": "Standard"}}}}
        """;

    @TempDir
    Path tmp;

    private final PriceCatalog catalog = PriceCatalog.bundled();

    @Test
    void twoTenantsWithDifferentQuotasGetAllocationsInThatRatioAddingUpToTheHostingsCost() {
        // A production quota requests 16 CPU, a staging one 4: the first tenant carries four fifths of the hosting.
        CostEstimate estimate = estimate(PUBLIC_IPS, tenant("big", "production", "shared", 16), tenant("small", "staging", "shared", 4));
        Hosting hosting = Showback.of(estimate).hosting("shared-production").orElseThrow();
        BigDecimal cost = estimate.stack("shared-production").orElseThrow().total().setScale(2, RoundingMode.HALF_UP);
        BigDecimal big = hosting.share("big-production").orElseThrow().allocated();
        BigDecimal small = hosting.share("small-staging").orElseThrow().allocated();

        assertThat(cost).isPositive();
        assertThat(big.add(small)).isEqualByComparingTo(cost);
        assertThat(hosting.allocated()).isEqualByComparingTo(cost);
        // In the ratio of the weights, to the cent that rounding hands to one of them.
        assertThat(big.subtract(small.multiply(BigDecimal.valueOf(4))).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        assertThat(big).isEqualByComparingTo(cost.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP));
        // The tenant's own stack counts beside its share.
        assertThat(hosting.share("big-production").orElseThrow().own())
            .isEqualByComparingTo(estimate.stack("big-production").orElseThrow().total());
    }

    @Test
    void perUnitAndEnvironmentTotalsIncludeTheSharesAndNoLongerShowTheHostingApart() {
        CostEstimate estimate = estimate(PUBLIC_IPS, tenant("big", "production", "shared", 16), tenant("small", "staging", "shared", 4));
        Showback showback = Showback.of(estimate);
        Hosting hosting = showback.hosting("shared-production").orElseThrow();

        assertThat(estimate.byBusinessUnit()).containsKey("(shared hosting)");
        assertThat(showback.byBusinessUnit()).doesNotContainKey("(shared hosting)").containsOnlyKeys("big", "small");
        assertThat(showback.byBusinessUnit().get("small")).isEqualByComparingTo(
            estimate.stack("small-staging").orElseThrow().total().add(hosting.share("small-staging").orElseThrow().allocated()));
        assertThat(showback.byEnvironment()).containsOnlyKeys("production", "staging");
        assertThat(showback.byEnvironment().get("staging")).isEqualByComparingTo(showback.byBusinessUnit().get("small"));
    }

    @Test
    void theSharedServerIsAllocatedAmongSharedTenantsOnlyAndTheRestAmongAll() {
        CostEstimate estimate = estimate(HOSTING_WITH_DATABASE, tenant("big", "production", "shared", 16),
            tenant("pharma", "production", "semi-dedicated", 16));
        Hosting hosting = Showback.of(estimate).hosting("shared-production").orElseThrow();

        assertThat(hosting.data()).isPositive();
        assertThat(hosting.data().add(hosting.common())).isEqualByComparingTo(hosting.total());
        // Equal weights: the semi-dedicated tenant, with a server of its own, pays half the common part and none of the data
        // (the odd cent of the common part goes to the tenant first in estate order).
        BigDecimal half = hosting.common().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        assertThat(hosting.share("pharma-production").orElseThrow().allocated()).isEqualByComparingTo(half);
        assertThat(hosting.share("big-production").orElseThrow().allocated())
            .isEqualByComparingTo(hosting.data().add(hosting.common().subtract(half)));
        assertThat(hosting.allocated()).isEqualByComparingTo(hosting.total());
    }

    @Test
    void largestRemainderHandsLeftOverCentsOutDeterministically() {
        // 100 cents in thirds: 33.33… each, the one cent left to the first.
        assertThat(Showback.largestRemainder(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        // 10 cents as 16:4:1 → 7.62, 1.90, 0.48: floors 7, 1, 0 and two cents to the largest remainders (.90 and .62).
        assertThat(Showback.largestRemainder(10, new long[] {16, 4, 1})).containsExactly(8, 2, 0);
        assertThat(Showback.largestRemainder(0, new long[] {3, 1})).containsExactly(0, 0);
    }

    @Test
    void theCostMarkdownHasAShowbackSectionAndAllocatedUnitTotals() {
        CostEstimate estimate = estimate(PUBLIC_IPS, tenant("big", "production", "shared", 16), tenant("small", "staging", "shared", 4));
        String markdown = estimate.markdown();

        assertThat(markdown).contains("### Showback", "`requests.cpu`", "| `big-production` | big | production | shared | 16 / 20 |",
            "| business unit | own stacks | shared hosting allocated | monthly |")
            .doesNotContain("\n| (shared hosting) |", "not allocated to business units");
        assertThat(CostMarkdown.comparison(estimate, estimate)).contains("<details><summary>Showback (head)</summary>")
            .doesNotContain("not allocated to business units");
    }

    @Test
    void anOutputWithoutAKeyKeepsTheHostingApart() {
        Path dir = new SynthDirectory()
            .stack("shared-production", SynthDirectory.kind("shared-hosting", "production"), PUBLIC_IPS)
            .write(tmp.resolve("old"));
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(dir), catalog);

        assertThat(Showback.of(estimate).isEmpty()).isTrue();
        assertThat(estimate.markdown()).contains("| (shared hosting) |", "not allocated to business units");
    }

    private static Map<String, Object> tenant(String unit, String environment, String tenancy, int weight) {
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("businessUnit", unit);
        tenant.put("environment", environment);
        tenant.put("tenancy", tenancy);
        tenant.put("stack", unit + "-" + environment);
        tenant.put("weight", weight);
        return tenant;
    }

    @SafeVarargs
    private CostEstimate estimate(String hostingConfig, Map<String, Object>... tenants) {
        Map<String, Object> hosting = SynthDirectory.kind("shared-hosting", "production");
        hosting.put("tenancy", "shared");
        hosting.put("allocation", Map.of("basis", "requests.cpu", "tenants", List.of(tenants)));
        SynthDirectory output = new SynthDirectory().stack("shared-production", hosting, hostingConfig);
        for (Map<String, Object> tenant : tenants) {
            output.stack((String) tenant.get("stack"), SynthDirectory.businessUnit((String) tenant.get("businessUnit"),
                (String) tenant.get("environment"), "production", null, (String) tenant.get("tenancy"), "shared-production"), TENANT);
        }
        return CostEstimate.of(SynthOutput.read(output.write(tmp.resolve("out"))), catalog);
    }
}
