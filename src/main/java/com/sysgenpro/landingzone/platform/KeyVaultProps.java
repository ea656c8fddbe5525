package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;

/**
 * Properties of a {@link KeyVault}. Create with {@link #builder()}.
 *
 * <p>Name: The vault's name: 3–24 letters, digits and hyphens, unique across Azure. Required.
 * <p>Resource group: Where the vault lives; its region is the vault's. Required.
 * <p>Tags: The estate's tags. Required.
 * <p>Diagnostics: Where the vault's audit logs and metrics go. Required.
 * <p>Private endpoint subnet: The subnet of the vault's private endpoint. Required unless public network access is on
 * or there is no endpoint.
 * <p>Private DNS zone: The {@code privatelink.vaultcore.azure.net} zone the endpoint registers in. Required with the
 * endpoint.
 */
public final class KeyVaultProps extends PrivateResourceProps {

    /** Soft-deleted secrets and keys are kept this long by default: 90 days, Azure's maximum. */
    public static final int DEFAULT_SOFT_DELETE_RETENTION_DAYS = 90;

    private final String tenantId;
    private final boolean premium;
    private final int softDeleteRetentionDays;
    private final boolean purgeProtection;
    private final boolean publicNetworkAccess;
    private final boolean privateEndpoint;

    private KeyVaultProps(Setters<?> setters) {
        super(setters);
        this.tenantId = setters.tenantId;
        this.premium = setters.premium;
        this.softDeleteRetentionDays = setters.softDeleteRetentionDays;
        this.purgeProtection = setters.purgeProtection;
        this.publicNetworkAccess = setters.publicNetworkAccess;
        this.privateEndpoint = setters.privateEndpoint;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The Entra ID tenant (GUID) whose identities are authorised through Azure RBAC. Required. */
    public String tenantId() {
        return tenantId;
    }

    /** Whether the vault is Premium (keys in HSMs). Default: {@code true}; Standard is a loosening for non-production. */
    public boolean premium() {
        return premium;
    }

    /** Days deleted secrets and keys stay recoverable, 7 to 90. Default: {@value #DEFAULT_SOFT_DELETE_RETENTION_DAYS}. */
    public int softDeleteRetentionDays() {
        return softDeleteRetentionDays;
    }

    /**
     * Whether purge protection is on, so that nobody can destroy a soft-deleted secret before its retention ends.
     * Default: {@code true}. Azure cannot turn it off again once on; sandboxes that recreate vaults under the same
     * name may turn it off.
     */
    public boolean purgeProtection() {
        return purgeProtection;
    }

    /**
     * Whether the public endpoint accepts traffic. Default: {@code false}: the vault is reached through its private
     * endpoint only, and the network ACL denies everything but trusted Azure services.
     */
    public boolean publicNetworkAccess() {
        return publicNetworkAccess;
    }

    /**
     * Whether the vault gets a private endpoint. Default: {@code true}. {@code false} is for a vault that holds only
     * customer-managed keys, e.g. the geo-backup key in a paired region without a network of the estate's: with public
     * access off it is then reached only by trusted Azure services (PostgreSQL, storage, disk encryption sets) and
     * through Azure Resource Manager, which is how {@link KeyVaultKey} creates keys; no person or pipeline reads it.
     */
    public boolean privateEndpoint() {
        return privateEndpoint;
    }

    /** Builds {@link KeyVaultProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public KeyVaultProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link KeyVault.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends PrivateResourceProps.Setters<B> {
        private String tenantId;
        private boolean premium = true;
        private int softDeleteRetentionDays = DEFAULT_SOFT_DELETE_RETENTION_DAYS;
        private boolean purgeProtection = true;
        private boolean publicNetworkAccess;
        private boolean privateEndpoint = true;

        Setters() {
        }

        /** @see KeyVaultProps#tenantId() */
        public B tenantId(String tenantId) {
            this.tenantId = tenantId;
            return self();
        }

        /** @see KeyVaultProps#premium() */
        public B premium(boolean premium) {
            this.premium = premium;
            return self();
        }

        /** @see KeyVaultProps#softDeleteRetentionDays() */
        public B softDeleteRetentionDays(int softDeleteRetentionDays) {
            this.softDeleteRetentionDays = softDeleteRetentionDays;
            return self();
        }

        /** @see KeyVaultProps#purgeProtection() */
        public B purgeProtection(boolean purgeProtection) {
            this.purgeProtection = purgeProtection;
            return self();
        }

        /** @see KeyVaultProps#publicNetworkAccess() */
        public B publicNetworkAccess(boolean publicNetworkAccess) {
            this.publicNetworkAccess = publicNetworkAccess;
            return self();
        }

        /** @see KeyVaultProps#privateEndpoint() */
        public B privateEndpoint(boolean privateEndpoint) {
            this.privateEndpoint = privateEndpoint;
            return self();
        }

        KeyVaultProps toProps() {
            return new KeyVaultProps(this);
        }
    }
}
