package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/** The reference estate's in-cluster stacks: one per cluster, tenants isolated, Traefik as the blueprints say. */
class InClusterStacksTest {

    @TempDir
    static Path tmp;

    private static SynthesisReport report;

    @BeforeAll
    static void synthesize() {
        report = EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY), tmp.resolve("out"));
    }

    private static JsonNode stack(String name) {
        return Synth.read(tmp.resolve("out/stacks").resolve(name).resolve("cdk.tf.json"));
    }

    private static List<String> resourceTypes(JsonNode stack) {
        List<String> types = new ArrayList<>();
        stack.path("resource").fieldNames().forEachRemaining(types::add);
        return types;
    }

    private static List<String> namespaces(JsonNode stack) {
        return Synth.resources(stack, "kubernetes_namespace_v1").stream().map(ns -> ns.path("metadata").path("name").asText()).toList();
    }

    private static JsonNode traefikValues(String stackName) {
        JsonNode release = Synth.resources(stack(stackName), "helm_release").stream()
            .filter(r -> r.path("name").asText().equals("traefik")).findFirst().orElseThrow();
        return Synth.parse(release.path("values").get(0).asText());
    }

    @Test
    void everyClusterHasAnInClusterStackOfItsOwnAndNoStackMixesTheTwo() {
        List<String> clusters = new ArrayList<>();
        for (SynthesisReport.Stack stack : report.stacks()) {
            JsonNode json = Synth.read(stack.file());
            List<String> types = resourceTypes(json);
            if (stack.name().endsWith("-incluster")) {
                assertThat(types).as(stack.name()).allMatch(type -> type.startsWith("kubernetes_") || type.equals("helm_release"));
                assertThat(json.path("provider").has("azurerm")).as(stack.name()).isFalse();
            } else {
                assertThat(types).as(stack.name()).allMatch(type -> type.startsWith("azurerm_"));
                if (types.contains("azurerm_kubernetes_cluster")) {
                    clusters.add(stack.name());
                }
            }
        }
        assertThat(clusters).containsExactly("shared-production", "shared-staging", "shared-sandbox", "wholesale-production",
            "wholesale-staging", "wholesale-sandbox", "ecommerce-production", "ecommerce-staging", "ecommerce-sandbox");
        assertThat(report.stacks()).extracting(SynthesisReport.Stack::name)
            .containsAll(clusters.stream().map(name -> name + "-incluster").toList());
        assertThat(report.stacks()).filteredOn(stack -> stack.name().endsWith("-incluster")).hasSameSizeAs(clusters);
    }

    @Test
    void theProvidersReachTheClusterThroughTheStackThatCreatedIt() {
        JsonNode provider = stack("shared-production-incluster").path("provider");
        String host = provider.path("kubernetes").get(0).path("host").asText();
        assertThat(host).startsWith("https://${data.terraform_remote_state.cross-stack-reference-input-shared-production.outputs.")
            .endsWith("private_fqdn}");
        assertThat(provider.path("helm").get(0).path("kubernetes").path("host").asText()).isEqualTo(host);
        assertThat(stack("wholesale-production-incluster").path("provider").path("kubernetes").get(0).path("host").asText())
            .contains("cross-stack-reference-input-wholesale-production");
    }

    @Test
    void everyTenantHasANamespaceOnTheClusterItRunsOn() {
        assertThat(namespaces(stack("shared-production-incluster")))
            .containsExactlyInAnyOrder("cert-manager", "traefik", "pharma-production", "north-production", "south-production", "east-production");
        assertThat(namespaces(stack("shared-sandbox-incluster")))
            .containsExactlyInAnyOrder("cert-manager", "traefik", "pharma-sandbox", "north-sandbox", "south-sandbox", "east-sandbox");
        assertThat(namespaces(stack("wholesale-production-incluster"))).containsExactlyInAnyOrder("cert-manager", "traefik", "wholesale-production");
        for (SynthesisReport.Stack stack : report.stacks()) {
            if (stack.name().endsWith("-incluster")) {
                JsonNode json = Synth.read(stack.file());
                int tenants = namespaces(json).size() - 2;
                assertThat(Synth.resources(json, "kubernetes_resource_quota_v1")).as(stack.name()).hasSize(tenants);
                assertThat(Synth.resources(json, "kubernetes_role_binding_v1")).as(stack.name()).hasSize(tenants);
                assertThat(Synth.resources(json, "kubernetes_service_account_v1")).as(stack.name()).hasSize(tenants);
                assertThat(Synth.resources(json, "kubernetes_ingress_v1")).as(stack.name()).hasSize(2 * tenants);
            }
        }
    }

    @Test
    void noTenantsPoliciesAdmitAnotherTenantsNamespace() {
        for (SynthesisReport.Stack stack : report.stacks()) {
            if (!stack.name().endsWith("-incluster")) {
                continue;
            }
            for (JsonNode policy : Synth.resources(Synth.read(stack.file()), "kubernetes_network_policy_v1")) {
                List<JsonNode> peers = new ArrayList<>();
                policy.path("spec").path("ingress").forEach(rule -> rule.path("from").forEach(peers::add));
                policy.path("spec").path("egress").forEach(rule -> rule.path("to").forEach(peers::add));
                for (JsonNode peer : peers) {
                    JsonNode selector = peer.path("namespace_selector");
                    if (!selector.isMissingNode()) {
                        assertThat(selector.path("match_labels").path("kubernetes.io/metadata.name").asText())
                            .as("%s %s", stack.name(), policy.path("metadata")).isIn("traefik", "kube-system");
                        assertThat(selector.has("match_expressions")).isFalse();
                    }
                }
            }
        }
        // Each tenant denies by default in both directions.
        JsonNode shared = stack("shared-production-incluster");
        assertThat(Synth.resources(shared, "kubernetes_network_policy_v1"))
            .filteredOn(policy -> policy.path("metadata").path("name").asText().equals("default-deny")).hasSize(4);
    }

    @Test
    void tenantsReachOnlyTheirOwnNetworksDataServices() {
        JsonNode dataServices = Synth.resources(stack("wholesale-production-incluster"), "kubernetes_network_policy_v1").stream()
            .filter(policy -> policy.path("metadata").path("name").asText().equals("allow-data-services")).findFirst().orElseThrow();
        List<String> ranges = dataServices.path("spec").findValuesAsText("cidr");
        assertThat(ranges).isNotEmpty().allMatch(cidr -> cidr.startsWith("10.65."));
        JsonNode north = Synth.resources(stack("shared-production-incluster"), "kubernetes_network_policy_v1").stream()
            .filter(policy -> policy.path("metadata").path("name").asText().equals("allow-data-services")).findFirst().orElseThrow();
        assertThat(north.path("spec").findValuesAsText("cidr")).allMatch(cidr -> cidr.startsWith("10.64."));
    }

    @Test
    void theSemiDedicatedUnitIsSteeredToItsPoolAndSharedUnitsAreNot() {
        Map<String, JsonNode> byNamespace = new java.util.HashMap<>();
        for (JsonNode namespace : Synth.resources(stack("shared-production-incluster"), "kubernetes_namespace_v1")) {
            byNamespace.put(namespace.path("metadata").path("name").asText(), namespace.path("metadata"));
        }
        assertThat(byNamespace.get("pharma-production").path("annotations").path("odoo.sysgenpro.com/node-selector").asText())
            .isEqualTo("odoo.sysgenpro.com/tenant=pharma");
        assertThat(byNamespace.get("north-production").has("annotations")).isFalse();
        JsonNode labels = byNamespace.get("pharma-production").path("labels");
        assertThat(labels.path("business-unit").asText()).isEqualTo("pharma");
        assertThat(labels.path("cost-center").asText()).isEqualTo("CC-1400");
        assertThat(labels.path("tenancy").asText()).isEqualTo("semi-dedicated");
        assertThat(labels.path("recovery-tier").asText()).isEqualTo("tier-2");
    }

    @Test
    void eachTenantsServiceAccountActsAsTheIdentityItsUnitStackFederates() {
        JsonNode north = stack("north-production");
        JsonNode credential = Synth.onlyResource(north, "azurerm_federated_identity_credential");
        assertThat(credential.path("subject").asText()).isEqualTo("system:serviceaccount:north-production:odoo");
        assertThat(credential.path("issuer").asText()).contains("cross-stack-reference-input-shared-production");
        JsonNode grant = Synth.resources(north, "azurerm_role_assignment").stream()
            .filter(r -> r.path("role_definition_name").asText().equals("Key Vault Secrets User")).findFirst().orElseThrow();
        assertThat(grant.path("scope").asText()).contains("azurerm_key_vault");
        JsonNode account = Synth.resources(stack("shared-production-incluster"), "kubernetes_service_account_v1").stream()
            .filter(sa -> sa.path("metadata").path("namespace").asText().contains("north-production")).findFirst().orElseThrow();
        assertThat(account.path("metadata").path("annotations").path("azure.workload.identity/client-id").asText())
            .contains("cross-stack-reference-input-north-production").contains("client_id");
    }

    @Test
    void traefikDiffersBetweenProductionAndSandboxAsTheBlueprintsSay() {
        JsonNode production = traefikValues("shared-production-incluster");
        JsonNode sandbox = traefikValues("shared-sandbox-incluster");
        assertThat(production.path("deployment").path("replicas").asInt()).isEqualTo(3);
        assertThat(sandbox.path("deployment").path("replicas").asInt()).isEqualTo(1);
        assertThat(production.path("podDisruptionBudget").path("enabled").asBoolean()).isTrue();
        assertThat(sandbox.path("podDisruptionBudget").path("enabled").asBoolean()).isFalse();
        assertThat(production.has("topologySpreadConstraints")).isTrue();
        assertThat(sandbox.has("topologySpreadConstraints")).isFalse();
        // Production is published through its hub's firewall (DNAT to a fixed internal address: a public load balancer's
        // answers would return through the firewall and be dropped); sandbox stays on an internal load balancer.
        assertThat(production.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-internal").asText())
            .isEqualTo("true");
        assertThat(production.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-ipv4").asText())
            .isEqualTo("10.64.7.254");
        assertThat(sandbox.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-internal").asText())
            .isEqualTo("true");
        assertThat(production.path("resources").path("limits").path("cpu").asText()).isEqualTo("2000m");
        assertThat(sandbox.path("resources").path("limits").path("cpu").asText()).isEqualTo("500m");
        assertThat(production.path("additionalArguments").toString()).contains("readTimeout=600s");
        assertThat(sandbox.path("additionalArguments").toString()).contains("readTimeout=300s");
        assertThat(issuer(production)).isEqualTo("letsencrypt");
        assertThat(issuer(sandbox)).isEqualTo("selfsigned-internal");
    }

    private static String issuer(JsonNode values) {
        for (Iterator<JsonNode> objects = values.path("extraObjects").elements(); objects.hasNext(); ) {
            JsonNode object = objects.next();
            if (object.path("kind").asText().equals("ClusterIssuer")) {
                return object.path("metadata").path("name").asText();
            }
        }
        return null;
    }

    @Test
    void tenantsAnswerAtTheirHostNamesWithTheClustersIssuer() {
        JsonNode ingress = Synth.resources(stack("shared-production-incluster"), "kubernetes_ingress_v1").stream()
            .filter(i -> i.path("metadata").path("name").asText().equals("odoo")
                && i.path("metadata").path("namespace").asText().contains("north-production"))
            .findFirst().orElseThrow();
        assertThat(ingress.path("spec").path("rule").get(0).path("host").asText()).isEqualTo("north.erp.northwind.example");
        assertThat(ingress.path("metadata").path("annotations").path("cert-manager.io/cluster-issuer").asText()).isEqualTo("letsencrypt");
        JsonNode staging = Synth.resources(stack("shared-staging-incluster"), "kubernetes_ingress_v1").stream()
            .filter(i -> i.path("metadata").path("name").asText().equals("odoo")
                && i.path("metadata").path("namespace").asText().contains("north-staging"))
            .findFirst().orElseThrow();
        assertThat(staging.path("spec").path("rule").get(0).path("host").asText()).isEqualTo("north-staging.erp.northwind.example");
    }

    /** The egress rules of the tenant's declared-egress policy, each as "port/protocol to cidr" (the except list aside). */
    private static List<String> declaredEgress(String stackName, String tenant) {
        List<String> rules = new ArrayList<>();
        policies(stackName, tenant).stream().filter(policy -> policy.path("metadata").path("name").asText().equals("allow-declared-egress"))
            .forEach(policy -> policy.path("spec").path("egress").forEach(rule -> {
                assertThat(rule.path("ports")).as("%s: one port per rule", tenant).hasSize(1);
                assertThat(rule.path("to")).as("%s: one destination per rule", tenant).hasSize(1);
                rules.add(rule.path("ports").get(0).path("port").asText() + "/" + rule.path("ports").get(0).path("protocol").asText()
                    + " to " + rule.path("to").get(0).path("ip_block").path("cidr").asText());
            }));
        return rules;
    }

    private static List<JsonNode> policies(String stackName, String tenant) {
        return Synth.resources(stack(stackName), "kubernetes_network_policy_v1").stream()
            .filter(policy -> policy.path("metadata").path("namespace").asText().contains("tenant-" + tenant + "_")).toList();
    }

    @Test
    void aDeclaredSftpEntryOpensExactlyItsPortAndNothingBroader() {
        // Wholesale declares SFTP (22), the carrier's API (443) and the mail relay (587); production adds the bank's range.
        assertThat(declaredEgress("wholesale-staging-incluster", "wholesale-staging"))
            .containsExactly("22/TCP to 0.0.0.0/0", "443/TCP to 0.0.0.0/0", "587/TCP to 0.0.0.0/0");
        assertThat(declaredEgress("wholesale-production-incluster", "wholesale-production"))
            .containsExactly("22/TCP to 0.0.0.0/0", "443/TCP to 0.0.0.0/0", "587/TCP to 0.0.0.0/0", "22/TCP to 198.51.100.16/28");
        JsonNode bank = policies("wholesale-production-incluster", "wholesale-production").stream()
            .filter(policy -> policy.path("metadata").path("name").asText().equals("allow-declared-egress")).findFirst().orElseThrow()
            .path("spec").path("egress").get(3);
        assertThat(bank.path("to").toString()).isEqualTo("[{\"ip_block\":{\"cidr\":\"198.51.100.16/28\"}}]");
        // A host name's rule reaches public addresses only: the firewall narrows it to the name.
        JsonNode sftp = policies("wholesale-staging-incluster", "wholesale-staging").stream()
            .filter(policy -> policy.path("metadata").path("name").asText().equals("allow-declared-egress")).findFirst().orElseThrow()
            .path("spec").path("egress").get(0);
        assertThat(sftp.path("to").get(0).path("ip_block").path("except").toString()).contains("10.0.0.0/8", "169.254.0.0/16");
    }

    @Test
    void aUnitWithoutAnEntryForPort22HasNoPolicyAllowingItAnywhere() {
        int policies = 0;
        for (SynthesisReport.Stack stack : report.stacks()) {
            if (!stack.name().endsWith("-incluster")) {
                continue;
            }
            for (JsonNode policy : Synth.resources(Synth.read(stack.file()), "kubernetes_network_policy_v1")) {
                String namespace = policy.path("metadata").path("namespace").asText();
                if (!namespace.contains("tenant-wholesale-")) {
                    policies++;
                    assertThat(policy.path("spec").path("egress").findValuesAsText("port")).as("%s %s", stack.name(), namespace)
                        .doesNotContain("22");
                }
            }
        }
        assertThat(policies).isPositive();
        // The shared units declare the mail relay alone.
        assertThat(declaredEgress("shared-production-incluster", "north-production")).containsExactly("587/TCP to 0.0.0.0/0");
    }

    @Test
    void withHubsNoTenantKeepsTheOpenInternetEgressAndEachGetsItsUnitsAndItsOwnEntries() {
        for (SynthesisReport.Stack stack : report.stacks()) {
            if (stack.name().endsWith("-incluster")) {
                assertThat(Synth.resources(Synth.read(stack.file()), "kubernetes_network_policy_v1"))
                    .extracting(policy -> policy.path("metadata").path("name").asText()).as(stack.name())
                    .doesNotContain("allow-internet-egress");
            }
        }
        assertThat(declaredEgress("ecommerce-production-incluster", "ecommerce-production"))
            .containsExactly("587/TCP to 0.0.0.0/0", "443/TCP to 0.0.0.0/0");
        assertThat(declaredEgress("ecommerce-sandbox-incluster", "ecommerce-sandbox")).containsExactly("587/TCP to 0.0.0.0/0");
    }
}
