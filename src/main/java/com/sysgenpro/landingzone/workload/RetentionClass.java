package com.sysgenpro.landingzone.workload;

import java.util.Objects;

/**
 * How long blobs under a prefix stay in each access tier: cool after N days, cold after M, archive after P, delete
 * after K (all counted from the blob's last modification). Each step is optional; the steps that are set must come in that order.
 * A {@link StorageAccount} turns every retention class into one rule of its lifecycle management policy.
 *
 * <p>Create with {@link #coolAfter(int)} and chain {@link #thenColdAfter(int)}, {@link #thenArchiveAfter(int)} and
 * {@link #thenDeleteAfter(int)}, or {@link #of(Integer, Integer, Integer, Integer)}. Cold keeps blobs online (read in
 * milliseconds, billed for at least 90 days) and is offered on every replication; Archive takes them offline and is
 * offered on locally redundant accounts only. The values are checked, with the construct path, by the storage account
 * that uses them.
 */
public final class RetentionClass {

    private final Integer coolAfterDays;
    private final Integer coldAfterDays;
    private final Integer archiveAfterDays;
    private final Integer deleteAfterDays;

    private RetentionClass(Integer coolAfterDays, Integer coldAfterDays, Integer archiveAfterDays, Integer deleteAfterDays) {
        this.coolAfterDays = coolAfterDays;
        this.coldAfterDays = coldAfterDays;
        this.archiveAfterDays = archiveAfterDays;
        this.deleteAfterDays = deleteAfterDays;
    }

    /** A retention class without a Cold step; {@code null} leaves a step out. */
    public static RetentionClass of(Integer coolAfterDays, Integer archiveAfterDays, Integer deleteAfterDays) {
        return new RetentionClass(coolAfterDays, null, archiveAfterDays, deleteAfterDays);
    }

    /** A retention class from its four steps; {@code null} leaves a step out. */
    public static RetentionClass of(Integer coolAfterDays, Integer coldAfterDays, Integer archiveAfterDays, Integer deleteAfterDays) {
        return new RetentionClass(coolAfterDays, coldAfterDays, archiveAfterDays, deleteAfterDays);
    }

    /** Blobs move to the Cool tier {@code days} days after their last modification, and stay there. */
    public static RetentionClass coolAfter(int days) {
        return new RetentionClass(days, null, null, null);
    }

    /** Blobs are deleted {@code days} days after their last modification, without changing tier first. */
    public static RetentionClass deleteAfter(int days) {
        return new RetentionClass(null, null, null, days);
    }

    /** This class, also moving blobs to the Cold tier {@code days} days after their last modification. */
    public RetentionClass thenColdAfter(int days) {
        return new RetentionClass(coolAfterDays, days, archiveAfterDays, deleteAfterDays);
    }

    /** This class, also moving blobs to the Archive tier {@code days} days after their last modification. */
    public RetentionClass thenArchiveAfter(int days) {
        return new RetentionClass(coolAfterDays, coldAfterDays, days, deleteAfterDays);
    }

    /** This class, also deleting blobs {@code days} days after their last modification. */
    public RetentionClass thenDeleteAfter(int days) {
        return new RetentionClass(coolAfterDays, coldAfterDays, archiveAfterDays, days);
    }

    /** Days after which blobs move to Cool, or {@code null}. */
    public Integer coolAfterDays() {
        return coolAfterDays;
    }

    /** Days after which blobs move to Cold, or {@code null}. */
    public Integer coldAfterDays() {
        return coldAfterDays;
    }

    /**
     * Days after which blobs move to Archive, or {@code null}. Archived blobs take hours to rehydrate before they can
     * be read, and Azure offers the Archive tier only on {@link StorageReplication#LRS} accounts.
     */
    public Integer archiveAfterDays() {
        return archiveAfterDays;
    }

    /** Days after which blobs are deleted, or {@code null} to keep them. */
    public Integer deleteAfterDays() {
        return deleteAfterDays;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionClass that && Objects.equals(coolAfterDays, that.coolAfterDays)
            && Objects.equals(coldAfterDays, that.coldAfterDays)
            && Objects.equals(archiveAfterDays, that.archiveAfterDays) && Objects.equals(deleteAfterDays, that.deleteAfterDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coolAfterDays, coldAfterDays, archiveAfterDays, deleteAfterDays);
    }

    @Override
    public String toString() {
        return "cool after " + (coolAfterDays == null ? "-" : coolAfterDays) + ", cold after "
            + (coldAfterDays == null ? "-" : coldAfterDays) + ", archive after "
            + (archiveAfterDays == null ? "-" : archiveAfterDays) + ", delete after " + (deleteAfterDays == null ? "-" : deleteAfterDays);
    }
}
