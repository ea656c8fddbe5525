package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which arguments Terraform cannot change in place (the provider replaces the resource), from the azurerm provider
 * schema's {@code ForceNew} marks, kept in {@code force-new.json} beside this class. Providers also decide on replacement
 * in code, which no schema shows; a Terraform plan is the authority, this is the early warning.
 */
final class ForceNew {

    /** The bundled file. */
    static final String RESOURCE = "force-new.json";

    private static final Map<String, Set<String>> PATHS = load();

    private ForceNew() {
    }

    /**
     * Whether changing {@code path} (list indexes ignored) of a resource of {@code type} replaces the resource.
     *
     * @param presenceChanged whether the value appears or disappears (rather than changing): then adding or removing an
     *     enclosing force-new block replaces the resource too
     */
    static boolean forcesReplacement(String type, String path, boolean presenceChanged) {
        Set<String> paths = PATHS.get(type);
        if (paths == null) {
            return false;
        }
        String schemaPath = Values.schemaPath(path);
        if (paths.contains(schemaPath)) {
            return true;
        }
        if (presenceChanged) {
            for (String candidate = parent(schemaPath); !candidate.isEmpty(); candidate = parent(candidate)) {
                if (paths.contains(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The resource types the file covers. */
    static Set<String> types() {
        return PATHS.keySet();
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = ForceNew.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside " + ForceNew.class.getName());
            }
            JsonNode resources = new ObjectMapper().readTree(in).path("resources");
            Map<String, Set<String>> paths = new HashMap<>();
            resources.fields().forEachRemaining(entry -> {
                Set<String> set = new HashSet<>();
                entry.getValue().forEach(path -> set.add(path.asText()));
                paths.put(entry.getKey(), Set.copyOf(set));
            });
            return Map.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
