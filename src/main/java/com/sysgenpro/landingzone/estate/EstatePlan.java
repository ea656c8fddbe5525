package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.PlacementAdvice;
import com.sysgenpro.landingzone.blueprint.PlacementAdvisor;
import com.sysgenpro.landingzone.blueprint.PlacementCriteria;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.output.StackKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything of an estate lands, decided before any construct is built: one {@link Placement} per business
 * unit and environment, and one {@link SharedHosting} per environment class and region that shared or semi-dedicated
 * environments use.
 * The validator checks the plan; the synthesizer builds from it.
 */
final class EstatePlan {

    private final List<Placement> placements;
    private final Map<String, SharedHosting> sharedHosting;

    private final List<PlannedSubscription> subscriptions;
    private final boolean connectivity;
    private final List<PlannedStack> stacks;

    private EstatePlan(List<Placement> placements, Map<String, SharedHosting> sharedHosting, List<PlannedSubscription> subscriptions,
                       boolean connectivity) {
        this.placements = List.copyOf(placements);
        this.sharedHosting = java.util.Collections.unmodifiableMap(sharedHosting);
        this.subscriptions = List.copyOf(subscriptions);
        this.connectivity = connectivity;
        this.stacks = List.copyOf(planStacks());
    }

    /**
     * Plans {@code estate}. Environments without a blueprint and units without a name are left out; the validator
     * reports them.
     */
    public static EstatePlan of(Estate estate) {
        AzureRegion primary = estate.primaryRegion();
        List<Placement> placements = new ArrayList<>();
        Map<String, List<Placement>> shared = new LinkedHashMap<>();
        for (BusinessUnit unit : estate.businessUnits()) {
            if (unit.name() == null) {
                continue;
            }
            PlacementAdvice unitAdvice = PlacementAdvisor.advise(unit.criteria());
            TenancyModel unitTenancy = unit.tenancy() != null ? unit.tenancy() : unitAdvice.recommended();
            AzureRegion region = unit.region() != null ? unit.region() : primary;
            AzureRegion recoveryRegion = recoveryRegion(estate, unit, region);
            for (Environment environment : unit.environments()) {
                Blueprint blueprint = environment.blueprint();
                if (environment.name() == null || blueprint == null || region == null) {
                    continue;
                }
                RecoveryTier tier = environment.recoveryTier() != null ? environment.recoveryTier()
                    : blueprint.isProduction() ? unit.recoveryTier() : null;
                PlacementAdvice advice = advice(unit, blueprint, tier, unitAdvice);
                TenancyModel tenancy = environment.tenancy() != null ? environment.tenancy() : unitTenancy;
                String sharedStack = tenancy == TenancyModel.DEDICATED ? null : Naming.sharedStack(blueprint.name(), region, primary);
                Placement placement = new Placement(unit, environment, blueprint, advice, tenancy, region, recoveryRegion, tier,
                    blueprint.recovery(tier != null ? tier : RecoveryTier.TIER_3), sharedStack);
                placements.add(placement);
                if (sharedStack != null) {
                    shared.computeIfAbsent(sharedStack, name -> new ArrayList<>()).add(placement);
                }
            }
        }
        Map<String, SharedHosting> hosting = new LinkedHashMap<>();
        shared.forEach((name, tenants) -> {
            Blueprint blueprint = tenants.get(0).blueprint();
            // Only shared tenants keep their data on the shared server; semi-dedicated ones have their own.
            RecoveryTier strictest = tenants.stream().filter(tenant -> tenant.tenancy() == TenancyModel.SHARED)
                .flatMap(tenant -> tenant.recoveryTier().stream())
                .min(Enum::compareTo).orElse(null);
            RecoverySettings settings = blueprint.recovery(strictest != null ? strictest : RecoveryTier.TIER_3);
            hosting.put(name, new SharedHosting(blueprint, tenants.get(0).region(), primary, tenants, strictest, settings));
        });
        // A shared tenant's data lives on the shared server: assess it with the shared settings.
        List<Placement> assessed = new ArrayList<>();
        for (Placement placement : placements) {
            assessed.add(placement.tenancy() == TenancyModel.SHARED
                ? placement.withRecoverySettings(hosting.get(placement.sharedStackName().orElseThrow()).recoverySettings())
                : placement);
        }
        // The hosting's tenants as assessed, so that both views of a placement agree.
        Map<String, SharedHosting> assessedHosting = new LinkedHashMap<>();
        hosting.forEach((name, host) -> assessedHosting.put(name, new SharedHosting(host.blueprint(), host.region(), primary,
            assessed.stream().filter(placement -> placement.sharedStackName().filter(name::equals).isPresent()).toList(),
            host.recoveryTier(), host.recoverySettings())));
        return new EstatePlan(assessed, assessedHosting, SubscriptionPlanner.plan(estate, assessed, assessedHosting),
            Connectivity.enabled(estate));
    }

