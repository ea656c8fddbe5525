package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.NodePoolSize;
import com.sysgenpro.landingzone.blueprint.SkuCapacity;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.cluster.ChartCatalog;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.Budget;
import com.sysgenpro.landingzone.platform.ActionGroup;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.NetworkProps;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetRole;
import com.sysgenpro.landingzone.platform.WorkloadAlerts;
import com.sysgenpro.landingzone.workload.AksOutboundType;
import com.sysgenpro.landingzone.workload.ContainerRegistry;
import com.sysgenpro.landingzone.workload.ContainerRegistryReplica;
import com.sysgenpro.landingzone.workload.FluxGitOps;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import com.sysgenpro.landingzone.workload.KubernetesNodePool;
import com.sysgenpro.landingzone.workload.ManagedRedis;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import com.sysgenpro.landingzone.workload.PostgresBackupVault;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServer;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServerProps;
import com.sysgenpro.landingzone.workload.PostgresReadReplica;
import com.sysgenpro.landingzone.workload.StorageAccount;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * The pieces an environment's hosting is built from, configured from its blueprint and recovery settings. Shared
 * hosting and business-unit stacks call these with fixed construct ids, which are Terraform addresses.
 */
final class Hosting {

    /**
     * The day vaulted backup schedules count from: fixed, because a start computed from today would change the
     * synthesized JSON (and replace the policy) on every run; any past date starts backups on the next scheduled run.
     */
    static final java.time.LocalDate BACKUP_SCHEDULE_START = java.time.LocalDate.of(2026, 1, 1);

    /** The Odoo node pool's name in every cluster. */
    static final String ODOO_POOL = "odoo";

    private Hosting() {
    }

    /** The name stem of a stack's regional resources. */
    record Names(String prefix, String unit, String shortName, String environment, AzureRegion region) {
        String stem() {
            return Naming.stem(prefix, unit, environment, region);
        }
    }

    static LogAnalyticsWorkspace logs(Construct stack, Names names, ResourceGroup group, Blueprint blueprint) {
        return LogAnalyticsWorkspace.Builder.create(stack, "logs")
            .name("log-" + names.stem())
            .resourceGroup(group)
            .retentionDays(blueprint.logRetentionDays())
            .build();
    }

    /**
     * A network of the stack's; a peered one ({@code peered}) holds no private DNS zone of its own but those in
     * {@code ownZones}, and resolves the estate's central ones. With {@code egressNextHop} (a cluster network behind its
     * hub's firewall) the AKS node subnet's internet traffic is routed there, and public ingress arrives through the
     * firewall's DNAT from its private address, so the node subnet admits no HTTPS from the internet itself.
     */
    static Network network(Construct stack, String id, String name, ResourceGroup group, Cidr addressSpace, boolean publicIngress,
                           LogAnalyticsWorkspaceReference workspace, Tags tags, boolean peered, Set<PrivateDnsZone> ownZones, String egressNextHop) {
        return Network.Builder.create(stack, id)
            .name(name)
            .resourceGroup(group)
            .addressSpace(addressSpace)
            .allowHttpsFromInternet(publicIngress && egressNextHop == null)
            .egressNextHop(egressNextHop)
            .privateDnsZones(peered ? ownZones : NetworkProps.DEFAULT_PRIVATE_DNS_ZONES)
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
    }

    /**
     * The stack's vault; with {@code customerManagedKeys} purge protection is on whatever the blueprint says, since
     * every service refuses a key that could be purged.
     */
    static KeyVault keyVault(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                             Network network, LogAnalyticsWorkspaceReference workspace, Tags tags, boolean customerManagedKeys) {
        return KeyVault.Builder.create(stack, "vault")
            .name(Naming.keyVault(estate.prefix(), names.shortName(), names.environment()))
            .resourceGroup(group)
            .tenantId(estate.tenantId())
            .purgeProtection(blueprint.keyVaultPurgeProtection() || customerManagedKeys)
            .privateEndpointSubnet(network.subnet(SubnetRole.PRIVATE_ENDPOINTS))
            .privateDnsZone(Connectivity.zone(stack, network, PrivateDnsZone.KEY_VAULT))
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
    }

    /** A cluster and the registry it pulls from. */
    record Cluster(KubernetesCluster cluster, ContainerRegistry registry) {
    }

    /** The resource group and network an environment keeps ready in its recovery region. */
    record Recovery(ResourceGroup group, Network network) {
    }

