package com.sysgenpro.landingzone.governance;

import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignment;
import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentSchedule;
import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentScheduleExpiration;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import software.constructs.Construct;

/**
 * Role assignments that keep duties apart: platform administration, security operations, ERP application
 * administration, finance and the deployment identity each get only what their job needs, and standing access to
 * production is read-only: changing production takes a time-bound activation of an eligible (PIM) assignment.
 *
 * <p>Construct ids are {@code <duty>-<role>-<scope key>}, stable as long as duties, roles and group keys are.
 *
 * <p>All assignments here are at management group scope, so role definitions are referred to by their unscoped id
 * ({@link BuiltInRole#definitionId()}), the form Azure reports back there.
 */
public final class SeparationOfDuties extends Construct {

    /** Roles that can grant roles: the deployment identity may neither assign nor remove them. */
    static final List<BuiltInRole> PRIVILEGED_ROLES = List.of(BuiltInRole.OWNER, BuiltInRole.USER_ACCESS_ADMINISTRATOR,
        BuiltInRole.ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR);

    /**
     * What ERP administrators may activate at every production group (they hold Reader there, and Contributor outside
     * production): the one eligible role of a duty below the root, where partners are eligible too.
     */
    public static final BuiltInRole ERP_ADMINS_ELIGIBLE_ROLE = BuiltInRole.CONTRIBUTOR;

    private final String path;
    private final SeparationOfDutiesProps props;

    /** Creates the assignments; prefer {@link Builder#create(Construct, String)}. */
    public SeparationOfDuties(Construct scope, String id, SeparationOfDutiesProps props) {
        super(scope, id);
        this.path = getNode().getPath();
        this.props = props;
        ManagementGroup root = Checks.required(path, "root", props.root());
        checkEligibilityLength();

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
                eligible("erp-admins", erp, ERP_ADMINS_ELIGIBLE_ROLE, group);
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
            // Contributor excludes Microsoft.Authorization/*/write, so policy definitions, initiatives, assignments and
            // exemptions, all written at the root, need this role too.
            standing("deployment", deployment, "ServicePrincipal", BuiltInRole.RESOURCE_POLICY_CONTRIBUTOR, root);
            roleAssignmentAdministrator(deployment, root);
        }
    }

    /**
     * Role Based Access Control Administrator for the deployment identity, constrained by an ABAC condition so that it
     * can neither assign nor remove the roles that grant role assignment themselves; without the condition it could
     * make any principal, itself included, Owner of the estate.
     */
    private void roleAssignmentAdministrator(String principal, ManagementGroup scope) {
        BuiltInRole role = BuiltInRole.ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR;
        RoleAssignment.Builder.create(this, "deployment-" + key(role) + "-" + scope.getNode().getId())
            .scope(scope.id())
            .roleDefinitionId(role.definitionId())
            .principalId(principal)
            .principalType("ServicePrincipal")
            .description("Separation of duties: deployment holds " + role.displayName()
                + ", except for assigning Owner, User Access Administrator and itself")
            .condition(delegationCondition(PRIVILEGED_ROLES))
            .conditionVersion("2.0")
            .build();
    }

    /**
     * Azure ABAC's "constrain roles" condition, in its exclude form: role assignments may be written (the requested
     * role) and deleted (the existing assignment's role) unless the role is one of {@code excluded}. A deny list
     * rather than an allow list, because the estate's workloads assign roles (AcrPull, backup roles) that the
     * governance package does not enumerate; what matters for escalation is that no role granting role assignment
     * can be handed out.
     */
    static String delegationCondition(List<BuiltInRole> excluded) {
        String guids = excluded.stream().map(BuiltInRole::guid).collect(Collectors.joining(", "));
        return "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR "
            + "(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAllValues:GuidNotEquals {" + guids + "}))"
            + " AND "
            + "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR "
            + "(@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAllValues:GuidNotEquals {" + guids + "}))";
    }

    private String objectId(String prop, String value) {
        return Checks.guidOrNull(path, prop, value, "an Entra ID object id of a group or service principal");
    }

    private void standing(String duty, String principal, String principalType, BuiltInRole role, ManagementGroup scope) {
        RoleAssignment.Builder.create(this, duty + "-" + key(role) + "-" + scope.getNode().getId())
            .scope(scope.id())
            .roleDefinitionId(role.definitionId())
            .principalId(principal)
            .principalType(principalType)
            .description("Separation of duties: " + duty + " holds " + role.displayName())
            .build();
    }

    /** eligibilityEnd decides; the deprecated eligibilityDays may stand in for it, never beside it. */
    @SuppressWarnings("deprecation")
    private void checkEligibilityLength() {
        if (props.eligibilityEnd() != null && props.eligibilityDaysSet()) {
            throw Checks.invalid(path, "eligibilityDays", props.eligibilityDays(), "leave it out when eligibilityEnd is given:"
                + " eligibilityEnd (the last day, inclusive) decides how long eligibility lasts");
        }
        Checks.inRange(path, "eligibilityDays", props.eligibilityDays(), 1, EligibilityPeriod.MAX_DAYS);
        if (props.eligibilityEnd() != null && props.eligibilityStart() != null) {
            String problem = new EligibilityPeriod(props.eligibilityStart(), props.eligibilityEnd()).problem("eligibilityEnd",
                "eligibilityStart");
            if (problem != null) {
                throw new IllegalArgumentException(path + ": " + problem);
            }
        }
    }

    /** From the first day through the last: eligibilityEnd when given, else the (deprecated) length in days. */
    @SuppressWarnings("deprecation")
    private EligibilityPeriod eligibility(LocalDate start) {
        return props.eligibilityEnd() != null ? new EligibilityPeriod(start, props.eligibilityEnd())
            : EligibilityPeriod.ofDays(start, props.eligibilityDays());
    }

    private void eligible(String duty, String principal, BuiltInRole role, ManagementGroup scope) {
        var start = props.eligibilityStart();
        if (start == null) {
            throw Checks.missing(path, "eligibilityStart",
                "eligible (PIM) assignments need the first day they are valid, e.g. LocalDate.of(2026, 12, 1)");
        }
        EligibilityPeriod period = eligibility(start);
        PimEligibleRoleAssignment.Builder.create(this, duty + "-" + key(role) + "-eligible-" + scope.getNode().getId())
            .scope(scope.id())
            .roleDefinitionId(role.definitionId())
            .principalId(principal)
            .justification("Separation of duties: " + duty + " may activate " + role.displayName() + " for a bounded time")
            .schedule(PimEligibleRoleAssignmentSchedule.builder()
                .startDateTime(period.startDateTime())
                .expiration(PimEligibleRoleAssignmentScheduleExpiration.builder().durationDays(period.days()).build())
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
