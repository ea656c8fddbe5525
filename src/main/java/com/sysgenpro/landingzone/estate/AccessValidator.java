package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.EligibilityPeriod;
import com.sysgenpro.landingzone.governance.PartnerAccess;
import com.sysgenpro.landingzone.governance.PartnerGrant;
import com.sysgenpro.landingzone.governance.PartnerRole;
import com.sysgenpro.landingzone.governance.SeparationOfDuties;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Problems;
import com.sysgenpro.landingzone.internal.Quoting;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link EstateValidator}'s rules for time-bound access: how long the duties' eligibility lasts
 * ({@code access.eligibilityEnd}) and every partner of {@code access.partners}, with the path of each problem.
 *
 * <p>A last day before the day of validation is refused: Azure removes an eligible assignment once it has ended and
 * refuses to create one whose end has passed, so Terraform would try to create it again on every plan and fail.
 */
final class AccessValidator {

    private static final String DATE = "written YYYY-MM-DD";

    private AccessValidator() {
    }

    /** @param today the day (UTC) last days are judged against; {@code null} judges none (synthesis) */
    static void validate(Estate estate, LocalDate today, Problems problems) {
        AccessGroups access = estate.access();
        eligibilityEnd(access, today, problems);
        List<String> units = estate.businessUnits().stream().map(BusinessUnit::name).filter(Objects::nonNull).toList();
        Set<String> names = new HashSet<>();
        Map<String, Integer> policies = new HashMap<>();
        for (int i = 0; i < access.partners().size(); i++) {
            partner(access, i, units, names, policies, today, problems);
        }
    }

    /** Required with eligible roles, like the start; the fix keeps the 180 days eligibility lasted before it existed. */
    private static void eligibilityEnd(AccessGroups access, LocalDate today, Problems problems) {
        LocalDate start = access.eligibilityStart();
        LocalDate end = access.eligibilityEnd();
        if (end == null) {
            if (access.hasEligibleRoles() && !problems.has("access.eligibilityEnd")) {
                String example = start != null ? start.plusDays(179).toString() : "eligibilityStart plus 179 days";
                problems.add("access.eligibilityEnd", "required when platformAdmins, securityOperations or erpAdmins is given:"
                    + " the last day (inclusive, UTC) their eligible (PIM) roles can be activated, " + DATE + ", after"
                    + " eligibilityStart and at most " + EligibilityPeriod.MAX_DAYS + " days of eligibility; eligibilityEnd: "
                    + example + " keeps the 180 days eligibility lasted before this field existed");
            }
            return;
        }
        if (start != null) {
            String problem = new EligibilityPeriod(start, end).problem("", "eligibilityStart");
            if (problem != null) {
                problems.add("access.eligibilityEnd", problem.strip());
            }
        }
        // Without a duty holding eligible roles the date makes no assignment, so its passing harms nothing.
        if (access.hasEligibleRoles() && ended(end, today)) {
            List<String> duties = new java.util.ArrayList<>();
            if (access.platformAdmins() != null) {
                duties.add("platformAdmins");
            }
            if (access.securityOperations() != null) {
                duties.add("securityOperations");
            }
            if (access.erpAdmins() != null) {
                duties.add("erpAdmins");
            }
            problems.add("access.eligibilityEnd", endedProblem(end, today, "the eligible (PIM) roles of " + String.join(", ", duties))
                + "; renew them: " + renewal(start, today, "eligibilityStart", "eligibilityEnd"));
        }
    }

    private static boolean ended(LocalDate end, LocalDate today) {
        return today != null && end.isBefore(today);
    }

    private static String endedProblem(LocalDate end, LocalDate today, String what) {
        return end + " has passed (today is " + today + ", UTC), so " + what + " have ended: Azure removes an eligible"
            + " assignment once it ends and refuses to create one whose end has passed, so every plan would create them again"
            + " and every apply fail";
    }