    /**
     * The registry's geo-replicas in {@code regions}, sorted by name so that the list (a Terraform list, where order is a
     * change) stays put when units are reordered; zone-redundant where the blueprint is and the region has zones.
     */
    static List<ContainerRegistryReplica> registryReplicas(Blueprint blueprint, Collection<AzureRegion> regions) {
        return regions.stream().distinct().sorted(Comparator.comparing(AzureRegion::name))
            .map(region -> ContainerRegistryReplica.in(region, blueprint.zoneRedundant())).toList();
    }

    /** @param keys the stack's customer-managed keys, whose {@code disks} key encrypts the nodes' OS disks; null for none */
    static Cluster cluster(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                           Network network, LogAnalyticsWorkspaceReference workspace, Tags tags, MaintenanceWindow maintenance,
                           List<ContainerRegistryReplica> registryReplicas, EncryptionKeys keys) {
        return cluster(stack, estate, names, group, blueprint, network, workspace, tags, maintenance, registryReplicas, keys,
            blueprint.userPool());
    }

    /** @param odooPool the Odoo pool's size: the blueprint's, or a shared hosting's grown with its tenants */
    static Cluster cluster(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                           Network network, LogAnalyticsWorkspaceReference workspace, Tags tags, MaintenanceWindow maintenance,
                           List<ContainerRegistryReplica> registryReplicas, EncryptionKeys keys, NodePoolSize odooPool) {
        var builder = KubernetesCluster.Builder.create(stack, "cluster")
            .name("aks-" + names.stem())
            .resourceGroup(group)
            .nodeSubnet(network.subnet(SubnetRole.AKS_NODES))
            // Behind the hub firewall the node subnet's route is the way out; AKS then creates no outbound public IP.
            .outboundType(network.routesEgress() ? AksOutboundType.USER_DEFINED_ROUTING : AksOutboundType.LOAD_BALANCER)
            .logAnalyticsWorkspace(workspace)
            .tenantId(estate.tenantId())
            .adminGroupObjectIds(List.of(estate.access().platformAdmins()))
            .production(blueprint.isProduction())
            .skuTier(blueprint.clusterSkuTier())
            .zones(zones(blueprint))
            .systemPoolVmSize(blueprint.systemPool().vmSize())
            .systemPoolMinCount(blueprint.systemPool().minCount())
            .systemPoolMaxCount(blueprint.systemPool().maxCount())
            .upgradeWindow(maintenance.clusterUpgrades())
            .nodeOsUpgradeWindow(maintenance.nodeImageUpgrades())
            .diskEncryptionKey(keys == null ? null : keys.key("disks"))
            .tags(tags);
        // A peered network's private cluster registers in its region's central zone, which the hubs' runners resolve.
        Connectivity.of(stack).filter(attachment -> attachment.peered(network)).ifPresent(attachment -> builder
            .privateDnsZone(attachment.clusterZone(group.region()))
            .privateDnsZoneProvider(attachment.zonesProvider())
            .virtualNetworkId(network.id())
            .routeTableId(network.egressRouteTableId()));
        KubernetesCluster cluster = builder.build();
        KubernetesNodePool.Builder.create(stack, "odoo-pool")
            .name(ODOO_POOL)
            .cluster(cluster)
            .vmSize(odooPool.vmSize())
            .minCount(odooPool.minCount())
            .maxCount(odooPool.maxCount())
            .zones(zones(blueprint))
            .tags(tags)
            .build();
        ContainerRegistry registry = ContainerRegistry.Builder.create(stack, "registry")
            .name(Naming.registry(estate.prefix(), names.shortName(), names.environment()))
            .resourceGroup(group)
            .privateEndpointSubnet(network.subnet(SubnetRole.PRIVATE_ENDPOINTS))
            .privateDnsZone(Connectivity.zone(stack, network, PrivateDnsZone.CONTAINER_REGISTRY))
            .logAnalyticsWorkspace(workspace)
            .zoneRedundancyEnabled(blueprint.zoneRedundant())
            .replicas(registryReplicas)
            .tags(tags)
            .build();
        registry.grantPull(cluster);
        // The in-cluster stack pulls the platform's chart images through this registry, never from docker.io or quay.io.
        ChartCatalog.mirrors().forEach(mirror -> registry.cacheUpstream(mirror.source(), mirror.target()));
        if (estate.gitOps() != null) {
            FluxGitOps.Builder.create(stack, "gitops")
                .cluster(cluster)
                .repositoryUrl(estate.gitOps().repositoryUrl())
                .branch(estate.gitOps().branch())
                .path("./clusters/" + names.unit() + "-" + names.environment())
                .build();
        }
        return new Cluster(cluster, registry);
    }

