package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.DefenderPlan;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.governance.SubscriptionFeature;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays an estate's stacks out on subscriptions ({@link SubscriptionSettings}): the platform's three, one per shared
 * hosting, and the business units' by {@link SubscriptionLayout}. Nothing is laid out without settings.
 */
final class SubscriptionPlanner {

    /** The platform subscriptions, in the order of their groups under the platform group. */
    static final List<String> PLATFORM_KEYS = List.of(ManagementGroupNode.MANAGEMENT, ManagementGroupNode.CONNECTIVITY,
        ManagementGroupNode.IDENTITY);

    private SubscriptionPlanner() {
    }

    static List<PlannedSubscription> plan(Estate estate, List<Placement> placements, Map<String, SharedHosting> sharedHosting) {
        SubscriptionSettings settings = estate.subscriptions();
        if (settings == null) {
            return List.of();
        }
        List<PlannedSubscription> subscriptions = new ArrayList<>();
        Map<String, String> platformTags = tags(null, estate.platformOwner(), estate.platformCostCenter());
        for (String key : PLATFORM_KEYS) {
            subscriptions.add(new PlannedSubscription(key, estate.prefix() + "-" + key, SubscriptionWorkload.PRODUCTION, key,
                settings.existing().get(key), platformStacks(estate, key),
                owners(estate.platformOwner()), estate.platformMonthlyBudget(), Set.of(), Set.of(), platformTags));
        }
        for (SharedHosting hosting : sharedHosting.values()) {
            String key = hosting.stackName();
            List<String> stacks = new ArrayList<>(List.of(key));
            hosting.tenants().forEach(tenant -> stacks.add(tenant.stackName()));
            SubscriptionWorkload workload = Placement.subscriptionWorkload(hosting.blueprint());
            int budget = hosting.tenants().stream().mapToInt(Placement::monthlyBudget).sum();
            subscriptions.add(new PlannedSubscription(key, estate.prefix() + "-" + key, workload, sharedGroupKey(hosting),
                settings.existing().get(key), stacks, owners(estate.platformOwner()), budget,
                hosting.blueprint().defenderPlans(), Set.of(SubscriptionFeature.ENCRYPTION_AT_HOST), platformTags));
        }
        Map<String, List<Placement>> byKey = new LinkedHashMap<>();
        for (Placement placement : placements) {
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                byKey.computeIfAbsent(unitKey(settings.layout(), placement), key -> new ArrayList<>()).add(placement);
            }
        }
        byKey.forEach((key, members) -> {
            Placement first = members.get(0);
            BusinessUnit unit = first.unit();
            String adopted = settings.existing().get(key);
            if (adopted == null) {
                adopted = members.stream().map(member -> member.environment().subscriptionId()).filter(id -> id != null)
                    .findFirst().orElse(null);
            }
            Set<DefenderPlan> plans = EnumSet.noneOf(DefenderPlan.class);
            members.forEach(member -> plans.addAll(member.blueprint().defenderPlans()));
            Map<String, String> tags = tags(unit.name(), unit.owner(), unit.costCenter());
            subscriptions.add(new PlannedSubscription(key, estate.prefix() + "-" + key, first.subscriptionWorkload(),
                first.managementGroupKey(), adopted, members.stream().map(Placement::stackName).toList(), owners(unit.owner()),
                members.stream().mapToInt(Placement::monthlyBudget).sum(), plans, Set.of(SubscriptionFeature.ENCRYPTION_AT_HOST),
                tags));
        });
        return subscriptions;
    }

    /** The stacks a platform subscription holds: management the platform stack, connectivity the hubs, identity nothing yet. */
    private static List<String> platformStacks(Estate estate, String key) {
        if (key.equals(ManagementGroupNode.MANAGEMENT)) {
            return List.of(PlatformStack.NAME);
        }
        return key.equals(ManagementGroupNode.CONNECTIVITY) && Connectivity.enabled(estate) ? List.of(ConnectivityStack.NAME) : List.of();
    }

    /** The subscriptions being retired, in estate order; empty without settings. */
    static List<RetiredSubscription> retired(Estate estate) {
        SubscriptionSettings settings = estate.subscriptions();
        if (settings == null) {
            return List.of();
        }
        return settings.retired().stream().distinct()
            .map(key -> new RetiredSubscription(key, estate.prefix() + "-" + key, settings.existing().get(key))).toList();
    }

    /** A created subscription's tags; planned before validation, so values the estate lacks are left out rather than refused. */
    private static Map<String, String> tags(String unit, String owner, String costCenter) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (unit != null) {
            tags.put(Tags.BUSINESS_UNIT, unit);
        }
        if (owner != null) {
            tags.put(Tags.OWNER, owner);
        }
        if (costCenter != null) {
            tags.put(Tags.COST_CENTER, costCenter);
        }
        tags.put(Tags.MANAGED_BY, BusinessUnitEnvironmentStack.MANAGED_BY);
        return tags;
    }

    /**
     * The key of a dedicated environment's subscription: {@code <unit>-<class>} (production, nonproduction, sandbox) in
     * {@link SubscriptionLayout#UNIT_CLASS}, the stack's name in {@link SubscriptionLayout#UNIT_ENVIRONMENT}.
     */
    static String unitKey(SubscriptionLayout layout, Placement placement) {
        return switch (layout) {
            case UNIT_CLASS -> placement.unit().name() + "-" + className(placement.subscriptionWorkload());
            case UNIT_ENVIRONMENT -> placement.stackName();
        };
    }

    private static List<String> owners(String owner) {
        return owner == null ? List.of() : List.of(owner);
    }

    private static String className(SubscriptionWorkload workload) {
        return switch (workload) {
            case PRODUCTION, CLIENT_ISOLATED -> "production";
            case NON_PRODUCTION -> "nonproduction";
            case SANDBOX -> "sandbox";
        };
    }

    /**
     * The group a shared hosting's subscription sits in: a group of its own under corp, named after the hosting, so
     * that its backup initiative carries the tier of the tenants it serves; the sandbox group for sandbox-class hosting.
     */
    static String sharedGroupKey(SharedHosting hosting) {
        return Placement.subscriptionWorkload(hosting.blueprint()) == SubscriptionWorkload.SANDBOX ? ManagementGroupNode.SANDBOX
            : hosting.stackName();
    }

    /** The shared hostings that have a group of their own ({@link #sharedGroupKey}), in plan order. */
    static List<SharedHosting> sharedGroups(EstatePlan plan) {
        return plan.sharedHosting().values().stream()
            .filter(hosting -> !sharedGroupKey(hosting).equals(ManagementGroupNode.SANDBOX)).toList();
    }

}
