package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sysgenpro.landingzone.check.CheckReport;
import com.sysgenpro.landingzone.check.Finding;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.preview.ResourceChange.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares two synthesized outputs stack by stack: resources added, removed, changed, replaced or readdressed, and findings. */
final class SynthDiff {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([^.}\\[]+)[.}\\[]");

    private SynthDiff() {
    }

    static List<StackChanges> compare(SynthOutput base, SynthOutput head, CheckReport baseCheck, CheckReport headCheck) {
        TreeSet<String> names = new TreeSet<>();
        base.stacks().forEach(stack -> names.add(stack.name()));
        head.stacks().forEach(stack -> names.add(stack.name()));
        List<StackChanges> result = new ArrayList<>();
        for (String name : names) {
            Optional<SynthesizedStack> before = base.stack(name);
            Optional<SynthesizedStack> after = head.stack(name);
            StackContext context = after.or(() -> before).orElseThrow().context();
            List<ResourceChange> changes = resources(name, before.map(SynthesizedStack::resources).orElse(List.of()),
                after.map(SynthesizedStack::resources).orElse(List.of()));
            Map<String, String> renamed = new HashMap<>();
            changes.stream().filter(change -> change.action() == Action.ADDRESS_CHANGED)
                .forEach(change -> renamed.put(change.previousAddress(), change.address()));
            List<Finding> baseFindings = unsuppressed(baseCheck, name);
            List<Finding> headFindings = unsuppressed(headCheck, name);
            List<Finding> introduced = headFindings.stream().filter(finding -> !matches(finding, baseFindings, renamed, true)).toList();
            List<Finding> fixed = baseFindings.stream().filter(finding -> !matches(finding, headFindings, renamed, false)).toList();
            StackChanges.Status status = before.isEmpty() ? StackChanges.Status.ADDED
                : after.isEmpty() ? StackChanges.Status.REMOVED
                : changes.isEmpty() && introduced.isEmpty() && fixed.isEmpty() ? StackChanges.Status.UNCHANGED
                : StackChanges.Status.CHANGED;
            result.add(new StackChanges(name, context, status, changes, introduced, fixed));
        }
        return result;
    }