    /** The Odoo pool of an environment's own: the blueprint's, on the VM size the environment chose if it did. */
    static NodePoolSize odooPool(Blueprint blueprint, EnvironmentSize size) {
        NodePoolSize pool = blueprint.userPool();
        return size.nodeSize() == null ? pool : new NodePoolSize(size.nodeSize(), pool.minCount(), pool.maxCount());
    }

    /** The SKU, with its tier prefix, of an environment's own server: the one it chose, else the blueprint's. */
    static String postgresSku(Blueprint blueprint, EnvironmentSize size) {
        return size.postgresSku() == null ? blueprint.postgresSku()
            : SkuCapacity.postgres(size.postgresSku()).map(SkuCapacity.Postgres::terraformName).orElse(size.postgresSku());
    }

    /**
     * The {@code max_connections} of an environment's own server: the default (null) unless its chosen SKU allows fewer,
     * e.g. burstable {@code B1ms}'s 50.
     */
    static Integer maxConnections(EnvironmentSize size) {
        int standard = Integer.parseInt(PostgresFlexibleServerProps.DEFAULT_SERVER_PARAMETERS.get("max_connections"));
        return size.postgresSku() == null ? null : SkuCapacity.postgres(size.postgresSku())
            .filter(sku -> sku.maxConnections() < standard).map(SkuCapacity.Postgres::maxConnections).orElse(null);
    }

    static KubernetesNodePool dedicatedPool(Construct stack, Placement placement, KubernetesCluster cluster, Blueprint blueprint, Tags tags) {
        NodePoolSize pool = odooPool(blueprint, placement.environment().size());
        return KubernetesNodePool.Builder.create(stack, "dedicated-pool")
            .name(Naming.dedicatedPool(placement.unit().shortName(), placement.environment().name(), blueprint.name()))
            .cluster(cluster)
            .vmSize(pool.vmSize())
            .minCount(pool.minCount())
            .maxCount(pool.maxCount())
            .zones(zones(blueprint))
            .dedicatedTo(Naming.poolTenant(placement.unit().name(), placement.environment().name(), blueprint.name()))
            .tags(tags)
            .build();
    }

    /**
     * @param keys the stack's customer-managed keys: {@code database} encrypts the server, {@code database-geo} (in the
     *     region's pair, where Azure keeps them) its geo-redundant backups; null for service-managed keys
     */
    static PostgresFlexibleServer database(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                                           RecoverySettings recovery, Network network, LogAnalyticsWorkspaceReference workspace, Tags tags,
                                           List<String> databases, MaintenanceWindow maintenance, EncryptionKeys keys) {
        return database(stack, estate, names, group, blueprint, recovery, network, workspace, tags, databases, maintenance, keys,
            blueprint.postgresSku(), null);
    }

    /**
     * @param sku the server's SKU with its tier prefix: the blueprint's, or a shared hosting's grown with its tenants
     * @param maxConnections the server's {@code max_connections}; null for the default
     */
    static PostgresFlexibleServer database(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                                           RecoverySettings recovery, Network network, LogAnalyticsWorkspaceReference workspace, Tags tags,
                                           List<String> databases, MaintenanceWindow maintenance, EncryptionKeys keys,
                                           String sku, Integer maxConnections) {
        var server = PostgresFlexibleServer.Builder.create(stack, "database")
            .name("psql-" + names.stem())
            .resourceGroup(group)
            .delegatedSubnet(network.subnet(SubnetRole.POSTGRES))
            .privateDnsZone(Connectivity.zone(stack, network, PrivateDnsZone.POSTGRES))
            .tenantId(estate.tenantId())
            .administratorGroupObjectId(estate.databaseAdmins().objectId())
            .administratorGroupName(estate.databaseAdmins().name())
            .logAnalyticsWorkspace(workspace)
            .skuName(sku)
            .storageMb(blueprint.postgresStorageMb())
            .highAvailability(recovery.databaseHighAvailability())
            .backupRetentionDays(recovery.backupRetentionDays())
            .geoRedundantBackup(recovery.geoRedundantBackup())
            .deletionProtection(blueprint.deletionProtection())
            .maintenanceDay(maintenance.databaseDayUtc())
            .maintenanceStart(maintenance.databaseStartUtc())
            .databases(databases)
            .tags(tags);
        if (maxConnections != null) {
            java.util.SortedMap<String, String> parameters = new java.util.TreeMap<>(PostgresFlexibleServerProps.DEFAULT_SERVER_PARAMETERS);
            parameters.put("max_connections", Integer.toString(maxConnections));
            server.serverParameters(parameters);
        }
        if (keys != null) {
            server.customerManagedKey(keys.key("database"));
            if (recovery.geoRedundantBackup()) {
                // The validator holds every estate with geo-redundant backups to regions that have a pair.
                server.geoBackupKey(keys.key("database-geo", group.region().pair().orElseThrow()));
            }
        }
        return server.build();
    }

