package com.sysgenpro.landingzone.governance;

import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignment;
import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentSchedule;
import io.cdktn.providers.azurerm.pim_eligible_role_assignment.PimEligibleRoleAssignmentScheduleExpiration;
import io.cdktn.providers.azurerm.role_management_policy.RoleManagementPolicy;
import io.cdktn.providers.azurerm.role_management_policy.RoleManagementPolicyActivationRules;
import io.cdktn.providers.azurerm.role_management_policy.RoleManagementPolicyActivationRulesApprovalStage;
import io.cdktn.providers.azurerm.role_management_policy.RoleManagementPolicyActivationRulesApprovalStagePrimaryApprover;
import io.cdktn.providers.azurerm.role_management_policy.RoleManagementPolicyEligibleAssignmentRules;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * Time-bound access for people outside the organisation: each partner's Entra ID group is made eligible (PIM), never
 * active, for a closed set of roles ({@link PartnerRole}) at the management groups it supports, from its first day
 * through its last, and activating takes a justification, multi-factor authentication, at most a few hours at a time
 * and, in production, an approver's consent.
 *
 * <p>Per partner × role × management group one {@code azurerm_pim_eligible_role_assignment}, construct id
 * {@code <partner>/<role>-<group key>}, whose schedule is {@link EligibilityPeriod}'s: it starts at 00:00 UTC on the
 * first day and lasts {@code duration_days}, through the last day; the day after, it has expired.
 *
 * <p>Per management group × role that any partner is eligible for, one {@code azurerm_role_management_policy},
 * construct id {@code activation/<role>-<group key>}: maximum activation of the strictest (shortest) partner there,
 * justification and MFA required, approval by the partners' approvers when they have any, and eligible assignments at
 * most {@value EligibilityPeriod#MAX_DAYS} days. PIM keeps one such policy per role and scope, not per principal, so it
 * binds everyone eligible for the role there: ERP administrators, eligible for Contributor at every production group
 * ({@link SeparationOfDuties}), activate Contributor under the same rules (and approvers) at the groups where a partner
 * is eligible for Contributor too. For the same reason partners sharing a role and group must name the same approvers.
 *
 * <p>Role definitions are referred to by their unscoped id ({@link BuiltInRole#definitionId()}), as elsewhere at
 * management group scope.
 */
public final class PartnerAccess extends Construct {

    /** What a partner's name must match. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
    /** {@link #NAME} in words. */
    public static final String NAME_RULE = "2 to 32 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen";
    /** The id of the construct holding the activation policies, so no partner may have this name. */
    public static final String ACTIVATION = "activation";

    private final String path;

    /** Creates the assignments and policies; prefer {@link Builder#create(Construct, String)}. */
    public PartnerAccess(Construct scope, String id, PartnerAccessProps props) {
        super(scope, id);
        this.path = getNode().getPath();
        Map<String, Policy> policies = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < props.partners().size(); i++) {
            PartnerGrant partner = props.partners().get(i);
            String at = "partners[" + i + "].";
            EligibilityPeriod period = validate(at, partner);
            if (!names.add(partner.name())) {
                throw Checks.invalid(path, at + "name", partner.name(), "another partner has this name; names must be unique");
            }
            Construct assignments = new Construct(this, partner.name());
            List<ManagementGroup> groups = new ArrayList<>(partner.productionGroups());
            groups.addAll(partner.nonProductionGroups());
            for (PartnerRole role : partner.roles()) {
                for (ManagementGroup group : groups) {
                    eligible(assignments, partner, role, group, period);
                    String key = role.id() + "-" + group.getNode().getId();
                    Policy shared = policies.get(key);
                    if (shared == null) {
                        policies.put(key, new Policy(role, group, partner));
                    } else {
                        shared.add(path, at, partner);
                    }
                }
            }
        }
        if (!policies.isEmpty()) {
            Construct activation = new Construct(this, ACTIVATION);
            policies.forEach((key, policy) -> policy.create(activation, key));
        }
    }

    private EligibilityPeriod validate(String at, PartnerGrant partner) {
        String name = Checks.required(path, at + "name", partner.name());
        if (!NAME.matcher(name).matches() || name.equals(ACTIVATION)) {
            throw Checks.invalid(path, at + "name", name, NAME_RULE + ", and not '" + ACTIVATION + "'");
        }
        Checks.guidOrNull(path, at + "group", Checks.required(path, at + "group", partner.group()), "an Entra ID group's object id");
        if (partner.roles().isEmpty()) {
            throw Checks.missing(path, at + "roles", "a partner is eligible for at least one of " + PartnerRole.ids());
        }
        if (new HashSet<>(partner.roles()).size() < partner.roles().size()) {
            throw Checks.invalid(path, at + "roles", partner.roles(), "each role once");
        }
        if (partner.productionGroups().isEmpty() && partner.nonProductionGroups().isEmpty()) {
            throw Checks.missing(path, at + "productionGroups/nonProductionGroups", "a partner is eligible somewhere: give at least one group");
        }
        Checks.inRange(path, at + "maxActivationHours", partner.maxActivationHours(), 1, PartnerGrant.MAX_ACTIVATION_HOURS);
        Checks.guidOrNull(path, at + "approvers", partner.approvers(), "an Entra ID group's object id");
        if (partner.approvers() == null && !partner.productionGroups().isEmpty()) {
            throw Checks.missing(path, at + "approvers", "a partner's activations in production need approval; give the group that"
                + " approves them");
        }
        if (partner.group().equalsIgnoreCase(Objects.requireNonNullElse(partner.approvers(), ""))) {
            throw Checks.invalid(path, at + "approvers", partner.approvers(), "a group other than the partner's own, which would"
                + " approve its own activations");
        }
        EligibilityPeriod period = new EligibilityPeriod(Checks.required(path, at + "start", partner.start()),
            Checks.required(path, at + "end", partner.end()));
        String problem = period.problem(at + "end", at + "start");
        if (problem != null) {
            throw new IllegalArgumentException(path + ": " + problem);
        }
        return period;
    }

    private static void eligible(Construct scope, PartnerGrant partner, PartnerRole role, ManagementGroup group, EligibilityPeriod period) {
        PimEligibleRoleAssignment.Builder.create(scope, role.id() + "-" + group.getNode().getId())
            .scope(group.id())
            .roleDefinitionId(role.role().definitionId())
            .principalId(partner.group())
            .justification("Partner access: " + partner.name() + " may activate " + role.role().displayName() + " through "
                + period.end() + " (UTC)")
            .schedule(PimEligibleRoleAssignmentSchedule.builder()
                .startDateTime(period.startDateTime())
                .expiration(PimEligibleRoleAssignmentScheduleExpiration.builder().durationDays(period.days()).build())
                .build())
            .build();
    }

    /** ISO 8601 as PIM takes it: whole hours, and a day as {@code P1D} (it refuses {@code PT24H}). */
    static String isoDuration(int hours) {
        return hours == PartnerGrant.MAX_ACTIVATION_HOURS ? "P1D" : "PT" + hours + "H";
    }

    /** One role's activation rules at one group, shared by every partner eligible for it there. */
    private static final class Policy {
        private final PartnerRole role;
        private final ManagementGroup group;
        private final String approvers;
        private final String firstPartner;
        private int maxActivationHours;

        Policy(PartnerRole role, ManagementGroup group, PartnerGrant partner) {
            this.role = role;
            this.group = group;
            this.approvers = partner.approvers();
            this.firstPartner = partner.name();
            this.maxActivationHours = partner.maxActivationHours();
        }

        void add(String path, String at, PartnerGrant partner) {
            if (!Objects.equals(approvers == null ? null : approvers.toLowerCase(Locale.ROOT),
                    partner.approvers() == null ? null : partner.approvers().toLowerCase(Locale.ROOT))) {
                throw Checks.invalid(path, at + "approvers", Objects.requireNonNullElse(partner.approvers(), "none"),
                    "the approvers of partner " + firstPartner
                    + " (" + (approvers == null ? "none" : approvers) + "), who is also eligible for " + role.role().displayName()
                    + " at " + group.getNode().getId() + ": PIM keeps one activation policy per role and management group");
            }
            maxActivationHours = Math.min(maxActivationHours, partner.maxActivationHours());
        }

        void create(Construct scope, String id) {
            var rules = RoleManagementPolicyActivationRules.builder()
                .maximumDuration(isoDuration(maxActivationHours))
                .requireJustification(true)
                .requireMultifactorAuthentication(true)
                .requireApproval(approvers != null);
            if (approvers != null) {
                rules.approvalStage(RoleManagementPolicyActivationRulesApprovalStage.builder()
                    .primaryApprover(List.of(RoleManagementPolicyActivationRulesApprovalStagePrimaryApprover.builder()
                        .objectId(approvers).type("Group").build()))
                    .build());
            }
            RoleManagementPolicy.Builder.create(scope, id)
                .scope(group.id())
                .roleDefinitionId(role.role().definitionId())
                .activationRules(rules.build())
                // PIM's own limit, pinned so that no eligible assignment at this role and group outlasts a year.
                .eligibleAssignmentRules(RoleManagementPolicyEligibleAssignmentRules.builder()
                    .expirationRequired(true).expireAfter("P" + EligibilityPeriod.MAX_DAYS + "D").build())
                .build();
        }
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends PartnerAccessProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts partner access with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public PartnerAccess build() {
            return new PartnerAccess(scope, id, toProps());
        }
    }
}
