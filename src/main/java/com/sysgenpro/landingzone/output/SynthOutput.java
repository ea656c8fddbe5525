package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.JsonFiles;
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
 * A synthesized output directory as {@code ./lz synth} (this library's synthesizer) wrote it: {@code manifest.json} and
 * {@code stacks/<stack>/cdk.tf.json} as cdktn lays them out, and {@code landing-zone.json}, which records
 * per stack what the Terraform does not say (business unit, environment, blueprint, recovery tier, assigned policy
 * parameters) and the estate's suppressions. Everything after synthesis (check, preview, runbook, diagram) reads this,
 * never the construct tree, so it works as well on a base branch's output.
 *
 * <p>An output without {@code landing-zone.json}, or whose {@code landing-zone.json} does not describe a stack the
 * manifest lists, is refused rather than read with unknown contexts: an interrupted synthesis or a plain cdktf output
 * would otherwise be checked, drawn and priced as something it is not.
 */
public final class SynthOutput {

    /** The file the synthesizer writes beside {@code manifest.json}. */
    public static final String DESCRIPTION_FILE = "landing-zone.json";

    /** The version of {@link #DESCRIPTION_FILE}'s layout this reader understands. */
    public static final int DESCRIPTION_FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<String, SynthesizedStack> stacks;
    private final List<String> mandatoryTags;
    private final List<Suppression> suppressions;
    private final Map<String, DescribedSubscription> subscriptions;
    private final Map<String, AllocationKey> allocationKeys;
    private final Map<String, HostingCapacity> capacities;

    private SynthOutput(Path directory, Map<String, SynthesizedStack> stacks, List<String> mandatoryTags,
                        List<Suppression> suppressions, Map<String, DescribedSubscription> subscriptions,
                        Map<String, AllocationKey> allocationKeys, Map<String, HostingCapacity> capacities) {
        this.directory = directory;
        this.stacks = stacks;
        this.mandatoryTags = List.copyOf(mandatoryTags);
        this.suppressions = List.copyOf(suppressions);
        this.subscriptions = java.util.Collections.unmodifiableMap(subscriptions);
        this.allocationKeys = java.util.Collections.unmodifiableMap(allocationKeys);
        this.capacities = java.util.Collections.unmodifiableMap(capacities);
    }

    /**
     * Reads the output in {@code directory}.
     *
     * @throws InvalidSynthOutputException when the directory is missing, has no manifest or no {@value #DESCRIPTION_FILE},
     *     or a file in it is not readable JSON of the expected shape; the message names the file and says what to run
     */
    public static SynthOutput read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidSynthOutputException(directory + (Files.exists(directory) ? " is a file" : " does not exist")
                + "; expected a synthesized output directory: " + synthAgain(directory));
        }
        Path manifestFile = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidSynthOutputException(directory + " holds no manifest.json, so it is not a synthesized output; "
                + synthAgain(directory));
        }
        JsonNode manifest = parse(manifestFile, directory);
        JsonNode listed = manifest.path("stacks");
        if (!listed.isObject()) {
            throw new InvalidSynthOutputException(manifestFile + " has no 'stacks' object, which cdktn always writes;"
                + " the file is damaged: " + synthAgain(directory));
        }
        Path descriptionFile = directory.resolve(DESCRIPTION_FILE);
        JsonNode description = description(descriptionFile, directory);

        Map<String, SynthesizedStack> stacks = new TreeMap<>();
        Map<String, AllocationKey> allocationKeys = new TreeMap<>();
        Map<String, HostingCapacity> capacities = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = listed.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            String relative = entry.getValue().path("synthesizedStackPath").asText("stacks/" + name + "/cdk.tf.json");
            Path stackFile = directory.resolve(relative).normalize();
            if (!stackFile.startsWith(directory.normalize()) || !Files.isRegularFile(stackFile)) {
                throw new InvalidSynthOutputException(manifestFile + " lists stack '" + name + "' but " + stackFile
                    + " is missing; the output is incomplete: " + synthAgain(directory));
            }
            JsonNode config = parse(stackFile, directory);
            if (!config.isObject()) {
                throw new InvalidSynthOutputException(stackFile + " is not a JSON object; the file is damaged: "
                    + synthAgain(directory));
            }
            JsonNode context = description.path("stacks").path(name);
            if (!context.isObject()) {
                // Read as unknown, the stack would be held to every control and lose its suppressions: refuse instead.
                throw new InvalidSynthOutputException(descriptionFile + " does not describe stack '" + name + "', which "
                    + manifestFile.getFileName() + " lists; the two files are not from the same synthesis: " + synthAgain(directory));
            }
            stacks.put(name, new SynthesizedStack(name, context(name, context, descriptionFile, directory), config));
            allocationKey(name, context.path("allocation")).ifPresent(key -> allocationKeys.put(name, key));
            capacity(name, context.path("capacity")).ifPresent(capacity -> capacities.put(name, capacity));
        }
        List<String> tags = new ArrayList<>();
        description.path("mandatoryTags").forEach(tag -> tags.add(tag.asText()));
        return new SynthOutput(directory, java.util.Collections.unmodifiableMap(stacks),
            tags.isEmpty() ? Tags.DEFAULT_MANDATORY : tags,
            suppressions(description.path("suppressions"), descriptionFile, directory), subscriptions(description.path("subscriptions")),
            allocationKeys, capacities);
    }

    /** A shared hosting's capacity, when {@value #DESCRIPTION_FILE} records one; outputs written before it existed have none. */
    private static Optional<HostingCapacity> capacity(String name, JsonNode capacity) {
        if (!capacity.isObject()) {
            return Optional.empty();
        }
        List<String> shortfalls = new ArrayList<>();
        capacity.path("shortfalls").forEach(shortfall -> shortfalls.add(shortfall.asText()));
        return Optional.of(new HostingCapacity(name, capacity.path("tenants").asInt(), capacity.path("cacheTenants").asInt(),
            capacity.path("requestedCpu").asInt(), capacity.path("requestedMemoryGi").asInt(), capacity.path("cpuOvercommit").asDouble(1.0),
            capacity.path("memoryOvercommit").asDouble(1.0), text(capacity, "nodeSize"), capacity.path("nodesMin").asInt(),
            capacity.path("nodesMax").asInt(), capacity.path("nodesMost").asInt(), capacity.path("cpuCapacity").asInt(),
            capacity.path("memoryCapacityGi").asInt(), text(capacity, "postgresSku"), capacity.path("connectionsNeeded").asInt(),
            capacity.path("maxConnections").asInt(), text(capacity, "redisSku"), capacity.path("cacheNeededMb").asInt(),
            capacity.path("cacheMb").asInt(), shortfalls, text(capacity, "overrideReason")));
    }

    /**
     * A shared hosting's showback key, when {@value #DESCRIPTION_FILE} records one with tenants; outputs written before
     * the key existed have none. A tenant without a positive weight is left out: it cannot carry a share.
     */
    private static Optional<AllocationKey> allocationKey(String name, JsonNode allocation) {
        List<AllocationKey.Tenant> tenants = new ArrayList<>();
        for (JsonNode tenant : allocation.path("tenants")) {
            long weight = tenant.path("weight").asLong(0);
            if (weight > 0 && text(tenant, "stack") != null) {
                tenants.add(new AllocationKey.Tenant(text(tenant, "businessUnit"), text(tenant, "environment"), text(tenant, "tenancy"),
                    text(tenant, "stack"), weight));
            }
        }
        return tenants.isEmpty() ? Optional.empty()
            : Optional.of(new AllocationKey(name, allocation.path("basis").asText("weight"), tenants));
    }

    /** The layout's subscriptions by key, in key order; an output without a layout (or written before one existed) has none. */
    private static Map<String, DescribedSubscription> subscriptions(JsonNode described) {
        Map<String, DescribedSubscription> subscriptions = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = described.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode node = entry.getValue();
            subscriptions.put(entry.getKey(), new DescribedSubscription(entry.getKey(), text(node, "displayName"),
                text(node, "managementGroup"), text(node, "workload"), node.path("vended").asBoolean(false),
                text(node, "subscriptionId"), node.path("retired").asBoolean(false)));
        }
        return subscriptions;
    }

    /**
     * {@value #DESCRIPTION_FILE}, required: without it every stack's environment, blueprint and initiatives are
     * unknown and the estate's suppressions lost, so check would hold sandboxes to production controls, the diagram
     * would be empty and costs unassigned. Its absence means synthesis did not finish or the output is not this
     * library's, and both are fixed by synthesizing again.
     */
    private static JsonNode description(Path file, Path directory) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSynthOutputException(directory + " holds no " + DESCRIPTION_FILE + " (what each stack is for:"
                + " business unit, environment, blueprint, suppressions), so it was not written by ./lz synth or its synthesis"
                + " did not finish; " + synthAgain(directory));
        }
        JsonNode description = parse(file, directory);
        if (!description.isObject()) {
            throw new InvalidSynthOutputException(file + " is not a JSON object; the file is damaged: " + synthAgain(directory));
        }
        JsonNode format = description.path("format");
        if (format.isMissingNode()) {
            throw new InvalidSynthOutputException(file + " has no format; the file is damaged: " + synthAgain(directory));
        }
        if (format.asInt(-1) != DESCRIPTION_FORMAT) {
            throw new InvalidSynthOutputException(file + " has format " + format + ", this version reads format "
                + DESCRIPTION_FORMAT + "; " + synthAgain(directory) + " with this version");
        }
        return description;
    }

    /** The fix for every problem with an output: write it again. */
    private static String synthAgain(Path directory) {
        return "run ./lz synth --out " + directory;
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

    /**
     * Whether the output has {@link #DESCRIPTION_FILE}: always, since {@link #read} refuses one without it. Kept for
     * callers written when undescribed outputs were read; new code need not ask.
     */
    public boolean described() {
        return true;
    }

    /** The tags every resource must carry, as the estate declared them (the library's default when it declared none). */
    public List<String> mandatoryTags() {
        return mandatoryTags;
    }

    /** The estate's suppressions, in declaration order. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The subscriptions of the estate's layout by key, in key order; empty without a layout. */
    public Map<String, DescribedSubscription> subscriptions() {
        return subscriptions;
    }

    /** The capacity of the shared hosting stacks that record one, by stack name. */
    public Map<String, HostingCapacity> capacities() {
        return capacities;
    }

    /** The showback keys of the shared hosting stacks that record one, by stack name. */
    public Map<String, AllocationKey> allocationKeys() {
        return allocationKeys;
    }

    /** Every resource of every stack. */
    public int resourceCount() {
        return stacks.values().stream().mapToInt(SynthesizedStack::resourceCount).sum();
    }

    private static StackContext context(String name, JsonNode node, Path file, Path directory) {
        StackKind kind = StackKind.find(node.path("kind").asText()).orElseThrow(() -> new InvalidSynthOutputException(
            file + ": stack '" + name + "' has kind " + node.path("kind") + ", expected one of subscriptions, platform, connectivity,"
                + " shared-hosting, business-unit, in-cluster; the file is damaged: " + synthAgain(directory)));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.path("parameters").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parameters.put(entry.getKey(), JSON.convertValue(entry.getValue(), Object.class));
        }
        Set<String> initiatives = new TreeSet<>();
        node.path("initiatives").forEach(initiative -> initiatives.add(initiative.asText()));
        String expires = text(node, "expires");
        LocalDate lastDay;
        try {
            lastDay = expires == null ? null : LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new InvalidSynthOutputException(file + ": stack '" + name + "' has expires '" + expires
                + "', expected YYYY-MM-DD; the file is damaged: " + synthAgain(directory), e);
        }
        return new StackContext(name, kind, text(node, "businessUnit"), text(node, "environment"), text(node, "blueprint"),
            node.path("production").asBoolean(false), text(node, "recoveryTier"), text(node, "tenancy"),
            text(node, "managementGroup"), initiatives, parameters, node.path("customerManagedKeys").asBoolean(false),
            text(node, "subscription"), lastDay);
    }

    private static List<Suppression> suppressions(JsonNode list, Path file, Path directory) {
        List<Suppression> suppressions = new ArrayList<>();
        for (JsonNode node : list) {
            String expires = text(node, "expires");
            try {
                suppressions.add(new Suppression(node.path("rule").asText(), node.path("stack").asText(), text(node, "resource"),
                    node.path("reason").asText(), expires == null ? null : LocalDate.parse(expires)));
            } catch (DateTimeParseException e) {
                throw new InvalidSynthOutputException(file + ": suppression " + node + " has expiry '" + expires
                    + "', expected YYYY-MM-DD; the file is damaged: " + synthAgain(directory), e);
            }
        }
        return suppressions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static JsonNode parse(Path file, Path directory) {
        try {
            return JsonFiles.read(file);
        } catch (JsonFiles.NotJsonException e) {
            throw new InvalidSynthOutputException(e.getMessage() + "; " + synthAgain(directory), e);
        } catch (IOException e) {
            throw new InvalidSynthOutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
