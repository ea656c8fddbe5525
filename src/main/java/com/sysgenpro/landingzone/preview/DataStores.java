package com.sysgenpro.landingzone.preview;

import java.util.Map;

/** Resource types whose destruction loses data: what a preview calls out first when it happens in production. */
final class DataStores {

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("azurerm_postgresql_flexible_server", "PostgreSQL flexible server"),
        Map.entry("azurerm_postgresql_flexible_server_database", "PostgreSQL database"),
        Map.entry("azurerm_storage_account", "storage account"),
        Map.entry("azurerm_storage_container", "storage container"),
        Map.entry("azurerm_storage_share", "file share"),
        Map.entry("azurerm_key_vault", "key vault"),
        // Keys encrypt data elsewhere (customer-managed keys): destroying one makes that data unreadable.
        Map.entry("azurerm_key_vault_key", "key vault key"),
        Map.entry("azurerm_managed_redis", "Managed Redis"),
        Map.entry("azurerm_redis_cache", "Azure Cache for Redis"),
        Map.entry("azurerm_data_protection_backup_vault", "backup vault"),
        Map.entry("azurerm_data_protection_backup_instance_postgresql_flexible_server", "database backup instance"));

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
