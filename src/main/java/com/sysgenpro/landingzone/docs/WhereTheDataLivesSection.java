package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** "Where the data lives": one row per resource the environment's data or service depends on, with its protection. */
final class WhereTheDataLivesSection extends RunbookSection {

    WhereTheDataLivesSection(Page page) {
        super(page);
    }

    void write() {
        List<List<String>> rows = new ArrayList<>();
        f.server.ifPresentOrElse(server -> rows.add(row("PostgreSQL server", server, serverProtection(server))),
            () -> rows.add(List.of("PostgreSQL server", "none found", "", "no database server in this stack or a stack it reads", "")));
        f.database.ifPresent(database -> rows.add(row("Odoo database", database, f.server.map(server -> "on " + code(server.name()))
            .orElse("") + (f.serverShared() ? ", beside the other tenants' databases" : ""))));
        f.replica.ifPresent(replica -> rows.add(row("read replica", replica, replicaProtection(replica))));
        f.backupVault.ifPresent(vault -> rows.add(row("vaulted backups", vault, vaultProtection(vault))));
        if (f.filestore.isPresent() && f.storageAccount.isPresent()) {
            Located account = f.storageAccount.get();
            rows.add(List.of("filestore", code(account.name()) + ", container " + code(f.filestore.get().name()),
                Markdown.cell(account.location()), storageProtection(), f.filestore.get().where()));
        } else {
            f.storageAccount.ifPresent(account -> rows.add(row("storage", account, storageProtection())));
        }
        for (Located vault : f.keyVaults) {
            rows.add(row(vault.stackName().equals(f.stack.name()) ? "secrets" : "secrets (shared hosting)", vault, keyVaultProtection(vault)));
        }
        f.cluster.ifPresent(cluster -> rows.add(row("Kubernetes cluster", cluster, clusterProtection(cluster))));
        for (Located pool : f.tenantNodePools) {
            rows.add(row("dedicated node pool", pool, nodePoolProtection(pool)));
        }
        f.redis.ifPresent(redis -> rows.add(row("Managed Redis", redis, redisProtection(redis))));
        f.registry.ifPresent(registry -> rows.add(row("container registry (Odoo's images)", registry, registryProtection(registry))));
        ingress.hosts().forEach(host -> rows.add(List.of("Odoo address", code(host), "", ingressProtection(),
            f.ingresses.stream().filter(found -> OdooIngress.hostsOf(found).contains(host)).findFirst().map(Located::where).orElse(""))));
        f.workspace.ifPresent(workspace -> rows.add(row("logs", workspace, workspace.text("retention_in_days") == null ? ""
            : workspace.text("retention_in_days") + " d retention")));
        md.table(List.of("what", "Azure name", "region", "protection", "Terraform"), rows);
    }

    private static List<String> row(String what, Located resource, String protection) {
        return List.of(what, code(resource.name()), Markdown.cell(resource.location()), protection, resource.where());
    }

    private String serverProtection(Located server) {
        List<String> parts = new ArrayList<>();
        JsonNode ha = server.body().path("high_availability");
        if ("ZoneRedundant".equals(ha.path("mode").asText())) {
            parts.add("zone-redundant HA" + (ha.has("standby_availability_zone") ? " (standby in zone "
                + ha.path("standby_availability_zone").asText() + ")" : ""));
        } else if (ha.has("mode")) {
            parts.add(ha.path("mode").asText() + " HA (no protection against a zone outage)");
        } else {
            parts.add("no high availability");
        }
        parts.add(f.retentionDays() + " d point-in-time restore");
        parts.add(f.geoRedundantBackup() ? "geo-redundant backup" : "backups stay in " + server.location());
        f.serverLock.ifPresent(lock -> parts.add("delete lock " + code(lock.name())));
        if (server.body().path("lifecycle").path("prevent_destroy").asBoolean(false)) {
            parts.add("Terraform `prevent_destroy`");
        }
        if (!server.body().path("public_network_access_enabled").asBoolean(true)) {
            parts.add("private access only");
        }
        if (f.serverShared()) {
            parts.add("shared server");
        }
        return String.join("; ", parts);
    }

    private String replicaProtection(Located replica) {
        String text = "asynchronous replica of " + code(f.server.get().name());
        return text + f.virtualEndpoint.map(endpoint -> "; virtual endpoint " + code(endpoint.name()) + " ("
            + endpoint.text("type") + ")").orElse("; no virtual endpoint");
    }

    private String vaultProtection(Located vault) {
        List<String> parts = new ArrayList<>();
        f.backupPolicy.ifPresent(policy -> {
            JsonNode schedule = policy.body().path("backup_repeating_time_intervals");
            parts.add("policy " + code(policy.name()) + (schedule.isArray() && !schedule.isEmpty() ? ", schedule "
                + code(schedule.path(0).asText()) : ""));
        });
        if (f.longTermRetention() != null) {
            parts.add("kept " + code(f.longTermRetention()));
        }
        f.backupInstance.ifPresent(instance -> parts.add("backup instance " + code(instance.name())));
        parts.add(vault.text("redundancy") == null ? "redundancy not set" : vault.text("redundancy"));
        if (vault.body().path("cross_region_restore_enabled").asBoolean(false)) {
            parts.add("cross-region restore");
        }
        if (vault.text("soft_delete") != null) {
            parts.add("soft delete " + vault.text("soft_delete"));
        }
        if (vault.text("immutability") != null) {
            parts.add("immutability " + vault.text("immutability"));
        }
        return String.join("; ", parts);
    }