    /**
     * The resource group and network in the unit's recovery region: where the database's replica lives (tier-1), where
     * the registry's replica is reached from and where the runbook rebuilds the cluster. With {@code egressNextHop} (the
     * recovery region's hub firewall) the AKS node subnet gets its route table now, while it is empty: a cluster created
     * there with {@code userDefinedRouting} during a failover needs the route first, which AKS checks at creation.
     */
    static Recovery recovery(Construct stack, Names names, AzureRegion secondary, Cidr addressSpace,
                             LogAnalyticsWorkspaceReference workspace, Tags tags, boolean peered, boolean registryEndpoint, String egressNextHop) {
        Names recoveryNames = new Names(names.prefix(), names.unit(), names.shortName(), names.environment(), secondary);
        ResourceGroup group = ResourceGroup.Builder.create(stack, "recovery")
            .name("rg-" + recoveryNames.stem())
            .region(secondary)
            .tags(tags)
            .build();
        // The registry's endpoint here writes its login server's record too: in the central zone it would overwrite the
        // primary endpoint's, so the recovery network keeps a registry zone of its own.
        Network network = network(stack, "recovery-network", "vnet-" + recoveryNames.stem(), group, addressSpace, false, workspace, tags,
            peered, registryEndpoint ? Set.of(PrivateDnsZone.CONTAINER_REGISTRY) : Set.of(), egressNextHop);
        return new Recovery(group, network);
    }

    /** The database's cross-region replica, in the recovery network. */
    /** @param keys the stack's customer-managed keys, whose {@code database-replica} (in the recovery region) encrypts the replica; null for none */
    static PostgresReadReplica replica(Construct stack, Names names, PostgresFlexibleServer primary, Recovery recovery,
                                       LogAnalyticsWorkspaceReference workspace, Tags tags, EncryptionKeys keys) {
        Names recoveryNames = new Names(names.prefix(), names.unit(), names.shortName(), names.environment(),
            recovery.group().region());
        return PostgresReadReplica.Builder.create(stack, "database-replica")
            .name("psql-" + recoveryNames.stem())
            .primary(primary)
            .resourceGroup(recovery.group())
            .delegatedSubnet(recovery.network().subnet(SubnetRole.POSTGRES))
            .privateDnsZone(Connectivity.zone(stack, recovery.network(), PrivateDnsZone.POSTGRES))
            .logAnalyticsWorkspace(workspace)
            .customerManagedKey(keys == null ? null : keys.key("database-replica", recovery.group().region()))
            .tags(tags)
            .build();
    }

    static PostgresBackupVault vault(Construct stack, Estate estate, Names names, ResourceGroup group, PostgresFlexibleServer server,
                                     RecoverySettings recovery, LogAnalyticsWorkspaceReference workspace, Tags tags) {
        return PostgresBackupVault.Builder.create(stack, "backup-vault")
            .name("bvault-" + names.stem())
            .resourceGroup(group)
            .server(server)
            .startDate(BACKUP_SCHEDULE_START)
            .retentionMonths(recovery.longTermRetentionMonths())
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
    }

    /** @param keys the stack's customer-managed keys, whose {@code storage} key encrypts the account; null for none */
    static StorageAccount storage(Construct stack, Estate estate, Names names, ResourceGroup group, Blueprint blueprint,
                                  RecoverySettings recovery, Network network, LogAnalyticsWorkspaceReference workspace, Tags tags,
                                  List<String> containers, EncryptionKeys keys) {
        return StorageAccount.Builder.create(stack, "storage")
            .name(Naming.storageAccount(estate.prefix(), names.shortName(), names.environment()))
            .resourceGroup(group)
            .replication(recovery.storageReplication())
            .containers(containers)
            .privateEndpointSubnet(network.subnet(SubnetRole.PRIVATE_ENDPOINTS))
            .privateDnsZone(Connectivity.zone(stack, network, PrivateDnsZone.BLOB))
            .logAnalyticsWorkspace(workspace)
            .deletionProtection(blueprint.deletionProtection())
            .customerManagedKey(keys == null ? null : keys.key("storage"))
            .tags(tags)
            .build();
    }

