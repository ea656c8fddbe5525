package com.sysgenpro.landingzone.cluster;

import io.cdktn.cdktn.ITerraformDependable;
import com.sysgenpro.cdktn.providers.helm.release.Release;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;

/**
 * Traefik as a cluster's only ingress, installed with its Helm chart ({@code helm_release}, version pinned, values
 * written from typed properties) into its own namespace under Pod Security {@code restricted}.
 *
 * <p>What every cluster gets: HTTP answered only with a permanent redirect to HTTPS; HSTS, {@code nosniff}, a
 * same-origin frame policy and a strict referrer policy on every HTTPS answer (a middleware applied to the whole
 * entry point, so no route can forget it); request read/write timeouts and an upload limit sized for Odoo (a
 * middleware tenants' ingresses apply); JSON access logs; Prometheus metrics; the dashboard off; resource requests
 * and limits; client addresses preserved ({@code externalTrafficPolicy: Local}). With 2 replicas or more, a
 * PodDisruptionBudget and node anti-affinity, and with {@link TraefikIngressProps#zoneSpread()} a spread across zones.
 * The load balancer is internal unless {@link TraefikIngressProps#internalLoadBalancer()} is turned off.
 *
 * <p>The certificate issuer, when one is to be created, ships as an extra object of this release: a ClusterIssuer can
 * only be created once cert-manager's CRDs exist, and the release depends on cert-manager's.
 */
public final class TraefikIngress extends Construct {

    /** The chart repository. */
    public static final String REPOSITORY = "https://traefik.github.io/charts";

    /** The middleware every HTTPS answer passes through. */
    public static final String SECURE_HEADERS = "secure-headers";
    /** The middleware tenants' Odoo routes apply: the upload limit. */
    public static final String ODOO_LIMITS = "odoo-limits";
    /** The label Traefik's pods carry, which spread constraints select. */
    static final String APP_LABEL = "app.kubernetes.io/name";
    /** Bytes Traefik buffers in memory before spilling a request body to disk. */
    private static final int MEMORY_BUFFER_BYTES = 2 * 1024 * 1024;

    private final String namespace;
    private final Optional<CertificateIssuer> issuer;
    private final Release release;

    /** Creates the release; prefer {@link Builder#create(Construct, String)}. */
    public TraefikIngress(Construct scope, String id, TraefikIngressProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.namespace = Checks.dnsLabel(path, "namespace", props.namespace());
        Checks.required(path, "chartVersion", props.chartVersion());
        Checks.inRange(path, "replicas", props.replicas(), 1, 10);
        Checks.inRange(path, "maxUploadMb", props.maxUploadMb(), 1, 4096);
        Checks.inRange(path, "requestTimeoutSeconds", props.requestTimeoutSeconds(), 30, 3600);
        Checks.inRange(path, "hstsMaxAgeSeconds", props.hstsMaxAgeSeconds(), 300, 63_072_000);
        Checks.required(path, "resources", props.resources());
        if (props.imageRegistry() != null && !Checks.isHostName(props.imageRegistry())) {
            throw Checks.invalid(path, "imageRegistry", props.imageRegistry(), "a registry's login server, e.g. acrnwdwhsprod.azurecr.io");
        }
        if (props.loadBalancerIp() != null) {
            if (!props.internalLoadBalancer()) {
                throw Checks.invalid(path, "loadBalancerIp", props.loadBalancerIp(), "a fixed address only with internalLoadBalancer(true);"
                    + " a public load balancer takes a public IP resource");
            }
            if (!Cidr.isAddress(props.loadBalancerIp())) {
                throw Checks.invalid(path, "loadBalancerIp", props.loadBalancerIp(), "an IPv4 address in the node subnet, e.g. 10.20.1.254");
            }
        }
        this.issuer = Optional.ofNullable(props.issuer());
        if (issuer.flatMap(CertificateIssuer::manifest).isPresent() && props.certManager() == null) {
            throw Checks.missing(path, "certManager", "issuer '" + props.issuer().name() + "' is created with this release and needs"
                + " cert-manager's CRDs: pass the CertManager construct, or name an existing issuer with CertificateIssuer.existing(...)");
        }

        var created = Namespaces.restricted(this, "Namespace", namespace, Map.of());
        var release = Release.Builder.create(this, "Release")
            .name("traefik")
            .repository(REPOSITORY)
            .chart("traefik")
            .version(props.chartVersion())
            .namespace(created.getMetadata().getName())
            .values(List.of(Json.write(values(props))))
            .atomic(true)
            .cleanupOnFail(true)
            .wait(true);
        if (props.certManager() != null) {
            release.dependsOn(List.<ITerraformDependable>of(props.certManager().release()));
        }
        this.release = release.build();
    }

