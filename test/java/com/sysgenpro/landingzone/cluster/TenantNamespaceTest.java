package com.sysgenpro.landingzone.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.connectivity.EgressProtocol;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantNamespaceTest {

    private static JsonNode synth(java.util.function.Consumer<TenantNamespace.Builder> customise) {
        return Synth.stack(stack -> {
            ClusterFixtures.access(stack);
            TraefikIngress traefik = ClusterFixtures.traefik(stack);
            TenantNamespace.Builder tenant = ClusterFixtures.tenant(stack, traefik, "north-production");
            customise.accept(tenant);
            tenant.build();
        });
    }

    private static JsonNode namespace(JsonNode stack) {
        return Synth.resources(stack, "kubernetes_namespace_v1").stream()
            .filter(namespace -> namespace.path("metadata").path("name").asText().equals("north-production")).findFirst()
            .orElseThrow(() -> new AssertionError("no namespace north-production"));
    }

    private static JsonNode policy(JsonNode stack, String name) {
        return Synth.resources(stack, "kubernetes_network_policy_v1").stream()
            .filter(policy -> policy.path("metadata").path("name").asText().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no network policy " + name));
    }

    private static List<String> policyNames(JsonNode stack) {
        return Synth.resources(stack, "kubernetes_network_policy_v1").stream().map(policy -> policy.path("metadata").path("name").asText())
            .toList();
    }

    @Test
    void defaultsEnforceRestrictedPodSecurityAndTheBlueprintQuota() {
        JsonNode stack = synth(tenant -> { });
        JsonNode namespace = namespace(stack).path("metadata");
        assertThat(namespace.path("name").asText()).isEqualTo("north-production");
        for (String mode : List.of("enforce", "audit", "warn")) {
            assertThat(namespace.path("labels").path("pod-security.kubernetes.io/" + mode).asText()).isEqualTo("restricted");
        }
        assertThat(namespace.path("labels").path("business-unit").asText()).isEqualTo("north-production");
        JsonNode hard = Synth.onlyResource(stack, "kubernetes_resource_quota_v1").path("spec").path("hard");
        assertThat(hard.path("requests.cpu").asText()).isEqualTo("4");
        assertThat(hard.path("limits.memory").asText()).isEqualTo("32Gi");
        assertThat(hard.path("services.loadbalancers").asText()).isEqualTo("0");
        assertThat(hard.path("services.nodeports").asText()).isEqualTo("0");
        JsonNode limit = Synth.onlyResource(stack, "kubernetes_limit_range_v1").path("spec").path("limit").get(0);
        assertThat(limit.path("default_request").path("memory").asText()).isEqualTo("256Mi");
        assertThat(limit.path("default").path("cpu").asText()).isEqualTo("1000m");
    }

    @Test
    void podSecurityLabelsCannotBeLoosenedThroughLabels() {
        JsonNode stack = synth(tenant -> tenant.labels(Map.of("pod-security.kubernetes.io/enforce", "privileged")));
        JsonNode labels = namespace(stack).path("metadata").path("labels");
        assertThat(labels.path("pod-security.kubernetes.io/enforce").asText()).isEqualTo("restricted");
    }

    @Test
    void everythingIsDeniedThenOnlyTheIngressNamespaceDnsAndTheTenantsOwnRangesAreAllowed() {
        JsonNode stack = synth(tenant -> { });
        JsonNode deny = policy(stack, "default-deny").path("spec");
        assertThat(deny.path("policy_types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(deny.has("ingress")).isFalse();
        assertThat(deny.has("egress")).isFalse();

        JsonNode fromIngress = policy(stack, "allow-ingress-controller").path("spec").path("ingress").get(0);
        assertThat(fromIngress.path("from").get(0).path("namespace_selector").path("match_labels").toString())
            .isEqualTo("{\"kubernetes.io/metadata.name\":\"traefik\"}");
        assertThat(fromIngress.path("ports").findValuesAsText("port")).containsExactly("8069", "8072", "8089");

        JsonNode dataServices = policy(stack, "allow-data-services").path("spec").path("egress");
        assertThat(dataServices.get(0).path("to").findValuesAsText("cidr")).containsExactly("10.64.2.0/24");
        assertThat(dataServices.get(0).path("ports").findValuesAsText("port")).containsExactly("5432");
        assertThat(dataServices.get(1).path("to").findValuesAsText("cidr")).containsExactly("10.64.3.0/24");

        assertThat(policyNames(stack)).doesNotContain("allow-internet-egress", "allow-declared-egress");
    }

    @Test
    void withoutDeclaredEgressNoPolicyReachesBeyondTheTenantsOwnRanges() {
        JsonNode stack = synth(tenant -> { });
        for (JsonNode policy : Synth.resources(stack, "kubernetes_network_policy_v1")) {
            assertThat(policy.path("spec").path("egress").findValuesAsText("cidr")).as("%s", policy.path("metadata").path("name"))
                .allMatch(cidr -> cidr.startsWith("10.64."));
        }
    }

    @Test
    void openInternetEgressKeepsHttpsAndMailToEveryPublicAddress() {
        JsonNode stack = synth(tenant -> tenant.openInternetEgress(true));
        JsonNode internet = policy(stack, "allow-internet-egress").path("spec").path("egress").get(0);
        assertThat(internet.path("to").get(0).path("ip_block").path("cidr").asText()).isEqualTo("0.0.0.0/0");
        assertThat(internet.path("to").get(0).path("ip_block").path("except").toString())
            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10");
        assertThat(internet.path("ports").findValuesAsText("port")).containsExactly("443", "465", "587", "993");
        assertThat(policyNames(stack)).doesNotContain("allow-declared-egress");
    }

    @Test
    void aDeclaredHostNameOpensItsPortAloneToPublicAddressesOnly() {
        JsonNode stack = synth(tenant -> tenant.egress(List.of(
            EgressRule.ofFqdn("sftp.edi-partner.example", EgressProtocol.TCP, 22, "EDI orders"))));
        JsonNode egress = policy(stack, "allow-declared-egress").path("spec").path("egress");

        assertThat(egress).hasSize(1);
        assertThat(egress.get(0).path("ports").toString()).isEqualTo("[{\"port\":\"22\",\"protocol\":\"TCP\"}]");
        assertThat(egress.get(0).path("to")).hasSize(1);
        JsonNode block = egress.get(0).path("to").get(0).path("ip_block");
        assertThat(block.path("cidr").asText()).isEqualTo("0.0.0.0/0");
        // Private networks (other tenants, nodes, pods, the hub) and the instance metadata service stay out of reach.
        List<String> except = new ArrayList<>();
        block.path("except").forEach(range -> except.add(range.asText()));
        assertThat(except).containsExactlyElementsOf(EgressRule.nonPublicRanges().stream().map(Cidr::toString).toList())
            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16");
        assertThat(policyNames(stack)).doesNotContain("allow-internet-egress");
    }

    @Test
    void aDeclaredRangeOpensThatRangeAloneAndEachRuleKeepsItsOwnPort() {
        JsonNode stack = synth(tenant -> tenant.egress(List.of(
            EgressRule.ofCidr(Cidr.parse("203.0.113.0/24"), EgressProtocol.HTTPS, 443, "Carrier API"),
            EgressRule.ofCidr(Cidr.parse("198.51.100.0/28"), EgressProtocol.UDP, 123, "Time"))));
        JsonNode egress = policy(stack, "allow-declared-egress").path("spec").path("egress");

        assertThat(egress).hasSize(2);
        assertThat(egress.get(0).path("to").toString()).isEqualTo("[{\"ip_block\":{\"cidr\":\"203.0.113.0/24\"}}]");
        // HTTPS is carried over TCP; the firewall, not the policy, tells it from other TCP.
        assertThat(egress.get(0).path("ports").toString()).isEqualTo("[{\"port\":\"443\",\"protocol\":\"TCP\"}]");
        assertThat(egress.get(1).path("to").toString()).isEqualTo("[{\"ip_block\":{\"cidr\":\"198.51.100.0/28\"}}]");
        assertThat(egress.get(1).path("ports").toString()).isEqualTo("[{\"port\":\"123\",\"protocol\":\"UDP\"}]");
    }

    @Test
    void noPolicyAdmitsAnotherNamespaceThanTheIngressControllersOrReachesPodsElsewhere() {
        JsonNode stack = Synth.stack(s -> {
            ClusterFixtures.access(s);
            TraefikIngress traefik = ClusterFixtures.traefik(s);
            ClusterFixtures.tenant(s, traefik, "north-production")
                .egress(List.of(EgressRule.ofFqdn("api.carrier.example", EgressProtocol.HTTPS, 443, "Carrier API"))).build();
            ClusterFixtures.tenant(s, traefik, "south-production").openInternetEgress(true).build();
        });
        List<JsonNode> peers = new ArrayList<>();
        for (JsonNode policy : Synth.resources(stack, "kubernetes_network_policy_v1")) {
            JsonNode spec = policy.path("spec");
            spec.path("ingress").forEach(rule -> rule.path("from").forEach(peers::add));
            spec.path("egress").forEach(rule -> rule.path("to").forEach(peers::add));
        }
        assertThat(peers).isNotEmpty();
        for (JsonNode peer : peers) {
            if (peer.has("namespace_selector")) {
                assertThat(peer.path("namespace_selector").path("match_labels").path("kubernetes.io/metadata.name").asText())
                    .as("%s", peer).isIn("traefik", "kube-system");
            } else if (peer.has("ip_block")) {
                // Pods take addresses from the overlay range (10.244.0.0/16 by default), which no ip block may reach.
                String cidr = peer.path("ip_block").path("cidr").asText();
                assertThat(cidr.equals("0.0.0.0/0") ? peer.path("ip_block").path("except").toString() : cidr)
                    .as("%s", peer).satisfiesAnyOf(text -> assertThat(text).contains("10.0.0.0/8"), text -> assertThat(text).startsWith("10.64."));
            } else {
                // A bare pod selector selects pods of the policy's own namespace only.
                assertThat(peer.has("pod_selector")).as("%s", peer).isTrue();
            }
        }
    }

    @Test
    void operatorsGetANamespacedRoleWithoutSecretsOrExec() {
        JsonNode stack = synth(tenant -> { });
        JsonNode binding = Synth.onlyResource(stack, "kubernetes_role_binding_v1");
        assertThat(binding.path("subject").get(0).path("kind").asText()).isEqualTo("Group");
        assertThat(binding.path("subject").get(0).path("name").asText()).isEqualTo(ClusterFixtures.OPERATORS);
        assertThat(binding.path("role_ref").path("kind").asText()).isEqualTo("Role");
        String rules = Synth.onlyResource(stack, "kubernetes_role_v1").path("rule").toString();
        assertThat(rules).doesNotContain("secrets", "pods/exec", "\"*\"");
    }

    @Test
    void withoutAnOperatorsGroupThereIsNoBinding() {
        JsonNode stack = synth(tenant -> tenant.operatorsGroupObjectId(null));
        assertThat(Synth.resources(stack, "kubernetes_role_binding_v1")).isEmpty();
    }

    @Test
    void theServiceAccountIsFederatedAndMountsNoApiToken() {
        JsonNode account = Synth.onlyResource(synth(tenant -> { }), "kubernetes_service_account_v1");
        assertThat(account.path("metadata").path("name").asText()).isEqualTo("odoo");
        assertThat(account.path("metadata").path("annotations").path("azure.workload.identity/client-id").asText())
            .isEqualTo("0f0e0d0c-0b0a-4909-8807-060504030201");
        assertThat(account.path("automount_service_account_token").asBoolean()).isFalse();
    }

    @Test
    void aDedicatedPoolBecomesTheNamespacesNodeSelectorAndTolerationContract() {
        JsonNode stack = synth(tenant -> tenant.dedicatedPool("pharma"));
        JsonNode annotations = namespace(stack).path("metadata").path("annotations");
        assertThat(annotations.path(TenantNamespace.NODE_SELECTOR_ANNOTATION).asText()).isEqualTo("odoo.sysgenpro.com/tenant=pharma");
        assertThat(annotations.path(TenantNamespace.TOLERATION_ANNOTATION).asText()).isEqualTo("tenant=pharma:NoSchedule");
        JsonNode data = Synth.onlyResource(stack, "kubernetes_config_map_v1").path("data");
        assertThat(data.path("nodeSelector").asText()).isEqualTo("{\"odoo.sysgenpro.com/tenant\":\"pharma\"}");
        assertThat(data.path("tolerations").asText()).contains("\"value\":\"pharma\"", "\"effect\":\"NoSchedule\"");
    }

    @Test
    void withoutADedicatedPoolPodsAreNotSteered() {
        JsonNode stack = synth(tenant -> { });
        assertThat(namespace(stack).path("metadata").has("annotations")).isFalse();
        assertThat(Synth.onlyResource(stack, "kubernetes_config_map_v1").path("data").has("nodeSelector")).isFalse();
    }

    @Test
    void aHostnameRoutesOdooAndItsRealtimePortThroughTraefikWithTls() {
        JsonNode stack = synth(tenant -> tenant.hostname("north.erp.example.com"));
        List<JsonNode> ingresses = Synth.resources(stack, "kubernetes_ingress_v1");
        assertThat(ingresses).hasSize(2);
        JsonNode main = ingresses.stream().filter(i -> i.path("metadata").path("name").asText().equals("odoo")).findFirst().orElseThrow();
        JsonNode realtime = ingresses.stream().filter(i -> i.path("metadata").path("name").asText().equals("odoo-realtime")).findFirst().orElseThrow();
        assertThat(main.path("metadata").path("annotations").path("traefik.ingress.kubernetes.io/router.middlewares").asText())
            .isEqualTo("traefik-odoo-limits@kubernetescrd");
        assertThat(main.path("spec").path("ingress_class_name").asText()).isEqualTo("traefik");
        assertThat(main.path("spec").path("tls").get(0).path("hosts").toString()).isEqualTo("[\"north.erp.example.com\"]");
        assertThat(main.path("spec").path("rule").get(0).path("http").path("path").get(0).path("backend").path("service")
            .path("port").path("number").asInt()).isEqualTo(8069);
        assertThat(realtime.path("spec").path("rule").get(0).path("http").path("path").findValuesAsText("path"))
            .containsExactly("/websocket", "/longpolling");
        assertThat(realtime.path("spec").path("rule").get(0).path("http").path("path").findValues("number"))
            .allSatisfy(port -> assertThat(port.asInt()).isEqualTo(8072));
        // Buffering would hold long-lived connections; the realtime routes do without it.
        assertThat(realtime.path("metadata").path("annotations").has("traefik.ingress.kubernetes.io/router.middlewares")).isFalse();
    }

    @Test
    void withoutAHostnameThereIsNoIngress() {
        assertThat(Synth.resources(synth(tenant -> { }), "kubernetes_ingress_v1")).isEmpty();
    }

    @Test
    void failsForAnInvalidNamespaceName() {
        assertThatThrownBy(() -> synth(tenant -> tenant.name("North_Production")))
            .hasMessageContaining("tenant-north-production").hasMessageContaining("North_Production").hasMessageContaining("DNS label");
    }

    @Test
    void failsForAnOperatorsGroupThatIsNoObjectId() {
        assertThatThrownBy(() -> synth(tenant -> tenant.operatorsGroupObjectId("north-operators")))
            .hasMessageContaining("operatorsGroupObjectId").hasMessageContaining("north-operators").hasMessageContaining("GUID");
    }

    @Test
    void failsForAnInvalidHostname() {
        assertThatThrownBy(() -> synth(tenant -> tenant.hostname("https://north.example.com")))
            .hasMessageContaining("hostname").hasMessageContaining("fully qualified");
    }

    @Test
    void failsWithoutAQuota() {
        assertThatThrownBy(() -> synth(tenant -> tenant.quota(null))).hasMessageContaining("quota");
    }

    @Test
    void failsForALabelValueKubernetesRejects() {
        assertThatThrownBy(() -> synth(tenant -> tenant.labels(Map.of("owner", "erp-north@northwind.example"))))
            .hasMessageContaining("labels").hasMessageContaining("erp-north@northwind.example");
    }

    @Test
    void quotasAndResourcesRejectLimitsBelowRequests() {
        assertThatThrownBy(() -> new TenantQuota(8, 16, 4, 32, 10, 10)).hasMessageContaining("limits must be at least the requests");
        assertThatThrownBy(() -> TenantQuota.builder().requestsCpu(4).limitsCpu(8).pods(10).build())
            .hasMessage("tenant quota: requestsMemoryGi, limitsMemoryGi, storageGi not given; give every figure");
        assertThat(TenantQuota.builder().requestsCpu(4).requestsMemoryGi(16).limitsCpu(8).limitsMemoryGi(32).pods(60).storageGi(128)
            .build()).isEqualTo(new TenantQuota(4, 16, 8, 32, 60, 128));
        assertThatThrownBy(() -> new ContainerResources(500, 512, 100, 1024)).hasMessageContaining("limits must be at least the requests");
    }

    @Test
    void aWeightedQuotaMultipliesEveryFigureAndKeepsServicesClosed() {
        TenantQuota quota = new TenantQuota(4, 16, 8, 32, 60, 128).times(2);
        assertThat(quota).isEqualTo(new TenantQuota(8, 32, 16, 64, 120, 256));
        assertThat(quota.hard()).containsEntry("requests.cpu", "8").containsEntry("services.loadbalancers", "0");
        assertThatThrownBy(() -> quota.times(0)).hasMessageContaining("weight 0 is invalid");
    }
}
