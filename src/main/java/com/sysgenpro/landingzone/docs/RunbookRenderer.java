package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryAssessment;
import com.sysgenpro.landingzone.blueprint.RecoveryAssessment.Scenario;
import com.sysgenpro.landingzone.blueprint.RecoveryObjective;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.preview.RunningHours;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes one business unit environment's disaster-recovery runbook from its {@link Footprint}. */
final class RunbookRenderer {

    /** Where commands expect the synthesized stacks: {@code ./lz synth}'s default output directory. */
    static final String OUT = "cdktf.out";

    private final Footprint f;
    /** The recovery network's peerings, route and zone, when it is peered with a hub; empty otherwise. */
    private final Optional<RecoveryNetworking> networking;
    private final Markdown md = new Markdown();
    private final Set<String> sources = new LinkedHashSet<>();

    private RunbookRenderer(Footprint footprint) {
        this.f = footprint;
        this.networking = RecoveryNetworking.of(footprint);
    }

    static String render(Footprint footprint) {
        return new RunbookRenderer(footprint).render();
    }

    private String render() {
        md.line(Runbook.MARKER);
        md.heading(1, "Disaster-recovery runbook: " + f.stack.name());
        md.paragraph("Business unit **" + f.context.businessUnit() + "**, environment **" + f.context.environment() + "**. Every"
            + " name below is read from the synthesized Terraform, so regenerate this runbook (`./lz runbook`) after every change"
            + " to the estate. Commands assume `az login` with access to the subscription, Terraform 1.5 or newer, and the"
            + " stacks as `./lz synth` writes them to `" + OUT + "/`.");
        List<String> missing = f.index().missingStacks(f.stack);
        if (!missing.isEmpty()) {
            md.paragraph("**Incomplete output:** " + code(f.stack.name()) + " reads " + missing.stream().map(Markdown::code)
                .collect(Collectors.joining(", ")) + " through remote state, but the synthesized output does not hold "
                + (missing.size() == 1 ? "it" : "them") + " (`./lz synth --stack` writes only the stacks it names), so what"
                + " lives there is missing below. Synthesize the whole estate with `./lz synth` and run `./lz runbook` again.");
        }
        glance();
        whereTheDataLives();
        objectives();
        scheduledShutdown();
        md.heading(2, "Recovery, in order");
        md.paragraph("Work through the steps in this order: each depends on the ones before it. Skip a step when its"
            + " resources survived; every step says how to tell.");
        network();
        secrets();
        database();
        storage();
        cluster();
        inCluster();
        dns();
        verify();
        md.heading(2, "Sources");
        sources.forEach(md::bullet);
        return md.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void glance() {
        md.heading(2, "At a glance");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("blueprint", code(f.context.blueprint()) + (f.context.production() ? " (production)" : "")));
        rows.add(List.of("tenancy", tenancy()));
        rows.add(List.of("recovery tier", tier().map(tier -> tier.id() + ": " + tier.target()).orElse("none committed")));
        rows.add(List.of("management group", managementGroup()));
        rows.add(List.of("subscription", f.index().subscription(f.stack).map(Markdown::code)
            .orElse("the one `ARM_SUBSCRIPTION_ID` names (the stack names none)")));
        rows.add(List.of("primary region", f.primaryRegion()));
        rows.add(List.of("recovery region", f.recoveryRegion().map(region -> region + " (" + recoveryAssets() + ")")
            .orElse("none: nothing stands ready outside " + f.primaryRegion())));
        rows.add(List.of("stacks, in apply order", String.join(" → ", applyOrder().stream().map(Markdown::code).toList())));
        rows.add(List.of("Terraform state", applyOrder().stream().map(name -> f.index().stack(name).map(this::state).orElse(name))
            .collect(Collectors.joining("; "))));
        md.table(List.of("", ""), rows);
    }

    private String tenancy() {
        String tenancy = f.context.tenancy() == null ? "unknown" : f.context.tenancy();
        if (f.hosting.isEmpty()) {
            return tenancy;
        }
        String hosts = f.hosting.stream().map(stack -> code(stack.name())).collect(Collectors.joining(", "));
        if (f.serverShared()) {
            return tenancy + ": database and filestore on " + hosts + with(f.dataTenants) + "; cluster of " + hosts
                + with(f.clusterTenants);
        }
        return tenancy + ": own database and filestore; cluster of " + hosts + with(f.clusterTenants);
    }

    private static String with(List<SynthesizedStack> tenants) {
        return tenants.isEmpty() ? "" : " (with " + names(tenants) + ")";
    }

    private static String names(List<SynthesizedStack> stacks) {
        return stacks.stream().map(stack -> code(stack.name())).collect(Collectors.joining(", "));
    }

    private Optional<RecoveryTier> tier() {
        return f.context.tier().flatMap(RecoveryTier::find);
    }

    private String managementGroup() {
        String key = f.context.managementGroup();
        if (key == null) {
            return "not recorded";
        }
        return f.index().stacks(StackKind.PLATFORM).stream()
            .flatMap(platform -> f.index().resources(platform, ResourceTypes.MANAGEMENT_GROUP).stream())
            .filter(group -> ("/management-groups/" + key + "/Resource").equals(suffix(group.resource().constructPath(), key)))
            .map(group -> code(group.name()) + " (" + Markdown.cell(group.text("display_name")) + ")")
            .findFirst().orElse(code(key));
    }

    private static String suffix(String path, String key) {
        if (path == null) {
            return "";
        }
        int at = path.indexOf("/management-groups/" + key + "/");
        return at < 0 ? "" : path.substring(at);
    }

    private String recoveryAssets() {
        List<String> assets = new ArrayList<>();
        f.replica.ifPresent(replica -> assets.add("read replica " + code(replica.name())));
        f.recoveryNetwork().ifPresent(network -> assets.add("network " + code(network.name())));
        f.recoveryRegion().filter(f.registryReplicaRegions()::contains).flatMap(region -> f.registry)
            .ifPresent(registry -> assets.add("replica of registry " + code(registry.name())));
        return String.join(", ", assets);
    }

    private List<String> applyOrder() {
        List<String> order = new ArrayList<>();
        f.hosting.forEach(stack -> order.add(stack.name()));
        order.add(f.stack.name());
        f.inCluster.ifPresent(stack -> order.add(stack.name()));
        return order;
    }

