package com.sysgenpro.landingzone.governance.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy definition the landing zone defines where Azure has no built-in for the intent. Emitted once per estate
 * at the root management group, as {@code azurerm_policy_definition}.
 *
 * <p>Its rule takes an {@code effect} parameter, so the initiative decides the effect.
 *
 * @param name the definition's name (its id segment), unique in the management group
 * @param displayName shown in the portal
 * @param description what it checks and why
 * @param mode {@code Indexed} (resources with tags and location) or {@code All}
 * @param category the portal category, e.g. {@code Storage}
 * @param parameters the definition's parameters (JSON object), {@code effect} included
 * @param policyRule the rule (JSON object: {@code if} / {@code then})
 */
public record CustomPolicy(String name, String displayName, String description, String mode, String category,
                           JsonNode parameters, JsonNode policyRule) implements PolicyDefinitionRef {

    /**
     * Copies the JSON, so that the caller's nodes cannot change the definition afterwards; Jackson nodes are mutable
     * and the shipped definitions are shared by every estate in the JVM.
     */
    public CustomPolicy {
        parameters = parameters.deepCopy();
        policyRule = policyRule.deepCopy();
    }

    /** The definition's parameters (JSON object), {@code effect} included; a copy, so changing it changes nothing here. */
    @Override
    public JsonNode parameters() {
        return parameters.deepCopy();
    }

    /** The rule (JSON object: {@code if} / {@code then}); a copy, so changing it changes nothing here. */
    @Override
    public JsonNode policyRule() {
        return policyRule.deepCopy();
    }

    /**
     * A definition whose {@code effect} parameter allows {@code allowedEffects} (default the first) and whose other
     * parameters and rule are given as JSON text.
     */
    public static CustomPolicy of(String name, String displayName, String description, String mode, String category,
                                  List<PolicyEffect> allowedEffects, String otherParametersJson, String ruleJson) {
        var parameters = Json.parseObject(otherParametersJson);
        var effect = parameters.putObject("effect");
        effect.put("type", "String");
        effect.putObject("metadata").put("displayName", "Effect").put("description", "What to do with non-compliant resources");
        var allowed = effect.putArray("allowedValues");
        allowedEffects.forEach(e -> allowed.add(e.azureName()));
        effect.put("defaultValue", allowedEffects.get(0).azureName());
        return new CustomPolicy(name, displayName, description, mode, category, parameters, Json.parseObject(ruleJson));
    }

    @Override
    public String effectParameter() {
        return "effect";
    }

    @Override
    public String effectValue(PolicyEffect effect) {
        List<String> allowed = new ArrayList<>();
        parameters.path("effect").path("allowedValues").forEach(value -> allowed.add(value.asText()));
        if (!allowed.contains(effect.azureName())) {
            throw new IllegalArgumentException("custom policy " + name + " does not allow effect " + effect.azureName()
                + "; allowed: " + String.join(", ", allowed));
        }
        return effect.azureName();
    }
}
