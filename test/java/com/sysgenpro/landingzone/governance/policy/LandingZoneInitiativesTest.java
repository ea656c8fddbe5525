package com.sysgenpro.landingzone.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-policy-model promise: every control that evaluates offline has a compliant and a non-compliant fixture
 * here, and both give the outcome the Azure Policy it becomes would. A control added without fixtures fails
 * {@link #everyOfflineControlHasFixtures()}.
 */
class LandingZoneInitiativesTest {

    private static final Map<String, Object> PARAMETERS = Map.of(
        "allowedLocations", List.of("westeurope", "northeurope"),
        "allowedVmSkus", List.of("Standard_D4ds_v5"),
        "allowedStorageSkus", List.of("Standard_ZRS"),
        "allowedPostgresSkus", List.of("Standard_D4ds_v5"),
        "allowedRedisSkus", List.of("Balanced_B3"),
        "minimumBackupRetentionDays", 14,
        "allowedContainerImagesRegex", "^acrnwd[a-z0-9]*\\.azurecr\\.io/.+$",
        "cpuLimit", "2", "memoryLimit", "4Gi");

    /** A resource body, and the other resources of its stack, for each side of a control. */
    private record Fixture(String type, String compliant, String nonCompliant, String companions) {
    }

    private static final String TAGS = "\"tags\": {\"business-unit\": \"w\", \"environment\": \"p\", \"owner\": \"o\","
        + " \"cost-center\": \"c\", \"recovery-tier\": \"tier-2\", \"data-classification\": \"internal\"}";
    private static final String DIAGNOSTIC = "{\"azurerm_monitor_diagnostic_setting\": {\"d\": {\"target_resource_id\": \"${%s.subject.id}\"}}}";
    private static final String ENDPOINT = "{\"azurerm_private_endpoint\": {\"pe\": {\"private_service_connection\": "
        + "[{\"private_connection_resource_id\": \"${%s.subject.id}\"}]}}}";

    private static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("LZ-TAG-RG-", new Fixture("azurerm_resource_group", "{" + TAGS + "}", "{\"tags\": {}}", "{}"));
        FIXTURES.put("LZ-TAG-RES-", new Fixture("azurerm_storage_account", "{" + TAGS + "}", "{}", "{}"));
        FIXTURES.put("LZ-REG-001", new Fixture("azurerm_key_vault", "{\"location\": \"northeurope\"}", "{\"location\": \"eastus\"}", "{}"));
        FIXTURES.put("LZ-REG-002", new Fixture("azurerm_resource_group", "{\"location\": \"westeurope\"}", "{\"location\": \"uksouth\"}", "{}"));
        FIXTURES.put("LZ-SKU-001", new Fixture("azurerm_linux_virtual_machine", "{\"size\": \"Standard_D4ds_v5\"}", "{\"size\": \"Standard_M128s\"}", "{}"));
        FIXTURES.put("LZ-SKU-002", new Fixture("azurerm_kubernetes_cluster", "{\"default_node_pool\": [{\"vm_size\": \"Standard_D4ds_v5\"}]}",
            "{\"default_node_pool\": [{\"vm_size\": \"Standard_B2s\"}]}", "{}"));
        FIXTURES.put("LZ-SKU-003", new Fixture("azurerm_storage_account", "{\"account_tier\": \"Standard\", \"account_replication_type\": \"ZRS\"}",
            "{\"account_tier\": \"Standard\", \"account_replication_type\": \"LRS\"}", "{}"));
        FIXTURES.put("LZ-SKU-004", new Fixture("azurerm_postgresql_flexible_server", "{\"sku_name\": \"GP_Standard_D4ds_v5\"}",
            "{\"sku_name\": \"B_Standard_B1ms\"}", "{}"));
        FIXTURES.put("LZ-SKU-005", new Fixture("azurerm_managed_redis", "{\"sku_name\": \"Balanced_B3\"}", "{\"sku_name\": \"Balanced_B0\"}", "{}"));
        FIXTURES.put("LZ-ENC-001", new Fixture("azurerm_storage_account", "{}", "{\"https_traffic_only_enabled\": false}", "{}"));
        FIXTURES.put("LZ-ENC-002", new Fixture("azurerm_storage_account", "{\"min_tls_version\": \"TLS1_2\"}", "{\"min_tls_version\": \"TLS1_0\"}", "{}"));
        FIXTURES.put("LZ-ENC-003", new Fixture("azurerm_storage_account", "{\"shared_access_key_enabled\": false}", "{}", "{}"));
        FIXTURES.put("LZ-ENC-004", new Fixture("azurerm_redis_cache", "{}", "{\"non_ssl_port_enabled\": true}", "{}"));
        FIXTURES.put("LZ-ENC-005", new Fixture("azurerm_managed_redis", "{\"default_database\": [{\"client_protocol\": \"Encrypted\"}]}",
            "{\"default_database\": [{\"client_protocol\": \"Plaintext\"}]}", "{}"));
        FIXTURES.put("LZ-ENC-006", new Fixture("azurerm_postgresql_flexible_server_configuration",
            "{\"name\": \"ssl_min_protocol_version\", \"value\": \"TLSv1.2\"}", "{\"name\": \"require_secure_transport\", \"value\": \"off\"}", "{}"));
        FIXTURES.put("LZ-ENC-007", new Fixture("azurerm_key_vault", "{\"rbac_authorization_enabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-ENC-008", new Fixture("azurerm_kubernetes_cluster", "{\"default_node_pool\": {\"host_encryption_enabled\": true}}",
            "{\"default_node_pool\": {\"name\": \"system\"}}", "{}"));
        FIXTURES.put("LZ-NET-001", new Fixture("azurerm_public_ip", null, "{}", "{}"));
        FIXTURES.put("LZ-NET-002", new Fixture("azurerm_storage_account", "{\"public_network_access_enabled\": false}", "{}", "{}"));
        FIXTURES.put("LZ-NET-003", new Fixture("azurerm_key_vault", "{\"public_network_access_enabled\": false}", "{}", "{}"));
        FIXTURES.put("LZ-NET-004", new Fixture("azurerm_postgresql_flexible_server", "{\"delegated_subnet_id\": \"${azurerm_subnet.db.id}\"}",
            "{\"public_network_access_enabled\": true}", "{}"));
        FIXTURES.put("LZ-NET-005", new Fixture("azurerm_redis_cache", "{\"public_network_access_enabled\": false}", "{}", "{}"));
        FIXTURES.put("LZ-NET-006", new Fixture("azurerm_managed_redis", "{\"public_network_access\": \"Disabled\"}", "{}", "{}"));
        FIXTURES.put("LZ-NET-007", new Fixture("azurerm_kubernetes_cluster", "{\"private_cluster_enabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-NET-008", new Fixture("azurerm_storage_account", "{}", "{}", ENDPOINT));
        FIXTURES.put("LZ-NET-009", new Fixture("azurerm_managed_redis", "{}", "{}", ENDPOINT));
        FIXTURES.put("LZ-DIAG-001", new Fixture("azurerm_kubernetes_cluster", "{}", "{}", DIAGNOSTIC));
        FIXTURES.put("LZ-DIAG-002", new Fixture("azurerm_postgresql_flexible_server", "{}", "{}", DIAGNOSTIC));
        FIXTURES.put("LZ-DIAG-003", new Fixture("azurerm_managed_redis", "{}", "{}", DIAGNOSTIC));
        FIXTURES.put("LZ-DIAG-004", new Fixture("azurerm_storage_account", "{}", "{}", DIAGNOSTIC));
        FIXTURES.put("LZ-DIAG-005", new Fixture("azurerm_key_vault", "{}", "{}", DIAGNOSTIC));
        FIXTURES.put("LZ-BAK-001", new Fixture("azurerm_postgresql_flexible_server", "{\"geo_redundant_backup_enabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-BAK-002", new Fixture("azurerm_postgresql_flexible_server", "{\"backup_retention_days\": 14}", "{}", "{}"));
        FIXTURES.put("LZ-BAK-003", new Fixture("azurerm_key_vault", "{\"soft_delete_retention_days\": 90}", "{\"soft_delete_retention_days\": 3}", "{}"));
        FIXTURES.put("LZ-BAK-004", new Fixture("azurerm_key_vault", "{\"purge_protection_enabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-K8S-001", new Fixture("kubernetes_pod_v1", pod("\"name\": \"odoo\""),
            pod("\"name\": \"odoo\", \"security_context\": {\"privileged\": true}"), "{}"));
        FIXTURES.put("LZ-K8S-002", new Fixture("kubernetes_pod_v1", pod("\"name\": \"odoo\""),
            pod("\"name\": \"odoo\", \"image\": \"docker.io/odoo:17\""), "{}"));
        FIXTURES.put("LZ-K8S-003", new Fixture("kubernetes_pod_v1", pod("\"name\": \"odoo\""),
            pod("\"name\": \"odoo\", \"resources\": {\"limits\": {\"cpu\": \"3\", \"memory\": \"1Gi\"}}"), "{}"));
        FIXTURES.put("LZ-K8S-006", new Fixture("kubernetes_pod_v1", pod("\"name\": \"odoo\""),
            pod("\"name\": \"odoo\"").replace("\"spec\": {", "\"spec\": {\"host_pid\": true, "), "{}"));
        FIXTURES.put("LZ-K8S-007", new Fixture("kubernetes_pod_v1", pod("\"name\": \"odoo\""),
            pod("\"name\": \"odoo\", \"port\": [{\"container_port\": 8069, \"host_port\": 8069}]"), "{}"));
        FIXTURES.put("LZ-K8S-004", new Fixture("azurerm_kubernetes_cluster", "{\"local_account_disabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-K8S-005", new Fixture("azurerm_kubernetes_cluster", "{\"azure_policy_enabled\": true}", "{}", "{}"));
        FIXTURES.put("LZ-CMK-001", new Fixture("azurerm_storage_account",
            "{\"customer_managed_key\": {\"key_vault_key_id\": \"${azurerm_key_vault.v.vault_uri}keys/cmk-storage\","
                + " \"user_assigned_identity_id\": \"${azurerm_user_assigned_identity.i.id}\"}}", "{}", "{}"));
        FIXTURES.put("LZ-CMK-002", new Fixture("azurerm_postgresql_flexible_server",
            "{\"geo_redundant_backup_enabled\": true, \"customer_managed_key\": [{\"key_vault_key_id\": \"k\","
                + " \"primary_user_assigned_identity_id\": \"i\", \"geo_backup_key_vault_key_id\": \"g\","
                + " \"geo_backup_user_assigned_identity_id\": \"j\"}]}",
            "{\"geo_redundant_backup_enabled\": true, \"customer_managed_key\": [{\"key_vault_key_id\": \"k\","
                + " \"primary_user_assigned_identity_id\": \"i\"}]}", "{}"));
        FIXTURES.put("LZ-CMK-003", new Fixture("azurerm_kubernetes_cluster",
            "{\"disk_encryption_set_id\": \"${azurerm_disk_encryption_set.d.id}\"}", "{}", "{}"));
    }

    /** A pod in a tenant namespace with one container: an image from the estate's registry and limits, unless overridden. */
    private static String pod(String container) {
        String defaults = "\"image\": \"acrnwdwhsprod.azurecr.io/odoo:17.0\", \"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"2Gi\"}}";
        java.util.Map<String, String> fields = new LinkedHashMap<>();
        for (String field : (defaults + ", " + container).split(", (?=\"[a-z_]+\": )")) {
            fields.put(field.substring(0, field.indexOf(':')), field);
        }
        return "{\"metadata\": {\"name\": \"odoo\", \"namespace\": \"wholesale-production\"}, \"spec\": {\"container\": [{"
            + String.join(", ", fields.values()) + "}]}}";
    }

    private static List<Control> allControls() {
        List<Control> controls = new ArrayList<>();
        LandingZoneInitiatives.all().forEach(initiative -> controls.addAll(initiative.controls()));
        return controls;
    }

    private static Fixture fixtureFor(Control control) {
        return FIXTURES.entrySet().stream()
            .filter(entry -> control.id().equals(entry.getKey()) || (entry.getKey().endsWith("-") && control.id().startsWith(entry.getKey())))
            .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Evaluation evaluate(Control control, Fixture fixture, String body, boolean withCompanions) {
        JsonNode stack = Synth.parse("{\"resource\": " + (withCompanions ? fixture.companions().formatted(fixture.type()) : "{}") + "}");
        return control.evaluate(new TerraformResource("s", fixture.type(), "subject", Synth.parse(body), stack), PARAMETERS);
    }

    @Test
    void everyOfflineControlHasFixtures() {
        assertThat(allControls()).filteredOn(Control::evaluatesOffline)
            .allSatisfy(control -> assertThat(fixtureFor(control)).as(control.id()).isNotNull());
    }

    @Test
    void compliantFixturesAreCompliantAndNonCompliantOnesAreNot() {
        List<String> wrong = new ArrayList<>();
        for (Control control : allControls()) {
            Fixture fixture = fixtureFor(control);
            if (fixture == null || !control.evaluatesOffline()) {
                continue;
            }
            boolean companionRule = !fixture.companions().equals("{}");
            if (fixture.compliant() != null) {
                Evaluation good = evaluate(control, fixture, fixture.compliant(), true);
                if (good.outcome() != Outcome.COMPLIANT) {
                    wrong.add(control.id() + " compliant fixture: " + good);
                }
            }
            Evaluation bad = evaluate(control, fixture, fixture.nonCompliant(), !companionRule);
            if (bad.outcome() != Outcome.NON_COMPLIANT || bad.message().isBlank()) {
                wrong.add(control.id() + " non-compliant fixture: " + bad);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void resourcesOfOtherTypesAreNotApplicable() {
        Control storageTls = control("LZ-ENC-002");
        Evaluation evaluation = storageTls.evaluate(new TerraformResource("s", "azurerm_key_vault", "kv", Synth.parse("{}"), Synth.parse("{}")), PARAMETERS);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void valuesKnownOnlyAtApplyTimeAreNotApplicable() {
        Evaluation evaluation = control("LZ-NET-002").evaluate(new TerraformResource("s", "azurerm_storage_account", "st",
            Synth.parse("{\"public_network_access_enabled\": \"${var.public}\"}"), Synth.parse("{}")), PARAMETERS);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void encryptionAtHostIsRequiredOnTheSystemPoolAndOnEveryNodePoolAbsentMeaningOff() {
        Control control = control("LZ-ENC-008");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("azurerm_kubernetes_cluster {\"default_node_pool\": {\"host_encryption_enabled\": true}}", "COMPLIANT");
        cases.put("azurerm_kubernetes_cluster {\"default_node_pool\": [{\"host_encryption_enabled\": true}]}", "COMPLIANT");
        cases.put("azurerm_kubernetes_cluster {\"default_node_pool\": {\"host_encryption_enabled\": false}}", "NON_COMPLIANT");
        cases.put("azurerm_kubernetes_cluster {\"default_node_pool\": {\"name\": \"system\"}, \"host_encryption_enabled\": true}", "NON_COMPLIANT");
        cases.put("azurerm_kubernetes_cluster_node_pool {\"host_encryption_enabled\": true}", "COMPLIANT");
        cases.put("azurerm_kubernetes_cluster_node_pool {\"host_encryption_enabled\": false}", "NON_COMPLIANT");
        cases.put("azurerm_kubernetes_cluster_node_pool {\"name\": \"odoo\"}", "NON_COMPLIANT");
        cases.put("azurerm_kubernetes_cluster_node_pool {\"host_encryption_enabled\": \"${var.encrypt}\"}", "NOT_APPLICABLE");
        cases.put("azurerm_linux_virtual_machine {\"encryption_at_host_enabled\": false}", "NOT_APPLICABLE");
        Map<String, String> actual = new LinkedHashMap<>();
        cases.forEach((subject, expected) -> {
            int space = subject.indexOf(' ');
            Evaluation evaluation = control.evaluate(new TerraformResource("s", subject.substring(0, space), "subject",
                Synth.parse(subject.substring(space + 1)), Synth.parse("{}")), PARAMETERS);
            actual.put(subject, evaluation.outcome().name());
        });

        assertThat(actual).containsExactlyEntriesOf(cases);
        assertThat(control.evaluate(new TerraformResource("s", "azurerm_kubernetes_cluster_node_pool", "odoo", Synth.parse("{}"),
            Synth.parse("{}")), PARAMETERS).message()).isEqualTo("host_encryption_enabled is 'false'; set it to true (the construct's"
                + " hostEncryptionEnabled; the subscription needs the feature Microsoft.Compute/EncryptionAtHost registered)");
        assertThat(control.effect()).isEqualTo(PolicyEffect.AUDIT);
        assertThat(control.severity()).isEqualTo(Severity.ERROR);
        assertThat(LandingZoneInitiatives.encryption().controls()).extracting(Control::id).contains("LZ-ENC-008");
    }

    @Test
    void encryptionAtHostIsAuditedByTheBuiltInDefinitionInTheEncryptionInitiative() {
        JsonNode stack = Synth.stack(s -> new InitiativeDefinition(s, "def", LandingZoneInitiatives.encryption(),
            new ManagementGroup(s, "root", "nwd", "Northwind", null), new CustomPolicyDefinitions()));

        JsonNode reference = null;
        for (JsonNode candidate : Synth.onlyResource(stack, "azurerm_policy_set_definition").path("policy_definition_reference")) {
            if (candidate.path("reference_id").asText().equals("lz-enc-008")) {
                reference = candidate;
            }
        }
        assertThat(reference).isNotNull();
        assertThat(reference.path("policy_definition_id").asText())
            .isEqualTo("/providers/Microsoft.Authorization/policyDefinitions/41425d9f-d1a5-499a-9932-f8ed8453932c");
        assertThat(Synth.parse(reference.path("parameter_values").asText()).path("effect").path("value").asText()).isEqualTo("Audit");
    }

    @Test
    void nonCompliantMessagesSayHowToFix() {
        Evaluation evaluation = evaluate(control("LZ-REG-001"), FIXTURES.get("LZ-REG-001"), "{\"location\": \"eastus\"}", false);

        assertThat(evaluation.message()).isEqualTo("location 'eastus' is not among allowedLocations [westeurope, northeurope];"
            + " deploy to a region of the estate's data residency");
    }

    @Test
    void controlIdsAreUniqueAcrossInitiatives() {
        Set<String> ids = new HashSet<>();
        assertThat(allControls()).allSatisfy(control -> assertThat(ids.add(control.id())).as(control.id()).isTrue());
    }

    @Test
    void remediatingControlsNameTheRolesTheyNeed() {
        assertThat(allControls()).filteredOn(control -> control.effect().remediates())
            .isNotEmpty()
            .allSatisfy(control -> assertThat(control.remediationRoles()).as(control.id()).isNotEmpty());
    }

    @Test
    void everyBuiltInConstantIsUsedByAShippedInitiative() throws IllegalAccessException {
        Set<String> used = new HashSet<>();
        allControls().forEach(control -> {
            if (control.definition() instanceof BuiltInPolicy builtIn) {
                used.add(builtIn.guid());
            }
        });
        for (var field : BuiltInPolicies.class.getFields()) {
            assertThat(used).as(field.getName()).contains(((BuiltInPolicy) field.get(null)).guid());
        }
    }

    @Test
    void resourceGroupTagsAreAuditedSparingGroupsAzureCreatesWhileResourcesAreDenied() {
        JsonNode stack = Synth.stack(s -> new InitiativeDefinition(s, "def", LandingZoneInitiatives.tagging(List.of("owner")),
            new ManagementGroup(s, "root", "nwd", "Northwind", null), new CustomPolicyDefinitions()));

        Map<String, JsonNode> references = new LinkedHashMap<>();
        Synth.onlyResource(stack, "azurerm_policy_set_definition").path("policy_definition_reference")
            .forEach(reference -> references.put(reference.path("reference_id").asText(), reference));
        JsonNode groups = references.get("lz-tag-rg-owner");
        assertThat(Synth.parse(groups.path("parameter_values").asText()).path("effect").path("value").asText()).isEqualTo("Audit");
        assertThat(groups.path("policy_definition_id").asText()).startsWith("${azurerm_policy_definition.");
        JsonNode resources = references.get("lz-tag-res-owner");
        assertThat(resources.path("policy_definition_id").asText())
            .isEqualTo("/providers/Microsoft.Authorization/policyDefinitions/" + BuiltInPolicies.REQUIRE_TAG_ON_RESOURCES.guid());

        JsonNode custom = Synth.onlyResource(stack, "azurerm_policy_definition");
        assertThat(custom.path("name").asText()).isEqualTo("lz-require-tag-on-resource-groups");
        assertThat(custom.path("mode").asText()).isEqualTo("All");
        List<String> spared = new ArrayList<>();
        Synth.parse(custom.path("policy_rule").asText()).path("if").path("allOf").forEach(condition -> {
            if (condition.has("notLike")) {
                spared.add(condition.path("notLike").asText());
            }
        });
        assertThat(spared).contains("NetworkWatcherRG", "DefaultResourceGroup-*", "MC_*", "AzureBackupRG*");
        JsonNode effect = Synth.parse(custom.path("parameters").asText()).path("effect");
        assertThat(effect.path("defaultValue").asText()).isEqualTo("Audit");
    }

    @Test
    void customPoliciesCannotBeChangedThroughTheirJson() {
        CustomPolicy policy = LandingZoneInitiatives.customPolicies().get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy.parameters()).remove("effect");
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy.policyRule()).removeAll();

        assertThat(LandingZoneInitiatives.customPolicies().get(0).parameters().has("effect")).isTrue();
        assertThat(LandingZoneInitiatives.customPolicies().get(0).policyRule().has("if")).isTrue();
    }

    @Test
    void customPoliciesTakeTheParametersTheirControlsPass() {
        for (Control control : allControls()) {
            if (control.definition() instanceof CustomPolicy custom) {
                assertThat(custom.parameters().fieldNames()).toIterable().as(control.id())
                    .containsAll(control.parameterValues().keySet());
                assertThat(LandingZoneInitiatives.customPolicies()).contains(custom);
            }
        }
    }

    @Test
    void failsWhenAControlUsesAnUndeclaredInitiativeParameter() {
        Control control = Control.builder("X-1", "x").category(ControlCategory.REGIONS)
            .definition(BuiltInPolicies.ALLOWED_LOCATIONS, PolicyEffect.DENY)
            .parameter("listOfAllowedLocations", "[parameters('regions')]").nonComplianceMessage("m")
            .azureOnly("a test control, evaluated only in Azure so that only its parameters matter").build();

        assertThatThrownBy(() -> new Initiative("xx", "X", "x", ControlCategory.REGIONS, List.of(), List.of(control)))
            .hasMessageContaining("control X-1 uses parameter 'regions' that initiative xx does not declare");
    }

    @Test
    void failsWhenAControlAsksForAnEffectItsDefinitionDoesNotAllow() {
        assertThatThrownBy(() -> Control.builder("X-2", "x").category(ControlCategory.BACKUP)
            .definition(BuiltInPolicies.POSTGRES_GEO_BACKUP, PolicyEffect.DENY).nonComplianceMessage("m")
            .azureOnly("a test control, evaluated only in Azure so that only its effect matters").build())
            .hasMessageContaining("does not allow effect Deny; allowed: Audit, Disabled");
    }

    private static Control control(String id) {
        return allControls().stream().filter(control -> control.id().equals(id)).findFirst().orElseThrow();
    }

    /** Each initiative is defined in its own file, which home names; a key of no shipped initiative says which are. */
    @Test
    void eachInitiativeHasItsOwnHome() {
        assertThat(LandingZoneInitiatives.all().stream().map(initiative -> LandingZoneInitiatives.home(initiative.key())))
            .doesNotHaveDuplicates().hasSize(9).contains("governance/policy/TaggingInitiative.java",
                "governance/policy/CustomerManagedKeysInitiative.java");
        assertThatThrownBy(() -> LandingZoneInitiatives.home("tagging")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("no shipped initiative has the key 'tagging'; the keys are tags, regions, skus, encryption, network,"
                + " diagnostics, backup, kubernetes, cmk");
    }
}
