package com.sysgenpro.landingzone.governance.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Building blocks for offline rules: argument checks that treat apply-time references as not applicable. */
final class OfflineRules {

    private OfflineRules() {
    }

    /** Boolean {@code argument} must be {@code expected}; absent means the provider's default. */
    static OfflineRule bool(String argument, boolean expected, boolean providerDefault, String fix) {
        return (resource, parameters) -> {
            if (resource.isReference(argument)) {
                return Evaluation.notApplicable(argument + " is known only at apply time");
            }
            String text = resource.text(argument);
            boolean actual = text == null ? providerDefault : Boolean.parseBoolean(text);
            return Evaluation.require(actual == expected, argument + " is " + actual + "; " + fix);
        };
    }

    /** Text at {@code extract} must equal {@code expected} (case-insensitively); absent means {@code providerDefault}. */
    static OfflineRule text(String argument, Function<TerraformResource, String> extract, String expected, String providerDefault, String fix) {
        return (resource, parameters) -> {
            String actual = extract.apply(resource);
            if (Checks.isReference(actual)) {
                return Evaluation.notApplicable(argument + " is known only at apply time");
            }
            String value = actual == null ? providerDefault : actual;
            return Evaluation.require(expected.equalsIgnoreCase(value), argument + " is '" + value + "'; " + fix);
        };
    }

    /** The value at {@code extract} must be one of the array parameter {@code parameter}. */
    static OfflineRule allowed(String argument, Function<TerraformResource, String> extract, String parameter, String fix) {
        return (resource, parameters) -> {
            String actual = extract.apply(resource);
            if (actual == null || Checks.isReference(actual)) {
                return Evaluation.notApplicable(argument + " is not set or known only at apply time");
            }
            Collection<?> allowed = list(parameters, parameter);
            if (allowed == null) {
                return Evaluation.notApplicable("parameter " + parameter + " is not assigned");
            }
            boolean ok = allowed.stream().anyMatch(value -> String.valueOf(value).equalsIgnoreCase(actual));
            return Evaluation.require(ok, argument + " '" + actual + "' is not among " + parameter + " " + allowed + "; " + fix);
        };
    }

    /** A companion resource of {@code companionType} in the same stack must refer to this resource. */
    static OfflineRule companion(String companionType, String fix) {
        return (resource, parameters) -> Evaluation.require(resource.hasCompanion(companionType), "no " + companionType
            + " refers to " + resource.address() + "; " + fix);
    }

    /** The text of a nested argument, e.g. {@code default_node_pool[0].vm_size}. */
    static Function<TerraformResource, String> nested(String block, String argument) {
        return resource -> {
            JsonNode node = resource.body().path(block);
            JsonNode first = TerraformJson.block(node);
            JsonNode value = first.path(argument);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        };
    }

    static Function<TerraformResource, String> argument(String argument) {
        return resource -> resource.text(argument);
    }

    static Collection<?> list(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        return value instanceof Collection<?> collection ? collection : value == null ? null : List.of(value);
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
