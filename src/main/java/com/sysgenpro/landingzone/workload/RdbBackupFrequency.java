package com.sysgenpro.landingzone.workload;

/** How often Azure Managed Redis writes an RDB snapshot of its data to its managed disk (the values Azure accepts). */
public enum RdbBackupFrequency {
    /** Every hour: at most an hour of writes is lost when all nodes fail. The default. */
    EVERY_HOUR("1h"),
    /** Every 6 hours. */
    EVERY_6_HOURS("6h"),
    /** Every 12 hours. */
    EVERY_12_HOURS("12h");

    private final String terraformValue;

    RdbBackupFrequency(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code persistence_redis_database_backup_frequency}, e.g. {@code 1h}. */
    public String terraformValue() {
        return terraformValue;
    }
}
