package com.sysgenpro.landingzone.output;

/**
 * One subscription of the estate's layout as {@code landing-zone.json} describes it.
 *
 * @param key its key in the layout, e.g. {@code wholesale-production}, which stacks' {@link StackContext#subscription()} name
 * @param displayName its display name, e.g. {@code nwd-wholesale-production}
 * @param managementGroup the key of the management group it is placed in
 * @param vended whether the vending stack creates it (else it is adopted)
 * @param workload Azure's workload type, {@code Production} or {@code DevTest}; {@code null} for a retiring one
 * @param subscriptionId the id of an adopted subscription; {@code null} for a created one, whose id Azure assigns
 * @param retired whether it has left the layout and is being retired ({@code subscriptions.retired}): no stack deploys
 *     into it, and it waits in the decommissioned group
 */
public record DescribedSubscription(String key, String displayName, String managementGroup, String workload, boolean vended,
                                    String subscriptionId, boolean retired) {
}
