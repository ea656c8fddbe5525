package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceProps;

/**
 * Properties of a {@link WorkloadIdentity}. Create with {@link #builder()}.
 *
 * <p>Name: The managed identity's name, e.g. {@code id-nwd-wholesale-prod-weu}. Required; 3–128 letters, digits, - and
 * _.
 * <p>Resource group: The resource group the identity lives in; also its region. Required.
 * <p>Tags: Tags of the identity. Default: the resource group's tags.
 */
public final class WorkloadIdentityProps extends ResourceProps {

    /** The service account Odoo's pods run as, unless another is given. */
    public static final String DEFAULT_SERVICE_ACCOUNT = "odoo";

    private final KubernetesCluster cluster;
    private final String namespace;
    private final String serviceAccount;

    private WorkloadIdentityProps(Setters<?> setters) {
        super(setters);
        this.cluster = setters.cluster;
        this.namespace = setters.namespace;
        this.serviceAccount = setters.serviceAccount;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
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
    public abstract static class Setters<B extends Setters<B>> extends ResourceProps.Setters<B> {
        private KubernetesCluster cluster;
        private String namespace;
        private String serviceAccount = DEFAULT_SERVICE_ACCOUNT;

        Setters() {
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

        WorkloadIdentityProps toProps() {
            return new WorkloadIdentityProps(this);
        }
    }
}
