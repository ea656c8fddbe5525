package com.sysgenpro.landingzone.governance;

import com.hashicorp.cdktf.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignment;
import com.hashicorp.cdktf.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentSchedule;
import com.hashicorp.cdktf.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentScheduleExpiration;
import com.hashicorp.cdktf.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.Locale;
import software.constructs.Construct;

/**
 * Role assignments that keep duties apart: platform administration, security operations, ERP application
 * administration, finance and the deployment identity each get only what their job needs, and standing access to
 * production is read-only: changing production takes a time-bound activation of an eligible (PIM) assignment.
 *
 * <p>Construct ids are {@code <duty>-<role>-<scope key>}, stable as long as duties, roles and group keys are.
 */
public final class SeparationOfDuties extends Construct {

    private final String path;
    private final SeparationOfDutiesProps props;

    /** Creates the assignments; prefer {@link Builder#create(Construct, String)}. */
    public SeparationOfDuties(Construct scope, String id, SeparationOfDutiesProps props) {
        super(scope, id);
        this.path = getNode().getPath();
        this.props = props;
        ManagementGroup root = Checks.required(path, "root", props.root());
        Checks.inRange(path, "eligibilityDays", props.eligibilityDays(), 1, 365);

        String platform = objectId("platformAdmins", props.platformAdmins());
        if (platform != null) {
            standing("platform-admins", platform, "Group", BuiltInRole.READER, root);
            eligible("platform-admins", platform, BuiltInRole.OWNER, root);
        }
        String security = objectId("securityOperations", props.securityOperations());
        if (security != null) {
            standing("security-operations", security, "Group", BuiltInRole.SECURITY_READER, root);
            eligible("security-operations", security, BuiltInRole.SECURITY_ADMIN, root);
        }
        String erp = objectId("erpAdmins", props.erpAdmins());
        if (erp != null) {
            for (ManagementGroup group : props.productionGroups()) {
                standing("erp-admins", erp, "Group", BuiltInRole.READER, group);
                eligible("erp-admins", erp, BuiltInRole.CONTRIBUTOR, group);
            }
            for (ManagementGroup group : props.nonProductionGroups()) {
                standing("erp-admins", erp, "Group", BuiltInRole.CONTRIBUTOR, group);
            }
        }
        String finance = objectId("financeReaders", props.financeReaders());
        if (finance != null) {
            standing("finance-readers", finance, "Group", BuiltInRole.COST_MANAGEMENT_READER, root);
        }
        String deployment = objectId("deploymentPrincipal", props.deploymentPrincipal());
        if (deployment != null) {
            standing("deployment", deployment, "ServicePrincipal", BuiltInRole.CONTRIBUTOR, root);
            standing("deployment", deployment, "ServicePrincipal", BuiltInRole.ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR, root);
        }
    }

    private String objectId(String prop, String value) {
        return Checks.guidOrNull(path, prop, value, "an Entra ID object id of a group or service principal");
    }

    private void standing(String duty, String principal, String principalType, BuiltInRole role, ManagementGroup scope) {
        RoleAssignment.Builder.create(this, duty + "-" + key(role) + "-" + scope.getNode().getId())
            .scope(scope.id())
            .roleDefinitionId(role.definitionIdAt(scope.id()))
            .principalId(principal)
            .principalType(principalType)
            .description("Separation of duties: " + duty + " holds " + role.displayName())
            .build();
    }

    private void eligible(String duty, String principal, BuiltInRole role, ManagementGroup scope) {
        var start = props.eligibilityStart();
        if (start == null) {
            throw Checks.missing(path, "eligibilityStart",
                "eligible (PIM) assignments need the first day they are valid, e.g. LocalDate.of(2026, 12, 1)");
        }
        PimEligibleRoleAssignment.Builder.create(this, duty + "-" + key(role) + "-eligible-" + scope.getNode().getId())
            .scope(scope.id())
            .roleDefinitionId(role.definitionIdAt(scope.id()))
            .principalId(principal)
            .justification("Separation of duties: " + duty + " may activate " + role.displayName() + " for a bounded time")
            .schedule(PimEligibleRoleAssignmentSchedule.builder()
                .startDateTime(start + "T00:00:00Z")
                .expiration(PimEligibleRoleAssignmentScheduleExpiration.builder().durationDays(props.eligibilityDays()).build())
                .build())
            .build();
    }

    private static String key(BuiltInRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends SeparationOfDutiesProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts the assignments with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public SeparationOfDuties build() {
            return new SeparationOfDuties(scope, id, toProps());
        }
    }
}
