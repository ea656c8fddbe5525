package com.sysgenpro.landingzone.workload;

/** Whether recovery points in a Data Protection backup vault can be deleted or shortened before they expire. */
public enum BackupImmutability {
    /** Recovery points can be deleted early by anyone with the rights. */
    DISABLED("Disabled"),
    /**
     * Recovery points cannot be deleted early nor their retention reduced; an administrator can still switch the
     * setting off, so it can be reviewed before it is locked.
     */
    UNLOCKED("Unlocked"),
    /** As {@link #UNLOCKED}, irreversibly: nobody, Microsoft support included, can switch it off again. */
    LOCKED("Locked");

    private final String azureName;

    BackupImmutability(String azureName) {
        this.azureName = azureName;
    }

    /** The value Azure and Terraform use, e.g. {@code Unlocked}. */
    public String azureName() {
        return azureName;
    }
}