    static ManagedRedis redis(Construct stack, Names names, ResourceGroup group, Blueprint blueprint, Network network,
                              LogAnalyticsWorkspaceReference workspace, Tags tags) {
        return redis(stack, names, group, blueprint, network, workspace, tags, blueprint.redisSku());
    }

    /** @param sku the cache's SKU: the blueprint's, or a shared hosting's grown with its tenants */
    static ManagedRedis redis(Construct stack, Names names, ResourceGroup group, Blueprint blueprint, Network network,
                              LogAnalyticsWorkspaceReference workspace, Tags tags, ManagedRedisSku sku) {
        var redis = ManagedRedis.Builder.create(stack, "redis")
            .name("redis-" + names.stem())
            .resourceGroup(group)
            .sku(sku)
            .production(blueprint.isProduction())
            .highAvailability(blueprint.redisHighAvailability())
            .privateEndpointSubnet(network.subnet(SubnetRole.PRIVATE_ENDPOINTS))
            .privateDnsZone(Connectivity.zone(stack, network, PrivateDnsZone.MANAGED_REDIS))
            .logAnalyticsWorkspace(workspace)
            .tags(tags);
        if (!blueprint.redisPersistence()) {
            redis.rdbBackupFrequency(null);
        }
        return redis.build();
    }

    /**
     * A private endpoint of {@code registry} in the recovery network, so that a cluster rebuilt there pulls Odoo's images
     * from the registry's replica in that region. Created before any outage: while the registry's home region is down,
     * its configuration, private endpoint connections included, cannot change.
     */
    static void registryRecoveryEndpoint(Construct scope, String id, ContainerRegistry registry, Recovery recovery) {
        registry.addPrivateEndpoint(scope, id, recovery.group(), recovery.network().subnet(SubnetRole.PRIVATE_ENDPOINTS),
            Connectivity.zone(scope, recovery.network(), PrivateDnsZone.CONTAINER_REGISTRY));
    }

    static void alerts(Construct stack, Names names, ResourceGroup group, String owner, RecoveryTier tier, LogAnalyticsWorkspaceReference workspace,
                       PostgresFlexibleServer database, ManagedRedis redis, KubernetesCluster cluster, PostgresBackupVault vault,
                       Tags tags) {
        ActionGroup owners = ActionGroup.Builder.create(stack, "owners")
            .name("ag-" + names.stem())
            .shortName(shortName(names))
            .resourceGroup(group)
            .emailAddresses(List.of(owner))
            .tags(tags)
            .build();
        var alerts = WorkloadAlerts.Builder.create(stack, "alerts")
            .namePrefix(names.stem())
            .resourceGroup(group)
            .actionGroup(owners)
            .sensitivity((tier != null ? tier : RecoveryTier.TIER_3).alertSensitivity())
            .logAnalyticsWorkspace(workspace)
            .tags(tags);
        if (database != null) {
            alerts.postgresServerId(database.id());
        }
        if (redis != null) {
            alerts.managedRedisId(redis.id());
        }
        if (cluster != null) {
            alerts.aksClusterId(cluster.id());
        }
        if (vault != null) {
            alerts.backupVaultId(vault.id());
        }
        alerts.build();
    }

    /** An action group's short name: at most 12 characters, from the unit's short name and environment code. */
    private static String shortName(Names names) {
        String name = names.shortName() + "-" + Naming.code(names.environment());
        return name.length() > 12 ? name.substring(0, 12) : name;
    }

    /**
     * The environment's budget, from the month it is created (or {@code budgets.start}, while that is ahead) through
     * {@code lastDay}, a temporary environment's last day ({@code null}: no end).
     */
    static void budget(Construct stack, Estate estate, String stackName, ResourceGroup group, int amount, String owner,
                       java.time.LocalDate lastDay) {
        Budget.Builder.create(stack, "budget")
            .name("budget-" + stackName)
            .resourceGroupId(group.id())
            .amount(amount)
            .startDate(estate.budgetStart())
            .lastDay(lastDay)
            .contactEmails(List.of(owner))
            .build();
    }

    private static List<String> zones(Blueprint blueprint) {
        return blueprint.zoneRedundant() ? List.of("1", "2", "3") : List.of();
    }
}
