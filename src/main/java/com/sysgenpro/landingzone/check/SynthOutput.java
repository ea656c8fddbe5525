package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A synthesized output directory as {@code ./lz synth} (or {@code cdktf synth}) wrote it: {@code manifest.json},
 * {@code stacks/<stack>/cdk.tf.json} and, from this library's synthesizer, {@code landing-zone.json}, which records
 * per stack what the Terraform does not say (business unit, environment, blueprint, recovery tier, assigned policy
 * parameters) and the estate's suppressions. Everything after synthesis (check, preview, runbook, diagram) reads this,
 * never the construct tree, so it works as well on a base branch's output.
 *
 * <p>An output without {@code landing-zone.json} (plain cdktf stacks) is read too: every stack's context is then
 * {@link StackContext#unknown(String) unknown} and rules that need it are not applicable.
 */
public final class SynthOutput {

    /** The file the synthesizer writes beside {@code manifest.json}. */
    public static final String DESCRIPTION_FILE = "landing-zone.json";

    /** The version of {@link #DESCRIPTION_FILE}'s layout this reader understands. */
    public static final int DESCRIPTION_FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<String, SynthesizedStack> stacks;
    private final boolean described;
    private final List<String> mandatoryTags;
    private final List<Suppression> suppressions;

    private SynthOutput(Path directory, Map<String, SynthesizedStack> stacks, boolean described, List<String> mandatoryTags,
                        List<Suppression> suppressions) {
        this.directory = directory;
        this.stacks = stacks;
        this.described = described;
        this.mandatoryTags = List.copyOf(mandatoryTags);
        this.suppressions = List.copyOf(suppressions);
    }

    /**
     * Reads the output in {@code directory}.
     *
     * @throws InvalidSynthOutputException when the directory is missing, has no manifest, or a file in it is not
     *     readable JSON of the expected shape; the message names the file and says how to get a good output
     */
    public static SynthOutput read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidSynthOutputException(directory + (Files.exists(directory) ? " is a file" : " does not exist")
                + "; expected a synthesized output directory: run ./lz synth --out " + directory);
        }
        Path manifestFile = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidSynthOutputException(directory + " holds no manifest.json, so it is not a synthesized output;"
                + " run ./lz synth --out " + directory);
        }
        JsonNode manifest = parse(manifestFile);
        JsonNode listed = manifest.path("stacks");
        if (!listed.isObject()) {
            throw new InvalidSynthOutputException(manifestFile + " has no 'stacks' object, which cdktf always writes;"
                + " the file is damaged: synthesize again");
        }
        Path descriptionFile = directory.resolve(DESCRIPTION_FILE);
        boolean described = Files.isRegularFile(descriptionFile);
        JsonNode description = described ? parse(descriptionFile) : JSON.createObjectNode();
        if (described) {
            int format = description.path("format").asInt(-1);
            if (format != DESCRIPTION_FORMAT) {
                throw new InvalidSynthOutputException(descriptionFile + " has format " + description.path("format")
                    + ", this version reads format " + DESCRIPTION_FORMAT + "; synthesize again with this version");
            }
        }

        Map<String, SynthesizedStack> stacks = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = listed.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            String relative = entry.getValue().path("synthesizedStackPath").asText("stacks/" + name + "/cdk.tf.json");
            Path stackFile = directory.resolve(relative).normalize();
            if (!stackFile.startsWith(directory.normalize()) || !Files.isRegularFile(stackFile)) {
                throw new InvalidSynthOutputException(manifestFile + " lists stack '" + name + "' but " + stackFile
                    + " is missing; the output is incomplete: synthesize again");
            }
            JsonNode config = parse(stackFile);
            if (!config.isObject()) {
                throw new InvalidSynthOutputException(stackFile + " is not a JSON object; the file is damaged: synthesize again");
            }
            stacks.put(name, new SynthesizedStack(name, context(name, description.path("stacks").path(name), descriptionFile), config));
        }
        List<String> tags = new ArrayList<>();
        description.path("mandatoryTags").forEach(tag -> tags.add(tag.asText()));
        return new SynthOutput(directory, java.util.Collections.unmodifiableMap(stacks), described,
            tags.isEmpty() ? LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS : tags,
            suppressions(description.path("suppressions"), descriptionFile));
    }

    /** The directory read. */
    public Path directory() {
        return directory;
    }

    /** Every stack, ordered by name. */
    public List<SynthesizedStack> stacks() {
        return List.copyOf(stacks.values());
    }

    /** The stack named {@code name}, if the output has it. */
    public Optional<SynthesizedStack> stack(String name) {
        return Optional.ofNullable(stacks.get(name));
    }

    /** Whether the output has {@link #DESCRIPTION_FILE}, i.e. was written by this library's synthesizer. */
    public boolean described() {
        return described;
    }

    /** The tags every resource must carry, as the estate declared them (the library's default when undescribed). */
    public List<String> mandatoryTags() {
        return mandatoryTags;
    }

    /** The estate's suppressions, in declaration order. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** Every resource of every stack. */
    public int resourceCount() {
        return stacks.values().stream().mapToInt(SynthesizedStack::resourceCount).sum();
    }

    private static StackContext context(String name, JsonNode node, Path file) {
        if (node.isMissingNode()) {
            return StackContext.unknown(name);
        }
        StackKind kind = StackKind.find(node.path("kind").asText()).orElseThrow(() -> new InvalidSynthOutputException(
            file + ": stack '" + name + "' has kind " + node.path("kind") + ", expected one of platform, shared-hosting,"
                + " business-unit, in-cluster; synthesize again"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.path("parameters").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parameters.put(entry.getKey(), JSON.convertValue(entry.getValue(), Object.class));
        }
        Set<String> initiatives = new TreeSet<>();
        node.path("initiatives").forEach(initiative -> initiatives.add(initiative.asText()));
        return new StackContext(name, kind, text(node, "businessUnit"), text(node, "environment"), text(node, "blueprint"),
            node.path("production").asBoolean(false), text(node, "recoveryTier"), text(node, "tenancy"),
            text(node, "managementGroup"), initiatives, parameters);
    }

    private static List<Suppression> suppressions(JsonNode list, Path file) {
        List<Suppression> suppressions = new ArrayList<>();
        for (JsonNode node : list) {
            String expires = text(node, "expires");
            try {
                suppressions.add(new Suppression(node.path("rule").asText(), node.path("stack").asText(), text(node, "resource"),
                    node.path("reason").asText(), expires == null ? null : LocalDate.parse(expires)));
            } catch (DateTimeParseException e) {
                throw new InvalidSynthOutputException(file + ": suppression " + node + " has expiry '" + expires
                    + "', expected YYYY-MM-DD; synthesize again", e);
            }
        }
        return suppressions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidSynthOutputException(file + " is not valid JSON (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + "); synthesize again", e);
        } catch (IOException e) {
            throw new InvalidSynthOutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
