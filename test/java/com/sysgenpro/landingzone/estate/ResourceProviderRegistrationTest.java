package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource provider registration with a subscription layout, on a fresh synthesis of part of the reference estate:
 * every stack's provider registers nothing, the platform stack registers in each subscription what its stacks create,
 * Microsoft.Compute with EncryptionAtHost as a resource where clusters run in created subscriptions; and without a
 * layout, azurerm's default stays.
 */
class ResourceProviderRegistrationTest {

    /** A dedicated unit, the shared hosting and one semi-dedicated and one shared tenant of it, with the platform. */
    private static final Set<String> SELECTED = Set.of(SubscriptionsStack.NAME, PlatformStack.NAME, "wholesale-production",
        "shared-production", "pharma-production", "north-production");
    /** Registered by Azure in every subscription (its list of resource providers, "registered by default"). */
    private static final Set<String> REGISTERED_BY_DEFAULT = Set.of("Microsoft.Resources", "Microsoft.Authorization",
        "Microsoft.Consumption");
    /** Resources at tenant scope, registered nowhere. */
    private static final String TENANT = "tenant";
    /**
     * The namespace of every azurerm resource type the estate's stacks create, by type prefix (longest first wins). A
     * type missing here fails the test: add it with the namespace Azure registers it under.
     */
    private static final Map<String, String> NAMESPACES = new LinkedHashMap<>();

    static {
        NAMESPACES.put("azurerm_consumption_budget_", "Microsoft.Consumption");
        NAMESPACES.put("azurerm_container_registry", "Microsoft.ContainerRegistry");
        NAMESPACES.put("azurerm_data_protection_", "Microsoft.DataProtection");
        NAMESPACES.put("azurerm_disk_encryption_set", "Microsoft.Compute");
        NAMESPACES.put("azurerm_federated_identity_credential", "Microsoft.ManagedIdentity");
        NAMESPACES.put("azurerm_user_assigned_identity", "Microsoft.ManagedIdentity");
        NAMESPACES.put("azurerm_key_vault", "Microsoft.KeyVault");
        NAMESPACES.put("azurerm_kubernetes_cluster_extension", "Microsoft.KubernetesConfiguration");
        NAMESPACES.put("azurerm_kubernetes_flux_configuration", "Microsoft.KubernetesConfiguration");
        NAMESPACES.put("azurerm_kubernetes_cluster", "Microsoft.ContainerService");
        NAMESPACES.put("azurerm_log_analytics_workspace", "Microsoft.OperationalInsights");
        NAMESPACES.put("azurerm_managed_redis", "Microsoft.Cache");
        NAMESPACES.put("azurerm_management_group_policy_remediation", "Microsoft.PolicyInsights");
        NAMESPACES.put("azurerm_management_group_policy_assignment", "Microsoft.Authorization");
        NAMESPACES.put("azurerm_management_group", "Microsoft.Management");
        NAMESPACES.put("azurerm_management_lock", "Microsoft.Authorization");
        NAMESPACES.put("azurerm_monitor_aad_diagnostic_setting", TENANT);
        NAMESPACES.put("azurerm_monitor_", "microsoft.insights");
        NAMESPACES.put("azurerm_network_security_group", "Microsoft.Network");
        NAMESPACES.put("azurerm_private_dns_zone", "Microsoft.Network");
        NAMESPACES.put("azurerm_private_endpoint", "Microsoft.Network");
        NAMESPACES.put("azurerm_subnet", "Microsoft.Network");
        NAMESPACES.put("azurerm_route_table", "Microsoft.Network");
        NAMESPACES.put("azurerm_firewall", "Microsoft.Network");
        NAMESPACES.put("azurerm_public_ip", "Microsoft.Network");
        NAMESPACES.put("azurerm_private_dns_resolver", "Microsoft.Network");
        NAMESPACES.put("azurerm_virtual_network", "Microsoft.Network");
        NAMESPACES.put("azurerm_pim_", "Microsoft.Authorization");
        NAMESPACES.put("azurerm_role_", "Microsoft.Authorization");
        NAMESPACES.put("azurerm_policy_", "Microsoft.Authorization");
        NAMESPACES.put("azurerm_postgresql_", "Microsoft.DBforPostgreSQL");
        NAMESPACES.put("azurerm_resource_group", "Microsoft.Resources");
        NAMESPACES.put("azurerm_subscription_template_deployment", "Microsoft.Resources");
        NAMESPACES.put("azurerm_resource_provider_registration", "Microsoft.Resources");
        NAMESPACES.put("azurerm_security_center_", "Microsoft.Security");
        NAMESPACES.put("azurerm_storage_", "Microsoft.Storage");
        NAMESPACES.put("azurerm_subscription", TENANT);
    }

    @TempDir
    static Path tmp;
    private static Path out;

