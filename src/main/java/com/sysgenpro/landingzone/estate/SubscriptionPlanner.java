package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.DefenderPlan;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.governance.ResourceProvider;
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

    /**
     * What the platform stack uses in the management subscription beyond the guardrails: the central workspace,
     * diagnostic settings, management groups and policy remediations.
     */
    static final Set<ResourceProvider> MANAGEMENT_PROVIDERS = Set.copyOf(EnumSet.of(ResourceProvider.OPERATIONAL_INSIGHTS,
        ResourceProvider.INSIGHTS, ResourceProvider.MANAGEMENT, ResourceProvider.POLICY_INSIGHTS));

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
                owners(estate.platformOwner()), estate.platformMonthlyBudget(), Set.of(), Set.of(),
                platformProviders(estate, key), platformTags));
        }
        boolean gitOps = estate.gitOps() != null;
        for (SharedHosting hosting : sharedHosting.values()) {
            String key = hosting.stackName();
            List<String> stacks = new ArrayList<>(List.of(key));
            hosting.tenants().forEach(tenant -> stacks.add(tenant.stackName()));
            SubscriptionWorkload workload = Placement.subscriptionWorkload(hosting.blueprint());
            int budget = hosting.tenants().stream().mapToInt(Placement::monthlyBudget).sum();
            // The hosting's server holds its shared tenants' databases; semi-dedicated tenants bring servers of their own.
            boolean sharedServer = !hosting.dataTenants().isEmpty();
            Set<ResourceProvider> providers = hostingProviders(gitOps, sharedServer,
                sharedServer && hosting.recoverySettings().longTermRetentionMonths() > 0);
            hosting.tenants().forEach(tenant -> providers.addAll(tenantProviders(tenant)));
            String adopted = settings.existing().get(key);
            subscriptions.add(new PlannedSubscription(key, estate.prefix() + "-" + key, workload, sharedGroupKey(hosting),
                adopted, stacks, owners(estate.platformOwner()), budget,
                hosting.blueprint().defenderPlans(), clusterFeatures(adopted), providers, platformTags));
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
            // Each dedicated environment runs a cluster of its own.
            Set<ResourceProvider> providers = hostingProviders(gitOps, false, false);
            members.forEach(member -> providers.addAll(tenantProviders(member)));
            Map<String, String> tags = tags(unit.name(), unit.owner(), unit.costCenter());
            subscriptions.add(new PlannedSubscription(key, estate.prefix() + "-" + key, first.subscriptionWorkload(),
                first.managementGroupKey(), adopted, members.stream().map(Placement::stackName).toList(), owners(unit.owner()),
                members.stream().mapToInt(Placement::monthlyBudget).sum(), plans, clusterFeatures(adopted), providers, tags));
        });
        return subscriptions;
    }

    /**
     * What the connectivity stack uses in its subscription: the hubs, their resolver, peerings and private DNS zones,
     * their workspace and diagnostic settings; and Microsoft.ContainerService, which AKS needs registered in the
     * subscription of a private cluster's custom zone too (learn.microsoft.com/azure/aks/private-clusters, "If the
     * private DNS zone is in a different subscription than the AKS cluster, you need to register the
     * Microsoft.ContainerService Azure provider in both subscriptions"): the clusters' central zones are there.
     */
    static final Set<ResourceProvider> CONNECTIVITY_PROVIDERS = Set.copyOf(EnumSet.of(ResourceProvider.NETWORK,
        ResourceProvider.OPERATIONAL_INSIGHTS, ResourceProvider.INSIGHTS, ResourceProvider.CONTAINER_SERVICE));

    /** The resource providers a platform subscription's stack needs registered: see {@link #platformStacks}. */
    private static Set<ResourceProvider> platformProviders(Estate estate, String key) {
        if (key.equals(ManagementGroupNode.MANAGEMENT)) {
            return MANAGEMENT_PROVIDERS;
        }
        return key.equals(ManagementGroupNode.CONNECTIVITY) && Connectivity.enabled(estate) ? CONNECTIVITY_PROVIDERS : Set.of();
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

    /**
     * The resource providers of a stack that runs a cluster (a shared hosting, or a dedicated environment), as
     * {@link Hosting} builds it: network, Key Vault, logs, the cluster with its monitoring and Azure Policy add-ons,
     * registry, Redis, workload identities, diagnostics and alerts; Flux where the estate has GitOps; a PostgreSQL
     * server and its filestore account where the stack holds databases, a backup vault where they keep long-term backups.
     */
    static Set<ResourceProvider> hostingProviders(boolean gitOps, boolean databases, boolean backupVault) {
        Set<ResourceProvider> providers = EnumSet.of(ResourceProvider.NETWORK, ResourceProvider.KEY_VAULT,
            ResourceProvider.OPERATIONAL_INSIGHTS, ResourceProvider.INSIGHTS, ResourceProvider.MANAGED_IDENTITY,
            ResourceProvider.CONTAINER_SERVICE, ResourceProvider.COMPUTE, ResourceProvider.OPERATIONS_MANAGEMENT,
            ResourceProvider.POLICY_INSIGHTS, ResourceProvider.CONTAINER_REGISTRY, ResourceProvider.CACHE);
        if (gitOps) {
            providers.add(ResourceProvider.KUBERNETES_CONFIGURATION);
            providers.add(ResourceProvider.KUBERNETES);
        }
        if (databases) {
            providers.add(ResourceProvider.POSTGRESQL);
            providers.add(ResourceProvider.STORAGE);
        }
        if (backupVault) {
            providers.add(ResourceProvider.DATA_PROTECTION);
        }
        return providers;
    }

    /**
     * What an environment's own stack adds where it deploys: a Key Vault and workload identity always, its own
     * PostgreSQL server and filestore account (and backup vault) unless its data lives on the shared server.
     */
    private static Set<ResourceProvider> tenantProviders(Placement placement) {
        Set<ResourceProvider> providers = EnumSet.of(ResourceProvider.KEY_VAULT, ResourceProvider.MANAGED_IDENTITY,
            ResourceProvider.NETWORK, ResourceProvider.INSIGHTS);
        if (placement.ownDatabaseServer()) {
            providers.add(ResourceProvider.POSTGRESQL);
            providers.add(ResourceProvider.STORAGE);
            if (placement.recoverySettings().longTermRetentionMonths() > 0) {
                providers.add(ResourceProvider.DATA_PROTECTION);
            }
        }
        return providers;
    }

    /**
     * The features the guardrails register where clusters run: encryption at host, in subscriptions the landing zone
     * creates. An adopted subscription has the feature registered beforehand, as without a layout (README): its
     * Microsoft.Compute is most likely registered already, over which azurerm creates no registration (it demands an
     * import), and an imported registration never registers a feature (it applies its features when created).
     */
    private static Set<SubscriptionFeature> clusterFeatures(String adoptedId) {
        return adoptedId == null ? Set.of(SubscriptionFeature.ENCRYPTION_AT_HOST) : Set.of();
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
