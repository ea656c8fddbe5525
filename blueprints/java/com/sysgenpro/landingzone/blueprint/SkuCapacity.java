package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SKUs the shipped blueprints approve hold: vCPUs and memory of node sizes, vCores, memory and the default
 * {@code max_connections} of PostgreSQL flexible server SKUs, memory of Azure Managed Redis SKUs. Shared hosting is sized
 * from these ({@code SharedCapacity}). Figures are Azure's published ones: VM sizes from the Ddsv5, Edsv5 and Bsv2 size
 * tables, PostgreSQL connections from the flexible server's limits page (the default is what Azure computes from the
 * SKU's memory; 15 of them are reserved for replication and monitoring), Redis from the SKU's memory size.
 */
public final class SkuCapacity {

    /** A VM size: what a node has before Kubernetes reserves its share for the kubelet and system daemons. */
    public record Node(String sku, int vcpus, int memoryGi) {
    }

    /**
     * A PostgreSQL flexible server SKU.
     *
     * @param sku the SKU as the SKU initiative names it, e.g. {@code Standard_D4ds_v5}
     * @param vcores its vCores
     * @param memoryGi its memory in GiB
     * @param maxConnections Azure's default {@code max_connections} for it, the most this project sets
     */
    public record Postgres(String sku, int vcores, int memoryGi, int maxConnections) {

        /** The connections Azure reserves for replication and monitoring out of {@code max_connections}. */
        public static final int RESERVED_CONNECTIONS = 15;

        /** The SKU with Terraform's tier prefix, e.g. {@code GP_Standard_D4ds_v5}: B_ burstable, GP_ general purpose, MO_ memory optimized. */
        public String terraformName() {
            String series = sku.substring("Standard_".length(), "Standard_".length() + 1);
            return switch (series) {
                case "B" -> "B_" + sku;
                case "E" -> "MO_" + sku;
                default -> "GP_" + sku;
            };
        }

        /** The connections left to tenants at {@code max_connections}: Azure keeps {@link #RESERVED_CONNECTIONS}. */
        public int userConnections() {
            return maxConnections - RESERVED_CONNECTIONS;
        }
    }

    /** An Azure Managed Redis SKU and its memory in MB (1 GB = 1024 MB). */
    public record Redis(ManagedRedisSku sku, int memoryMb) {
    }

    private static final Map<String, Node> NODES = Map.of(
        "Standard_B2s_v2", new Node("Standard_B2s_v2", 2, 8),
        "Standard_B4s_v2", new Node("Standard_B4s_v2", 4, 16),
        "Standard_D2ds_v5", new Node("Standard_D2ds_v5", 2, 8),
        "Standard_D4ds_v5", new Node("Standard_D4ds_v5", 4, 16),
        "Standard_D8ds_v5", new Node("Standard_D8ds_v5", 8, 32),
        "Standard_D16ds_v5", new Node("Standard_D16ds_v5", 16, 64),
        "Standard_E4ds_v5", new Node("Standard_E4ds_v5", 4, 32),
        "Standard_E8ds_v5", new Node("Standard_E8ds_v5", 8, 64));

    private static final Map<String, Postgres> POSTGRES = Map.of(
        "Standard_B1ms", new Postgres("Standard_B1ms", 1, 2, 50),
        "Standard_B2ms", new Postgres("Standard_B2ms", 2, 8, 859),
        "Standard_D2ds_v5", new Postgres("Standard_D2ds_v5", 2, 8, 859),
        "Standard_D4ds_v5", new Postgres("Standard_D4ds_v5", 4, 16, 1_718),
        "Standard_D8ds_v5", new Postgres("Standard_D8ds_v5", 8, 32, 3_437),
        "Standard_E4ds_v5", new Postgres("Standard_E4ds_v5", 4, 32, 3_437),
        "Standard_E8ds_v5", new Postgres("Standard_E8ds_v5", 8, 64, 5_000));

    private static final Map<ManagedRedisSku, Redis> REDIS = Map.of(
        ManagedRedisSku.BALANCED_B0, new Redis(ManagedRedisSku.BALANCED_B0, 512),
        ManagedRedisSku.BALANCED_B1, new Redis(ManagedRedisSku.BALANCED_B1, 1_024),
        ManagedRedisSku.BALANCED_B3, new Redis(ManagedRedisSku.BALANCED_B3, 3_072),
        ManagedRedisSku.BALANCED_B5, new Redis(ManagedRedisSku.BALANCED_B5, 6_144),
        ManagedRedisSku.BALANCED_B10, new Redis(ManagedRedisSku.BALANCED_B10, 12_288),
        ManagedRedisSku.MEMORY_OPTIMIZED_M10, new Redis(ManagedRedisSku.MEMORY_OPTIMIZED_M10, 12_288));

    private SkuCapacity() {
    }

    /** The node size {@code sku}, e.g. {@code Standard_D8ds_v5}, if known. */
    public static Optional<Node> node(String sku) {
        return Optional.ofNullable(NODES.get(sku));
    }

    /** The PostgreSQL SKU {@code sku}, with or without Terraform's tier prefix, if known. */
    public static Optional<Postgres> postgres(String sku) {
        return Optional.ofNullable(POSTGRES.get(sku.replaceFirst("^(B|GP|MO)_", "")));
    }

    /** The Redis SKU {@code sku}, if known. */
    public static Optional<Redis> redis(ManagedRedisSku sku) {
        return Optional.ofNullable(REDIS.get(sku));
    }

    /** The node sizes whose capacity is known, sorted. */
    public static List<String> knownNodeSizes() {
        return NODES.keySet().stream().sorted().toList();
    }

    /** The PostgreSQL SKUs whose capacity is known (without a tier prefix), sorted. */
    public static List<String> knownPostgresSkus() {
        return POSTGRES.keySet().stream().sorted().toList();
    }

    /** The Redis SKUs whose capacity is known, sorted. */
    public static List<String> knownRedisSkus() {
        return REDIS.keySet().stream().map(ManagedRedisSku::terraformValue).sorted().toList();
    }

    /** The PostgreSQL SKUs {@code blueprint} approves that are known here, fewest connections first (then fewest vCores). */
    public static List<Postgres> approvedPostgres(Blueprint blueprint) {
        return blueprint.approvedSkus().postgres().stream().map(SkuCapacity::postgres).flatMap(Optional::stream)
            .sorted(Comparator.comparingInt(Postgres::maxConnections).thenComparingInt(Postgres::vcores)).toList();
    }

    /** The Redis SKUs {@code blueprint} approves that are known here, least memory first (in approval order on a tie). */
    public static List<Redis> approvedRedis(Blueprint blueprint) {
        return blueprint.approvedSkus().redis().stream().map(ManagedRedisSku::find).flatMap(Optional::stream)
            .map(SkuCapacity::redis).flatMap(Optional::stream)
            .sorted(Comparator.comparingInt(Redis::memoryMb)).toList();
    }
}
