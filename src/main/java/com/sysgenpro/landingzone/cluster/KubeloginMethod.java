package com.sysgenpro.landingzone.cluster;

/**
 * How {@code kubelogin} gets the Entra ID token the kubernetes and helm providers present to an AKS API server that
 * accepts Entra ID sign-in only (local accounts disabled).
 */
public enum KubeloginMethod {
    /**
     * The Azure CLI's signed-in identity ({@code az login}): an engineer's account, or a pipeline's after
     * {@code azure/login} with OIDC. The default.
     */
    AZURE_CLI("azurecli"),
    /** The federated token of a workload identity, for runners that are themselves pods with workload identity. */
    WORKLOAD_IDENTITY("workloadidentity"),
    /** The managed identity of the VM or container the run happens on, for self-hosted runners in the cluster's network. */
    MANAGED_IDENTITY("msi");

    private final String argument;

    KubeloginMethod(String argument) {
        this.argument = argument;
    }

    /** The value of {@code kubelogin get-token --login}. */
    public String argument() {
        return argument;
    }
}
