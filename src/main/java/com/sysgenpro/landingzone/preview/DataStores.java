package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.Map;

/** Resource types whose destruction loses data: what a preview calls out first when it happens in production. */
final class DataStores {

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER, "PostgreSQL flexible server"),
        Map.entry(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_DATABASE, "PostgreSQL database"),
        Map.entry(ResourceTypes.STORAGE_ACCOUNT, "storage account"),
        Map.entry(ResourceTypes.STORAGE_CONTAINER, "storage container"),
        Map.entry(ResourceTypes.STORAGE_SHARE, "file share"),
        Map.entry(ResourceTypes.KEY_VAULT, "key vault"),
        // Keys encrypt data elsewhere (customer-managed keys): destroying one makes that data unreadable.
        Map.entry(ResourceTypes.KEY_VAULT_KEY, "key vault key"),
        Map.entry(ResourceTypes.MANAGED_REDIS, "Managed Redis"),
        Map.entry(ResourceTypes.REDIS_CACHE, "Azure Cache for Redis"),
        Map.entry(ResourceTypes.DATA_PROTECTION_BACKUP_VAULT, "backup vault"),
        Map.entry(ResourceTypes.DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER, "database backup instance"));

    private DataStores() {
    }

    /** Whether destroying a resource of {@code type} loses data. */
    static boolean isDataStore(String type) {
        return TYPES.containsKey(type);
    }

    /** What a data store of {@code type} is called, e.g. {@code PostgreSQL flexible server}; the type itself for others. */
    static String label(String type) {
        return TYPES.getOrDefault(type, type);
    }
}
