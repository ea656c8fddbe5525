package com.sysgenpro.landingzone.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.SharedTenantNames;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one business unit's environment runs on, found in the synthesized output: its own stack's resources and,
 * for shared and semi-dedicated tenancy, those of the shared hosting stack it reads through remote state, plus its
 * tenant namespace in an in-cluster stack. Found by following Terraform references, so the documents describe what
 * was emitted, not what the estate intended.
 */
final class Footprint {

    /** What the synthesizer calls a filestore container of a unit of its own, and the prefix in a shared account. */
    static final String FILESTORE = "filestore";

    final SynthesizedStack stack;
    final StackContext context;
    final List<SynthesizedStack> hosting;
    final Optional<Located> server;
    final Optional<Located> database;
    final Optional<Located> replica;
    final Optional<Located> virtualEndpoint;
    final Optional<Located> serverLock;
    final Optional<Located> backupInstance;
    final Optional<Located> backupVault;
    final Optional<Located> backupPolicy;
    final Optional<Located> filestore;
    final Optional<Located> storageAccount;
    final Optional<Located> immutability;
    final Optional<Located> storageLock;
    final List<Located> keyVaults;
    final Optional<Located> cluster;
    final List<Located> tenantNodePools;
    final Optional<Located> gitOps;
    final Optional<Located> redis;
    /** The registry the environment's cluster pulls Odoo's images from: its own, else its shared hosting's. */
    final Optional<Located> registry;
    final List<Located> networks;
    final List<Located> privateDnsZones;
    final Optional<Located> workspace;
    final Optional<SynthesizedStack> inCluster;
    final Optional<Located> namespace;
    final List<Located> ingresses;
    final Optional<Located> traefik;
    final Optional<Located> certManager;
    /** The other business-unit environments whose database and filestore are on the same shared server and account. */
    final List<SynthesizedStack> dataTenants;
    /** The other business-unit environments on the same shared cluster and network. */
    final List<SynthesizedStack> clusterTenants;
    final List<Located> alerts;

    private final OutputIndex index;

