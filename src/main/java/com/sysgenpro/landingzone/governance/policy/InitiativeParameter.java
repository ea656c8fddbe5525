package com.sysgenpro.landingzone.governance.policy;

import java.util.List;

/**
 * A parameter of an initiative, set per assignment (e.g. the allowed regions of a management group).
 *
 * @param name the parameter name, e.g. {@code allowedLocations}
 * @param type Azure Policy's type: {@code String}, {@code Array}, {@code Integer}, {@code Boolean} or {@code Object}
 * @param description what it means, shown in the portal
 * @param defaultValue the value when an assignment gives none, or {@code null} when every assignment must give it
 * @param allowedValues the values it may take, or empty for any
 */
public record InitiativeParameter(String name, String type, String description, Object defaultValue, List<Object> allowedValues) {

    /** Copies the list. */
    public InitiativeParameter {
        allowedValues = List.copyOf(allowedValues);
    }

    /** A parameter every assignment must set. */
    public static InitiativeParameter required(String name, String type, String description) {
        return new InitiativeParameter(name, type, description, null, List.of());
    }

    /** A parameter with a default. */
    public static InitiativeParameter optional(String name, String type, String description, Object defaultValue, List<Object> allowedValues) {
        return new InitiativeParameter(name, type, description, defaultValue, allowedValues);
    }
}
