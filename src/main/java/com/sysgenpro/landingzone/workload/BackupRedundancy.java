package com.sysgenpro.landingzone.workload;

/** Where a Data Protection backup vault keeps its copies. Fixed at creation: changing it replaces the vault. */
public enum BackupRedundancy {
    /** Copies in the paired region too: restorable after the loss of the region (and, with cross-region restore, there). */
    GEO_REDUNDANT("GeoRedundant"),
    /** Copies across the region's availability zones: survives the loss of a zone. */
    ZONE_REDUNDANT("ZoneRedundant"),
    /** Copies within one datacenter: for environments whose backups are a convenience. */
    LOCALLY_REDUNDANT("LocallyRedundant");

    private final String azureName;

    BackupRedundancy(String azureName) {
        this.azureName = azureName;
    }

    /** The value Azure and Terraform use, e.g. {@code GeoRedundant}. */
    public String azureName() {
        return azureName;
    }
}
