package com.sysgenpro.landingzone.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.cluster.CertManager;
import com.sysgenpro.landingzone.cluster.TraefikIngress;
import com.sysgenpro.landingzone.cluster.TraefikIngressProps;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The offline twins of the Kubernetes admission controls (LZ-K8S-001, -002, -003, -006, -007) on the three shapes an
 * in-cluster stack writes pods in: a Helm release of a pinned chart (values over the chart's defaults), a
 * {@code kubernetes_manifest} and a {@code kubernetes_*} workload; with excluded namespaces, LimitRange defaults and
 * charts the catalog does not know.
 */
class AdmissionControlsTest {

    private static final Map<String, Object> PARAMETERS = Map.of(
        "allowedContainerImagesRegex", "^(acrnwd[a-z0-9]*\\.azurecr\\.io/.+|mcr\\.microsoft\\.com/.+|(docker\\.io/traefik|quay\\.io/jetstack/cert-manager-[a-z]+)[:@].+)$",
        "cpuLimit", "4", "memoryLimit", "8Gi");
    private static final String NAMESPACE = "\"kubernetes_namespace_v1\": {\"ns\": {\"metadata\": {\"name\": \"traefik\"}},"
        + " \"tenant\": {\"metadata\": {\"name\": \"wholesale-production\"}}}";

    @Test
    void aTraefikReleaseWithTheChartsDefaultsAndLimitsPassesEveryAdmissionControl() {
        TerraformResource release = traefik("{\"resources\": {\"limits\": {\"cpu\": \"2000m\", \"memory\": \"1024Mi\"}}}");

        for (String id : new String[] {"LZ-K8S-001", "LZ-K8S-002", "LZ-K8S-003", "LZ-K8S-006", "LZ-K8S-007"}) {
            assertThat(evaluate(id, release).outcome()).as(id).isEqualTo(Evaluation.Outcome.COMPLIANT);
        }
    }

    @Test
    void failsATraefikImageFromAnUnlistedRegistryNamingTheImage() {
        Evaluation evaluation = evaluate("LZ-K8S-002", traefik("{\"image\": {\"registry\": \"ghcr.io\"}, \"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"1Gi\"}}}"));

        assertThat(evaluation.outcome()).isEqualTo(Evaluation.Outcome.NON_COMPLIANT);
        assertThat(evaluation.message()).isEqualTo("traefik Deployment (namespace traefik): container traefik runs ghcr.io/traefik:v3.6.2,"
            + " which allowedContainerImagesRegex does not admit; pull it from the estate's registry or admit its registry in"
            + " governance.allowedContainerImages");
    }

    @Test
    void failsAPrivilegedTraefikHostNetworkAndHostPorts() {
        TerraformResource release = traefik("{\"securityContext\": {\"privileged\": true}, \"hostNetwork\": true,"
            + " \"ports\": {\"web\": {\"hostPort\": 80}}, \"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"1Gi\"}}}");

        assertThat(evaluate("LZ-K8S-001", release).message()).contains("container traefik is privileged");
        assertThat(evaluate("LZ-K8S-007", release).message()).contains("uses the node's network (hostNetwork)");
        TerraformResource ports = traefik("{\"ports\": {\"web\": {\"hostPort\": 80}}, \"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"1Gi\"}}}");
        assertThat(evaluate("LZ-K8S-007", ports).message()).contains("traefik binds host port [80]");
    }

    @Test
    void failsContainersWithoutLimitsOrAboveTheBounds() {
        assertThat(evaluate("LZ-K8S-003", traefik("{}")).message())
            .contains("container traefik sets no CPU or memory limit and its namespace has no LimitRange default");
        assertThat(evaluate("LZ-K8S-003", traefik("{\"resources\": {\"limits\": {\"cpu\": \"4500m\", \"memory\": \"9Gi\"}}}")).message())
            .contains("CPU limit 4500m is above 4 and memory limit 9Gi is above 8Gi");
        assertThat(evaluate("LZ-K8S-003", traefik("{\"resources\": {\"limits\": {\"cpu\": \"4\", \"memory\": \"8192Mi\"}}}")).outcome())
            .isEqualTo(Evaluation.Outcome.COMPLIANT);
    }

    /** cert-manager's chart sets limits on no component: each one the release leaves without is reported, hooks included. */
    @Test
    void failsEveryCertManagerComponentTheValuesLeaveWithoutLimits() {
        TerraformResource release = release(CertManager.REPOSITORY, "cert-manager", CertManager.DEFAULT_CHART_VERSION,
            "{\"resources\": {\"limits\": {\"cpu\": \"500m\", \"memory\": \"256Mi\"}}}");

        String message = evaluate("LZ-K8S-003", release).message();

        assertThat(message).doesNotContain("controller").contains("cert-manager webhook", "cert-manager cainjector",
            "cert-manager startupapicheck (post-install hook)");
        assertThat(evaluate("LZ-K8S-002", release).outcome()).isEqualTo(Evaluation.Outcome.COMPLIANT);
    }

    @Test
    void aWorkloadWithoutLimitsPassesInANamespaceWhoseLimitRangeGivesDefaults() {
        String deployment = "{\"resource\": {" + NAMESPACE + ", \"kubernetes_deployment_v1\": {\"odoo\": {"
            + "\"metadata\": {\"name\": \"odoo\", \"namespace\": \"${kubernetes_namespace_v1.tenant.metadata[0].name}\"},"
            + "\"spec\": {\"template\": {\"spec\": {\"container\": [{\"name\": \"odoo\", \"image\": \"acrnwdwhsprod.azurecr.io/odoo:17.0\"}]}}}}}"
            + "%s}}";
        String limitRange = ", \"kubernetes_limit_range_v1\": {\"defaults\": {\"metadata\": {\"name\": \"d\","
            + " \"namespace\": \"${kubernetes_namespace_v1.tenant.metadata[0].name}\"}, \"spec\": {\"limit\": [{\"type\": \"Container\","
            + " \"default\": {\"cpu\": \"2000m\", \"memory\": \"2048Mi\"}}]}}}";

        assertThat(evaluate("LZ-K8S-003", resource(deployment.formatted(""), "kubernetes_deployment_v1", "odoo")).message())
            .isEqualTo("kubernetes_deployment_v1 odoo (namespace wholesale-production): container odoo sets no CPU or memory limit"
                + " and its namespace has no LimitRange default; set resources.limits");
        assertThat(evaluate("LZ-K8S-003", resource(deployment.formatted(limitRange), "kubernetes_deployment_v1", "odoo")).outcome())
            .isEqualTo(Evaluation.Outcome.COMPLIANT);
    }

    @Test
    void failsAPrivilegedManifestSharingTheHostsNamespacesFromAnUnlistedRegistry() {
        String stack = "{\"resource\": {\"kubernetes_manifest\": {\"agent\": {\"manifest\": {\"apiVersion\": \"apps/v1\","
            + " \"kind\": \"DaemonSet\", \"metadata\": {\"name\": \"agent\", \"namespace\": \"monitoring\"}, \"spec\": {\"template\": {\"spec\": {"
            + "\"hostPID\": true, \"hostIPC\": true, \"containers\": [{\"name\": \"agent\", \"image\": \"docker.io/vendor/agent:1\","
            + " \"securityContext\": {\"privileged\": true}, \"resources\": {\"limits\": {\"cpu\": \"100m\", \"memory\": \"64Mi\"}}}]}}}}}}}}";
        TerraformResource manifest = resource(stack, "kubernetes_manifest", "agent");

        assertThat(evaluate("LZ-K8S-001", manifest).message()).isEqualTo("DaemonSet agent (namespace monitoring): container agent is"
            + " privileged; drop privileged: true from its security context");
        assertThat(evaluate("LZ-K8S-002", manifest).message()).contains("runs docker.io/vendor/agent:1");
        assertThat(evaluate("LZ-K8S-006", manifest).message()).contains("shares the node's process ID and IPC namespaces");
        assertThat(evaluate("LZ-K8S-003", manifest).outcome()).isEqualTo(Evaluation.Outcome.COMPLIANT);
    }

    @Test
    void podsInExcludedNamespacesAndChartsOutsideTheCatalogAreNotApplicable() {
        String stack = "{\"resource\": {\"kubernetes_pod_v1\": {\"debug\": {\"metadata\": {\"name\": \"debug\", \"namespace\": \"kube-system\"},"
            + " \"spec\": {\"container\": [{\"name\": \"debug\", \"image\": \"busybox\", \"security_context\": {\"privileged\": true}}]}}}}}";

        assertThat(evaluate("LZ-K8S-001", resource(stack, "kubernetes_pod_v1", "debug")).outcome()).isEqualTo(Evaluation.Outcome.NOT_APPLICABLE);
        Evaluation unknown = evaluate("LZ-K8S-002", release("https://charts.example.com", "agent", "1.0.0", "{}"));
        assertThat(unknown.outcome()).isEqualTo(Evaluation.Outcome.NOT_APPLICABLE);
        assertThat(unknown.message()).isEqualTo("chart agent 1.0.0 from https://charts.example.com is not in the chart catalog, so what"
            + " it runs is not known before deploy");
        Evaluation otherVersion = evaluate("LZ-K8S-002", release(TraefikIngress.REPOSITORY, "traefik", "30.0.0", "{}"));
        assertThat(otherVersion.outcome()).isEqualTo(Evaluation.Outcome.NOT_APPLICABLE);
    }

    /** What the catalog cannot model is not applicable, never a crash of check. */
    @Test
    void valuesTheCatalogDoesNotModelAreNotApplicable() {
        assertThat(evaluate("LZ-K8S-002", traefik("{\"global\": {\"azure\": {\"enabled\": true}}}")).message())
            .startsWith("its values select what the chart catalog does not model");
        assertThat(evaluate("LZ-K8S-002", traefik("{\"extraObjects\": [\"apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: '{{ .Release.Name }}'\"]}"))
            .outcome()).isEqualTo(Evaluation.Outcome.NOT_APPLICABLE);
        assertThat(evaluate("LZ-K8S-002", traefik("a: 1\n---\nb: 2")).message()).startsWith("a values document is not one YAML document");
        assertThat(evaluate("LZ-K8S-002", withBlock(traefik("{}"), "set_sensitive", "[{\"name\": \"image.registry\", \"value\": \"docker.io\"}]"))
            .message()).startsWith("set_sensitive and set_list values are not modelled");
    }

    @Test
    void setValuesAreTypedAsHelmTypesThem() {
        TerraformResource release = withBlock(traefik("{\"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"1Gi\"}}}"), "set",
            "[{\"name\": \"ports.web.hostPort\", \"value\": \"80\"}, {\"name\": \"securityContext.privileged\", \"value\": \"true\"}]");

        assertThat(evaluate("LZ-K8S-007", release).message()).contains("traefik binds host port [80]");
        assertThat(evaluate("LZ-K8S-001", release).message()).contains("container traefik is privileged");
    }

    @Test
    void extraObjectsWrittenAsYamlTextAreJudged() {
        String pod = "apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: probe\\nspec:\\n  hostNetwork: true\\n  containers:\\n"
            + "  - name: probe\\n    image: docker.io/someone/probe:1";
        TerraformResource release = traefik("{\"resources\": {\"limits\": {\"cpu\": \"1\", \"memory\": \"1Gi\"}}, \"extraObjects\": [\"" + pod + "\"]}");

        assertThat(evaluate("LZ-K8S-002", release).message()).contains("Pod probe (namespace traefik): container probe runs docker.io/someone/probe:1");
        assertThat(evaluate("LZ-K8S-007", release).message()).contains("Pod probe (namespace traefik): uses the node's network");
    }

    @Test
    void aReleaseWithoutNamespaceRunsInDefaultAndImagesKnownOnlyAtApplyAreNotJudged() {
        TerraformResource release = withBlock(release(CertManager.REPOSITORY, "cert-manager", CertManager.DEFAULT_CHART_VERSION, "{}"), "namespace", "null");
        assertThat(evaluate("LZ-K8S-003", release).message()).contains("cert-manager controller (namespace default)");

        String stack = "{\"resource\": {\"kubernetes_pod_v1\": {\"p\": {\"metadata\": {\"name\": \"p\", \"namespace\": \"apps\"},"
            + " \"spec\": {\"container\": [{\"name\": \"app\", \"image\": \"${var.image}\"}]}}}}}";
        assertThat(evaluate("LZ-K8S-002", resource(stack, "kubernetes_pod_v1", "p")).outcome()).isEqualTo(Evaluation.Outcome.COMPLIANT);
    }

    @Test
    void quantitiesAreReadInKubernetesUnits() {
        assertThat(AdmissionRules.quantity("500m")).isEqualByComparingTo("0.5");
        assertThat(AdmissionRules.quantity("2")).isEqualByComparingTo("2");
        assertThat(AdmissionRules.quantity("1Gi")).isEqualByComparingTo(String.valueOf(1L << 30));
        assertThat(AdmissionRules.quantity("1G")).isEqualByComparingTo("1000000000");
        assertThat(AdmissionRules.quantity(".5")).isEqualByComparingTo("0.5");
        assertThat(AdmissionRules.quantity("1e3")).isEqualByComparingTo("1000");
        assertThat(AdmissionRules.quantity("1Pi")).isEqualByComparingTo(String.valueOf(1L << 50));
        assertThat(AdmissionRules.quantity("lots")).isNull();
    }

    private static TerraformResource traefik(String values) {
        return release(TraefikIngress.REPOSITORY, "traefik", TraefikIngressProps.DEFAULT_CHART_VERSION, values);
    }

    private static TerraformResource release(String repository, String chart, String version, String values) {
        String stack = "{\"resource\": {" + NAMESPACE + ", \"helm_release\": {\"r\": {\"repository\": \"" + repository + "\", \"chart\": \""
            + chart + "\", \"version\": \"" + version + "\", \"namespace\": \"${kubernetes_namespace_v1.ns.metadata[0].name}\","
            + " \"values\": [" + quote(values) + "]}}}}";
        return resource(stack, "helm_release", "r");
    }

    /** The resource with {@code block} set to {@code json} (or removed, for {@code null}). */
    private static TerraformResource withBlock(TerraformResource resource, String block, String json) {
        var body = ((com.fasterxml.jackson.databind.node.ObjectNode) resource.body()).deepCopy();
        if (json.equals("null")) {
            body.remove(block);
        } else {
            body.set(block, Synth.parse(json));
        }
        return new TerraformResource(resource.stack(), resource.type(), resource.name(), body, resource.stackConfig());
    }

    private static String quote(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }

    private static TerraformResource resource(String stackJson, String type, String name) {
        JsonNode stack = Synth.parse(stackJson);
        return new TerraformResource("test-incluster", type, name, stack.path("resource").path(type).path(name), stack);
    }

    private static Evaluation evaluate(String id, TerraformResource resource) {
        Control control = LandingZoneInitiatives.kubernetes().controls().stream().filter(candidate -> candidate.id().equals(id))
            .findFirst().orElseThrow();
        return control.evaluate(resource, PARAMETERS);
    }
}
