package com.sysgenpro.landingzone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdktn.cdktn.App;
import io.cdktn.cdktn.TerraformStack;
import io.cdktn.cdktn.Testing;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Synthesizes constructs in a throwaway stack and gives the Terraform JSON to assert on. */
public final class Synth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Synth() {
    }

    /** A stack named "test" with the azurerm provider, filled by {@code body}, synthesized to JSON. */
    public static JsonNode stack(Consumer<TerraformStack> body) {
        App app = Testing.app();
        try {
            TerraformStack stack = new TerraformStack(app, "test");
            AzurermProvider.Builder.create(stack, "azurerm").features(List.of(AzurermProviderFeatures.builder().build())).build();
            body.accept(stack);
            return parse(Testing.synth(stack));
        } finally {
            deleteQuietly(Path.of(app.getOutdir()));
        }
    }

    /** Testing.app() writes into a fresh temporary directory per call; remove it so test runs leave nothing behind. */
    private static void deleteQuietly(Path dir) {
        try (var walk = java.nio.file.Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leftover temporary files are harmless; never fail a test over them.
        }
    }

    /** Reads a synthesized file. */
    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource of {@code type} in a synthesized stack. */
    public static List<JsonNode> resources(JsonNode stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        stack.path("resource").path(type).elements().forEachRemaining(found::add);
        return found;
    }

    /** The one resource of {@code type}; fails when there is none or more than one. */
    public static JsonNode onlyResource(JsonNode stack, String type) {
        List<JsonNode> found = resources(stack, type);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + type + ", found " + found.size() + " in " + stack.path("resource"));
        }
        return found.get(0);
    }

    /** The tags of a resource as a map. */
    public static Map<String, String> tags(JsonNode resource) {
        Map<String, String> tags = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = resource.path("tags").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            tags.put(field.getKey(), field.getValue().asText());
        }
        return tags;
    }
}
