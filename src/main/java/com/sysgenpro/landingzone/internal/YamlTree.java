package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a configuration file written in YAML into a tree, or says in plain words why it cannot: syntax errors with
 * their line and column, keys given twice, more than one document, nesting deeper than {@link #MAX_DEPTH}, aliases
 * that stand for nothing, for themselves or for too much. Anchors and aliases ({@code &sites}, {@code *sites}) and
 * merge keys ({@code <<: *defaults}) are expanded, as YAML means them to be.
 */
public final class YamlTree {

    /**
     * How deep mappings and lists may nest. An estate's deepest value, a site of an environment, is six levels down;
     * 50 is also SnakeYAML's own limit for the documents it builds, and far from the depth at which reading would
     * exhaust the stack.
     */
    public static final int MAX_DEPTH = 50;

    /**
     * How many values aliases may add to a document. Aliases share small parts: a unit's sites, its criteria, a list of
     * environments, ten to twenty values a unit, so 20,000 is room for the thousand units that fit the loader's 1 MiB.
     * A document whose aliases multiply at every level ("billion laughs") passes it within a few levels and is refused
     * after some milliseconds, before its expansion costs any memory.
     */
    public static final int MAX_ALIAS_VALUES = 20_000;

    /** The key under which YAML 1.1 merges the fields of other mappings into this one. */
    private static final String MERGE_KEY = "<<";

    /** SnakeYAML's default limits stand: its 3 MB code point limit is above any file the estate loader reads. */
    private static final ExpandingYamlParser.Factory FACTORY = new ExpandingYamlParser.Factory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private YamlTree() {
    }

    /**
     * The one document {@code text} holds; {@link MissingNode} when it is empty, {@code null} when it cannot be read,
     * each reason then recorded in {@code problems}.
     */
    public static JsonNode read(String text, Problems problems) {
        try (ExpandingYamlParser parser = (ExpandingYamlParser) FACTORY.createParser(new StringReader(text))) {
            JsonNode document = MAPPER.readTree(parser);
            parser.duplicates().forEach(problem -> problems.add(problem.path(), problem.message()));
            checkOneDocument(parser, problems);
            if (document == null) {
                return MissingNode.getInstance();
            }
            JsonNode merged = merge(document, "", problems);
            return problems.isEmpty() ? merged : null;
        } catch (ExpandingYamlParser.Refusal refusal) {
            problems.add(refusal.path(), refusal.getMessage());
        } catch (JsonProcessingException e) {
            problems.add("", syntaxError(e));
        } catch (IOException e) {
            // Reading from a string fails only as the parser reports, above; kept for the compiler.
            problems.add("", "cannot be read: " + e.getMessage());
        }
        return null;
    }

    /**
     * Reports documents after the first: a second one would otherwise be dropped without a word. Empty documents (a
     * {@code ---} closing the file) are left alone.
     */
    private static void checkOneDocument(ExpandingYamlParser parser, Problems problems) {
        int documents = 1;
        int secondLine = 0;
        boolean more = false;
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_NULL || !parser.getText().isEmpty()) {
                    documents++;
                    secondLine = secondLine == 0 ? parser.documentLine() : secondLine;
                }
                parser.skipChildren();
            }
        } catch (IOException | ExpandingYamlParser.Refusal unreadable) {
            // What follows cannot be read either; the count so far is enough to refuse the file.
            more = true;
        }
        if (documents > 1) {
            problems.add("", "holds " + (more ? "at least " : "") + documents + " YAML documents (the second starts at line "
                + secondLine + "); an estate is one document: remove the second one and the '---' before it, or move it"
                + " to a file of its own");
        }
    }

    /** Merges the mappings named by {@code <<} keys into theirs, innermost first; explicit keys win. */
    private static JsonNode merge(JsonNode node, String path, Problems problems) {
        if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                list.set(i, merge(list.get(i), path + "[" + i + "]", problems));
            }
            return list;
        }
        if (!(node instanceof ObjectNode mapping)) {
            return node;
        }
        for (String field : fieldNames(mapping)) {
            mapping.set(field, merge(mapping.get(field), path.isEmpty() ? field : path + "." + field, problems));
        }
        JsonNode merged = mapping.get(MERGE_KEY);
        if (merged == null) {
            return mapping;
        }
        List<JsonNode> sources = merged.isArray() ? toList(merged) : List.of(merged);
        if (!sources.stream().allMatch(JsonNode::isObject)) {
            problems.add(path.isEmpty() ? MERGE_KEY : path + "." + MERGE_KEY, "merges the fields of mappings into this one:"
                + " give it an alias of a mapping, such as <<: *defaults, or a list of them");
            return mapping;
        }
        ObjectNode result = mapping.objectNode();
        for (String field : fieldNames(mapping)) {
            if (!field.equals(MERGE_KEY)) {
                result.set(field, mapping.get(field));
                continue;
            }
            // Where the merge key stands, the fields it brings; the first mapping listed wins, as YAML says.
            for (JsonNode source : sources) {
                for (String inherited : fieldNames((ObjectNode) source)) {
                    if (!mapping.has(inherited) && !result.has(inherited)) {
                        result.set(inherited, source.get(inherited));
                    }
                }
            }
        }
        return result;
    }

    private static List<String> fieldNames(ObjectNode mapping) {
        List<String> names = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> toList(JsonNode list) {
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        return elements;
    }

    /** SnakeYAML's own words for what is wrong and where, on one line. */
    private static String syntaxError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                    + (marked.getContextMark() == null ? "" : " at " + at(marked.getContextMark())) + ")";
                return "not valid YAML at " + at(marked.getProblemMark()) + ": " + oneLine(marked.getProblem()) + context;
            }
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "not valid YAML" + where + ": " + oneLine(e.getOriginalMessage());
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
