package com.sysgenpro.landingzone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small synthesized output written by hand, in the layout {@code ./lz synth} writes (manifest.json,
 * landing-zone.json, stacks/&lt;stack&gt;/cdk.tf.json), for tests of what reads synthesized output without running
 * cdktf. Stack configurations are given as JSON text.
 */
public final class SynthDirectory {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> configs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> contexts = new LinkedHashMap<>();
    private final Map<String, String[]> dependencies = new LinkedHashMap<>();
    private boolean described = true;

    /** A stack with no context recorded in landing-zone.json. */
    public SynthDirectory stack(String name, String config) {
        configs.put(name, config);
        return this;
    }

    /**
     * A stack described in landing-zone.json; {@code context} holds kind, businessUnit, environment, blueprint,
     * production, recoveryTier, tenancy and managementGroup as the synthesizer writes them.
     */
    public SynthDirectory stack(String name, Map<String, Object> context, String config, String... dependsOn) {
        configs.put(name, config);
        ObjectNode node = JSON.valueToTree(context);
        node.putArray("initiatives");
        node.putObject("parameters");
        contexts.put(name, node);
        dependencies.put(name, dependsOn);
        return this;
    }

    /** Leaves landing-zone.json out, like an output cdktf wrote without this library. */
    public SynthDirectory undescribed() {
        described = false;
        return this;
    }

    /** Writes the output to {@code dir} and returns it. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("version", "0.21.0");
            ObjectNode stacks = manifest.putObject("stacks");
            for (Map.Entry<String, String> stack : configs.entrySet()) {
                ObjectNode entry = stacks.putObject(stack.getKey());
                entry.put("name", stack.getKey());
                entry.put("synthesizedStackPath", "stacks/" + stack.getKey() + "/cdk.tf.json");
                var depends = entry.putArray("dependencies");
                for (String dependency : dependencies.getOrDefault(stack.getKey(), new String[0])) {
                    depends.add(dependency);
                }
                Path file = dir.resolve("stacks").resolve(stack.getKey()).resolve("cdk.tf.json");
                Files.createDirectories(file.getParent());
                JsonNode config = JSON.readTree(stack.getValue());
                Files.writeString(file, JSON.writeValueAsString(config));
            }
            Files.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest));
            if (described) {
                ObjectNode description = JSON.createObjectNode();
                description.put("format", 1);
                description.put("generator", "test");
                ObjectNode described = description.putObject("stacks");
                contexts.forEach(described::set);
                description.putArray("suppressions");
                Files.writeString(dir.resolve("landing-zone.json"), JSON.writeValueAsString(description));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context of a business unit's environment. */
    public static Map<String, Object> businessUnit(String unit, String environment, String blueprint, String tier, String tenancy,
                                                   String managementGroup) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("kind", "business-unit");
        context.put("businessUnit", unit);
        context.put("environment", environment);
        context.put("blueprint", blueprint);
        context.put("production", "production".equals(blueprint));
        if (tier != null) {
            context.put("recoveryTier", tier);
        }
        context.put("tenancy", tenancy);
        context.put("managementGroup", managementGroup);
        return context;
    }

    /** The context of a stack of another kind (platform, shared-hosting, in-cluster). */
    public static Map<String, Object> kind(String kind, String blueprint) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("kind", kind);
        if (blueprint != null) {
            context.put("blueprint", blueprint);
        }
        return context;
    }
}
