package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each value of a JSON file starts on, by path ({@code /resource/azurerm_key_vault/vault},
 * {@code /suppressions/0}), down to a depth: where a report points a reader (or code scanning) into the file.
 * Path segments are not escaped; Terraform names hold no slashes.
 */
final class JsonLines {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {
    }

    /** The lines of the values of {@code file} up to {@code maxDepth} segments deep; empty when it cannot be read. */
    static Map<String, Integer> of(Path file, int maxDepth) {
        Map<String, Integer> lines = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            Deque<Frame> frames = new ArrayDeque<>();
            String pending = "";
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                int line = parser.currentTokenLocation().getLineNr();
                Frame top = frames.peek();
                if (token == JsonToken.FIELD_NAME) {
                    pending = top.path + "/" + parser.currentName();
                    record(lines, pending, line, maxDepth);
                    continue;
                }
                if (top != null && top.array) {
                    pending = top.path + "/" + top.next++;
                    record(lines, pending, line, maxDepth);
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    frames.push(new Frame(frames.isEmpty() ? "" : pending, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // Lines are a convenience: SynthOutput has already read the file, so this does not happen in practice.
            return new HashMap<>();
        }
        return lines;
    }

    private static void record(Map<String, Integer> lines, String path, int line, int maxDepth) {
        if (path.chars().filter(c -> c == '/').count() <= maxDepth) {
            lines.putIfAbsent(path, line);
        }
    }

    private static final class Frame {
        private final String path;
        private final boolean array;
        private int next;

        private Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
