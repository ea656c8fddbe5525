package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** What check-only rules read around a resource in its synthesized stack. */
final class StackQueries {

    private StackQueries() {
    }

    /** A nested block: cdktn writes single blocks as objects, Terraform's JSON also allows a one-element list. */
    static JsonNode block(JsonNode body, String name) {
        return TerraformJson.block(body, name);
    }

    /** The text at {@code name} in {@code node}, or {@code null} when absent or null. */
    static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Whether {@code value} is resolved by Terraform at apply time, e.g. {@code ${azurerm_subnet.x.id}}. */
    static boolean isReference(String value) {
        return Checks.isReference(value);
    }

    /** The Terraform expression prefix that refers to {@code resource}'s attributes: {@code ${type.name.}. */
    static String referenceTo(TerraformResource resource) {
        return "${" + resource.address() + ".";
    }

    /**
     * The resources of {@code type} in the same stack whose {@code argument} refers to {@code resource}, e.g. the
     * management locks whose {@code scope} is the server's id.
     */
    static List<TerraformResource> referring(TerraformResource resource, String type, String argument) {
        String reference = referenceTo(resource);
        List<TerraformResource> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> named = resource.stackConfig().path("resource").path(type).fields(); named.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = named.next();
            String value = text(entry.getValue(), argument);
            if (value != null && value.contains(reference)) {
                found.add(new TerraformResource(resource.stack(), type, entry.getKey(), entry.getValue(), resource.stackConfig()));
            }
        }
        return found;
    }

    /** The resource a reference such as {@code ${azurerm_x.y.id}} points to in the same stack, or {@code null}. */
    static TerraformResource referenced(TerraformResource from, String reference) {
        if (reference == null || !reference.startsWith("${") || !reference.endsWith("}")) {
            return null;
        }
        String[] parts = reference.substring(2, reference.length() - 1).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonNode body = from.stackConfig().path("resource").path(parts[0]).path(parts[1]);
        return body.isMissingNode() ? null : new TerraformResource(from.stack(), parts[0], parts[1], body, from.stackConfig());
    }
}
