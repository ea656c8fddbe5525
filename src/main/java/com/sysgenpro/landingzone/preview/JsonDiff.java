package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The leaf values that differ between two resource bodies, by path. cdktn's {@code //} metadata is not an argument and
 * is skipped at every level.
 */
final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * Calls {@code changed} with the path, before and after value of every difference, in path order.
     *
     * @param collapseSingleBlocks whether a list holding at most one object on both sides is shown without its index, as
     *     cdktn writes single nested blocks ({@code high_availability.mode}) while plans write them as lists
     *     ({@code high_availability[0].mode})
     */
    static void compare(JsonNode before, JsonNode after, boolean collapseSingleBlocks, BiConsumer<String, JsonNode[]> changed) {
        walk("", orMissing(before), orMissing(after), collapseSingleBlocks, changed);
    }

    /** The differences as (path, before, after) triples. */
    static List<Object[]> differences(JsonNode before, JsonNode after, boolean collapseSingleBlocks) {
        List<Object[]> found = new ArrayList<>();
        compare(before, after, collapseSingleBlocks, (path, values) -> found.add(new Object[] {path, values[0], values[1]}));
        return found;
    }

    private static void walk(String path, JsonNode before, JsonNode after, boolean collapse, BiConsumer<String, JsonNode[]> changed) {
        if (before.equals(after)) {
            return;
        }
        if (isObject(before) && isObject(after)) {
            TreeSet<String> keys = new TreeSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            keys.remove("//");
            for (String key : keys) {
                walk(Values.child(path, key), orMissing(before.get(key)), orMissing(after.get(key)), collapse, changed);
            }
            return;
        }
        if (before.isArray() && after.isArray()) {
            if (collapse && before.size() <= 1 && after.size() <= 1 && (onlyObjects(before) && onlyObjects(after))) {
                walk(path, first(before), first(after), collapse, changed);
                return;
            }
            if (before.size() == after.size() || !(onlyScalars(before) && onlyScalars(after))) {
                for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                    walk(Values.element(path, i), orMissing(before.get(i)), orMissing(after.get(i)), collapse, changed);
                }
                return;
            }
        }
        if (isObject(before) && after.isMissingNode() || before.isMissingNode() && isObject(after)) {
            // A whole block added or removed: show its leaves, so that secrets inside it are masked one by one.
            JsonNode present = isObject(before) ? before : after;
            TreeSet<String> keys = new TreeSet<>();
            present.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!key.equals("//")) {
                    JsonNode value = present.get(key);
                    walk(Values.child(path, key), before.isMissingNode() ? MissingNode.getInstance() : value,
                        before.isMissingNode() ? value : MissingNode.getInstance(), collapse, changed);
                }
            }
            return;
        }
        changed.accept(path, new JsonNode[] {before, after});
    }

    private static boolean isObject(JsonNode node) {
        return node.isObject();
    }

    private static boolean onlyObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyScalars(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode first(JsonNode array) {
        return array.isEmpty() ? MissingNode.getInstance() : array.get(0);
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null || node.isNull() ? MissingNode.getInstance() : node;
    }
}
