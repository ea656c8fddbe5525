package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.PrivateResourceProps;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Properties of a {@link StorageAccount}. Create with {@link #builder()}.
 *
 * <p>Name: The account name. Required; 3–24 lowercase letters and digits, unique across Azure (it is part of the
 * endpoint's DNS name).
 * <p>Resource group: The resource group the account lives in; its region is the account's region. Required.
 * <p>Tags: Tags of the account and its private endpoint. Default: the resource group's tags.
 * <p>Diagnostics: The Log Analytics workspace the account's and its blob service's diagnostics go to. Required.
 * <p>Private endpoint subnet: The environment's private-endpoint subnet, where the blob endpoint gets its private
 * address. Required.
 * <p>Private DNS zone: The private DNS zone {@code privatelink.blob.core.windows.net} the endpoint registers in.
 * Required.
 */
public final class StorageAccountProps extends PrivateResourceProps {

    /** Default containers: Odoo's filestore (attachments), database and filestore backups, and exports. */
    public static final List<String> DEFAULT_CONTAINERS = List.of("filestore", "backups", "exports");
    /** Default container under time-based immutability: {@code backups}. */
    public static final String DEFAULT_BACKUP_CONTAINER = "backups";
    /** Default soft delete of blobs and of containers: 30 days, enough to notice a deletion at the next month-end close. */
    public static final int DEFAULT_SOFT_DELETE_DAYS = 30;
    /** Default retention of the change feed (the log of every blob change): 90 days. */
    public static final int DEFAULT_CHANGE_FEED_RETENTION_DAYS = 90;
    /** Default life of previous blob versions (kept by versioning on every overwrite or delete): 90 days. */
    public static final int DEFAULT_VERSION_RETENTION_DAYS = 90;
    /** Default immutability period of the backup container: 30 days, so that no backup of the last month can be erased. */
    public static final int DEFAULT_IMMUTABILITY_DAYS = 30;
    /**
     * Default retention classes of the default containers: attachments move to Cool after 90 days and stay online
     * (Odoo reads any of them at any time, so they never go to Archive and are never deleted); backups move to Cool
     * after 30 days, to Cold after 90 and are deleted after 365; exports move to Cool after 30 days and are deleted after
     * 90. None uses Archive, which the default zone-redundant replication does not offer.
     */
    public static final Map<String, RetentionClass> DEFAULT_LIFECYCLE = defaultLifecycle();

    private final StorageReplication replication;
    private final List<String> containers;
    private final int blobSoftDeleteDays;
    private final int containerSoftDeleteDays;
    private final int changeFeedRetentionDays;
    private final int versionRetentionDays;
    private final String backupContainer;
    private final int immutabilityDays;
    private final boolean immutabilityLocked;
    private final Map<String, RetentionClass> lifecycle;
    private final boolean deletionProtection;
    private final KeyVaultKey customerManagedKey;

    private StorageAccountProps(Setters<?> setters) {
        super(setters);
        this.replication = setters.replication;
        this.containers = setters.containers == null ? null : List.copyOf(setters.containers);
        this.blobSoftDeleteDays = setters.blobSoftDeleteDays;
        this.containerSoftDeleteDays = setters.containerSoftDeleteDays;
        this.changeFeedRetentionDays = setters.changeFeedRetentionDays;
        this.versionRetentionDays = setters.versionRetentionDays;
        this.backupContainer = setters.backupContainer;
        this.immutabilityDays = setters.immutabilityDays;
        this.immutabilityLocked = setters.immutabilityLocked;
        this.lifecycle = setters.lifecycle == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(setters.lifecycle));
        this.deletionProtection = setters.deletionProtection;
        this.customerManagedKey = setters.customerManagedKey;
    }

    private static Map<String, RetentionClass> defaultLifecycle() {
        Map<String, RetentionClass> lifecycle = new LinkedHashMap<>();
        lifecycle.put("filestore", RetentionClass.coolAfter(90));
        lifecycle.put("backups", RetentionClass.coolAfter(30).thenColdAfter(90).thenDeleteAfter(365));
        lifecycle.put("exports", RetentionClass.coolAfter(30).thenDeleteAfter(90));
        return Collections.unmodifiableMap(lifecycle);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How the account replicates (Standard tier, StorageV2). Default: {@link StorageReplication#ZRS}, which survives a
     * zone outage; blueprints choose GZRS/RAGZRS where the recovery tier needs the paired region and LRS for sandboxes.
     */
    public StorageReplication replication() {
        return replication;
    }

    /**
     * The blob containers, all private. Default: {@link #DEFAULT_CONTAINERS}. At least one; each 3–63 lowercase
     * letters, digits and hyphens, starting and ending with a letter or digit, no {@code --}; each name once.
     */
    public List<String> containers() {
        return containers;
    }

    /** Days a deleted or overwritten blob can be restored, 1–365. Default: {@value #DEFAULT_SOFT_DELETE_DAYS}. */
    public int blobSoftDeleteDays() {
        return blobSoftDeleteDays;
    }

    /** Days a deleted container can be restored, 1–365. Default: {@value #DEFAULT_SOFT_DELETE_DAYS}. */
    public int containerSoftDeleteDays() {
        return containerSoftDeleteDays;
    }

    /** Days the change feed (every create, update and delete of a blob) is kept, 1–146000. Default: {@value #DEFAULT_CHANGE_FEED_RETENTION_DAYS}. */
    public int changeFeedRetentionDays() {
        return changeFeedRetentionDays;
    }

    /**
     * Days previous blob versions are kept before the lifecycle policy deletes them, 1–146000. Default:
     * {@value #DEFAULT_VERSION_RETENTION_DAYS}. Versioning itself is always on.
     */
    public int versionRetentionDays() {
        return versionRetentionDays;
    }

    /**
     * The container protected by a time-based immutability (WORM) policy: its blobs can be read and added but neither
     * changed nor deleted until they are {@link #immutabilityDays()} old, so that ransomware or a stolen identity cannot
     * erase the backups. Default: {@value #DEFAULT_BACKUP_CONTAINER}; must be one of {@link #containers()}; {@code null}
     * for no immutability policy (a loosening for environments without backups worth protecting).
     */
    public String backupContainer() {
        return backupContainer;
    }

    /** The immutability period of the backup container in days, 1–146000. Default: {@value #DEFAULT_IMMUTABILITY_DAYS}. */
    public int immutabilityDays() {
        return immutabilityDays;
    }

    /**
     * Whether the immutability policy is locked. Default: {@code false}: an unlocked policy protects blobs the same
     * way but can still be shortened or removed, which is what a first deployment needs to be tested and corrected.
     *
     * <p>Locking is a one-way door: a locked policy can never be removed or shortened (only extended, at most five
     * times), and neither the container nor the account can be deleted while any blob is still under retention; a
     * {@code terraform destroy} fails until then. It is what SEC 17a-4(f)-style regulations require. Lock only after the
     * backup job has run against the unlocked policy, and set this in the production blueprint, never in lower
     * environments.
     */
    public boolean immutabilityLocked() {
        return immutabilityLocked;
    }

    /**
     * Retention classes by blob prefix: a container name ({@code backups}) or a path inside one
     * ({@code backups/weekly}). Each becomes a lifecycle management rule for block blobs under that prefix. Default
     * ({@code null}): {@link #DEFAULT_LIFECYCLE} for those of its containers that are declared. Given explicitly, every
     * prefix must start with a declared container, and a class that deletes from the backup container must not delete
     * before the immutability period ends.
     */
    public Map<String, RetentionClass> lifecycle() {
        return lifecycle;
    }

    /**
     * Whether the account is protected from deletion: Terraform refuses to destroy or replace it
     * ({@code lifecycle.prevent_destroy}, so a plan that would fails instead), and an Azure {@code CanNotDelete} lock on
     * the account, named {@code lz-do-not-delete}, stops its deletion by any other means (portal, CLI, another
     * pipeline) while leaving its configuration changeable. The lock protects the account, not the data in it: blobs are
     * protected by soft delete, versioning and the immutability policy. Creating the lock needs
     * {@code Microsoft.Authorization/locks/write} (Owner or User Access Administrator) for the deploying identity; to
     * retire the account, turn this off in a reviewed change first. Default: {@code true}. Lower environments that are
     * torn down turn it off explicitly (the estate follows the blueprint's deletion protection).
     */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /**
     * The key that encrypts the account's data (blobs and files; queues and tables keep Microsoft-managed keys, and
     * the account holds none) instead of a Microsoft-managed key. Default: none. It must be in a vault in the account's
     * region. The account gets a user-assigned identity of its own ({@code id-<name>-cmk}) with Key Vault Crypto
     * Service Encryption User on the key, and is created encrypted, never with a Microsoft-managed key first. It is
     * given the key without a version, so that it adopts each version the key's rotation policy creates (Azure checks
     * daily). Infrastructure (double) encryption stays on as well. Removing the key later returns the account to
     * Microsoft-managed keys in place; disabling or deleting the key makes every blob unreadable until it is restored.
     */
    public KeyVaultKey customerManagedKey() {
        return customerManagedKey;
    }

    /** Builds {@link StorageAccountProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public StorageAccountProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link StorageAccount.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends PrivateResourceProps.Setters<B> {
        private StorageReplication replication = StorageReplication.ZRS;
        private List<String> containers = DEFAULT_CONTAINERS;
        private int blobSoftDeleteDays = DEFAULT_SOFT_DELETE_DAYS;
        private int containerSoftDeleteDays = DEFAULT_SOFT_DELETE_DAYS;
        private int changeFeedRetentionDays = DEFAULT_CHANGE_FEED_RETENTION_DAYS;
        private int versionRetentionDays = DEFAULT_VERSION_RETENTION_DAYS;
        private String backupContainer = DEFAULT_BACKUP_CONTAINER;
        private int immutabilityDays = DEFAULT_IMMUTABILITY_DAYS;
        private boolean immutabilityLocked;
        private Map<String, RetentionClass> lifecycle;
        private boolean deletionProtection = true;
        private KeyVaultKey customerManagedKey;

        Setters() {
        }

        /** @see StorageAccountProps#replication() */
        public B replication(StorageReplication replication) {
            this.replication = replication;
            return self();
        }

        /** @see StorageAccountProps#containers() */
        public B containers(List<String> containers) {
            this.containers = containers;
            return self();
        }

        /** @see StorageAccountProps#blobSoftDeleteDays() */
        public B blobSoftDeleteDays(int blobSoftDeleteDays) {
            this.blobSoftDeleteDays = blobSoftDeleteDays;
            return self();
        }

        /** @see StorageAccountProps#containerSoftDeleteDays() */
        public B containerSoftDeleteDays(int containerSoftDeleteDays) {
            this.containerSoftDeleteDays = containerSoftDeleteDays;
            return self();
        }

        /** @see StorageAccountProps#changeFeedRetentionDays() */
        public B changeFeedRetentionDays(int changeFeedRetentionDays) {
            this.changeFeedRetentionDays = changeFeedRetentionDays;
            return self();
        }

        /** @see StorageAccountProps#versionRetentionDays() */
        public B versionRetentionDays(int versionRetentionDays) {
            this.versionRetentionDays = versionRetentionDays;
            return self();
        }

        /** @see StorageAccountProps#backupContainer() */
        public B backupContainer(String backupContainer) {
            this.backupContainer = backupContainer;
            return self();
        }

        /** @see StorageAccountProps#immutabilityDays() */
        public B immutabilityDays(int immutabilityDays) {
            this.immutabilityDays = immutabilityDays;
            return self();
        }

        /** @see StorageAccountProps#immutabilityLocked() */
        public B immutabilityLocked(boolean immutabilityLocked) {
            this.immutabilityLocked = immutabilityLocked;
            return self();
        }

        /** @see StorageAccountProps#lifecycle() */
        public B lifecycle(Map<String, RetentionClass> lifecycle) {
            this.lifecycle = lifecycle;
            return self();
        }

        /** @see StorageAccountProps#deletionProtection() */
        public B deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return self();
        }

        /** @see StorageAccountProps#customerManagedKey() */
        public B customerManagedKey(KeyVaultKey customerManagedKey) {
            this.customerManagedKey = customerManagedKey;
            return self();
        }

        StorageAccountProps toProps() {
            return new StorageAccountProps(this);
        }
    }
}
