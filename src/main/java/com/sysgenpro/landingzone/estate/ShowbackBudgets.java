package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.Budget;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import io.cdktn.cdktn.Fn;
import io.cdktn.cdktn.Token;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import software.constructs.Construct;

/**
 * The budgets of a shared hosting ({@link ShowbackKey}): one for the hosting itself, alerting the platform owner, and one
 * per tenant watching the tenant's allocated share, alerting the tenant's owner.
 *
 * <p>Scope: the hosting's subscription filtered to the hosting's resource group and its cluster's node resource group
 * (which AKS creates and where the node pools' VMs are billed), since a resource group budget covers one group only.
 * Azure cannot budget part of a resource's cost, so a tenant's share budget is a budget on that same scope whose amount
 * is the hosting cost at which the tenant's share reaches its allotment ({@link ShowbackKey#shareBudget}): when it
 * fires, the tenant's share (its weight ÷ the total weight of the hosting's cost) has reached that percentage of its
 * allotment.
 */
final class ShowbackBudgets {

    private static final int MAX_NAME = 63;

    private ShowbackBudgets() {
    }

    /** Adds the hosting's budget and its tenants' share budgets to {@code stack}. */
    static void add(Construct stack, Estate estate, SharedHosting hosting, ResourceGroup group, KubernetesCluster cluster) {
        // The subscription the hosting's group is in (its id's third segment), with or without a layout, and no data source.
        String subscription = "/subscriptions/" + Token.asString(Fn.element(Fn.split("/", group.id()), 2));
        List<String> groups = List.of(group.name(), cluster.nodeResourceGroupName());
        Budget.Builder.create(stack, "budget")
            .name(name(hosting.stackName(), ""))
            .subscriptionScopeId(subscription)
            .resourceGroupNames(groups)
            .amount(ShowbackKey.hostingBudget(hosting))
            .startDate(estate.budgetStart())
            .contactEmails(List.of(estate.platformOwner()))
            .build();
        for (Placement tenant : hosting.tenants()) {
            Budget.Builder.create(stack, "budget-share-" + tenant.stackName())
                .name(name(tenant.stackName(), "-share"))
                .subscriptionScopeId(subscription)
                .resourceGroupNames(groups)
                .amount(ShowbackKey.shareBudget(hosting, tenant))
                .startDate(estate.budgetStart())
                // A temporary tenant's share is watched while it exists; the hosting's own budget outlives it.
                .lastDay(tenant.environment().expires())
                .contactEmails(List.of(tenant.unit().owner()))
                .build();
        }
    }

    /**
     * {@code budget-<stack><suffix>}, within Azure's 63 characters: a longer name keeps its start and ends in a hash of the
     * whole, so that it stays unique and the same on every synthesis.
     */
    static String name(String stackName, String suffix) {
        String name = "budget-" + stackName + suffix;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = sha256(name).substring(0, 8);
        String tail = "-" + hash + suffix;
        return name.substring(0, MAX_NAME - tail.length()).replaceAll("-+$", "") + tail;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