    /** The resource changes of one stack, by address. */
    static List<ResourceChange> resources(String stack, List<TerraformResource> before, List<TerraformResource> after) {
        Map<String, TerraformResource> old = byAddress(before);
        Map<String, TerraformResource> now = byAddress(after);
        List<TerraformResource> removed = new ArrayList<>();
        List<TerraformResource> added = new ArrayList<>();
        old.forEach((address, resource) -> {
            if (!now.containsKey(address)) {
                removed.add(resource);
            }
        });
        now.forEach((address, resource) -> {
            if (!old.containsKey(address)) {
                added.add(resource);
            }
        });

        // A construct id that changed gives the resource a new address: pair what disappeared with what appeared.
        Map<TerraformResource, TerraformResource> readdressed = new LinkedHashMap<>();
        pair(removed, added, readdressed, resource -> literal(resource.body().path("name")));
        pair(removed, added, readdressed, resource -> normalized(resource.body()));

        // Resources Terraform creates anew get new ids: force-new arguments referring to them replace their holders too.
        Set<String> recreated = new HashSet<>();
        added.forEach(resource -> recreated.add(resource.address()));
        readdressed.values().forEach(resource -> recreated.add(resource.address()));

        Map<String, ResourceChange> changes = new TreeMap<>();
        removed.forEach(resource -> changes.put(resource.address(), whole(stack, resource, Action.DELETE)));
        added.forEach(resource -> changes.put(resource.address(), whole(stack, resource, Action.CREATE)));
        readdressed.forEach((from, to) -> changes.put(to.address(), new ResourceChange(stack, to.type(), to.address(),
            Action.ADDRESS_CHANGED, from.address(), name(to, from), attributes(to.type(), from.body(), to.body(), Set.of()), null,
            DataStores.isDataStore(to.type()))));

        // Updates, repeated until no new replacement appears: a replaced resource's id changes like a created one's.
        Map<String, TerraformResource[]> common = new TreeMap<>();
        old.forEach((address, resource) -> {
            if (now.containsKey(address) && !equalArguments(resource.body(), now.get(address).body())) {
                common.put(address, new TerraformResource[] {resource, now.get(address)});
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, TerraformResource[]> entry : common.entrySet()) {
                TerraformResource from = entry.getValue()[0];
                TerraformResource to = entry.getValue()[1];
                ResourceChange change = update(stack, from, to, recreated);
                ResourceChange previous = changes.put(entry.getKey(), change);
                if (change.action() == Action.REPLACE && (previous == null || previous.action() != Action.REPLACE)) {
                    grew |= recreated.add(entry.getKey());
                }
            }
        }
        return List.copyOf(changes.values());
    }

    private static ResourceChange update(String stack, TerraformResource from, TerraformResource to, Set<String> recreated) {
        List<AttributeChange> attributes = attributes(to.type(), from.body(), to.body(), recreated);
        List<String> forcing = new ArrayList<>();
        for (AttributeChange attribute : attributes) {
            if (attribute.forcesReplacement()) {
                forcing.add(attribute.path());
            }
        }
        String reason = forcing.isEmpty() ? null : "changing " + String.join(", ", forcing.stream().map(path -> "`" + path + "`").toList())
            + " forces a new resource";
        return new ResourceChange(stack, to.type(), to.address(), forcing.isEmpty() ? Action.UPDATE : Action.REPLACE, null,
            name(to, from), attributes, reason, DataStores.isDataStore(to.type()));
    }

    /**
     * The differing arguments, rendered. A force-new argument forces replacement when its literal value changes, or when it
     * refers to a resource that is created anew (its id will differ); a changed reference to an unchanged resource does not.
     */
    private static List<AttributeChange> attributes(String type, JsonNode before, JsonNode after, Set<String> recreated) {
        List<AttributeChange> attributes = new ArrayList<>();
        JsonDiff.compare(before, after, false, (path, values) -> {
            boolean presenceChanged = values[0].isMissingNode() || values[1].isMissingNode();
            boolean forceNew = ForceNew.forcesReplacement(type, path, presenceChanged);
            if (forceNew && Values.isReference(values[1]) && Values.isReference(values[0])) {
                forceNew = refersTo(values[1].asText(), recreated);
            }
            attributes.add(new AttributeChange(path, Values.show(type, path, values[0]), Values.show(type, path, values[1]), forceNew));
        });
        return attributes;
    }

    private static boolean refersTo(String expression, Set<String> addresses) {
        Matcher reference = REFERENCE.matcher(expression);
        while (reference.find()) {
            if (addresses.contains(reference.group(1) + "." + reference.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static ResourceChange whole(String stack, TerraformResource resource, Action action) {
        return new ResourceChange(stack, resource.type(), resource.address(), action, null, literal(resource.body().path("name")),
            List.of(), null, DataStores.isDataStore(resource.type()));
    }

    /**
     * Pairs removed and added resources of the same type whose {@code key} is equal and not null, when exactly one of each
     * has it; paired resources leave both lists.
     */
    private static void pair(List<TerraformResource> removed, List<TerraformResource> added, Map<TerraformResource, TerraformResource> pairs,
                             java.util.function.Function<TerraformResource, Object> key) {
        Map<List<Object>, List<TerraformResource>> gone = group(removed, key);
        Map<List<Object>, List<TerraformResource>> come = group(added, key);
        gone.forEach((k, from) -> {
            List<TerraformResource> to = come.get(k);
            if (from.size() == 1 && to != null && to.size() == 1) {
                pairs.put(from.get(0), to.get(0));
                removed.remove(from.get(0));
                added.remove(to.get(0));
            }
        });
    }

    private static Map<List<Object>, List<TerraformResource>> group(List<TerraformResource> resources,
                                                                    java.util.function.Function<TerraformResource, Object> key) {
        Map<List<Object>, List<TerraformResource>> groups = new LinkedHashMap<>();
        for (TerraformResource resource : resources) {
            Object value = key.apply(resource);
            if (value != null) {
                groups.computeIfAbsent(List.of(resource.type(), value), k -> new ArrayList<>()).add(resource);
            }
        }
        return groups;
    }

    /** The body without metadata and with every Terraform expression reduced to a placeholder: equal when only references differ. */
    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("//")) {
                    copy.set(field.getKey(), normalized(field.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(normalized(element)));
            return copy;
        }
        return Values.isReference(node) ? new TextNode("${reference}") : node;
    }

    private static boolean equalArguments(JsonNode before, JsonNode after) {
        return JsonDiff.differences(before, after, false).isEmpty();
    }

    private static Map<String, TerraformResource> byAddress(List<TerraformResource> resources) {
        Map<String, TerraformResource> map = new TreeMap<>();
        resources.forEach(resource -> map.put(resource.address(), resource));
        return map;
    }

    private static String name(TerraformResource preferred, TerraformResource other) {
        String name = literal(preferred.body().path("name"));
        return name != null ? name : literal(other.body().path("name"));
    }

    private static String literal(JsonNode value) {
        return value.isTextual() && !value.asText().contains("${") ? value.asText() : null;
    }

    private static List<Finding> unsuppressed(CheckReport report, String stack) {
        return report.findings().stream().filter(finding -> !finding.suppressed() && stack.equals(finding.stack()))
            .sorted(Comparator.comparing(Finding::rule).thenComparing(Finding::address, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    }

    /** Whether {@code others} holds the same finding: same rule and stack, and the same address (old addresses mapped) or construct path. */
    private static boolean matches(Finding finding, List<Finding> others, Map<String, String> renamed, boolean othersAreBase) {
        for (Finding other : others) {
            if (!other.rule().equals(finding.rule())) {
                continue;
            }
            String baseAddress = othersAreBase ? other.address() : finding.address();
            String headAddress = othersAreBase ? finding.address() : other.address();
            if (Objects.equals(renamed.getOrDefault(baseAddress, baseAddress), headAddress)
                || finding.constructPath() != null && finding.constructPath().equals(other.constructPath())) {
                return true;
            }
        }
        return false;
    }
}