    /**
     * The unit's declared recovery region, else the estate's secondary region, else (for a unit in the secondary)
     * the primary; null when there is none to fall back on.
     */
    private static AzureRegion recoveryRegion(Estate estate, BusinessUnit unit, AzureRegion region) {
        if (unit.recoveryRegion() != null) {
            return unit.recoveryRegion();
        }
        AzureRegion secondary = estate.secondaryRegion();
        if (secondary != null && !secondary.equals(region)) {
            return secondary;
        }
        AzureRegion primary = estate.primaryRegion();
        return secondary != null && primary != null && !primary.equals(region) ? primary : null;
    }

    /**
     * Production is advised from the unit's criteria (with the tier it commits to); other environments carry no load
     * worth isolating, so only the unit's data classification and a tier they commit to can keep them off shared
     * hosting.
     */
    private static PlacementAdvice advice(BusinessUnit unit, Blueprint blueprint, RecoveryTier tier, PlacementAdvice unitAdvice) {
        if (blueprint.isProduction()) {
            return tier == unit.recoveryTier() ? unitAdvice : PlacementAdvisor.advise(new PlacementCriteria(unit.transactionVolume(),
                unit.integrationComplexity(), unit.customizationDepth(), unit.latencyTolerance(), unit.dataClassification(), tier));
        }
        return PlacementAdvisor.advise(PlacementCriteria.modest(unit.dataClassification(), tier != null ? tier : RecoveryTier.TIER_3));
    }

    /** One placement per business unit and environment, in estate order. */
    public List<Placement> placements() {
        return placements;
    }

    /**
     * Every stack the estate synthesizes to, in synthesis order (each after the stacks it references): with a
     * subscription layout, {@code subscriptions} (the vending stack, whose outputs every stack with an azurerm provider
     * reads its subscription from, through remote state rather than a cross-stack reference, so that its outputs do not
     * depend on which stacks are synthesized with it), then {@code platform}, the shared hosting stacks, one per placement, then one in-cluster stack per cluster (shared clusters first). An
     * environment on shared or semi-dedicated hosting references its hosting's stack; an in-cluster stack references
     * its cluster's stack and every environment with a namespace on the cluster (for their workload identities).
     */
    public List<PlannedStack> stacks() {
        return stacks;
    }

    private List<PlannedStack> planStacks() {
        List<PlannedStack> stacks = new ArrayList<>();
        if (!subscriptions.isEmpty()) {
            stacks.add(new PlannedStack(SubscriptionsStack.NAME, StackKind.SUBSCRIPTIONS, List.of(), null, null));
        }
        stacks.add(new PlannedStack(PlatformStack.NAME, StackKind.PLATFORM, List.of(), null, null));
        if (connectivity) {
            stacks.add(new PlannedStack(ConnectivityStack.NAME, StackKind.CONNECTIVITY, List.of(), null, null));
        }
        sharedHosting.values().forEach(hosting -> stacks.add(new PlannedStack(hosting.stackName(), StackKind.SHARED_HOSTING, List.of(),
            null, hosting)));
        placements.forEach(placement -> stacks.add(new PlannedStack(placement.stackName(), StackKind.BUSINESS_UNIT,
            placement.sharedStackName().map(List::of).orElse(List.of()), placement, null)));
        sharedHosting.values().forEach(hosting -> {
            List<String> references = new ArrayList<>(List.of(hosting.stackName()));
            hosting.tenants().forEach(tenant -> references.add(tenant.stackName()));
            stacks.add(new PlannedStack(hosting.stackName() + InClusterStack.SUFFIX, StackKind.IN_CLUSTER, references, null, hosting));
        });
        placements.stream().filter(placement -> placement.tenancy() == TenancyModel.DEDICATED)
            .forEach(placement -> stacks.add(new PlannedStack(placement.stackName() + InClusterStack.SUFFIX, StackKind.IN_CLUSTER,
                List.of(placement.stackName()), placement, null)));
        return stacks;
    }

    /**
     * The estate's subscriptions in layout order (platform, shared hosting, business units); empty when the estate
     * declares no {@code subscriptions:} and every stack deploys into {@code ARM_SUBSCRIPTION_ID}'s subscription.
     */
    public List<PlannedSubscription> subscriptions() {
        return subscriptions;
    }

    /** The subscription the stack named {@code stack} deploys into; empty without a layout, and for in-cluster stacks. */
    public Optional<PlannedSubscription> subscriptionOf(String stack) {
        return subscriptions.stream().filter(subscription -> subscription.stacks().contains(stack)).findFirst();
    }

    /** The names of {@link #stacks()}, in synthesis order. */
    public List<String> stackNames() {
        return stacks().stream().map(PlannedStack::name).toList();
    }

    /**
     * The stacks in groups that can be synthesized apart, e.g. by parallel processes each writing its groups with
     * {@code --stack}: a stack synthesizes as in a full synthesis only together with every stack it references or is
     * referenced by. The platform stack and each dedicated environment with its in-cluster stack are groups of their
     * own; a shared hosting stack groups with its in-cluster stack and its tenants.
     */
    public List<List<String>> stackGroups() {
        return StackSelection.groups(this);
    }

    /** The shared hosting per blueprint and region, by stack name, in order of first use. */
    public Map<String, SharedHosting> sharedHosting() {
        return sharedHosting;
    }
}
