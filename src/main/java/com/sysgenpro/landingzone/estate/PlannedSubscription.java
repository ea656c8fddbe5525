package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.DefenderPlan;
import com.sysgenpro.landingzone.governance.ResourceProvider;
import com.sysgenpro.landingzone.governance.SubscriptionFeature;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One subscription of an estate's layout ({@link EstatePlan#subscriptions()}): what it is called, where it sits, whether
 * it is created or adopted, what deploys into it and the guardrails it gets.
 *
 * @param key the subscription's key in the layout, e.g. {@code management}, {@code shared-production},
 *     {@code wholesale-production}: its entry under {@code subscriptions.existing}, its vending stack output
 *     ({@code subscription-<key>}) and its construct ids
 * @param displayName the display name of a created subscription, {@code <prefix>-<key>}
 * @param workload what it hosts, which sets its group and, under a Dev/Test offer, Azure's workload type
 * @param managementGroupKey the key of the management group the platform stack places it in
 * @param adoptedId the id of the existing subscription adopted; null when the vending stack creates it
 * @param stacks the stacks whose azurerm provider deploys into it, in synthesis order; empty for the connectivity and
 *     identity subscriptions, which the landing zone creates and guards before anything runs in them
 * @param owners who its budget alerts
 * @param monthlyBudget its monthly budget: what the budgets of the environments in it add up to (the platform's for the
 *     platform subscriptions)
 * @param defenderPlans the Defender for Cloud plans it enables: those of its environments' blueprints
 * @param features the resource provider features the guardrails register: encryption at host where a cluster runs, in a
 *     subscription the landing zone creates (an adopted one has it registered beforehand, as without a layout)
 * @param resourceProviders the resource providers its stacks use beyond those Azure registers by default, by what it
 *     hosts (the guardrails' own are {@link com.sysgenpro.landingzone.governance.SubscriptionGuardrails#RESOURCE_PROVIDERS})
 * @param tags the tags of a created subscription, by name (tags whose value the estate lacks are left out)
 */
record PlannedSubscription(String key, String displayName, SubscriptionWorkload workload, String managementGroupKey,
                                  String adoptedId, List<String> stacks, List<String> owners, int monthlyBudget,
                                  Set<DefenderPlan> defenderPlans, Set<SubscriptionFeature> features,
                                  Set<ResourceProvider> resourceProviders, Map<String, String> tags) {

    /** The prefix of the vending stack's outputs: {@code subscription-<key>} holds the subscription's id. */
    public static final String OUTPUT_PREFIX = "subscription-";

    /** Copies the collections. */
    public PlannedSubscription {
        stacks = List.copyOf(stacks);
        owners = List.copyOf(owners);
        defenderPlans = Set.copyOf(defenderPlans);
        features = Set.copyOf(features);
        resourceProviders = Set.copyOf(resourceProviders);
        tags = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tags));
    }

    /** The alias a created subscription is known by in the tenant, {@code sub-<prefix>-<key>}. */
    public String alias() {
        return "sub-" + displayName;
    }

    /** The id of the adopted subscription; empty when it is created. */
    public Optional<String> adopted() {
        return Optional.ofNullable(adoptedId);
    }

    /** The vending stack's output holding its id. */
    public String outputName() {
        return OUTPUT_PREFIX + key;
    }
}
