package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.MonitoredResourceProps;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.SubnetReference;

/**
 * Properties of a {@link PostgresReadReplica}. Create with {@link #builder()}.
 *
 * <p>Name: The replica's server name. Required; 3–63 lowercase letters, digits and hyphens, no hyphen at either end,
 * unique across Azure and different from the primary's. It becomes {@code <name>.postgres.database.azure.com}.
 * <p>Resource group: The resource group the replica lives in, normally one in the secondary region so that the loss of
 * the primary's region leaves it manageable. Required. A replica cannot be moved to another resource group once
 * created.
 * <p>Tags: Tags of the replica. Required: pass the estate's tags (governance denies untagged resources).
 * <p>Diagnostics: The Log Analytics workspace the replica's logs and metrics (among them Read Replica Lag, the live
 * recovery point) go to. Required; normally the workspace of the primary, or one in the secondary region that survives
 * the primary region's loss.
 */
public final class PostgresReadReplicaProps extends MonitoredResourceProps {

    /** Suffix of the default virtual endpoint name: {@code <primary name>-rw}. */
    public static final String DEFAULT_VIRTUAL_ENDPOINT_SUFFIX = "-rw";

    private final PostgresFlexibleServer primary;
    private final AzureRegion region;
    private final SubnetReference delegatedSubnet;
    private final PrivateDnsZoneReference privateDnsZone;
    private final String skuName;
    private final Integer storageMb;
    private final Boolean storageAutoGrow;
    private final String zone;
    private final boolean virtualEndpoint;
    private final String virtualEndpointName;
    private final boolean deletionProtection;
    private final com.sysgenpro.landingzone.platform.KeyVaultKey customerManagedKey;

