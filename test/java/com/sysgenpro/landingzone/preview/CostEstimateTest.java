package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.preview.CostEstimate.Gap;
import com.sysgenpro.landingzone.preview.CostEstimate.Line;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import com.sysgenpro.landingzone.preview.PriceCatalog.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CostEstimateTest {

    private static final Pattern URL = Pattern.compile("https://\\S+");
    /** A file of a public repository at a commit: where a recorded API response or a generated price table was read. */
    private static final Pattern REPOSITORY_FILE = Pattern.compile("github:[\\w.-]+/[\\w.-]+/\\S+@[0-9a-f]{40}");
    private static final Map<String, BigDecimal> MONTHLY = Map.of("1 Hour", BigDecimal.valueOf(730),
        "1/Day", BigDecimal.valueOf(730).divide(BigDecimal.valueOf(24), 10, RoundingMode.HALF_UP), "1/Month", BigDecimal.ONE,
        "1 GB/Month", BigDecimal.ONE);

    private final PriceCatalog catalog = PriceCatalog.bundled();
    private final SynthOutput reference = SynthOutput.read(PreviewFixtures.reference());

    @Test
    void everySnapshotPriceStatesItsSourceDateAndFormula() {
        assertThat(catalog.currency()).isEqualTo("USD");
        assertThat(catalog.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(catalog.prices()).isNotEmpty().allSatisfy(price -> {
            String name = price.kind() + " " + price.sku() + " " + price.regionLabel();
            assertThat(LocalDate.parse(price.taken())).as("%s taken", name).isBeforeOrEqualTo(catalog.date());
            assertThat(MONTHLY).as("%s unit of measure", name).containsKey(price.unitOfMeasure());
            assertThat(price.monthlyPrice()).as("%s monthly", name).isEqualByComparingTo(
                price.unitPrice().multiply(price.unitsPerSku()).multiply(MONTHLY.get(price.unitOfMeasure())).setScale(4, RoundingMode.HALF_UP));
            if (price.verified()) {
                assertThat(price.source()).as("%s source", name).matches(source -> URL.matcher(source).matches()
                    || REPOSITORY_FILE.matcher(source).matches(), "a web address or a repository file at a commit");
                assertThat(price.sourceDate()).as("%s source date", name).matches("\\d{4}-\\d{2}-\\d{2}.*|not stated");
            } else {
                assertThat(price.sourceDate()).isNull();
                // An unverified price says where to check it.
                assertThat(price.note()).as("%s note", name).containsPattern(URL);
            }
        });
    }

    @Test
    void theSnapshotCoversEveryExampleRegionForVirtualMachines() {
        // Each region of the reference estate's and the examples' regions.allowed has a published figure for the node sizes.
        for (String region : List.of("westeurope", "northeurope", "uksouth", "ukwest", "germanywestcentral", "germanynorth",
            "francecentral", "francesouth", "swedencentral", "swedensouth")) {
            for (String size : List.of("Standard_D2ds_v5", "Standard_D4ds_v5", "Standard_D8ds_v5", "Standard_D16ds_v5")) {
                assertThat(catalog.find("vm", size, region)).as("%s in %s", size, region)
                    .hasValueSatisfying(price -> assertThat(price.verified()).isTrue());
            }
        }
        assertThat(catalog.regions()).contains("uksouth", "germanywestcentral", "francecentral", "swedencentral");
    }

    @Test
    void failsOnASnapshotWithProblemsNamingEachItem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String item = "{\"kind\":\"vm\",\"sku\":\"Standard_D4ds_v5\",\"armRegionName\":\"westeurope\",\"unitPrice\":0.272,"
            + "\"unitOfMeasure\":\"1 Hour\",\"currencyCode\":\"USD\",\"source\":\"unverified\"}";
        JsonNode snapshot = json.readTree("{\"date\":\"2026-12-03\",\"BillingCurrency\":\"USD\",\"Items\":[" + item + "," + item + ","
            + "{\"kind\":\"vm\",\"sku\":\"Standard_D8ds_v5\",\"unitPrice\":0.5,\"unitOfMeasure\":\"1 Fortnight\",\"currencyCode\":\"EUR\"}]}");

        assertThatThrownBy(() -> PriceCatalog.parse(snapshot, "mine.json")).isInstanceOf(InvalidPriceCatalogException.class)
            .hasMessageContaining("mine.json: 4 problem(s)")
            .hasMessageContaining("Items[1]: a second price for vm Standard_D4ds_v5 in westeurope (the first is Items[0]); keep one")
            .hasMessageContaining("Items[2].unitOfMeasure: '1 Fortnight' is not one the estimator converts to a month")
            .hasMessageContaining("Items[2].currencyCode: 'EUR' differs from the snapshot's USD")
            .hasMessageContaining("Items[2].source: missing");
    }

    @Test
    void everyResourceTypeOfTheReferenceEstateIsPricedOrExplicitlyNotEstimated() {
        Set<String> unknown = new TreeSet<>();
        reference.stacks().forEach(stack -> stack.resources().stream().map(TerraformResource::type)
            .filter(type -> catalog.treatment(type).isEmpty()).forEach(unknown::add));
        assertThat(unknown).as("resource types the catalog does not classify").isEmpty();
    }

    @Test
    void theReferenceEstateLacksOnlyItsGatewayAndNorthEuropeResolverPricesAndSaysSo() {
        CostEstimate estimate = CostEstimate.of(reference, catalog);

        // No published figure was found for VPN and ExpressRoute gateways, nor for a resolver endpoint outside westeurope:
        // those lines are unpriced for want of a regional price, and only those.
        assertThat(estimate.stacks().stream().flatMap(stack -> stack.unpriced().stream()).filter(unpriced -> unpriced.gap() != Gap.USAGE_BASED))
            .extracting(unpriced -> unpriced.gap() + " " + unpriced.reason())
            .containsExactlyInAnyOrder(
                "NO_REGIONAL_PRICE DNS private resolver inbound endpoint: no dns-resolver-endpoint price for inbound in northeurope"
                    + " (the snapshot prices it elsewhere)",
                "NO_REGIONAL_PRICE ExpressRoute gateway ErGw1AZ: no virtual-network-gateway price for ErGw1AZ in westeurope",
                "NO_REGIONAL_PRICE VPN gateway VpnGw1AZ: no virtual-network-gateway price for VpnGw1AZ in westeurope");
        assertThat(estimate.complete()).isFalse();
        assertThat(estimate.incompleteLines()).isEqualTo(3);
        assertThat(estimate.markdown()).contains("** a month ‡ **incomplete**")
            .contains("‡ **The total is incomplete:** 3 item(s) that are not usage-based have no price (3 for want of a regional price")
            .contains("### Unpriced for want of a regional price ‡");
        assertThat(estimate.stacks().stream().flatMap(stack -> stack.unpriced().stream()).map(CostEstimate.Unpriced::type).distinct())
            .as("usage-based types are listed").contains("azurerm_storage_account", "azurerm_log_analytics_workspace", "azurerm_key_vault");
    }

    @Test
    void firewallsArePricedByTier() {
        StackCost connectivity = CostEstimate.of(reference, catalog).stack("connectivity").orElseThrow();

        assertThat(connectivity.lines()).filteredOn(line -> line.type().equals("azurerm_firewall")).isNotEmpty()
            .allSatisfy(line -> assertThat(line.item()).matches("Azure Firewall (Standard|Premium) deployment"));
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
                "default node pool: 3 × Standard_D4ds_v5 (min_count; up to 5 when scaled out) @ westeurope = 595.68",
                "node pool odoo: 3 × Standard_D8ds_v5 (min_count; up to 12 when scaled out) @ westeurope = 1191.36",
                "Balanced_B3, high availability @ westeurope = 245.28",
                // The replica sits in the recovery region and is priced there; it has no high availability of its own.
                "GP_Standard_D4ds_v5, read replica @ northeurope = 259.88",
                "256 GiB storage @ northeurope = 29.44",
                "GP_Standard_D4ds_v5, high availability (× 2) @ westeurope = 519.76",
                // westeurope's storage price is a recorded API item, northeurope's a recalled one.
                "256 GiB storage (× 2) @ westeurope = 70.09",
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
        assertThat(markdown).contains("estimate at USD pay-as-you-go list prices, price snapshot of 2026-12-03")
            .contains("**Not estimated**").contains("`azurerm_storage_account` (12)");
        for (Price price : catalog.prices()) {
            if (!price.verified() && price.kind().equals("managed-redis") && price.sku().equals("Balanced_B3")
                && price.armRegionName().equals("westeurope")) {
                assertThat(markdown).contains("| managed-redis | Balanced_B3 | westeurope | " + price.unitPrice().toPlainString() + " / 1 Hour |");
            }
        }
        assertThat(markdown).contains("† unverified");
    }
}