    private String state(SynthesizedStack stack) {
        JsonNode backend = stack.config().path("terraform").path("backend");
        JsonNode azure = backend.path("azurerm");
        if (azure.isObject()) {
            return code(stack.name()) + ": blob " + code(azure.path("key").asText()) + " in container "
                + code(azure.path("container_name").asText()) + " of " + code(azure.path("storage_account_name").asText());
        }
        JsonNode local = backend.path("local");
        if (local.isObject()) {
            return code(stack.name()) + ": local file " + code(local.path("path").asText().replaceFirst("^(\\.\\./)+", ""))
                + " beside " + code(OUT);
        }
        return code(stack.name()) + ": Terraform's default";
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void whereTheDataLives() {
        md.heading(2, "Where the data lives");
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
        hosts().forEach(host -> rows.add(List.of("Odoo address", code(host), "", ingressProtection(),
            f.ingresses.stream().filter(ingress -> hostsOf(ingress).contains(host)).findFirst().map(Located::where).orElse(""))));
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

    private static String gitOpsSource(Located flux) {
        JsonNode repository = flux.body().path("git_repository");
        List<String> paths = new ArrayList<>();
        flux.body().path("kustomizations").forEach(kustomization -> paths.add(code(kustomization.path("path").asText())));
        return code(repository.path("url").asText()) + " (" + repository.path("reference_type").asText("branch") + " "
            + code(repository.path("reference_value").asText()) + (paths.isEmpty() ? "" : ", path " + String.join(", ", paths)) + ")";
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
            + (internalLoadBalancer() ? "an internal" : "a public") + " load balancer"));
        issuer().ifPresent(issuer -> parts.add("certificate from ClusterIssuer " + code(issuer)
            + f.certManager.map(manager -> " (cert-manager " + code(manager.text("version")) + ")").orElse("")));
        return String.join("; ", parts);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What stops outside operating hours, how to start it by hand; absent when everything runs around the clock. */
    private void scheduledShutdown() {
        List<Located> scheduled = new ArrayList<>();
        Map<Located, RunningHours.Running> running = new LinkedHashMap<>();
        for (Located resource : Stream.of(f.server, f.cluster).flatMap(Optional::stream).toList()) {
            RunningHours.Running hours = RunningHours.of(resource.stack().resources()).get(resource.resource().address());
            if (hours != null) {
                scheduled.add(resource);
                running.put(resource, hours);
            }
        }
        if (scheduled.isEmpty()) {
            return;
        }
        md.heading(2, "Scheduled shutdown");
        md.paragraph("Outside its operating hours this environment's compute is stopped, not deleted: Logic Apps workflows stop"
            + " and start it, signed in as a managed identity that may only start, stop and read it. Stopped, a cluster keeps"
            + " its objects and a server its data, but neither serves Odoo, and a stopped server accepts no management"
            + " operation: **start what a recovery or an apply outside these hours touches first**, or the change fails.");
        List<List<String>> rows = new ArrayList<>();
        for (Located resource : scheduled) {
            RunningHours.Running hours = running.get(resource);
            boolean shared = !resource.stackName().equals(f.stack.name());
            rows.add(List.of(code(resource.name()) + (shared ? " (shared hosting " + code(resource.stackName()) + ", stopped only"
                + " when every tenant is outside its hours)" : ""), hours.window() + ", " + hours.hoursPerMonth().stripTrailingZeros()
                .toPlainString() + " h a month", code(hours.stopWorkflow()), code(hours.startWorkflow())));
        }
        md.table(List.of("resource", "runs", "stopped by", "started by"), rows);
        List<String> start = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        // The database first: Odoo's pods need it when the cluster comes back.
        for (Located resource : scheduled) {
            String group = f.group(resource);
            start.add(resource.type().equals(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER)
                ? "az postgres flexible-server start --resource-group " + group + " --name " + resource.name()
                : "az aks start --resource-group " + group + " --name " + resource.name());
            String stop = "az logic workflow update --resource-group " + group + " --name " + running.get(resource).stopWorkflow()
                + " --state Disabled";
            if (!disable.contains(stop)) {
                disable.add(stop);
            }
        }
        md.paragraph("Start by hand, the database first:");
        md.code("sh", start);
        md.paragraph("The next scheduled stop stops them again. To keep them running through a recovery, disable the stop"
            + " workflow (the `logic` extension of the Azure CLI); the next apply of the stack enables it again:");
        md.code("sh", disable);
        sources.add(AzureDocs.AKS_STOP);
        sources.add(AzureDocs.POSTGRES_STOP_START);
    }

    private void objectives() {
        md.heading(2, "Recovery objectives: achieved and target");
        Optional<RecoveryTier> tier = tier();
        Optional<RecoverySettings> settings = f.recoverySettings();
        tier.ifPresentOrElse(target -> md.paragraph("Target, from the unit's recovery tier " + code(target.id()) + ": "
                + target.target() + " in every scenario, " + target.minimumBackupRetentionDays() + " days of point-in-time restore"
                + (target.longTermRetentionMonths() > 0 ? " and " + target.longTermRetentionMonths() + " months of vaulted backups."
                : ".")),
            () -> md.paragraph("**No recovery tier is committed** for this environment (blueprint " + code(f.context.blueprint())
                + "): the figures below are what its settings give, not a promise."));
        if (settings.isEmpty()) {
            md.paragraph("**Not assessable:** no PostgreSQL server was found for this environment, neither in " + code(f.stack.name())
                + " nor in a stack it reads, so there is no database to recover and no recovery point to state."
                + tier.map(target -> " Whether " + target.id() + " is met cannot be shown.").orElse(""));
            return;
        }
        // The assessment's achieved figures do not depend on the tier; without one, any tier serves to compute them.
        RecoveryAssessment assessment = RecoveryAssessment.of(tier.orElse(RecoveryTier.TIER_3), settings.get());
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            RecoveryObjective achieved = assessment.achieved().get(scenario);
            rows.add(List.of(scenario.label(), mechanism(scenario, settings.get()), RecoveryObjective.format(achieved.rpo()),
                RecoveryObjective.format(achieved.rto()), tier.map(target -> achieved.recoverable() && achieved.meets(target.target())
                    ? "yes" : "**no**").orElse("–")));
        }
        md.table(List.of("scenario", "recovers by", "achieved RPO", "achieved RTO",
            tier.map(target -> "meets " + target.id()).orElse("target")), rows);
        md.paragraph("Long-term retention: " + (settings.get().longTermRetentionMonths() > 0
            ? settings.get().longTermRetentionMonths() + " months of vaulted backups" : "no vaulted backups")
            + tier.map(target -> " (" + target.id() + " needs " + target.longTermRetentionMonths() + ")").orElse("") + ".");
        tier.ifPresent(target -> {
            if (assessment.meetsTier()) {
                md.paragraph("**Meets " + target.id() + "** in every scenario.");
            } else {
                md.line("**Does not meet " + target.id() + ":**").blank();
                assessment.shortfalls().forEach(md::bullet);
                md.blank();
            }
        });
        md.paragraph("The achieved figures are planning values for what this environment emits, the same ones synthesis checks"
            + " recovery tiers with: a restore of a few hundred GiB is taken to finish within 2 h, a replica to be promoted"
            + " within 1 h, a geo-restore within 12 h, and a lost cluster to be rebuilt from code and GitOps within 2 h. They"
            + " rest on these statements:");
        List<String> basis = new ArrayList<>();
        if (settings.get().databaseHighAvailability()) {
            basis.add(AzureDocs.HIGH_AVAILABILITY);
        }
        basis.add(AzureDocs.POINT_IN_TIME_RESTORE);
        if (settings.get().crossRegionReplica()) {
            basis.add(AzureDocs.READ_REPLICA);
        }
        if (settings.get().geoRedundantBackup()) {
            basis.add(AzureDocs.GEO_RESTORE);
        }
        if (geoStorage()) {
            basis.add(AzureDocs.GEO_STORAGE);
        }
        basis.forEach(md::bullet);
        md.blank();
        sources.add(AzureDocs.BUSINESS_CONTINUITY);
    }

    private String mechanism(Scenario scenario, RecoverySettings settings) {
        StorageReplication replication = f.storageReplication();
        String storage = replication == null ? "" : switch (scenario) {
            case ZONE_OUTAGE -> replication == StorageReplication.LRS ? "; the LRS filestore is lost with its zone"
                : "; the " + replication + " filestore keeps serving";
            case REGION_OUTAGE -> geoStorage() ? "; fail the " + replication + " storage account over"
                : "; the " + replication + " filestore has no copy outside " + f.primaryRegion();
            case DATA_CORRUPTION -> "; blob versions and soft delete for files";
        };
        return switch (scenario) {
            case ZONE_OUTAGE -> (settings.databaseHighAvailability() ? "zone-redundant HA fails over by itself"
                : "point-in-time restore into another zone") + storage;
            case REGION_OUTAGE -> (settings.crossRegionReplica() ? "promote the replica in " + f.replica.get().location()
                : settings.geoRedundantBackup() ? "geo-restore into the paired region"
                    + pairOf(f.primaryRegion()).map(region -> ", " + region).orElse("")
                : settings.rebuildFirst() ? "rebuild from code elsewhere and re-seed the data from production (rebuild-first)"
                : "nothing: no geo-redundant backup, no cross-region replica") + storage
                + (settings.crossRegionReplica() || settings.geoRedundantBackup() ? "; rebuild the cluster from code" : "");
            case DATA_CORRUPTION -> "point-in-time restore (" + settings.backupRetentionDays() + " d window)" + storage;
        };
    }

