package com.sysgenpro.landingzone.governance.policy;

import java.util.List;

/**
 * A built-in Azure Policy definition, by its GUID (the same in every tenant) and the names Azure gives its effect
 * parameter and allowed effects. {@code BuiltInPoliciesTest} checks every one the library uses against Azure's
 * built-in catalog.
 *
 * @param guid the definition's GUID
 * @param displayName the definition's display name, for humans reading the synthesized JSON
 * @param effectParameter the name of its effect parameter
 * @param allowedEffects the effect values it allows, spelled as it spells them
 */
public record BuiltInPolicy(String guid, String displayName, String effectParameter, List<String> allowedEffects)
    implements PolicyDefinitionRef {

    /** Copies the list. */
    public BuiltInPolicy {
        allowedEffects = List.copyOf(allowedEffects);
    }

    /** The definition id, {@code /providers/Microsoft.Authorization/policyDefinitions/<guid>}. */
    public String definitionId() {
        return "/providers/Microsoft.Authorization/policyDefinitions/" + guid;
    }

    @Override
    public String effectValue(PolicyEffect effect) {
        return allowedEffects.stream()
            .filter(allowed -> allowed.equalsIgnoreCase(effect.azureName()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("built-in policy " + guid + " (" + displayName
                + ") does not allow effect " + effect.azureName() + "; allowed: " + String.join(", ", allowedEffects)));
    }
}