    /**
     * How to make eligibility from {@code start} last past {@code today}: a later end within PIM's year, or, when the
     * year from {@code start} is over too, a new start as well.
     */
    private static String renewal(LocalDate start, LocalDate today, String startName, String endName) {
        if (start != null && !EligibilityPeriod.latestEnd(start).isBefore(today)) {
            return "move " + endName + " to today or later, " + today + " through " + EligibilityPeriod.latestEnd(start)
                + " (at most " + EligibilityPeriod.MAX_DAYS + " days of eligibility from " + startName + " " + start + ")";
        }
        return "move " + startName + " to today (" + today + ") or later and " + endName + " after it, e.g. " + startName + ": "
            + today + " with " + endName + ": " + today.plusDays(179) + " for 180 days (at most " + EligibilityPeriod.MAX_DAYS + ")";
    }

    private static void partner(AccessGroups access, int index, List<String> units, Set<String> names, Map<String, Integer> policies,
                                LocalDate today, Problems problems) {
        Partner partner = access.partners().get(index);
        String at = "access.partners[" + index + "]";
        if (partner.name() != null) {
            if (!PartnerAccess.NAME.matcher(partner.name()).matches()) {
                problems.add(at + ".name", Quoting.quote(partner.name()) + " is not allowed; " + PartnerAccess.NAME_RULE
                    + " (it names the partner's assignments in Terraform)");
            } else if (partner.name().equals(PartnerAccess.ACTIVATION)) {
                problems.add(at + ".name", Quoting.quote(partner.name()) + " is reserved for the partners' activation policies;"
                    + " choose another name");
            } else if (!names.add(partner.name())) {
                problems.add(at + ".name", Quoting.quote(partner.name()) + " is already the name of another partner; names must be unique");
            }
        } else if (!problems.has(at + ".name")) {
            problems.add(at + ".name", "required field is missing");
        }
        if (partner.group() == null && !problems.has(at + ".group")) {
            problems.add(at + ".group", "required field is missing: the object id of the partner's Entra ID group");
        }
        objectId(problems, at + ".group", partner.group(), "the partner's Entra ID group");

        roles(partner, at, problems);
        List<String> supported = units(partner, at, units, problems);
        List<SubscriptionWorkload> environments = environments(partner, at, problems);

        if (partner.maxActivationHours() != null && (partner.maxActivationHours() < 1
                || partner.maxActivationHours() > PartnerGrant.MAX_ACTIVATION_HOURS)) {
            problems.add(at + ".maxActivationHours", partner.maxActivationHours() + " is not allowed; 1 to "
                + PartnerGrant.MAX_ACTIVATION_HOURS + " (hours one activation lasts)");
        }
        objectId(problems, at + ".approvers", partner.approvers(), "the group that approves the partner's activations");
        if (partner.approvers() == null && environments.contains(SubscriptionWorkload.PRODUCTION)) {
            problems.add(at + ".approvers", "required: environments lists production, and a partner's activations in production"
                + " are approved first; give the object id of the group whose members approve them (" + approverExamples(access, partner)
                + ")");
        } else if (partner.approvers() != null && partner.approvers().equalsIgnoreCase(Objects.requireNonNullElse(partner.group(), ""))) {
            problems.add(at + ".approvers", Quoting.quote(partner.approvers()) + " is the partner's own group, which would approve"
                + " its own activations; give a group of the organisation");
        }

        selfApproval(access, partner, at, supported, environments, problems);
        dates(access, partner, at, today, problems);
        sharedPolicies(access, index, supported, environments, policies, problems);
    }

    private static void roles(Partner partner, String at, Problems problems) {
        if (partner.roles().isEmpty() && !problems.hasWithin(at + ".roles")) {
            problems.add(at + ".roles", "must list at least one role; allowed: " + PartnerRole.ids());
        }
        // A file's duplicates are the loader's, reported where they are in the file; these are an estate built in Java's.
        Set<PartnerRole> seen = new HashSet<>();
        for (int r = 0; r < partner.roles().size(); r++) {
            if (!seen.add(partner.roles().get(r))) {
                problems.add(at + ".roles[" + r + "]", Quoting.quote(partner.roles().get(r).id()) + " is listed twice");
            }
        }
    }