    private boolean geoStorage() {
        StorageReplication replication = f.storageReplication();
        return replication == StorageReplication.GZRS || replication == StorageReplication.RAGZRS;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void network() {
        md.heading(3, "1. Network");
        Optional<Located> network = f.network();
        if (network.isEmpty()) {
            md.paragraph("No virtual network was found for this environment: nothing to recover here.");
            return;
        }
        Located primary = network.get();
        String subnets = f.subnets(primary).stream().map(subnet -> code(subnet.name())).collect(Collectors.joining(", "));
        boolean own = primary.stackName().equals(f.stack.name());
        md.paragraph((own ? "The environment's network is " : "The environment has no network of its own: it runs in ")
            + code(primary.name()) + " (" + join(primary.body().path("address_space")) + ", resource group "
            + code(f.group(primary)) + ", " + primary.location() + (subnets.isEmpty() ? "" : ", subnets " + subnets) + ")"
            + (own ? "" : " of stack " + code(primary.stackName()) + sharedWith(f.clusterTenants)) + ". A network holds no data: when it"
            + " or one of its subnets, security groups or private DNS zones was deleted, apply " + (own ? "the stack" : "that stack")
            + " again; it re-creates what is missing and leaves the rest. Review the plan before you confirm"
            + preventDestroy(primary.stack()) + ".");
        md.code("sh", apply(primary.stackName()));
        f.recoveryNetwork().ifPresent(recovery -> md.paragraph("In " + recovery.location() + ", " + code(recovery.name()) + " ("
            + join(recovery.body().path("address_space")) + ", resource group " + code(f.group(recovery)) + ") stands ready for"
            + " a region outage" + f.replica.map(replica -> ": the read replica " + code(replica.name()) + " runs in it.")
            .orElse(".")));
        networking.ifPresent(recovery -> recovery.network(md, sources));
    }

    /** Which of the stack's resources Terraform refuses to destroy, said the way the network step needs it. */
    private String preventDestroy(SynthesizedStack stack) {
        List<String> guarded = f.index().resources(stack).stream()
            .filter(resource -> resource.body().path("lifecycle").path("prevent_destroy").asBoolean(false))
            .map(resource -> code(resource.name())).distinct().toList();
        return guarded.isEmpty() ? ": nothing in it is guarded against replacement"
            : "; " + String.join(", ", guarded) + " carry `prevent_destroy`, so a plan that would replace them fails instead";
    }

    private static String sharedWith(List<SynthesizedStack> tenants) {
        return tenants.isEmpty() ? "" : ", shared with " + names(tenants);
    }

    private static List<String> apply(String stack) {
        return List.of("terraform -chdir=" + OUT + "/stacks/" + stack + " init",
            "terraform -chdir=" + OUT + "/stacks/" + stack + " apply");
    }

    private void secrets() {
        md.heading(3, "2. Key Vault and secrets");
        if (f.keyVaults.isEmpty()) {
            md.paragraph("No Key Vault was found for this environment.");
            return;
        }
        md.paragraph(AzureDocs.KEY_VAULT + ": a region outage needs no action here. The landing zone writes no secrets"
            + " into Terraform; what the vaults hold was put there by your deployments, so keep its source of truth elsewhere.");
        sources.add(AzureDocs.KEY_VAULT_REDUNDANCY);
        for (Located vault : f.keyVaults) {
            boolean purgeProtected = vault.body().path("purge_protection_enabled").asBoolean(false);
            int days = vault.body().path("soft_delete_retention_days").asInt(90);
            md.paragraph(code(vault.name()) + " (resource group " + code(f.group(vault)) + ", " + vault.location() + ", stack "
                + code(vault.stackName()) + "): a deleted vault or secret stays recoverable for " + days + " days. "
                + (purgeProtected ? "Purge protection is on, so nobody can purge it before then."
                : "**Purge protection is off:** a purged vault or secret is gone; re-create the secrets from their source.")
                + " Recover a deleted vault first (applying the stack instead fails on the name the deleted vault still holds),"
                + " then deleted secrets; the secret commands use the vault's data plane, "
                + (vault.resource().hasCompanion(ResourceTypes.PRIVATE_ENDPOINT)
                    ? "which is reachable only through its private endpoint, so run them from inside the network."
                    : "which this vault opens to no network (it has no private endpoint): for the duration, enable public access"
                        + " for your address only (`az keyvault update --name " + vault.name() + " --public-network-access Enabled"
                        + " --default-action Deny`, then `az keyvault network-rule add --name " + vault.name()
                        + " --ip-address <your IP>`), and disable it again afterwards (applying the stack does)."));
            md.code("sh", List.of(
                "az keyvault list-deleted --resource-type vault",
                "az keyvault recover --name " + vault.name() + " --resource-group " + f.group(vault) + " --location " + vault.location(),
                "az keyvault secret list-deleted --vault-name " + vault.name(),
                "az keyvault secret recover --vault-name " + vault.name() + " --name <secret name>"));
            keyRecovery(vault);
        }
    }

    /** What a vault holding customer-managed keys adds to its recovery: the keys first, and how to reach its data plane. */
    private void keyRecovery(Located vault) {
        List<String> keys = keysIn(vault);
        if (keys.isEmpty()) {
            return;
        }
        String id = "${azurerm_key_vault." + vault.resource().name() + ".id}";
        boolean endpoint = f.index().resources(vault.stack(), ResourceTypes.PRIVATE_ENDPOINT).stream()
            .anyMatch(pe -> pe.body().toString().contains(id));
        md.paragraph("**" + code(vault.name()) + " holds customer-managed keys** (" + keys.stream().map(Markdown::code)
            .collect(Collectors.joining(", ")) + "): what they encrypt is unreadable while a key, its vault or a service's access"
            + " to it is missing (a PostgreSQL server turns Inaccessible within the hour, storage refuses every read). Recover the"
            + " vault and its keys before anything else, and purge neither while a backup encrypted with them may still be"
            + " restored. The keys were created through Resource Manager, but recovering one is a data-plane call: "
            + (endpoint ? "run it from inside the network."
                : "the vault has no private endpoint and refuses public access, so allow your address for the duration and close"
                    + " it again after."));
        List<String> lines = new ArrayList<>();
        if (!endpoint) {
            lines.add("az keyvault update --name " + vault.name() + " --public-network-access Enabled --default-action Deny");
            lines.add("az keyvault network-rule add --name " + vault.name() + " --ip-address <your address>/32");
        }
        lines.add("az keyvault key list-deleted --vault-name " + vault.name());
        keys.forEach(key -> lines.add("az keyvault key recover --vault-name " + vault.name() + " --name " + key));
        if (!endpoint) {
            lines.add("az keyvault update --name " + vault.name() + " --public-network-access Disabled");
        }
        md.code("sh", lines);
    }

    private void database() {
        md.heading(3, "3. PostgreSQL");
        if (f.server.isEmpty()) {
            md.paragraph("**This environment has no database:** no PostgreSQL flexible server was found in " + code(f.stack.name())
                + " or in a stack it reads. Nothing to restore; continue with storage.");
            return;
        }
        Located server = f.server.get();
        String database = f.database.map(Located::name).orElse("<database>");
        String group = f.group(server);
        md.paragraph("Server " + code(server.name()) + " (resource group " + code(group) + ", " + server.location() + ", stack "
            + code(server.stackName()) + "), database " + code(database) + "."
            + (f.serverShared() ? " The server is shared" + (f.dataTenants.isEmpty() ? "" : " with " + names(f.dataTenants))
                + ": a restore brings back the whole server,"
                + " every tenant's database, as a new server; copy back only " + code(database) + " and leave the others'"
                + " data alone." : ""));
        key(server, encryption(server), "key_vault_key_id").ifPresent(key -> {
            md.paragraph("*Customer-managed key:* the server, its backups and every server restored from them are encrypted with "
                + key.describe() + ", read by the identity " + code(identity(server, encryption(server), "primary_user_assigned_identity_id"))
                + ". A restore needs the key, its vault and the identity's access as they are now: if any was deleted, recover it"
                + " first (section 2). Azure sets the encryption at creation, so a restore to a server with Microsoft-managed keys"
                + " is the only way back to them.");
            sources.add(AzureDocs.POSTGRES_DATA_ENCRYPTION);
        });

        md.heading(4, "Zone outage");
        if (f.highAvailability()) {
            md.paragraph("Nothing to do: the standby in another zone takes over by itself. Check that the server is back and"
                + " that high availability has re-established a standby:");
            md.code("sh", List.of("az postgres flexible-server show --resource-group " + group + " --name " + server.name()
                + " --query \"{state:state, highAvailability:highAvailability.state}\""));
        } else {
            md.paragraph("The server has no zone-redundant standby: when its zone is down, restore the latest restore point as a"
                + " new server (Azure places it in a zone that is up) and copy the database back as under *Data corruption*"
                + " below, restoring to the current time.");
        }

        md.heading(4, "Data corruption or deletion: point-in-time restore");
        md.paragraph("Any moment in the last " + f.retentionDays() + " days can be restored, into a new server: the damaged one"
            + " stays as it is. Restore to just before the damage (UTC):");
        md.code("sh", List.of("az postgres flexible-server restore --resource-group " + group + " --name " + server.name() + "-pitr \\",
            "  --source-server " + server.name() + " --restore-time \"<UTC time before the damage, e.g. 2030-01-31T09:55:00Z>\""));
        String gitOpsPath = f.gitOps.map(flux -> flux.body().path("kustomizations").path(0).path("path").asText()).orElse(null);
        md.paragraph("Then copy the database back into " + code(server.name()) + ", which keeps what Terraform manages around"
            + " it (" + serverCompanions() + ") instead of re-pointing everything at the new server. Stop Odoo first (scale"
            + " its deployment to zero in the GitOps repository" + (gitOpsPath == null ? "" : ", under " + code(gitOpsPath))
            + "), so that nothing writes during the swap. The servers accept Microsoft Entra ID sign-in only and no public"
            + " connections: run this from inside " + f.network().map(network -> code(network.name())).orElse("the network")
            + ", signed in as a member of the server's Entra administrator group.");
        String host = server.name() + ".postgres.database.azure.com";
        String restoredHost = server.name() + "-pitr.postgres.database.azure.com";
        md.code("sh", List.of(
            "export PGPASSWORD=\"$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)\"",
            "pg_dump --host=" + restoredHost + " --username=\"<your Entra user>\" --dbname=" + database
                + " --format=custom --file=" + database + ".dump",
            "psql --host=" + host + " --username=\"<your Entra user>\" --dbname=postgres \\",
            "  --command='ALTER DATABASE " + database + " RENAME TO " + database + "_damaged'",
            "pg_restore --host=" + host + " --username=\"<your Entra user>\" --dbname=postgres --create " + database + ".dump"));
        md.paragraph("Start Odoo again, run the checks at the end, then drop " + code(database + "_damaged")
            + " and delete the temporary server:");
        md.code("sh", List.of("az postgres flexible-server delete --resource-group " + group + " --name " + server.name() + "-pitr --yes"));

        md.heading(4, "Region outage");
        if (f.replica.isPresent() && f.crossRegionReplica()) {
            promoteReplica(server, f.replica.get());
        }
        if (f.geoRedundantBackup()) {
            geoRestore(server, f.replica.isPresent() && f.crossRegionReplica());
        }
        failedOver().ifPresent(answering -> networking.ifPresent(recovery -> recovery.database(md, sources, failoverHosts(),
            answering, !(f.replica.isPresent() && f.crossRegionReplica()))));
        if (!f.crossRegionReplica() && !f.geoRedundantBackup()) {
            md.paragraph("**A region outage loses this database:** it has neither geo-redundant backup nor a cross-region"
                + " replica." + (vaultSurvivesRegion() ? " Only the vaulted backups below survive." : ""));
        }
        vaultedBackups();
    }

    /**
     * The server that answers in the recovery network after a region outage: the promoted replica, else the server
     * geo-restored into that network; empty when neither lands there.
     */
    private Optional<String> failedOver() {
        if (f.server.isEmpty()) {
            return Optional.empty();
        }
        if (f.replica.isPresent() && f.crossRegionReplica()) {
            return Optional.of(f.replica.get().name());
        }
        return f.geoRedundantBackup() && geoRestoreNetwork(f.server.get()).isPresent()
            ? Optional.of(f.server.get().name() + "-geo") : Optional.empty();
    }

    /** The names Odoo may reach the failed-over server by, the one it should use first (the virtual endpoint's writer). */
    private List<String> failoverHosts() {
        List<String> hosts = new ArrayList<>();
        if (f.replica.isPresent() && f.crossRegionReplica()) {
            f.virtualEndpoint.ifPresent(endpoint -> hosts.add(endpoint.name() + ".writer.postgres.database.azure.com"));
        }
        failedOver().ifPresent(server -> hosts.add(server + ".postgres.database.azure.com"));
        return hosts;
    }

    /** The recovery network a geo-restore of {@code server} lands in: only one in Azure's pair of the server's region. */
    private Optional<Located> geoRestoreNetwork(Located server) {
        Optional<String> pair = pairOf(server.location());
        return f.recoveryNetwork().filter(network -> pair.isEmpty() || pair.get().equals(network.location()));
    }

    private String serverCompanions() {
        List<String> companions = new ArrayList<>();
        f.replica.ifPresent(replica -> companions.add("its replica"));
        f.backupInstance.ifPresent(instance -> companions.add("vaulted backups"));
        f.serverLock.ifPresent(lock -> companions.add("delete lock"));
        companions.add("private DNS");
        companions.add("diagnostics and alerts");
        return String.join(", ", companions);
    }

    private void promoteReplica(Located server, Located replica) {
        String group = f.group(replica);
        boolean endpoint = f.virtualEndpoint.isPresent();
        md.paragraph("Promote the read replica " + code(replica.name()) + " (resource group " + code(group) + ", "
            + replica.location() + "). Promotion is never automatic. "
            + (endpoint ? "`switchover` swaps the roles through the virtual endpoint " + code(f.virtualEndpoint.get().name())
                + ", so an Odoo that connects to " + code(f.virtualEndpoint.get().name() + ".writer.postgres.database.azure.com")
                + " follows without a change (if its database host names the server instead, set the writer endpoint in the"
                + " GitOps repository). "
                : "Without a virtual endpoint the replica becomes a standalone server: set Odoo's database host to "
                + code(replica.name() + ".postgres.database.azure.com") + " in the GitOps repository. ")
            + "`forced` does not wait for the unreachable primary: the replication lag at that moment (metric Read Replica"
            + " Lag) is the data lost.");
        md.code("sh", List.of("az postgres flexible-server replica promote --resource-group " + group + " --name " + replica.name()
            + " \\", "  --promote-mode " + (endpoint ? "switchover" : "standalone") + " --promote-option forced"));
        md.paragraph("Afterwards the promoted server has no zone-redundant high availability and no geo-redundant backup (a"
            + " promotion carries neither over): enable high availability on it, and expect `terraform plan` for "
            + code(server.stackName()) + " to show the swapped roles. Reconcile the estate before you apply anything there;"
            + " `prevent_destroy` stops a plan that would replace either server.");
        sources.add(AzureDocs.REPLICA_PROMOTION);
    }

    /** Azure's pair of a region, where geo-redundant copies and geo-restores go; empty when unknown or unpaired. */
    private static Optional<String> pairOf(String region) {
        return AzureRegion.find(region).flatMap(AzureRegion::pair).map(AzureRegion::name);
    }

    private void geoRestore(Located server, boolean fallback) {
        String subscription = f.index().subscription(server.stack()).orElse("<subscription id>");
        String sourceId = "/subscriptions/" + subscription + "/resourceGroups/" + f.group(server)
            + "/providers/Microsoft.DBforPostgreSQL/flexibleServers/" + server.name();
        // Geo-restore lands only in Azure's pair of the server's region; a recovery network elsewhere cannot take it.
        Optional<String> pair = pairOf(server.location());
        Optional<Located> recovery = geoRestoreNetwork(server);
        String pairedRegion = pair.map(region -> region + ", the paired region of " + server.location())
            .orElse("the paired region of " + server.location());
        md.paragraph((fallback ? "If the replica cannot be promoted, geo-restore" : "Geo-restore")
            + " the geo-redundant backup into " + recovery.map(network -> network.location() + ", the recovery region")
            .orElse(pairedRegion + " (" + AzureDocs.REGION_PAIRS + ")")
            + ": the server comes back as it was up to an hour before the outage."
            + recovery.map(network -> " The recovery network " + code(network.name()) + " takes it.")
            .orElse(" No network is emitted in that region for this environment: the command creates one; choose address"
                + " ranges that overlap nothing in the estate."));
        List<String> lines = new ArrayList<>();
        if (recovery.isPresent()) {
            Located network = recovery.get();
            String subnet = f.subnets(network).stream().map(Located::name).filter(name -> name.contains("postgres")).findFirst()
                .orElse("<delegated subnet>");
            lines.add("az postgres flexible-server geo-restore --resource-group " + f.group(network) + " --name " + server.name()
                + "-geo \\");
            lines.add("  --source-server " + sourceId + " \\");
            lines.add("  --location " + network.location() + " --vnet " + network.name() + " --subnet " + subnet
                + f.postgresZone(network).map(Located::name).or(() -> networking.flatMap(RecoveryNetworking::postgresZoneId))
                    .map(zone -> " \\\n  --private-dns-zone " + zone).orElse(""));
        } else {
            lines.add("az postgres flexible-server geo-restore --resource-group <resource group in " + pair.orElse("the paired region")
                + "> --name " + server.name() + "-geo \\");
            lines.add("  --source-server " + sourceId + " \\");
            lines.add("  --location " + pair.orElse("<paired region of " + server.location() + ">")
                + " --vnet <new network> --subnet <new subnet> \\");
            lines.add("  --address-prefixes <free range, e.g. /20> --subnet-prefixes <free range, e.g. /24>");
        }
        Optional<KeyRef> geoKey = key(server, encryption(server), "geo_backup_key_vault_key_id");
        if (geoKey.isPresent()) {
            String geoIdentity = identity(server, encryption(server), "geo_backup_user_assigned_identity_id");
            md.paragraph("The geo-redundant backups are encrypted with " + geoKey.get().describe() + ", read by the identity "
                + code(geoIdentity) + ", both in the paired region so that the restore depends on nothing in the lost one: the"
                + " restored server takes them as its own key and identity.");
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " \\");
            String identityId = f.index().resolve(server.stack(), encryption(server).path("geo_backup_user_assigned_identity_id").asText(""))
                .map(found -> "/subscriptions/" + subscription + "/resourceGroups/" + f.group(found)
                    + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + found.name())
                .orElse(geoIdentity);
            lines.add("  --key " + geoKey.get().uri() + " --identity " + identityId);
        }
        md.code("sh", lines);
        md.paragraph("Point Odoo's database host at " + code(server.name() + "-geo.postgres.database.azure.com")
            + " in the GitOps repository. Terraform does not know the restored server: once the primary region is back,"
            + " move the data home the way *Data corruption* copies a database, or adopt the new server into the estate.");
    }

