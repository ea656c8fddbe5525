package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.connectivity.NetworkPeering;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.workload.ContainerRegistry;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import com.sysgenpro.landingzone.workload.ManagedRedis;
import com.sysgenpro.landingzone.workload.PostgresBackupVault;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServer;
import com.sysgenpro.landingzone.workload.StorageAccountProps;
import com.sysgenpro.landingzone.workload.WorkloadIdentity;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * The Terraform stack of one business unit's environment, {@code <bu>-<environment>}, by tenancy model:
 * <ul>
 *   <li>dedicated: its own network, Key Vault, cluster with registry (geo-replicated into the recovery region, with a
 *       private endpoint in the recovery network, for tier-1 and tier-2), PostgreSQL server (with a cross-region
 *       replica and vaulted backups where its tier needs them), storage, Redis, alerts and budget;</li>
 *   <li>semi-dedicated: a Key Vault, a node pool of its own on the shared cluster, its own PostgreSQL server and
 *       storage in the shared network, alerts and budget;</li>
 *   <li>shared: a Key Vault and a budget; its database and filestore live in the shared hosting stack.</li>
 * </ul>
 * With customer-managed keys ({@link Placement#customerManagedKeys()}) the storage account, the PostgreSQL server (its
 * geo-redundant backups with a key in the paired region, a replica with one in the recovery region) and a dedicated
 * cluster's OS disks are encrypted with keys of the environment's own ({@link EncryptionKeys}).
 * Every environment gets a workload identity for its namespace ({@code <bu>-<environment>}) on the cluster it runs on,
 * allowed to read its Key Vault's secrets; the namespace itself belongs to the cluster's in-cluster stack.
 * Construct ids are Terraform addresses: changing one moves state, so they are fixed strings.
 */
final class BusinessUnitEnvironmentStack extends TerraformStack {

    static final String MANAGED_BY = "odoo-landing-zones";

    private final Placement placement;
    private final Network network;
    private final KubernetesCluster cluster;
    private final ContainerRegistry registry;
    private final WorkloadIdentity identity;

    /**
     * @param connectivity the connectivity subscription of the layout; null without one (or without a layout)
     */
    BusinessUnitEnvironmentStack(Construct scope, Estate estate, Placement placement, SharedHostingStack shared,
                                 PlannedSubscription subscription, PlannedSubscription connectivity) {
        super(scope, placement.stackName());
        this.placement = placement;
        BusinessUnit unit = placement.unit();
        Environment environment = placement.environment();
        Blueprint blueprint = placement.blueprint();
        RecoverySettings recovery = placement.recoverySettings();
        StackDefaults.apply(this, placement.stackName(), blueprint.remoteState() ? estate.stateBackend() : null,
            StackDefaults.subscriptionId(this, estate, subscription, environment.subscriptionId()), subscription != null);
        Hosting.Names names = new Hosting.Names(estate.prefix(), unit.name(), unit.shortName(), environment.name(), placement.region());
        Tags tags = EstateTags.unit(estate, placement);
        boolean peered = Connectivity.peers(estate, blueprint);
        Connectivity.Attachment attachment = peered ? Connectivity.attach(this, estate, connectivity) : null;

        ResourceGroup group = ResourceGroup.Builder.create(this, "workload")
            .name("rg-" + names.stem())
            .region(placement.region())
            .tags(tags)
            .build();

        Network network;
        LogAnalyticsWorkspaceReference workspace;
        KubernetesCluster cluster = null;
        ContainerRegistry pullsFrom;
        KubernetesCluster runsOn;
        ManagedRedis redis = null;
        boolean customerManagedKeys = placement.customerManagedKeys();
        KeyVault keyVault = null;
        EncryptionKeys keys = null;
        if (placement.tenancy() == TenancyModel.DEDICATED) {
            LogAnalyticsWorkspace logs = Hosting.logs(this, names, group, blueprint);
            workspace = logs;
            network = Hosting.network(this, "network", "vnet-" + names.stem(), group, environment.addressSpace(),
                blueprint.publicIngress(), workspace, tags, peered, Set.of(),
                attachment != null && Connectivity.routesEgress(estate, blueprint) ? attachment.firewallPrivateIp(placement.region()) : null);
            if (attachment != null) {
                attachment.connect("network", network, placement.region(), tags);
            }
            if (customerManagedKeys) {
                // The cluster's disk key lives in the vault, which must come first.
                keyVault = Hosting.keyVault(this, estate, names, group, blueprint, network, workspace, tags, true);
                keys = new EncryptionKeys(this, estate, names, keyVault, workspace, blueprint.deletionProtection(), tags);
            }
            Hosting.Cluster hosted = Hosting.cluster(this, estate, names, group, blueprint, network, workspace, tags,
                placement.maintenanceWindow(estate), Hosting.registryReplicas(blueprint,
                    placement.registryReplica() ? List.of(placement.recoveryRegion().orElseThrow()) : List.of()), keys,
                Hosting.odooPool(blueprint, environment.size()));
            cluster = hosted.cluster();
            pullsFrom = hosted.registry();
            redis = Hosting.redis(this, names, group, blueprint, network, workspace, tags,
                environment.size().redisSku() != null ? environment.size().redisSku() : blueprint.redisSku());
            runsOn = cluster;
        } else {
            network = shared.network();
            workspace = shared.logs();
            pullsFrom = shared.registry();
            if (placement.tenancy() == TenancyModel.SEMI_DEDICATED) {
                Hosting.dedicatedPool(this, placement, shared.cluster(), blueprint, tags);
            }
            runsOn = shared.cluster();
        }
        if (keyVault == null) {
            keyVault = Hosting.keyVault(this, estate, names, group, blueprint, network, workspace, tags, customerManagedKeys);
        }
        if (customerManagedKeys && keys == null) {
            keys = new EncryptionKeys(this, estate, names, keyVault, workspace, blueprint.deletionProtection(), tags);
        }
        this.network = network;
        this.cluster = cluster;
        this.registry = pullsFrom;
        this.identity = WorkloadIdentity.Builder.create(this, "workload-identity")
            .name("id-" + names.stem())
            .resourceGroup(group)
            .cluster(runsOn)
            .namespace(placement.stackName())
            .tags(tags)
            .build();
        identity.grantKeyVaultSecretsRead(keyVault);

        PostgresFlexibleServer database = null;
        PostgresBackupVault vault = null;
        if (placement.ownDatabaseServer()) {
            database = Hosting.database(this, estate, names, group, blueprint, recovery, network, workspace, tags, List.of("odoo"),
                placement.maintenanceWindow(estate), keys, Hosting.postgresSku(blueprint, environment.size()),
                Hosting.maxConnections(environment.size()));
            if (placement.recoveryNetwork()) {
                AzureRegion recoveryRegion = placement.recoveryRegion().orElseThrow();
                // The cluster the runbook rebuilds here sends its internet traffic to the recovery region's firewall,
                // which every hub with spokes has (this network is one), as the primary network's does to its own.
                Hosting.Recovery recoveryNetwork = Hosting.recovery(this, names, recoveryRegion,
                    environment.recoveryAddressSpace(), workspace, tags, peered, placement.registryReplica(),
                    attachment != null && Connectivity.routesEgress(estate, blueprint) ? attachment.firewallPrivateIp(recoveryRegion) : null);
                if (attachment != null) {
                    // Through the recovery region's hub from there, and straight to where Odoo runs now: the promoted
                    // replica and the registry's endpoint must be reached from the primary network before and after a failover.
                    attachment.connect("recovery-network", recoveryNetwork.network(), recoveryRegion, tags);
                    new NetworkPeering(this, "recovery-peering", VirtualNetworkReference.of(network), null,
                        VirtualNetworkReference.of(recoveryNetwork.network()), null, NetworkPeering.Forwarding.NONE);
                }
                if (placement.crossRegionReplica()) {
                    Hosting.replica(this, names, database, recoveryNetwork, workspace, tags, keys);
                }
                // The registry (its own, or the shared hosting's for semi-dedicated) replicates into this region: reach it here.
                if (placement.registryReplica()) {
                    if (placement.tenancy() == TenancyModel.DEDICATED) {
                        Hosting.registryRecoveryEndpoint(pullsFrom, "PrivateEndpoint-recovery", pullsFrom, recoveryNetwork);
                    } else {
                        Hosting.registryRecoveryEndpoint(this, "registry-recovery-endpoint", pullsFrom, recoveryNetwork);
                    }
                }
            }
            if (recovery.longTermRetentionMonths() > 0) {
                vault = Hosting.vault(this, estate, names, group, database, recovery, workspace, tags);
            }
            Hosting.storage(this, estate, names, group, blueprint, recovery, network, workspace, tags,
                StorageAccountProps.DEFAULT_CONTAINERS, keys);
        }
        // Outside its operating hours the environment's own cluster and server stop (what is shared stops with its hosting).
        KubernetesCluster ownCluster = cluster;
        PostgresFlexibleServer ownServer = database;
        ScheduledShutdown.of(estate, placement).ifPresent(schedule ->
            ScheduledShutdown.add(this, estate, schedule, group, ownCluster, ownServer, tags));
        if (blueprint.alerts() && placement.tenancy() != TenancyModel.SHARED) {
            Hosting.alerts(this, names, group, unit.owner(), placement.recoveryTier().orElse(null), workspace, database, redis, cluster,
                vault, tags);
        }
        // A tenant of a shared hosting: its allocated share is watched by its share budget there, this one watches the rest.
        Hosting.budget(this, estate, placement.stackName(), group,
            ShowbackKey.tenant(placement) ? ShowbackKey.ownAllotment(placement) : placement.monthlyBudget(), unit.owner(),
            environment.expires());
    }

    Placement placement() {
        return placement;
    }

    /** The network the environment's data services are in: its own when dedicated, else the shared one. */
    Network network() {
        return network;
    }

    /** The registry the environment's cluster pulls from: its own when dedicated, else the shared one. */
    ContainerRegistry registry() {
        return registry;
    }

    /** The environment's own cluster; null unless dedicated. */
    KubernetesCluster cluster() {
        return cluster;
    }

    /** The identity Odoo's pods act as, federated with the namespace named after the stack. */
    WorkloadIdentity identity() {
        return identity;
    }

}
