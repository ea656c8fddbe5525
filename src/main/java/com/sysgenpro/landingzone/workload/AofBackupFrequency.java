package com.sysgenpro.landingzone.workload;

/** How often Azure Managed Redis flushes its append-only file (AOF) to its managed disk (the values Azure accepts). */
public enum AofBackupFrequency {
    /** Every second: at most a second of writes is lost, at some cost in throughput. */
    EVERY_SECOND("1s");

    private final String terraformValue;

    AofBackupFrequency(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code persistence_append_only_file_backup_frequency}, e.g. {@code 1s}. */
    public String terraformValue() {
        return terraformValue;
    }
}
