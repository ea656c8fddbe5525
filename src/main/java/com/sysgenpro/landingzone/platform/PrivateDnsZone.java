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

    /**
     * The zone's name for the network (or the estate) called {@code scopeName}: fixed for the privatelink zones; for
     * PostgreSQL's, which Azure requires to end in {@code postgres.database.azure.com}, {@code <scopeName>.private.postgres
     * .database.azure.com}, so that a zone of one network and one defined for a whole estate stay apart.
     */
    public String zoneName(String scopeName) {
        return zoneName != null ? zoneName : scopeName + ".private.postgres.database.azure.com";
    }

    /** The zone's key in construct ids and outputs, e.g. {@code key-vault}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
