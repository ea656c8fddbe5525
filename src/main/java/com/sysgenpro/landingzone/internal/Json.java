package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON written into Terraform arguments: compact, with map keys sorted, so that output is byte-identical. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {
    }

    /** Parses a JSON object written in the library's source; a syntax error there is a bug, reported as such. */
    public static ObjectNode parseObject(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("expected a JSON object: " + json);
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invalid JSON in the library: " + json, e);
        }
    }

    /** Serializes a value (maps, lists, JSON nodes) compactly with sorted map keys. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value instanceof JsonNode node ? MAPPER.treeToValue(node, Object.class) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value, e);
        }
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
