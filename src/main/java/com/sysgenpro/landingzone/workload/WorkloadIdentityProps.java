package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceGroup;

/** Properties of a {@link WorkloadIdentity}. Create with {@link #builder()}. */
public final class WorkloadIdentityProps {

    /** The service account Odoo's pods run as, unless another is given. */
    public static final String DEFAULT_SERVICE_ACCOUNT = "odoo";

    private final String name;
    private final ResourceGroup resourceGroup;
    private final KubernetesCluster cluster;
    private final String namespace;
    private final String serviceAccount;
    private final Tags tags;

    private WorkloadIdentityProps(Setters<?> setters) {
        this.name = setters.name;
        this.resourceGroup = setters.resourceGroup;
        this.cluster = setters.cluster;
        this.namespace = setters.namespace;
        this.serviceAccount = setters.serviceAccount;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The managed identity's name, e.g. {@code id-nwd-wholesale-prod-weu}. Required; 3–128 letters, digits, - and _. */
    public String name() {
        return name;
    }

    /** The resource group the identity lives in; also its region. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The cluster whose OIDC issuer the identity trusts. Required. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /** The Kubernetes namespace of the service account. Required; a DNS label (1–63 lowercase letters, digits, -). */
    public String namespace() {
        return namespace;
    }

    /** The service account that may act as the identity. Default: {@value #DEFAULT_SERVICE_ACCOUNT}. */
    public String serviceAccount() {
        return serviceAccount;
    }

    /** Tags of the identity. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link WorkloadIdentityProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public WorkloadIdentityProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link WorkloadIdentity.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private ResourceGroup resourceGroup;
        private KubernetesCluster cluster;
        private String namespace;
        private String serviceAccount = DEFAULT_SERVICE_ACCOUNT;
        private Tags tags;

        Setters() {
        }

        /** @see WorkloadIdentityProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see WorkloadIdentityProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see WorkloadIdentityProps#cluster() */
        public B cluster(KubernetesCluster cluster) {
            this.cluster = cluster;
            return self();
        }

        /** @see WorkloadIdentityProps#namespace() */
        public B namespace(String namespace) {
            this.namespace = namespace;
            return self();
        }

        /** @see WorkloadIdentityProps#serviceAccount() */
        public B serviceAccount(String serviceAccount) {
            this.serviceAccount = serviceAccount;
            return self();
        }

        /** @see WorkloadIdentityProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        WorkloadIdentityProps toProps() {
            return new WorkloadIdentityProps(this);
        }
    }
}
