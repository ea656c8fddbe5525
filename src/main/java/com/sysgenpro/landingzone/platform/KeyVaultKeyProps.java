package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;
import java.util.List;

/** Properties of a {@link KeyVaultKey}. Create with {@link #builder()}. */
public final class KeyVaultKeyProps {

    /**
     * Default RSA modulus: 3072 bits, the smallest size NIST accepts beyond 2030 (SP 800-57) and one PostgreSQL flexible
     * server, storage accounts and disk encryption sets all accept (each takes 2048, 3072 and 4096).
     */
    public static final int DEFAULT_KEY_SIZE = 3072;
    /** The sizes allowed: 3072 and 4096 bits; 2048 is below the landing zone's floor. */
    public static final List<Integer> ALLOWED_KEY_SIZES = List.of(3072, 4096);
    /** Default rotation: a new key version a year after each one is created. */
    public static final int DEFAULT_ROTATE_AFTER_DAYS = 365;

    private final String name;
    private final KeyVault vault;
    private final int keySize;
    private final int rotateAfterDays;
    private final boolean deletionProtection;
    private final Tags tags;

    private KeyVaultKeyProps(Setters<?> setters) {
        this.name = setters.name;
        this.vault = setters.vault;
        this.keySize = setters.keySize;
        this.rotateAfterDays = setters.rotateAfterDays;
        this.deletionProtection = setters.deletionProtection;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key's name in its vault: 1–32 letters, digits and hyphens, e.g. {@code cmk-storage}. Required. */
    public String name() {
        return name;
    }

    /**
     * The vault that holds the key, in the region of the resources it encrypts (Azure requires it). Required; it must
     * have purge protection, which every service refuses a customer-managed key without.
     */
    public KeyVault vault() {
        return vault;
    }

    /**
     * The RSA modulus in bits, {@code 3072} or {@code 4096}. Default: {@value #DEFAULT_KEY_SIZE}. The key is
     * {@code RSA-HSM} (in the HSMs) in a Premium vault, {@code RSA} in a Standard one.
     */
    public int keySize() {
        return keySize;
    }

    /**
     * Days after which Key Vault creates the key's next version (its rotation policy), 30 to 730. Default:
     * {@value #DEFAULT_ROTATE_AFTER_DAYS}. The services are given the key without a version, so each follows the new
     * version by itself. No version expires: an expired key makes the data it encrypts inaccessible the day it lapses.
     */
    public int rotateAfterDays() {
        return rotateAfterDays;
    }

    /**
     * Whether Terraform refuses to destroy the key ({@code lifecycle.prevent_destroy}). Default: {@code true}: without
     * the key the data it encrypts cannot be read. A deleted key stays recoverable for the vault's soft-delete period.
     */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /** Tags of the key. Default: the vault's. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link KeyVaultKeyProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public KeyVaultKeyProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link KeyVaultKey.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private KeyVault vault;
        private int keySize = DEFAULT_KEY_SIZE;
        private int rotateAfterDays = DEFAULT_ROTATE_AFTER_DAYS;
        private boolean deletionProtection = true;
        private Tags tags;

        Setters() {
        }

        /** @see KeyVaultKeyProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see KeyVaultKeyProps#vault() */
        public B vault(KeyVault vault) {
            this.vault = vault;
            return self();
        }

        /** @see KeyVaultKeyProps#keySize() */
        public B keySize(int keySize) {
            this.keySize = keySize;
            return self();
        }

        /** @see KeyVaultKeyProps#rotateAfterDays() */
        public B rotateAfterDays(int rotateAfterDays) {
            this.rotateAfterDays = rotateAfterDays;
            return self();
        }

        /** @see KeyVaultKeyProps#deletionProtection() */
        public B deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return self();
        }

        /** @see KeyVaultKeyProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        KeyVaultKeyProps toProps() {
            return new KeyVaultKeyProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
