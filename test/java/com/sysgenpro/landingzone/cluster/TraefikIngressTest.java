package com.sysgenpro.landingzone.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TraefikIngressTest {

    private static JsonNode synth(Consumer<TraefikIngress.Builder> customise) {
        return Synth.stack(stack -> {
            ClusterFixtures.access(stack);
            TraefikIngress.Builder traefik = TraefikIngress.Builder.create(stack, "traefik");
            customise.accept(traefik);
            traefik.build();
        });
    }

    private static JsonNode release(JsonNode stack, String name) {
        return Synth.resources(stack, "helm_release").stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no release " + name));
    }

    private static JsonNode values(JsonNode release) {
        return Synth.parse(release.path("values").get(0).asText());
    }

    @Test
    void defaultsArePrivatePinnedTlsOnlyAndHardened() {
        JsonNode stack = synth(traefik -> { });
        JsonNode release = release(stack, "traefik");
        assertThat(release.path("version").asText()).isEqualTo(TraefikIngressProps.DEFAULT_CHART_VERSION);
        assertThat(release.path("atomic").asBoolean()).isTrue();
        JsonNode values = values(release);
        assertThat(values.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-internal").asText())
            .isEqualTo("true");
        assertThat(values.path("deployment").path("replicas").asInt()).isEqualTo(2);
        assertThat(values.path("podDisruptionBudget").path("enabled").asBoolean()).isTrue();
        assertThat(values.has("topologySpreadConstraints")).isFalse();
        assertThat(values.path("ingressRoute").path("dashboard").path("enabled").asBoolean()).isFalse();
        assertThat(values.path("logs").path("access").path("enabled").asBoolean()).isTrue();
        assertThat(values.path("podSecurityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(values.path("securityContext").path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(values.path("additionalArguments").toString()).contains(
            "--entryPoints.web.http.redirections.entryPoint.to=websecure",
            "--entryPoints.web.http.redirections.entryPoint.scheme=https",
            "--entryPoints.websecure.http.middlewares=traefik-secure-headers@kubernetescrd",
            "--entryPoints.websecure.transport.respondingTimeouts.readTimeout=600s");
        JsonNode headers = values.path("extraObjects").get(0);
        assertThat(headers.path("metadata").path("name").asText()).isEqualTo("secure-headers");
        assertThat(headers.path("spec").path("headers").path("stsSeconds").asInt()).isEqualTo(31_536_000);
        assertThat(headers.path("spec").path("headers").path("stsIncludeSubdomains").asBoolean()).isTrue();
        assertThat(headers.path("spec").path("headers").path("forceSTSHeader").asBoolean()).isTrue();
        assertThat(headers.path("spec").path("headers").path("contentTypeNosniff").asBoolean()).isTrue();
        assertThat(headers.path("spec").path("headers").path("customFrameOptionsValue").asText()).isEqualTo("SAMEORIGIN");
        JsonNode limits = values.path("extraObjects").get(1);
        assertThat(limits.path("spec").path("buffering").path("maxRequestBodyBytes").asLong()).isEqualTo(128L * 1024 * 1024);
        JsonNode namespace = Synth.onlyResource(stack, "kubernetes_namespace_v1").path("metadata");
        assertThat(namespace.path("labels").path("pod-security.kubernetes.io/enforce").asText()).isEqualTo("restricted");
    }

    @Test
    void publicExposureIsExplicitAndKeepsClientAddresses() {
        JsonNode values = values(release(synth(traefik -> traefik.internalLoadBalancer(false)), "traefik"));
        assertThat(values.path("service").has("annotations")).isFalse();
        assertThat(values.path("service").path("spec").path("externalTrafficPolicy").asText()).isEqualTo("Local");
    }

    @Test
    void aSingleReplicaHasNoDisruptionBudgetAndZoneSpreadIsOptIn() {
        JsonNode single = values(release(synth(traefik -> traefik.replicas(1)), "traefik"));
        assertThat(single.path("podDisruptionBudget").path("enabled").asBoolean()).isFalse();
        assertThat(single.has("affinity")).isFalse();
        JsonNode spread = values(release(synth(traefik -> traefik.replicas(3).zoneSpread(true)), "traefik"));
        assertThat(spread.path("topologySpreadConstraints").get(0).path("topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
        assertThat(spread.path("topologySpreadConstraints").get(0).path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
    }

    @Test
    void anAcmeIssuerShipsWithTheReleaseAfterCertManager() {
        JsonNode stack = Synth.stack(s -> {
            ClusterFixtures.access(s);
            CertManager certManager = CertManager.Builder.create(s, "cert-manager").replicas(2).build();
            TraefikIngress.Builder.create(s, "traefik")
                .issuer(CertificateIssuer.acme("letsencrypt", "platform@northwind.example", null))
                .certManager(certManager)
                .build();
        });
        JsonNode traefik = release(stack, "traefik");
        assertThat(traefik.path("depends_on").toString()).contains("helm_release.cert-manager_Release");
        JsonNode issuer = values(traefik).path("extraObjects").get(2);
        assertThat(issuer.path("kind").asText()).isEqualTo("ClusterIssuer");
        assertThat(issuer.path("spec").path("acme").path("server").asText()).isEqualTo(CertificateIssuer.LETS_ENCRYPT);
        assertThat(issuer.path("spec").path("acme").path("solvers").toString()).contains("\"ingressClassName\":\"traefik\"");
        JsonNode certManager = values(release(stack, "cert-manager"));
        assertThat(certManager.path("crds").path("keep").asBoolean()).isTrue();
        assertThat(certManager.path("podDisruptionBudget").path("enabled").asBoolean()).isTrue();
        assertThat(release(stack, "cert-manager").path("version").asText()).isEqualTo(CertManager.DEFAULT_CHART_VERSION);
    }

    @Test
    void anExistingIssuerIsNamedButNotCreated() {
        JsonNode values = values(release(synth(traefik -> traefik.issuer(CertificateIssuer.existing("northwind-ca"))), "traefik"));
        assertThat(values.path("extraObjects").findValuesAsText("kind")).containsExactly("Middleware", "Middleware");
    }

    @Test
    void theProvidersSignInWithKubeloginAndCarryNoCredentials() {
        JsonNode provider = synth(traefik -> { }).path("provider");
        JsonNode kubernetes = provider.path("kubernetes").get(0);
        assertThat(kubernetes.path("exec").get(0).path("command").asText()).isEqualTo("kubelogin");
        assertThat(kubernetes.path("exec").get(0).path("args").toString()).contains(KubernetesAccess.AKS_SERVER_APPLICATION_ID, "azurecli");
        assertThat(kubernetes.path("cluster_ca_certificate").asText()).isEqualTo("${base64decode(\"Y2VydGlmaWNhdGU=\")}");
        for (String credential : List.of("token", "client_key", "client_certificate", "password", "config_path")) {
            assertThat(kubernetes.has(credential)).as(credential).isFalse();
            assertThat(provider.path("helm").get(0).path("kubernetes").has(credential)).as(credential).isFalse();
        }
    }

    /** Through a registry's artifact cache, every container both charts run comes from that registry. */
    @Test
    void pullsEveryImageOfBothChartsThroughTheGivenRegistry() {
        JsonNode stack = Synth.stack(s -> {
            ClusterFixtures.access(s);
            CertManager certManager = CertManager.Builder.create(s, "cert-manager").imageRegistry("acrnwdwhsprod.azurecr.io").build();
            TraefikIngress.Builder.create(s, "traefik").certManager(certManager).imageRegistry("acrnwdwhsprod.azurecr.io").build();
        });

        List<String> images = new java.util.ArrayList<>();
        for (String name : List.of("traefik", "cert-manager")) {
            JsonNode release = release(stack, name);
            ChartCatalog.pods(release.path("repository").asText(), release.path("chart").asText(), release.path("version").asText(),
                values(release), "ns").orElseThrow().forEach(pod -> pod.containers().forEach(container -> images.add(container.image())));
        }
        assertThat(images).containsExactlyInAnyOrder("acrnwdwhsprod.azurecr.io/traefik:v3.6.2",
            "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-controller:v1.19.1", "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-webhook:v1.19.1",
            "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-cainjector:v1.19.1", "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-acmesolver:v1.19.1",
            "acrnwdwhsprod.azurecr.io/jetstack/cert-manager-startupapicheck:v1.19.1");
        assertThat(ChartCatalog.mirrors()).extracting(ChartCatalog.Mirror::target).containsExactly("traefik",
            "jetstack/cert-manager-controller", "jetstack/cert-manager-webhook", "jetstack/cert-manager-cainjector",
            "jetstack/cert-manager-acmesolver", "jetstack/cert-manager-startupapicheck");
    }

    @Test
    void byDefaultRunsTheChartsUpstreamImagesWithLimitsOnEveryCertManagerComponent() {
        JsonNode stack = Synth.stack(s -> {
            ClusterFixtures.access(s);
            CertManager.Builder.create(s, "cert-manager").build();
        });
        JsonNode values = values(release(stack, "cert-manager"));

        assertThat(values.has("image")).isFalse();
        for (String component : List.of("webhook", "cainjector", "startupapicheck")) {
            assertThat(values.path(component).path("resources").path("limits").toString()).as(component).isEqualTo("{\"cpu\":\"500m\",\"memory\":\"256Mi\"}");
        }
    }

    @Test
    void anInternalLoadBalancerCanHaveAFixedAddress() {
        JsonNode values = values(release(synth(traefik -> traefik.loadBalancerIp("10.65.7.254")), "traefik"));
        assertThat(values.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-internal").asText()).isEqualTo("true");
        assertThat(values.path("service").path("annotations").path("service.beta.kubernetes.io/azure-load-balancer-ipv4").asText()).isEqualTo("10.65.7.254");
        assertThatThrownBy(() -> synth(traefik -> traefik.internalLoadBalancer(false).loadBalancerIp("10.65.7.254")))
            .hasMessageContaining("loadBalancerIp '10.65.7.254' is not allowed; a fixed address only with internalLoadBalancer(true)");
    }

    @Test
    void failsOnAnImageRegistryThatIsNotAHostName() {
        assertThatThrownBy(() -> synth(traefik -> traefik.imageRegistry("https://acr.example")))
            .hasMessageContaining("imageRegistry 'https://acr.example' is not allowed; a registry's login server");
    }

    @Test
    void failsWhenAnIssuerToCreateHasNoCertManager() {
        assertThatThrownBy(() -> synth(traefik -> traefik.issuer(CertificateIssuer.selfSigned("internal"))))
            .hasMessageContaining("traefik").hasMessageContaining("certManager").hasMessageContaining("CertificateIssuer.existing");
    }

    @Test
    void failsForReplicasOutOfRange() {
        assertThatThrownBy(() -> synth(traefik -> traefik.replicas(0))).hasMessageContaining("replicas").hasMessageContaining("0");
    }

    @Test
    void failsForAnApiServerThatIsNoHttpsUrl() {
        assertThatThrownBy(() -> Synth.stack(stack -> KubernetesAccess.Builder.create(stack, "cluster-access")
            .apiServerUrl("aks-test.westeurope.azmk8s.io").clusterCaCertificate("Y2E=").build()))
            .hasMessageContaining("cluster-access").hasMessageContaining("apiServerUrl").hasMessageContaining("https://");
    }

    @Test
    void failsForAnAcmeIssuerWithoutAMailbox() {
        assertThatThrownBy(() -> CertificateIssuer.acme("letsencrypt", "platform-team", null)).hasMessageContaining("e-mail");
    }
}