    /** The chart values for {@code props}, in a fixed order. */
    static Map<String, Object> values(TraefikIngressProps props) {
        String namespace = props.namespace();
        int replicas = props.replicas();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("deployment", Map.of("replicas", replicas));
        values.put("podDisruptionBudget", replicas > 1 ? Map.of("enabled", true, "maxUnavailable", 1) : Map.of("enabled", false));
        if (replicas > 1) {
            values.put("affinity", Map.of("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of(
                "weight", 100,
                "podAffinityTerm", Map.of("topologyKey", "kubernetes.io/hostname",
                    "labelSelector", Map.of("matchLabels", Map.of(APP_LABEL, "traefik"))))))));
        }
        if (props.zoneSpread()) {
            values.put("topologySpreadConstraints", List.of(Map.of(
                "maxSkew", 1,
                "topologyKey", "topology.kubernetes.io/zone",
                "whenUnsatisfiable", "DoNotSchedule",
                "labelSelector", Map.of("matchLabels", Map.of(APP_LABEL, "traefik")))));
        }
        values.put("resources", Map.of("requests", props.resources().requests(), "limits", props.resources().limits()));
        if (props.imageRegistry() != null) {
            values.put("image", ChartCatalog.mirrorImage(props.imageRegistry(), "docker.io/traefik"));
        }
        Map<String, Object> service = new LinkedHashMap<>();
        if (props.internalLoadBalancer()) {
            Map<String, Object> annotations = new LinkedHashMap<>();
            annotations.put("service.beta.kubernetes.io/azure-load-balancer-internal", "true");
            if (props.loadBalancerIp() != null) {
                // The annotation replaces the deprecated spec.loadBalancerIP (learn.microsoft.com/azure/aks/internal-lb).
                annotations.put("service.beta.kubernetes.io/azure-load-balancer-ipv4", props.loadBalancerIp());
            }
            service.put("annotations", annotations);
        }
        // Keeps clients' addresses in access logs and for allow-lists.
        service.put("spec", Map.of("externalTrafficPolicy", "Local"));
        values.put("service", service);
        values.put("ingressClass", Map.of("enabled", true, "isDefaultClass", false, "name", TraefikIngressProps.INGRESS_CLASS));
        values.put("providers", Map.of(
            "kubernetesCRD", Map.of("enabled", true, "allowCrossNamespace", false),
            "kubernetesIngress", Map.of("enabled", true, "publishedService", Map.of("enabled", true))));
        values.put("ingressRoute", Map.of("dashboard", Map.of("enabled", false)));
        values.put("logs", Map.of("general", Map.of("format", "json"), "access", Map.of("enabled", true, "format", "json")));
        values.put("metrics", Map.of("prometheus", Map.of("entryPoint", "metrics", "addEntryPointsLabels", true, "addServicesLabels", true)));
        values.put("podSecurityContext", Map.of("runAsNonRoot", true, "runAsUser", 65532, "runAsGroup", 65532,
            "seccompProfile", Map.of("type", "RuntimeDefault")));
        values.put("securityContext", Map.of("allowPrivilegeEscalation", false, "readOnlyRootFilesystem", true,
            "capabilities", Map.of("drop", List.of("ALL"))));
        // Entry point settings as Traefik's own static configuration flags, which do not move between chart versions.
        String timeout = props.requestTimeoutSeconds() + "s";
        values.put("additionalArguments", List.of(
            "--entryPoints.web.http.redirections.entryPoint.to=websecure",
            "--entryPoints.web.http.redirections.entryPoint.scheme=https",
            "--entryPoints.web.http.redirections.entryPoint.permanent=true",
            "--entryPoints.websecure.http.tls=true",
            "--entryPoints.websecure.http.middlewares=" + namespace + "-" + SECURE_HEADERS + "@kubernetescrd",
            "--entryPoints.websecure.transport.respondingTimeouts.readTimeout=" + timeout,
            "--entryPoints.websecure.transport.respondingTimeouts.writeTimeout=" + timeout,
            "--entryPoints.websecure.transport.respondingTimeouts.idleTimeout=180s"));
        List<Object> extraObjects = new ArrayList<>();
        extraObjects.add(middleware(namespace, SECURE_HEADERS, Map.of("headers", secureHeaders(props.hstsMaxAgeSeconds()))));
        extraObjects.add(middleware(namespace, ODOO_LIMITS, Map.of("buffering", Map.of(
            "maxRequestBodyBytes", (long) props.maxUploadMb() * 1024 * 1024,
            "memRequestBodyBytes", MEMORY_BUFFER_BYTES))));
        if (props.issuer() != null) {
            props.issuer().manifest().ifPresent(extraObjects::add);
        }
        values.put("extraObjects", extraObjects);
        return values;
    }

    private static Map<String, Object> secureHeaders(int hstsMaxAgeSeconds) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("stsSeconds", hstsMaxAgeSeconds);
        headers.put("stsIncludeSubdomains", true);
        headers.put("forceSTSHeader", true);
        headers.put("contentTypeNosniff", true);
        headers.put("referrerPolicy", "strict-origin-when-cross-origin");
        // Odoo frames its own pages (website editor, report previews); other sites may not frame it.
        headers.put("customFrameOptionsValue", "SAMEORIGIN");
        return headers;
    }

    private static Map<String, Object> middleware(String namespace, String name, Map<String, Object> spec) {
        Map<String, Object> middleware = new LinkedHashMap<>();
        middleware.put("apiVersion", "traefik.io/v1alpha1");
        middleware.put("kind", "Middleware");
        middleware.put("metadata", Map.of("name", name, "namespace", namespace));
        middleware.put("spec", spec);
        return middleware;
    }

    /** The namespace Traefik runs in: tenants admit traffic from it. */
    public String namespace() {
        return namespace;
    }

    /** The ingress class tenants' ingresses name. */
    public String ingressClass() {
        return TraefikIngressProps.INGRESS_CLASS;
    }

    /** The reference tenants' Odoo ingresses put in {@code router.middlewares} for the upload limit. */
    public String odooLimitsMiddleware() {
        return namespace + "-" + ODOO_LIMITS + "@kubernetescrd";
    }

    /** The issuer tenants' ingresses name, if any. */
    public Optional<CertificateIssuer> issuer() {
        return issuer;
    }

    /** The release, for {@code depends_on} of what needs Traefik's CRDs or ingress class. */
    Release release() {
        return release;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends TraefikIngressProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for Traefik {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The ingress. */
        public TraefikIngress build() {
            return new TraefikIngress(scope, id, toProps());
        }
    }
}
