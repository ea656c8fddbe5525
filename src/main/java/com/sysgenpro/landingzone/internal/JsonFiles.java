package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads JSON files that something else wrote (a synthesized output, a Terraform plan) and may have left damaged: an
 * interrupted write, a truncated copy, a hand edit. A damaged file is reported in one wording everywhere,
 * {@code <file>: not valid JSON at line L, column C: <what the parser saw>}, without the parser's class names or its
 * redacted source descriptions, so that the person reading it learns where to look and nothing else.
 */
public final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where the parser points back at an earlier place (an object's start marker, the root) it prints a source
     * description that says only that the source is redacted; keep the line and column.
     */
    private static final Pattern SOURCE_WITH_COLUMN = Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SOURCE_WITH_LINE = Pattern.compile("\\[Source: [^\\]]*; line: (\\d+)\\]");

    /** Limits (nesting depth, number length) name the parser's setting that holds them: the figure is enough. */
    private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

    private JsonFiles() {
    }

    /**
     * A file that is not one JSON document; the message names the file and, where the parser knows it, the line
     * and column. Checked, so that each reader adds its own fix (synthesize again, produce the plan again).
     */
    public static final class NotJsonException extends Exception {

        private static final long serialVersionUID = 1L;

        private NotJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The JSON document in {@code file}. */
    public static JsonNode read(Path file) throws IOException, NotJsonException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            return document(parser, file);
        }
    }

    /** The JSON document in {@code bytes}, read from {@code file}. */
    public static JsonNode parse(byte[] bytes, Path file) throws IOException, NotJsonException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            return document(parser, file);
        }
    }

    private static JsonNode document(JsonParser parser, Path file) throws IOException, NotJsonException {
        try {
            JsonNode node = JSON.readTree(parser);
            if (node == null) {
                throw new NotJsonException(file + ": not valid JSON: the file is empty", null);
            }
            // A second document after the first is damage too (two writes into one file), which readTree ignores.
            if (parser.nextToken() != null) {
                throw new NotJsonException(notValid(file, parser.currentTokenLocation())
                    + ": more JSON after the end of the document", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            // Limits (nesting depth, number length) are reported without a location; the parser knows where it stopped.
            JsonLocation location = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            throw new NotJsonException(notValid(file, location) + ": " + clean(e.getOriginalMessage()), e);
        }
    }

    private static String notValid(Path file, JsonLocation location) {
        return file + ": not valid JSON" + (location == null || location.getLineNr() < 1 ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr());
    }

    private static String clean(String message) {
        String text = message == null ? "unreadable" : message;
        text = SOURCE_WITH_COLUMN.matcher(text).replaceAll("line $1, column $2");
        text = SOURCE_WITH_LINE.matcher(text).replaceAll("line $1");
        return SETTING.matcher(text).replaceAll("");
    }
}
