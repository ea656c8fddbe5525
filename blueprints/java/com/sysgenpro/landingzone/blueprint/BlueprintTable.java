package com.sysgenpro.landingzone.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The blueprints side by side as a Markdown table, one row per setting: the README's table of blueprint
 * differences is this output (a test keeps the two equal).
 */
public final class BlueprintTable {

    private BlueprintTable() {
    }

    /** The table of {@code blueprints}. */
    public static String markdown(List<Blueprint> blueprints) {
        List<Row> rows = List.of(
            new Row("derived from", blueprint -> blueprint.parent().orElse("–")),
            new Row("system node pool", blueprint -> blueprint.systemPool().toString()),
            new Row("user node pool", blueprint -> blueprint.userPool().toString()),
            new Row("shared pool overcommit (CPU / memory)", blueprint -> ratio(blueprint.cpuOvercommit()) + " / "
                + ratio(blueprint.memoryOvercommit())),
            new Row("shared pool most nodes", blueprint -> Integer.toString(blueprint.sharedPoolMaxNodes())),
            new Row("per shared tenant: database connections / cache", blueprint -> blueprint.tenantDatabaseConnections() + " / "
                + blueprint.tenantCacheMb() + " MB"),
            new Row("availability zones", blueprint -> blueprint.zoneRedundant() ? "1, 2, 3" : "none"),
            new Row("AKS tier", blueprint -> blueprint.clusterSkuTier().terraformValue()),
            new Row("public ingress", blueprint -> yesNo(blueprint.publicIngress())),
            new Row("hub firewall", blueprint -> blueprint.sandboxClass() ? "none (not peered)" : blueprint.firewallSku().tier()
                + (blueprint.firewallSku() == com.sysgenpro.landingzone.connectivity.FirewallSku.PREMIUM ? ", IDPS alert" : "")),
            new Row("PostgreSQL SKU", Blueprint::postgresSku),
            new Row("PostgreSQL storage", blueprint -> blueprint.postgresStorageMb() / 1024 + " GiB, auto-grow"),
            new Row("PostgreSQL zone-redundant HA", blueprint -> yesNo(blueprint.postgresHighAvailability())),
            new Row("backup retention", blueprint -> blueprint.recoveryScalesWithTier()
                ? blueprint.backupRetentionDays() + " d, or the tier's minimum if higher" : blueprint.backupRetentionDays() + " d"),
            new Row("geo-redundant backup", blueprint -> blueprint.recoveryScalesWithTier() ? "yes" : yesNo(blueprint.geoRedundantBackup())),
            new Row("cross-region replica", blueprint -> blueprint.recoveryScalesWithTier() ? "tier-1" : "no"),
            new Row("registry geo-replica", blueprint -> blueprint.isProduction() ? registryReplicaByTier() : "no"),
            new Row("vaulted backups", blueprint -> blueprint.recoveryScalesWithTier() ? vaultedByTier() : "no"),
            new Row("storage replication", blueprint -> blueprint.storageReplication().terraformValue()),
            new Row("Managed Redis", blueprint -> blueprint.redisSku().terraformValue()
                + (blueprint.redisHighAvailability() ? ", HA" : "") + (blueprint.redisPersistence() ? ", persistent" : "")),
            new Row("log retention", blueprint -> blueprint.logRetentionDays() + " d"),
            new Row("alerts", blueprint -> blueprint.alerts() ? "severity by recovery tier" : "none"),
            new Row("deletion protection", blueprint -> yesNo(blueprint.deletionProtection())),
            new Row("Key Vault purge protection", blueprint -> blueprint.keyVaultPurgeProtection() ? "yes"
                : "no, yes with customer-managed keys"),
            new Row("customer-managed keys", blueprint -> customerManagedKeys(blueprint)),
            new Row("Defender for Cloud plans", blueprint -> blueprint.defenderPlans().isEmpty() ? "none"
                : java.util.Arrays.stream(com.sysgenpro.landingzone.governance.DefenderPlan.values())
                    .filter(blueprint.defenderPlans()::contains)
                    .map(com.sysgenpro.landingzone.governance.DefenderPlan::resourceType)
                    .collect(java.util.stream.Collectors.joining(", "))),
            new Row("monthly budget", blueprint -> String.format(java.util.Locale.ROOT, "%,d", blueprint.monthlyBudget())),
            new Row("Terraform state", blueprint -> blueprint.remoteState() ? "estate's state account" : "local"),
            new Row("tenant quota", blueprint -> blueprint.tenantQuota().toString()),
            new Row("container defaults", blueprint -> blueprint.containerDefaults().toString()),
            new Row("ingress (Traefik)", blueprint -> blueprint.ingressReplicas() + " × " + blueprint.ingressResources()
                + (blueprint.ingressReplicas() > 1 ? ", disruption budget" : "") + (blueprint.zoneRedundant() ? ", spread across zones" : "")
                + (blueprint.publicIngress() ? ", public" : ", internal load balancer")),
            new Row("upload limit / request timeout", blueprint -> blueprint.maxUploadMb() + " MiB / " + blueprint.requestTimeoutSeconds() + " s"),
            new Row("runs", blueprint -> blueprint.scaleDown().map(ScaleDownSchedule::toString).orElse("always")));

        StringBuilder table = new StringBuilder("| setting |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Blueprint blueprint : blueprints) {
            table.append(' ').append(blueprint.name()).append(" |");
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (Blueprint blueprint : blueprints) {
                cells.add(row.value().apply(blueprint));
            }
            table.append("| ").append(row.label()).append(" | ").append(String.join(" | ", cells)).append(" |\n");
        }
        return table.toString();
    }

    private static String vaultedByTier() {
        return String.join(", ", java.util.Arrays.stream(RecoveryTier.values()).filter(tier -> tier.longTermRetentionMonths() > 0)
            .map(tier -> tier.id() + ": " + tier.longTermRetentionMonths() + " months").toList());
    }

    private static String registryReplicaByTier() {
        return String.join(", ", java.util.Arrays.stream(RecoveryTier.values()).filter(RecoveryTier::registryReplica)
            .map(RecoveryTier::id).toList()) + ", in the recovery region";
    }

    private static String customerManagedKeys(Blueprint blueprint) {
        var from = blueprint.customerManagedKeysFrom();
        return (from == com.sysgenpro.landingzone.core.DataClassification.REGULATED ? "regulated units"
            : from.id() + " data and above") + "; others opt in";
    }

    private static String ratio(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private record Row(String label, Function<Blueprint, String> value) {
    }
}