    private String storageProtection() {
        Located account = f.storageAccount.get();
        List<String> parts = new ArrayList<>();
        parts.add(account.text("account_replication_type"));
        JsonNode blob = account.body().path("blob_properties");
        if (blob.path("versioning_enabled").asBoolean(false)) {
            parts.add("blob versioning");
        }
        if (blob.path("delete_retention_policy").has("days")) {
            parts.add("deleted blobs kept " + blob.path("delete_retention_policy").path("days").asInt() + " d");
        }
        if (blob.path("container_delete_retention_policy").has("days")) {
            parts.add("deleted containers kept " + blob.path("container_delete_retention_policy").path("days").asInt() + " d");
        }
        if (blob.path("change_feed_enabled").asBoolean(false)) {
            parts.add("change feed" + (blob.has("change_feed_retention_in_days")
                ? " " + blob.path("change_feed_retention_in_days").asInt() + " d" : ""));
        }
        f.immutability.ifPresent(policy -> parts.add("container " + f.index().resolve(policy, "storage_container_resource_manager_id")
            .map(container -> code(container.name())).orElse("?") + " immutable " + policy.text("immutability_period_in_days") + " d"
            + (policy.body().path("locked").asBoolean(false) ? " (locked)" : " (unlocked)")));
        f.storageLock.ifPresent(lock -> parts.add("delete lock " + code(lock.name())));
        if (account.body().path("lifecycle").path("prevent_destroy").asBoolean(false)) {
            parts.add("Terraform `prevent_destroy`");
        }
        if (!account.body().path("public_network_access_enabled").asBoolean(true)) {
            parts.add("private endpoint only");
        }
        if (!account.stackName().equals(f.stack.name())) {
            parts.add("shared account");
        }
        return String.join("; ", parts);
    }

    private static String keyVaultProtection(Located vault) {
        List<String> parts = new ArrayList<>();
        parts.add("soft delete " + vault.body().path("soft_delete_retention_days").asInt(90) + " d");
        parts.add(vault.body().path("purge_protection_enabled").asBoolean(false) ? "purge protection" : "no purge protection");
        if (vault.body().path("rbac_authorization_enabled").asBoolean(false)) {
            parts.add("Azure RBAC");
        }
        if (!vault.body().path("public_network_access_enabled").asBoolean(true)) {
            // A vault that only holds keys for services in another region (the geo-backup key) has no endpoint:
            // only trusted Azure services reach it.
            parts.add(vault.resource().hasCompanion(ResourceTypes.PRIVATE_ENDPOINT) ? "private endpoint only"
                : "no public access and no private endpoint: reached only by trusted Azure services");
        }
        return String.join("; ", parts);
    }

    private String registryProtection(Located registry) {
        List<String> parts = new ArrayList<>();
        parts.add(registry.body().path("zone_redundancy_enabled").asBoolean(false) ? "zone-redundant" : "in one zone");
        List<String> replicas = f.registryReplicaRegions();
        parts.add(replicas.isEmpty() ? "no geo-replica: a region outage takes the images with it"
            : "geo-replica" + (replicas.size() == 1 ? "" : "s") + " in " + replicas.stream()
                .map(region -> region + (f.registryReplicaZoneRedundant(region) ? " (zone-redundant)" : ""))
                .collect(Collectors.joining(", ")));
        if (!f.registry.map(found -> found.stackName().equals(f.stack.name())).orElse(true)) {
            parts.add("shared registry");
        }
        return String.join("; ", parts);
    }

    private String clusterProtection(Located cluster) {
        List<String> parts = new ArrayList<>();
        JsonNode zones = cluster.body().path("default_node_pool").path("zones");
        parts.add(zones.isArray() && !zones.isEmpty() ? "system pool in zones " + join(zones) : "system pool in one zone");
        if (cluster.body().path("private_cluster_enabled").asBoolean(false)) {
            parts.add("private API server");
        }
        f.gitOps.ifPresent(flux -> parts.add("GitOps " + code(flux.name()) + " from " + gitOpsSource(flux)));
        parts.add("holds no data");
        if (f.clusterShared()) {
            parts.add("shared cluster");
        }
        return String.join("; ", parts);
    }

    private static String nodePoolProtection(Located pool) {
        JsonNode body = pool.body();
        List<String> parts = new ArrayList<>();
        parts.add(body.path("vm_size").asText() + " × " + body.path("min_count").asText() + "–" + body.path("max_count").asText());
        if (body.path("zones").isArray() && !body.path("zones").isEmpty()) {
            parts.add("zones " + join(body.path("zones")));
        }
        if (body.path("node_taints").isArray() && !body.path("node_taints").isEmpty()) {
            parts.add("taint " + code(join(body.path("node_taints"))));
        }
        return String.join("; ", parts);
    }

    private static String redisProtection(Located redis) {
        JsonNode body = redis.body();
        List<String> parts = new ArrayList<>();
        parts.add(body.path("high_availability_enabled").asBoolean(true) ? "high availability" : "no high availability");
        String rdb = body.path("default_database").path("persistence_redis_database_backup_frequency").asText(null);
        String aof = body.path("default_database").path("persistence_append_only_file_backup_frequency").asText(null);
        parts.add(rdb != null ? "RDB snapshot every " + rdb : aof != null ? "AOF every " + aof : "no persistence");
        parts.add("cache and sessions only: nothing to restore");
        return String.join("; ", parts);
    }

    private String ingressProtection() {
        List<String> parts = new ArrayList<>();
        f.traefik.ifPresent(traefik -> parts.add("Traefik " + code(traefik.text("version")) + " behind "
            + (ingress.internalLoadBalancer() ? "an internal" : "a public") + " load balancer"));
        ingress.issuer().ifPresent(issuer -> parts.add("certificate from ClusterIssuer " + code(issuer)
            + f.certManager.map(manager -> " (cert-manager " + code(manager.text("version")) + ")").orElse("")));
        return String.join("; ", parts);
    }
}
