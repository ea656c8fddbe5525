package com.sysgenpro.landingzone.blueprint;

/**
 * The size of an AKS node pool: its VM size and the bounds the cluster autoscaler keeps it in.
 *
 * @param vmSize the Azure VM size, e.g. {@code Standard_D4ds_v5}
 * @param minCount the fewest nodes; 0 lets a user pool scale to nothing outside working hours
 * @param maxCount the most nodes, at least {@code minCount} and at least 1
 */
public record NodePoolSize(String vmSize, int minCount, int maxCount) {

    /** Checks the bounds. */
    public NodePoolSize {
        if (vmSize == null || vmSize.isBlank()) {
            throw new IllegalArgumentException("node pool vmSize is required, e.g. Standard_D4ds_v5");
        }
        if (minCount < 0 || maxCount < 1 || minCount > maxCount) {
            throw new IllegalArgumentException("node pool bounds " + minCount + ".." + maxCount
                + " are invalid: need 0 <= minCount <= maxCount and maxCount >= 1");
        }
    }

    @Override
    public String toString() {
        return vmSize + " × " + minCount + "–" + maxCount;
    }
}
