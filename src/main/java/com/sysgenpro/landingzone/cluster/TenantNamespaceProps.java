package com.sysgenpro.landingzone.cluster;

import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Cidr;
import java.util.List;
import java.util.Map;

/** Properties of a {@link TenantNamespace}. Create with {@link #builder()}. */
public final class TenantNamespaceProps {

    private final String name;
    private final Map<String, String> labels;
    private final TenantQuota quota;
    private final ContainerResources containerDefaults;
    private final TraefikIngress ingress;
    private final List<Cidr> databaseRanges;
    private final List<Cidr> privateEndpointRanges;
    private final List<EgressRule> egress;
    private final boolean openInternetEgress;
    private final String operatorsGroupObjectId;
    private final String workloadIdentityClientId;
    private final String dedicatedPool;
    private final String hostname;

    private TenantNamespaceProps(Setters<?> setters) {
        this.name = setters.name;
        this.labels = setters.labels == null ? Map.of() : Map.copyOf(setters.labels);
        this.quota = setters.quota;
        this.containerDefaults = setters.containerDefaults;
        this.ingress = setters.ingress;
        this.databaseRanges = setters.databaseRanges == null ? List.of() : List.copyOf(setters.databaseRanges);
        this.privateEndpointRanges = setters.privateEndpointRanges == null ? List.of() : List.copyOf(setters.privateEndpointRanges);
        this.egress = setters.egress == null ? List.of() : List.copyOf(setters.egress);
        this.openInternetEgress = setters.openInternetEgress;
        this.operatorsGroupObjectId = setters.operatorsGroupObjectId;
        this.workloadIdentityClientId = setters.workloadIdentityClientId;
        this.dedicatedPool = setters.dedicatedPool;
        this.hostname = setters.hostname;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The namespace, e.g. {@code north-production}. Required; a DNS label (1–63 lowercase letters, digits, -). */
    public String name() {
        return name;
    }

    /**
     * Labels of the namespace, e.g. business unit, environment, recovery tier and cost center, which cost allocation and
     * policies select on. Default: none. Pod Security labels are always set and cannot be overridden here.
     */
    public Map<String, String> labels() {
        return labels;
    }

    /** What the namespace may claim (ResourceQuota). Required. */
    public TenantQuota quota() {
        return quota;
    }

    /** What a container that declares no resources gets (LimitRange defaults). Required. */
    public ContainerResources containerDefaults() {
        return containerDefaults;
    }

    /**
     * The cluster's ingress: its namespace is the only one admitted to Odoo's ports, and the tenant's ingresses use its
     * class, upload limit and issuer. Required.
     */
    public TraefikIngress ingress() {
        return ingress;
    }

    /** Address ranges of the tenant's PostgreSQL servers (delegated subnets), reachable on 5432. Default: none. */
    public List<Cidr> databaseRanges() {
        return databaseRanges;
    }

    /**
     * Address ranges of the tenant's private endpoints (Redis, Key Vault, storage), reachable on 443, 6380 and 10000.
     * Default: none.
     */
    public List<Cidr> privateEndpointRanges() {
        return privateEndpointRanges;
    }

    /**
     * What pods may reach on the internet, each rule its port and transport: a range rule to its range, a host name
     * rule to every public address (a network policy matches no names; the egress firewall narrows it to the name).
     * Private, link-local and other non-public ranges ({@link EgressRule#nonPublicRanges()}) are never reached this
     * way, so other tenants and the node network stay out of reach. Default: none, and no internet egress at all.
     */
    public List<EgressRule> egress() {
        return egress;
    }

    /**
     * Whether pods may also connect to every public address on HTTPS (443) and mail ports (465, 587, 993), private
     * ranges excluded: what tenants of an estate without an egress firewall had before egress was declared, kept for
     * those that declare none. Default: {@code false}.
     */
    public boolean openInternetEgress() {
        return openInternetEgress;
    }

    /**
     * The Entra ID group (object id) of the tenant's operators, bound to the namespaced {@code tenant-operator} role:
     * read, restart and run jobs; no secrets, no exec. Default: none, and no binding.
     */
    public String operatorsGroupObjectId() {
        return operatorsGroupObjectId;
    }

    /**
     * The client id of the managed identity Odoo's service account acts as (workload identity), usually a reference to
     * {@code WorkloadIdentity.clientId()}. Default: none: the service account is created without federation.
     */
    public String workloadIdentityClientId() {
        return workloadIdentityClientId;
    }

    /**
     * The tenant key of a node pool reserved for this tenant ({@code KubernetesNodePool} {@code dedicatedTo}), for the
     * semi-dedicated model: the namespace's defaults then carry the node selector and toleration that place its pods
     * there. Default: none, pods run on the shared pool.
     */
    public String dedicatedPool() {
        return dedicatedPool;
    }

    /**
     * The host name Odoo is served under, e.g. {@code north.erp.example.com}. Default: none, and no ingress is created.
     */
    public String hostname() {
        return hostname;
    }

    /** Builds {@link TenantNamespaceProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public TenantNamespaceProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link TenantNamespace.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private Map<String, String> labels = Map.of();
        private TenantQuota quota;
        private ContainerResources containerDefaults;
        private TraefikIngress ingress;
        private List<Cidr> databaseRanges = List.of();
        private List<Cidr> privateEndpointRanges = List.of();
        private List<EgressRule> egress = List.of();
        private boolean openInternetEgress;
        private String operatorsGroupObjectId;
        private String workloadIdentityClientId;
        private String dedicatedPool;
        private String hostname;

        Setters() {
        }

        /** @see TenantNamespaceProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see TenantNamespaceProps#labels() */
        public B labels(Map<String, String> labels) {
            this.labels = labels;
            return self();
        }

        /** @see TenantNamespaceProps#quota() */
        public B quota(TenantQuota quota) {
            this.quota = quota;
            return self();
        }

        /** @see TenantNamespaceProps#containerDefaults() */
        public B containerDefaults(ContainerResources containerDefaults) {
            this.containerDefaults = containerDefaults;
            return self();
        }

        /** @see TenantNamespaceProps#ingress() */
        public B ingress(TraefikIngress ingress) {
            this.ingress = ingress;
            return self();
        }

        /** @see TenantNamespaceProps#databaseRanges() */
        public B databaseRanges(List<Cidr> databaseRanges) {
            this.databaseRanges = databaseRanges;
            return self();
        }

        /** @see TenantNamespaceProps#privateEndpointRanges() */
        public B privateEndpointRanges(List<Cidr> privateEndpointRanges) {
            this.privateEndpointRanges = privateEndpointRanges;
            return self();
        }

        /** @see TenantNamespaceProps#egress() */
        public B egress(List<EgressRule> egress) {
            this.egress = egress;
            return self();
        }

        /** @see TenantNamespaceProps#openInternetEgress() */
        public B openInternetEgress(boolean openInternetEgress) {
            this.openInternetEgress = openInternetEgress;
            return self();
        }

        /** @see TenantNamespaceProps#operatorsGroupObjectId() */
        public B operatorsGroupObjectId(String operatorsGroupObjectId) {
            this.operatorsGroupObjectId = operatorsGroupObjectId;
            return self();
        }

        /** @see TenantNamespaceProps#workloadIdentityClientId() */
        public B workloadIdentityClientId(String workloadIdentityClientId) {
            this.workloadIdentityClientId = workloadIdentityClientId;
            return self();
        }

        /** @see TenantNamespaceProps#dedicatedPool() */
        public B dedicatedPool(String dedicatedPool) {
            this.dedicatedPool = dedicatedPool;
            return self();
        }

        /** @see TenantNamespaceProps#hostname() */
        public B hostname(String hostname) {
            this.hostname = hostname;
            return self();
        }

        TenantNamespaceProps toProps() {
            return new TenantNamespaceProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
