package com.sysgenpro.landingzone.cluster;

import com.sysgenpro.cdktn.providers.helm.release.Release;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * cert-manager, installed with its Helm chart ({@code helm_release}, chart version pinned) into its own namespace
 * under Pod Security {@code restricted}. It issues and renews the certificates tenants' ingresses ask for; the
 * issuer itself ships with {@link TraefikIngress}, because it can only be created once cert-manager's CRDs exist.
 *
 * <p>The CRDs are installed by the chart and kept when the release is removed: deleting them would delete every
 * certificate in the cluster.
 */
public final class CertManager extends Construct {

    /** The chart repository. */
    public static final String REPOSITORY = "https://charts.jetstack.io";
    /** The chart version installed unless another is given: upgrades are deliberate, reviewed changes. */
    public static final String DEFAULT_CHART_VERSION = "v1.19.1";
    /** The namespace cert-manager runs in. */
    public static final String NAMESPACE = "cert-manager";

    /** What each cert-manager pod gets: it is idle but for renewals. */
    static final ContainerResources RESOURCES = new ContainerResources(50, 128, 500, 256);

    private final Release release;

    /**
     * Installs cert-manager; prefer {@link Builder#create(Construct, String)}.
     *
     * @param chartVersion the chart version; null for {@link #DEFAULT_CHART_VERSION}
     * @param replicas controller and webhook replicas; from 2 on each gets a PodDisruptionBudget
     */
    public CertManager(Construct scope, String id, String chartVersion, int replicas) {
        this(scope, id, chartVersion, replicas, null);
    }

    /**
     * Installs cert-manager; prefer {@link Builder#create(Construct, String)}.
     *
     * @param chartVersion the chart version; null for {@link #DEFAULT_CHART_VERSION}
     * @param replicas controller and webhook replicas; from 2 on each gets a PodDisruptionBudget
     * @param imageRegistry the login server of the registry whose artifact cache mirrors cert-manager's images
     *     ({@link ChartCatalog#mirrors()}); null for the upstream images on quay.io
     */
    public CertManager(Construct scope, String id, String chartVersion, int replicas, String imageRegistry) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.inRange(path, "replicas", replicas, 1, 5);
        if (imageRegistry != null && !Checks.isHostName(imageRegistry)) {
            throw Checks.invalid(path, "imageRegistry", imageRegistry, "a registry's login server, e.g. acrnwdwhsprod.azurecr.io");
        }
        var namespace = Namespaces.restricted(this, "Namespace", NAMESPACE, Map.of());
        this.release = Release.Builder.create(this, "Release")
            .name("cert-manager")
            .repository(REPOSITORY)
            .chart("cert-manager")
            .version(chartVersion != null ? chartVersion : DEFAULT_CHART_VERSION)
            .namespace(namespace.getMetadata().getName())
            .values(List.of(Json.write(values(replicas, imageRegistry))))
            .atomic(true)
            .cleanupOnFail(true)
            .wait(true)
            .build();
    }

    static Map<String, Object> values(int replicas, String imageRegistry) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("crds", Map.of("enabled", true, "keep", true));
        // AKS manages kube-system; cert-manager's leader election lease belongs in its own namespace.
        values.put("global", Map.of("leaderElection", Map.of("namespace", NAMESPACE)));
        values.put("replicaCount", replicas);
        values.put("podDisruptionBudget", Map.of("enabled", replicas > 1));
        Map<String, Object> resources = Map.of("requests", RESOURCES.requests(), "limits", RESOURCES.limits());
        // Every component, the start-up check hook included: the chart sets no limits, and the resource-limits admission
        // control (LZ-K8S-003) would deny a pod without them, failing the atomic install.
        values.put("resources", resources);
        Map<String, Object> webhook = new LinkedHashMap<>(Map.of("replicaCount", replicas, "podDisruptionBudget", Map.of("enabled", replicas > 1),
            "resources", resources));
        Map<String, Object> cainjector = new LinkedHashMap<>(Map.of("resources", resources));
        Map<String, Object> startupapicheck = new LinkedHashMap<>(Map.of("resources", resources));
        if (imageRegistry != null) {
            values.put("image", ChartCatalog.mirrorImage(imageRegistry, "quay.io/jetstack/cert-manager-controller"));
            webhook.put("image", ChartCatalog.mirrorImage(imageRegistry, "quay.io/jetstack/cert-manager-webhook"));
            cainjector.put("image", ChartCatalog.mirrorImage(imageRegistry, "quay.io/jetstack/cert-manager-cainjector"));
            startupapicheck.put("image", ChartCatalog.mirrorImage(imageRegistry, "quay.io/jetstack/cert-manager-startupapicheck"));
            values.put("acmesolver", Map.of("image", ChartCatalog.mirrorImage(imageRegistry, "quay.io/jetstack/cert-manager-acmesolver")));
        }
        values.put("webhook", webhook);
        values.put("cainjector", cainjector);
        values.put("startupapicheck", startupapicheck);
        values.put("prometheus", Map.of("enabled", true));
        return values;
    }

    /** The release, for {@code depends_on} of what needs cert-manager's CRDs. */
    Release release() {
        return release;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private String chartVersion;
        private int replicas = 1;
        private String imageRegistry;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for cert-manager {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The chart version. Default: {@link CertManager#DEFAULT_CHART_VERSION}. */
        public Builder chartVersion(String chartVersion) {
            this.chartVersion = chartVersion;
            return this;
        }

        /** Controller and webhook replicas, 1–5; from 2 on each gets a PodDisruptionBudget. Default: 1. */
        public Builder replicas(int replicas) {
            this.replicas = replicas;
            return this;
        }

        /**
         * The login server of the registry cert-manager's images are pulled through (its artifact cache mirrors them,
         * {@link ChartCatalog#mirrors()}). Default: none: the upstream images on quay.io.
         */
        public Builder imageRegistry(String imageRegistry) {
            this.imageRegistry = imageRegistry;
            return this;
        }

        /** cert-manager. */
        public CertManager build() {
            return new CertManager(scope, id, chartVersion, replicas, imageRegistry);
        }
    }
}
