package com.sysgenpro.landingzone.platform;

/** The private DNS zones a {@link Network} can hold, one per service reached privately. */
public enum PrivateDnsZone {
    /** PostgreSQL flexible servers with private access; the zone is named after the network (see {@link Network}). */
    POSTGRES(null),
    /** Azure Managed Redis private endpoints. */
    MANAGED_REDIS("privatelink.redis.azure.net"),
    /** Azure Cache for Redis (legacy) private endpoints. */
    REDIS_CACHE("privatelink.redis.cache.windows.net"),
    /** Blob storage private endpoints. */
    BLOB("privatelink.blob.core.windows.net"),
    /** Key Vault private endpoints. */
    KEY_VAULT("privatelink.vaultcore.azure.net"),
    /** Container registry private endpoints. */
    CONTAINER_REGISTRY("privatelink.azurecr.io");

    private final String zoneName;

    PrivateDnsZone(String zoneName) {
        this.zoneName = zoneName;
    }

    /** The zone's name for a network called {@code networkName}. */
    public String zoneName(String networkName) {
        // Private access needs a zone ending in postgres.database.azure.com; one per network keeps them apart.
        return zoneName != null ? zoneName : networkName + ".private.postgres.database.azure.com";
    }
}
