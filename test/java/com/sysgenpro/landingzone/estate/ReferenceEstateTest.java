package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.cluster.ChartCatalog;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import com.sysgenpro.landingzone.internal.SecretScan;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/** The reference estate (stacks/reference.yaml) as synthesized: golden files, platform contents, the shared oracles. */
class ReferenceEstateTest {

    @TempDir
    static Path tmp;

    private static SynthesisReport report;
    private static JsonNode platform;

    @BeforeAll
    static void synthesize() {
        report = EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY), tmp.resolve("out"));
        platform = Synth.read(tmp.resolve("out/stacks/platform/cdk.tf.json"));
    }

    private static final List<String> UNITS = List.of("wholesale", "ecommerce", "pharma", "north", "south", "east");

    @Test
    void matchesTheGoldenFiles() {
        GoldenFiles.assertMatches("reference", tmp.resolve("out"));
    }

    @Test
    void platformHoldsTheHierarchyAndEveryInitiative() {
        List<String> groups = new ArrayList<>(List.of("nwd", "nwd-platform", "nwd-management", "nwd-connectivity", "nwd-identity",
            "nwd-landingzones", "nwd-corp", "nwd-online", "nwd-sandbox", "nwd-decommissioned",
            // A group per shared hosting of a production or non-production class, for its subscription.
            "nwd-shared-production", "nwd-shared-staging"));
        for (String unit : UNITS) {
            groups.addAll(List.of("nwd-" + unit, "nwd-" + unit + "-prod", "nwd-" + unit + "-nonprod"));
        }
        assertThat(Synth.resources(platform, "azurerm_management_group")).extracting(group -> group.path("name").asText())
            .containsExactlyInAnyOrderElementsOf(groups);
        assertThat(Synth.resources(platform, "azurerm_policy_set_definition")).extracting(set -> set.path("name").asText())
            .containsExactlyInAnyOrder("lz-tags", "lz-regions", "lz-skus", "lz-encryption", "lz-network", "lz-diagnostics", "lz-backup", "lz-kubernetes",
                "lz-cmk");
    }

    @Test
    void assignsEachInitiativeWhereItBelongsWithTheEstatesParameters() {
        Map<String, String> assignments = new TreeMap<>();
        platform.path("resource").path("azurerm_management_group_policy_assignment").fields().forEachRemaining(entry ->
            assignments.put(entry.getKey().replaceAll("_[0-9A-F]{8}$", ""), entry.getValue().path("parameters").asText("")));

        List<String> expected = new ArrayList<>(List.of("diagnostics-root", "encryption-root", "kubernetes-root", "network-sandbox",
            "regions-root", "skus-sandbox", "tags-root",
            // Customer-managed keys are audited only where they are required: the regulated unit's groups.
            "cmk-bu-pharma-prod", "cmk-bu-pharma-nonprod",
            // Shared hosting's groups: its environment class's network and SKUs, backup for the tenants' strictest tier.
            "network-shared-production", "skus-shared-production", "backup-shared-production", "network-shared-staging",
            "skus-shared-staging"));
        for (String unit : UNITS) {
            expected.addAll(List.of("backup-bu-" + unit + "-prod", "network-bu-" + unit + "-nonprod", "network-bu-" + unit + "-prod",
                "skus-bu-" + unit + "-nonprod", "skus-bu-" + unit + "-prod"));
        }
        assertThat(assignments.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(assignments.get("regions-root")).isEqualTo("{\"allowedLocations\":{\"value\":[\"westeurope\",\"northeurope\"]}}");
        assertThat(assignments.get("network-bu-wholesale-prod")).isEqualTo("{\"effect\":{\"value\":\"Deny\"}}");
        assertThat(assignments.get("network-bu-wholesale-nonprod")).isEqualTo("{\"effect\":{\"value\":\"Audit\"}}");
        // wholesale is tier-1: 35 days of point-in-time restore; north is tier-3: 7 days; both geo-redundant.
        assertThat(assignments.get("backup-bu-wholesale-prod"))
            .isEqualTo("{\"geoBackupEffect\":{\"value\":\"Audit\"},\"minimumBackupRetentionDays\":{\"value\":35}}");
        assertThat(assignments.get("backup-bu-north-prod"))
            .isEqualTo("{\"geoBackupEffect\":{\"value\":\"Audit\"},\"minimumBackupRetentionDays\":{\"value\":7}}");
        // shared-production's shared tenants: north and south tier-3, east tier-2 (14 days, geo-redundant).
        assertThat(assignments.get("backup-shared-production"))
            .isEqualTo("{\"geoBackupEffect\":{\"value\":\"Audit\"},\"minimumBackupRetentionDays\":{\"value\":14}}");
        assertThat(assignments.get("skus-bu-wholesale-prod")).contains("\"allowedStorageSkus\":{\"value\":[\"Standard_ZRS\",\"Standard_GZRS\",\"Standard_RAGZRS\"]}");
        assertThat(assignments.get("skus-sandbox")).contains("\"allowedStorageSkus\":{\"value\":[\"Standard_LRS\"]}");
        assertThat(assignments.get("kubernetes-root")).startsWith("{\"allowedContainerImagesRegex\":{\"value\":\"^(acrnwd[a-z0-9]*");
    }

    /**
     * The allowed-images control, as assigned, admits every image the estate runs, else admission would deny the
     * estate's own pods: Odoo from each of its registries (as synthesized), every container of Traefik's and cert-manager's
     * releases as their values over the pinned charts' defaults configure them (hooks and the ACME solver included, pulled
     * through the estate's registries); and it refuses images from elsewhere, the charts' upstream registries and the
     * registry names the old default wrongly expected included.
     */
    @Test
    void theAllowedImagesControlAdmitsEveryImageTheEstateRunsAndNothingElse() {
        JsonNode assignment = platform.path("resource").path("azurerm_management_group_policy_assignment").properties().stream()
            .filter(entry -> entry.getKey().startsWith("kubernetes-root")).findFirst().orElseThrow().getValue();
        java.util.regex.Pattern allowed = java.util.regex.Pattern.compile(Synth.parse(assignment.path("parameters").asText())
            .path("allowedContainerImagesRegex").path("value").asText());
        List<String> images = new ArrayList<>();
        List<String> releases = new ArrayList<>();
        for (SynthesisReport.Stack stack : report.stacks()) {
            JsonNode json = Synth.read(stack.file());
            json.path("resource").path("azurerm_container_registry").forEach(registry ->
                images.add(registry.path("name").asText() + ".azurecr.io/odoo:17.0"));
            json.path("resource").path("helm_release").forEach(release -> {
                releases.add(release.path("chart").asText());
                // The images as configured: the release's values over the pinned chart's defaults.
                com.fasterxml.jackson.databind.node.ObjectNode values = Synth.parse("{}").deepCopy();
                release.path("values").forEach(document -> values.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Synth.parse(document.asText())));
                ChartCatalog.pods(release.path("repository").asText(), release.path("chart").asText(), release.path("version").asText(),
                        values, null).orElseThrow()
                    .forEach(pod -> pod.containers().forEach(container -> images.add(container.image())));
            });
        }
        assertThat(releases).contains("traefik", "cert-manager");
        assertThat(images).hasSizeGreaterThan(10).contains("acrnwdsharedprod.azurecr.io/traefik:v3.6.2",
            "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-webhook:v1.19.1", "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-acmesolver:v1.19.1",
            "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-startupapicheck:v1.19.1");
        assertThat(images).allSatisfy(image -> assertThat(allowed.matcher(image).matches()).as(image).isTrue());
        assertThat(List.of("docker.io/library/nginx:1.27", "ghcr.io/someone/odoo:17.0", "nwdwhsprod.azurecr.io/odoo:17.0",
                "acrnwdwhsprod.azurecr.io.example.com/odoo:17.0", "quay.io/jetstack/other:v1", "docker.io/traefik-fork:v3",
                "docker.io/traefik:v3.6.2", "quay.io/jetstack/cert-manager-controller:v1.19.1"))
            .allSatisfy(image -> assertThat(allowed.matcher(image).matches()).as(image).isFalse());
    }

    @Test
    void everyStackIsCleanAgainstItsProvidersSchemas() {
        Path shared = SharedReference.require();
        for (SynthesisReport.Stack stack : report.stacks()) {
            List<String> arguments = new ArrayList<>(List.of(stack.file().toString()));
            if (stack.name().endsWith("-incluster")) {
                // kubernetes and helm only (InClusterStacksTest keeps azurerm out).
                SharedReference.inClusterSchemas(shared).forEach(schema -> arguments.add(schema.toString()));
            } else {
                arguments.add(SharedReference.azurermSchema(shared).toString());
            }
            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", arguments.toArray(String[]::new));
            assertThat(result.exitCode()).as("%s:%n%s", stack.name(), result.output()).isZero();
            assertThat(result.output()).contains("checked " + stack.resources() + " resource/data blocks");
        }
    }

    /**
     * Azure keeps one role management policy per scope and role: two Terraform resources on it (the duties' and the
     * partners', say) would overwrite each other on every apply.
     */
    @Test
    void everyScopeAndRoleHasOneActivationPolicyAcrossTheStacks() {
        Map<String, List<String>> policies = new TreeMap<>();
        for (SynthesisReport.Stack stack : report.stacks()) {
            Synth.read(stack.file()).path("resource").path("azurerm_role_management_policy").fields().forEachRemaining(policy ->
                policies.computeIfAbsent(policy.getValue().path("scope").asText() + " " + policy.getValue().path("role_definition_id")
                    .asText(), key -> new ArrayList<>()).add(stack.name() + "/" + policy.getKey()));
        }

        assertThat(policies).as("the partners' policies").hasSize(8);
        assertThat(policies).allSatisfy((scopeAndRole, managedBy) -> assertThat(managedBy).as(scopeAndRole).hasSize(1));
    }

    /** PIM binds everyone eligible for a role at a scope to its policy: its approvers must not be among them. */
    @Test
    void noActivationPolicyIsApprovedByAGroupEligibleUnderIt() {
        Map<String, List<String>> eligible = new TreeMap<>();
        platform.path("resource").path("azurerm_pim_eligible_role_assignment").elements().forEachRemaining(assignment ->
            eligible.computeIfAbsent(assignment.path("scope").asText() + " " + assignment.path("role_definition_id").asText(),
                key -> new ArrayList<>()).add(assignment.path("principal_id").asText()));

        assertThat(Synth.resources(platform, "azurerm_role_management_policy")).isNotEmpty().allSatisfy(policy -> {
            String scopeAndRole = policy.path("scope").asText() + " " + policy.path("role_definition_id").asText();
            assertThat(eligible.get(scopeAndRole)).as(scopeAndRole).isNotEmpty();
            policy.path("activation_rules").path("approval_stage").path("primary_approver").forEach(approver ->
                assertThat(eligible.get(scopeAndRole)).as(scopeAndRole).doesNotContain(approver.path("object_id").asText()));
        });
    }

    @Test
    void noStackCarriesASecret() {
        for (SynthesisReport.Stack stack : report.stacks()) {
            assertThat(SecretScan.findings(Synth.read(stack.file()))).as(stack.name()).isEmpty();
        }
    }

    @Test
    void everyBuiltInPolicyReferenceExistsWithValidParameters() {
        Path shared = SharedReference.require();
        List<String> outputs = new ArrayList<>();
        for (SynthesisReport.Stack stack : report.stacks()) {
            SharedReference.Result result = SharedReference.run(shared, "check-policy-refs.py", stack.file().toString());
            assertThat(result.exitCode()).as("%s:%n%s", stack.name(), result.output()).isZero();
            assertThat(result.output()).doesNotContain("WARN");
            outputs.add(result.output());
        }
        assertThat(String.join("", outputs)).containsPattern("policy references: [1-9]\\d* checked");
    }
}
