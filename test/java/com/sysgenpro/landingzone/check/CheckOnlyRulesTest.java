package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every check-only rule on a compliant and a non-compliant resource, as JSON: a rule added to {@link Rules#checkOnly()}
 * without fixtures here fails {@link #everyCheckOnlyRuleHasFixtures()}. Then the cases where a rule does not apply.
 */
class CheckOnlyRulesTest {

    static final StackContext PRODUCTION_TIER_1 = context("acme-production", StackKind.BUSINESS_UNIT, "acme", "production",
        "production", true, "tier-1");
    static final StackContext PRODUCTION_TIER_2 = context("acme-production", StackKind.BUSINESS_UNIT, "acme", "production",
        "production", true, "tier-2");
    static final StackContext SANDBOX = context("acme-sandbox", StackKind.BUSINESS_UNIT, "acme", "sandbox", "sandbox", false, null);
    /** A regulated unit's sandbox: customer-managed keys, in the sandbox group where the cmk initiative is not assigned. */
    static final StackContext KEYED_SANDBOX = new StackContext("clinic-sandbox", StackKind.BUSINESS_UNIT, "clinic", "sandbox", "sandbox",
        false, null, "semi-dedicated", "sandbox", Set.of("tags", "network"), Map.of(), true);

    /** An in-cluster stack whose cluster ({@link #ROUTED_CLUSTER}) sends its internet traffic to the hub's firewall. */
    static final StackContext STAGING_IN_CLUSTER = context("acme-staging-incluster", StackKind.IN_CLUSTER, "acme", "staging", "staging",
        false, null);
    static final StackContext PLATFORM = context("platform", StackKind.PLATFORM, null, null, null, false, null);
    /** A unit's production stack in an estate with a subscription layout: it deploys into subscription acme-production. */
    static final StackContext VENDED_PRODUCTION = new StackContext("acme-production", StackKind.BUSINESS_UNIT, "acme", "production",
        "production", true, "tier-1", "dedicated", "bu-acme-prod", Set.of(), Map.of(), false, "acme-production");
    /** The day the dated rules' fixtures are judged against. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static final String TAGS = "\"tags\": {\"business-unit\": \"acme\", \"environment\": \"production\", \"owner\": \"erp@acme.example\","
        + " \"cost-center\": \"CC-1\", \"recovery-tier\": \"tier-1\", \"data-classification\": \"confidential\"}";
    private static final String POSTGRES = "azurerm_postgresql_flexible_server";
    private static final String AKS = "azurerm_kubernetes_cluster";
    private static final String STORAGE = "azurerm_storage_account";
    private static final String REGISTRY = "azurerm_container_registry";
    private static final String NONE = "{}";

    /**
     * One rule's two sides: the subject is {@code type.subject} in a stack that also holds the companions (a
     * {@code resource} object; {@code %s} stands for the subject's type), and the non-compliant message contains
     * {@code says}. The non-compliant side is in {@code nonCompliantStack}, for rules that judge what landing-zone.json
     * records about a stack rather than the resource; by default the same stack.
     */
    private record Fixture(String type, StackContext stack, String compliant, String compliantCompanions, String nonCompliant,
                           String nonCompliantCompanions, String says, StackContext nonCompliantStack) {

        Fixture(String type, StackContext stack, String compliant, String compliantCompanions, String nonCompliant,
                String nonCompliantCompanions, String says) {
            this(type, stack, compliant, compliantCompanions, nonCompliant, nonCompliantCompanions, says, stack);
        }
    }

    /** A network peered with the weu hub whose AKS node subnet routes 0.0.0.0/0 to that hub's firewall, as network.hubs writes it. */
    private static final String ROUTED_NETWORK = """
        {"azurerm_virtual_network": {"network": {"name": "vnet-acme", "location": "westeurope"}},
         "azurerm_virtual_network_peering": {"own": {"virtual_network_name": "${azurerm_virtual_network.network.name}",
           "remote_virtual_network_id": "${data.terraform_remote_state.connectivity.outputs.hub-weu-id}"}},
         "azurerm_subnet": {"nodes": {"name": "snet-aks", "virtual_network_name": "${azurerm_virtual_network.network.name}"}},
         "azurerm_subnet_route_table_association": {"routes": {"subnet_id": "${azurerm_subnet.nodes.id}",
           "route_table_id": "${azurerm_route_table.routes.id}"}},
         "azurerm_route_table": {"routes": {"name": "rt-acme", "bgp_route_propagation_enabled": false, "route": [
           {"name": "internet-through-firewall", "address_prefix": "0.0.0.0/0", "next_hop_type": "VirtualAppliance",
            "next_hop_in_ip_address": "${data.terraform_remote_state.connectivity.outputs.firewall-weu-private-ip}"}]}}}
        """;

    private static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put(TagValuesRule.ID, new Fixture("azurerm_storage_account", PRODUCTION_TIER_1, "{" + TAGS + "}", NONE,
            "{" + TAGS.replace("\"environment\": \"production\"", "\"environment\": \"prod\"") + "}", NONE,
            "environment is 'prod', the stack's environment is 'production'"));
        FIXTURES.put(OwnerTagRule.ID, new Fixture("azurerm_key_vault", PRODUCTION_TIER_1, "{" + TAGS + "}", NONE,
            "{\"tags\": {\"owner\": \"the ERP team\"}}", NONE, "owner is 'the ERP team', not a mailbox"));
        FIXTURES.put(SecretLiteralRule.ID, new Fixture(POSTGRES, PRODUCTION_TIER_1,
            "{\"administrator_password_wo\": \"${var.pg_admin_password}\", \"administrator_password_wo_version\": 1}", NONE,
            "{\"administrator_password\": \"Sup3r-secret!\"}", NONE,
            "/resource/azurerm_postgresql_flexible_server/subject/administrator_password: credential argument with a literal value"));
        FIXTURES.put(DeletionProtectionRule.ID, new Fixture(POSTGRES, PRODUCTION_TIER_1, "{\"lifecycle\": {\"prevent_destroy\": true}}",
            NONE, "{\"lifecycle\": {\"ignore_changes\": [\"zone\"]}}", NONE, "lifecycle.prevent_destroy is not true"));
        FIXTURES.put(DeleteLockRule.ID, new Fixture(POSTGRES, PRODUCTION_TIER_1, NONE,
            "{\"azurerm_management_lock\": {\"lock\": {\"lock_level\": \"CanNotDelete\", \"scope\": \"${%s.subject.id}\"}}}", NONE,
            "{\"azurerm_management_lock\": {\"lock\": {\"lock_level\": \"CanNotDelete\", \"scope\": \"${%s.other.id}\"}}}",
            "no azurerm_management_lock has this server or its resource group as its scope"));
        FIXTURES.put(VaultedBackupRule.ID, new Fixture(POSTGRES, PRODUCTION_TIER_2, NONE, vault("P3M"), NONE, vault("P1M"),
            "the backup policy keeps vaulted backups for 30 days, tier-2 needs 3 months"));
        FIXTURES.put(ReplicaRule.ID, new Fixture(POSTGRES, PRODUCTION_TIER_1, "{\"location\": \"westeurope\"}", replica("northeurope"),
            "{\"location\": \"westeurope\"}", replica("westeurope"), "the server's replicas are all in westeurope, its own region"));
        FIXTURES.put(RegistryReplicaRule.ID, new Fixture(REGISTRY, PRODUCTION_TIER_2,
            "{\"location\": \"westeurope\", \"georeplications\": [{\"location\": \"northeurope\", \"regional_endpoint_enabled\": true}]}",
            NONE, "{\"location\": \"westeurope\", \"georeplications\": [{\"location\": \"westeurope\"}]}", NONE,
            "the registry's geo-replications are all in westeurope, its own region"));
        FIXTURES.put(DiagnosticsCoverageRule.ID, new Fixture("azurerm_container_registry", SANDBOX, NONE,
            "{\"azurerm_monitor_diagnostic_setting\": {\"d\": {\"target_resource_id\": \"${%s.subject.id}\"}}}", NONE,
            "{\"azurerm_monitor_diagnostic_setting\": {\"d\": {\"target_resource_id\": \"${%s.other.id}\"}}}",
            "no azurerm_monitor_diagnostic_setting has azurerm_container_registry.subject as its target"));
        FIXTURES.put(AksEntraRbacRule.ID, new Fixture(AKS, SANDBOX,
            "{\"azure_active_directory_role_based_access_control\": {\"azure_rbac_enabled\": true}}", NONE,
            "{\"azure_active_directory_role_based_access_control\": {\"azure_rbac_enabled\": false}}", NONE,
            "azure_rbac_enabled is false"));
        FIXTURES.put(AksNetworkPolicyRule.ID, new Fixture(AKS, SANDBOX, "{\"network_profile\": {\"network_policy\": \"cilium\"}}", NONE,
            "{\"network_profile\": {\"network_plugin\": \"azure\"}}", NONE, "network_profile.network_policy is not set"));
        FIXTURES.put(AksUpgradesRule.ID, new Fixture(AKS, SANDBOX,
            "{\"automatic_upgrade_channel\": \"patch\", \"node_os_upgrade_channel\": \"NodeImage\"}", NONE,
            "{\"automatic_upgrade_channel\": \"patch\", \"node_os_upgrade_channel\": \"None\"}", NONE,
            "node_os_upgrade_channel is 'None'"));
        FIXTURES.put(AksWorkloadIdentityRule.ID, new Fixture(AKS, SANDBOX,
            "{\"oidc_issuer_enabled\": true, \"workload_identity_enabled\": true}", NONE, "{\"oidc_issuer_enabled\": true}", NONE,
            "workload_identity_enabled is false"));
        FIXTURES.put(KnownChartRule.ID, new Fixture("helm_release", SANDBOX,
            "{\"repository\": \"https://traefik.github.io/charts\", \"chart\": \"traefik\", \"version\": \"37.4.0\"}", NONE,
            "{\"repository\": \"https://traefik.github.io/charts\", \"chart\": \"traefik\", \"version\": \"30.0.0\"}", NONE,
            "chart traefik 30.0.0 from https://traefik.github.io/charts is not in the chart catalog"));
        FIXTURES.put(CustomerManagedKeyMaterialRule.ID, new Fixture("azurerm_resource_group_template_deployment", KEYED_SANDBOX,
            keyTemplate("RSA-HSM", 3072, "P365D"), NONE, keyTemplate("RSA", 2048, null), NONE,
            "kv/cmk-storage: keySize is 2048; use 3072 or 4096; kv/cmk-storage: no rotation policy rotates the key"));
        FIXTURES.put(CustomerManagedKeyCoverageRule.ID, new Fixture(POSTGRES, KEYED_SANDBOX,
            "{\"customer_managed_key\": {\"key_vault_key_id\": \"k\", \"primary_user_assigned_identity_id\": \"i\"}}", NONE,
            NONE, NONE, "the server is encrypted with a service-managed key"));
        FIXTURES.put(EligibilityEndingRule.ID, new Fixture(EligibilityWindow.TYPE, PLATFORM, eligible("2026-12-01", 180), NONE,
            eligible("2026-06-01", 200), NONE, "its last day is 2026-12-17 (UTC), 15 days after today (2026-12-02)"));
        FIXTURES.put(EligibilityEndedRule.ID, new Fixture(EligibilityWindow.TYPE, PLATFORM, eligible("2026-12-01", 180), NONE,
            eligible("2026-06-01", 180), NONE, "its last day was 2026-11-27 (UTC), 5 days before today (2026-12-02)"));
        FIXTURES.put(EnvironmentExpiringRule.ID, new Fixture(EnvironmentExpiry.TYPE, temporary(TODAY.plusDays(15)), NONE, NONE, NONE,
            NONE, "temporary environment acme-analytics expires soon: its last day is 2026-12-15 (UTC), 13 days after today"
                + " (2026-12-02)", temporary(TODAY.plusDays(13))));
        FIXTURES.put(EnvironmentExpiredRule.ID, new Fixture(EnvironmentExpiry.TYPE, temporary(TODAY), NONE, NONE, NONE, NONE,
            "temporary environment acme-analytics has expired: its last day was 2026-12-01 (UTC), 1 day before today (2026-12-02)",
            temporary(TODAY.minusDays(1))));
        FIXTURES.put(ProviderSubscriptionRule.ID, new Fixture(ProviderSubscriptionRule.TYPE, VENDED_PRODUCTION,
            "[{\"features\": [{}], \"subscription_id\": \"${data.terraform_remote_state.subscriptions.outputs.subscription-acme-production}\"}]",
            NONE, "[{\"features\": [{}], \"storage_use_azuread\": true}]", NONE,
            "the default azurerm provider sets no subscription_id, so the stack would deploy into whatever subscription"
                + " ARM_SUBSCRIPTION_ID names where it is applied"));
        String ownHalf = "\"own\": {\"virtual_network_name\": \"${%s.subject.name}\","
            + " \"remote_virtual_network_id\": \"${data.terraform_remote_state.connectivity.outputs.hub-weu-id}\"}";
        FIXTURES.put(HubPeeringRule.ID, new Fixture("azurerm_virtual_network", PRODUCTION_TIER_1, NONE,
            "{\"azurerm_virtual_network_peering\": {" + ownHalf + ", \"hub\": {\"virtual_network_name\": \"vnet-acme-hub-weu\","
                + " \"remote_virtual_network_id\": \"${%s.subject.id}\"}}}", NONE,
            "{\"azurerm_virtual_network_peering\": {" + ownHalf + "}}", "the network peers towards its hub, but the hub has no half back"));
        FIXTURES.put(FirewallRouteRule.ID, new Fixture(AKS, PRODUCTION_TIER_1, cluster("userDefinedRouting"), ROUTED_NETWORK,
            cluster("loadBalancer"), ROUTED_NETWORK, "network_profile.outbound_type is 'loadBalancer', so AKS gives the cluster an"
                + " outbound public address"));
        FIXTURES.put(DuplicateDnsZoneRule.ID, new Fixture(DuplicateDnsZoneRule.ZONE, PRODUCTION_TIER_1,
            "{\"name\": \"privatelink.file.core.windows.net\"}", ROUTED_NETWORK, "{\"name\": \"privatelink.vaultcore.azure.net\"}",
            ROUTED_NETWORK, "defines its own zone 'privatelink.vaultcore.azure.net' (linked to no network), which the connectivity"
                + " stack already holds (azurerm_private_dns_zone.key-vault of stack connectivity)"));
        FIXTURES.put(EgressParityRule.ID, new Fixture(EgressParityRule.POLICY, STAGING_IN_CLUSTER, egressPolicy("22"), NONE,
            egressPolicy("2222"), NONE, "allows TCP 2222 to 0.0.0.0/0 on the internet, which no rule of the hub firewall allows the"
                + " namespace (rules named acme-staging-<key>)"));
    }

    /** The cluster stack of {@link #STAGING_IN_CLUSTER}: its cluster on userDefinedRouting. */
    private static final SynthesizedStack ROUTED_CLUSTER = new SynthesizedStack("acme-staging",
        context("acme-staging", StackKind.BUSINESS_UNIT, "acme", "staging", "staging", false, null), Synth.parse(
            "{\"resource\": {\"azurerm_kubernetes_cluster\": {\"cluster\": {\"network_profile\": {\"outbound_type\": \"userDefinedRouting\"}}}}}"));

    /** A tenant policy of namespace acme-staging opening TCP {@code port} to every public address, and DNS to a private one. */
    private static String egressPolicy(String port) {
        return "{\"metadata\": {\"name\": \"allow-declared-egress\", \"namespace\": \"acme-staging\"}, \"spec\": {\"egress\": [{\"ports\":"
            + " [{\"port\": \"" + port + "\", \"protocol\": \"TCP\"}], \"to\": [{\"ip_block\": {\"cidr\": \"0.0.0.0/0\"}}]},"
            + " {\"ports\": [{\"port\": \"53\", \"protocol\": \"UDP\"}], \"to\": [{\"ip_block\": {\"cidr\": \"10.0.0.10/32\"}}]}]}}";
    }

    /** A connectivity stack holding the vault zone: what the rules reading the whole output ({@link OutputRule}) are made within. */
    private static final SynthesizedStack CONNECTIVITY = new SynthesizedStack("connectivity",
        context("connectivity", StackKind.CONNECTIVITY, null, null, null, false, null), Synth.parse("""
            {"resource": {"azurerm_private_dns_zone": {"key-vault": {"name": "privatelink.vaultcore.azure.net"}},
              "azurerm_firewall_policy_rule_collection_group": {"egress": {"network_rule_collection": [{"rule": [
                {"name": "acme-staging-tcp-22-sftp.partner.example", "destination_ports": ["22"], "protocols": ["TCP"],
                 "destination_fqdns": ["sftp.partner.example"]}]}]}}},
             "output": {"dns-zone-key-vault": {"value": "${azurerm_private_dns_zone.key-vault.id}"}}}
            """));

    /** A cluster whose default node pool takes its subnet from the route table association, with {@code outboundType}. */
    private static String cluster(String outboundType) {
        return "{\"default_node_pool\": {\"vnet_subnet_id\": \"${azurerm_subnet_route_table_association.routes.subnet_id}\"},"
            + " \"network_profile\": {\"outbound_type\": \"" + outboundType + "\"}}";
    }

    /** A template deployment creating key {@code kv/cmk-storage}, as KeyVaultKey writes it; {@code rotation} null for none. */
    private static String keyTemplate(String type, int size, String rotation) {
        String policy = rotation == null ? "" : ", \"rotationPolicy\": {\"lifetimeActions\": [{\"action\": {\"type\": \"rotate\"},"
            + " \"trigger\": {\"timeAfterCreate\": \"" + rotation + "\"}}]}";
        String template = "{\"resources\": [{\"type\": \"Microsoft.KeyVault/vaults/keys\", \"name\": \"kv/cmk-storage\","
            + " \"properties\": {\"kty\": \"" + type + "\", \"keySize\": " + size + policy + "}}]}";
        return "{\"template_content\": " + com.sysgenpro.landingzone.internal.Json.write(template) + "}";
    }

    /** An eligible assignment from {@code start} lasting {@code days}, as the landing zone writes it. */
    static String eligible(String start, int days) {
        return "{\"schedule\": {\"start_date_time\": \"" + start + "T00:00:00Z\", \"expiration\": {\"duration_days\": " + days + "}}}";
    }

    private static String vault(String duration) {
        return """
            {"azurerm_data_protection_backup_instance_postgresql_flexible_server": {"instance": {
               "server_id": "${%s.subject.id}",
               "backup_policy_id": "${azurerm_data_protection_backup_policy_postgresql_flexible_server.policy.id}"}},
             "azurerm_data_protection_backup_policy_postgresql_flexible_server": {"policy": {
               "default_retention_rule": {"life_cycle": [{"data_store_type": "VaultStore", "duration": "DURATION"}]}}}}
            """.replace("DURATION", duration);
    }

    private static String replica(String location) {
        return "{\"%s\": {\"replica\": {\"create_mode\": \"Replica\", \"source_server_id\": \"${%s.subject.id}\", \"location\": \""
            + location + "\"}}}";
    }

    static StackContext context(String name, StackKind kind, String unit, String environment, String blueprint, boolean production,
                                String tier) {
        return new StackContext(name, kind, unit, environment, blueprint, production, tier, "dedicated", null, Set.of(), Map.of());
    }

    /** The stack of a unit's temporary analytics environment whose last day is {@code expires}. */
    static StackContext temporary(LocalDate expires) {
        return new StackContext("acme-analytics", StackKind.BUSINESS_UNIT, "acme", "analytics", "development", false, null, "shared",
            null, Set.of(), Map.of(), false, null, expires);
    }

    /** Evaluates {@code rule} on {@code type.subject} with {@code body} in a stack of {@code companions}. */
    static Evaluation evaluate(Rule rule, String type, String body, String companions, StackContext stack) {
        JsonNode config = Synth.parse("{\"resource\": " + companions.replace("%s", type) + "}");
        // A provider block is named by its provider (provider.azurerm), which rules about providers go by.
        String name = type.equals(ProviderSubscriptionRule.TYPE) ? "azurerm" : "subject";
        Rule evaluated = rule instanceof OutputRule crossStack
            ? crossStack.within(List.of(new SynthesizedStack(stack.name(), stack, config), CONNECTIVITY, ROUTED_CLUSTER)) : rule;
        return evaluated.evaluate(new TerraformResource(stack.name(), type, name, Synth.parse(body), config), stack);
    }

    private static Rule rule(String id) {
        return Rules.checkOnly(TODAY).stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyCheckOnlyRuleHasFixtures() {
        assertThat(Rules.checkOnly()).extracting(Rule::id).containsExactlyElementsOf(FIXTURES.keySet());
    }

    @Test
    void compliantFixturesAreCompliantAndNonCompliantOnesSayWhatToFix() {
        List<String> wrong = new ArrayList<>();
        FIXTURES.forEach((id, fixture) -> {
            Rule rule = rule(id);
            assertThat(rule.appliesTo(fixture.type())).as(id).isTrue();
            Evaluation good = evaluate(rule, fixture.type(), fixture.compliant(), fixture.compliantCompanions(), fixture.stack());
            if (good.outcome() != Outcome.COMPLIANT) {
                wrong.add(id + " compliant fixture: " + good);
            }
            Evaluation bad = evaluate(rule, fixture.type(), fixture.nonCompliant(), fixture.nonCompliantCompanions(),
                fixture.nonCompliantStack());
            if (bad.outcome() != Outcome.NON_COMPLIANT || !bad.message().contains(fixture.says())) {
                wrong.add(id + " non-compliant fixture: " + bad);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void checkOnlyRulesHaveUniqueIdsTitlesAndHelpAndCollideWithNoControl() {
        assertThat(Rules.checkOnly()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("LZ-[A-Z]+(-[A-Z]+)?-\\d{3}");
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.help()).isNotBlank();
        });
        // Rules.all throws when a check-only id is also a control's.
        assertThat(Rules.all(List.of("owner"))).extracting(Rule::id).doesNotHaveDuplicates()
            .containsAll(FIXTURES.keySet());
    }

    @Test
    void deletionProtectionAndLocksApplyOnlyInProduction() {
        assertThat(evaluate(rule(DeletionProtectionRule.ID), POSTGRES, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule(DeleteLockRule.ID), POSTGRES, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule(DeletionProtectionRule.ID), "azurerm_data_protection_backup_vault", NONE, NONE, PRODUCTION_TIER_1)
            .outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void aLockOnTheResourceGroupProtectsTheServerToo() {
        String companions = """
            {"azurerm_resource_group": {"workload": {"name": "rg"}},
             "azurerm_management_lock": {"lock": {"lock_level": "CanNotDelete", "scope": "${azurerm_resource_group.workload.id}"}}}
            """;

        assertThat(evaluate(rule(DeleteLockRule.ID), POSTGRES, "{\"resource_group_name\": \"${azurerm_resource_group.workload.name}\"}",
            companions, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule(DeleteLockRule.ID), POSTGRES, "{\"resource_group_name\": \"${azurerm_resource_group.other.name}\"}",
            companions, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void productionStorageAccountsNeedPreventDestroyAndADeleteLock() {
        String lockOnSubject = "{\"azurerm_management_lock\": {\"lock\": {\"lock_level\": \"CanNotDelete\","
            + " \"scope\": \"${azurerm_storage_account.subject.id}\"}}}";
        String lockElsewhere = lockOnSubject.replace("subject", "other");

        assertThat(evaluate(rule(DeletionProtectionRule.ID), STORAGE, "{\"lifecycle\": {\"prevent_destroy\": true}}", NONE,
            PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);
        Evaluation unprotected = evaluate(rule(DeletionProtectionRule.ID), STORAGE, "{\"lifecycle\": {\"prevent_destroy\": false}}",
            NONE, PRODUCTION_TIER_1);
        assertThat(unprotected.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(unprotected.message()).contains("lifecycle.prevent_destroy is not true");

        assertThat(evaluate(rule(DeleteLockRule.ID), STORAGE, NONE, lockOnSubject, PRODUCTION_TIER_1).outcome())
            .isEqualTo(Outcome.COMPLIANT);
        Evaluation unlocked = evaluate(rule(DeleteLockRule.ID), STORAGE, NONE, lockElsewhere, PRODUCTION_TIER_1);
        assertThat(unlocked.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(unlocked.message()).contains("no azurerm_management_lock has this storage account or its resource group as its scope");

        String groupLock = """
            {"azurerm_resource_group": {"workload": {"name": "rg"}},
             "azurerm_management_lock": {"lock": {"lock_level": "CanNotDelete", "scope": "${azurerm_resource_group.workload.id}"}}}
            """;
        assertThat(evaluate(rule(DeleteLockRule.ID), STORAGE, "{\"resource_group_name\": \"${azurerm_resource_group.workload.name}\"}",
            groupLock, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);

        assertThat(evaluate(rule(DeletionProtectionRule.ID), STORAGE, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule(DeleteLockRule.ID), STORAGE, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void vaultedBackupsAreRequiredByTierInProductionAndNotForReplicas() {
        Rule rule = rule(VaultedBackupRule.ID);
        StackContext tier3 = context("north-production", StackKind.BUSINESS_UNIT, "north", "production", "production", true, "tier-3");

        assertThat(evaluate(rule, POSTGRES, NONE, NONE, PRODUCTION_TIER_2).message())
            .startsWith("no azurerm_data_protection_backup_instance_postgresql_flexible_server backs the server up, but tier-2 keeps 3 months");
        assertThat(evaluate(rule, POSTGRES, NONE, NONE, tier3).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, POSTGRES, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, POSTGRES, "{\"create_mode\": \"Replica\"}", NONE, PRODUCTION_TIER_1).outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, POSTGRES, NONE, vault("P1Y"), PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, POSTGRES, NONE, vault("P11M"), PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void onlyTierOneNeedsAReplica() {
        Rule rule = rule(ReplicaRule.ID);

        assertThat(evaluate(rule, POSTGRES, NONE, NONE, PRODUCTION_TIER_1).message()).startsWith("no read replica has this server as its source");
        assertThat(evaluate(rule, POSTGRES, NONE, NONE, PRODUCTION_TIER_2).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, POSTGRES, "{\"create_mode\": \"Replica\"}", NONE, PRODUCTION_TIER_1).outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void tierOneAndTwoProductionRegistriesNeedAReplicaElsewhere() {
        Rule rule = rule(RegistryReplicaRule.ID);
        StackContext tier3 = context("north-production", StackKind.BUSINESS_UNIT, "north", "production", "production", true, "tier-3");
        StackContext shared = context("shared-production", StackKind.SHARED_HOSTING, null, null, "production", true, "tier-1");
        String alone = "{\"location\": \"westeurope\"}";

        assertThat(evaluate(rule, REGISTRY, alone, NONE, PRODUCTION_TIER_1).message())
            .startsWith("the registry has no geo-replication, but tier-1 rebuilds its cluster in the recovery region");
        assertThat(evaluate(rule, REGISTRY, alone, NONE, shared).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(evaluate(rule, REGISTRY, alone, NONE, tier3).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, REGISTRY, alone, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        // One replica elsewhere is enough, also beside one in the registry's own region; a location known only at apply time counts.
        assertThat(evaluate(rule, REGISTRY, "{\"location\": \"westeurope\", \"georeplications\": [{\"location\": \"westeurope\"},"
            + " {\"location\": \"francecentral\"}]}", NONE, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, REGISTRY, "{\"location\": \"${azurerm_resource_group.g.location}\", \"georeplications\":"
            + " [{\"location\": \"northeurope\"}]}", NONE, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.COMPLIANT);
    }

    @Test
    void tagValuesAreHeldToWhatEachKindOfStackCarries() {
        Rule rule = rule(TagValuesRule.ID);
        StackContext shared = context("shared-production", StackKind.SHARED_HOSTING, null, null, "production", true, "tier-2");
        StackContext platform = context("platform", StackKind.PLATFORM, null, null, null, false, null);
        StackContext unknown = StackContext.unknown("plain");
        String sharedTags = "{\"tags\": {\"business-unit\": \"shared\", \"environment\": \"production\", \"recovery-tier\": \"tier-2\"}}";

        assertThat(evaluate(rule, "azurerm_key_vault", sharedTags, NONE, shared).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, "azurerm_key_vault", sharedTags.replace("tier-2", "none"), NONE, shared).message())
            .startsWith("recovery-tier is 'none', the highest tier the stack hosts is 'tier-2'");
        assertThat(evaluate(rule, "azurerm_resource_group", "{\"tags\": {\"business-unit\": \"platform\", \"environment\": \"platform\","
            + " \"recovery-tier\": \"tier-1\"}}", NONE, platform).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, "azurerm_key_vault", "{\"tags\": {\"recovery-tier\": \"gold\", \"data-classification\": \"secret\"}}",
            NONE, unknown).message())
            .isEqualTo("recovery-tier 'gold' is not a tier; use tier-1, tier-2, tier-3 or none; data-classification 'secret' is not a"
                + " classification; use public, internal, confidential, regulated; pass the estate's tags for this stack to the construct"
                + " instead of tags of its own");
        assertThat(evaluate(rule, "azurerm_role_assignment", NONE, NONE, PRODUCTION_TIER_1).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(rule.appliesTo("kubernetes_namespace_v1")).isFalse();
    }

    @Test
    void anEntraObjectIdIsNoOwnerSinceNothingCanBeMailedToIt() {
        assertThat(evaluate(rule(OwnerTagRule.ID), "azurerm_key_vault", "{\"tags\": {\"owner\": \"33333333-3333-4333-8333-333333333333\"}}",
            NONE, SANDBOX).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void secretsAreLookedForInEveryBlockOfAStack() {
        JsonNode config = Synth.parse("""
            {"resource": {"azurerm_key_vault": {"vault": {"name": "kv"}}},
             "output": {"key": {"value": "${azurerm_storage_account.st.primary_access_key}", "sensitive": true},
                        "ca": {"value": "${azurerm_kubernetes_cluster.k.kube_config[0].cluster_ca_certificate}", "sensitive": true}},
             "terraform": {"backend": {"azurerm": {"access_key": "bm90LWEtcmVhbC1rZXk=", "use_azuread_auth": false}}},
             "data": {"azurerm_client_config": {"current": {}}},
             "provider": {"azurerm": [{"features": [{}], "subscription_id": "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590"}]}}
            """);
        SynthesizedStack stack = new SynthesizedStack("s", StackContext.unknown("s"), config);
        Rule rule = rule(SecretLiteralRule.ID);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (TerraformResource block : stack.blocks()) {
            outcomes.put(block.address(), rule.evaluate(block, stack.context()).outcome());
        }

        assertThat(rule).isInstanceOf(BlockRule.class);
        assertThat(outcomes).containsExactly(
            Map.entry("azurerm_key_vault.vault", Outcome.COMPLIANT),
            Map.entry("data.azurerm_client_config.current", Outcome.COMPLIANT),
            Map.entry("output.ca", Outcome.COMPLIANT),
            Map.entry("output.key", Outcome.NON_COMPLIANT),
            Map.entry("provider.azurerm", Outcome.COMPLIANT),
            Map.entry("terraform.backend", Outcome.NON_COMPLIANT));
        assertThat(rule.evaluate(stack.blocks().get(5), stack.context()).message())
            .startsWith("/terraform/backend/azurerm/access_key: credential argument with a literal value");
    }

    @Test
    void blockAddressesMapBackToTheirPlaceInTheJson() {
        assertThat(SynthesizedStack.pointer("azurerm_key_vault.vault")).isEqualTo("/resource/azurerm_key_vault/vault");
        assertThat(SynthesizedStack.pointer("data.azurerm_client_config.current")).isEqualTo("/data/azurerm_client_config/current");
        assertThat(SynthesizedStack.pointer("output.key")).isEqualTo("/output/key");
        assertThat(SynthesizedStack.pointer("var.password")).isEqualTo("/variable/password");
        assertThat(SynthesizedStack.pointer("local.name")).isEqualTo("/locals/name");
        assertThat(SynthesizedStack.pointer("terraform.backend")).isEqualTo("/terraform/backend");
    }

    @Test
    void valuesKnownOnlyAtApplyTimeAreNotApplicable() {
        assertThat(evaluate(rule(AksNetworkPolicyRule.ID), AKS, "{\"network_profile\": {\"network_policy\": \"${var.policy}\"}}", NONE,
            SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule(TagValuesRule.ID), "azurerm_key_vault", "{\"tags\": \"${local.tags}\"}", NONE, SANDBOX).outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void keyedStacksNeedPurgeProtectedVaultsAndKeysAnywhereRotate() {
        Rule rule = rule(CustomerManagedKeyMaterialRule.ID);

        assertThat(evaluate(rule, "azurerm_key_vault", "{\"purge_protection_enabled\": false}", NONE, KEYED_SANDBOX).message())
            .startsWith("purge protection is off, so the vault's keys could be purged");
        assertThat(evaluate(rule, "azurerm_key_vault", "{\"purge_protection_enabled\": false}", NONE, SANDBOX).outcome())
            .as("a sandbox without keys may recreate vaults under the same name").isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, "azurerm_resource_group_template_deployment", keyTemplate("RSA", 4096, "P1000D"), NONE, SANDBOX).message())
            .isEqualTo("kv/cmk-storage: the key rotates only after P1000D; rotate it at least every 730 days");
        assertThat(evaluate(rule, "azurerm_resource_group_template_deployment", "{\"template_content\": \"{\\\"resources\\\": []}\"}", NONE,
            KEYED_SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, "azurerm_key_vault_key", "{\"key_type\": \"RSA-HSM\", \"key_size\": 3072,"
            + " \"rotation_policy\": {\"automatic\": {\"time_after_creation\": \"P90D\"}}}", NONE, SANDBOX).outcome())
            .isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, "azurerm_key_vault_key", "{\"key_type\": \"EC\", \"key_size\": 3072}", NONE, SANDBOX).message())
            .contains("key_type is EC").contains("no rotation policy rotates the key");
    }

    @Test
    void keyCoverageAppliesOnlyToKeyedStacksThatNoAssignmentReaches() {
        Rule rule = rule(CustomerManagedKeyCoverageRule.ID);
        StackContext covered = new StackContext("clinic-production", StackKind.BUSINESS_UNIT, "clinic", "production", "production", true,
            "tier-2", "semi-dedicated", "bu-clinic-prod", Set.of("cmk"), Map.of(), true);
        StackContext shared = new StackContext("shared-sandbox", StackKind.SHARED_HOSTING, null, null, "sandbox", false, null, "shared",
            null, Set.of("tags"), Map.of(), true);

        assertThat(evaluate(rule, STORAGE, NONE, NONE, SANDBOX).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, STORAGE, NONE, NONE, covered).outcome()).as("LZ-CMK-001 applies there").isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, STORAGE, NONE, NONE, KEYED_SANDBOX).message()).startsWith("the account is encrypted with a Microsoft-managed key");
        assertThat(evaluate(rule, STORAGE, NONE, NONE, shared).outcome()).as("the shared storage keeps shared keys")
            .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, AKS, NONE, NONE, shared).message()).startsWith("the nodes' OS disks are encrypted with Microsoft-managed keys");
        assertThat(evaluate(rule, AKS, "{\"disk_encryption_set_id\": \"${azurerm_disk_encryption_set.d.id}\"}", NONE, shared).outcome())
            .isEqualTo(Outcome.COMPLIANT);
        assertThat(evaluate(rule, POSTGRES, "{\"geo_redundant_backup_enabled\": true, \"customer_managed_key\": {\"key_vault_key_id\": \"k\","
            + " \"primary_user_assigned_identity_id\": \"i\"}}", NONE, KEYED_SANDBOX).message())
            .startsWith("the geo-redundant backups have no key of their own");
    }
}
