package com.sysgenpro.landingzone.governance.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of controls assigned together (an Azure Policy initiative), with the parameters each assignment sets.
 *
 * @param key short stable key, e.g. {@code network}; the initiative is named {@code lz-<key>}
 * @param displayName shown in the portal
 * @param description what it enforces
 * @param category the intent it serves
 * @param parameters what each assignment sets
 * @param controls its controls, in a stable order
 */
public record Initiative(String key, String displayName, String description, ControlCategory category,
                         List<InitiativeParameter> parameters, List<Control> controls) {

    /** Copies the lists and checks ids and parameter references. */
    public Initiative {
        parameters = List.copyOf(parameters);
        controls = List.copyOf(controls);
        if (!key.matches("[a-z][a-z0-9]{1,13}")) {
            throw new IllegalArgumentException("initiative key '" + key + "' must be 2 to 14 lowercase letters and digits");
        }
        Set<String> ids = new HashSet<>();
        Set<String> declared = new HashSet<>();
        parameters.forEach(parameter -> declared.add(parameter.name()));
        for (Control control : controls) {
            if (!ids.add(control.id())) {
                throw new IllegalArgumentException("initiative " + key + " lists control " + control.id() + " twice");
            }
            for (Object value : control.parameterValues().values()) {
                if (value instanceof String text && text.startsWith("[parameters('")) {
                    String name = text.substring("[parameters('".length(), text.length() - "')]".length());
                    if (!declared.contains(name)) {
                        throw new IllegalArgumentException("control " + control.id() + " uses parameter '" + name
                            + "' that initiative " + key + " does not declare");
                    }
                }
            }
        }
    }

    /** The initiative's Azure name, {@code lz-<key>}. */
    public String name() {
        return "lz-" + key;
    }

    /** The declared parameter called {@code name}, if any. */
    public Optional<InitiativeParameter> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    /** Whether any control changes resources, so that assignments need an identity, roles and remediation. */
    public boolean remediates() {
        return controls.stream().anyMatch(control -> control.effect().remediates());
    }
}
