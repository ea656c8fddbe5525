package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks an {@link Estate} before any construct is built and reports every problem at once: the path in the
 * estate, the bad value and what is allowed.
 */
public final class EstateValidator {

    static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{1,5}");
    static final String PREFIX_RULE = "2 to 6 lowercase letters and digits, starting with a letter";
    static final Pattern UNIT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,14}[a-z0-9]");
    static final String UNIT_NAME_RULE = "2 to 16 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen";
    static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9]{1,11}");
    static final String ENVIRONMENT_NAME_RULE = "2 to 12 lowercase letters and digits, starting with a letter";
    private static final int MAX_TAG_VALUE = 256;
    /** Keys of the default hierarchy's groups; a unit of the same name would collide with them. */
    static final List<String> RESERVED_UNIT_NAMES = List.of(ManagementGroupNode.PLATFORM, ManagementGroupNode.MANAGEMENT,
        ManagementGroupNode.CONNECTIVITY, ManagementGroupNode.IDENTITY, ManagementGroupNode.LANDING_ZONES, ManagementGroupNode.CORP,
        ManagementGroupNode.ONLINE, ManagementGroupNode.SANDBOX, ManagementGroupNode.DECOMMISSIONED);
    /** The tags every stack sets on every resource; only these can be mandatory. */
    static final List<String> EMITTED_TAGS = List.of(Tags.BUSINESS_UNIT, Tags.ENVIRONMENT, Tags.OWNER, Tags.COST_CENTER,
        Tags.RECOVERY_TIER, Tags.DATA_CLASSIFICATION, Tags.MANAGED_BY);

    private EstateValidator() {
    }

    /** Every problem of {@code estate}; empty when it can be synthesized. */
    public static List<Problem> validate(Estate estate) {
        Problems problems = new Problems();
        validate(estate, problems);
        return problems.list();
    }

    /** Fails with every problem of {@code estate}, attributed to {@code source}, unless it has none. */
    public static void requireValid(Estate estate, String source) {
        List<Problem> problems = validate(estate);
        if (!problems.isEmpty()) {
            throw new EstateValidationException(source, problems);
        }
    }

    static void validate(Estate estate, Problems problems) {
        requireText(problems, "organisation", estate.organisation());
        requireText(problems, "platform.owner", estate.platformOwner());
        requireText(problems, "platform.costCenter", estate.platformCostCenter());
        if (estate.prefix() == null) {
            problems.add("prefix", "required field is missing");
        } else if (!PREFIX.matcher(estate.prefix()).matches()) {
            problems.add("prefix", "'" + estate.prefix() + "' is not allowed; " + PREFIX_RULE);
        }
        if (estate.primaryRegion() == null) {
            problems.add("regions.primary", "required field is missing");
        } else if (!estate.allowedRegions().contains(estate.primaryRegion())) {
            problems.add("regions.allowed", "does not include the primary region '" + estate.primaryRegion()
                + "'; add it, since everything is deployed there");
        }
        validateGovernance(estate, problems);
        if (estate.businessUnits().isEmpty()) {
            problems.add("businessUnits", "must list at least one entry");
        }
        Set<String> unitNames = new HashSet<>();
        for (int u = 0; u < estate.businessUnits().size(); u++) {
            BusinessUnit unit = estate.businessUnits().get(u);
            String unitPath = "businessUnits[" + u + "]";
            if (unit.name() == null) {
                problems.add(unitPath + ".name", "required field is missing");
            } else if (!UNIT_NAME.matcher(unit.name()).matches()) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is not allowed; " + UNIT_NAME_RULE);
            } else if (RESERVED_UNIT_NAMES.contains(unit.name())) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is reserved for a management group of the hierarchy; choose another name"
                    + " (reserved: " + String.join(", ", RESERVED_UNIT_NAMES) + ")");
            } else if (!unitNames.add(unit.name())) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is already the name of another business unit; names must be unique");
            }
            requireText(problems, unitPath + ".owner", unit.owner());
            requireText(problems, unitPath + ".costCenter", unit.costCenter());
            validateEnvironments(unit, unitPath, problems);
        }
    }

    private static void validateGovernance(Estate estate, Problems problems) {
        List<String> tags = estate.mandatoryTags();
        if (tags.isEmpty()) {
            problems.add("governance.mandatoryTags", "must list at least one tag");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!EMITTED_TAGS.contains(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", "'" + tag + "' is not a tag the landing zone sets on every resource,"
                    + " so requiring it would deny every deployment; allowed: " + String.join(", ", EMITTED_TAGS));
            } else if (!seen.add(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", "'" + tag + "' is listed twice");
            }
        }
        try {
            Pattern.compile(estate.allowedContainerImages());
        } catch (PatternSyntaxException e) {
            problems.add("governance.allowedContainerImages", "'" + estate.allowedContainerImages()
                + "' is not a valid regular expression: " + e.getDescription());
        }
        AccessGroups access = estate.access();
        guid(problems, "access.platformAdmins", access.platformAdmins());
        guid(problems, "access.securityOperations", access.securityOperations());
        guid(problems, "access.erpAdmins", access.erpAdmins());
        guid(problems, "access.financeReaders", access.financeReaders());
        guid(problems, "access.deploymentPrincipal", access.deploymentPrincipal());
        if (access.hasEligibleRoles() && access.eligibilityStart() == null && !problems.has("access.eligibilityStart")) {
            problems.add("access.eligibilityStart", "required when platformAdmins, securityOperations or erpAdmins is given:"
                + " their production roles are eligible (PIM) from this date, written YYYY-MM-DD");
        }
    }

    private static void guid(Problems problems, String path, String value) {
        if (value != null && !Checks.isGuid(value)) {
            problems.add(path, "'" + value + "' is not allowed; an Entra ID object id (GUID)");
        }
    }

    private static void validateEnvironments(BusinessUnit unit, String unitPath, Problems problems) {
        if (unit.environments().isEmpty()) {
            problems.add(unitPath + ".environments", "must list at least one entry");
        }
        Set<String> environmentNames = new HashSet<>();
        for (int e = 0; e < unit.environments().size(); e++) {
            Environment environment = unit.environments().get(e);
            String environmentPath = unitPath + ".environments[" + e + "]";
            if (environment.name() == null) {
                problems.add(environmentPath + ".name", "required field is missing");
                continue;
            }
            if (!ENVIRONMENT_NAME.matcher(environment.name()).matches()) {
                problems.add(environmentPath + ".name", "'" + environment.name() + "' is not allowed; " + ENVIRONMENT_NAME_RULE);
                continue;
            }
            if (!environmentNames.add(environment.name())) {
                problems.add(environmentPath + ".name", "'" + environment.name()
                    + "' is already the name of another environment of this business unit; names must be unique");
            }
            if (environment.blueprint() == null) {
                problems.add(environmentPath + ".blueprint", "required for an environment named '" + environment.name()
                    + "', which is not a blueprint's name; allowed: " + blueprintNames());
            }
        }
    }

    private static void requireText(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "required field is missing");
        } else if (value.isBlank() || value.length() > MAX_TAG_VALUE) {
            problems.add(path, "'" + value + "' is not allowed; 1 to " + MAX_TAG_VALUE + " characters, not blank");
        }
    }

    static String blueprintNames() {
        return Blueprint.all().stream().map(Blueprint::name).collect(Collectors.joining(", "));
    }
}
