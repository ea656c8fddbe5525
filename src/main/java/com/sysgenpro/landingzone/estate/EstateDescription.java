package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.output.DescribedStack;
import com.sysgenpro.landingzone.output.DescribedSubscription;
import com.sysgenpro.landingzone.output.LandingZoneDescription;
import com.sysgenpro.landingzone.output.OperatingHours;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.Suppression;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Describes an estate's plan as {@link LandingZoneDescription} ({@value LandingZoneDescription#FILE}, written beside the
 * manifest): per stack what its Terraform does not say (business unit, environment, blueprint, recovery tier, tenancy,
 * management group, the policy parameters in force there; for a shared hosting its showback key and capacity; for a
 * temporary environment's stack its last day; where clusters and servers stop on schedule, when) and the estate's
 * suppressions, so that {@code check}, {@code preview}, {@code runbook} and {@code diagram} need only the output
 * directory, also a base branch's.
 */
final class EstateDescription {

    private EstateDescription() {
    }

    /** Describes the stacks {@code written} accepts and their suppressions: an output describes only what it holds. */
    static void write(Estate estate, EstatePlan plan, Path directory, Predicate<String> written) {
        describe(estate, plan, written).write(directory);
    }

    static LandingZoneDescription describe(Estate estate, EstatePlan plan, Predicate<String> written) {
        Map<String, String> subscriptionOf = new TreeMap<>();
        for (PlannedSubscription subscription : plan.subscriptions()) {
            subscription.stacks().forEach(name -> subscriptionOf.put(name, subscription.key()));
        }
        Map<String, OperatingHours> hours = new TreeMap<>();
        ScheduledShutdown.all(estate, plan).forEach((name, schedule) -> hours.put(name, schedule.describe()));
        Map<String, DescribedStack> stacks = new TreeMap<>();
        for (PlannedStack planned : plan.stacks()) {
            if (written.test(planned.name())) {
                stacks.put(planned.name(), stack(estate, plan, planned, subscriptionOf.get(planned.name()), hours.get(planned.name())));
            }
        }
        // In an output of some stacks, a suppression of a stack left out would seem unused to check.
        List<Suppression> suppressions = estate.suppressions().stream().filter(suppression -> written.test(suppression.stack())).toList();
        return new LandingZoneDescription(estate.organisation(), estate.prefix(), estate.mandatoryTags(), suppressions, stacks,
            subscriptions(estate, plan));
    }

    private static DescribedStack stack(Estate estate, EstatePlan plan, PlannedStack planned, String subscription,
                                        OperatingHours hours) {
        String name = planned.name();
        StackKind kind = planned.kind();
        if (kind == StackKind.SUBSCRIPTIONS) {
            // Deployed into the vending subscription, which the landing zone neither creates nor places.
            return new DescribedStack(context(name, kind, null, null, null, null, null, null, List.of(), Map.of(), false,
                subscription, null), null, null, hours);
        }
        if (kind == StackKind.PLATFORM || kind == StackKind.CONNECTIVITY) {
            // The platform's subscriptions sit under the platform group, where only the root's initiatives hold.
            return new DescribedStack(context(name, kind, null, null, null, null, null, null,
                PolicyParameters.initiatives(SubscriptionWorkload.CLIENT_ISOLATED),
                PolicyParameters.inForce(estate, SubscriptionWorkload.CLIENT_ISOLATED, null), false, subscription, null), null, null, hours);
        }
        if (planned.hosting() != null) {
            SharedHosting hosting = planned.hosting();
            SubscriptionWorkload workload = Placement.subscriptionWorkload(hosting.blueprint());
            boolean sharedHosting = kind == StackKind.SHARED_HOSTING;
            StackContext context = context(name, kind, null, null, hosting.blueprint(), hosting.recoveryTier(), "shared",
                plan.subscriptions().isEmpty() ? null : SubscriptionPlanner.sharedGroupKey(hosting),
                PolicyParameters.initiatives(workload), PolicyParameters.inForce(estate, workload, hosting.recoveryTier()),
                sharedHosting && hosting.customerManagedKeys(), subscription, null);
            // The showback key (who the hosting's cost is allocated to, by what weight), and what the tenants need and
            // the sizes that hold it, for ./lz cost.
            return sharedHosting
                ? new DescribedStack(context, ShowbackKey.describe(name, hosting),
                    hosting.capacity().describe(name, SharedCapacity.overrideReason(estate, hosting)), hours)
                : new DescribedStack(context, null, null, hours);
        }
        Placement placement = planned.placement();
        RecoveryTier tier = placement.recoveryTier().orElse(null);
        SubscriptionWorkload workload = placement.subscriptionWorkload();
        boolean unitStack = kind == StackKind.BUSINESS_UNIT;
        return new DescribedStack(context(name, kind, placement.unit().name(), placement.environment().name(), placement.blueprint(),
            tier, placement.tenancy().id(), placement.managementGroupKey(), PolicyParameters.initiatives(plan, placement),
            PolicyParameters.inForce(estate, workload, tier), unitStack && placement.customerManagedKeys(), subscription,
            // A temporary environment's last day, which check and preview judge on the day they run.
            unitStack ? placement.environment().expires() : null), null, null, hours);
    }

    private static StackContext context(String name, StackKind kind, String unit, String environment, Blueprint blueprint,
                                        RecoveryTier tier, String tenancy, String managementGroup, List<String> initiatives,
                                        Map<String, Object> parameters, boolean customerManagedKeys, String subscription,
                                        LocalDate expires) {
        return new StackContext(name, kind, unit, environment, blueprint == null ? null : blueprint.name(),
            blueprint != null && blueprint.isProduction(), tier == null ? null : tier.id(), tenancy, managementGroup,
            new HashSet<>(initiatives), parameters, customerManagedKeys, subscription, expires);
    }

    /** The layout's subscriptions and the retired ones, by key; none without a layout. */
    private static Map<String, DescribedSubscription> subscriptions(Estate estate, EstatePlan plan) {
        Map<String, DescribedSubscription> subscriptions = new TreeMap<>();
        if (plan.subscriptions().isEmpty()) {
            return subscriptions;
        }
        for (PlannedSubscription subscription : plan.subscriptions()) {
            subscriptions.put(subscription.key(), new DescribedSubscription(subscription.key(), subscription.displayName(),
                subscription.managementGroupKey(), subscription.workload().azureWorkload(estate.subscriptions().devTestOffer()),
                subscription.adopted().isEmpty(), subscription.adopted().orElse(null), false));
        }
        for (RetiredSubscription retired : SubscriptionPlanner.retired(estate)) {
            subscriptions.put(retired.key(), new DescribedSubscription(retired.key(), retired.displayName(),
                ManagementGroupNode.DECOMMISSIONED, null, retired.adopted().isEmpty(), retired.adopted().orElse(null), true));
        }
        return subscriptions;
    }
}
