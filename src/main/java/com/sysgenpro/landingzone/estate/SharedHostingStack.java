package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.workload.ContainerRegistry;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import com.sysgenpro.landingzone.workload.ManagedRedis;
import com.sysgenpro.landingzone.workload.PostgresBackupVault;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServer;
import com.sysgenpro.landingzone.workload.StorageAccountProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * The shared hosting of one environment class in one region ({@link SharedHosting#stackName()}): network, cluster,
 * Redis and Key Vault for every shared and semi-dedicated environment of the class in that region, and the PostgreSQL
 * server and storage account holding the shared environments' databases and filestores
 * ({@link Placement#sharedDatabaseName()}, {@link Placement#filestoreContainer()}). Semi-dedicated units'
 * stacks add their node pools and servers to its network and cluster through cross-stack references. When a
 * semi-dedicated tenant encrypts with customer-managed keys ({@link SharedHosting#customerManagedKeys()}), the
 * cluster's OS disks, its node pool's included, are encrypted with a key in this stack's vault: AKS sets one disk
 * encryption set for a whole cluster. The shared server and storage keep service-managed keys.
 */
final class SharedHostingStack extends TerraformStack {

    private final Network network;
    private final KubernetesCluster cluster;
    private final ContainerRegistry registry;
    private final LogAnalyticsWorkspace logs;
    private final SharedHosting hosting;

    /** @param connectivity the connectivity subscription of the layout; null without one (or without a layout) */
    SharedHostingStack(Construct scope, Estate estate, SharedHosting hosting, PlannedSubscription subscription,
                       PlannedSubscription connectivity) {
        super(scope, hosting.stackName());
        this.hosting = hosting;
        Blueprint blueprint = hosting.blueprint();
        StackDefaults.apply(this, hosting.stackName(), blueprint.remoteState() ? estate.stateBackend() : null,
            StackDefaults.subscriptionId(this, estate, subscription, null), subscription != null);
        Hosting.Names names = new Hosting.Names(estate.prefix(), Naming.SHARED, hosting.shortName(), blueprint.name(), hosting.region());
        Tags tags = EstateTags.shared(estate, hosting);
        ResourceGroup group = ResourceGroup.Builder.create(this, "hosting")
            .name("rg-" + names.stem())
            .region(hosting.region())
            .tags(tags)
            .build();
        logs = Hosting.logs(this, names, group, blueprint);
        boolean peered = Connectivity.peers(estate, blueprint);
        Connectivity.Attachment attachment = peered ? Connectivity.attach(this, estate, connectivity) : null;
        network = Hosting.network(this, "network", "vnet-" + names.stem(), group, estate.sharedNetwork(blueprint.name(), hosting.region()).orElseThrow(),
            blueprint.publicIngress(), logs, tags, peered, Set.of(),
            attachment != null && Connectivity.routesEgress(estate, blueprint) ? attachment.firewallPrivateIp(hosting.region()) : null);
        if (attachment != null) {
            attachment.connect("network", network, hosting.region(), tags);
        }
        boolean customerManagedKeys = hosting.customerManagedKeys();
        var keyVault = Hosting.keyVault(this, estate, names, group, blueprint, network, logs, tags, customerManagedKeys);
        EncryptionKeys keys = customerManagedKeys
            ? new EncryptionKeys(this, estate, names, keyVault, logs, blueprint.deletionProtection(), tags) : null;
        // Every tenant's images are in this registry: it replicates into each tiered production tenant's recovery region.
        // The pool, server and cache grow with the tenants, within what the blueprint allows (SharedCapacity).
        SharedCapacity capacity = hosting.capacity();
        Hosting.Cluster hosted = Hosting.cluster(this, estate, names, group, blueprint, network, logs, tags, estate.maintenanceWindow(),
            Hosting.registryReplicas(blueprint, hosting.registryReplicaRegions()), keys, capacity.pool());
        cluster = hosted.cluster();
        registry = hosted.registry();
        ManagedRedis redis = Hosting.redis(this, names, group, blueprint, network, logs, tags, capacity.redisSku());

        List<String> databases = new ArrayList<>();
        List<String> containers = new ArrayList<>(StorageAccountProps.DEFAULT_CONTAINERS);
        for (Placement tenant : hosting.dataTenants()) {
            databases.add(tenant.sharedDatabaseName().orElseThrow());
            containers.add(tenant.filestoreContainer().orElseThrow());
        }
        PostgresFlexibleServer database = null;
        PostgresBackupVault vault = null;
        if (!databases.isEmpty()) {
            database = Hosting.database(this, estate, names, group, blueprint, hosting.recoverySettings(), network, logs, tags, databases,
                estate.maintenanceWindow(), null, capacity.postgresSku(), capacity.maxConnections());
            if (hosting.recoverySettings().longTermRetentionMonths() > 0) {
                vault = Hosting.vault(this, estate, names, group, database, hosting.recoverySettings(), logs, tags);
            }
            Hosting.storage(this, estate, names, group, blueprint, hosting.recoverySettings(), network, logs, tags, containers, null);
        }
        // Only when every tenant has operating hours in one time zone: the union of their windows.
        PostgresFlexibleServer sharedServer = database;
        ScheduledShutdown.of(estate, hosting).ifPresent(schedule ->
            ScheduledShutdown.add(this, estate, schedule, group, cluster, sharedServer, tags));
        if (blueprint.alerts()) {
            Hosting.alerts(this, names, group, estate.platformOwner(), hosting.recoveryTier(), logs, database, redis, cluster, vault, tags);
        }
        ShowbackBudgets.add(this, estate, hosting, group, cluster);
    }

    Network network() {
        return network;
    }

    KubernetesCluster cluster() {
        return cluster;
    }

    /** The registry every tenant's cluster pulls from. */
    ContainerRegistry registry() {
        return registry;
    }

    LogAnalyticsWorkspace logs() {
        return logs;
    }

    SharedHosting hosting() {
        return hosting;
    }
}