    /** The units the partner supports, as far as they are the estate's: every unit when none are named. */
    private static List<String> units(Partner partner, String at, List<String> units, Problems problems) {
        if (partner.units() == null) {
            return units;
        }
        if (partner.units().isEmpty()) {
            problems.add(at + ".units", "must list at least one business unit, or be left out for every unit");
        }
        Set<String> supported = new LinkedHashSet<>();
        for (int u = 0; u < partner.units().size(); u++) {
            String unit = partner.units().get(u);
            if (!units.contains(unit)) {
                problems.add(at + ".units[" + u + "]", Quoting.quote(unit) + " is not a business unit of this estate; allowed: "
                    + String.join(", ", units));
            } else if (!supported.add(unit)) {
                problems.add(at + ".units[" + u + "]", Quoting.quote(unit) + " is listed twice");
            }
        }
        return List.copyOf(supported);
    }

    private static List<SubscriptionWorkload> environments(Partner partner, String at, Problems problems) {
        if (partner.environments() != null && partner.environments().isEmpty() && !problems.hasWithin(at + ".environments")) {
            problems.add(at + ".environments", "must list at least one of " + Partner.environmentIds() + ", or be left out for "
                + Partner.environmentId(Partner.DEFAULT_ENVIRONMENTS.get(0)) + " only");
        }
        List<SubscriptionWorkload> environments = partner.effectiveEnvironments();
        Set<SubscriptionWorkload> seen = new HashSet<>();
        for (int e = 0; e < environments.size(); e++) {
            if (!Partner.ENVIRONMENTS.contains(environments.get(e))) {
                problems.add(at + ".environments[" + e + "]", Quoting.quote(Partner.environmentId(environments.get(e)))
                    + " is not allowed; allowed: " + Partner.environmentIds());
            } else if (!seen.add(environments.get(e))) {
                problems.add(at + ".environments[" + e + "]", Quoting.quote(Partner.environmentId(environments.get(e))) + " is listed twice");
            }
        }
        return environments;
    }

    private static void dates(AccessGroups access, Partner partner, String at, LocalDate today, Problems problems) {
        LocalDate start = access.startOf(partner);
        if (start == null) {
            problems.add(at + ".start", "required: access.eligibilityStart is not given, so the partner's first day must be, " + DATE);
        }
        if (partner.end() == null) {
            if (!problems.has(at + ".end")) {
                problems.add(at + ".end", "required field is missing: the partner's last day (inclusive, UTC), " + DATE);
            }
            return;
        }
        if (start != null) {
            String problem = new EligibilityPeriod(start, partner.end())
                .problem("", partner.start() != null ? "its start" : "access.eligibilityStart");
            if (problem != null) {
                problems.add(at + ".end", problem.strip());
            }
        }
        if (ended(partner.end(), today)) {
            // A partner renewed past the year from the estate's start gets a start of its own, leaving the duties' alone.
            String startName = partner.start() == null && start != null && !EligibilityPeriod.latestEnd(start).isBefore(today)
                ? "access.eligibilityStart" : "start";
            problems.add(at + ".end", endedProblem(partner.end(), today, "the partner's eligible assignments") + "; if the partner"
                + " still needs access, " + renewal(start, today, startName, "end") + "; if its engagement is over, remove it from"
                + " access.partners");
        }
    }

