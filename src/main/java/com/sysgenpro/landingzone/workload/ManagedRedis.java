package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.managed_redis.ManagedRedisDefaultDatabase;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.PrivateEndpoint;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.List;
import software.constructs.Construct;

/**
 * An Azure Managed Redis instance with its default database ({@code azurerm_managed_redis}): Odoo's session store and
 * cache. The default choice for Redis: Azure Cache for Redis (Basic, Standard, Premium; see {@link RedisCache}) retires
 * on 2028-09-30.
 *
 * <p>Secure by default: public network access disabled and a private endpoint ({@code redisEnterprise}, private DNS zone
 * {@code privatelink.redis.azure.net}) in the environment's network; TLS only (client protocol {@code Encrypted}; the
 * service itself accepts TLS 1.2 and newer only, so there is no {@code minimum_tls_version} to set); Entra ID
 * authentication with access keys disabled. Resilient by default ({@link ManagedRedisProps#production()}): SKU
 * {@link ManagedRedisProps#DEFAULT_SKU Balanced_B3}, high availability (a replica in another zone), hourly RDB persistence; lower
 * environments turn off high availability and persistence explicitly with {@code production(false)}. Metrics of the
 * instance and connection logs of its database go to the workspace. No access key or connection string is ever
 * written to the synthesized configuration.
 */
public final class ManagedRedis extends Construct {

    /** The private endpoint's sub-resource for Azure Managed Redis. */
    public static final String SUBRESOURCE = "redisEnterprise";

    private final io.cdktn.providers.azurerm.managed_redis.ManagedRedis resource;
    private final String name;
    private final ManagedRedisSku sku;

    /** Creates the instance; prefer {@link Builder#create(Construct, String)}. */
    public ManagedRedis(Construct scope, String id, ManagedRedisProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.REDIS);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.sku = Checks.required(path, "sku", props.sku());
        boolean persistent = props.rdbBackupFrequency() != null || props.aofBackupFrequency() != null;
        if (props.production() && !props.highAvailability()) {
            throw Checks.invalid(path, "highAvailability", false, "production needs a replica in another zone (without high"
                + " availability there is no SLA and a node failure loses the data); keep highAvailability(true), or set"
                + " production(false) for a lower environment");
        }
        if (props.production() && !persistent) {
            throw Checks.missing(path, "rdbBackupFrequency or aofBackupFrequency", "production keeps Odoo's sessions across a"
                + " restart of every node; set one (default " + RdbBackupFrequency.EVERY_HOUR + "), or set production(false)"
                + " for a lower environment");
        }
        if (props.rdbBackupFrequency() != null && props.aofBackupFrequency() != null) {
            throw Checks.invalid(path, "rdbBackupFrequency/aofBackupFrequency",
                props.rdbBackupFrequency().terraformValue() + " and " + props.aofBackupFrequency().terraformValue(),
                "persistence is RDB or AOF, not both; set .rdbBackupFrequency(null) to use AOF, or .aofBackupFrequency(null)");
        }
        RedisEvictionPolicy eviction = Checks.required(path, "evictionPolicy", props.evictionPolicy());
        RedisClusteringPolicy clustering = Checks.required(path, "clusteringPolicy", props.clusteringPolicy());
        if (clustering == RedisClusteringPolicy.NO_CLUSTER && sku.family() == ManagedRedisSku.Family.FLASH_OPTIMIZED) {
            throw Checks.invalid(path, "clusteringPolicy", clustering.terraformValue(), "Flash Optimized SKUs (" + sku
                + ") are always clustered; use OSS_CLUSTER or ENTERPRISE_CLUSTER, or a Balanced, Compute or Memory Optimized SKU");
        }
        SubnetReference subnet = Checks.required(path, "privateEndpointSubnet", props.privateEndpointSubnet());
        PrivateDnsZoneReference dnsZone = Checks.required(path, "privateDnsZone", props.privateDnsZone());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = props.tags() != null ? props.tags() : resourceGroup.tags();

        var database = ManagedRedisDefaultDatabase.builder()
            .clientProtocol("Encrypted")
            .accessKeysAuthenticationEnabled(props.accessKeysAuthenticationEnabled())
            .evictionPolicy(eviction.managedRedisValue())
            .clusteringPolicy(clustering.terraformValue());
        if (props.rdbBackupFrequency() != null) {
            database.persistenceRedisDatabaseBackupFrequency(props.rdbBackupFrequency().terraformValue());
        }
        if (props.aofBackupFrequency() != null) {
            database.persistenceAppendOnlyFileBackupFrequency(props.aofBackupFrequency().terraformValue());
        }
        this.resource = io.cdktn.providers.azurerm.managed_redis.ManagedRedis.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .skuName(sku.terraformValue())
            .highAvailabilityEnabled(props.highAvailability())
            .publicNetworkAccess("Disabled")
            .defaultDatabase(database.build())
            .tags(tags.asMap())
            .build();

        new PrivateEndpoint(this, "PrivateEndpoint", WorkloadNames.privateEndpoint(name, "redis"), resourceGroup,
            subnet, resource.getId(), SUBRESOURCE, dnsZone, tags);
        // Metrics are the cluster's; connection (audit) logs are the database's.
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, List.of(), true);
        new DiagnosticSettings(this, "DatabaseDiagnostics", databaseId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, false);
    }

    /** The instance name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The SKU. */
    public ManagedRedisSku sku() {
        return sku;
    }

    /** The instance's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The default database's resource id ({@code <id>/databases/default}): the scope of Entra ID access policy assignments. */
    public String databaseId() {
        return resource.getId() + "/databases/default";
    }

    /** The host name clients connect to (a Terraform reference; not a secret). */
    public String hostname() {
        return resource.getHostname();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends ManagedRedisProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts an Azure Managed Redis instance with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public ManagedRedis build() {
            return new ManagedRedis(scope, id, toProps());
        }
    }
}