    Footprint(OutputIndex index, SynthesizedStack stack) {
        this.index = index;
        this.stack = stack;
        this.context = stack.context();
        this.hosting = index.referencedStacks(stack).stream()
            .filter(other -> other.context().kind() == StackKind.SHARED_HOSTING).toList();

        Optional<Located> ownServer = index.resources(stack, ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER).stream()
            .filter(server -> !isReplica(server)).findFirst();
        Optional<Located> sharedDatabase = ownServer.isPresent() ? Optional.empty() : hostedDatabase();
        this.server = ownServer.isPresent() ? ownServer : sharedDatabase.flatMap(database -> index.resolve(database, "server_id"));
        this.database = ownServer.isPresent()
            ? ownServer.flatMap(own -> index.first(stack, ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_DATABASE,
                database -> index.refersTo(database, "server_id", own)))
            : sharedDatabase;
        this.replica = server.flatMap(primary -> index.first(primary.stack(), ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER,
            candidate -> isReplica(candidate) && index.refersTo(candidate, "source_server_id", primary)));
        this.virtualEndpoint = server.flatMap(primary -> index.first(primary.stack(),
            ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_VIRTUAL_ENDPOINT, endpoint -> index.refersTo(endpoint, "source_server_id", primary)));
        this.serverLock = server.flatMap(primary -> index.first(primary.stack(), ResourceTypes.MANAGEMENT_LOCK,
            lock -> index.refersTo(lock, "scope", primary)));
        this.backupInstance = server.flatMap(primary -> index.first(primary.stack(),
            ResourceTypes.DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER, instance -> index.refersTo(instance, "server_id", primary)));
        this.backupVault = backupInstance.flatMap(instance -> index.resolve(instance, "vault_id"));
        this.backupPolicy = backupInstance.flatMap(instance -> index.resolve(instance, "backup_policy_id"));

        Optional<Located> ownFilestore = index.first(stack, ResourceTypes.STORAGE_CONTAINER, container -> FILESTORE.equals(container.name()));
        this.filestore = ownFilestore.isPresent() ? ownFilestore : hosting.stream()
            .flatMap(other -> index.resources(other, ResourceTypes.STORAGE_CONTAINER).stream())
            .filter(container -> context.businessUnit() != null && context.environment() != null && context.blueprint() != null
                && SharedTenantNames.filestoreContainer(context.businessUnit(), context.environment(), context.blueprint())
                    .equals(container.name())).findFirst();
        Optional<Located> account = filestore.flatMap(container -> index.resolve(container, "storage_account_id"));
        this.storageAccount = account.isPresent() ? account : index.resources(stack, ResourceTypes.STORAGE_ACCOUNT).stream().findFirst();
        this.immutability = storageAccount.flatMap(storage -> index.resources(storage.stack(), ResourceTypes.STORAGE_CONTAINER_IMMUTABILITY_POLICY)
            .stream().filter(policy -> index.resolve(policy, "storage_container_resource_manager_id")
                .flatMap(container -> index.resolve(container, "storage_account_id"))
                .filter(owner -> owner.address().equals(storage.address()) && owner.stackName().equals(storage.stackName())).isPresent())
            .findFirst());
        this.storageLock = storageAccount.flatMap(storage -> index.first(storage.stack(), ResourceTypes.MANAGEMENT_LOCK,
            lock -> index.refersTo(lock, "scope", storage)));

        List<Located> vaults = new ArrayList<>(index.resources(stack, ResourceTypes.KEY_VAULT));
        hosting.forEach(other -> vaults.addAll(index.resources(other, ResourceTypes.KEY_VAULT)));
        this.keyVaults = List.copyOf(vaults);

        Optional<Located> ownCluster = index.resources(stack, ResourceTypes.KUBERNETES_CLUSTER).stream().findFirst();
        this.tenantNodePools = index.resources(stack, ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL).stream()
            .filter(pool -> !index.resolve(pool, "kubernetes_cluster_id").map(Located::stackName).orElse(stack.name()).equals(stack.name()))
            .toList();
        this.cluster = ownCluster.isPresent() ? ownCluster : Stream.concat(
                tenantNodePools.stream().map(pool -> index.resolve(pool, "kubernetes_cluster_id")),
                index.resources(stack, ResourceTypes.FEDERATED_IDENTITY_CREDENTIAL).stream().map(credential -> index.resolve(credential, "issuer")))
            .flatMap(Optional::stream).filter(found -> found.type().equals(ResourceTypes.KUBERNETES_CLUSTER)).findFirst();
        this.gitOps = cluster.flatMap(aks -> index.first(aks.stack(), ResourceTypes.KUBERNETES_FLUX_CONFIGURATION,
            flux -> index.refersTo(flux, "cluster_id", aks)));
        Optional<Located> ownRedis = index.resources(stack, ResourceTypes.MANAGED_REDIS).stream().findFirst();
        this.redis = ownRedis.isPresent() ? ownRedis : hosting.stream()
            .flatMap(other -> index.resources(other, ResourceTypes.MANAGED_REDIS).stream()).findFirst();

        Optional<Located> ownRegistry = index.resources(stack, ResourceTypes.CONTAINER_REGISTRY).stream().findFirst();
        this.registry = ownRegistry.isPresent() ? ownRegistry : hosting.stream()
            .flatMap(other -> index.resources(other, ResourceTypes.CONTAINER_REGISTRY).stream()).findFirst();

        List<Located> ownNetworks = index.resources(stack, ResourceTypes.VIRTUAL_NETWORK);
        this.networks = !ownNetworks.isEmpty() ? ownNetworks : hosting.stream()
            .flatMap(other -> index.resources(other, ResourceTypes.VIRTUAL_NETWORK).stream()).toList();
        this.privateDnsZones = networks.stream().map(Located::stack).distinct()
            .flatMap(owner -> index.resources(owner, ResourceTypes.PRIVATE_DNS_ZONE).stream()).toList();
        Optional<Located> ownWorkspace = index.resources(stack, ResourceTypes.LOG_ANALYTICS_WORKSPACE).stream().findFirst();
        this.workspace = ownWorkspace.isPresent() ? ownWorkspace : index.resources(stack, ResourceTypes.MONITOR_DIAGNOSTIC_SETTING).stream()
            .map(setting -> index.resolve(setting, "log_analytics_workspace_id")).flatMap(Optional::stream).findFirst();

        Optional<Located> tenantNamespace = index.stacks(StackKind.IN_CLUSTER).stream()
            .flatMap(inClusterStack -> index.resources(inClusterStack, "kubernetes_namespace_v1").stream())
            .filter(this::isTenantNamespace).findFirst();
        this.namespace = tenantNamespace;
        this.inCluster = tenantNamespace.map(Located::stack);
        this.ingresses = tenantNamespace.map(ns -> index.resources(ns.stack(), "kubernetes_ingress_v1").stream()
            .filter(ingress -> ingress.body().path("metadata").path("namespace").asText().contains(ns.address() + "."))
            .toList()).orElse(List.of());
        this.traefik = inCluster.flatMap(inClusterStack -> index.first(inClusterStack, "helm_release",
            release -> "traefik".equals(release.text("chart"))));
        this.certManager = inCluster.flatMap(inClusterStack -> index.first(inClusterStack, "helm_release",
            release -> "cert-manager".equals(release.text("chart"))));

        List<SynthesizedStack> coTenants = hosting.stream().flatMap(other -> index.referencing(other).stream())
            .filter(other -> other.context().kind() == StackKind.BUSINESS_UNIT && !other.name().equals(stack.name()))
            .distinct().sorted(java.util.Comparator.comparing(SynthesizedStack::name)).toList();
        this.clusterTenants = cluster.isPresent() && !cluster.get().stackName().equals(stack.name()) ? coTenants.stream()
            .filter(other -> index.resources(other, ResourceTypes.KUBERNETES_CLUSTER).isEmpty()).toList() : List.of();
        this.dataTenants = server.isPresent() && !server.get().stackName().equals(stack.name()) ? coTenants.stream()
            .filter(other -> index.resources(other, ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER).stream().allMatch(Footprint::isReplica))
            .toList() : List.of();
        this.alerts = Stream.concat(index.resources(stack, ResourceTypes.MONITOR_METRIC_ALERT).stream(),
            index.resources(stack, ResourceTypes.MONITOR_SCHEDULED_QUERY_RULES_ALERT_V2).stream()).toList();
    }