    @BeforeAll
    static void synthesize() {
        out = tmp.resolve("layout");
        EstateSynthesizer.synthesize(EstateLoader.parse(ReferenceYaml.text(), "reference"), "test", out, stack -> { }, SELECTED);
    }

    private static JsonNode stack(Path dir, String name) {
        return Synth.read(dir.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static List<JsonNode> providers(JsonNode stack) {
        List<JsonNode> providers = new ArrayList<>();
        stack.path("provider").path("azurerm").forEach(providers::add);
        return providers;
    }

    @Test
    void everyProviderRegistersNothingButEachSubscriptionsOwnProviderInThePlatform() {
        for (String name : SELECTED) {
            for (JsonNode provider : providers(stack(out, name))) {
                String what = name + " provider " + provider.path("alias").asText("default");
                assertThat(provider.path("resource_provider_registrations").asText()).as(what).isEqualTo("none");
                boolean subscriptionsOwn = name.equals(PlatformStack.NAME) && provider.has("alias");
                assertThat(provider.has("resource_providers_to_register")).as(what).isEqualTo(subscriptionsOwn);
            }
        }
    }

    @Test
    void everySubscriptionRegistersWhatItsStacksCreate() {
        JsonNode platform = stack(out, PlatformStack.NAME);
        Map<String, Set<String>> registered = new HashMap<>();
        for (JsonNode provider : providers(platform)) {
            if (provider.has("alias")) {
                Set<String> namespaces = registered.computeIfAbsent(provider.path("alias").asText(), key -> new TreeSet<>());
                provider.path("resource_providers_to_register").forEach(namespace -> namespaces.add(namespace.asText()));
            }
        }
        for (JsonNode registration : Synth.resources(platform, "azurerm_resource_provider_registration")) {
            registered.get(registration.path("provider").asText().replaceFirst("^azurerm\\.", "")).add(registration.path("name").asText());
        }
        JsonNode description = Synth.read(out.resolve("landing-zone.json")).path("stacks");
        List<String> checked = new ArrayList<>();
        for (String name : SELECTED) {
            if (name.equals(SubscriptionsStack.NAME)) {
                continue; // aliases only, tenant-level
            }
            String home = description.path(name).path("subscription").asText();
            assertThat(home).as(name).isNotBlank();
            stack(out, name).path("resource").fields().forEachRemaining(type -> type.getValue().forEach(resource -> {
                String subscription = resource.has("provider") ? resource.path("provider").asText().replaceFirst("^azurerm\\.", "") : home;
                String namespace = namespace(type.getKey());
                if (!namespace.equals(TENANT) && !REGISTERED_BY_DEFAULT.contains(namespace)) {
                    assertThat(registered.get(subscription)).as(name + ": " + type.getKey() + " in " + subscription).contains(namespace);
                }
                checked.add(type.getKey());
            }));
        }
        assertThat(checked).contains("azurerm_kubernetes_cluster", "azurerm_postgresql_flexible_server", "azurerm_managed_redis",
            "azurerm_data_protection_backup_vault", "azurerm_kubernetes_flux_configuration", "azurerm_log_analytics_workspace");
        // What clusters use without a resource of its own: their scale sets, monitoring and Azure Policy add-ons.
        assertThat(registered.get("wholesale-production")).contains("Microsoft.Compute", "Microsoft.OperationsManagement",
            "Microsoft.PolicyInsights", "Microsoft.Kubernetes");
        assertThat(registered.get("shared-production")).contains("Microsoft.Compute", "Microsoft.OperationsManagement",
            "Microsoft.PolicyInsights");
        // The hubs, their resolver, peerings and zones, and their workspace; AKS asks for its provider where a private
        // cluster's zone is, the central azmk8s zones.
        assertThat(registered.get("connectivity")).containsExactlyInAnyOrder("microsoft.insights", "Microsoft.Security",
            "Microsoft.Network", "Microsoft.OperationalInsights", "Microsoft.ContainerService");
        assertThat(registered.get("management")).doesNotContain("Microsoft.ContainerService", "Microsoft.Compute");
    }

    private static String namespace(String type) {
        return NAMESPACES.entrySet().stream().filter(entry -> type.startsWith(entry.getKey()))
            .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length())).map(Map.Entry::getValue)
            .orElseThrow(() -> new AssertionError(type + " has no namespace in the test's table: add it"));
    }

