package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.testing.SynthDirectory.businessUnit;
import static com.sysgenpro.landingzone.testing.SynthDirectory.kind;
import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateDiagramTest {

    @TempDir
    Path tmp;

    // The subset of Mermaid's flowchart syntax the diagram uses; every line must be one of these.
    private static final Pattern DECLARATION = Pattern.compile("\\s*(subgraph\\s+)?([A-Za-z0-9_]+)(\\[\\(\"[^\"]*\"\\)]|\\[\"[^\"]*\"])");
    private static final Pattern EDGE = Pattern.compile("\\s*([A-Za-z0-9_]+) (-->|-\\.->)(\\|\"[^\"]*\"\\|)? ([A-Za-z0-9_]+)");
    private static final Pattern CLASS = Pattern.compile("\\s*class ([A-Za-z0-9_,]+) ([A-Za-z]+)");
    private static final Pattern STYLE = Pattern.compile("\\s*style ([A-Za-z0-9_]+) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}");
    private static final Pattern OTHER = Pattern.compile("flowchart LR|\\s*classDef [A-Za-z]+ [^\\s]+( [^\\s]+)?|\\s*direction TB|\\s*end|\\s*%%.*");

    /** Checks every line against the grammar above and that every id an edge, class or style names is declared. */
    private static void assertWellFormed(String mermaid) {
        Set<String> declared = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        for (String line : mermaid.split("\n")) {
            Matcher matcher;
            if ((matcher = DECLARATION.matcher(line)).matches()) {
                assertThat(declared.add(matcher.group(2))).as("declared once: %s", line).isTrue();
            } else if ((matcher = EDGE.matcher(line)).matches()) {
                used.add(matcher.group(1));
                used.add(matcher.group(4));
            } else if ((matcher = CLASS.matcher(line)).matches()) {
                used.addAll(List.of(matcher.group(1).split(",")));
            } else if ((matcher = STYLE.matcher(line)).matches()) {
                used.add(matcher.group(1));
            } else {
                assertThat(line).as("a line of the flowchart grammar").matches(OTHER);
            }
        }
        assertThat(declared).containsAll(used);
    }

    @Test
    void referenceEstateShowsGroupsEnvironmentsAndTheirHostingWithTenancy() {
        String mermaid = EstateDiagram.of(SynthOutput.read(ReferenceOutput.directory())).mermaid();

        assertWellFormed(mermaid);
        assertThat(mermaid)
            .startsWith(EstateDiagram.MARKER + "\nflowchart LR\n")
            .contains("  mg_root[\"Northwind Distribution<br/>nwd\"]")
            .contains("  mg_corp --> mg_bu_wholesale\n")
            // Each subscription of the layout under its group, each stack under its subscription.
            .contains("  sub_wholesale_production[\"subscription<br/>nwd-wholesale-production\"]")
            .contains("  mg_bu_wholesale_prod --> sub_wholesale_production\n")
            .contains("  sub_wholesale_production --> st_wholesale_production\n")
            .contains("  mg_sandbox --> sub_shared_sandbox\n")
            .contains("  sub_shared_sandbox --> st_east_sandbox\n")
            .contains("  mg_shared_production --> sub_shared_production\n")
            .contains("  sub_shared_production --> st_shared_production\n")
            .contains("  sub_management[\"subscription<br/>nwd-management<br/>adopted\"]")
            .contains("  mg_management --> sub_management\n")
            // The hubs under the connectivity subscription, peered with each other and with the spokes outside sandbox.
            .contains("  hub_vnet_nwd_hub_weu[\"hub vnet-nwd-hub-weu<br/>westeurope\"]")
            .contains("  sub_connectivity --> hub_vnet_nwd_hub_weu\n")
            .contains("  hub_vnet_nwd_hub_neu -.->|\"global peering\"| hub_vnet_nwd_hub_weu\n")
            .contains("  st_wholesale_production -.->|\"peered\"| hub_vnet_nwd_hub_neu\n")
            .contains("  st_wholesale_production -.->|\"peered\"| hub_vnet_nwd_hub_weu\n")
            .doesNotContain("  st_wholesale_sandbox -.->|\"peered\"|")
            // Sites, each connected to its hub, labelled with how.
            .contains("  site_antwerp_dc[\"site antwerp-dc\"]")
            .contains("  site_antwerp_dc -->|\"VPN\"| hub_vnet_nwd_hub_weu\n")
            .contains("  site_liege_dc -->|\"ExpressRoute\"| hub_vnet_nwd_hub_weu\n")
            .doesNotContain("  mg_bu_wholesale_prod --> st_wholesale_production\n")
            // Dedicated: the cluster and both servers inside the unit's own subgraph, the replica dotted.
            .contains("  subgraph st_wholesale_production[\"wholesale-production<br/>production · tier-1 · dedicated\"]\n"
                + "    direction TB\n"
                + "    st_wholesale_production__aks__cluster_611F8AFF[\"AKS aks-nwd-wholesale-production-weu<br/>westeurope\"]\n")
            .contains("  st_wholesale_production__psql__database_EBDE4557 -.->|\"replica\"| st_wholesale_production__psql__database_replica_CC8B8F94")
            .contains("  style st_wholesale_production fill:#e6f4ea,stroke:#2e7d32,color:#1b3d20")
            // Shared: edges into the shared hosting's server and cluster, labelled with the tenancy and the database.
            .contains("  st_east_production[\"east-production<br/>production · tier-2 · shared\"]")
            .contains("  st_east_production -->|\"shared: odoo_east\"| st_shared_production__psql__database_EBDE4557")
            .contains("  st_east_production -->|\"shared\"| st_shared_production__aks__cluster_611F8AFF")
            // Semi-dedicated: its own server inside, the shared cluster through its node pool.
            .contains("  subgraph st_pharma_production[\"pharma-production<br/>production · tier-2 · semi-dedicated\"]")
            .contains("  st_pharma_production -->|\"semi-dedicated: node pool tpha\"| st_shared_production__aks__cluster_611F8AFF")
            .containsPattern("(?m)^  class [a-z_,]*st_east_production,[a-z_,]* shared$");
    }

    @Test
    void placesDeclaredSubscriptionsInTheirGroupAndKeepsIdsAndLabelsSafe() {
        String platform = """
            {"resource": {
              "azurerm_management_group": {
                "root": {"//": {"metadata": {"path": "platform/management-groups/root/Resource"}},
                  "name": "tst", "display_name": "Test \\"Org\\" <main>"},
                "prod": {"//": {"metadata": {"path": "platform/management-groups/bu-retail-prod/Resource"}},
                  "name": "tst-retail-prod", "parent_management_group_id": "${azurerm_management_group.root.id}"}},
              "azurerm_management_group_subscription_association": {
                "placement": {"management_group_id": "${azurerm_management_group.prod.id}",
                  "subscription_id": "/subscriptions/AAAAAAAA-0000-4000-8000-000000000001"}}
            }}
            """;
        String unit = """
            {"provider": {"azurerm": [{"subscription_id": "aaaaaaaa-0000-4000-8000-000000000001"}]},
             "resource": {"azurerm_resource_group": {"workload": {"name": "rg", "location": "westeurope"}}}}
            """;
        SynthOutput output = SynthOutput.read(new SynthDirectory()
            .stack("platform", kind("platform", null), platform)
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "shared", "bu-retail-prod"), unit)
            .stack("retail.production", businessUnit("retail", "qa", "qa", null, "dedicated", "missing-group"), """
                {"resource": {"azurerm_kubernetes_cluster": {"cluster": {"name": "aks-qa", "location": "westeurope"}}}}
                """)
            .write(tmp.resolve("out")));

        String mermaid = EstateDiagram.of(output).mermaid();

        assertWellFormed(mermaid);
        assertThat(mermaid)
            .contains("  mg_root[\"Test #quot;Org#quot; #lt;main#gt;<br/>tst\"]")
            .contains("  mg_root --> mg_bu_retail_prod")
            .contains("  sub_aaaaaaaa_0000_4000_8000_000000000001[\"subscription<br/>aaaaaaaa-0000-4000-8000-000000000001\"]")
            .contains("  mg_bu_retail_prod --> sub_aaaaaaaa_0000_4000_8000_000000000001")
            .contains("  sub_aaaaaaaa_0000_4000_8000_000000000001 --> st_retail_production\n")
            // Two stack names that sanitize alike stay two nodes; a group the platform lacks leaves the node unplaced.
            .contains("  subgraph st_retail_production_2[\"retail.production<br/>qa · dedicated\"]")
            .doesNotContain("--> st_retail_production_2");
    }

    @Test
    void markdownFencesTheSameMermaid() {
        EstateDiagram diagram = EstateDiagram.of(SynthOutput.read(ReferenceOutput.directory()));

        assertThat(diagram.markdown()).isEqualTo("```mermaid\n" + diagram.mermaid() + "```\n");
        assertThat(diagram.mermaid()).isEqualTo(EstateDiagram.of(SynthOutput.read(ReferenceOutput.directory())).mermaid());
    }
}