    private static boolean isReplica(Located server) {
        return "Replica".equalsIgnoreCase(Objects.requireNonNullElse(server.text("create_mode"), ""));
    }

    /** A shared environment's database on the hosting's server, named as {@link SharedTenantNames} names it. */
    private Optional<Located> hostedDatabase() {
        if (context.businessUnit() == null || context.environment() == null || context.blueprint() == null) {
            return Optional.empty();
        }
        String name = SharedTenantNames.database(context.businessUnit(), context.environment(), context.blueprint());
        return hosting.stream().flatMap(other -> index.resources(other, ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_DATABASE).stream())
            .filter(database -> name.equals(database.name())).findFirst();
    }

    private boolean isTenantNamespace(Located namespace) {
        JsonNode labels = namespace.body().path("metadata").path("labels");
        return context.businessUnit() != null && context.businessUnit().equals(labels.path("business-unit").asText(null))
            && context.environment() != null && context.environment().equals(labels.path("environment").asText(null));
    }

    OutputIndex index() {
        return index;
    }

    /** Whether the database server lives in another stack (shared hosting). */
    boolean serverShared() {
        return server.map(found -> !found.stackName().equals(stack.name())).orElse(false);
    }

    /** The recovery tier the environment commits to, if it names a known one. */
    Optional<RecoveryTier> recoveryTier() {
        return context.tier().flatMap(RecoveryTier::find);
    }

    /** The stacks to apply, in order: the shared hosting, the environment's own, then its in-cluster stack. */
    List<String> applyOrder() {
        List<String> order = new ArrayList<>();
        hosting.forEach(host -> order.add(host.name()));
        order.add(stack.name());
        inCluster.ifPresent(inClusterStack -> order.add(inClusterStack.name()));
        return order;
    }

    /** Whether the cluster lives in another stack (shared or semi-dedicated hosting). */
    boolean clusterShared() {
        return cluster.map(found -> !found.stackName().equals(stack.name())).orElse(false);
    }

