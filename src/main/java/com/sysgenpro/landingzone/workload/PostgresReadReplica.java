package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServer;
import io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerAuthentication;
import io.cdktn.providers.azurerm.postgresql_flexible_server_virtual_endpoint.PostgresqlFlexibleServerVirtualEndpoint;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * Cross-region disaster recovery for Odoo's database: a read replica ({@code azurerm_postgresql_flexible_server} with
 * {@code create_mode = "Replica"}) of a {@link PostgresFlexibleServer} in another region, with its diagnostic settings,
 * deletion lock and, by default, a read-write virtual endpoint that keeps Odoo's host name valid across a promotion.
 *
 * <p><b>Why.</b> Recovery tier 1 (recovery point 15–30 minutes, recovery time 1–4 hours) cannot rely on geo-restore
 * of geo-redundant backups (recovery point under an hour, recovery time varying with the data, up to 12 hours). A
 * replica that is promoted reaches {@link RecoveryExpectation#POSTGRES_READ_REPLICA}: a recovery point of the replication
 * lag, under 5 minutes in a typical workload, and a recovery time of minutes for the promotion, assumed here to be at
 * most an hour including the decision to fail over. Source: Microsoft Learn, "Overview of business continuity with
 * Azure Database for PostgreSQL - Flexible Server" (read replicas: RTO minutes, RPO &lt; 5 min, both "can be much
 * higher" with heavy writes or latency between regions) and "Promote read replicas" (promotion is never automatic).
 * {@link #recoveryExpectation()} returns these figures for a recovery assessment.
 *
 * <p><b>What the replica inherits and what it must not carry.</b> Azure copies the primary's data, roles (the
 * password administrator, if any, and the Entra administrators, which can only be managed on the primary) and, at
 * creation, its server parameters; databases appear by replication. The replica therefore declares no administrator
 * login, no password (write-only or otherwise), no Entra administrator, no databases and no server parameters. It
 * declares neither backups ({@code backup_retention_days}, geo-redundant backup) nor high availability, which Azure
 * does not support on replicas; after a promotion, high availability must be enabled on the new primary and
 * geo-redundant backup is unavailable on it (it can only be chosen when a server is created). Authentication mirrors
 * the primary: Entra ID on, with the primary's tenant, and password authentication only if the primary allows it.
 *
 * <p><b>Shape by default.</b> The primary's version, SKU, storage size and storage auto-grow (server symmetry, which
 * "promote to primary server" requires); private access only (delegated subnet and private DNS zone of a network in
 * the replica's region, public network access disabled); audit and all logs plus metrics, including Read Replica Lag,
 * to Log Analytics; {@code prevent_destroy} and a {@code CanNotDelete} lock.
 *
 * <p><b>Operations.</b> Server parameters changed on the primary later are not replicated: change the replica's
 * first when they size shared memory ({@code max_connections}, {@code max_worker_processes}, …), which must be no
 * lower on the replica. Azure requires replicas to be removed before a major version upgrade of the primary, and
 * replicas of Burstable servers are not offered. After a promotion the code no longer describes the roles: reconcile
 * it (swap the primary and the replica, or recreate the replica) before the next apply; deletion protection stops
 * Terraform from replacing either server meanwhile. The azurerm provider keeps the virtual endpoint in state across a
 * failover (since 4.x, hashicorp/terraform-provider-azurerm#29424) but refuses to change {@code replica_server_id}
 * afterwards.
 */
public final class PostgresReadReplica extends Construct {

    /** The SKU tiers that can have read replicas: General Purpose and Memory Optimized. */
    static final List<String> REPLICA_TIERS = List.of("GP_", "MO_");
    /** Host name suffix of a read-write virtual endpoint. */
    static final String WRITER_DOMAIN = ".writer.postgres.database.azure.com";

    private static final Pattern SKU = Pattern.compile("(GP|MO)_Standard_[A-Za-z]+(\\d+)[A-Za-z0-9_]*");

    private final PostgresqlFlexibleServer resource;
    private final PostgresqlFlexibleServerVirtualEndpoint endpoint;
    private final String name;
    private final String endpointName;
    private final ResourceGroup resourceGroup;
    private final AzureRegion region;
    private final PostgresFlexibleServer primary;

    /** Creates the replica; prefer {@link Builder#create(Construct, String)}. */
    public PostgresReadReplica(Construct scope, String id, PostgresReadReplicaProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.primary = Checks.required(path, "primary", props.primary());
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.POSTGRES_SERVER);
        if (name.equals(primary.declaredName())) {
            throw Checks.invalid(path, "name", name, "a name other than the primary's; server names are unique across Azure");
        }
        this.resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.region = props.region() != null ? props.region() : resourceGroup.region();
        if (region.equals(primary.region())) {
            throw Checks.invalid(path, "region", region.name(), "a region other than the primary's (" + primary.region().name()
                + "), typically its pair, or the replica does not survive the loss of the region; pass a resource group "
                + "in the secondary region or set .region(…)");
        }
        String subnetId = Checks.required(path, "delegatedSubnet", props.delegatedSubnet()).id();
        String dnsZoneId = PostgresFlexibleServer.postgresZoneId(path, props.privateDnsZone());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());

        String primarySku = primary.skuName();
        if (REPLICA_TIERS.stream().noneMatch(primarySku::startsWith)) {
            throw Checks.invalid(path, "primary", primary.getNode().getPath(), "a primary on a General Purpose (GP_) or Memory "
                + "Optimized (MO_) SKU; Azure offers no read replicas of Burstable servers such as " + primarySku);
        }
        String sku = props.skuName() != null ? props.skuName() : primarySku;
        validateSku(path, sku, primarySku);
        int storageMb = props.storageMb() != null ? props.storageMb() : primary.storageMb();
        if (!PostgresFlexibleServer.ALLOWED_STORAGE_MB.contains(storageMb)) {
            throw Checks.invalid(path, "storageMb", storageMb, "allowed: " + PostgresFlexibleServer.ALLOWED_STORAGE_MB);
        }
        if (storageMb < primary.storageMb()) {
            throw Checks.invalid(path, "storageMb", storageMb, "at least the primary's " + primary.storageMb()
                + "; Azure requires a replica's storage to be no smaller than its primary's (leave it unset to match)");
        }
        boolean autoGrow = props.storageAutoGrow() != null ? props.storageAutoGrow() : primary.storageAutoGrow();
        if (primary.storageAutoGrow() && !autoGrow) {
            throw Checks.invalid(path, "storageAutoGrow", false, "true, because the primary's storage grows automatically; "
                + "a replica that cannot grow with it stops replicating (leave it unset to match)");
        }
        String zone = props.zone();
        if (zone != null && !PostgresFlexibleServer.ZONES.contains(zone)) {
            throw Checks.invalid(path, "zone", zone, "allowed: " + String.join(", ", PostgresFlexibleServer.ZONES)
                + ", or null to let Azure choose");
        }
        this.endpointName = props.virtualEndpoint() ? Checks.azureName(path, "virtualEndpointName",
            props.virtualEndpointName() != null ? props.virtualEndpointName()
                : primary.declaredName() + PostgresReadReplicaProps.DEFAULT_VIRTUAL_ENDPOINT_SUFFIX, AzureNameRule.POSTGRES_SERVER)
            : null;
        if (!props.virtualEndpoint() && props.virtualEndpointName() != null) {
            throw Checks.invalid(path, "virtualEndpointName", props.virtualEndpointName(), "only with virtualEndpoint(true)");
        }

        var key = props.customerManagedKey();
        if (primary.customerManagedKeyEnabled() && key == null) {
            throw Checks.missing(path, "customerManagedKey", "the primary is encrypted with a customer-managed key, and a"
                + " replica in " + region + " needs one in a vault of its own region");
        }
        if (!primary.customerManagedKeyEnabled() && key != null) {
            throw Checks.invalid(path, "customerManagedKey", key.declaredName(), "none while the primary has none; a replica"
                + " is encrypted like its primary");
        }
        if (key != null && !key.region().equals(region)) {
            throw Checks.invalid(path, "customerManagedKey", key.declaredName() + " in " + key.region(), "a key in a vault in "
                + region + ", the replica's region (Azure requires it)");
        }

        var builder = PostgresqlFlexibleServer.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(region.name())
            .createMode("Replica")
            .sourceServerId(primary.id())
            .version(primary.version().terraformValue())
            .skuName(sku)
            .storageMb(storageMb)
            .autoGrowEnabled(autoGrow)
            .delegatedSubnetId(subnetId)
            .privateDnsZoneId(dnsZoneId)
            .publicNetworkAccessEnabled(false)
            // No administrator login or password: the replica inherits the primary's roles, and never holds a secret.
            .authentication(PostgresqlFlexibleServerAuthentication.builder()
                .activeDirectoryAuthEnabled(true)
                .passwordAuthEnabled(primary.passwordAuthenticationEnabled())
                .tenantId(primary.tenantId())
                .build())
            .tags(tags.asMap());
        if (zone != null) {
            builder.zone(zone);
        }
        // Without a zone Azure assigns one; azurerm reads it back and would otherwise try to unset it on every plan.
        TerraformResourceLifecycle lifecycle = DeletionProtection.lifecycle(props.deletionProtection(),
            zone == null ? List.of("zone") : List.of());
        if (lifecycle != null) {
            builder.lifecycle(lifecycle);
        }
        if (key != null) {
            var identity = io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity.Builder
                .create(this, "encryption-identity")
                .name(WorkloadNames.encryptionIdentity(name))
                .resourceGroupName(resourceGroup.name())
                .location(region.name())
                .tags(tags.asMap())
                .build();
            var access = key.grantEncryptionUser(this, "encryption-key-access", identity.getPrincipalId(),
                "Encrypt the PostgreSQL replica " + name + " with " + key.declaredName());
            builder.identity(io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerIdentity.builder()
                    .type("UserAssigned").identityIds(List.of(identity.getId())).build())
                .customerManagedKey(io.cdktn.providers.azurerm.postgresql_flexible_server.PostgresqlFlexibleServerCustomerManagedKey
                    .builder().keyVaultKeyId(key.versionlessId()).primaryUserAssignedIdentityId(identity.getId()).build())
                .dependsOn(List.of(access));
        }
        this.resource = builder.build();

        new DiagnosticSettings(this, "diagnostics", resource.getId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);

        if (props.deletionProtection()) {
            DeletionProtection.lock(this, resource.getId(),
                "Odoo's disaster-recovery replica. Deletion protection is on in the landing zone; turn it off there to delete.");
        }

        if (endpointName != null) {
            var endpointBuilder = PostgresqlFlexibleServerVirtualEndpoint.Builder.create(this, "virtual-endpoint")
                .name(endpointName)
                .sourceServerId(primary.id())
                .replicaServerId(resource.getId())
                .type("ReadWrite");
            TerraformResourceLifecycle endpointLifecycle = DeletionProtection.lifecycle(props.deletionProtection(), List.of());
            if (endpointLifecycle != null) {
                endpointBuilder.lifecycle(endpointLifecycle);
            }
            this.endpoint = endpointBuilder.build();
        } else {
            this.endpoint = null;
        }
    }

    private static void validateSku(String path, String sku, String primarySku) {
        Matcher replica = SKU.matcher(sku);
        if (!replica.matches()) {
            throw Checks.invalid(path, "skuName", sku, "a General Purpose or Memory Optimized SKU (GP_Standard_… or "
                + "MO_Standard_…), e.g. the primary's " + primarySku + "; Azure offers no Burstable replicas");
        }
        Matcher source = SKU.matcher(primarySku);
        if (source.matches() && Integer.parseInt(replica.group(2)) < Integer.parseInt(source.group(2))) {
            throw Checks.invalid(path, "skuName", sku, "a SKU with at least the vCores of the primary's " + primarySku
                + "; Azure requires the primary's compute to be no larger than any replica's (leave it unset to match)");
        }
    }

    /** The replica's name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The replica's name as a Terraform reference. */
    public String name() {
        return resource.getName();
    }

    /** The replica's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The replica's own host name (a Terraform reference); read-only until promoted. */
    public String fqdn() {
        return resource.getFqdn();
    }

    /**
     * The read-write virtual endpoint's host name, {@code <virtualEndpointName>.writer.postgres.database.azure.com},
     * known at synthesis time; empty when {@link PostgresReadReplicaProps#virtualEndpoint()} is off. Set Odoo's
     * {@code db_host} to it rather than to the primary's {@link PostgresFlexibleServer#fqdn()}, so that it follows a
     * "promote to primary server". It resolves in the networks linked to the servers' private DNS zone.
     */
    public Optional<String> writerFqdn() {
        return Optional.ofNullable(endpointName).map(label -> label + WRITER_DOMAIN);
    }

    /** The virtual endpoint's id (a Terraform reference); empty when there is none. */
    public Optional<String> virtualEndpointId() {
        return Optional.ofNullable(endpoint).map(PostgresqlFlexibleServerVirtualEndpoint::getId);
    }

    /** The server replicated. */
    public PostgresFlexibleServer primary() {
        return primary;
    }

    /** The resource group the replica lives in. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The replica's region, different from the primary's. */
    public AzureRegion region() {
        return region;
    }

    /** The recovery point and time a promotion of this replica is expected to reach; see the class documentation. */
    public RecoveryExpectation recoveryExpectation() {
        return RecoveryExpectation.POSTGRES_READ_REPLICA;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends PostgresReadReplicaProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a replica with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public PostgresReadReplica build() {
            return new PostgresReadReplica(scope, id, toProps());
        }
    }
}
