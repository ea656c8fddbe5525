package com.sysgenpro.landingzone.estate;

import java.time.LocalDate;
import java.util.List;

/**
 * The Entra ID principals (object ids) behind each duty of the separation-of-duties preset, and the partners with
 * time-bound access; any may be absent.
 *
 * @param platformAdmins platform administrators' group
 * @param securityOperations security operations' group
 * @param erpAdmins ERP application administrators' group
 * @param financeReaders finance's group (showback)
 * @param deploymentPrincipal the deployment identity's service principal
 * @param eligibilityStart first day (UTC) eligible (PIM) assignments are valid; required when a group with eligible roles is given
 * @param eligibilityEnd last day (UTC, inclusive) the eligible assignments of platform administrators, security
 *     operations and ERP administrators can be activated; required when {@code eligibilityStart} is
 * @param partners people outside the organisation with eligible-only access; empty for none
 */
public record AccessGroups(String platformAdmins, String securityOperations, String erpAdmins, String financeReaders,
                           String deploymentPrincipal, LocalDate eligibilityStart, LocalDate eligibilityEnd, List<Partner> partners) {

    /** Copies the partners. */
    public AccessGroups {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** The duties' groups, without partners. */
    public AccessGroups(String platformAdmins, String securityOperations, String erpAdmins, String financeReaders,
                        String deploymentPrincipal, LocalDate eligibilityStart, LocalDate eligibilityEnd) {
        this(platformAdmins, securityOperations, erpAdmins, financeReaders, deploymentPrincipal, eligibilityStart, eligibilityEnd,
            List.of());
    }

    /** No groups: no role assignments are made. */
    public static AccessGroups none() {
        return new AccessGroups(null, null, null, null, null, null, null, List.of());
    }

    /** Whether a group that gets eligible (PIM) roles is given. */
    public boolean hasEligibleRoles() {
        return platformAdmins != null || securityOperations != null || erpAdmins != null;
    }

    /** Whether any eligible assignment is made: a duty's or a partner's. */
    public boolean hasEligibleAssignments() {
        return hasEligibleRoles() || !partners.isEmpty();
    }

    /** The first day of {@code partner}: its own start, else {@link #eligibilityStart()}. */
    public LocalDate startOf(Partner partner) {
        return partner.start() != null ? partner.start() : eligibilityStart;
    }
}