    /** The region most of the environment runs in: its database's, else its cluster's, key vault's or group's. */
    String primaryRegion() {
        return Stream.of(server, cluster, keyVaults.stream().findFirst(),
                index.resources(stack, ResourceTypes.RESOURCE_GROUP).stream().findFirst())
            .flatMap(Optional::stream).map(Located::location).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The region a replica or a recovery network stands ready in, if any; else the one region the registry replicates
     * into (a shared registry replicating into several serves tenants recovering in each, and which is this one's the
     * output does not say).
     */
    Optional<String> recoveryRegion() {
        String primary = primaryRegion();
        Optional<String> ready = Stream.concat(replica.stream(), networks.stream()).map(Located::location)
            .filter(region -> region != null && !region.equals(primary)).findFirst();
        if (ready.isPresent()) {
            return ready;
        }
        List<String> replicas = registryReplicaRegions();
        return replicas.size() == 1 && !replicas.get(0).equals(primary) ? Optional.of(replicas.get(0)) : Optional.empty();
    }

    /** The regions the registry keeps geo-replicas in, as written. */
    List<String> registryReplicaRegions() {
        List<String> regions = new ArrayList<>();
        registry.ifPresent(found -> {
            JsonNode replicas = found.body().path("georeplications");
            for (JsonNode replica : replicas.isArray() ? replicas : List.of(replicas)) {
                if (replica.path("location").isTextual()) {
                    regions.add(replica.path("location").asText());
                }
            }
        });
        return regions;
    }

    /** Whether the registry's replica in {@code region} is zone-redundant. */
    boolean registryReplicaZoneRedundant(String region) {
        return registry.map(found -> {
            JsonNode replicas = found.body().path("georeplications");
            for (JsonNode replica : replicas.isArray() ? replicas : List.of(replicas)) {
                if (region.equals(replica.path("location").asText(null))) {
                    return replica.path("zone_redundancy_enabled").asBoolean(false);
                }
            }
            return false;
        }).orElse(false);
    }

    /** The registry's private endpoint in {@code region}, in this environment's stack or the registry's. */
    Optional<Located> registryEndpoint(String region) {
        return registry.flatMap(found -> Stream.of(stack, found.stack()).distinct()
            .flatMap(owner -> index.resources(owner, ResourceTypes.PRIVATE_ENDPOINT).stream())
            .filter(endpoint -> region.equals(endpoint.location()) && index.refersTo(endpoint, "private_service_connection", found))
            .findFirst());
    }

    /** The network in the primary region, and the one standing ready in the recovery region, if any. */
    Optional<Located> network() {
        String primary = primaryRegion();
        return networks.stream().filter(network -> Objects.equals(network.location(), primary)).findFirst()
            .or(() -> networks.stream().findFirst());
    }

    Optional<Located> recoveryNetwork() {
        return recoveryRegion().flatMap(region -> networks.stream().filter(network -> region.equals(network.location())).findFirst());
    }

    /** The subnets of {@code network}, ordered by address. */
    List<Located> subnets(Located network) {
        return index.resources(network.stack(), ResourceTypes.SUBNET).stream()
            .filter(subnet -> index.refersTo(subnet, "virtual_network_name", network)).toList();
    }

    /** The private DNS zone for PostgreSQL's VNet integration in {@code network}'s region, if emitted. */
    Optional<Located> postgresZone(Located network) {
        return index.resources(network.stack(), ResourceTypes.PRIVATE_DNS_ZONE).stream()
            .filter(zone -> zone.name().endsWith(".private.postgres.database.azure.com") && zone.name().startsWith(network.name() + "."))
            .findFirst();
    }

    /** How the filestore replicates; {@code null} without a storage account. */
    StorageReplication storageReplication() {
        String type = storageAccount.map(account -> account.text("account_replication_type")).orElse(null);
        if (type == null) {
            return null;
        }
        for (StorageReplication replication : StorageReplication.values()) {
            if (replication.terraformValue().equalsIgnoreCase(type)) {
                return replication;
            }
        }
        // GRS and RA-GRS keep one zone's copies in the primary region: judged like LRS there, which is the safe side.
        return StorageReplication.LRS;
    }

    /** Whether the filestore keeps a copy in the paired region (GZRS, RA-GZRS) that a failover can bring up. */
    boolean geoRedundantStorage() {
        StorageReplication replication = storageReplication();
        return replication == StorageReplication.GZRS || replication == StorageReplication.RAGZRS;
    }

    /** Whether {@code cluster}'s system pool or any pool the output gives it has encryption at host on. */
    boolean encryptsAtHost(Located cluster) {
        JsonNode system = cluster.body().path("default_node_pool");
        if (TerraformJson.block(system).path("host_encryption_enabled").asBoolean(false)) {
            return true;
        }
        List<Located> pools = new ArrayList<>(tenantNodePools);
        index.resources(cluster.stack(), ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL).stream()
            .filter(pool -> index.refersTo(pool, "kubernetes_cluster_id", cluster)).forEach(pools::add);
        return pools.stream().anyMatch(pool -> pool.body().path("host_encryption_enabled").asBoolean(false));
    }

    boolean highAvailability() {
        return server.map(found -> "ZoneRedundant".equals(found.body().path("high_availability").path("mode").asText())).orElse(false);
    }

    /** Days of point-in-time restore; azurerm's default of 7 when the argument is absent. */
    int retentionDays() {
        return server.map(found -> found.body().path("backup_retention_days").asInt(7)).orElse(0);
    }

    boolean geoRedundantBackup() {
        return server.map(found -> found.body().path("geo_redundant_backup_enabled").asBoolean(false)).orElse(false);
    }

    boolean crossRegionReplica() {
        return replica.map(found -> !Objects.equals(found.location(), server.get().location())).orElse(false);
    }

    /** Months the vaulted backups are kept, from the policy's default retention (ISO 8601, e.g. {@code P12M}). */
    int longTermRetentionMonths() {
        return backupPolicy.map(policy -> {
            int months = 0;
            for (JsonNode lifeCycle : policy.body().path("default_retention_rule").path("life_cycle")) {
                if ("VaultStore".equals(lifeCycle.path("data_store_type").asText())) {
                    months = Math.max(months, months(lifeCycle.path("duration").asText()));
                }
            }
            return months;
        }).orElse(0);
    }

    /** The vault's retention as written, e.g. {@code P12M}. */
    String longTermRetention() {
        return backupPolicy.map(policy -> {
            for (JsonNode lifeCycle : policy.body().path("default_retention_rule").path("life_cycle")) {
                if ("VaultStore".equals(lifeCycle.path("data_store_type").asText())) {
                    return lifeCycle.path("duration").asText();
                }
            }
            return null;
        }).orElse(null);
    }

    /** Whether the vaulted backups can be restored in the paired region too (geo-redundant, cross-region restore on). */
    boolean vaultedBackupsSurviveRegion() {
        return backupVault.map(vault -> "GeoRedundant".equals(vault.text("redundancy"))
            && vault.body().path("cross_region_restore_enabled").asBoolean(false)).orElse(false);
    }

    private static int months(String duration) {
        try {
            Period period = Period.parse(duration.toUpperCase(Locale.ROOT));
            return (int) period.toTotalMonths() + period.getDays() / 30;
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    /**
     * The recovery settings the emitted resources give, for {@code RecoveryAssessment}; empty without a database, the
     * one thing every recovery scenario is about. Without a filestore, storage is taken not to limit recovery.
     */
    Optional<RecoverySettings> recoverySettings() {
        if (server.isEmpty()) {
            return Optional.empty();
        }
        StorageReplication replication = storageReplication();
        // Non-production committed to tier-3 recovers rebuild-first, as the synthesizer assessed it.
        boolean rebuildFirst = !context.production() && context.tier().filter("tier-3"::equals).isPresent();
        return Optional.of(new RecoverySettings(highAvailability(), retentionDays(), geoRedundantBackup(), crossRegionReplica(),
            replication == null ? StorageReplication.RAGZRS : replication, longTermRetentionMonths(), rebuildFirst));
    }

    /** The Azure name of the resource's resource group, or a placeholder when the JSON does not say. */
    String group(Located resource) {
        String group = index.resourceGroup(resource);
        return group == null ? "<resource group of " + resource.name() + ">" : group;
    }
}
