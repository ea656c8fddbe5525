package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.internal.Choices;
import java.util.Optional;

/**
 * The SKU of an Azure Managed Redis instance ({@link ManagedRedis}, {@code sku_name}): every SKU azurerm accepts, in
 * four families. A blueprint's approved-SKU policy narrows them per environment class. The retired Redis Enterprise's
 * {@code Enterprise_} SKUs are not among them.
 */
public enum ManagedRedisSku {
    /** Balanced_B0: Balanced memory and compute, the general-purpose family, the family's smallest size. */
    BALANCED_B0(Family.BALANCED, "Balanced_B0"),
    /** Balanced_B1. */
    BALANCED_B1(Family.BALANCED, "Balanced_B1"),
    /** Balanced_B3: the default, and the smallest size the production blueprint approves. */
    BALANCED_B3(Family.BALANCED, "Balanced_B3"),
    /** Balanced_B5. */
    BALANCED_B5(Family.BALANCED, "Balanced_B5"),
    /** Balanced_B10. */
    BALANCED_B10(Family.BALANCED, "Balanced_B10"),
    /** Balanced_B20. */
    BALANCED_B20(Family.BALANCED, "Balanced_B20"),
    /** Balanced_B50. */
    BALANCED_B50(Family.BALANCED, "Balanced_B50"),
    /** Balanced_B100. */
    BALANCED_B100(Family.BALANCED, "Balanced_B100"),
    /** Balanced_B150. */
    BALANCED_B150(Family.BALANCED, "Balanced_B150"),
    /** Balanced_B250. */
    BALANCED_B250(Family.BALANCED, "Balanced_B250"),
    /** Balanced_B350. */
    BALANCED_B350(Family.BALANCED, "Balanced_B350"),
    /** Balanced_B500. */
    BALANCED_B500(Family.BALANCED, "Balanced_B500"),
    /** Balanced_B700. */
    BALANCED_B700(Family.BALANCED, "Balanced_B700"),
    /** Balanced_B1000. */
    BALANCED_B1000(Family.BALANCED, "Balanced_B1000"),
    /** ComputeOptimized_X3: More vCPUs per GB, for throughput-bound caches, the family's smallest size. */
    COMPUTE_OPTIMIZED_X3(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X3"),
    /** ComputeOptimized_X5. */
    COMPUTE_OPTIMIZED_X5(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X5"),
    /** ComputeOptimized_X10. */
    COMPUTE_OPTIMIZED_X10(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X10"),
    /** ComputeOptimized_X20. */
    COMPUTE_OPTIMIZED_X20(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X20"),
    /** ComputeOptimized_X50. */
    COMPUTE_OPTIMIZED_X50(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X50"),
    /** ComputeOptimized_X100. */
    COMPUTE_OPTIMIZED_X100(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X100"),
    /** ComputeOptimized_X150. */
    COMPUTE_OPTIMIZED_X150(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X150"),
    /** ComputeOptimized_X250. */
    COMPUTE_OPTIMIZED_X250(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X250"),
    /** ComputeOptimized_X350. */
    COMPUTE_OPTIMIZED_X350(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X350"),
    /** ComputeOptimized_X500. */
    COMPUTE_OPTIMIZED_X500(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X500"),
    /** ComputeOptimized_X700. */
    COMPUTE_OPTIMIZED_X700(Family.COMPUTE_OPTIMIZED, "ComputeOptimized_X700"),
    /** MemoryOptimized_M10: More memory per vCPU, for large data sets, the family's smallest size. */
    MEMORY_OPTIMIZED_M10(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M10"),
    /** MemoryOptimized_M20. */
    MEMORY_OPTIMIZED_M20(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M20"),
    /** MemoryOptimized_M50. */
    MEMORY_OPTIMIZED_M50(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M50"),
    /** MemoryOptimized_M100. */
    MEMORY_OPTIMIZED_M100(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M100"),
    /** MemoryOptimized_M150. */
    MEMORY_OPTIMIZED_M150(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M150"),
    /** MemoryOptimized_M250. */
    MEMORY_OPTIMIZED_M250(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M250"),
    /** MemoryOptimized_M350. */
    MEMORY_OPTIMIZED_M350(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M350"),
    /** MemoryOptimized_M500. */
    MEMORY_OPTIMIZED_M500(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M500"),
    /** MemoryOptimized_M700. */
    MEMORY_OPTIMIZED_M700(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M700"),
    /** MemoryOptimized_M1000. */
    MEMORY_OPTIMIZED_M1000(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M1000"),
    /** MemoryOptimized_M1500. */
    MEMORY_OPTIMIZED_M1500(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M1500"),
    /** MemoryOptimized_M2000. */
    MEMORY_OPTIMIZED_M2000(Family.MEMORY_OPTIMIZED, "MemoryOptimized_M2000"),
    /** FlashOptimized_A250: Memory extended with NVMe flash, for very large, mostly cold data sets; always clustered, the family's smallest size. */
    FLASH_OPTIMIZED_A250(Family.FLASH_OPTIMIZED, "FlashOptimized_A250"),
    /** FlashOptimized_A500. */
    FLASH_OPTIMIZED_A500(Family.FLASH_OPTIMIZED, "FlashOptimized_A500"),
    /** FlashOptimized_A700. */
    FLASH_OPTIMIZED_A700(Family.FLASH_OPTIMIZED, "FlashOptimized_A700"),
    /** FlashOptimized_A1000. */
    FLASH_OPTIMIZED_A1000(Family.FLASH_OPTIMIZED, "FlashOptimized_A1000"),
    /** FlashOptimized_A1500. */
    FLASH_OPTIMIZED_A1500(Family.FLASH_OPTIMIZED, "FlashOptimized_A1500"),
    /** FlashOptimized_A2000. */
    FLASH_OPTIMIZED_A2000(Family.FLASH_OPTIMIZED, "FlashOptimized_A2000"),
    /** FlashOptimized_A4500. */
    FLASH_OPTIMIZED_A4500(Family.FLASH_OPTIMIZED, "FlashOptimized_A4500");

    /** The performance family of a SKU, the part of its name before {@code _}. */
    public enum Family {
        /** Balanced memory and compute ({@code Balanced_B…}). */
        BALANCED,
        /** More vCPUs per GB ({@code ComputeOptimized_X…}). */
        COMPUTE_OPTIMIZED,
        /** More memory per vCPU ({@code MemoryOptimized_M…}). */
        MEMORY_OPTIMIZED,
        /** Memory extended with NVMe flash, always clustered ({@code FlashOptimized_A…}). */
        FLASH_OPTIMIZED
    }

    private final Family family;
    private final String terraformValue;

    ManagedRedisSku(Family family, String terraformValue) {
        this.family = family;
        this.terraformValue = terraformValue;
    }

    /** The value of {@code sku_name}, e.g. {@code Balanced_B3}. */
    public String terraformValue() {
        return terraformValue;
    }

    /** The SKU's family, e.g. {@link Family#BALANCED}. */
    public Family family() {
        return family;
    }

    /** The SKU spelled {@code terraformValue} exactly as Azure spells it, e.g. {@code Balanced_B3}, if any. */
    public static Optional<ManagedRedisSku> find(String terraformValue) {
        return Choices.find(values(), ManagedRedisSku::terraformValue, terraformValue);
    }

    /** Every SKU's spelling, in declaration order, for an "allowed: …" message. */
    public static String allowed() {
        return Choices.allowed(values(), ManagedRedisSku::terraformValue);
    }

    /** The SKU as Azure spells it, e.g. {@code Balanced_B3}. */
    @Override
    public String toString() {
        return terraformValue;
    }
}
