package com.sysgenpro.landingzone.estate;

import java.time.LocalDate;

/**
 * The Entra ID principals (object ids) behind each duty of the separation-of-duties preset; any may be absent.
 *
 * @param platformAdmins platform administrators' group
 * @param securityOperations security operations' group
 * @param erpAdmins ERP application administrators' group
 * @param financeReaders finance's group (showback)
 * @param deploymentPrincipal the deployment identity's service principal
 * @param eligibilityStart first day eligible (PIM) assignments are valid; required when a group with eligible roles is given
 */
public record AccessGroups(String platformAdmins, String securityOperations, String erpAdmins, String financeReaders,
                           String deploymentPrincipal, LocalDate eligibilityStart) {

    /** No groups: no role assignments are made. */
    public static AccessGroups none() {
        return new AccessGroups(null, null, null, null, null, null);
    }

    /** Whether a group that gets eligible (PIM) roles is given. */
    public boolean hasEligibleRoles() {
        return platformAdmins != null || securityOperations != null || erpAdmins != null;
    }
}
