package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerAuthentication;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerCustomerManagedKey;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerHighAvailability;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerIdentity;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerMaintenanceWindow;
import io.cdktn.providers.azurerm.postgresql_flexible_server_active_directory_administrator.PostgresqlFlexibleServerActiveDirectoryAdministrator;
import io.cdktn.providers.azurerm.postgresql_flexible_server_configuration.PostgresqlFlexibleServerConfiguration;
import io.cdktn.providers.azurerm.postgresql_flexible_server_database.PostgresqlFlexibleServerDatabase;
import io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * Odoo's database: an Azure Database for PostgreSQL flexible server ({@code azurerm_postgresql_flexible_server})
 * with its server parameters, databases, Entra administrator, diagnostic settings and deletion lock.
 *
 * <p>Production-grade by default, each default documented on {@link PostgresFlexibleServerProps}: private access only
 * (a delegated subnet and a private DNS zone, public network access disabled); Entra ID authentication only, so that no
 * password exists anywhere (Odoo connects with an Entra token of its workload identity); General Purpose
 * {@code D4ds_v5}, PostgreSQL 16, 128 GiB growing automatically; zone-redundant high availability (primary in zone 1,
 * standby in zone 2); 35 days of point-in-time restore, geo-redundant; Sunday 02:00 UTC maintenance; TLS 1.2 or newer;
 * audit and all logs plus metrics to Log Analytics; and protection from deletion both in Terraform
 * ({@code prevent_destroy}) and in Azure ({@code CanNotDelete} lock). Lower environments loosen explicitly. With
 * {@link PostgresFlexibleServerProps#customerManagedKey()} (and, for geo-redundant backups, a key in the paired region)
 * the data is encrypted with the customer's keys, each read through a user-assigned identity of the server's own.
 */
public final class PostgresFlexibleServer extends Construct {

    /** The storage sizes Azure (and azurerm's validation) accept, in MB. */
    static final List<Integer> ALLOWED_STORAGE_MB = List.of(32_768, 65_536, 131_072, 262_144, 524_288, 1_048_576, 2_097_152,
        4_193_280, 4_194_304, 8_388_608, 16_777_216, 33_553_408);
    static final List<String> ZONES = List.of("1", "2", "3");
    static final int MIN_BACKUP_RETENTION_DAYS = 7;
    static final int MAX_BACKUP_RETENTION_DAYS = 35;
    /** Azure's ceiling for {@code max_connections} on the largest SKUs. */
    static final int MAX_CONNECTIONS = 5_000;

    private static final Pattern SKU = Pattern.compile("(B|GP|MO)_Standard_[A-Za-z0-9_]+");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_.]*");
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");
    private static final Set<String> RESERVED_DATABASES = Set.of("azure_maintenance", "azure_sys", "postgres", "template0", "template1");
    private static final Set<String> RESERVED_LOGINS = Set.of("azure_superuser", "azure_pg_admin", "admin", "administrator", "root",
        "guest", "public");
    static final Pattern DNS_ZONE_ID = Pattern.compile("(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/"
        + "Microsoft\\.Network/privateDnsZones/[^/]+\\.postgres\\.database\\.azure\\.com");

    private final io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServer resource;
    private final String name;
    private final ResourceGroup resourceGroup;
    private final List<String> databases;
    private final PostgresVersion version;
    private final String skuName;
    private final int storageMb;
    private final boolean storageAutoGrow;
    private final String tenantId;
    private final boolean passwordAuthenticationEnabled;
    private final boolean customerManagedKey;
    private final boolean highAvailability;

    /** Creates the server; prefer {@link Builder#create(Construct, String)}. */
    public PostgresFlexibleServer(Construct scope, String id, PostgresFlexibleServerProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.highAvailability = props.highAvailability();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.POSTGRES_SERVER);
        this.resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        String subnetId = Checks.required(path, "delegatedSubnet", props.delegatedSubnet()).id();
        String dnsZoneId = postgresZoneId(path, props.privateDnsZone());
        String tenantId = guid(path, "tenantId", props.tenantId(), "an Entra tenant id");
        String groupObjectId = guid(path, "administratorGroupObjectId", props.administratorGroupObjectId(), "an Entra group's object id");
        String groupName = Checks.required(path, "administratorGroupName", props.administratorGroupName());
        if (groupName.isBlank()) {
            throw Checks.invalid(path, "administratorGroupName", groupName, "the display name of the Entra group");
        }
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());

        PostgresVersion version = Checks.required(path, "version", props.version());
        String sku = Checks.required(path, "skuName", props.skuName());
        if (!SKU.matcher(sku).matches()) {
            throw Checks.invalid(path, "skuName", sku, "a tier-prefixed SKU: B_Standard_…, GP_Standard_… or MO_Standard_…, e.g. "
                + PostgresFlexibleServerProps.DEFAULT_SKU_NAME);
        }
        if (!ALLOWED_STORAGE_MB.contains(props.storageMb())) {
            throw Checks.invalid(path, "storageMb", props.storageMb(), "allowed: " + ALLOWED_STORAGE_MB);
        }
        Checks.inRange(path, "backupRetentionDays", props.backupRetentionDays(), MIN_BACKUP_RETENTION_DAYS, MAX_BACKUP_RETENTION_DAYS);
        String zone = props.zone();
        if (zone != null && !ZONES.contains(zone)) {
            throw Checks.invalid(path, "zone", zone, "allowed: " + String.join(", ", ZONES) + ", or null to let Azure choose");
        }
        if (props.highAvailability()) {
            validateHighAvailability(path, sku, zone, props.standbyZone());
        }
        validatePasswordAuthentication(path, props);
        validateKeys(path, props, resourceGroup.region());
        var maintenanceDay = Checks.required(path, "maintenanceDay", props.maintenanceDay());
        LocalTime maintenanceStart = Checks.required(path, "maintenanceStart", props.maintenanceStart());
        if (maintenanceStart.getSecond() != 0 || maintenanceStart.getNano() != 0) {
            throw Checks.invalid(path, "maintenanceStart", maintenanceStart.toString(), "whole minutes (UTC), e.g. 02:00");
        }
        SortedMap<String, String> parameters = serverParameters(path, Checks.required(path, "serverParameters", props.serverParameters()));
        this.databases = databases(path, Checks.required(path, "databases", props.databases()));
        this.version = version;
        this.skuName = sku;
        this.storageMb = props.storageMb();
        this.storageAutoGrow = props.storageAutoGrow();
        this.tenantId = tenantId;
        this.passwordAuthenticationEnabled = props.passwordAuthenticationEnabled();
        this.customerManagedKey = props.customerManagedKey() != null;

        var builder = io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServer.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .version(version.terraformValue())
            .skuName(sku)
            .storageMb(props.storageMb())
            .autoGrowEnabled(props.storageAutoGrow())
            .backupRetentionDays(props.backupRetentionDays())
            .geoRedundantBackupEnabled(props.geoRedundantBackup())
            .delegatedSubnetId(subnetId)
            .privateDnsZoneId(dnsZoneId)
            .publicNetworkAccessEnabled(false)
            .authentication(PostgresqlFlexibleServerAuthentication.builder()
                .activeDirectoryAuthEnabled(true)
                .passwordAuthEnabled(props.passwordAuthenticationEnabled())
                .tenantId(tenantId)
                .build())
            .maintenanceWindow(PostgresqlFlexibleServerMaintenanceWindow.builder()
                .dayOfWeek(maintenanceDay.getValue() % 7)   // Azure counts from Sunday = 0
                .startHour(maintenanceStart.getHour())
                .startMinute(maintenanceStart.getMinute())
                .build())
            .tags(tags.asMap());
        if (zone != null) {
            builder.zone(zone);
        }
        if (props.highAvailability()) {
            builder.highAvailability(PostgresqlFlexibleServerHighAvailability.builder()
                .mode("ZoneRedundant")
                .standbyAvailabilityZone(props.standbyZone())
                .build());
        }
        if (props.passwordAuthenticationEnabled()) {
            // Write-only: the value reaches Azure but neither the plan, the state nor (being a reference) this JSON.
            builder.administratorLogin(props.administratorLogin())
                .administratorPasswordWo(props.administratorPasswordWriteOnly())
                .administratorPasswordWoVersion(props.administratorPasswordVersion());
        }
        TerraformResourceLifecycle lifecycle = DeletionProtection.lifecycle(props.deletionProtection(), props.highAvailability()
            // After a failover Azure swaps primary and standby zones; failing back on every apply would be worse.
            ? List.of("zone", "high_availability[0].standby_availability_zone") : List.of());
        if (lifecycle != null) {
            builder.lifecycle(lifecycle);
        }
        if (props.customerManagedKey() != null) {
            encryptWith(props.customerManagedKey(), props.geoBackupKey(), tags, builder);
        }
        this.resource = builder.build();

        // One change at a time: the service rejects concurrent operations on a server, so parameters, administrator
        // and databases are applied in sequence.
        ITerraformDependable previous = null;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            var parameterBuilder = PostgresqlFlexibleServerConfiguration.Builder.create(this, "parameter-" + parameter.getKey())
                .name(parameter.getKey())
                .serverId(resource.getId())
                .value(parameter.getValue());
            if (previous != null) {
                parameterBuilder.dependsOn(List.of(previous));
            }
            previous = parameterBuilder.build();
        }
        var administrator = PostgresqlFlexibleServerActiveDirectoryAdministrator.Builder.create(this, "entra-administrator")
            .resourceGroupName(resourceGroup.name())
            .serverName(resource.getName())
            .tenantId(tenantId)
            .objectId(groupObjectId)
            .principalName(groupName)
            .principalType("Group");
        if (previous != null) {
            administrator.dependsOn(List.of(previous));
        }
        previous = administrator.build();
        TerraformResourceLifecycle databaseLifecycle = DeletionProtection.lifecycle(props.deletionProtection(), List.of());
        for (String database : databases) {
            var databaseBuilder = PostgresqlFlexibleServerDatabase.Builder.create(this, "database-" + database)
                .name(database)
                .serverId(resource.getId())
                .charset("UTF8")
                .collation("en_US.utf8")
                .dependsOn(List.of(previous));
            if (databaseLifecycle != null) {
                databaseBuilder.lifecycle(databaseLifecycle);
            }
            previous = databaseBuilder.build();
        }

        new DiagnosticSettings(this, "diagnostics", resource.getId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);

        if (props.deletionProtection()) {
            DeletionProtection.lock(this, resource.getId(),
                "Odoo's database. Deletion protection is on in the landing zone; turn it off there to delete.");
        }
    }

    /**
     * Data encryption with customer-managed keys: an identity per key (Azure refuses one identity for both), each with
     * access to its key before the server is created, which Azure checks then.
     */
    private void encryptWith(KeyVaultKey key, KeyVaultKey geoKey, Tags tags,
                             io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServer.Builder builder) {
        UserAssignedIdentity identity = identity("encryption-identity", WorkloadNames.encryptionIdentity(name), resourceGroup, tags);
        List<String> identities = new ArrayList<>(List.of(identity.getId()));
        List<io.cdktn.cdktn.ITerraformDependable> access = new ArrayList<>(List.of(key.grantEncryptionUser(this,
            "encryption-key-access", identity.getPrincipalId(), "Encrypt the PostgreSQL server " + name + " with " + key.declaredName())));
        var encryption = PostgresqlFlexibleServerCustomerManagedKey.builder()
            .keyVaultKeyId(key.versionlessId())
            .primaryUserAssignedIdentityId(identity.getId());
        if (geoKey != null) {
            // In the paired region, with the backups it protects, so that a geo-restore does not depend on the lost region.
            UserAssignedIdentity geoIdentity = identity("geo-backup-identity", WorkloadNames.encryptionIdentity(name, "geo"),
                geoKey.vault().resourceGroup(), tags);
            identities.add(geoIdentity.getId());
            access.add(geoKey.grantEncryptionUser(this, "geo-backup-key-access", geoIdentity.getPrincipalId(),
                "Encrypt the geo-redundant backups of " + name + " with " + geoKey.declaredName()));
            encryption.geoBackupKeyVaultKeyId(geoKey.versionlessId()).geoBackupUserAssignedIdentityId(geoIdentity.getId());
        }
        builder.identity(PostgresqlFlexibleServerIdentity.builder().type("UserAssigned").identityIds(identities).build())
            .customerManagedKey(encryption.build())
            .dependsOn(access);
    }

    private UserAssignedIdentity identity(String id, String identityName, ResourceGroup group, Tags tags) {
        return UserAssignedIdentity.Builder.create(this, id)
            .name(identityName)
            .resourceGroupName(group.name())
            .location(group.region().name())
            .tags(tags.asMap())
            .build();
    }

    private static void validateKeys(String path, PostgresFlexibleServerProps props, AzureRegion region) {
        KeyVaultKey key = props.customerManagedKey();
        KeyVaultKey geoKey = props.geoBackupKey();
        if (key == null) {
            if (geoKey != null) {
                throw Checks.invalid(path, "geoBackupKey", geoKey.declaredName(), "only with customerManagedKey; without it"
                    + " the service encrypts backups, geo-redundant ones too, with its own keys");
            }
            return;
        }
        if (!key.region().equals(region)) {
            throw Checks.invalid(path, "customerManagedKey", key.declaredName() + " in " + key.region(), "a key in a vault in "
                + region + ", the server's region (Azure requires it)");
        }
        if (!props.geoRedundantBackup()) {
            if (geoKey != null) {
                throw Checks.invalid(path, "geoBackupKey", geoKey.declaredName(), "only with geoRedundantBackup(true); the"
                    + " server keeps no backups in another region to encrypt");
            }
            return;
        }
        AzureRegion pair = region.pair().orElse(null);
        if (geoKey == null) {
            throw Checks.missing(path, "geoBackupKey", "geo-redundant backups of a server encrypted with a customer-managed"
                + " key are encrypted with a key in the region that holds them, " + (pair != null ? pair : region + "'s pair")
                + "; give a key of a vault there");
        }
        if (pair == null || !geoKey.region().equals(pair)) {
            throw Checks.invalid(path, "geoBackupKey", geoKey.declaredName() + " in " + geoKey.region(), "a key in a vault in "
                + (pair != null ? pair : "the paired region") + ", where Azure keeps the geo-redundant backups of " + region);
        }
    }

    private static void validateHighAvailability(String path, String sku, String zone, String standbyZone) {
        if (sku.startsWith("B_")) {
            throw Checks.invalid(path, "highAvailability", true, "Burstable SKUs (" + sku
                + ") have no high availability; use a GP_ or MO_ SKU, or set highAvailability(false)");
        }
        if (zone == null) {
            throw Checks.missing(path, "zone", "zone-redundant high availability places the primary in a zone: "
                + String.join(", ", ZONES));
        }
        if (standbyZone == null || !ZONES.contains(standbyZone)) {
            throw Checks.invalid(path, "standbyZone", standbyZone, "allowed: " + String.join(", ", ZONES));
        }
        if (standbyZone.equals(zone)) {
            throw Checks.invalid(path, "standbyZone", standbyZone, "a zone other than the primary's zone " + zone
                + ", or the standby does not survive the loss of the zone");
        }
    }

    private static void validatePasswordAuthentication(String path, PostgresFlexibleServerProps props) {
        if (!props.passwordAuthenticationEnabled()) {
            if (props.administratorLogin() != null || props.administratorPasswordWriteOnly() != null) {
                throw Checks.invalid(path, "administratorLogin/administratorPasswordWriteOnly", "set",
                    "only with passwordAuthenticationEnabled(true); without it no password exists and Entra ID is the only way in");
            }
            return;
        }
        String login = props.administratorLogin();
        if (login == null) {
            throw Checks.missing(path, "administratorLogin", "password authentication is enabled");
        }
        if (!LOGIN.matcher(login).matches() || RESERVED_LOGINS.contains(login.toLowerCase(Locale.ROOT))
            || login.toLowerCase(Locale.ROOT).startsWith("pg_")) {
            throw Checks.invalid(path, "administratorLogin", login, "1–63 letters, digits and underscores starting with a letter, not "
                + "pg_… and none of " + RESERVED_LOGINS.stream().sorted().toList());
        }
        String password = props.administratorPasswordWriteOnly();
        if (password == null) {
            throw Checks.missing(path, "administratorPasswordWriteOnly", "password authentication is enabled; pass a Terraform "
                + "reference such as ${var.pg_admin_password} (a sensitive variable)");
        }
        if (!Checks.isReference(password)) {
            // Never echo the value: it may be a real password.
            throw new IllegalArgumentException(path + ": administratorPasswordWriteOnly is a literal, which is not allowed; pass a "
                + "Terraform reference such as ${var.pg_admin_password} (a sensitive variable) so that no password lands in the "
                + "synthesized JSON");
        }
        if (props.administratorPasswordVersion() < 1) {
            throw Checks.invalid(path, "administratorPasswordVersion", props.administratorPasswordVersion(), "1 or more; raise it to rotate");
        }
    }

    private static SortedMap<String, String> serverParameters(String path, Map<String, String> given) {
        SortedMap<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String parameter = entry.getKey();
            String value = entry.getValue();
            if (parameter == null || !PARAMETER_NAME.matcher(parameter).matches()) {
                throw Checks.invalid(path, "serverParameters", parameter, "parameter names are lowercase, e.g. max_connections or azure.extensions");
            }
            if (value == null || value.isBlank()) {
                throw Checks.invalid(path, "serverParameters." + parameter, value, "a non-empty value");
            }
            parameters.put(parameter, value);
        }
        String secureTransport = parameters.get("require_secure_transport");
        if (secureTransport != null && !secureTransport.equalsIgnoreCase("on")) {
            throw Checks.invalid(path, "serverParameters.require_secure_transport", secureTransport,
                "allowed: on; TLS is required in every environment (control LZ-ENC-006)");
        }
        String tls = parameters.get("ssl_min_protocol_version");
        if (tls != null && !List.of("TLSv1.2", "TLSv1.3").contains(tls)) {
            throw Checks.invalid(path, "serverParameters.ssl_min_protocol_version", tls,
                "allowed: TLSv1.2, TLSv1.3 (control LZ-ENC-006)");
        }
        String maxConnections = parameters.get("max_connections");
        if (maxConnections != null) {
            int connections;
            try {
                connections = Integer.parseInt(maxConnections);
            } catch (NumberFormatException e) {
                throw Checks.invalid(path, "serverParameters.max_connections", maxConnections, "a whole number, 25 to " + MAX_CONNECTIONS);
            }
            Checks.inRange(path, "serverParameters.max_connections", connections, 25, MAX_CONNECTIONS);
        }
        return parameters;
    }

    private static List<String> databases(String path, List<String> given) {
        Set<String> seen = new HashSet<>();
        for (String database : given) {
            if (database == null || !DATABASE_NAME.matcher(database).matches()) {
                throw Checks.invalid(path, "databases", database, "1–63 letters, digits, _ and -, not starting with a digit or -");
            }
            if (RESERVED_DATABASES.contains(database.toLowerCase(Locale.ROOT))) {
                throw Checks.invalid(path, "databases", database, "a name other than the service's own " + RESERVED_DATABASES.stream().sorted().toList());
            }
            if (!seen.add(database.toLowerCase(Locale.ROOT))) {
                throw Checks.invalid(path, "databases", database, "each database once");
            }
        }
        return List.copyOf(given);
    }

    /** The id of a server's private DNS zone, checked when literal: one whose name ends in .postgres.database.azure.com. */
    static String postgresZoneId(String path, PrivateDnsZoneReference zone) {
        return resourceId(path, "privateDnsZone", Checks.required(path, "privateDnsZone", zone).id(), DNS_ZONE_ID,
            "a private DNS zone id whose name ends in .postgres.database.azure.com, or a Terraform reference to one");
    }

    static String resourceId(String path, String prop, String value, Pattern literal, String allowed) {
        Checks.required(path, prop, value);
        if (!Checks.isReference(value) && !literal.matcher(value).matches()) {
            throw Checks.invalid(path, prop, value, allowed);
        }
        return value;
    }

    private static String guid(String path, String prop, String value, String what) {
        return Checks.guidOrNull(path, prop, Checks.required(path, prop, value), what);
    }

    /** The server name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The server's name as a Terraform reference: resources that use it are created after the server. */
    public String name() {
        return resource.getName();
    }

    /** The server's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /**
     * The server's host name (a Terraform reference), {@code <name>.postgres.database.azure.com}, which resolves to the
     * private address through the private DNS zone. Odoo's {@code db_host}.
     */
    public String fqdn() {
        return resource.getFqdn();
    }

    /** The resource group the server lives in. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The server's region. */
    public AzureRegion region() {
        return resourceGroup.region();
    }

    /** The databases created, in order. */
    public List<String> databases() {
        return databases;
    }

    /** The PostgreSQL major version, e.g. {@link PostgresVersion#V16}; a {@link PostgresReadReplica} runs the same. */
    public PostgresVersion version() {
        return version;
    }

    /** The SKU, tier-prefixed, e.g. {@code GP_Standard_D4ds_v5}; a {@link PostgresReadReplica} defaults to it. */
    public String skuName() {
        return skuName;
    }

    /** The storage size in MB as declared; a {@link PostgresReadReplica} needs at least as much. */
    public int storageMb() {
        return storageMb;
    }

    /** Whether storage grows automatically; when it does, a {@link PostgresReadReplica}'s must too. */
    public boolean storageAutoGrow() {
        return storageAutoGrow;
    }

    /** The Entra ID tenant that authenticates connections. */
    public String tenantId() {
        return tenantId;
    }

    /**
     * Whether password authentication is enabled besides Entra ID. Only the flag: the login and the write-only
     * password are not exposed, and a {@link PostgresReadReplica} inherits the login from the server itself.
     */
    public boolean passwordAuthenticationEnabled() {
        return passwordAuthenticationEnabled;
    }

    /** Whether the server's data is encrypted with a customer-managed key; a {@link PostgresReadReplica} then needs one too. */
    public boolean customerManagedKeyEnabled() {
        return customerManagedKey;
    }

    /** Whether a zone-redundant standby runs beside the server. */
    public boolean highAvailability() {
        return highAvailability;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends PostgresFlexibleServerProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a server with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public PostgresFlexibleServer build() {
            return new PostgresFlexibleServer(scope, id, toProps());
        }
    }
}
