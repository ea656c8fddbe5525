package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.internal.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
        if (estate.prefix() == null) {
            problems.add("prefix", "required field is missing");
        } else if (!PREFIX.matcher(estate.prefix()).matches()) {
            problems.add("prefix", "'" + estate.prefix() + "' is not allowed; " + PREFIX_RULE);
        }
        if (estate.primaryRegion() == null) {
            problems.add("regions.primary", "required field is missing");
        }
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
            } else if (!unitNames.add(unit.name())) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is already the name of another business unit; names must be unique");
            }
            requireText(problems, unitPath + ".owner", unit.owner());
            requireText(problems, unitPath + ".costCenter", unit.costCenter());
            validateEnvironments(unit, unitPath, problems);
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
