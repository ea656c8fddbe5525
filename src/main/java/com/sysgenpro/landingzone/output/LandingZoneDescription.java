package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.internal.CdktfJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@value #FILE}, the file the synthesizer writes beside {@code manifest.json}: per stack what its Terraform does not say
 * ({@link DescribedStack}), the estate's suppressions and mandatory tags, and its subscription layout. The one class
 * that writes the file ({@link #write}, from the estate layer) and reads it ({@link #read}, for {@link SynthOutput}), so
 * that the two cannot drift. Laid out as cdktn's files, keys sorted: the file is byte-identical per estate.
 *
 * <p>Reading is lenient about what older files lack (a key written only since some version reads as absent) and strict
 * about damage (no format, another format, a kind or date that does not parse): those are refused with the fix.
 *
 * @param organisation the estate's organisation
 * @param prefix the estate's naming prefix
 * @param mandatoryTags the tags the estate declared mandatory, as declared (empty in files written before they were recorded)
 * @param suppressions the estate's suppressions of the stacks the output holds, in declaration order
 * @param stacks every stack the output holds, by name
 * @param subscriptions the subscriptions of the estate's layout by key, retired ones included; empty without a layout
 */
public record LandingZoneDescription(String organisation, String prefix, List<String> mandatoryTags,
                                     List<Suppression> suppressions, Map<String, DescribedStack> stacks,
                                     Map<String, DescribedSubscription> subscriptions) {

    /** The file's name. */
    public static final String FILE = "landing-zone.json";

    /** The version of the file's layout this class writes and reads. */
    public static final int FORMAT = 1;

    private static final String GENERATOR = "odoo-landing-zones";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the collections; stacks and subscriptions in key order. */
    public LandingZoneDescription {
        mandatoryTags = List.copyOf(mandatoryTags);
        suppressions = List.copyOf(suppressions);
        stacks = Collections.unmodifiableMap(new TreeMap<>(stacks));
        subscriptions = Collections.unmodifiableMap(new TreeMap<>(subscriptions));
    }

    /** Writes the file into {@code directory}. */
    public void write(Path directory) {
        try {
            Files.writeString(directory.resolve(FILE), toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + " into " + directory, e);
        }
    }

    /** The file's text. */
    public String toJson() {
        Map<String, Object> description = new TreeMap<>();
        description.put("format", FORMAT);
        description.put("generator", GENERATOR);
        description.put("organisation", organisation);
        description.put("prefix", prefix);
        description.put("mandatoryTags", mandatoryTags);
        description.put("suppressions", suppressions.stream().map(LandingZoneDescription::json).toList());
        Map<String, Object> stackEntries = new TreeMap<>();
        stacks.forEach((name, stack) -> stackEntries.put(name, json(stack)));
        description.put("stacks", stackEntries);
        if (!subscriptions.isEmpty()) {
            Map<String, Object> subscriptionEntries = new TreeMap<>();
            subscriptions.forEach((key, subscription) -> subscriptionEntries.put(key, json(subscription)));
            description.put("subscriptions", subscriptionEntries);
        }
        return CdktfJson.write(description);
    }

    /**
     * Reads {@value #FILE} from the output {@code directory}.
     *
     * @throws InvalidSynthOutputException when the file is missing, not JSON, of another format, or damaged; the
     *     message names the file and says what to run
     */
    public static LandingZoneDescription read(Path directory) {
        Path file = directory.resolve(FILE);
        JsonNode description = document(file, directory);
        List<String> tags = new ArrayList<>();
        description.path("mandatoryTags").forEach(tag -> tags.add(tag.asText()));
        Map<String, DescribedStack> stacks = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = description.path("stacks").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().isObject()) {
                stacks.put(entry.getKey(), stack(entry.getKey(), entry.getValue(), file, directory));
            }
        }
        return new LandingZoneDescription(text(description, "organisation"), text(description, "prefix"), tags,
            suppressions(description.path("suppressions"), file, directory), stacks, subscriptions(description.path("subscriptions")));
    }

    /**
     * The file, required: without it every stack's environment, blueprint and initiatives are unknown and the estate's
     * suppressions lost, so check would hold sandboxes to production controls, the diagram would be empty and costs
     * unassigned. Its absence means synthesis did not finish or the output is not this library's, and both are fixed
     * by synthesizing again.
     */
    private static JsonNode document(Path file, Path directory) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSynthOutputException(directory + " holds no " + FILE + " (what each stack is for:"
                + " business unit, environment, blueprint, suppressions), so it was not written by ./lz synth or its synthesis"
                + " did not finish; " + OutputFiles.synthAgain(directory));
        }
        JsonNode description = OutputFiles.parse(file, directory);
        if (!description.isObject()) {
            throw new InvalidSynthOutputException(file + " is not a JSON object; the file is damaged: " + OutputFiles.synthAgain(directory));
        }
        JsonNode format = description.path("format");
        if (format.isMissingNode()) {
            throw new InvalidSynthOutputException(file + " has no format; the file is damaged: " + OutputFiles.synthAgain(directory));
        }
        if (format.asInt(-1) != FORMAT) {
            throw new InvalidSynthOutputException(file + " has format " + format + ", this version reads format "
                + FORMAT + "; " + OutputFiles.synthAgain(directory) + " with this version");
        }
        return description;
    }

    private static DescribedStack stack(String name, JsonNode node, Path file, Path directory) {
        return new DescribedStack(context(name, node, file, directory), allocation(name, node.path("allocation")),
            capacity(name, node.path("capacity")), operatingHours(node.path("operatingSchedule")));
    }

    private static StackContext context(String name, JsonNode node, Path file, Path directory) {
        StackKind kind = StackKind.find(node.path("kind").asText()).orElseThrow(() -> new InvalidSynthOutputException(
            file + ": stack '" + name + "' has kind " + node.path("kind") + ", expected one of subscriptions, platform, connectivity,"
                + " shared-hosting, business-unit, in-cluster; the file is damaged: " + OutputFiles.synthAgain(directory)));
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
                + "', expected YYYY-MM-DD; the file is damaged: " + OutputFiles.synthAgain(directory), e);
        }
        return new StackContext(name, kind, text(node, "businessUnit"), text(node, "environment"), text(node, "blueprint"),
            node.path("production").asBoolean(false), text(node, "recoveryTier"), text(node, "tenancy"),
            text(node, "managementGroup"), initiatives, parameters, node.path("customerManagedKeys").asBoolean(false),
            text(node, "subscription"), lastDay);
    }

    /** A shared hosting's showback key, as recorded (tenants of any weight); {@code null} when none is. */
    private static AllocationKey allocation(String name, JsonNode allocation) {
        if (!allocation.isObject()) {
            return null;
        }
        List<AllocationKey.Tenant> tenants = new ArrayList<>();
        for (JsonNode tenant : allocation.path("tenants")) {
            tenants.add(new AllocationKey.Tenant(text(tenant, "businessUnit"), text(tenant, "environment"), text(tenant, "tenancy"),
                text(tenant, "stack"), tenant.path("weight").asLong(0)));
        }
        return new AllocationKey(name, allocation.path("basis").asText("weight"), tenants);
    }

    private static HostingCapacity capacity(String name, JsonNode capacity) {
        if (!capacity.isObject()) {
            return null;
        }
        List<String> shortfalls = new ArrayList<>();
        capacity.path("shortfalls").forEach(shortfall -> shortfalls.add(shortfall.asText()));
        return new HostingCapacity(name, capacity.path("tenants").asInt(), capacity.path("cacheTenants").asInt(),
            capacity.path("requestedCpu").asInt(), capacity.path("requestedMemoryGi").asInt(), capacity.path("cpuOvercommit").asDouble(1.0),
            capacity.path("memoryOvercommit").asDouble(1.0), text(capacity, "nodeSize"), capacity.path("nodesMin").asInt(),
            capacity.path("nodesMax").asInt(), capacity.path("nodesMost").asInt(), capacity.path("cpuCapacity").asInt(),
            capacity.path("memoryCapacityGi").asInt(), text(capacity, "postgresSku"), capacity.path("connectionsNeeded").asInt(),
            capacity.path("maxConnections").asInt(), text(capacity, "redisSku"), capacity.path("cacheNeededMb").asInt(),
            capacity.path("cacheMb").asInt(), shortfalls, text(capacity, "overrideReason"));
    }

    private static OperatingHours operatingHours(JsonNode hours) {
        if (!hours.isObject()) {
            return null;
        }
        return new OperatingHours(text(hours, "resourceGroup"), texts(hours.path("days")), text(hours, "start"), text(hours, "stop"),
            text(hours, "timeZone"), text(hours, "windowsTimeZone"), hours.path("hoursPerWeek").numberValue(),
            texts(hours.path("clusters")), texts(hours.path("servers")), text(hours, "stopWorkflow"), text(hours, "startWorkflow"));
    }

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

    private static List<Suppression> suppressions(JsonNode list, Path file, Path directory) {
        List<Suppression> suppressions = new ArrayList<>();
        for (JsonNode node : list) {
            String expires = text(node, "expires");
            try {
                suppressions.add(new Suppression(node.path("rule").asText(), node.path("stack").asText(), text(node, "resource"),
                    node.path("reason").asText(), expires == null ? null : LocalDate.parse(expires)));
            } catch (DateTimeParseException e) {
                throw new InvalidSynthOutputException(file + ": suppression " + node + " has expiry '" + expires
                    + "', expected YYYY-MM-DD; the file is damaged: " + OutputFiles.synthAgain(directory), e);
            }
        }
        return suppressions;
    }

    private static Map<String, Object> json(DescribedStack stack) {
        StackContext context = stack.context();
        Map<String, Object> entry = new TreeMap<>();
        entry.put("kind", context.kind().id());
        putPresent(entry, "businessUnit", context.businessUnit());
        putPresent(entry, "environment", context.environment());
        if (context.blueprint() != null) {
            entry.put("blueprint", context.blueprint());
            entry.put("production", context.production());
        }
        putPresent(entry, "recoveryTier", context.recoveryTier());
        putPresent(entry, "tenancy", context.tenancy());
        putPresent(entry, "managementGroup", context.managementGroup());
        entry.put("initiatives", context.initiatives().stream().sorted().toList());
        entry.put("parameters", new TreeMap<>(context.parameters()));
        // Written only when true or set, so that older readers and files agree on what is absent.
        if (context.customerManagedKeys()) {
            entry.put("customerManagedKeys", true);
        }
        context.expiry().ifPresent(day -> entry.put("expires", day.toString()));
        putPresent(entry, "subscription", context.subscription());
        stack.allocationKey().ifPresent(key -> entry.put("allocation", json(key)));
        stack.hostingCapacity().ifPresent(capacity -> entry.put("capacity", json(capacity)));
        stack.hours().ifPresent(hours -> entry.put("operatingSchedule", json(hours)));
        return entry;
    }

    private static Map<String, Object> json(AllocationKey key) {
        List<Map<String, Object>> tenants = new ArrayList<>();
        for (AllocationKey.Tenant tenant : key.tenants()) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("businessUnit", tenant.businessUnit());
            entry.put("environment", tenant.environment());
            entry.put("tenancy", tenant.tenancy());
            entry.put("stack", tenant.stack());
            entry.put("weight", tenant.weight());
            tenants.add(entry);
        }
        Map<String, Object> allocation = new TreeMap<>();
        allocation.put("basis", key.basis());
        allocation.put("tenants", tenants);
        return allocation;
    }

    private static Map<String, Object> json(HostingCapacity capacity) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("tenants", capacity.tenants());
        entry.put("cacheTenants", capacity.cacheTenants());
        entry.put("requestedCpu", capacity.requestedCpu());
        entry.put("requestedMemoryGi", capacity.requestedMemoryGi());
        entry.put("cpuOvercommit", capacity.cpuOvercommit());
        entry.put("memoryOvercommit", capacity.memoryOvercommit());
        entry.put("nodeSize", capacity.nodeSize());
        entry.put("nodesMin", capacity.nodesMin());
        entry.put("nodesMax", capacity.nodesMax());
        entry.put("nodesMost", capacity.nodesMost());
        entry.put("cpuCapacity", capacity.cpuCapacity());
        entry.put("memoryCapacityGi", capacity.memoryCapacityGi());
        entry.put("postgresSku", capacity.postgresSku());
        entry.put("connectionsNeeded", capacity.connectionsNeeded());
        entry.put("maxConnections", capacity.maxConnections());
        entry.put("redisSku", capacity.redisSku());
        entry.put("cacheNeededMb", capacity.cacheNeededMb());
        entry.put("cacheMb", capacity.cacheMb());
        // A hosting that holds its tenants records no shortfall, and so no reason for accepting one.
        if (!capacity.shortfalls().isEmpty()) {
            entry.put("shortfalls", capacity.shortfalls());
            putPresent(entry, "overrideReason", capacity.overrideReason());
        }
        return entry;
    }

    private static Map<String, Object> json(OperatingHours hours) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("clusters", hours.clusters());
        entry.put("days", hours.days());
        entry.put("hoursPerWeek", hours.hoursPerWeek());
        entry.put("resourceGroup", hours.resourceGroup());
        entry.put("servers", hours.servers());
        entry.put("start", hours.start());
        entry.put("startWorkflow", hours.startWorkflow());
        entry.put("stop", hours.stop());
        entry.put("stopWorkflow", hours.stopWorkflow());
        entry.put("timeZone", hours.timeZone());
        entry.put("windowsTimeZone", hours.windowsTimeZone());
        return entry;
    }

    private static Map<String, Object> json(DescribedSubscription subscription) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("displayName", subscription.displayName());
        entry.put("managementGroup", subscription.managementGroup());
        putPresent(entry, "workload", subscription.workload());
        entry.put("vended", subscription.vended());
        putPresent(entry, "subscriptionId", subscription.subscriptionId());
        if (subscription.retired()) {
            entry.put("retired", true);
        }
        return entry;
    }

    private static Map<String, Object> json(Suppression suppression) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("rule", suppression.rule());
        entry.put("stack", suppression.stack());
        putPresent(entry, "resource", suppression.resource());
        entry.put("reason", suppression.reason());
        if (suppression.expires() != null) {
            entry.put("expires", suppression.expires().toString());
        }
        return entry;
    }

    private static void putPresent(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
