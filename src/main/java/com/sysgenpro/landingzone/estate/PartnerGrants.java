package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.governance.ManagementGroupHierarchy;
import com.sysgenpro.landingzone.governance.PartnerGrant;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The estate's partners as {@link PartnerGrant}s: each environment class of each unit it supports becomes the group a
 * subscription of that class is placed in ({@link SubscriptionWorkload#placementKey(String)}): the unit's
 * {@code -prod} or {@code -nonprod} group, or the estate's sandbox group, which every unit shares.
 */
final class PartnerGrants {

    private PartnerGrants() {
    }

    static List<PartnerGrant> of(Estate estate, ManagementGroupHierarchy hierarchy) {
        AccessGroups access = estate.access();
        List<String> allUnits = estate.businessUnits().stream().map(BusinessUnit::name).toList();
        List<PartnerGrant> grants = new ArrayList<>();
        for (Partner partner : access.partners()) {
            List<String> units = partner.units() != null ? partner.units() : allUnits;
            Set<ManagementGroup> production = new LinkedHashSet<>();
            Set<ManagementGroup> nonProduction = new LinkedHashSet<>();
            for (SubscriptionWorkload environment : partner.effectiveEnvironments()) {
                for (String unit : units) {
                    ManagementGroup group = hierarchy.group(environment.placementKey(unit));
                    (environment == SubscriptionWorkload.PRODUCTION ? production : nonProduction).add(group);
                }
            }
            grants.add(PartnerGrant.builder()
                .name(partner.name())
                .group(partner.group())
                .roles(partner.roles())
                .productionGroups(List.copyOf(production))
                .nonProductionGroups(List.copyOf(nonProduction))
                .maxActivationHours(partner.effectiveMaxActivationHours())
                .approvers(partner.approvers())
                .start(access.startOf(partner))
                .end(partner.end())
                .build());
        }
        return grants;
    }
}
