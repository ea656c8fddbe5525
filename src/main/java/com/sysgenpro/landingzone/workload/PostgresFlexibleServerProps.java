package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.MonitoredResourceProps;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Properties of a {@link PostgresFlexibleServer}. Create with {@link #builder()}.
 *
 * <p>Name: The server name. Required; 3–63 lowercase letters, digits and hyphens, no hyphen at either end. Unique
 * across Azure: it becomes {@code <name>.postgres.database.azure.com} (resolved privately through {@link
 * #privateDnsZone()}).
 * <p>Resource group: The resource group the server lives in; its region is the server's region. Required.
 * <p>Tags: Tags of the server. Required: pass the estate's tags (governance denies untagged resources).
 * <p>Diagnostics: The Log Analytics workspace the server's logs and metrics go to (possibly of another stack).
 * Required.
 */
public final class PostgresFlexibleServerProps extends MonitoredResourceProps {

    /** Default PostgreSQL major version: 16, which every supported Odoo release runs on. */
    public static final PostgresVersion DEFAULT_VERSION = PostgresVersion.V16;
    /** Default SKU: General Purpose, 4 vCores and 16 GiB ({@code GP_Standard_D4ds_v5}), enough for a mid-sized Odoo. */
    public static final String DEFAULT_SKU_NAME = "GP_Standard_D4ds_v5";
    /** Default storage: 128 GiB (P10 disk). */
    public static final int DEFAULT_STORAGE_MB = 131_072;
    /** Default availability zone of the primary. */
    public static final String DEFAULT_ZONE = "1";
    /** Default availability zone of the zone-redundant standby. */
    public static final String DEFAULT_STANDBY_ZONE = "2";
    /** Default point-in-time restore window: 35 days, Azure's maximum and what recovery tier 1 requires. */
    public static final int DEFAULT_BACKUP_RETENTION_DAYS = 35;
    /** Default maintenance day: Sunday, when Odoo has the fewest users. */
    public static final DayOfWeek DEFAULT_MAINTENANCE_DAY = DayOfWeek.SUNDAY;
    /** Default maintenance start: 02:00 UTC. */
    public static final LocalTime DEFAULT_MAINTENANCE_START = LocalTime.of(2, 0);
    /** Default databases: one, {@code odoo}. */
    public static final List<String> DEFAULT_DATABASES = List.of("odoo");

    /**
     * Default server parameters, suited to Odoo:
     * <ul>
     *   <li>{@code azure.extensions = PG_TRGM,UNACCENT}: allow-lists the extensions Odoo creates (trigram indexes for
     *       search, accent-insensitive search); Azure refuses {@code CREATE EXTENSION} for anything not listed.</li>
     *   <li>{@code idle_in_transaction_session_timeout = 600000} (10 minutes): a worker that died mid-transaction
     *       does not hold row locks, and block every other worker, forever.</li>
     *   <li>{@code max_connections = 400}: each Odoo process (HTTP workers, cron threads, the gevent worker) keeps a
     *       pool of up to {@code db_maxconn} connections; 400 covers e.g. 8 workers + 2 cron threads + gevent at
     *       {@code db_maxconn = 32} with headroom for administration. Static: changing it restarts the server.
     *       Burstable {@code B_Standard_B1ms} allows at most 50; lower environments on it must lower this.</li>
     *   <li>{@code require_secure_transport = on} and {@code ssl_min_protocol_version = TLSv1.2}: TLS 1.2 or newer
     *       only (control LZ-ENC-006).</li>
     * </ul>
     */
    public static final SortedMap<String, String> DEFAULT_SERVER_PARAMETERS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
        "azure.extensions", "PG_TRGM,UNACCENT",
        "idle_in_transaction_session_timeout", "600000",
        "max_connections", "400",
        "require_secure_transport", "on",
        "ssl_min_protocol_version", "TLSv1.2")));

    private final SubnetReference delegatedSubnet;
    private final PrivateDnsZoneReference privateDnsZone;
    private final String tenantId;
    private final String administratorGroupObjectId;
    private final String administratorGroupName;
    private final PostgresVersion version;
    private final String skuName;
    private final int storageMb;
    private final boolean storageAutoGrow;
    private final String zone;
    private final boolean highAvailability;
    private final String standbyZone;
    private final int backupRetentionDays;
    private final boolean geoRedundantBackup;
    private final boolean passwordAuthenticationEnabled;
    private final String administratorLogin;
    private final String administratorPasswordWriteOnly;
    private final int administratorPasswordVersion;
    private final DayOfWeek maintenanceDay;
    private final LocalTime maintenanceStart;
    private final Map<String, String> serverParameters;
    private final List<String> databases;
    private final boolean deletionProtection;
    private final KeyVaultKey customerManagedKey;
    private final KeyVaultKey geoBackupKey;

    private PostgresFlexibleServerProps(Setters<?> setters) {
        super(setters);
        this.delegatedSubnet = setters.delegatedSubnet;
        this.privateDnsZone = setters.privateDnsZone;
        this.tenantId = setters.tenantId;
        this.administratorGroupObjectId = setters.administratorGroupObjectId;
        this.administratorGroupName = setters.administratorGroupName;
        this.version = setters.version;
        this.skuName = setters.skuName;
        this.storageMb = setters.storageMb;
        this.storageAutoGrow = setters.storageAutoGrow;
        this.zone = setters.zone;
        this.highAvailability = setters.highAvailability;
        this.standbyZone = setters.standbyZone;
        this.backupRetentionDays = setters.backupRetentionDays;
        this.geoRedundantBackup = setters.geoRedundantBackup;
        this.passwordAuthenticationEnabled = setters.passwordAuthenticationEnabled;
        this.administratorLogin = setters.administratorLogin;
        this.administratorPasswordWriteOnly = setters.administratorPasswordWriteOnly;
        this.administratorPasswordVersion = setters.administratorPasswordVersion;
        this.maintenanceDay = setters.maintenanceDay;
        this.maintenanceStart = setters.maintenanceStart;
        // Copies that keep null entries, so that validation can name them; the construct sorts the parameters.
        this.serverParameters = setters.serverParameters == null ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(setters.serverParameters));
        this.databases = setters.databases == null ? null : Collections.unmodifiableList(new ArrayList<>(setters.databases));
        this.deletionProtection = setters.deletionProtection;
        this.customerManagedKey = setters.customerManagedKey;
        this.geoBackupKey = setters.geoBackupKey;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The subnet delegated to {@code Microsoft.DBforPostgreSQL/flexibleServers} the server is injected into (private
     * access). Required: the server never gets a public endpoint, and
     * public network access is always disabled.
     */
    public SubnetReference delegatedSubnet() {
        return delegatedSubnet;
    }

    /**
     * The private DNS zone (a name ending in {@code .postgres.database.azure.com}) the server registers its host name
     * in, linked to the networks Odoo runs in. Required.
     */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /** The Entra ID tenant that authenticates connections, a GUID. Required. */
    public String tenantId() {
        return tenantId;
    }

    /**
     * The object id (GUID) of the Entra group that administers the server (becomes its Entra administrator, member
     * of {@code azure_pg_admin}). Required: with password authentication off, it is the only way in.
     */
    public String administratorGroupObjectId() {
        return administratorGroupObjectId;
    }

    /** The display name of {@link #administratorGroupObjectId()}'s group, the role name it logs in with. Required. */
    public String administratorGroupName() {
        return administratorGroupName;
    }

    /**
     * PostgreSQL major version: {@link PostgresVersion#V14} to {@link PostgresVersion#V18}. Default: {@link #DEFAULT_VERSION}. Raising it
     * is an in-place major version upgrade (rehearse it on a restored copy first); lowering it would replace the
     * server, which deletion protection refuses.
     */
    public PostgresVersion version() {
        return version;
    }

    /**
     * The SKU, tier-prefixed as Terraform spells it: {@code B_} (Burstable), {@code GP_} (General Purpose) or
     * {@code MO_} (Memory Optimized), e.g. {@code GP_Standard_D4ds_v5}. Default: {@value #DEFAULT_SKU_NAME}. The SKU
     * initiative only approves what the blueprint tier lists.
     */
    public String skuName() {
        return skuName;
    }

    /**
     * Storage in MB, one of Azure's sizes: 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280,
     * 4194304, 8388608, 16777216 or 33553408. Default: {@value #DEFAULT_STORAGE_MB} (128 GiB). Storage only grows.
     */
    public int storageMb() {
        return storageMb;
    }

    /** Whether storage grows automatically before it fills up. Default: {@code true}, so a full disk never stops Odoo. */
    public boolean storageAutoGrow() {
        return storageAutoGrow;
    }

    /**
     * The availability zone of the primary, {@code 1}, {@code 2} or {@code 3}, or {@code null} to let Azure choose
     * (only without high availability). Default: {@value #DEFAULT_ZONE}.
     */
    public String zone() {
        return zone;
    }

    /**
     * Whether a zone-redundant hot standby runs in {@link #standbyZone()} with automatic failover. Default:
     * {@code true}. Not available on Burstable SKUs; lower environments turn it off explicitly.
     */
    public boolean highAvailability() {
        return highAvailability;
    }

    /**
     * The availability zone of the standby, different from {@link #zone()}; used only with {@link #highAvailability()}.
     * Default: {@value #DEFAULT_STANDBY_ZONE}. After a failover Azure swaps the zones; Terraform ignores that drift
     * rather than failing back.
     */
    public String standbyZone() {
        return standbyZone;
    }

    /**
     * Days of point-in-time restore, 7 to 35. Default: {@value #DEFAULT_BACKUP_RETENTION_DAYS}. Longer retention
     * needs a {@link PostgresBackupVault}.
     */
    public int backupRetentionDays() {
        return backupRetentionDays;
    }

    /**
     * Whether backups are also stored in the paired region, so the database can be restored there if the region is
     * lost. Default: {@code true}. Set at creation only: changing it replaces the server.
     */
    public boolean geoRedundantBackup() {
        return geoRedundantBackup;
    }

    /**
     * Whether PostgreSQL password authentication is enabled besides Entra ID. Default: {@code false}: no password
     * exists anywhere. Odoo connects as the Entra identity of its workload (AKS workload identity) with a
     * short-lived access token as the password, fetched when it connects; the identity's role is created by a
     * member of the administrator group ({@code pgaadauth_create_principal}). Enabling it is a loosening that needs
     * {@link #administratorLogin()} and {@link #administratorPasswordWriteOnly()}.
     */
    public boolean passwordAuthenticationEnabled() {
        return passwordAuthenticationEnabled;
    }

    /**
     * The password administrator's login; only with {@link #passwordAuthenticationEnabled()}. Default: none.
     * Changing it replaces the server.
     */
    public String administratorLogin() {
        return administratorLogin;
    }

    /**
     * The administrator password as a Terraform reference (e.g. {@code ${var.pg_admin_password}} of a sensitive
     * variable, or an ephemeral value), passed to the write-only {@code administrator_password_wo} so that it is
     * stored neither in the synthesized JSON nor in Terraform state (Terraform 1.11 or newer). Only with
     * {@link #passwordAuthenticationEnabled()}; literal passwords are refused. Default: none.
     */
    public String administratorPasswordWriteOnly() {
        return administratorPasswordWriteOnly;
    }

    /**
     * The version of the write-only password: Terraform cannot see the password, so it sends it again only when
     * this number changes. Raise it to rotate. Default: 1.
     */
    public int administratorPasswordVersion() {
        return administratorPasswordVersion;
    }

    /** The day of the maintenance window (UTC). Default: {@link #DEFAULT_MAINTENANCE_DAY Sunday}. */
    public DayOfWeek maintenanceDay() {
        return maintenanceDay;
    }

    /** When the maintenance window starts (UTC, whole minutes). Default: 02:00. */
    public LocalTime maintenanceStart() {
        return maintenanceStart;
    }

    /**
     * Server parameters ({@code azurerm_postgresql_flexible_server_configuration}), name to value. Default:
     * {@link #DEFAULT_SERVER_PARAMETERS}; setting this replaces them all, so start from a copy of the defaults to
     * change one. TLS cannot be weakened: {@code require_secure_transport} stays {@code on} and
     * {@code ssl_min_protocol_version} at TLSv1.2 or newer in every environment.
     */
    public Map<String, String> serverParameters() {
        return serverParameters;
    }

    /**
     * Databases to create, with charset UTF8 and collation {@code en_US.utf8} (what Odoo expects). Default:
     * {@link #DEFAULT_DATABASES}. Empty lets Odoo's database manager create them.
     */
    public List<String> databases() {
        return databases;
    }

    /**
     * Whether the server and its databases are protected from deletion: Terraform refuses to destroy or replace them
     * ({@code lifecycle.prevent_destroy}) and an Azure {@code CanNotDelete} lock on the server stops deletion of it
     * and its child resources (databases, administrators) by any other means. Creating the lock needs
     * {@code Microsoft.Authorization/locks/write} (Owner or User Access Administrator) for the deploying identity.
     * Default: {@code true}. Lower environments that are torn down turn it off explicitly.
     */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /**
     * The key that encrypts the server's data, logs and backups (data encryption with a customer-managed key) instead
     * of a service-managed key. Default: none. It must be in a vault in the server's region. The server gets a
     * user-assigned identity of its own ({@code id-<name>-cmk}) with Key Vault Crypto Service Encryption User on the
     * key, and is given the key without a version, so that it adopts each version the key's rotation policy creates
     * (automatic key version update). Azure sets the encryption mode at creation only: adding or removing the key
     * replaces the server (which deletion protection refuses); restore to a new server to change it. If the key, its
     * vault or the identity's access is lost, the server becomes Inaccessible within the hour.
     */
    public KeyVaultKey customerManagedKey() {
        return customerManagedKey;
    }

    /**
     * The key that encrypts the geo-redundant backup copies, in a vault in the server's paired region (where Azure
     * keeps them). Required with {@link #customerManagedKey()} and {@link #geoRedundantBackup()}; refused otherwise. It
     * is read with a second user-assigned identity ({@code id-<name>-geo-cmk}), in that region: Azure refuses the
     * primary identity for it. A geo-restore after losing the region needs this key and its vault, not the primary's.
     */
    public KeyVaultKey geoBackupKey() {
        return geoBackupKey;
    }

    /** Builds {@link PostgresFlexibleServerProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public PostgresFlexibleServerProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link PostgresFlexibleServer.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private SubnetReference delegatedSubnet;
        private PrivateDnsZoneReference privateDnsZone;
        private String tenantId;
        private String administratorGroupObjectId;
        private String administratorGroupName;
        private PostgresVersion version = DEFAULT_VERSION;
        private String skuName = DEFAULT_SKU_NAME;
        private int storageMb = DEFAULT_STORAGE_MB;
        private boolean storageAutoGrow = true;
        private String zone = DEFAULT_ZONE;
        private boolean highAvailability = true;
        private String standbyZone = DEFAULT_STANDBY_ZONE;
        private int backupRetentionDays = DEFAULT_BACKUP_RETENTION_DAYS;
        private boolean geoRedundantBackup = true;
        private boolean passwordAuthenticationEnabled;
        private String administratorLogin;
        private String administratorPasswordWriteOnly;
        private int administratorPasswordVersion = 1;
        private DayOfWeek maintenanceDay = DEFAULT_MAINTENANCE_DAY;
        private LocalTime maintenanceStart = DEFAULT_MAINTENANCE_START;
        private Map<String, String> serverParameters = DEFAULT_SERVER_PARAMETERS;
        private List<String> databases = DEFAULT_DATABASES;
        private boolean deletionProtection = true;
        private KeyVaultKey customerManagedKey;
        private KeyVaultKey geoBackupKey;

        Setters() {
        }

        /** @see PostgresFlexibleServerProps#delegatedSubnet() */
        public B delegatedSubnet(SubnetReference delegatedSubnet) {
            this.delegatedSubnet = delegatedSubnet;
            return self();
        }

        /** @see PostgresFlexibleServerProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }

        /** @see PostgresFlexibleServerProps#tenantId() */
        public B tenantId(String tenantId) {
            this.tenantId = tenantId;
            return self();
        }

        /** @see PostgresFlexibleServerProps#administratorGroupObjectId() */
        public B administratorGroupObjectId(String administratorGroupObjectId) {
            this.administratorGroupObjectId = administratorGroupObjectId;
            return self();
        }

        /** @see PostgresFlexibleServerProps#administratorGroupName() */
        public B administratorGroupName(String administratorGroupName) {
            this.administratorGroupName = administratorGroupName;
            return self();
        }

        /** @see PostgresFlexibleServerProps#version() */
        public B version(PostgresVersion version) {
            this.version = version;
            return self();
        }

        /** @see PostgresFlexibleServerProps#skuName() */
        public B skuName(String skuName) {
            this.skuName = skuName;
            return self();
        }

        /** @see PostgresFlexibleServerProps#storageMb() */
        public B storageMb(int storageMb) {
            this.storageMb = storageMb;
            return self();
        }

        /** @see PostgresFlexibleServerProps#storageAutoGrow() */
        public B storageAutoGrow(boolean storageAutoGrow) {
            this.storageAutoGrow = storageAutoGrow;
            return self();
        }

        /** @see PostgresFlexibleServerProps#zone() */
        public B zone(String zone) {
            this.zone = zone;
            return self();
        }

        /** @see PostgresFlexibleServerProps#highAvailability() */
        public B highAvailability(boolean highAvailability) {
            this.highAvailability = highAvailability;
            return self();
        }

        /** @see PostgresFlexibleServerProps#standbyZone() */
        public B standbyZone(String standbyZone) {
            this.standbyZone = standbyZone;
            return self();
        }

        /** @see PostgresFlexibleServerProps#backupRetentionDays() */
        public B backupRetentionDays(int backupRetentionDays) {
            this.backupRetentionDays = backupRetentionDays;
            return self();
        }

        /** @see PostgresFlexibleServerProps#geoRedundantBackup() */
        public B geoRedundantBackup(boolean geoRedundantBackup) {
            this.geoRedundantBackup = geoRedundantBackup;
            return self();
        }

        /** @see PostgresFlexibleServerProps#passwordAuthenticationEnabled() */
        public B passwordAuthenticationEnabled(boolean passwordAuthenticationEnabled) {
            this.passwordAuthenticationEnabled = passwordAuthenticationEnabled;
            return self();
        }

        /** @see PostgresFlexibleServerProps#administratorLogin() */
        public B administratorLogin(String administratorLogin) {
            this.administratorLogin = administratorLogin;
            return self();
        }

        /** @see PostgresFlexibleServerProps#administratorPasswordWriteOnly() */
        public B administratorPasswordWriteOnly(String administratorPasswordWriteOnly) {
            this.administratorPasswordWriteOnly = administratorPasswordWriteOnly;
            return self();
        }

        /** @see PostgresFlexibleServerProps#administratorPasswordVersion() */
        public B administratorPasswordVersion(int administratorPasswordVersion) {
            this.administratorPasswordVersion = administratorPasswordVersion;
            return self();
        }

        /** @see PostgresFlexibleServerProps#maintenanceDay() */
        public B maintenanceDay(DayOfWeek maintenanceDay) {
            this.maintenanceDay = maintenanceDay;
            return self();
        }

        /** @see PostgresFlexibleServerProps#maintenanceStart() */
        public B maintenanceStart(LocalTime maintenanceStart) {
            this.maintenanceStart = maintenanceStart;
            return self();
        }

        /** @see PostgresFlexibleServerProps#serverParameters() */
        public B serverParameters(Map<String, String> serverParameters) {
            this.serverParameters = serverParameters;
            return self();
        }

        /** @see PostgresFlexibleServerProps#databases() */
        public B databases(List<String> databases) {
            this.databases = databases;
            return self();
        }

        /** @see PostgresFlexibleServerProps#deletionProtection() */
        public B deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return self();
        }

        /** @see PostgresFlexibleServerProps#customerManagedKey() */
        public B customerManagedKey(KeyVaultKey customerManagedKey) {
            this.customerManagedKey = customerManagedKey;
            return self();
        }

        /** @see PostgresFlexibleServerProps#geoBackupKey() */
        public B geoBackupKey(KeyVaultKey geoBackupKey) {
            this.geoBackupKey = geoBackupKey;
            return self();
        }

        PostgresFlexibleServerProps toProps() {
            return new PostgresFlexibleServerProps(this);
        }
    }
}
