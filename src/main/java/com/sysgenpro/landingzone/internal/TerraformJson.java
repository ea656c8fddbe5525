package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading synthesized Terraform JSON: the one place that knows single nested blocks come as objects from cdktn and as
 * one-element lists in Terraform's own JSON (and in plans). Internal: not part of the public API.
 */
public final class TerraformJson {

    private TerraformJson() {
    }

    /** A nested block as written, {@code {…}} or {@code [{…}]}: the block itself, missing when absent. */
    public static JsonNode block(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    /** The nested block {@code name} of {@code body}. */
    public static JsonNode block(JsonNode body, String name) {
        return block(body.path(name));
    }

    /** The text of {@code node}, or {@code null} when it is absent, null or empty. */
    public static String nonEmptyText(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }
}
