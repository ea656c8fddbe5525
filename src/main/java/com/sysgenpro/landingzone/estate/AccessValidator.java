package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.EligibilityPeriod;
import com.sysgenpro.landingzone.governance.PartnerAccess;
import com.sysgenpro.landingzone.governance.PartnerGrant;
import com.sysgenpro.landingzone.governance.PartnerRole;
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
 */
final class AccessValidator {

    private static final String DATE = "written YYYY-MM-DD";

    private AccessValidator() {
    }

    static void validate(Estate estate, Problems problems) {
        AccessGroups access = estate.access();
        eligibilityEnd(access, problems);
        List<String> units = estate.businessUnits().stream().map(BusinessUnit::name).filter(Objects::nonNull).toList();
        Set<String> names = new HashSet<>();
        Map<String, Integer> policies = new HashMap<>();
        for (int i = 0; i < access.partners().size(); i++) {
            partner(access, i, units, names, policies, problems);
        }
    }

    /** Required with eligible roles, like the start; the fix keeps the 180 days eligibility lasted before it existed. */
    private static void eligibilityEnd(AccessGroups access, Problems problems) {
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
    }

    private static void partner(AccessGroups access, int index, List<String> units, Set<String> names, Map<String, Integer> policies,
                                Problems problems) {
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
                + " are approved first; give the object id of the group whose members approve them (e.g. the ERP administrators')");
        } else if (partner.approvers() != null && partner.approvers().equalsIgnoreCase(Objects.requireNonNullElse(partner.group(), ""))) {
            problems.add(at + ".approvers", Quoting.quote(partner.approvers()) + " is the partner's own group, which would approve"
                + " its own activations; give a group of the organisation");
        }

        dates(access, partner, at, problems);
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

    private static void dates(AccessGroups access, Partner partner, String at, Problems problems) {
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
