package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.ResourceChange.Action;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    @TempDir
    Path tmp;

    private PreviewReport compare(Path base, Path head) {
        return Preview.compare(SynthOutput.read(base), SynthOutput.read(head), List.of(), PriceCatalog.bundled(), PreviewFixtures.TODAY);
    }

    @Test
    void referenceAgainstAChangedCopyMatchesItsGoldenFile() {
        String markdown = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp)).markdown();

        GoldenFiles.assertMatchesText("preview", "reference-vs-changed.md", markdown);
    }

    @Test
    void removedProductionDatabaseIsCalledOutBeforeAnythingElse() {
        String markdown = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp)).markdown();

        List<String> lines = markdown.lines().toList();
        assertThat(lines.get(0)).isEqualTo(PreviewReport.MARKER);
        assertThat(lines.get(3)).isEqualTo("> [!CAUTION]");
        int caution = markdown.indexOf("> [!CAUTION]");
        int database = markdown.indexOf("`wholesale-production`: PostgreSQL flexible server `psql-nwd-wholesale-production-weu`"
            + " (`azurerm_postgresql_flexible_server.database_EBDE4557`) is **removed**");
        assertThat(database).as("the removal in the caution block").isGreaterThan(caution);
        assertThat(database).as("before the summary").isLessThan(markdown.indexOf("stacks change**"));
    }

    @Test
    void changedArgumentsAreListedWithNestedPathsAndSecretsMasked() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp));

        ResourceChange database = only(report, "shared-staging", "azurerm_postgresql_flexible_server.database_EBDE4557");
        assertThat(database.action()).isEqualTo(Action.UPDATE);
        assertThat(database.attributes()).containsExactly(
            new AttributeChange("administrator_password", "(none)", "(secret, not shown)", false),
            new AttributeChange("high_availability.mode", "(none)", "\"ZoneRedundant\"", false),
            new AttributeChange("sku_name", "\"GP_Standard_D2ds_v5\"", "\"GP_Standard_D4ds_v5\"", false));
        assertThat(report.markdown()).doesNotContain("Sup3r-Secret-Value!");

        ResourceChange storage = only(report, "pharma-production", "azurerm_storage_account.storage_8D9329BE");
        assertThat(storage.attributes()).extracting(AttributeChange::path).containsExactly("public_network_access_enabled", "tags.owner");
    }

    @Test
    void aNewConstructIdIsAnAddressChangeAndRecreatesWhatRefersToItWithForceNewArguments() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp));

        ResourceChange storage = only(report, "ecommerce-production", "azurerm_storage_account.files_5F1C2A7B");
        assertThat(storage.action()).isEqualTo(Action.ADDRESS_CHANGED);
        assertThat(storage.previousAddress()).isEqualTo("azurerm_storage_account.storage_8D9329BE");
        assertThat(storage.attributes()).isEmpty();
        assertThat(report.markdown()).contains("- `azurerm_storage_account.storage_8D9329BE` → `azurerm_storage_account.files_5F1C2A7B`"
            + " (`stnwdecomprod`): address changed: Terraform will destroy and recreate it unless a `moved` block is added");

        // The private endpoint's target is force-new: a recreated account means a recreated endpoint.
        ResourceChange endpoint = report.stack("ecommerce-production").orElseThrow().changes().stream()
            .filter(change -> change.type().equals("azurerm_private_endpoint") && change.attributes().stream()
                .anyMatch(attribute -> attribute.path().equals("private_service_connection.private_connection_resource_id")))
            .findFirst().orElseThrow();
        assertThat(endpoint.action()).isEqualTo(Action.REPLACE);
        assertThat(endpoint.reason()).isEqualTo("changing `private_service_connection.private_connection_resource_id` forces a new resource");
    }

    @Test
    void governanceFindingsIntroducedAreListedPerStack() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp));

        assertThat(report.stack("pharma-production").orElseThrow().introduced())
            .extracting(finding -> finding.rule() + " " + finding.address())
            .containsExactly("LZ-NET-002 azurerm_storage_account.storage_8D9329BE");
        assertThat(report.stack("wholesale-staging").orElseThrow().introduced())
            .extracting(finding -> finding.rule() + " " + finding.address())
            .contains("LZ-NET-001 azurerm_public_ip.ingress_3C1D9E0F");
        // A readdressed resource keeps its findings: nothing is introduced or fixed by the new address alone.
        assertThat(report.stack("ecommerce-production").orElseThrow().introduced()).isEmpty();
        assertThat(report.stack("ecommerce-production").orElseThrow().fixed()).isEmpty();
    }

    @Test
    void removedStackAndUnchangedStacksAreSummarised() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp));

        assertThat(report.stack("east-sandbox").orElseThrow().status()).isEqualTo(StackChanges.Status.REMOVED);
        assertThat(report.changedStacks()).extracting(StackChanges::name).containsExactly("east-sandbox", "ecommerce-production",
            "pharma-production", "shared-staging", "wholesale-production", "wholesale-staging");
        assertThat(report.markdown()).contains("<details><summary>27 stacks without change</summary>");
    }

    @Test
    void costDeltaFollowsTheChanges() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.modified(tmp));

        // shared-staging: GP_Standard_D2ds_v5 (129.94) and 64 GiB (64 × 0.1369 = 8.76) become GP_Standard_D4ds_v5 with high
        // availability, which doubles compute and storage: 2 × 259.88 + 2 × 8.76. Its schedule still stops the server, so
        // compute counts 281.67 of 730 hours: (519.76 − 129.94) × 0.385849 + 8.76 = 159.17.
        java.math.BigDecimal before = report.baseCost().stack("shared-staging").orElseThrow().total();
        java.math.BigDecimal after = report.headCost().stack("shared-staging").orElseThrow().total();
        assertThat(after.subtract(before).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("159.17");
        // wholesale-production loses its primary server: 2 × 259.88 compute and 2 × 256 GiB × 0.1369 storage.
        assertThat(report.baseCost().stack("wholesale-production").orElseThrow().total()
            .subtract(report.headCost().stack("wholesale-production").orElseThrow().total())).isEqualByComparingTo("589.8528");
        assertThat(report.markdown()).contains("| `shared-staging` | $267.84 | $427.01 † | +$159.17 |");
    }

    @Test
    void identicalInputsSayNoChanges() {
        PreviewReport report = compare(PreviewFixtures.reference(), PreviewFixtures.copyOfReference(tmp, "same"));

        assertThat(report.hasChanges()).isFalse();
        assertThat(report.productionDataStoreLosses()).isEmpty();
        GoldenFiles.assertMatchesText("preview", "identical.md", report.markdown());
        assertThat(report.markdown()).contains("**No changes.**");
    }

    @Test
    void metadataAloneIsNoChange() {
        Path head = PreviewFixtures.copyOfReference(tmp, "head");
        PreviewFixtures.edit(head, "platform", stack -> ((com.fasterxml.jackson.databind.node.ObjectNode) stack.path("//")
            .path("metadata")).put("version", "0.99.0"));

        assertThat(compare(PreviewFixtures.reference(), head).hasChanges()).isFalse();
    }

    @Test
    void removingANonProductionDatabaseIsListedButNotCalledOut() {
        Path head = PreviewFixtures.copyOfReference(tmp, "head");
        PreviewFixtures.edit(head, "wholesale-sandbox", stack -> PreviewFixtures.resources(stack, "azurerm_postgresql_flexible_server")
            .remove("database_EBDE4557"));

        PreviewReport report = compare(PreviewFixtures.reference(), head);

        assertThat(report.productionDataStoreLosses()).isEmpty();
        assertThat(report.markdown()).doesNotContain("[!CAUTION]")
            .contains("**Removed (1)**\n\n- `azurerm_postgresql_flexible_server.database_EBDE4557` (`psql-nwd-wholesale-sandbox-weu`)\n");
    }

    @Test
    void aTemporaryEnvironmentPastItsLastDayIsSaidFirstWhateverTheChange() {
        Path head = PreviewFixtures.copyOfReference(tmp, "head");
        // Today (2026-11-23) is three days after north-staging's last day and south-sandbox's last day itself.
        PreviewFixtures.describe(head, "north-staging", stack -> stack.put("expires", "2026-11-20"));
        PreviewFixtures.describe(head, "south-sandbox", stack -> stack.put("expires", "2026-11-23"));

        PreviewReport report = compare(PreviewFixtures.reference(), head);

        assertThat(report.expiredEnvironments()).containsExactly(
            new PreviewReport.ExpiredEnvironment("north-staging", java.time.LocalDate.of(2026, 11, 20), 3));
        assertThat(report.markdown()).startsWith(PreviewReport.MARKER + "\n## Landing zone preview\n\n> [!WARNING]\n"
            + "> **1 temporary environment is past its last day** (`expires`; `./lz check` fails with `LZ-ENV-002`): extend `expires`"
            + " or remove the environment from the estate.\n>\n> - `north-staging`: its last day was 2026-11-20, 3 days ago\n\n"
            + "**2 of 33 stacks change** · resources: none change · governance: 2 findings introduced");
        // The findings check reports, as with any other change.
        assertThat(report.stack("north-staging").orElseThrow().introduced()).extracting(finding -> finding.rule())
            .containsExactly("LZ-ENV-002");
        assertThat(report.stack("south-sandbox").orElseThrow().introduced()).extracting(finding -> finding.rule())
            .containsExactly("LZ-ENV-001");
    }

    @Test
    void temporaryEnvironmentsBeforeTheirLastDayAreNotMentioned() {
        Path head = PreviewFixtures.copyOfReference(tmp, "head");
        PreviewFixtures.describe(head, "north-staging", stack -> stack.put("expires", "2026-11-24"));

        PreviewReport report = compare(PreviewFixtures.reference(), head);

        assertThat(report.expiredEnvironments()).isEmpty();
        assertThat(report.markdown()).doesNotContain("[!WARNING]").doesNotContain("past its last day")
            .contains("introduced **`LZ-ENV-001`** (warning) on `azurerm_consumption_budget_resource_group.budget_8D857FF9`:"
                + " temporary environment north-staging expires soon: its last day is 2026-11-24 (UTC), 1 day after today (2026-11-23)");
    }

    private static ResourceChange only(PreviewReport report, String stack, String address) {
        return report.stack(stack).orElseThrow().changes().stream().filter(change -> change.address().equals(address)).findFirst()
            .orElseThrow(() -> new AssertionError(stack + " has no change of " + address));
    }
}
