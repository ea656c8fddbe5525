package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.output.AllocationKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a shared hosting's cost is shown back to its tenants: each tenant's weight (its namespace quota's requested CPU),
 * written into {@code landing-zone.json} as the hosting's {@code allocation} for {@code ./lz cost} and the preview, and
 * how each tenant's monthly budget divides between the share it is allocated and its own resource group. The one
 * place a weight is computed: the environment's {@link EnvironmentSize#weight() size weight} enters here.
 */
final class ShowbackKey {

    /** The key's name in {@code landing-zone.json}: what a weight measures. */
    static final String BASIS = "requests.cpu";

    /**
     * The part of a shared tenant's budget that is its allocated share of the hosting, in percent: everything it runs
     * (pods, database, filestore, cache) is on the hosting; its own resource group holds a Key Vault.
     */
    static final int SHARED_SHARE_PERCENT = 90;

    /**
     * The part of a semi-dedicated tenant's budget that is its share of the hosting, in percent: it brings its own
     * node pool and servers, and shares the cluster's control plane, system pool, registry, cache and network.
     */
    static final int SEMI_DEDICATED_SHARE_PERCENT = 50;

    private ShowbackKey() {
    }

    /** A tenant's weight in its hosting's allocation: the CPU its namespace quota requests, its chosen size's weight included. */
    static int weight(Placement tenant) {
        return tenant.blueprint().tenantQuota().requestsCpu() * tenant.environment().size().weightOrOne();
    }

    /** The hosting's {@code allocation} entry: the basis and, in estate order, every tenant with its weight. */
    static AllocationKey describe(String stack, SharedHosting hosting) {
        List<AllocationKey.Tenant> tenants = new ArrayList<>();
        for (Placement tenant : hosting.tenants()) {
            tenants.add(new AllocationKey.Tenant(tenant.unit().name(), tenant.environment().name(), tenant.tenancy().id(),
                tenant.stackName(), weight(tenant)));
        }
        return new AllocationKey(stack, BASIS, tenants);
    }

    /** Whether {@code placement} runs on a shared hosting and so has a share of it. */
    static boolean tenant(Placement placement) {
        return placement.tenancy() != TenancyModel.DEDICATED;
    }

    /** The part of a tenant's monthly budget set against its share of the hosting, in whole currency units (at least 1). */
    static int shareAllotment(Placement tenant) {
        int percent = tenant.tenancy() == TenancyModel.SHARED ? SHARED_SHARE_PERCENT : SEMI_DEDICATED_SHARE_PERCENT;
        int budget = tenant.monthlyBudget();
        return Math.max(1, Math.min(budget - 1, budget * percent / 100));
    }

    /** The rest of a tenant's budget, which its own resource group's budget watches (at least 1). */
    static int ownAllotment(Placement tenant) {
        return Math.max(1, tenant.monthlyBudget() - shareAllotment(tenant));
    }

    /** The hosting's own budget: what its tenants' share allotments add up to. */
    static int hostingBudget(SharedHosting hosting) {
        return hosting.tenants().stream().mapToInt(ShowbackKey::shareAllotment).sum();
    }

    /**
     * The hosting cost at which {@code tenant}'s allocated share reaches its share allotment: allotment × total weight ÷
     * its weight, rounded up to a whole unit. A budget of this amount on the hosting's scope alerts the tenant's owner
     * when its share is spent, as Azure cannot budget part of a resource's cost.
     */
    static int shareBudget(SharedHosting hosting, Placement tenant) {
        int total = hosting.tenants().stream().mapToInt(ShowbackKey::weight).sum();
        return BigDecimal.valueOf(shareAllotment(tenant)).multiply(BigDecimal.valueOf(total))
            .divide(BigDecimal.valueOf(weight(tenant)), 0, RoundingMode.UP).intValueExact();
    }
}
