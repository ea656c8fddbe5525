package com.sysgenpro.landingzone.cluster;

/** Properties of a {@link TraefikIngress}. Create with {@link #builder()}. */
public final class TraefikIngressProps {

    /** The ingress class tenants' ingresses name. */
    public static final String INGRESS_CLASS = "traefik";
    /** The namespace Traefik runs in unless another is given; tenants' network policies admit traffic from it. */
    public static final String DEFAULT_NAMESPACE = "traefik";
    /** The Traefik chart version installed unless another is given; its values layout is what this class writes. */
    public static final String DEFAULT_CHART_VERSION = "37.4.0";
    /** One year: what browsers' HSTS preload lists ask for. */
    public static final int DEFAULT_HSTS_MAX_AGE_SECONDS = 31_536_000;

    private final String namespace;
    private final String chartVersion;
    private final int replicas;
    private final boolean zoneSpread;
    private final boolean internalLoadBalancer;
    private final String loadBalancerIp;
    private final ContainerResources resources;
    private final int maxUploadMb;
    private final int requestTimeoutSeconds;
    private final int hstsMaxAgeSeconds;
    private final CertificateIssuer issuer;
    private final CertManager certManager;
    private final String imageRegistry;

    private TraefikIngressProps(Setters<?> setters) {
        this.namespace = setters.namespace;
        this.chartVersion = setters.chartVersion;
        this.replicas = setters.replicas;
        this.zoneSpread = setters.zoneSpread;
        this.internalLoadBalancer = setters.internalLoadBalancer;
        this.loadBalancerIp = setters.loadBalancerIp;
        this.resources = setters.resources;
        this.maxUploadMb = setters.maxUploadMb;
        this.requestTimeoutSeconds = setters.requestTimeoutSeconds;
        this.hstsMaxAgeSeconds = setters.hstsMaxAgeSeconds;
        this.issuer = setters.issuer;
        this.certManager = setters.certManager;
        this.imageRegistry = setters.imageRegistry;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The namespace Traefik runs in, created under Pod Security {@code restricted}. Default: {@value #DEFAULT_NAMESPACE}. */
    public String namespace() {
        return namespace;
    }

    /** The chart version. Default: {@value #DEFAULT_CHART_VERSION}. */
    public String chartVersion() {
        return chartVersion;
    }

    /**
     * Traefik replicas, 1–10. Default: 2. From 2 on a PodDisruptionBudget keeps all but one running through node drains
     * and upgrades, and replicas prefer different nodes.
     */
    public int replicas() {
        return replicas;
    }

    /**
     * Whether replicas must spread across availability zones (a topology spread constraint on
     * {@code topology.kubernetes.io/zone}). Default: {@code false}; set it on zone-redundant clusters, where a zone outage
     * must not take the entry point away.
     */
    public boolean zoneSpread() {
        return zoneSpread;
    }

    /**
     * Whether Traefik's load balancer gets a private address in the cluster's network instead of a public one. Default:
     * {@code true}: public exposure is an explicit choice ({@code false}), and then Traefik is the only public entry
     * point, as tenants' quotas forbid LoadBalancer and NodePort services.
     */
    public boolean internalLoadBalancer() {
        return internalLoadBalancer;
    }

    /**
     * The internal load balancer's private address, e.g. {@code 10.65.7.254}: fixed, so that a hub firewall can publish
     * it (DNAT) before the cluster exists. Only with {@link #internalLoadBalancer()}; an address in the node subnet,
     * outside what its nodes take (the subnet's last usable address). Default: none (Azure picks one).
     */
    public String loadBalancerIp() {
        return loadBalancerIp;
    }

    /** CPU and memory of each replica. Default: 100m/128Mi requested, 1000m/512Mi limit. */
    public ContainerResources resources() {
        return resources;
    }

    /** The largest request body passed to Odoo, in MiB (uploads, imports). Default: 128, Odoo's own client-side limit. */
    public int maxUploadMb() {
        return maxUploadMb;
    }

    /**
     * How long the HTTPS entry point waits to read a request and write its answer, in seconds, 30–3600. Default: 600,
     * so that long reports and imports finish; Odoo's {@code limit_time_real} should stay below it.
     */
    public int requestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }

    /** The {@code Strict-Transport-Security} max-age every HTTPS answer carries. Default: one year. */
    public int hstsMaxAgeSeconds() {
        return hstsMaxAgeSeconds;
    }

    /**
     * The issuer of tenants' certificates; one that is not {@link CertificateIssuer#existing(String) existing} is created
     * with the release. Default: none: tenants' ingresses name no issuer and Traefik serves its default certificate.
     */
    public CertificateIssuer issuer() {
        return issuer;
    }

    /** cert-manager, which an issuer to create needs installed first. Required when {@link #issuer()} is to be created. */
    public CertManager certManager() {
        return certManager;
    }

    /**
     * The registry Traefik's image is pulled through, by login server (e.g. {@code acrnwdwhsprod.azurecr.io}), whose
     * artifact cache mirrors it ({@link ChartCatalog#mirrors()}). Default: none: the chart's upstream image
     * ({@code docker.io/traefik}).
     */
    public String imageRegistry() {
        return imageRegistry;
    }

    /** Builds {@link TraefikIngressProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public TraefikIngressProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link TraefikIngress.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String namespace = DEFAULT_NAMESPACE;
        private String chartVersion = DEFAULT_CHART_VERSION;
        private int replicas = 2;
        private boolean zoneSpread;
        private boolean internalLoadBalancer = true;
        private String loadBalancerIp;
        private ContainerResources resources = new ContainerResources(100, 128, 1000, 512);
        private int maxUploadMb = 128;
        private int requestTimeoutSeconds = 600;
        private int hstsMaxAgeSeconds = DEFAULT_HSTS_MAX_AGE_SECONDS;
        private CertificateIssuer issuer;
        private CertManager certManager;
        private String imageRegistry;

        Setters() {
        }

        /** @see TraefikIngressProps#namespace() */
        public B namespace(String namespace) {
            this.namespace = namespace;
            return self();
        }

        /** @see TraefikIngressProps#chartVersion() */
        public B chartVersion(String chartVersion) {
            this.chartVersion = chartVersion;
            return self();
        }

        /** @see TraefikIngressProps#replicas() */
        public B replicas(int replicas) {
            this.replicas = replicas;
            return self();
        }

        /** @see TraefikIngressProps#zoneSpread() */
        public B zoneSpread(boolean zoneSpread) {
            this.zoneSpread = zoneSpread;
            return self();
        }

        /** @see TraefikIngressProps#loadBalancerIp() */
        public B loadBalancerIp(String loadBalancerIp) {
            this.loadBalancerIp = loadBalancerIp;
            return self();
        }

        /** @see TraefikIngressProps#internalLoadBalancer() */
        public B internalLoadBalancer(boolean internalLoadBalancer) {
            this.internalLoadBalancer = internalLoadBalancer;
            return self();
        }

        /** @see TraefikIngressProps#resources() */
        public B resources(ContainerResources resources) {
            this.resources = resources;
            return self();
        }

        /** @see TraefikIngressProps#maxUploadMb() */
        public B maxUploadMb(int maxUploadMb) {
            this.maxUploadMb = maxUploadMb;
            return self();
        }

        /** @see TraefikIngressProps#requestTimeoutSeconds() */
        public B requestTimeoutSeconds(int requestTimeoutSeconds) {
            this.requestTimeoutSeconds = requestTimeoutSeconds;
            return self();
        }

        /** @see TraefikIngressProps#hstsMaxAgeSeconds() */
        public B hstsMaxAgeSeconds(int hstsMaxAgeSeconds) {
            this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
            return self();
        }

        /** @see TraefikIngressProps#issuer() */
        public B issuer(CertificateIssuer issuer) {
            this.issuer = issuer;
            return self();
        }

        /** @see TraefikIngressProps#certManager() */
        public B certManager(CertManager certManager) {
            this.certManager = certManager;
            return self();
        }

        /** @see TraefikIngressProps#imageRegistry() */
        public B imageRegistry(String imageRegistry) {
            this.imageRegistry = imageRegistry;
            return self();
        }

        TraefikIngressProps toProps() {
            return new TraefikIngressProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
