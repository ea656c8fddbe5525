package com.sysgenpro.landingzone.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The pods the charts the landing zone installs render, at the chart versions it pins, from the values a release
 * sets over the chart's defaults: what offline evaluation of the admission controls reads instead of running
 * {@code helm template}. The defaults are those of each chart's {@code values.yaml} at the pinned version (cert-manager
 * {@value CertManager#DEFAULT_CHART_VERSION}, Traefik {@value TraefikIngressProps#DEFAULT_CHART_VERSION}); another version
 * or another chart is not known here, so what it runs cannot be judged before deploy.
 *
 * <p>Only what admission judges is modelled: images, privileged security contexts, resource limits, host namespaces and
 * host ports of every pod the chart creates, hooks (cert-manager's start-up check) and pods its controller starts
 * (the ACME HTTP-01 solver) included.
 */
public final class ChartCatalog {

    /** cert-manager's application version, which is also its chart version: the default image tag. */
    private static final String CERT_MANAGER_APP_VERSION = CertManager.DEFAULT_CHART_VERSION;
    /** Traefik's application version in chart {@value TraefikIngressProps#DEFAULT_CHART_VERSION}: the default image tag. */
    static final String TRAEFIK_APP_VERSION = "v3.6.2";
    /**
     * The ACME solver's limits: cert-manager's controller defaults ({@code --acme-http01-solver-resource-limits-cpu} and
     * {@code -memory}), which the landing zone does not change.
     */
    private static final String ACME_SOLVER_CPU_LIMIT = "100m";
    private static final String ACME_SOLVER_MEMORY_LIMIT = "64Mi";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartCatalog() {
    }

    /**
     * The pods a release of {@code chart} from {@code repository} at {@code version} creates with {@code values}, in
     * {@code namespace}; empty when the chart or version is not in the catalog, or the values select what the catalog
     * does not model (an image from a marketplace registry).
     *
     * @param values the merged values the release sets (an empty object for none)
     * @param namespace the release's namespace, or {@code null} when known only at apply time
     */
    public static Optional<List<PodTemplate>> pods(String repository, String chart, String version, JsonNode values, String namespace) {
        if (CertManager.REPOSITORY.equals(repository) && "cert-manager".equals(chart) && CertManager.DEFAULT_CHART_VERSION.equals(version)) {
            return certManager(values, namespace);
        }
        if (TraefikIngress.REPOSITORY.equals(repository) && "traefik".equals(chart) && TraefikIngressProps.DEFAULT_CHART_VERSION.equals(version)) {
            return traefik(values, namespace);
        }
        return Optional.empty();
    }

    /** Whether the catalog knows {@code chart} from {@code repository} at {@code version}. */
    public static boolean knows(String repository, String chart, String version) {
        return pods(repository, chart, version, MissingNode.getInstance(), null).isPresent();
    }

    /**
     * The image repositories (images without tag or digest) the pinned charts run with their default images, which the
     * landing zone keeps,
     * Traefik's first: what the allowed-images control must admit for the in-cluster stacks to install.
     */
    public static List<String> defaultImageRepositories() {
        List<PodTemplate> pods = new ArrayList<>(traefik(MissingNode.getInstance(), null).orElseThrow());
        pods.addAll(certManager(MissingNode.getInstance(), null).orElseThrow());
        return pods.stream().flatMap(pod -> pod.containers().stream())
            .map(container -> container.image().replaceFirst("[:@][^/]*$", ""))
            .distinct().toList();
    }

    /**
     * A registry's artifact-cache rule for one upstream image repository: the registry pulls {@code source} on first
     * request and serves it as {@code target}.
     *
     * @param upstream the repository as the chart names it, e.g. {@code docker.io/traefik}
     * @param source the cache rule's source, e.g. {@code docker.io/library/traefik} (Docker Hub's official images live
     *     under {@code library/})
     * @param target the repository in the registry, e.g. {@code traefik}
     */
    public record Mirror(String upstream, String source, String target) {
    }

    /**
     * The cache rules that let a registry the estate owns serve every image the pinned charts run
     * ({@link #defaultImageRepositories()}): the target is the upstream path without its registry host.
     */
    public static List<Mirror> mirrors() {
        return defaultImageRepositories().stream().map(ChartCatalog::mirror).toList();
    }

    static Mirror mirror(String upstream) {
        String host = upstream.substring(0, upstream.indexOf('/'));
        String path = upstream.substring(host.length() + 1);
        String source = host.equals("docker.io") && !path.contains("/") ? "docker.io/library/" + path : upstream;
        return new Mirror(upstream, source, path);
    }

    /** The chart values' {@code image} block that pulls {@code upstream} through the registry at {@code loginServer}. */
    static Map<String, String> mirrorImage(String loginServer, String upstream) {
        return Map.of("registry", loginServer, "repository", mirror(upstream).target());
    }

    private static Optional<List<PodTemplate>> certManager(JsonNode values, String releaseNamespace) {
        // The chart's namespace value overrides the release's (_helpers.tpl: .Values.namespace | default .Release.Namespace).
        String override = Manifests.text(values.path("namespace"));
        String namespace = override != null ? override : releaseNamespace;
        List<PodTemplate> pods = new ArrayList<>();
        pods.add(certManagerPod("cert-manager controller", "cert-manager-controller", values, values.path("image"),
            "quay.io/jetstack/cert-manager-controller", false).in(namespace));
        JsonNode webhook = values.path("webhook");
        pods.add(certManagerPod("cert-manager webhook", "cert-manager-webhook", webhook, webhook.path("image"),
            "quay.io/jetstack/cert-manager-webhook", webhook.path("hostNetwork").asBoolean(false)).in(namespace));
        JsonNode cainjector = values.path("cainjector");
        if (cainjector.path("enabled").asBoolean(true)) {
            pods.add(certManagerPod("cert-manager cainjector", "cert-manager-cainjector", cainjector, cainjector.path("image"),
                "quay.io/jetstack/cert-manager-cainjector", false).in(namespace));
        }
        // The controller starts the solver in the namespace of the ingress being certified: a tenant's.
        String solver = image(values.path("acmesolver").path("image"), "quay.io/jetstack/cert-manager-acmesolver", CERT_MANAGER_APP_VERSION);
        pods.add(new PodTemplate("cert-manager ACME HTTP-01 solver", null, false, false, false,
            List.of(new ContainerTemplate("acmesolver", solver, false, ACME_SOLVER_CPU_LIMIT, ACME_SOLVER_MEMORY_LIMIT, List.of()))));
        JsonNode startup = values.path("startupapicheck");
        if (startup.path("enabled").asBoolean(true)) {
            pods.add(certManagerPod("cert-manager startupapicheck (post-install hook)", "cert-manager-startupapicheck", startup,
                startup.path("image"), "quay.io/jetstack/cert-manager-startupapicheck", false).in(namespace));
        }
        return extraObjects(values, namespace, pods);
    }

    /** A cert-manager component: its image, {@code resources} and {@code containerSecurityContext} under {@code component}. */
    private static PodTemplate certManagerPod(String origin, String container, JsonNode component, JsonNode image, String repository,
                                              boolean hostNetwork) {
        JsonNode limits = component.path("resources").path("limits");
        return new PodTemplate(origin, null, hostNetwork, false, false, List.of(new ContainerTemplate(container,
            image(image, repository, CERT_MANAGER_APP_VERSION), component.path("containerSecurityContext").path("privileged").asBoolean(false),
            Manifests.text(limits.path("cpu")), Manifests.text(limits.path("memory")), List.of())));
    }

    /** cert-manager's image rule: {@code [registry/]repository}, then {@code @digest} or {@code :tag} (default the app version). */
    private static String image(JsonNode image, String repository, String appVersion) {
        String registry = Manifests.text(image.path("registry"));
        String name = Optional.ofNullable(Manifests.text(image.path("repository"))).orElse(repository);
        String digest = Manifests.text(image.path("digest"));
        String tag = Optional.ofNullable(Manifests.text(image.path("tag"))).orElse(appVersion);
        return (registry != null ? registry + "/" : "") + name + (digest != null ? "@" + digest : ":" + tag);
    }

    private static Optional<List<PodTemplate>> traefik(JsonNode values, String namespace) {
        if (values.path("global").path("azure").path("enabled").asBoolean(false) || values.path("oci_meta").path("enabled").asBoolean(false)) {
            return Optional.empty();
        }
        String override = Manifests.text(values.path("namespaceOverride"));
        String releaseNamespace = override != null ? override : namespace;
        List<PodTemplate> pods = new ArrayList<>();
        JsonNode deployment = values.path("deployment");
        if (deployment.path("enabled").asBoolean(true)) {
            JsonNode image = values.path("image");
            String registry = Optional.ofNullable(Manifests.text(image.path("registry"))).orElse("docker.io");
            String repository = Optional.ofNullable(Manifests.text(image.path("repository"))).orElse("traefik");
            String tag = Optional.ofNullable(Manifests.text(image.path("tag"))).orElse(TRAEFIK_APP_VERSION);
            List<Integer> hostPorts = new ArrayList<>();
            values.path("ports").forEach(port -> {
                if (port.path("hostPort").canConvertToInt() && port.path("hostPort").asInt() > 0) {
                    hostPorts.add(port.path("hostPort").asInt());
                }
            });
            JsonNode limits = values.path("resources").path("limits");
            List<ContainerTemplate> containers = new ArrayList<>();
            deployment.path("initContainers").forEach(container -> containers.add(Manifests.container(container)));
            containers.add(new ContainerTemplate("traefik", registry + "/" + repository + ":" + tag,
                values.path("securityContext").path("privileged").asBoolean(false), Manifests.text(limits.path("cpu")),
                Manifests.text(limits.path("memory")), hostPorts));
            deployment.path("additionalContainers").forEach(container -> containers.add(Manifests.container(container)));
            pods.add(new PodTemplate("traefik " + deployment.path("kind").asText("Deployment"), releaseNamespace,
                values.path("hostNetwork").asBoolean(false), false, false, containers));
        }
        return extraObjects(values, releaseNamespace, pods);
    }

    /**
     * Adds the pods of the values' {@code extraObjects}: objects, or YAML text (both charts render text through
     * {@code tpl}); text with a template expression cannot be read before Helm renders it, so the release is then unknown.
     */
    private static Optional<List<PodTemplate>> extraObjects(JsonNode values, String namespace, List<PodTemplate> pods) {
        for (JsonNode object : values.path("extraObjects")) {
            if (object.isObject()) {
                pods.addAll(Manifests.pods(object, namespace));
            } else if (object.isTextual()) {
                if (object.asText().contains("{{")) {
                    return Optional.empty();
                }
                try {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(object.asText())) {
                        if (document instanceof Map<?, ?>) {
                            pods.addAll(Manifests.pods(JSON.valueToTree(document), namespace));
                        }
                    }
                } catch (YAMLException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(pods);
    }
}
