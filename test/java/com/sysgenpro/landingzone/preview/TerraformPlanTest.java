package com.sysgenpro.landingzone.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.ResourceChange.Action;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformPlanTest {

    static final Path PLANS = Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "plans");

    @TempDir
    Path tmp;

    @Test
    void planActionsBecomeResourceChanges() {
        TerraformPlan plan = TerraformPlan.fromArgument(PLANS.resolve("wholesale-production.json").toString());

        assertThat(plan.stack()).isEqualTo("wholesale-production");
        assertThat(plan.terraformVersion()).isEqualTo("1.9.8");
        // The no-op resource group and the data source read are left out; the moved key vault stays.
        assertThat(plan.changes()).extracting(change -> change.action() + " " + change.address()).containsExactly(
            "MOVED azurerm_key_vault.secrets_5B6C7D8E",
            "UPDATE azurerm_kubernetes_cluster_node_pool.odoo-pool_9DE0E1B4",
            "UPDATE azurerm_postgresql_flexible_server.database-replica_CC8B8F94",
            "DELETE azurerm_postgresql_flexible_server.database_EBDE4557",
            "REPLACE azurerm_private_endpoint.storage_PrivateEndpoint_1A2B3C4D",
            "CREATE azurerm_public_ip.ingress_3C1D9E0F",
            "REPLACE azurerm_storage_account.storage_8D9329BE");
    }

    @Test
    void sensitiveValuesAreMaskedAndUnknownValuesSaySo() {
        TerraformPlan plan = TerraformPlan.fromArgument(PLANS.resolve("wholesale-production.json").toString());

        ResourceChange replica = change(plan, "azurerm_postgresql_flexible_server.database-replica_CC8B8F94");
        assertThat(replica.attributes()).containsExactly(
            new AttributeChange("administrator_password", "(sensitive)", "(sensitive)", false),
            new AttributeChange("high_availability.mode", "\"SameZone\"", "\"ZoneRedundant\"", false),
            new AttributeChange("sku_name", "\"GP_Standard_D4ds_v5\"", "\"GP_Standard_D8ds_v5\"", false),
            new AttributeChange("tags.owner", "\"erp-wholesale@northwind.example\"", "\"erp-team@northwind.example\"", false),
            // Marked sensitive by the plan though its name says nothing: masked all the same.
            new AttributeChange("version", "(sensitive)", "(sensitive)", false));
        assertThat(change(plan, "azurerm_kubernetes_cluster_node_pool.odoo-pool_9DE0E1B4").attributes()).containsExactly(
            new AttributeChange("max_count", "12", "16", false),
            new AttributeChange("node_count", "3", "(known after apply)", false));
    }

    @Test
    void replacementsNameTheArgumentsThatForceThem() {
        TerraformPlan plan = TerraformPlan.fromArgument(PLANS.resolve("wholesale-production.json").toString());

        ResourceChange storage = change(plan, "azurerm_storage_account.storage_8D9329BE");
        assertThat(storage.reason()).isEqualTo("changing `location` forces a new resource");
        assertThat(storage.attributes()).contains(new AttributeChange("location", "\"westeurope\"", "\"northeurope\"", true),
            new AttributeChange("primary_access_key", "(sensitive)", "(sensitive)", false));
        assertThat(change(plan, "azurerm_private_endpoint.storage_PrivateEndpoint_1A2B3C4D").reason())
            .isEqualTo("changing `subnet_id` forces a new resource; the new object is created before the old one is destroyed");
        assertThat(change(plan, "azurerm_postgresql_flexible_server.database_EBDE4557").reason())
            .isEqualTo("the resource is no longer in the configuration");
    }

    @Test
    void planPreviewMatchesItsGoldenFileWithTheProductionDatabaseDeletionFirst() {
        SynthOutput reference = SynthOutput.read(PreviewFixtures.reference());
        List<TerraformPlan> plans = List.of(
            TerraformPlan.fromArgument(PLANS.resolve("wholesale-staging.plan.json").toString()),
            TerraformPlan.fromArgument("wholesale-production=" + PLANS.resolve("wholesale-production.json")));

        PreviewReport report = Preview.compare(reference, reference, plans, PriceCatalog.bundled(), PreviewFixtures.TODAY);
        String markdown = report.markdown();

        GoldenFiles.assertMatchesText("preview", "plans.md", markdown);
        assertThat(report.hasChanges()).isTrue();
        assertThat(markdown.lines().skip(3).findFirst()).contains("> [!CAUTION]");
        assertThat(markdown).contains("> - `wholesale-production` (terraform plan): PostgreSQL flexible server"
            + " `psql-nwd-wholesale-production-weu` (`azurerm_postgresql_flexible_server.database_EBDE4557`) is **removed**")
            .contains("### `wholesale-staging` — plan `wholesale-staging.plan.json` (Terraform 1.9.8)\n\nNo changes.")
            .doesNotContain("must-not-show").doesNotContain("c2VjcmV0");
    }

    @Test
    void stackComesFromTheArgumentOrTheFileName() {
        assertThat(TerraformPlan.stackFromFileName(Path.of("plans/shared-production.plan.json"))).isEqualTo("shared-production");
        assertThat(TerraformPlan.stackFromFileName(Path.of("shared-production.tfplan.json"))).isEqualTo("shared-production");
        assertThat(TerraformPlan.stackFromFileName(Path.of("shared-production.json"))).isEqualTo("shared-production");
        assertThatThrownBy(() -> TerraformPlan.stackFromFileName(Path.of("plan.out")))
            .isInstanceOf(InvalidPlanException.class)
            .hasMessage("cannot tell which stack plan file plan.out is for: name it <stack>.json or <stack>.plan.json, or pass it as"
                + " <stack>=plan.out");
    }

    @Test
    void aPlanForAnUnknownStackIsRefusedNamingTheStacks() {
        SynthOutput reference = SynthOutput.read(PreviewFixtures.reference());
        TerraformPlan plan = TerraformPlan.fromArgument("nowhere=" + PLANS.resolve("wholesale-production.json"));

        assertThatThrownBy(() -> Preview.compare(reference, reference, List.of(plan), PriceCatalog.bundled(), PreviewFixtures.TODAY))
            .isInstanceOf(InvalidPlanException.class)
            .hasMessageStartingWith("plan file " + PLANS.resolve("wholesale-production.json") + " is for stack 'nowhere', which neither the"
                + " base nor the head output has; stacks: connectivity, east-production, east-sandbox,");
    }

    @Test
    void filesThatAreNotPlanJsonAreRefusedSayingWhatTheyAre() throws IOException {
        Path binary = Files.write(tmp.resolve("binary.json"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [\n");
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        Path missing = tmp.resolve("missing.json");

        assertThatThrownBy(() -> TerraformPlan.read(binary, "s")).hasMessage("plan file " + binary + " is a binary plan (a zip archive),"
            + " not its JSON form; convert it with: terraform show -json " + binary + " > s.json");
        assertThatThrownBy(() -> TerraformPlan.read(broken, "s")).hasMessage("plan file " + broken + ": not valid JSON at line 4, column 1:"
            + " Unexpected end-of-input: expected close marker for Array (start marker at line 3, column 23); produce it with:"
            + " terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > " + broken);
        assertThatThrownBy(() -> TerraformPlan.read(empty, "s")).hasMessageStartingWith("plan file " + empty + " is empty;");
        assertThatThrownBy(() -> TerraformPlan.read(missing, "s")).hasMessageStartingWith("plan file " + missing + " does not exist;"
            + " produce it with: terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > " + missing);
        assertThatThrownBy(() -> TerraformPlan.read(PLANS.resolve("state.json"), "s"))
            .hasMessageStartingWith("plan file " + PLANS.resolve("state.json") + " holds a state (terraform show -json without a plan file),"
                + " not a plan");
        assertThatThrownBy(() -> TerraformPlan.read(PLANS.resolve("future-format.json"), "s"))
            .hasMessage("plan file " + PLANS.resolve("future-format.json") + " has format_version 2.0; this version reads the 1.x JSON"
                + " output format (Terraform 1.0 and later)");
    }

    private static ResourceChange change(TerraformPlan plan, String address) {
        return plan.changes().stream().filter(change -> change.address().equals(address)).findFirst()
            .orElseThrow(() -> new AssertionError("no change of " + address));
    }
}
