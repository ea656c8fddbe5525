package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A node of a configuration document being read into a typed model. Every accessor records what is wrong in
 * {@link Problems} with the node's path and returns {@code null} or an empty value instead of failing, so that
 * one pass over the document reports every problem.
 */
public final class ConfigNode {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private ConfigNode(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The document's root, which must be a mapping. */
    public static ConfigNode root(JsonNode node, Problems problems) {
        ConfigNode root = new ConfigNode(node == null ? MissingNode.getInstance() : node, "", problems);
        if (!root.node.isObject()) {
            problems.add("", "the document must be a mapping of fields, found " + describe(root.node));
        }
        return root;
    }

    /** Where this document's problems are collected, for problems found by the caller. */
    public Problems problems() {
        return problems;
    }

    /** This node's path, e.g. {@code businessUnits[0].name}. */
    public String path() {
        return path;
    }

    /** The path of field {@code field} of this node. */
    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Whether the field is present and a mapping, for fields that may be written as a value or a mapping. */
    public boolean isObject(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject();
    }

    /** Reports fields other than {@code allowed}, suggesting the closest allowed name. */
    public void allowOnly(String... allowed) {
        if (!node.isObject()) {
            return;
        }
        Set<String> known = new TreeSet<>(List.of(allowed));
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = closest(name, known).map(match -> "did you mean '" + match + "'? ").orElse("");
                problems.add(pathOf(Quoting.shorten(name)), "unknown field; " + hint + "allowed here: " + String.join(", ", known));
            }
        }
    }

    /** A text field; reports it when required and absent, or when not a string. */
    public String string(String field, boolean required) {
        JsonNode value = child(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(pathOf(field), "expected text, found " + describe(value));
            return null;
        }
        return value.asText();
    }

    /** A text field that must match {@code pattern}; {@code allowed} says in words what matches. */
    public String string(String field, boolean required, Pattern pattern, String allowed) {
        String value = string(field, required);
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(pathOf(field), Quoting.quote(value) + " is not allowed; " + allowed);
            return null;
        }
        return value;
    }

    /**
     * A text field converted by {@code parse}, which returns empty for an unknown value; {@code allowed} lists
     * what is accepted.
     */
    public <T> T value(String field, boolean required, Function<String, Optional<T>> parse, String allowed) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(text);
        if (parsed.isEmpty()) {
            problems.add(pathOf(field), Quoting.quote(text) + " is not allowed; allowed: " + allowed);
            return null;
        }
        return parsed.get();
    }

    /** A whole-number field within {@code min..max}. */
    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = child(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(pathOf(field), "expected a whole number, found " + describe(value));
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            problems.add(pathOf(field), number + " is not allowed; " + min + " to " + max);
            return null;
        }
        return number;
    }

    /** A true-or-false field; reports it when required and absent, or when not a boolean. */
    public Boolean bool(String field, boolean required) {
        JsonNode value = child(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(pathOf(field), "expected true or false, found " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    /** The names of a mapping's fields, in file order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A list of texts; reports non-text elements. Empty when absent. */
    public List<String> strings(String field, boolean required) {
        JsonNode value = child(field, required);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray()) {
            problems.add(pathOf(field), "expected a list, found " + describe(value));
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).asText());
            } else {
                problems.add(pathOf(field) + "[" + i + "]", "expected text, found " + describe(value.get(i)));
            }
        }
        return texts;
    }

    /** A nested mapping, or a node that reads as empty when absent or of the wrong kind. */
    public ConfigNode object(String field, boolean required) {
        JsonNode value = child(field, required);
        if (value != null && !value.isObject()) {
            problems.add(pathOf(field), "expected a mapping of fields, found " + describe(value));
            value = null;
        }
        return new ConfigNode(value == null ? MissingNode.getInstance() : value, pathOf(field), problems);
    }

    /** The elements of a list field; reports it when required and absent or empty, or when not a list. */
    public List<ConfigNode> list(String field, boolean required) {
        JsonNode value = child(field, required);
        List<ConfigNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (!value.isArray()) {
            problems.add(pathOf(field), "expected a list, found " + describe(value));
            return elements;
        }
        if (required && value.isEmpty()) {
            problems.add(pathOf(field), "must list at least one entry");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(field) + "[" + i + "]";
            if (!element.isObject()) {
                problems.add(elementPath, "expected a mapping of fields, found " + describe(element));
                continue;
            }
            elements.add(new ConfigNode(element, elementPath, problems));
        }
        return elements;
    }

    private JsonNode child(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required && (node.isObject() || node.isMissingNode()) && !problems.has(path)) {
                problems.add(pathOf(field), "required field is missing");
            }
            return null;
        }
        return value;
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isNull()) {
            return "null";
        }
        return (value.isTextual() ? "text" : value.isNumber() ? "the number" : value.isBoolean() ? "the boolean" : "the value")
            + " " + Quoting.quote(value.asText());
    }

    private static Optional<String> closest(String name, Set<String> candidates) {
        // The length test first: it rules out what the distance would, without its cost on a very long name.
        return candidates.stream()
            .filter(candidate -> Math.abs(name.length() - candidate.length()) <= Math.max(2, candidate.length() / 3))
            .filter(candidate -> distance(name.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, candidate.length() / 3))
            .min(Comparator.comparingInt(candidate -> distance(name.toLowerCase(), candidate.toLowerCase())));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
