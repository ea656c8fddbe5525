package com.sysgenpro.landingzone.platform;

/** What a subnet of a {@link Network} is for. */
public enum SubnetRole {
    /** AKS nodes (pods get overlay addresses, so nodes alone size it). */
    AKS_NODES("snet-aks"),
    /** Private endpoints of Key Vault, storage, Redis and the registry. */
    PRIVATE_ENDPOINTS("snet-private-endpoints"),
    /** PostgreSQL flexible servers with private access; delegated to Microsoft.DBforPostgreSQL/flexibleServers. */
    POSTGRES("snet-postgres");

    private final String subnetName;

    SubnetRole(String subnetName) {
        this.subnetName = subnetName;
    }

    /** The subnet's name in Azure. */
    public String subnetName() {
        return subnetName;
    }
}