    /**
     * The partner's approvers may not be a duty's group that is itself eligible for one of the partner's roles at one
     * of its groups. PIM keeps one activation policy per role and group, binding everyone eligible there, so those
     * approvers would approve their own colleagues' activations, not be the second pair of eyes approval is for. (PIM
     * refuses only self-approval, not a fellow member's.) The duties eligible below the root, where partners are: ERP
     * administrators, for {@link SeparationOfDuties#ERP_ADMINS_ELIGIBLE_ROLE} at every unit's production group.
     */
    private static void selfApproval(AccessGroups access, Partner partner, String at, List<String> units,
                                     List<SubscriptionWorkload> environments, Problems problems) {
        if (partner.approvers() == null || !sameGroup(partner.approvers(), access.erpAdmins())
                || !environments.contains(SubscriptionWorkload.PRODUCTION) || units.isEmpty()) {
            return;
        }
        PartnerRole shared = partner.roles().stream().filter(role -> role.role() == SeparationOfDuties.ERP_ADMINS_ELIGIBLE_ROLE)
            .findFirst().orElse(null);
        if (shared == null) {
            return;
        }
        String groups = units.size() == 1 ? units.get(0) + "'s production group"
            : String.join("'s, ", units.subList(0, units.size() - 1)) + "'s and " + units.get(units.size() - 1) + "'s production groups";
        problems.add(at + ".approvers", Quoting.quote(partner.approvers()) + " is access.erpAdmins, the ERP administrators, who are"
            + " themselves eligible for " + shared.id() + " at " + groups + ": PIM keeps one activation policy per role and group,"
            + " binding everyone eligible there, so they would approve one another's activations rather than be a second pair of"
            + " eyes; name a group that is not eligible for " + shared.id() + " there (" + approverExamples(access, partner) + ")");
    }

    /** Groups of the estate that may approve a partner's activations, as examples for messages. */
    private static String approverExamples(AccessGroups access, Partner partner) {
        List<String> examples = new java.util.ArrayList<>();
        if (approverExample(access, partner, access.platformAdmins())) {
            examples.add("access.platformAdmins, " + access.platformAdmins());
        }
        if (approverExample(access, partner, access.securityOperations())) {
            examples.add("access.securityOperations, " + access.securityOperations());
        }
        return examples.isEmpty() ? "e.g. a group of the organisation's approvers, not the partner's own"
            : "e.g. " + String.join(", or ", examples);
    }

    /**
     * PIM has one activation policy per role and management group, so partners eligible for the same role at the same
     * group must agree on who approves: else one partner's approvers would approve the other's activations.
     */
    private static void sharedPolicies(AccessGroups access, int index, List<String> units, List<SubscriptionWorkload> environments,
                                       Map<String, Integer> policies, Problems problems) {
        Partner partner = access.partners().get(index);
        Set<String> scopes = new LinkedHashSet<>();
        for (SubscriptionWorkload environment : environments) {
            for (String unit : units) {
                scopes.add(scopeName(environment, unit));
            }
        }
        for (PartnerRole role : partner.roles()) {
            for (String scope : scopes) {
                Integer first = policies.putIfAbsent(role.id() + " at " + scope, index);
                if (first == null) {
                    continue;
                }
                Partner other = access.partners().get(first);
                if (!sameGroup(other.approvers(), partner.approvers())) {
                    problems.add("access.partners[" + index + "].approvers", (partner.approvers() == null ? "none are given"
                        : Quoting.quote(partner.approvers()) + " differs") + " from access.partners[" + first + "]'s ("
                        + (other.approvers() == null ? "none" : other.approvers()) + "), which is also eligible for " + role.id()
                        + " at " + scope + ": PIM keeps one activation policy per role and management group, so partners sharing"
                        + " one name the same approvers (or none)");
                    return;
                }
            }
        }
    }

    /** Whether {@code group} is given and neither the partner's own nor the ERP administrators' (see selfApproval). */
    private static boolean approverExample(AccessGroups access, Partner partner, String group) {
        return group != null && !sameGroup(group, partner.group()) && !sameGroup(group, access.erpAdmins());
    }

    private static String scopeName(SubscriptionWorkload environment, String unit) {
        return switch (environment) {
            case PRODUCTION -> unit + "'s production group";
            case NON_PRODUCTION -> unit + "'s non-production group";
            default -> "the sandbox group";
        };
    }

    private static boolean sameGroup(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static void objectId(Problems problems, String path, String value, String what) {
        if (value != null && !Checks.isGuid(value)) {
            problems.add(path, Quoting.quote(value) + " is not allowed; the Entra ID object id (GUID) of " + what);
        }
    }
}
