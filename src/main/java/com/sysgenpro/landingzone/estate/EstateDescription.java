package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Writes {@value SynthOutput#DESCRIPTION_FILE} beside the manifest: per stack what its Terraform does not say
 * (business unit, environment, blueprint, recovery tier, tenancy, management group, the policy parameters in force
 * there; for a shared hosting its showback key, {@code allocation}: its tenants and their weights, and its {@code capacity}:
 * what its tenants need and the sizes that hold it; for a temporary environment's stack its last day, {@code expires};
 * where clusters and servers stop on schedule, {@code operatingSchedule}: when, in which time zone, what and through
 * which workflows) and the estate's suppressions, so that {@code check}, {@code preview}, {@code runbook} and {@code diagram}
 * need only the output directory, also a base branch's. Laid out as cdktn's files ({@link CdktfJson}), keys sorted, so
 * the file is byte-identical per estate.
 */
final class EstateDescription {

    private EstateDescription() {
    }

    /** Describes the stacks {@code written} accepts and their suppressions: an output describes only what it holds. */
    static void write(Estate estate, EstatePlan plan, Path directory, Predicate<String> written) {
        try {
            Files.writeString(directory.resolve(SynthOutput.DESCRIPTION_FILE), CdktfJson.write(describe(estate, plan, written)),
                StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + SynthOutput.DESCRIPTION_FILE + " into " + directory, e);
        }
    }

    static Map<String, Object> describe(Estate estate, EstatePlan plan, Predicate<String> written) {
        Map<String, Object> stacks = new TreeMap<>();
        for (PlannedStack planned : plan.stacks()) {
            if (planned.kind() == StackKind.SUBSCRIPTIONS) {
                // Deployed into the vending subscription, which the landing zone neither creates nor places.
                stacks.put(planned.name(), stack(StackKind.SUBSCRIPTIONS, null, null, null, null, null, null, List.of(), Map.of()));
            } else if (planned.kind() == StackKind.PLATFORM || planned.kind() == StackKind.CONNECTIVITY) {
                // The platform's subscriptions sit under the platform group, where only the root's initiatives hold.
                stacks.put(planned.name(), stack(planned.kind(), null, null, null, null, null, null,
                    PolicyParameters.initiatives(SubscriptionWorkload.CLIENT_ISOLATED),
                    PolicyParameters.inForce(estate, SubscriptionWorkload.CLIENT_ISOLATED, null)));
            } else if (planned.hosting() != null) {
                SharedHosting hosting = planned.hosting();
                SubscriptionWorkload workload = Placement.subscriptionWorkload(hosting.blueprint());
                stacks.put(planned.name(), customerManagedKeys(stack(planned.kind(), null, null, hosting.blueprint(), tier(hosting.recoveryTier()),
                    "shared", plan.subscriptions().isEmpty() ? null : SubscriptionPlanner.sharedGroupKey(hosting),
                    PolicyParameters.initiatives(workload), PolicyParameters.inForce(estate, workload, hosting.recoveryTier())),
                    planned.kind() == StackKind.SHARED_HOSTING && hosting.customerManagedKeys()));
                if (planned.kind() == StackKind.SHARED_HOSTING) {
                    // The showback key: who the hosting's cost is allocated to, and by what weight.
                    @SuppressWarnings("unchecked")
                    Map<String, Object> stack = (Map<String, Object>) stacks.get(planned.name());
                    stack.put("allocation", ShowbackKey.describe(hosting));
                    // What the tenants need and the sizes that hold it, for ./lz cost's capacity section.
                    stack.put("capacity", hosting.capacity().describe(SharedCapacity.overrideReason(estate, hosting)));
                }
            } else {
                Placement placement = planned.placement();
                RecoveryTier tier = placement.recoveryTier().orElse(null);
                SubscriptionWorkload workload = placement.subscriptionWorkload();
                stacks.put(planned.name(), customerManagedKeys(stack(planned.kind(), placement.unit().name(), placement.environment().name(),
                    placement.blueprint(), tier(tier), placement.tenancy().id(), placement.managementGroupKey(),
                    PolicyParameters.initiatives(plan, placement), PolicyParameters.inForce(estate, workload, tier)),
                    planned.kind() == StackKind.BUSINESS_UNIT && placement.customerManagedKeys()));
                if (planned.kind() == StackKind.BUSINESS_UNIT && placement.environment().expires() != null) {
                    // A temporary environment's last day, which check and preview judge on the day they run.
                    @SuppressWarnings("unchecked")
                    Map<String, Object> stack = (Map<String, Object>) stacks.get(planned.name());
                    stack.put("expires", placement.environment().expires().toString());
                }
            }
        }
        // Which subscription of the layout each stack deploys into, for the diagram and the reports.
        for (PlannedSubscription subscription : plan.subscriptions()) {
            for (String name : subscription.stacks()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> stack = (Map<String, Object>) stacks.get(name);
                stack.put("subscription", subscription.key());
            }
        }
        // When each stack's clusters and servers stop and start, for the runbook (written only where they do).
        ScheduledShutdown.all(estate, plan).forEach((name, schedule) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> stack = (Map<String, Object>) stacks.get(name);
            stack.put("operatingSchedule", schedule.describe());
        });
        stacks.keySet().removeIf(written.negate());
        List<Map<String, Object>> suppressions = new ArrayList<>();
        for (Suppression suppression : estate.suppressions()) {
            // In an output of some stacks, a suppression of a stack left out would seem unused to check.
            if (!written.test(suppression.stack())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", suppression.rule());
            entry.put("stack", suppression.stack());
            if (suppression.resource() != null) {
                entry.put("resource", suppression.resource());
            }
            entry.put("reason", suppression.reason());
            if (suppression.expires() != null) {
                entry.put("expires", suppression.expires().toString());
            }
            suppressions.add(entry);
        }
        Map<String, Object> description = new TreeMap<>();
        description.put("format", SynthOutput.DESCRIPTION_FORMAT);
        description.put("generator", "odoo-landing-zones");
        description.put("organisation", estate.organisation());
        description.put("prefix", estate.prefix());
        description.put("mandatoryTags", estate.mandatoryTags());
        description.put("suppressions", suppressions);
        description.put("stacks", stacks);
        if (!plan.subscriptions().isEmpty()) {
            Map<String, Object> subscriptions = new TreeMap<>();
            for (PlannedSubscription subscription : plan.subscriptions()) {
                Map<String, Object> entry = new TreeMap<>();
                entry.put("displayName", subscription.displayName());
                entry.put("managementGroup", subscription.managementGroupKey());
                entry.put("workload", subscription.workload().azureWorkload(estate.subscriptions().devTestOffer()));
                entry.put("vended", subscription.adopted().isEmpty());
                subscription.adopted().ifPresent(id -> entry.put("subscriptionId", id));
                subscriptions.put(subscription.key(), entry);
            }
            for (RetiredSubscription retired : SubscriptionPlanner.retired(estate)) {
                Map<String, Object> entry = new TreeMap<>();
                entry.put("displayName", retired.displayName());
                entry.put("managementGroup", ManagementGroupNode.DECOMMISSIONED);
                entry.put("vended", retired.adopted().isEmpty());
                retired.adopted().ifPresent(id -> entry.put("subscriptionId", id));
                entry.put("retired", true);
                subscriptions.put(retired.key(), entry);
            }
            description.put("subscriptions", subscriptions);
        }
        return description;
    }

    private static String tier(RecoveryTier tier) {
        return tier == null ? null : tier.id();
    }

    private static Map<String, Object> stack(StackKind kind, String unit, String environment, Blueprint blueprint, String tier,
                                             String tenancy, String managementGroup, List<String> initiatives,
                                             Map<String, Object> parameters) {
        Map<String, Object> stack = new TreeMap<>();
        stack.put("kind", kind.id());
        put(stack, "businessUnit", unit);
        put(stack, "environment", environment);
        if (blueprint != null) {
            stack.put("blueprint", blueprint.name());
            stack.put("production", blueprint.isProduction());
        }
        put(stack, "recoveryTier", tier);
        put(stack, "tenancy", tenancy);
        put(stack, "managementGroup", managementGroup);
        stack.put("initiatives", initiatives.stream().sorted().toList());
        stack.put("parameters", new TreeMap<>(parameters));
        return stack;
    }

    /**
     * Marks a stack whose data or nodes are encrypted with customer-managed keys, for {@code check}. Written only when
     * true, so that other stacks' descriptions stay as they were and an older file reads as no such stack.
     */
    private static Map<String, Object> customerManagedKeys(Map<String, Object> stack, boolean customerManagedKeys) {
        if (customerManagedKeys) {
            stack.put("customerManagedKeys", true);
        }
        return stack;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
