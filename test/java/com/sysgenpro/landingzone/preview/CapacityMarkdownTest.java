package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.output.HostingCapacity;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capacity section of ./lz cost, read from the capacity landing-zone.json records per shared hosting. */
class CapacityMarkdownTest {

    private static final String HOSTING = """
        {"resource": {"azurerm_public_ip": {"ingress_1": {"name": "pip-1", "location": "westeurope", "sku": "Standard"}}}}
        """;

    @TempDir
    Path tmp;

    /** A capacity entry as EstateDescription writes it: 3 shared production tenants and a semi-dedicated one. */
    private static Map<String, Object> capacity() {
        Map<String, Object> capacity = new LinkedHashMap<>();
        capacity.put("tenants", 3);
        capacity.put("cacheTenants", 4);
        capacity.put("requestedCpu", 48);
        capacity.put("requestedMemoryGi", 192);
        capacity.put("cpuOvercommit", 1.5);
        capacity.put("memoryOvercommit", 1.0);
        capacity.put("nodeSize", "Standard_D8ds_v5");
        capacity.put("nodesMin", 3);
        capacity.put("nodesMax", 12);
        capacity.put("nodesMost", 30);
        capacity.put("cpuCapacity", 144);
        capacity.put("memoryCapacityGi", 384);
        capacity.put("postgresSku", "GP_Standard_D4ds_v5");
        capacity.put("connectionsNeeded", 315);
        capacity.put("maxConnections", 400);
        capacity.put("redisSku", "Balanced_B3");
        capacity.put("cacheNeededMb", 2048);
        capacity.put("cacheMb", 3072);
        return capacity;
    }

    private CostEstimate estimate(Map<String, Object> capacity) {
        Map<String, Object> hosting = SynthDirectory.kind("shared-hosting", "production");
        hosting.put("capacity", capacity);
        Path dir = new SynthDirectory().stack("shared-production", hosting, HOSTING).write(tmp.resolve("out"));
        return CostEstimate.of(SynthOutput.read(dir), PriceCatalog.bundled());
    }

    @Test
    void theCostReportShowsEachSharedHostingsTenantsRequestsRatioBoundsDatabaseCacheAndHeadroom() {
        CostEstimate estimate = estimate(capacity());
        HostingCapacity read = estimate.capacities().get("shared-production");
        assertThat(read.nodesMax()).isEqualTo(12);
        assertThat(read.overrideReason()).isNull();

        String markdown = estimate.markdown();
        assertThat(markdown).contains("### Capacity per shared hosting",
            "| `shared-production` | 3 (4 on the cache) | 48 / 192 GiB | 1.5 / 1.0 | 3–12 × Standard_D8ds_v5 (most 30) | 96 / 192 GiB"
                + " | GP_Standard_D4ds_v5, max_connections 400 (315 needed) | Balanced_B3 (2048 of 3072 MB) |")
            .doesNotContain("**Oversubscribed**");
        // After the showback, before the items.
        assertThat(markdown.indexOf("### Capacity per shared hosting")).isGreaterThan(markdown.indexOf("### Per environment"))
            .isLessThan(markdown.indexOf("### Items"));
        assertThat(CostMarkdown.comparison(estimate, estimate)).contains("<details><summary>Capacity (head)</summary>");
    }

    @Test
    void anOversubscribedHostingShowsItsShortfallsAndTheReasonThatAcceptsThem() {
        Map<String, Object> capacity = capacity();
        capacity.put("shortfalls", List.of("its Odoo pool needs 34 × Standard_D8ds_v5 for 17 shared tenants' quotas"));
        capacity.put("overrideReason", "Two weeks of parallel running");
        String markdown = estimate(capacity).markdown();

        assertThat(markdown).contains("**Oversubscribed**",
            "- `shared-production`: its Odoo pool needs 34 × Standard_D8ds_v5 for 17 shared tenants' quotas; accepted: Two weeks of"
                + " parallel running");
    }

    @Test
    void anOutputWithoutCapacityHasNoSection() {
        Path dir = new SynthDirectory().stack("shared-production", SynthDirectory.kind("shared-hosting", "production"), HOSTING)
            .write(tmp.resolve("old"));
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(dir), PriceCatalog.bundled());

        assertThat(estimate.capacities()).isEmpty();
        assertThat(estimate.markdown()).doesNotContain("Capacity per shared hosting");
    }
}