    private PostgresReadReplicaProps(Setters<?> setters) {
        super(setters);
        this.primary = setters.primary;
        this.region = setters.region;
        this.delegatedSubnet = setters.delegatedSubnet;
        this.privateDnsZone = setters.privateDnsZone;
        this.skuName = setters.skuName;
        this.storageMb = setters.storageMb;
        this.storageAutoGrow = setters.storageAutoGrow;
        this.zone = setters.zone;
        this.virtualEndpoint = setters.virtualEndpoint;
        this.virtualEndpointName = setters.virtualEndpointName;
        this.deletionProtection = setters.deletionProtection;
        this.customerManagedKey = setters.customerManagedKey;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server replicated ({@code source_server_id}). Required. It must be General Purpose or Memory Optimized
     * (Azure offers no replicas of Burstable servers) and must not itself be a replica (no cascading replication).
     */
    public PostgresFlexibleServer primary() {
        return primary;
    }

    /**
     * The replica's region. Default: the region of {@link #resourceGroup()}. It must differ from the primary's region,
     * typically its pair: a replica in the same region does not survive the region's loss.
     */
    public AzureRegion region() {
        return region;
    }

    /**
     * The subnet delegated to {@code Microsoft.DBforPostgreSQL/flexibleServers}, in a network of the replica's region,
     * that the replica is injected into (private access, as the primary).
     * Required; public network access is always disabled. The two networks must reach each other on port 5432
     * (peering or a hub), in both directions, for replication and promotion to work.
     */
    public SubnetReference delegatedSubnet() {
        return delegatedSubnet;
    }

    /**
     * The private DNS zone (a name ending in {@code .postgres.database.azure.com}) the replica registers its host name
     * in. Required. Often the primary's zone (private DNS zones are
     * global), linked to the secondary network as well, so that Odoo resolves both servers from either region.
     */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /**
     * The replica's SKU, tier-prefixed. Default ({@code null}): the primary's, which "promote to primary server"
     * (switchover, keeping the virtual endpoint's host name valid) requires. A different General Purpose or Memory
     * Optimized SKU with at least as many vCores as the primary's is allowed (Azure requires the primary's compute to
     * be no larger than any replica's), but then only "promote to independent server" remains outside a regional
     * outage, and Odoo's connection string has to change after a promotion.
     */
    public String skuName() {
        return skuName;
    }

    /**
     * The replica's storage in MB, one of the sizes the primary accepts. Default ({@code null}): the primary's. Azure
     * requires at least the primary's storage; a larger size only allows "promote to independent server". Scale
     * storage up on the replica before the primary.
     */
    public Integer storageMb() {
        return storageMb;
    }

    /**
     * Whether the replica's storage grows automatically. Default ({@code null}): as the primary's. When the
     * primary's grows automatically the replica's must too, or replication can stop when the primary grows.
     */
    public Boolean storageAutoGrow() {
        return storageAutoGrow;
    }

    /**
     * The availability zone of the replica, {@code 1}, {@code 2} or {@code 3}. Default: {@code null}, Azure chooses
     * one (not every secondary region has zones); Terraform then ignores the zone Azure picked. Replicas have no high
     * availability of their own.
     */
    public String zone() {
        return zone;
    }

    /**
     * Whether a read-write virtual endpoint ({@code azurerm_postgresql_flexible_server_virtual_endpoint}, type
     * {@code ReadWrite}) is created over the primary and the replica. Default: {@code true}. Its host name,
     * {@code <virtualEndpointName>.writer.postgres.database.azure.com}, always points at whichever server is the
     * primary, so Odoo's {@code db_host} set to it survives a "promote to primary server"; Azure also requires it for
     * that kind of promotion. Turn it off only when another mechanism (a DNS record under your control) moves Odoo.
     */
    public boolean virtualEndpoint() {
        return virtualEndpoint;
    }

    /**
     * The virtual endpoint's name, the first label of its host name. Default ({@code null}): the primary's name
     * followed by {@value #DEFAULT_VIRTUAL_ENDPOINT_SUFFIX}. Same rules as a server name.
     */
    public String virtualEndpointName() {
        return virtualEndpointName;
    }

    /**
     * Whether the replica (and its virtual endpoint) is protected from deletion: Terraform refuses to destroy or
     * replace it ({@code lifecycle.prevent_destroy}) and an Azure {@code CanNotDelete} lock stops deletion by other
     * means. Default: {@code true}, like the primary: the replica is the recovery point of a regional disaster. Turn it
     * off explicitly to remove the replica, which Azure requires before a major version upgrade of the primary.
     */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /**
     * The key that encrypts the replica, in a vault in the replica's region. Required when the primary is encrypted with
     * a customer-managed key (Azure needs the replica's key in its own region) and refused otherwise. Default: none. The
     * replica reads it with a user-assigned identity of its own ({@code id-<name>-cmk}) in its region, so that a
     * promotion after losing the primary's region depends on nothing there.
     */
    public com.sysgenpro.landingzone.platform.KeyVaultKey customerManagedKey() {
        return customerManagedKey;
    }

    /** Builds {@link PostgresReadReplicaProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public PostgresReadReplicaProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link PostgresReadReplica.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private PostgresFlexibleServer primary;
        private AzureRegion region;
        private SubnetReference delegatedSubnet;
        private PrivateDnsZoneReference privateDnsZone;
        private String skuName;
        private Integer storageMb;
        private Boolean storageAutoGrow;
        private String zone;
        private boolean virtualEndpoint = true;
        private String virtualEndpointName;
        private boolean deletionProtection = true;
        private com.sysgenpro.landingzone.platform.KeyVaultKey customerManagedKey;

        Setters() {
        }

        /** @see PostgresReadReplicaProps#primary() */
        public B primary(PostgresFlexibleServer primary) {
            this.primary = primary;
            return self();
        }

        /** @see PostgresReadReplicaProps#region() */
        public B region(AzureRegion region) {
            this.region = region;
            return self();
        }

        /** @see PostgresReadReplicaProps#delegatedSubnet() */
        public B delegatedSubnet(SubnetReference delegatedSubnet) {
            this.delegatedSubnet = delegatedSubnet;
            return self();
        }

        /** @see PostgresReadReplicaProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }

        /** @see PostgresReadReplicaProps#skuName() */
        public B skuName(String skuName) {
            this.skuName = skuName;
            return self();
        }

        /** @see PostgresReadReplicaProps#storageMb() */
        public B storageMb(Integer storageMb) {
            this.storageMb = storageMb;
            return self();
        }

        /** @see PostgresReadReplicaProps#storageAutoGrow() */
        public B storageAutoGrow(Boolean storageAutoGrow) {
            this.storageAutoGrow = storageAutoGrow;
            return self();
        }

        /** @see PostgresReadReplicaProps#zone() */
        public B zone(String zone) {
            this.zone = zone;
            return self();
        }

        /** @see PostgresReadReplicaProps#virtualEndpoint() */
        public B virtualEndpoint(boolean virtualEndpoint) {
            this.virtualEndpoint = virtualEndpoint;
            return self();
        }

        /** @see PostgresReadReplicaProps#virtualEndpointName() */
        public B virtualEndpointName(String virtualEndpointName) {
            this.virtualEndpointName = virtualEndpointName;
            return self();
        }

        /** @see PostgresReadReplicaProps#deletionProtection() */
        public B deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return self();
        }

        /** @see PostgresReadReplicaProps#customerManagedKey() */
        public B customerManagedKey(com.sysgenpro.landingzone.platform.KeyVaultKey customerManagedKey) {
            this.customerManagedKey = customerManagedKey;
            return self();
        }

        PostgresReadReplicaProps toProps() {
            return new PostgresReadReplicaProps(this);
        }
    }
}
