package com.sysgenpro.landingzone.workload;

/**
 * The engine that enforces Kubernetes network policies on an Azure CNI Overlay cluster. azurerm 4.55 supports all
 * three on overlay ({@code network_policy} {@code cilium}, {@code calico} or {@code azure}).
 */
public enum KubernetesNetworkPolicy {
    /**
     * Azure CNI powered by Cilium: eBPF data plane ({@code network_data_plane = "cilium"}) enforcing policies itself
     * ({@code network_policy = "cilium"}). The default: no kube-proxy iptables, FQDN- and L7-capable with Advanced
     * Container Networking, and the engine Microsoft develops the AKS network stack around.
     */
    CILIUM("cilium", "cilium"),
    /** Calico policies on the Azure data plane. For estates that already write Calico-specific policies. */
    CALICO("calico", "azure"),
    /**
     * Azure Network Policy Manager on the Azure data plane. Supported by azurerm 4.55 but being retired by AKS in favour
     * of Cilium; use only to match an existing cluster.
     */
    AZURE("azure", "azure");

    private final String networkPolicy;
    private final String dataPlane;

    KubernetesNetworkPolicy(String networkPolicy, String dataPlane) {
        this.networkPolicy = networkPolicy;
        this.dataPlane = dataPlane;
    }

    /** The value of {@code network_profile.network_policy}. */
    public String networkPolicy() {
        return networkPolicy;
    }

    /** The value of {@code network_profile.network_data_plane}. */
    public String dataPlane() {
        return dataPlane;
    }
}
