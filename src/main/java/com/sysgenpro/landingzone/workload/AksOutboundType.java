package com.sysgenpro.landingzone.workload;

/**
 * How the nodes of a {@link KubernetesCluster} reach the internet ({@code network_profile.outbound_type}). Every
 * option but {@link #USER_DEFINED_ROUTING} makes AKS create a public IP address, which the landing zone's
 * no-public-IP control (LZ-NET-001) denies outside an exempted node resource group.
 */
public enum AksOutboundType {
    /** Through the cluster's Standard load balancer and a public IP in the node resource group. The default. */
    LOAD_BALANCER("loadBalancer"),
    /**
     * Through the node subnet's route table, e.g. 0.0.0.0/0 to a hub firewall; AKS creates no outbound public address.
     * The subnet must have the route when the cluster is created.
     */
    USER_DEFINED_ROUTING("userDefinedRouting"),
    /** Through a NAT gateway that AKS creates and manages, with its public IPs. */
    MANAGED_NAT_GATEWAY("managedNATGateway"),
    /** Through a NAT gateway already associated with the node subnet. */
    USER_ASSIGNED_NAT_GATEWAY("userAssignedNATGateway");

    private final String terraformValue;

    AksOutboundType(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code network_profile.outbound_type}, e.g. {@code userDefinedRouting}. */
    public String terraformValue() {
        return terraformValue;
    }
}
