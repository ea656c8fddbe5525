package com.sysgenpro.landingzone.workload;

/**
 * How a {@link StorageAccount} replicates its data (Standard tier). Blueprints choose: zone-redundant in production,
 * geo-zone-redundant where the recovery tier needs the paired region, locally redundant only where losing a zone's
 * copy is acceptable.
 */
public enum StorageReplication {
    /** Three copies in one datacenter; survives disk and rack failures, not a zone outage. */
    LRS("LRS"),
    /** Three copies across the region's availability zones; survives a zone outage. The default. */
    ZRS("ZRS"),
    /** ZRS in the primary region plus an asynchronous copy in the paired region (readable after failover). */
    GZRS("GZRS"),
    /** GZRS with read access to the paired region's copy at any time. */
    RAGZRS("RAGZRS");

    private final String terraformValue;

    StorageReplication(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code account_replication_type}, e.g. {@code ZRS}. */
    public String terraformValue() {
        return terraformValue;
    }

    /** The SKU name Azure and the approved-SKU policy use, e.g. {@code Standard_ZRS}. */
    public String skuName() {
        return "Standard_" + terraformValue;
    }

    /** Whether blobs may move to the Archive tier: Azure offers it on LRS (and GRS) accounts, not on zone-redundant ones. */
    public boolean supportsArchiveTier() {
        return this == LRS;
    }
}
