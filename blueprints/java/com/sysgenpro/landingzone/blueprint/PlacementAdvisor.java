package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.core.DataClassification;
import java.util.ArrayList;
import java.util.List;

/**
 * Advises a tenancy model from a unit's {@link PlacementCriteria}.
 *
 * <p>Hard rules (a declared model that breaks one is an error unless overridden with a written reason):
 * <ul>
 *   <li>regulated data never shares a database server: a server-level restore, audit or key rotation would touch
 *       other units' data — not {@code shared};</li>
 *   <li>tier-1 never shares a database server: restoring one unit on a shared server means restoring the whole
 *       server elsewhere and extracting it, which does not fit in tier-1's 4 hours — not {@code shared}.</li>
 * </ul>
 * Weighing (each criterion adds to the case for isolation): high transaction volume (2, noisy neighbour on CPU and
 * I/O), high customization depth (1, its own release cadence), high integration complexity (1, its own egress and
 * network rules), low latency tolerance (1, no contention allowed), confidential data (1). Two or more points
 * advise {@code dedicated}; one point or a hard rule advise {@code semi-dedicated}; none, {@code shared}.
 */
public final class PlacementAdvisor {

    private PlacementAdvisor() {
    }

    /** The advice for {@code criteria}. */
    public static PlacementAdvice advise(PlacementCriteria criteria) {
        List<String> reasons = new ArrayList<>();
        List<PlacementAdvice.Forbidden> forbidden = new ArrayList<>();
        if (criteria.dataClassification() == DataClassification.REGULATED) {
            forbidden.add(new PlacementAdvice.Forbidden(TenancyModel.SHARED,
                "regulated data must not share a database server with other units"));
            reasons.add("regulated data needs a database server of its own");
        }
        if (criteria.recoveryTier() == RecoveryTier.TIER_1) {
            forbidden.add(new PlacementAdvice.Forbidden(TenancyModel.SHARED,
                "tier-1 cannot be restored within 4 hours from a shared database server"));
            reasons.add("tier-1 recovery needs a database server that can be failed over and restored on its own");
        }
        int points = 0;
        if (criteria.transactionVolume() == Level.HIGH) {
            points += 2;
            reasons.add("high transaction volume would starve neighbours on a shared cluster and server");
        }
        if (criteria.customizationDepth() == Level.HIGH) {
            points++;
            reasons.add("deep customization needs its own release and upgrade cadence");
        }
        if (criteria.integrationComplexity() == Level.HIGH) {
            points++;
            reasons.add("complex integrations need their own egress addresses and network rules");
        }
        if (criteria.latencyTolerance() == Level.LOW) {
            points++;
            reasons.add("low latency tolerance rules out contention with other units");
        }
        if (criteria.dataClassification() == DataClassification.CONFIDENTIAL && points > 0) {
            points++;
            reasons.add("confidential data adds to the case for isolation");
        }
        TenancyModel recommended;
        if (points >= 2) {
            recommended = TenancyModel.DEDICATED;
        } else if (points == 1 || !forbidden.isEmpty()) {
            recommended = TenancyModel.SEMI_DEDICATED;
        } else {
            recommended = TenancyModel.SHARED;
            reasons.add("modest volume, integrations and customization: shared hosting is enough and cheapest");
        }
        return new PlacementAdvice(recommended, reasons, forbidden);
    }
}
