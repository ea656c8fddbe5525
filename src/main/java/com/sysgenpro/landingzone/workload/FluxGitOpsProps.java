package com.sysgenpro.landingzone.workload;

/** Properties of a {@link FluxGitOps}. Create with {@link #builder()}. */
public final class FluxGitOpsProps {

    private final KubernetesCluster cluster;
    private final String name;
    private final String repositoryUrl;
    private final String branch;
    private final String path;
    private final String kustomizationName;
    private final int syncIntervalSeconds;
    private final boolean prune;
    private final String localAuthReference;
    private final String sshKnownHostsBase64;
    private final boolean azureWorkloadIdentity;

    private FluxGitOpsProps(Setters<?> setters) {
        this.cluster = setters.cluster;
        this.name = setters.name;
        this.repositoryUrl = setters.repositoryUrl;
        this.branch = setters.branch;
        this.path = setters.path;
        this.kustomizationName = setters.kustomizationName;
        this.syncIntervalSeconds = setters.syncIntervalSeconds;
        this.prune = setters.prune;
        this.localAuthReference = setters.localAuthReference;
        this.sshKnownHostsBase64 = setters.sshKnownHostsBase64;
        this.azureWorkloadIdentity = setters.azureWorkloadIdentity;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The cluster Flux runs on. Required. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /**
     * The Flux configuration's name: 1–30 lowercase letters, digits and hyphens, starting and ending alphanumeric.
     * Default: {@code cluster-config}.
     */
    public String name() {
        return name;
    }

    /**
     * The Git repository Flux reconciles from. Required. {@code https://} (public, or Azure DevOps with
     * {@link #azureWorkloadIdentity()}), or {@code ssh://} / {@code git@} with {@link #localAuthReference()}. Never with
     * credentials in it, never plain {@code http://}.
     */
    public String repositoryUrl() {
        return repositoryUrl;
    }

    /** The branch to follow. Default: {@code main}. */
    public String branch() {
        return branch;
    }

    /**
     * The directory in the repository the kustomization applies, e.g. {@code ./clusters/wholesale-production}. Required:
     * one repository usually holds several clusters.
     */
    public String path() {
        return path;
    }

    /** The kustomization's name, same rules as {@link #name()}. Default: {@code cluster}. */
    public String kustomizationName() {
        return kustomizationName;
    }

    /** How often, in seconds (60 to 86400), Flux fetches the repository and re-applies the kustomization. Default: 300. */
    public int syncIntervalSeconds() {
        return syncIntervalSeconds;
    }

    /**
     * Whether objects removed from the repository are deleted from the cluster (Flux's prune). Default: {@code false}:
     * a bad commit or a moved path then cannot delete a tenant's workloads or volumes; removed objects are deleted by hand.
     */
    public boolean prune() {
        return prune;
    }

    /**
     * The name of a Kubernetes secret in {@code flux-system} that holds the repository credentials (an SSH key, or an
     * HTTPS token), created outside Terraform, e.g. by the Key Vault secrets provider. Required for SSH repositories.
     * Default: none, so no credential ever passes through Terraform or its state.
     */
    public String localAuthReference() {
        return localAuthReference;
    }

    /**
     * The SSH host keys the repository's server is trusted with, in {@code known_hosts} format, base64-encoded (public
     * data). Only for SSH repositories; default: none (the secret of {@link #localAuthReference()} may carry them).
     */
    public String sshKnownHostsBase64() {
        return sshKnownHostsBase64;
    }

    /**
     * Whether Flux authenticates to an Azure DevOps repository with the cluster's workload identity ({@code provider =
     * "Azure"}) instead of a token. Default: {@code false}. The identity still needs access to the repository.
     */
    public boolean azureWorkloadIdentity() {
        return azureWorkloadIdentity;
    }

    /** Builds {@link FluxGitOpsProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public FluxGitOpsProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link FluxGitOps.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private KubernetesCluster cluster;
        private String name = "cluster-config";
        private String repositoryUrl;
        private String branch = "main";
        private String path;
        private String kustomizationName = "cluster";
        private int syncIntervalSeconds = 300;
        private boolean prune;
        private String localAuthReference;
        private String sshKnownHostsBase64;
        private boolean azureWorkloadIdentity;

        Setters() {
        }

        /** @see FluxGitOpsProps#cluster() */
        public B cluster(KubernetesCluster cluster) {
            this.cluster = cluster;
            return self();
        }

        /** @see FluxGitOpsProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see FluxGitOpsProps#repositoryUrl() */
        public B repositoryUrl(String repositoryUrl) {
            this.repositoryUrl = repositoryUrl;
            return self();
        }

        /** @see FluxGitOpsProps#branch() */
        public B branch(String branch) {
            this.branch = branch;
            return self();
        }

        /** @see FluxGitOpsProps#path() */
        public B path(String path) {
            this.path = path;
            return self();
        }

        /** @see FluxGitOpsProps#kustomizationName() */
        public B kustomizationName(String kustomizationName) {
            this.kustomizationName = kustomizationName;
            return self();
        }

        /** @see FluxGitOpsProps#syncIntervalSeconds() */
        public B syncIntervalSeconds(int syncIntervalSeconds) {
            this.syncIntervalSeconds = syncIntervalSeconds;
            return self();
        }

        /** @see FluxGitOpsProps#prune() */
        public B prune(boolean prune) {
            this.prune = prune;
            return self();
        }

        /** @see FluxGitOpsProps#localAuthReference() */
        public B localAuthReference(String localAuthReference) {
            this.localAuthReference = localAuthReference;
            return self();
        }

        /** @see FluxGitOpsProps#sshKnownHostsBase64() */
        public B sshKnownHostsBase64(String sshKnownHostsBase64) {
            this.sshKnownHostsBase64 = sshKnownHostsBase64;
            return self();
        }

        /** @see FluxGitOpsProps#azureWorkloadIdentity() */
        public B azureWorkloadIdentity(boolean azureWorkloadIdentity) {
            this.azureWorkloadIdentity = azureWorkloadIdentity;
            return self();
        }

        FluxGitOpsProps toProps() {
            return new FluxGitOpsProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