    @Test
    void createdSubscriptionsWithClustersRegisterComputeWithEncryptionAtHostAsAResource() {
        JsonNode platform = stack(out, PlatformStack.NAME);
        Map<String, JsonNode> byProvider = new HashMap<>();
        Synth.resources(platform, "azurerm_resource_provider_registration").forEach(registration ->
            byProvider.put(registration.path("provider").asText(), registration));
        // Every subscription of the reference layout that hosts a cluster; all of them are created.
        assertThat(byProvider.keySet()).containsExactlyInAnyOrder("azurerm.shared-production", "azurerm.shared-staging",
            "azurerm.shared-sandbox", "azurerm.wholesale-production", "azurerm.wholesale-nonproduction", "azurerm.wholesale-sandbox",
            "azurerm.ecommerce-production", "azurerm.ecommerce-nonproduction", "azurerm.ecommerce-sandbox");
        byProvider.values().forEach(registration -> {
            assertThat(registration.path("name").asText()).isEqualTo("Microsoft.Compute");
            assertThat(registration.path("feature").findValuesAsText("name")).containsExactly("EncryptionAtHost");
        });
        assertThat(Synth.resources(platform, "azurerm_resource_provider_feature_registration")).isEmpty();
        for (JsonNode provider : providers(platform)) {
            if (byProvider.containsKey("azurerm." + provider.path("alias").asText())) {
                List<String> listed = new ArrayList<>();
                provider.path("resource_providers_to_register").forEach(namespace -> listed.add(namespace.asText()));
                assertThat(listed).as("azurerm refuses a registration resource for a provider it registers itself")
                    .doesNotContain("Microsoft.Compute").contains("Microsoft.ContainerService");
            }
        }
    }

    @Test
    void anAdoptedSubscriptionRegistersComputeThroughItsProviderAndNoFeature() {
        Path adopted = tmp.resolve("adopted");
        String yaml = ReferenceYaml.text().replace("    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n",
            "    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n    wholesale-production: 11111111-2222-4333-8444-555555555555\n");
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, "adopted"), "test", adopted, stack -> { }, Set.of(PlatformStack.NAME));
        JsonNode platform = stack(adopted, PlatformStack.NAME);

        assertThat(Synth.resources(platform, "azurerm_resource_provider_registration"))
            .noneMatch(registration -> registration.path("provider").asText().equals("azurerm.wholesale-production"));
        JsonNode provider = providers(platform).stream()
            .filter(candidate -> candidate.path("alias").asText().equals("wholesale-production")).findFirst().orElseThrow();
        List<String> listed = new ArrayList<>();
        provider.path("resource_providers_to_register").forEach(namespace -> listed.add(namespace.asText()));
        assertThat(listed).contains("Microsoft.Compute", "Microsoft.ContainerService");
    }

    @Test
    void everyStackWithASubscriptionDeploysAfterThePlatform() {
        JsonNode manifest = Synth.read(out.resolve("manifest.json")).path("stacks");
        for (String name : SELECTED) {
            List<String> dependencies = new ArrayList<>();
            manifest.path(name).path("dependencies").forEach(dependency -> dependencies.add(dependency.asText()));
            if (name.equals(SubscriptionsStack.NAME)) {
                assertThat(dependencies).as(name).isEmpty();
            } else if (name.equals(PlatformStack.NAME)) {
                assertThat(dependencies).as(name).containsExactly(SubscriptionsStack.NAME);
            } else {
                assertThat(dependencies).as(name).contains(SubscriptionsStack.NAME, PlatformStack.NAME);
            }
        }
    }

    @Test
    void budgetsStartWhenTerraformCreatesThemAndNotBeforeBudgetsStart() {
        JsonNode budget = Synth.onlyResource(stack(out, "wholesale-production"), "azurerm_consumption_budget_resource_group");
        assertThat(budget.path("time_period").path("start_date").asText()).contains("timecmp(\"2027-01-01T00:00:00Z\"")
            .contains("timestamp()");
        assertThat(Synth.resources(stack(out, PlatformStack.NAME), "azurerm_consumption_budget_subscription")).isNotEmpty()
            .allSatisfy(subscriptionBudget -> assertThat(subscriptionBudget.path("provider").asText()).startsWith("azurerm."));
    }

    @Test
    void withoutALayoutProvidersKeepAzurermsDefaultAndBudgetsNeedNoStart() {
        Path plain = tmp.resolve("plain");
        String yaml = ReferenceYaml.text().replaceAll("(?s)subscriptions:.*?securityContacts: \\[security@northwind.example]\n", "")
            .replace("budgets:\n  start: 2027-01-01\n", "");
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, "no layout"), "test", plain, stack -> { },
            Set.of(PlatformStack.NAME, "wholesale-production"));

        for (String name : List.of(PlatformStack.NAME, "wholesale-production")) {
            assertThat(providers(stack(plain, name))).as(name).isNotEmpty().allSatisfy(provider -> {
                assertThat(provider.has("resource_provider_registrations")).isFalse();
                assertThat(provider.has("resource_providers_to_register")).isFalse();
            });
        }
        JsonNode budget = Synth.onlyResource(stack(plain, "wholesale-production"), "azurerm_consumption_budget_resource_group");
        assertThat(budget.path("time_period").path("start_date").asText())
            .isEqualTo("${formatdate(\"YYYY-MM-01'T'00:00:00Z\", timestamp())}");
    }
}
