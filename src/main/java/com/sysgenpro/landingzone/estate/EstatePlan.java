package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.PlacementAdvice;
import com.sysgenpro.landingzone.blueprint.PlacementAdvisor;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of an estate lands, decided before any construct is built: one {@link Placement} per business
 * unit and environment, and one {@link SharedHosting} per environment class that shared or semi-dedicated units use.
 * The validator checks the plan; the synthesizer builds from it.
 */
public final class EstatePlan {

    private final List<Placement> placements;
    private final Map<String, SharedHosting> sharedHosting;

    private EstatePlan(List<Placement> placements, Map<String, SharedHosting> sharedHosting) {
        this.placements = List.copyOf(placements);
        this.sharedHosting = java.util.Collections.unmodifiableMap(sharedHosting);
    }

    /**
     * Plans {@code estate}. Environments without a blueprint and units without a name are left out; the validator
     * reports them.
     */
    public static EstatePlan of(Estate estate) {
        List<Placement> placements = new ArrayList<>();
        Map<String, List<Placement>> shared = new LinkedHashMap<>();
        for (BusinessUnit unit : estate.businessUnits()) {
            if (unit.name() == null) {
                continue;
            }
            PlacementAdvice advice = PlacementAdvisor.advise(unit.criteria());
            TenancyModel tenancy = unit.tenancy() != null ? unit.tenancy() : advice.recommended();
            AzureRegion region = unit.region() != null ? unit.region() : estate.primaryRegion();
            for (Environment environment : unit.environments()) {
                Blueprint blueprint = environment.blueprint();
                if (environment.name() == null || blueprint == null) {
                    continue;
                }
                RecoveryTier tier = environment.recoveryTier() != null ? environment.recoveryTier()
                    : blueprint.isProduction() ? unit.recoveryTier() : null;
                Placement placement = new Placement(unit, environment, blueprint, advice, tenancy, region, tier,
                    blueprint.recovery(tier != null ? tier : RecoveryTier.TIER_3));
                placements.add(placement);
                if (tenancy != TenancyModel.DEDICATED) {
                    shared.computeIfAbsent(blueprint.name(), name -> new ArrayList<>()).add(placement);
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
            hosting.put(name, new SharedHosting(blueprint, tenants, strictest, settings));
        });
        // A shared tenant's data lives on the shared server: assess it with the shared settings.
        List<Placement> assessed = new ArrayList<>();
        for (Placement placement : placements) {
            if (placement.tenancy() == TenancyModel.SHARED) {
                SharedHosting host = hosting.get(placement.blueprint().name());
                assessed.add(new Placement(placement.unit(), placement.environment(), placement.blueprint(), placement.advice(),
                    placement.tenancy(), placement.region(), placement.recoveryTier().orElse(null), host.recoverySettings()));
            } else {
                assessed.add(placement);
            }
        }
        return new EstatePlan(assessed, hosting);
    }

    /** One placement per business unit and environment, in estate order. */
    public List<Placement> placements() {
        return placements;
    }

    /**
     * The names of every stack the estate synthesizes to, in synthesis order: {@code platform}, the shared hosting
     * stacks, one per placement, then one in-cluster stack per cluster (shared clusters first).
     */
    public List<String> stackNames() {
        List<String> names = new ArrayList<>();
        names.add(PlatformStack.NAME);
        sharedHosting.values().forEach(hosting -> names.add(hosting.stackName()));
        placements.forEach(placement -> names.add(placement.stackName()));
        sharedHosting.values().forEach(hosting -> names.add(hosting.stackName() + InClusterStack.SUFFIX));
        placements.stream().filter(placement -> placement.tenancy() == TenancyModel.DEDICATED)
            .forEach(placement -> names.add(placement.stackName() + InClusterStack.SUFFIX));
        return names;
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

    /** The shared hosting per environment class (blueprint name), in order of first use. */
    public Map<String, SharedHosting> sharedHosting() {
        return sharedHosting;
    }
}
