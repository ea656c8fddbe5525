package com.sysgenpro.landingzone.blueprint;

import java.util.List;

/**
 * The tenancy model advised for a business unit, with the reasons, and the models its hard rules forbid.
 *
 * @param recommended the advised model
 * @param reasons why, one sentence each, in the order they weighed
 * @param forbidden models a hard rule excludes, each with the rule; declaring one needs a written override
 */
public record PlacementAdvice(TenancyModel recommended, List<String> reasons, List<Forbidden> forbidden) {

    /** Copies the lists. */
    public PlacementAdvice {
        reasons = List.copyOf(reasons);
        forbidden = List.copyOf(forbidden);
    }

    /** Whether a hard rule forbids {@code model}. */
    public boolean forbids(TenancyModel model) {
        return forbidden.stream().anyMatch(rule -> rule.model() == model);
    }

    /** The hard rules that forbid {@code model}, joined for a message. */
    public String rulesAgainst(TenancyModel model) {
        return String.join("; ", forbidden.stream().filter(rule -> rule.model() == model).map(Forbidden::rule).toList());
    }

    /**
     * A model a hard rule excludes.
     *
     * @param model the excluded model
     * @param rule the rule, as a sentence
     */
    public record Forbidden(TenancyModel model, String rule) {
    }
}