    /** A customer-managed key a resource names: {@code ${azurerm_key_vault.<vault>.vault_uri}keys/<name>}. */
    private record KeyRef(Located vault, String name) {
        String uri() {
            return "https://" + vault.name() + ".vault.azure.net/keys/" + name;
        }

        String describe() {
            return code(name) + " in " + code(vault.name()) + " (" + vault.location() + ")";
        }
    }

    private static final java.util.regex.Pattern KEY_REFERENCE =
        java.util.regex.Pattern.compile("\\$\\{(azurerm_key_vault\\.[^.}]+)\\.vault_uri}keys/([A-Za-z0-9-]+)");
    private static final java.util.regex.Pattern KEY_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9-]+");

    /** The key {@code field} of {@code block} (a resource's {@code customer_managed_key}, or its body) names, if any. */
    private Optional<KeyRef> key(Located owner, JsonNode block, String field) {
        java.util.regex.Matcher matcher = KEY_REFERENCE.matcher(block.path(field).asText(""));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(2);
        return f.index().resolve(owner.stack(), "${" + matcher.group(1) + ".id}").map(vault -> new KeyRef(vault, name));
    }

    private static JsonNode encryption(Located resource) {
        return TerraformJson.block(resource.body(), "customer_managed_key");
    }

    /** The name of the identity {@code field} of {@code block} refers to, or a placeholder. */
    private String identity(Located owner, JsonNode block, String field) {
        return f.index().resolve(owner.stack(), block.path(field).asText("")).map(Located::name).orElse("<identity>");
    }

    /** The keys in {@code vault} that resources of its stack use, by name. */
    private List<String> keysIn(Located vault) {
        String reference = "${azurerm_key_vault." + vault.resource().name() + ".vault_uri}keys/";
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Located resource : f.index().resources(vault.stack())) {
            String body = resource.body().toString();
            for (int at = body.indexOf(reference); at >= 0; at = body.indexOf(reference, at + 1)) {
                java.util.regex.Matcher name = KEY_NAME.matcher(body.substring(at + reference.length()));
                if (name.lookingAt()) {
                    keys.add(name.group());
                }
            }
        }
        return List.copyOf(keys);
    }

    private boolean vaultSurvivesRegion() {
        return f.backupVault.map(vault -> "GeoRedundant".equals(vault.text("redundancy"))
            && vault.body().path("cross_region_restore_enabled").asBoolean(false)).orElse(false);
    }

    private void vaultedBackups() {
        if (f.backupVault.isEmpty()) {
            md.paragraph("No vaulted backups: nothing older than " + f.retentionDays() + " days can be restored.");
            return;
        }
        Located vault = f.backupVault.get();
        String instance = f.backupInstance.map(Located::name).orElse("<backup instance>");
        md.heading(4, "Older than " + f.retentionDays() + " days: vaulted backups");
        md.paragraph("The backup vault " + code(vault.name()) + " (resource group " + code(f.group(vault)) + ") keeps "
            + (f.longTermRetention() == null ? "backups" : code(f.longTermRetention()) + " of backups")
            + (vaultSurvivesRegion() ? ", also restorable in the paired region (cross-region restore)" : "")
            + ". List the recovery points, restore the one you need as files into a blob container the vault's identity can"
            + " write to (Azure portal: Backup vault " + code(vault.name()) + " → Backup instances → " + code(instance)
            + " → Restore → Restore as files), then load the dump into a new database with `pg_restore` and copy back as above.");
        md.code("sh", List.of("az dataprotection recovery-point list --backup-instance-name " + instance + " --resource-group "
            + f.group(vault) + " --vault-name " + vault.name()));
    }

    private void storage() {
        md.heading(3, "4. Storage (filestore)");
        if (f.storageAccount.isEmpty()) {
            md.paragraph("No storage account was found for this environment.");
            return;
        }
        Located account = f.storageAccount.get();
        String container = f.filestore.map(Located::name).orElse(Footprint.FILESTORE);
        String group = f.group(account);
        StorageReplication replication = f.storageReplication();
        md.paragraph("Account " + code(account.name()) + " (resource group " + code(group) + ", " + account.location() + ", "
            + account.text("account_replication_type") + ", stack " + code(account.stackName()) + "), container " + code(container)
            + (account.stackName().equals(f.stack.name()) ? "" : "; the account is shared"
                + (f.dataTenants.isEmpty() ? "" : " with " + names(f.dataTenants)) + ": act on this unit's container only, except for a failover, which moves every tenant")
            + ". Shared keys are disabled: the commands sign in with Entra ID (`--auth-mode login`) and, as public access is"
            + " off, run from inside the network.");
        key(account, encryption(account), "key_vault_key_id").ifPresent(key -> {
            md.paragraph("*Customer-managed key:* the account is encrypted with " + key.describe() + ": while the key or its vault"
                + " is missing, every read and write fails; recover them (section 2) and the account serves again. A failover"
                + " keeps the same key; Key Vault's copy in the paired region serves it read-only meanwhile.");
            sources.add(AzureDocs.STORAGE_CUSTOMER_MANAGED_KEYS);
        });
        JsonNode blob = account.body().path("blob_properties");
        md.paragraph("*Deleted or overwritten files:* "
            + (blob.path("versioning_enabled").asBoolean(false) ? "every overwrite keeps the previous version: in the Azure"
                + " portal open the blob, Versions, and make the wanted version current. " : "")
            + (blob.path("delete_retention_policy").has("days") ? "Deleted blobs can be undeleted for "
                + blob.path("delete_retention_policy").path("days").asInt() + " days" : "Deleted blobs are gone (no soft delete)")
            + (blob.path("container_delete_retention_policy").has("days") ? ", a deleted container for "
                + blob.path("container_delete_retention_policy").path("days").asInt() + " days" : "") + ":");
        md.code("sh", List.of(
            "az storage blob undelete --account-name " + account.name() + " --container-name " + container
                + " --name <blob path> --auth-mode login",
            "az storage container list --account-name " + account.name() + " --include-deleted --auth-mode login",
            "az storage container restore --account-name " + account.name() + " --name " + container
                + " --deleted-version <version> --auth-mode login"));
        if (geoStorage()) {
            md.paragraph("*Region outage:* fail the account over to its paired region"
                + pairOf(account.location()).map(region -> ", " + region).orElse("") + ". Replication is asynchronous: the Last Sync"
                + " Time says up to when the data is in the secondary region, and what a failover loses. After the failover the"
                + " account is locally redundant in the new region until you make it " + replication + " again.");
            md.code("sh", List.of(
                "az storage account show --name " + account.name() + " --resource-group " + group
                    + " --expand geoReplicationStats --query geoReplicationStats.lastSyncTime",
                "az storage account failover --name " + account.name() + " --resource-group " + group));
            f.recoveryNetwork().ifPresentOrElse(network -> md.paragraph("The account's private endpoint is in "
                    + f.network().map(primary -> code(primary.name())).orElse("the primary network") + ": add one in "
                    + code(network.name()) + " (subnet " + f.subnets(network).stream().map(Located::name)
                    .filter(name -> name.contains("private-endpoints")).findFirst().map(Markdown::code).orElse("for private endpoints")
                    + ", private DNS zone `privatelink.blob.core.windows.net` of " + code(networking
                        .flatMap(recovery -> recovery.linkedZoneGroup("privatelink.blob.core.windows.net")).orElse(f.group(network)))
                    + ") so that the"
                    + " recovered workload reaches it: Azure portal, storage account → Networking → Private endpoint connections."),
                () -> md.paragraph("The account's private endpoint is in the primary region's network; the workload that"
                    + " recovers elsewhere needs one in its own network."));
            sources.add(AzureDocs.STORAGE_FAILOVER);
        } else {
            md.paragraph("*Region outage:* **the filestore has no copy outside " + account.location() + "** (" + replication
                + "): a region outage loses it" + (replication == StorageReplication.LRS ? ", and so does the loss of its zone" : "")
                + ".");
        }
    }

    private void cluster() {
        md.heading(3, "5. Cluster");
        if (f.cluster.isEmpty()) {
            md.paragraph("No Kubernetes cluster was found for this environment.");
            return;
        }
        Located cluster = f.cluster.get();
        md.paragraph("Cluster " + code(cluster.name()) + " (resource group " + code(f.group(cluster)) + ", " + cluster.location()
            + ", stack " + code(cluster.stackName()) + sharedWith(f.clusterTenants) + "). It holds no data: Odoo's state"
            + " is in the database and the filestore. A zone outage needs no action (nodes are rescheduled in the remaining zones)."
            + " A deleted or broken cluster is re-created by applying " + code(cluster.stackName())
            + f.gitOps.map(flux -> "; the GitOps configuration " + code(flux.name()) + " then deploys Odoo again from "
                + gitOpsSource(flux)).orElse("") + ".");
        List<String> commands = new ArrayList<>(apply(cluster.stackName()));
        if (!f.tenantNodePools.isEmpty()) {
            commands.addAll(apply(f.stack.name()));
        }
        md.code("sh", commands);
        if (!f.tenantNodePools.isEmpty()) {
            md.paragraph("This unit's dedicated node pool " + f.tenantNodePools.stream().map(pool -> code(pool.name()))
                .collect(Collectors.joining(", ")) + " is in " + code(f.stack.name()) + ": apply it after the cluster.");
        }
        boolean hostEncryption = encryptsAtHost(cluster);
        if (hostEncryption) {
            String subscription = f.index().subscription(cluster.stack()).orElse("\"$ARM_SUBSCRIPTION_ID\"");
            md.paragraph("Its node pools encrypt at host: AKS creates them only in a subscription with the feature"
                + " `Microsoft.Compute/EncryptionAtHost` registered (" + AzureDocs.HOST_ENCRYPTION + "). Registration is once per"
                + " subscription and takes a few minutes; before re-creating the cluster in a subscription that never had it,"
                + " register it and wait until the state is `Registered`:");
            md.code("sh", encryptionAtHostFeature(subscription));
        }
        f.index().resolve(cluster, "disk_encryption_set_id").ifPresent(set -> {
            md.paragraph("*Customer-managed key:* the nodes' OS disks are encrypted through the disk encryption set " + code(set.name())
                + key(set, set.body(), "key_vault_key_id").map(key -> " with " + key.describe()).orElse("") + ". AKS takes it only"
                + " when a cluster is created: applying the stack re-creates the cluster with it; a cluster deployed in another"
                + " region needs a disk encryption set and key of that region, which the landing zone does not emit there.");
            sources.add(AzureDocs.AKS_CUSTOMER_MANAGED_KEYS);
        });
        md.paragraph("A new cluster has a new OIDC issuer: apply every stack whose workload identity federates with it ("
            + federatedStacks(cluster).stream().map(Markdown::code).collect(Collectors.joining(", ")) + ") so that Odoo's"
            + " service account can read its Key Vault again.");
        String recoveryFeature = hostEncryption ? " The subscription it is deployed into (the recovery subscription, where"
            + " that is another) needs `Microsoft.Compute/EncryptionAtHost` registered too, as above: register it there ahead"
            + " of any outage, so that the rebuild does not wait for it." : "";
        f.recoveryRegion().ifPresentOrElse(
            region -> md.paragraph("*Region outage:* **no standby cluster is emitted in " + region + ".** Deploy one from code in"
                + " that region" + f.recoveryNetwork().map(network -> " (the recovery network " + code(network.name())
                    + " has its node subnet)").orElse("") + " and bootstrap GitOps from the same repository; the achieved"
                + " recovery time above allows 2 h for it." + recoveryFeature),
            () -> md.paragraph("*Region outage:* no network or cluster is emitted outside " + cluster.location() + ": the cluster"
                + " has to be deployed from code in another region" + (f.geoRedundantBackup() || f.crossRegionReplica()
                ? "; the achieved recovery time above allows 2 h for it." : ".") + recoveryFeature));
        networking.ifPresent(recovery -> recovery.cluster(md, sources));
        images(cluster);
    }

    /** Whether the cluster's system pool or any pool the output gives it has encryption at host on. */
    private boolean encryptsAtHost(Located cluster) {
        JsonNode system = cluster.body().path("default_node_pool");
        if (TerraformJson.block(system).path("host_encryption_enabled").asBoolean(false)) {
            return true;
        }
        List<Located> pools = new ArrayList<>(f.tenantNodePools);
        f.index().resources(cluster.stack(), ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL).stream()
            .filter(pool -> f.index().refersTo(pool, "kubernetes_cluster_id", cluster)).forEach(pools::add);
        return pools.stream().anyMatch(pool -> pool.body().path("host_encryption_enabled").asBoolean(false));
    }

    private static List<String> encryptionAtHostFeature(String subscription) {
        String feature = "--namespace Microsoft.Compute --name EncryptionAtHost --subscription " + subscription;
        return List.of(
            "az feature show " + feature + " --query properties.state --output tsv   # Registered: nothing to do",
            "az feature register " + feature,
            "az provider register --namespace Microsoft.Compute --subscription " + subscription + "   # once the state is Registered");
    }

    /** Where the rebuilt cluster pulls Odoo's images from after a region outage. */
    private void images(Located cluster) {
        if (f.registry.isEmpty()) {
            return;
        }
        Located registry = f.registry.get();
        String login = code(registry.name() + ".azurecr.io");
        List<String> replicas = f.registryReplicaRegions();
        Optional<String> region = f.recoveryRegion().filter(replicas::contains);
        if (replicas.isEmpty()) {
            md.paragraph("*Images:* Odoo's images are in registry " + code(registry.name()) + " (" + registry.location()
                + ") only: " + tier().map(tier -> tier.id() + " keeps no replica of it").orElse("no tier asks for a replica of it")
                + ", so while " + registry.location() + " is down a cluster rebuilt elsewhere cannot pull them. Push them from CI"
                + " to a registry in the new region and point the GitOps repository's image references at it.");
            return;
        }
        boolean one = region.isPresent() || replicas.size() == 1;
        String where = region.orElse(String.join(", ", replicas));
        StringBuilder text = new StringBuilder("*Images:* registry " + code(registry.name()) + " (" + registry.location()
            + ") keeps " + (one ? "a geo-replica in " : "geo-replicas in ") + where + ": a cluster rebuilt " + (one ? "there" : "in one of them")
            + " pulls the same image references (" + login
            + "/…) from the replica while " + registry.location() + " is down, and CI can push to it. Grant the new cluster's"
            + " kubelet identity `AcrPull` on the registry (`az aks update --resource-group <group> --name <cluster>"
            + " --attach-acr " + registry.name() + "`).");
        Optional<Located> endpoint = region.flatMap(f::registryEndpoint);
        if (endpoint.isPresent()) {
            text.append(" The private endpoint ").append(code(endpoint.get().name())).append(" (resource group ")
                .append(code(f.group(endpoint.get()))).append(") reaches it from ")
                .append(f.recoveryNetwork().map(network -> code(network.name())).orElse("the recovery network"))
                .append(", whose zone `privatelink.azurecr.io` resolves the registry and the replica's data endpoint to it: build the"
                    + " new cluster in that network.");
        } else {
            text.append(" **No private endpoint to the registry is emitted in ").append(where).append(":** add one in the"
                + " network the cluster is rebuilt in (Azure portal: registry → Networking → Private access) before an outage, as"
                + " the registry's configuration, private endpoints included, cannot change while its home region is down.");
        }
        md.paragraph(text.toString());
        sources.add(AzureDocs.REGISTRY_GEO_REPLICATION);
        sources.add(AzureDocs.REGISTRY_PRIVATE_LINK);
    }

    private List<String> federatedStacks(Located cluster) {
        List<String> stacks = new ArrayList<>();
        for (SynthesizedStack stack : f.index().output().stacks()) {
            boolean federates = f.index().resources(stack, ResourceTypes.FEDERATED_IDENTITY_CREDENTIAL).stream()
                .anyMatch(credential -> f.index().refersTo(credential, "issuer", cluster));
            if (federates) {
                stacks.add(stack.name());
            }
        }
        return stacks;
    }

    private void inCluster() {
        md.heading(3, "6. In-cluster stack and ingress");
        if (f.inCluster.isEmpty()) {
            md.paragraph("No in-cluster stack has a namespace for this environment: nothing to apply inside the cluster.");
            return;
        }
        SynthesizedStack stack = f.inCluster.get();
        md.paragraph("Stack " + code(stack.name()) + " installs cert-manager and Traefik and this unit's namespace "
            + f.namespace.map(ns -> code(ns.body().path("metadata").path("name").asText())).orElse("")
            + " (quota, limit ranges, network policies, operator role, service account `odoo`). Its providers sign in to the"
            + " cluster through `kubelogin` with your Azure CLI login" + (f.cluster.map(cluster -> cluster.body()
                .path("private_cluster_enabled").asBoolean(false)).orElse(false)
                ? ", and the API server is private: run Terraform from inside the network." : ".")
            + " Apply it once the cluster is up and its own stack has been applied:");
        md.code("sh", apply(stack.name()));
        f.gitOps.ifPresent(flux -> {
            md.paragraph("Then wait for GitOps to report the configuration compliant, which means Odoo is deployed again:");
            md.code("sh", List.of("az k8s-configuration flux show --resource-group " + f.group(f.cluster.get()) + " --cluster-name "
                + f.cluster.get().name() + " --cluster-type managedClusters --name " + flux.name() + " --query complianceState"));
        });
    }

    private void dns() {
        md.heading(3, "7. DNS");
        List<String> hosts = hosts();
        boolean publicDns = f.index().output().stacks().stream()
            .anyMatch(stack -> f.index().resources(stack).stream().anyMatch(resource -> resource.type().startsWith(ResourceTypes.DNS_)));
        if (!hosts.isEmpty() && f.cluster.isPresent()) {
            Located cluster = f.cluster.get();
            // A cluster routed to a hub firewall; sandbox-class ones stay islands even in an estate with hubs.
            boolean hubs = "userDefinedRouting".equals(TerraformJson.block(cluster.body(), "network_profile").path("outbound_type").asText());
            md.paragraph("Odoo answers at " + hosts.stream().map(Markdown::code).collect(Collectors.joining(", ")) + " through Traefik's "
                + (internalLoadBalancer() ? "internal" : "public") + " load balancer. "
                + (hubs && internalLoadBalancer()
                    ? "Behind the hub's firewall Traefik takes the fixed address of its node subnet (the last usable one) in any"
                        + " cluster built there: public names point at the address the firewall publishes (step 1), sites resolve"
                        + " the private zone of the tenants' domain in the connectivity stack to the internal one, and neither"
                        + " changes unless Odoo moves to another network. Check the address Traefik took:"
                    : (publicDns ? "" : "The landing zone emits no DNS records for " + (hosts.size() == 1 ? "it" : "them")
                        + " (no `azurerm_dns_*` resource): ")
                        + "after a new cluster or ingress, point the A record at the load balancer's new address:"));
            md.code("sh", List.of("az aks command invoke --resource-group " + f.group(cluster) + " --name " + cluster.name() + " \\",
                "  --command \"kubectl --namespace traefik get service traefik --output jsonpath='{.status.loadBalancer.ingress[0].ip}'\""));
            issuer().ifPresent(issuer -> md.paragraph("The certificate comes from ClusterIssuer " + code(issuer)
                + (acmeHttp01() ? ", which proves the name over HTTP: it can issue only once the record points at the new"
                + " address." : ".")));
        } else {
            md.paragraph("No ingress names this environment: no public or internal DNS record to switch.");
        }
        if (!f.privateDnsZones.isEmpty()) {
            md.paragraph("Private DNS zones " + f.privateDnsZones.stream().map(Located::name).distinct().map(Markdown::code)
                .collect(Collectors.joining(", ")) + " are linked to the network by Terraform; private endpoints register"
                + " their addresses in them, and the PostgreSQL server registers in its "
                + (f.privateDnsZones.stream().anyMatch(zone -> zone.name().endsWith(".private.postgres.database.azure.com"))
                    ? "VNet zone" : "zone (the estate's central one, behind hubs)")
                + ", so applying the stacks"
                + " restores those records. A restored or promoted server registers under its own name.");
        }
    }

    private List<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        f.ingresses.forEach(ingress -> hosts.addAll(hostsOf(ingress)));
        return List.copyOf(hosts);
    }

    private static List<String> hostsOf(Located ingress) {
        List<String> hosts = new ArrayList<>();
        ingress.body().path("spec").path("rule").forEach(rule -> {
            if (rule.hasNonNull("host")) {
                hosts.add(rule.path("host").asText());
            }
        });
        return hosts;
    }

    private Optional<String> issuer() {
        return f.ingresses.stream().map(ingress -> ingress.body().path("metadata").path("annotations")
            .path("cert-manager.io/cluster-issuer").asText(null)).filter(java.util.Objects::nonNull).findFirst();
    }

    private Optional<JsonNode> traefikValues() {
        return f.traefik.map(traefik -> {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(traefik.body().path("values").path(0).asText("{}"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        });
    }

    private boolean internalLoadBalancer() {
        return traefikValues().map(values -> values.path("service").path("annotations")
            .path("service.beta.kubernetes.io/azure-load-balancer-internal").asText("false").equals("true")).orElse(false);
    }

    private boolean acmeHttp01() {
        return issuer().flatMap(issuer -> traefikValues().map(values -> {
            for (JsonNode object : values.path("extraObjects")) {
                if ("ClusterIssuer".equals(object.path("kind").asText()) && issuer.equals(object.path("metadata").path("name").asText())) {
                    return object.path("spec").path("acme").path("solvers").toString().contains("http01");
                }
            }
            return false;
        })).orElse(false);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void verify() {
        md.heading(2, "Verify after recovery");
        List<String> hosts = hosts();
        if (!hosts.isEmpty()) {
            md.check("Odoo answers and you can sign in: `curl --silent --output /dev/null --write-out '%{http_code}\\n' https://"
                + hosts.get(0) + "/web/login` prints `200`; sign in with a real user and open a recent record.");
        }
        f.storageAccount.ifPresent(account -> md.check("The filestore is reachable: open a record with an attachment (a product"
            + " image, an invoice PDF) created before the incident; a missing file means the container " + code(f.filestore
                .map(Located::name).orElse(Footprint.FILESTORE)) + " in " + code(account.name()) + " lacks it."));
        f.server.ifPresent(server -> md.check("The database is private and ready: `az postgres flexible-server show --resource-group "
            + f.group(server) + " --name " + server.name() + " --query \"{state:state, public:network.publicNetworkAccess}\"` shows"
            + " `Ready` and `Disabled`; Odoo's log shows no connection errors."));
        f.cluster.filter(this::encryptsAtHost).ifPresent(cluster -> md.check("The node pools encrypt at host: `az aks nodepool list"
            + " --resource-group " + f.group(cluster) + " --cluster-name " + cluster.name() + " --query \"[].[name,"
            + " enableEncryptionAtHost]\" --output tsv` shows `true` for every pool."));
        f.storageAccount.ifPresent(account -> f.index().resources(account.stack(), ResourceTypes.PRIVATE_ENDPOINT).stream()
            .filter(endpoint -> endpoint.body().path("private_service_connection").toString().contains(account.address() + "."))
            .findFirst().ifPresent(endpoint -> md.check("The filestore's private endpoint is approved: `az network private-endpoint"
                + " show --resource-group " + f.group(endpoint) + " --name " + endpoint.name() + " --query"
                + " \"privateLinkServiceConnections[0].privateLinkServiceConnectionState.status\"` prints `Approved`.")));
        if (!hosts.isEmpty() && issuer().isPresent() && f.namespace.isPresent() && f.cluster.isPresent()) {
            String secret = f.ingresses.stream().map(ingress -> ingress.body().path("spec").path("tls").path(0).path("secret_name")
                .asText(null)).filter(java.util.Objects::nonNull).findFirst().orElse("<tls secret>");
            md.check("The certificate is valid: `az aks command invoke --resource-group " + f.group(f.cluster.get()) + " --name "
                + f.cluster.get().name() + " --command \"kubectl --namespace " + f.namespace.get().body().path("metadata").path("name")
                .asText() + " get certificate " + secret + "\"` shows `READY True`, and the browser shows no warning for "
                + code(hosts.get(0)) + ".");
        }
        f.server.ifPresent(server -> md.check("Backups run again: `az postgres flexible-server backup list --resource-group "
            + f.group(server) + " --name " + server.name() + "` lists a backup taken after the recovery"
            + f.backupVault.map(vault -> "; `az dataprotection job list --resource-group " + f.group(vault) + " --vault-name "
                + vault.name() + "` shows the next vaulted backup completing (the backup-failure alert stays quiet)").orElse("") + "."));
        f.replica.ifPresent(replica -> md.check("Replication is back: after a promotion or restore, `az postgres flexible-server"
            + " replica list --resource-group " + f.group(f.server.get()) + " --name " + f.server.get().name() + "` lists a replica"
            + " in " + replica.location() + " again (create it by applying " + code(replica.stackName()) + " once the estate is"
            + " reconciled)."));
        networking.ifPresent(recovery -> recovery.checks(md, failoverHosts()));
        f.workspace.ifPresent(workspace -> md.check("Diagnostics flow: in Log Analytics workspace " + code(workspace.name())
            + ", `AzureDiagnostics | where TimeGenerated > ago(30m) | summarize count() by ResourceProvider` lists the"
            + " database, Key Vault and storage again."));
        f.gitOps.ifPresent(flux -> md.check("GitOps is compliant: `az k8s-configuration flux show` (step 6) prints `Compliant`."));
        if (!f.alerts.isEmpty()) {
            md.check("Alerts are enabled again: " + f.alerts.stream().map(alert -> code(alert.name())).collect(Collectors.joining(", "))
                + ".");
        }
        md.check("Terraform agrees with Azure: `terraform -chdir=" + OUT + "/stacks/<stack> plan -detailed-exitcode` exits 0 for "
            + applyOrder().stream().map(Markdown::code).collect(Collectors.joining(", ")) + "; after a promotion or"
            + " geo-restore, reconcile the estate first.");
        md.blank();
    }
}
