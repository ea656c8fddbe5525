package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.ApprovedSkus;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values of the initiatives the platform stack assigns, decided once: the platform stack assigns
 * them, and {@code landing-zone.json} records per stack those in force where it lands, for {@code check}.
 */
final class PolicyParameters {

    private PolicyParameters() {
    }

    static Map<String, Object> regions(Estate estate) {
        return Map.of("allowedLocations", estate.allowedRegions().stream().map(AzureRegion::name).toList());
    }

    static Map<String, Object> kubernetes(Estate estate) {
        return Map.of("allowedContainerImagesRegex", estate.allowedContainerImages());
    }

    /** Deny in production groups, Audit elsewhere. */
    static Map<String, Object> network(SubscriptionWorkload workload) {
        return Map.of("effect", workload == SubscriptionWorkload.PRODUCTION ? "Deny" : "Audit");
    }

    /** Production's SKUs in production groups, sandbox's in the sandbox, staging's and sandbox's in non-production. */
    static Map<String, Object> skus(SubscriptionWorkload workload) {
        ApprovedSkus skus = switch (workload) {
            case PRODUCTION -> Blueprint.PRODUCTION.approvedSkus();
            case NON_PRODUCTION -> Blueprint.STAGING.approvedSkus().union(Blueprint.SANDBOX.approvedSkus());
            case SANDBOX -> Blueprint.SANDBOX.approvedSkus();
            case CLIENT_ISOLATED -> throw new IllegalArgumentException("no SKU initiative is assigned at the online group");
        };
        return Map.of("allowedVmSkus", skus.vmSizes(), "allowedStorageSkus", skus.storage(),
            "allowedPostgresSkus", skus.postgres(), "allowedRedisSkus", skus.redis());
    }

    /** Assigned at production groups only, from the unit's recovery tier. */
    static Map<String, Object> backup(RecoveryTier tier) {
        return Map.of(
            "minimumBackupRetentionDays", tier.minimumBackupRetentionDays(),
            "geoBackupEffect", tier.geoRedundantBackup() ? "Audit" : "Disabled");
    }

    /**
     * The initiatives in force for resources deployed under {@code workload}: five at the root everywhere; network and
     * SKUs at the business units' groups and the sandbox; backup at production groups only.
     */
    static List<String> initiatives(SubscriptionWorkload workload) {
        List<String> keys = new ArrayList<>(List.of("tags", "regions", "encryption", "diagnostics", "kubernetes"));
        if (workload != SubscriptionWorkload.CLIENT_ISOLATED) {
            keys.addAll(List.of("network", "skus"));
        }
        if (workload == SubscriptionWorkload.PRODUCTION) {
            keys.add("backup");
        }
        return keys;
    }

    /**
     * Whether the customer-managed-keys initiative is assigned at {@code unit}'s group for {@code workload}: where one of
     * the unit's environments in that group encrypts with customer-managed keys. Never at the sandbox group, which every
     * unit's sandboxes share, nor at the root.
     */
    static boolean customerManagedKeysAssigned(EstatePlan plan, BusinessUnit unit, SubscriptionWorkload workload) {
        return (workload == SubscriptionWorkload.PRODUCTION || workload == SubscriptionWorkload.NON_PRODUCTION)
            && plan.placements().stream().anyMatch(placement -> placement.unit() == unit
                && placement.subscriptionWorkload() == workload && placement.customerManagedKeys());
    }

    /** The initiatives in force for an environment's resources: its group's, and customer-managed keys where assigned. */
    static List<String> initiatives(EstatePlan plan, Placement placement) {
        List<String> keys = initiatives(placement.subscriptionWorkload());
        if (customerManagedKeysAssigned(plan, placement.unit(), placement.subscriptionWorkload())) {
            keys.add("cmk");
        }
        return keys;
    }

    /**
     * Every parameter in force for resources deployed under {@code workload}: the root's, then the group's; backup
     * only in production, for {@code tier}.
     */
    static Map<String, Object> inForce(Estate estate, SubscriptionWorkload workload, RecoveryTier tier) {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.putAll(regions(estate));
        parameters.putAll(kubernetes(estate));
        if (workload != SubscriptionWorkload.CLIENT_ISOLATED) {
            parameters.putAll(skus(workload));
            parameters.put("networkEffect", network(workload).get("effect"));
        }
        if (workload == SubscriptionWorkload.PRODUCTION && tier != null) {
            parameters.putAll(backup(tier));
        }
        return parameters;
    }
}
