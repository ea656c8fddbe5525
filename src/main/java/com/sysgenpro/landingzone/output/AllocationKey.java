package com.sysgenpro.landingzone.output;

import java.util.List;

/**
 * How a shared hosting stack's cost is allocated to its tenants, as {@code landing-zone.json} records it (the hosting's
 * {@code allocation}): each tenant's weight, its namespace quota's requested CPU.
 *
 * @param stack the shared hosting stack
 * @param basis what a weight measures, e.g. {@code requests.cpu}
 * @param tenants the tenants, in estate order
 */
public record AllocationKey(String stack, String basis, List<Tenant> tenants) {

    /** Copies the list. */
    public AllocationKey {
        tenants = List.copyOf(tenants);
    }

    /** What the weights add up to. */
    public long totalWeight() {
        return tenants.stream().mapToLong(Tenant::weight).sum();
    }

    /**
     * One tenant of a shared hosting.
     *
     * @param businessUnit its business unit
     * @param environment its environment
     * @param tenancy {@code shared} or {@code semi-dedicated}
     * @param stack the tenant's own stack
     * @param weight its weight in the allocation, at least 1
     */
    public record Tenant(String businessUnit, String environment, String tenancy, String stack, long weight) {
    }
}
