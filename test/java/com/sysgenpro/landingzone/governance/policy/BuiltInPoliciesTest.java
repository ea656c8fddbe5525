package com.sysgenpro.landingzone.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in reference the library emits against Azure's built-in catalog ({@code ../shared/reference}): the
 * GUID exists and is current, the display name, effect parameter and allowed effects are as declared, every
 * parameter a control passes is declared, required ones are passed, and literal values are allowed.
 */
class BuiltInPoliciesTest {

    private static JsonNode catalog;

    @BeforeAll
    static void readCatalog() {
        Path shared = SharedReference.require();
        catalog = Synth.read(shared.resolve("reference/azure-builtin-policies.json"));
    }

    @Test
    void everyBuiltInTheShippedInitiativesUseMatchesTheCatalog() {
        List<String> problems = new ArrayList<>();
        for (Initiative initiative : LandingZoneInitiatives.all()) {
            for (Control control : initiative.controls()) {
                if (control.definition() instanceof BuiltInPolicy builtIn) {
                    check(control, builtIn, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Control control, BuiltInPolicy builtIn, List<String> problems) {
        String where = control.id() + " (" + builtIn.guid() + ")";
        JsonNode entry = catalog.path(builtIn.guid());
        if (entry.isMissingNode()) {
            problems.add(where + ": not in the built-in catalog");
            return;
        }
        if (entry.path("deprecated").asBoolean() || entry.path("preview").asBoolean()) {
            problems.add(where + ": deprecated or preview");
        }
        if (!entry.path("displayName").asText().equals(builtIn.displayName())) {
            problems.add(where + ": display name is '" + entry.path("displayName").asText() + "'");
        }
        String effectParameter = entry.path("effectParameter").isNull() ? null : entry.path("effectParameter").asText();
        if (!java.util.Objects.equals(effectParameter, builtIn.effectParameter())) {
            problems.add(where + ": effect parameter is " + effectParameter + ", declared " + builtIn.effectParameter());
        }
        List<String> allowedEffects = new ArrayList<>();
        entry.path("effectAllowedValues").forEach(value -> allowedEffects.add(value.asText()));
        if (!allowedEffects.equals(builtIn.allowedEffects())) {
            problems.add(where + ": allowed effects are " + allowedEffects + ", declared " + builtIn.allowedEffects());
        }
        JsonNode declared = entry.path("parameterDetails");
        Map<String, Object> values = control.parameterValues();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            JsonNode parameter = declared.path(value.getKey());
            if (parameter.isMissingNode()) {
                problems.add(where + ": passes undeclared parameter " + value.getKey());
                continue;
            }
            boolean expression = value.getValue() instanceof String text && text.startsWith("[");
            if (!expression && parameter.has("allowedValues")) {
                boolean allowed = false;
                for (JsonNode candidate : parameter.path("allowedValues")) {
                    allowed |= candidate.asText().equals(String.valueOf(value.getValue()));
                }
                if (!allowed) {
                    problems.add(where + ": " + value.getKey() + "=" + value.getValue() + " not in " + parameter.path("allowedValues"));
                }
            }
        }
        declared.fieldNames().forEachRemaining(name -> {
            if (!declared.path(name).has("defaultValue") && !values.containsKey(name)) {
                problems.add(where + ": required parameter " + name + " not passed");
            }
        });
    }
}
