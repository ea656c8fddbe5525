package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sysgenpro.landingzone.internal.JsonFiles;
import com.sysgenpro.landingzone.preview.ResourceChange.Action;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Terraform plan of one stack as {@code terraform show -json PLANFILE} prints it (JSON output format 1.x): the actions
 * Terraform will take, read into the same {@link ResourceChange}s a synthesized diff gives. Values the plan marks
 * sensitive are never shown; values known only after apply say so.
 */
public final class TerraformPlan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final List<String> SUFFIXES = List.of(".plan.json", ".tfplan.json", ".json");
    private static final Map<String, String> REASONS = Map.ofEntries(
        Map.entry("replace_because_tainted", "the object is tainted"),
        Map.entry("replace_because_cannot_update", "an argument that cannot change in place changes"),
        Map.entry("replace_by_request", "replacement was requested (-replace)"),
        Map.entry("replace_by_triggers", "a replace_triggered_by reference changed"),
        Map.entry("delete_because_no_resource_config", "the resource is no longer in the configuration"),
        Map.entry("delete_because_no_module", "its module is no longer in the configuration"),
        Map.entry("delete_because_wrong_repetition", "its count or for_each changed"),
        Map.entry("delete_because_count_index", "its count index is out of range"),
        Map.entry("delete_because_each_key", "its for_each key is gone"),
        Map.entry("delete_because_no_move_target", "its moved block has no target"));

    private final String stack;
    private final Path file;
    private final String terraformVersion;
    private final boolean errored;
    private final List<ResourceChange> changes;

    private TerraformPlan(String stack, Path file, String terraformVersion, boolean errored, List<ResourceChange> changes) {
        this.stack = stack;
        this.file = file;
        this.terraformVersion = terraformVersion;
        this.errored = errored;
        this.changes = List.copyOf(changes);
    }

    /**
     * Reads a command-line argument: {@code STACK=FILE}, or {@code FILE} named after its stack ({@code <stack>.json},
     * {@code <stack>.plan.json} or {@code <stack>.tfplan.json}).
     *
     * @throws InvalidPlanException when the stack cannot be told from the name, or the file is not a plan
     */
    public static TerraformPlan fromArgument(String argument) {
        int equals = argument.indexOf('=');
        if (equals > 0 && STACK_NAME.matcher(argument.substring(0, equals)).matches()) {
            return read(Path.of(argument.substring(equals + 1)), argument.substring(0, equals));
        }
        Path file = Path.of(argument);
        return read(file, stackFromFileName(file));
    }

    /** The stack a plan file's name says it is for. */
    static String stackFromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        throw new InvalidPlanException("cannot tell which stack plan file " + file + " is for: name it <stack>.json or"
            + " <stack>.plan.json, or pass it as <stack>=" + file);
    }

    /**
     * Reads the plan of {@code stack} from {@code file}.
     *
     * @throws InvalidPlanException when the file is missing, unreadable, a binary plan, a state rather than a plan, not
     *     JSON, or of an unsupported format version; the message says which and how to produce the JSON
     */
    public static TerraformPlan read(Path file, String stack) {
        String produce = "; produce it with: terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > " + file;
        if (!Files.exists(file)) {
            throw new InvalidPlanException("plan file " + file + " does not exist" + produce);
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidPlanException("plan file " + file + " is not a file" + produce);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidPlanException("cannot read plan file " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new InvalidPlanException("plan file " + file + " is empty" + produce);
        }
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            throw new InvalidPlanException("plan file " + file + " is a binary plan (a zip archive), not its JSON form; convert it with:"
                + " terraform show -json " + file + " > " + stack + ".json");
        }
        JsonNode root;
        try {
            root = JsonFiles.parse(bytes, file);
        } catch (JsonFiles.NotJsonException e) {
            throw new InvalidPlanException("plan file " + e.getMessage() + produce, e);
        } catch (IOException e) {
            throw new InvalidPlanException("cannot read plan file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPlanException("plan file " + file + " is not a JSON object" + produce);
        }
        JsonNode version = root.path("format_version");
        if (!version.isTextual()) {
            throw new InvalidPlanException("plan file " + file + " has no format_version, so it is not terraform show -json output" + produce);
        }
        if (!version.asText().startsWith("1.")) {
            throw new InvalidPlanException("plan file " + file + " has format_version " + version.asText()
                + "; this version reads the 1.x JSON output format (Terraform 1.0 and later)");
        }
        if (root.has("values") && !root.has("planned_values") && !root.has("resource_changes")) {
            throw new InvalidPlanException("plan file " + file + " holds a state (terraform show -json without a plan file), not a plan"
                + produce);
        }
        JsonNode resourceChanges = root.path("resource_changes");
        if (!resourceChanges.isMissingNode() && !resourceChanges.isArray()) {
            throw new InvalidPlanException("plan file " + file + ": resource_changes is not a list" + produce);
        }
        List<ResourceChange> changes = new ArrayList<>();
        for (int i = 0; i < resourceChanges.size(); i++) {
            ResourceChange change = change(stack, resourceChanges.get(i), file, i);
            if (change != null) {
                changes.add(change);
            }
        }
        changes.sort(Comparator.comparing(ResourceChange::address));
        return new TerraformPlan(stack, file, root.path("terraform_version").asText(null), root.path("errored").asBoolean(false), changes);
    }

    /** The stack the plan is for. */
    public String stack() {
        return stack;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The Terraform version that wrote the plan, or {@code null} when it does not say. */
    public String terraformVersion() {
        return terraformVersion;
    }

    /** Whether planning failed part-way (the plan is then incomplete and cannot be applied). */
    public boolean errored() {
        return errored;
    }

    /** The resources the plan changes, by address; no-op and read actions left out. */
    public List<ResourceChange> changes() {
        return changes;
    }

    private static ResourceChange change(String stack, JsonNode node, Path file, int index) {
        String where = "plan file " + file + ": resource_changes[" + index + "]";
        if (!node.isObject() || !node.path("address").isTextual() || !node.path("type").isTextual()
            || !node.path("change").path("actions").isArray()) {
            throw new InvalidPlanException(where + " lacks address, type or change.actions; the file is not terraform show -json output"
                + " or is damaged");
        }
        if ("data".equals(node.path("mode").asText())) {
            return null;
        }
        String type = node.path("type").asText();
        String address = node.path("address").asText();
        if (node.path("deposed").isTextual()) {
            address += " (deposed object " + node.path("deposed").asText() + ")";
        }
        String previous = node.path("previous_address").isTextual() && !node.path("previous_address").asText().equals(address)
            ? node.path("previous_address").asText() : null;
        JsonNode change = node.path("change");
        List<String> actions = new ArrayList<>();
        change.path("actions").forEach(action -> actions.add(action.asText()));
        Action action = switch (String.join(",", actions)) {
            case "no-op" -> previous != null ? Action.MOVED : null;
            case "read" -> null;
            case "create" -> Action.CREATE;
            case "update" -> Action.UPDATE;
            case "delete" -> Action.DELETE;
            case "delete,create", "create,delete" -> Action.REPLACE;
            case "forget" -> Action.FORGET;
            default -> throw new InvalidPlanException(where + " (" + address + ") has actions " + actions + ", which this version does not"
                + " know; known: no-op, read, create, update, delete, delete+create, create+delete, forget");
        };
        if (action == null) {
            return null;
        }
        List<JsonNode> replacePaths = new ArrayList<>();
        change.path("replace_paths").forEach(replacePaths::add);
        List<AttributeChange> attributes = new ArrayList<>();
        if (action == Action.UPDATE || action == Action.REPLACE) {
            for (Object[] difference : PlanDiff.differences(change)) {
                String path = (String) difference[0];
                if (path.equals("id")) {
                    continue;   // computed by Azure, never configured: a new object's id is news to no one
                }
                @SuppressWarnings("unchecked")
                List<Object> steps = (List<Object>) difference[1];
                JsonNode before = (JsonNode) difference[2];
                JsonNode after = (JsonNode) difference[3];
                String shownBefore = PlanDiff.marked(change.path("before_sensitive"), steps) ? Values.SENSITIVE : Values.show(type, path, before);
                String shownAfter = PlanDiff.marked(change.path("after_sensitive"), steps) ? Values.SENSITIVE
                    : PlanDiff.marked(change.path("after_unknown"), steps) ? Values.UNKNOWN : Values.show(type, path, after);
                attributes.add(new AttributeChange(path, shownBefore, shownAfter, PlanDiff.within(steps, replacePaths)));
            }
        }
        String reason = null;
        if (action == Action.REPLACE || action == Action.DELETE) {
            List<String> forcing = attributes.stream().filter(AttributeChange::forcesReplacement).map(a -> "`" + a.path() + "`").toList();
            String why = REASONS.get(node.path("action_reason").asText(""));
            if (!forcing.isEmpty()) {
                reason = "changing " + String.join(", ", forcing) + " forces a new resource";
            } else if (why != null) {
                reason = why;
            }
            if ("create,delete".equals(String.join(",", actions))) {
                reason = (reason == null ? "" : reason + "; ") + "the new object is created before the old one is destroyed";
            }
        }
        JsonNode named = change.path("after").path("name").isTextual() ? change.path("after").path("name") : change.path("before").path("name");
        boolean nameSensitive = PlanDiff.marked(change.path("after_sensitive"), List.of("name"))
            || PlanDiff.marked(change.path("before_sensitive"), List.of("name"));
        String azureName = named.isTextual() && !nameSensitive ? named.asText() : null;
        return new ResourceChange(stack, type, address, action, previous, azureName, attributes, reason, DataStores.isDataStore(type));
    }

    /** The plan-specific parts of a diff: raw paths into the before/after trees, sensitivity and unknown marks. */
    static final class PlanDiff {

        private PlanDiff() {
        }

        /** Differences of before and after as (display path, raw steps, before, after). */
        static List<Object[]> differences(JsonNode change) {
            List<Object[]> found = new ArrayList<>();
            JsonNode before = change.path("before");
            JsonNode after = change.path("after");
            // Unknown leaves are absent from "after"; walking after_unknown too shows them as changing.
            JsonNode afterWithUnknowns = overlayUnknowns(after, change.path("after_unknown"));
            walk("", new ArrayList<>(), before, afterWithUnknowns, found);
            return found;
        }

        private static JsonNode overlayUnknowns(JsonNode after, JsonNode unknown) {
            if (unknown.isBoolean() && unknown.asBoolean()) {
                return com.fasterxml.jackson.databind.node.TextNode.valueOf("(known after apply)");
            }
            if (unknown.isObject()) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = after.isObject() ? ((com.fasterxml.jackson.databind.node.ObjectNode) after).deepCopy()
                    : JSON.createObjectNode();
                unknown.fields().forEachRemaining(field -> copy.set(field.getKey(), overlayUnknowns(copy.path(field.getKey()), field.getValue())));
                return copy;
            }
            if (unknown.isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode copy = after.isArray() ? ((com.fasterxml.jackson.databind.node.ArrayNode) after).deepCopy()
                    : JSON.createArrayNode();
                for (int i = 0; i < unknown.size(); i++) {
                    JsonNode merged = overlayUnknowns(copy.path(i), unknown.get(i));
                    if (i < copy.size()) {
                        copy.set(i, merged);
                    } else if (!merged.isMissingNode()) {
                        copy.add(merged);
                    }
                }
                return copy;
            }
            return after;
        }

        private static void walk(String path, List<Object> steps, JsonNode before, JsonNode after, List<Object[]> found) {
            before = before == null || before.isNull() ? MissingNode.getInstance() : before;
            after = after == null || after.isNull() ? MissingNode.getInstance() : after;
            if (before.equals(after)) {
                return;
            }
            if (before.isObject() || after.isObject()) {
                if ((before.isObject() || before.isMissingNode()) && (after.isObject() || after.isMissingNode())) {
                    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
                    before.fieldNames().forEachRemaining(keys::add);
                    after.fieldNames().forEachRemaining(keys::add);
                    for (String key : keys) {
                        List<Object> next = new ArrayList<>(steps);
                        next.add(key);
                        walk(Values.child(path, key), next, before.path(key), after.path(key), found);
                    }
                    return;
                }
            }
            if ((before.isArray() || before.isMissingNode()) && (after.isArray() || after.isMissingNode())
                && !(before.isMissingNode() && after.isMissingNode())) {
                boolean single = before.size() <= 1 && after.size() <= 1 && objects(before) && objects(after);
                boolean scalars = scalars(before) && scalars(after);
                if (single || before.size() == after.size() || !scalars) {
                    for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                        List<Object> next = new ArrayList<>(steps);
                        next.add(i);
                        // cdktn writes a single nested block as an object, plans as a one-element list: show both alike.
                        walk(single ? path : Values.element(path, i), next, before.path(i), after.path(i), found);
                    }
                    return;
                }
            }
            found.add(new Object[] {path, steps, before, after});
        }

        private static boolean objects(JsonNode array) {
            for (JsonNode element : array) {
                if (!element.isObject()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean scalars(JsonNode array) {
            for (JsonNode element : array) {
                if (element.isContainerNode()) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the marks tree ({@code after_sensitive}, {@code after_unknown}) marks the value at {@code steps} or above it. */
        static boolean marked(JsonNode marks, List<Object> steps) {
            JsonNode node = marks;
            for (int i = 0; ; i++) {
                if (node.isBoolean()) {
                    return node.asBoolean();
                }
                if (i == steps.size() || node.isMissingNode() || node.isNull()) {
                    return false;
                }
                Object step = steps.get(i);
                node = step instanceof Integer index ? node.path(index) : node.path((String) step);
            }
        }

        /** Whether {@code steps} lies on or under one of the plan's replace paths. */
        static boolean within(List<Object> steps, List<JsonNode> replacePaths) {
            for (JsonNode replacePath : replacePaths) {
                if (replacePath.size() > steps.size()) {
                    continue;
                }
                boolean prefix = true;
                for (int i = 0; i < replacePath.size() && prefix; i++) {
                    JsonNode step = replacePath.get(i);
                    Object ours = steps.get(i);
                    prefix = step.isNumber() ? ours instanceof Integer index && index == step.asInt()
                        : ours instanceof String key && key.equals(step.asText());
                }
                if (prefix) {
                    return true;
                }
            }
            return false;
        }
    }
}
