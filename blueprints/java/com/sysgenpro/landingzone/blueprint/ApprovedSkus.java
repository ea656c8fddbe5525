package com.sysgenpro.landingzone.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The SKUs a blueprint tier approves, as Azure Policy names them; the SKU initiative denies anything else.
 *
 * @param vmSizes VM sizes for virtual machines and AKS node pools, e.g. {@code Standard_D4ds_v5}
 * @param storage storage account SKUs ({@code <tier>_<replication>}), e.g. {@code Standard_ZRS}
 * @param postgres PostgreSQL flexible server SKUs without Terraform's tier prefix, e.g. {@code Standard_D4ds_v5}
 * @param redis Azure Managed Redis SKUs, e.g. {@code Balanced_B3}
 */
public record ApprovedSkus(List<String> vmSizes, List<String> storage, List<String> postgres, List<String> redis) {

    /** Copies the lists. */
    public ApprovedSkus {
        vmSizes = List.copyOf(vmSizes);
        storage = List.copyOf(storage);
        postgres = List.copyOf(postgres);
        redis = List.copyOf(redis);
    }

    /** Everything approved by either, this one's entries first. */
    public ApprovedSkus union(ApprovedSkus other) {
        return new ApprovedSkus(merge(vmSizes, other.vmSizes), merge(storage, other.storage),
            merge(postgres, other.postgres), merge(redis, other.redis));
    }

    private static List<String> merge(List<String> first, List<String> second) {
        LinkedHashSet<String> merged = new LinkedHashSet<>(first);
        merged.addAll(second);
        return new ArrayList<>(merged);
    }
}
