package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Checks;

/**
 * A resource as synthesized: what offline evaluation reads, so that it works on any synth output (this branch's,
 * a base branch's) without the construct tree.
 *
 * @param stack the stack it belongs to
 * @param type the Terraform resource type, e.g. {@code azurerm_storage_account}
 * @param name the resource's name in the stack (its logical id)
 * @param body the resource's arguments as synthesized
 * @param stackConfig the whole synthesized stack, for rules that look at companion resources
 */
public record TerraformResource(String stack, String type, String name, JsonNode body, JsonNode stackConfig) {

    /** {@code type.name}, the resource's Terraform address within its stack. */
    public String address() {
        return type + "." + name;
    }

    /**
     * The construct path cdktn recorded for the resource, e.g. {@code wholesale-production/database/Resource}: stable
     * across syntheses and readable, unlike the logical id's hash suffix; {@code null} when the output has none.
     */
    public String constructPath() {
        JsonNode path = body.path("//").path("metadata").path("path");
        return path.isTextual() ? path.asText() : null;
    }

    /** The text of argument {@code argument}, or {@code null} when absent. */
    public String text(String argument) {
        JsonNode value = body.get(argument);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * Whether a resource of {@code companionType} in the same stack refers to this resource anywhere in its arguments
     * (e.g. a diagnostic setting whose {@code target_resource_id} is {@code ${azurerm_storage_account.x.id}}).
     */
    public boolean hasCompanion(String companionType) {
        String reference = "${" + type + "." + name + ".";
        for (JsonNode companion : stackConfig.path("resource").path(companionType)) {
            if (companion.toString().contains(reference)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the argument is a reference resolved only at apply time, e.g. {@code ${azurerm_x.y.id}}. */
    public boolean isReference(String argument) {
        String value = text(argument);
        return Checks.isReference(value);
    }
}
