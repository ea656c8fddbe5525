package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.check.SynthOutput;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import com.sysgenpro.landingzone.preview.CostEstimate.Line;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import com.sysgenpro.landingzone.preview.PriceCatalog.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CostEstimateTest {

    private static final Pattern URL = Pattern.compile("https://\\S+");
    private static final Map<String, BigDecimal> FACTORS = Map.of("hour", BigDecimal.valueOf(730),
        "day", BigDecimal.valueOf(730).divide(BigDecimal.valueOf(24), 10, RoundingMode.HALF_UP), "month", BigDecimal.ONE,
        "GiB-month", BigDecimal.ONE);

    private final PriceCatalog catalog = PriceCatalog.bundled();
    private final SynthOutput reference = SynthOutput.read(PreviewFixtures.reference());

    @Test
    void everyCatalogPriceStatesItsSourceDateAndFormula() {
        assertThat(catalog.currency()).isEqualTo("USD");
        assertThat(catalog.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(catalog.prices()).isNotEmpty().allSatisfy(price -> {
            assertThat(price.regions()).as("%s %s regions", price.kind(), price.sku()).isNotEmpty();
            assertThat(price.taken()).as("%s %s taken", price.kind(), price.sku()).isEqualTo(catalog.date().toString());
            assertThat(FACTORS).as("%s %s unit", price.kind(), price.sku()).containsKey(price.unit());
            assertThat(price.monthlyPrice()).as("%s %s monthly = %s", price.kind(), price.sku(), price.formula())
                .isEqualByComparingTo(price.unitPrice().multiply(FACTORS.get(price.unit())).setScale(4, RoundingMode.HALF_UP));
            if (price.verified()) {
                assertThat(price.source()).as("%s %s source", price.kind(), price.sku()).matches(URL);
                assertThat(price.sourceDate()).as("%s %s source date", price.kind(), price.sku()).matches("\\d{4}-\\d{2}-\\d{2}|not stated");
            } else {
                assertThat(price.sourceDate()).isNull();
                // An unverified price says where to check it.
                assertThat(price.note()).as("%s %s note", price.kind(), price.sku()).containsPattern(URL);
            }
        });
    }

    @Test
    void everyResourceTypeOfTheReferenceEstateIsPricedOrExplicitlyNotEstimated() {
        Set<String> unknown = new TreeSet<>();
        reference.stacks().forEach(stack -> stack.resources().stream().map(TerraformResource::type)
            .filter(type -> catalog.treatment(type).isEmpty()).forEach(unknown::add));
        assertThat(unknown).as("resource types the catalog does not classify").isEmpty();
    }

    @Test
    void everySkuTheReferenceEstateUsesHasAPrice() {
        CostEstimate estimate = CostEstimate.of(reference, catalog);

        assertThat(estimate.stacks().stream().flatMap(stack -> stack.unpriced().stream()).filter(unpriced -> !unpriced.usageBased()))
            .as("resources left out for want of a price").isEmpty();
        assertThat(estimate.stacks().stream().flatMap(stack -> stack.unpriced().stream()).map(CostEstimate.Unpriced::type).distinct())
            .as("usage-based types are listed").contains("azurerm_storage_account", "azurerm_log_analytics_workspace", "azurerm_key_vault");
    }

    @Test
    void wholesaleProductionIsPricedItemByItem() {
        StackCost stack = CostEstimate.of(reference, catalog).stack("wholesale-production").orElseThrow();

        // Lines follow resource addresses; the private DNS zone (the recovery network's registry zone: the others are the
        // estate's, in the connectivity stack) is counted apart.
        assertThat(stack.lines()).filteredOn(line -> !line.type().equals("azurerm_private_dns_zone"))
            .extracting(line -> line.item() + " @ " + line.region() + " = " + line.monthly().setScale(2, RoundingMode.HALF_UP))
            .containsExactly(
                // Each geo-replica adds the registry fee: the tier-1 unit's registry replicates into its recovery region.
                "Premium registry, 1 geo-replica(s) @ westeurope = 101.41",
                "protected PostgreSQL flexible server @ westeurope = 10.00",
                "AKS Standard tier @ westeurope = 73.00",
                "default node pool: 3 × Standard_D4ds_v5 (min_count; up to 5 when scaled out) @ westeurope = 578.16",
                "node pool odoo: 3 × Standard_D8ds_v5 (min_count; up to 12 when scaled out) @ westeurope = 1156.32",
                "Balanced_B3, high availability @ westeurope = 245.28",
                // The replica sits in the recovery region and is priced there; it has no high availability of its own.
                "GP_Standard_D4ds_v5, read replica @ northeurope = 259.88",
                "256 GiB storage @ northeurope = 29.44",
                "GP_Standard_D4ds_v5, high availability (× 2) @ westeurope = 519.76",
                "256 GiB storage (× 2) @ westeurope = 58.88",
                "private endpoint @ westeurope = 7.30",
                // The registry's endpoint in the recovery network, for a cluster rebuilt there.
                "private endpoint @ northeurope = 7.30",
                "private endpoint @ westeurope = 7.30",
                "private endpoint @ westeurope = 7.30",
                "private endpoint @ westeurope = 7.30");
        assertThat(stack.lines()).filteredOn(line -> line.type().equals("azurerm_private_dns_zone")).hasSize(1)
            .allSatisfy(line -> assertThat(line.monthly()).isEqualByComparingTo("0.50"));
    }

    @Test
    void managedOsDisksArePricedAndEphemeralOnesAreNot() {
        StackCost sandbox = CostEstimate.of(reference, catalog).stack("wholesale-sandbox").orElseThrow();

        assertThat(sandbox.lines()).extracting(Line::item)
            .contains("default node pool: 1 × managed OS disk 128 GiB (P10)")
            .noneMatch(item -> item.startsWith("node pool odoo: 0 × managed OS disk"));
        StackCost production = CostEstimate.of(reference, catalog).stack("wholesale-production").orElseThrow();
        assertThat(production.lines()).extracting(Line::item).noneMatch(item -> item.contains("OS disk"));
    }

    @Test
    void totalsPerBusinessUnitAndEnvironmentAddUpToTheWhole() {
        CostEstimate estimate = CostEstimate.of(reference, catalog);

        BigDecimal total = estimate.total();
        assertThat(estimate.byBusinessUnit().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        assertThat(estimate.byEnvironment().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        assertThat(estimate.byBusinessUnit()).containsKeys("(platform)", "(shared hosting)", "wholesale", "ecommerce", "pharma");
        assertThat(estimate.byEnvironment()).containsOnlyKeys("(platform)", "production", "staging", "sandbox");
    }

    @Test
    void unverifiedPricesAreFlaggedInTheReport() {
        CostEstimate estimate = CostEstimate.of(reference, catalog);
        String markdown = estimate.markdown();

        assertThat(estimate.usesUnverifiedPrices()).isEqualTo(catalog.prices().stream().anyMatch(price -> !price.verified()));
        assertThat(markdown).contains("estimate at USD pay-as-you-go list prices, price catalog of 2026-11-23")
            .contains("**Not estimated**").contains("`azurerm_storage_account` (12)");
        for (Price price : catalog.prices()) {
            if (!price.verified() && price.kind().equals("vm") && price.sku().equals("Standard_D4ds_v5")) {
                assertThat(markdown).contains("| vm | Standard_D4ds_v5 | " + String.join(", ", price.regions()));
            }
        }
        assertThat(markdown).contains("† unverified");
    }
}
