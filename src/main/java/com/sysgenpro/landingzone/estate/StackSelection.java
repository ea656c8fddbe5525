package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.internal.CdktfJson;
import com.sysgenpro.landingzone.internal.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of an estate's stacks a synthesis writes, and which it builds for them. cdktn turns a reference from one stack
 * to another into a remote-state data source in the consumer and an output in the producer, and gives a producer
 * outputs only for the consumers in the same app: a stack synthesizes as in a full synthesis only together with every
 * stack connected to it by references, in either direction and transitively. So a selection builds the connected
 * components of the selected stacks in the stack dependency graph, and writes only the selected stacks.
 */
final class StackSelection {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every stack of the estate, in synthesis order. */
    private final EstatePlan plan;
    private final List<String> stacks;
    private final Set<String> written;
    private final Set<String> built;

    private StackSelection(EstatePlan plan, List<String> stacks, Set<String> written, Set<String> built) {
        this.plan = plan;
        this.stacks = List.copyOf(stacks);
        this.written = Set.copyOf(written);
        this.built = Set.copyOf(built);
    }

    /**
     * The selection of {@code names} among the stacks of {@code plan}; every stack when {@code names} is empty.
     *
     * @throws IllegalArgumentException when a name is not one of the estate's stacks; the message lists them
     */
    static StackSelection of(EstatePlan plan, Collection<String> names) {
        List<String> stacks = plan.stackNames();
        if (names.isEmpty()) {
            return new StackSelection(plan, stacks, Set.copyOf(stacks), Set.copyOf(stacks));
        }
        List<String> unknown = names.stream().filter(name -> !stacks.contains(name)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "stack '" + unknown.get(0) + "' is" : "stacks '"
                + String.join("', '", unknown) + "' are") + " not in the estate; choose from its " + stacks.size()
                + " stacks: " + String.join(", ", stacks));
        }
        Set<String> built = component(links(plan), names);
        // The stacks with a subscription depend on the vending stack (their order in a deployment), whose outputs do not
        // depend on them: it is built for any selection, and written only when selected.
        if (stacks.contains(SubscriptionsStack.NAME)) {
            built.add(SubscriptionsStack.NAME);
        }
        // Likewise the platform stack, which registers the resource providers of every subscription of the layout, and
        // the connectivity stack for the peered networks' stacks.
        if (stacks.contains(SubscriptionsStack.NAME)) {
            built.add(PlatformStack.NAME);
        }
        if (stacks.contains(ConnectivityStack.NAME)) {
            built.add(ConnectivityStack.NAME);
        }
        return new StackSelection(plan, stacks, Set.copyOf(names), built);
    }

    /** The stack dependency graph without direction: each stack's producers and consumers. */
    private static Map<String, Set<String>> links(EstatePlan plan) {
        Map<String, Set<String>> links = new LinkedHashMap<>();
        dependencies(plan).forEach((consumer, producers) -> producers.forEach(producer -> {
            links.computeIfAbsent(consumer, key -> new LinkedHashSet<>()).add(producer);
            links.computeIfAbsent(producer, key -> new LinkedHashSet<>()).add(consumer);
        }));
        return links;
    }

    /** Every stack reachable from {@code start} through {@code links}, {@code start} included. */
    private static Set<String> component(Map<String, Set<String>> links, Collection<String> start) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            String stack = pending.pop();
            if (reached.add(stack)) {
                pending.addAll(links.getOrDefault(stack, Set.of()));
            }
        }
        return reached;
    }

    /**
     * The stacks each stack references, as {@link EstateStacks#add} wires them and cdktn lists them as a
     * stack's {@code dependencies} in {@code manifest.json}: a shared or semi-dedicated unit's stack references its
     * shared hosting stack; an in-cluster stack its cluster's stack and every unit stack with a namespace on the
     * cluster (for the workload identities). The platform stack neither references nor is referenced.
     */
    static Map<String, List<String>> dependencies(EstatePlan plan) {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        plan.stacks().stream().filter(stack -> !stack.dependencies().isEmpty())
            .forEach(stack -> dependencies.put(stack.name(), stack.dependencies()));
        return dependencies;
    }

    /**
     * The estate's stacks in groups that synthesize independently of each other (the connected components of the
     * dependency graph), each in synthesis order, the groups in the order of their first stack.
     */
    static List<List<String>> groups(EstatePlan plan) {
        Map<String, Set<String>> links = links(plan);
        List<List<String>> groups = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String stack : plan.stackNames()) {
            if (placed.contains(stack)) {
                continue;
            }
            Set<String> component = component(links, List.of(stack));
            List<String> group = plan.stackNames().stream().filter(component::contains).toList();
            placed.addAll(group);
            groups.add(group);
        }
        return groups;
    }

    /** The plan the selection was made from. */
    EstatePlan plan() {
        return plan;
    }

    /** Whether the stack is built: selected, or connected to a selected one. */
    boolean builds(String stack) {
        return built.contains(stack);
    }

    /** Whether the stack is written to the output. */
    boolean writes(String stack) {
        return written.contains(stack);
    }

    /** How many stacks are built. */
    int builtCount() {
        return built.size();
    }

    /** How many stacks the estate has. */
    int estateCount() {
        return stacks.size();
    }

    /**
     * Removes the stacks built but not selected from a synthesized output: their directories under {@code stacks/}
     * and their entries in {@code manifest.json}, which keeps cdktn's layout. The entries left are as cdktn wrote them,
     * {@code dependencies} included, though these may name stacks the output lacks.
     */
    void removeUnwritten(Path outDir) {
        if (written.size() == stacks.size()) {
            return;
        }
        Path manifestFile = outDir.resolve("manifest.json");
        try {
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            ObjectNode listed = (ObjectNode) manifest.path("stacks");
            List<String> unwritten = new ArrayList<>();
            listed.fieldNames().forEachRemaining(stack -> {
                if (!written.contains(stack)) {
                    unwritten.add(stack);
                }
            });
            for (String stack : unwritten) {
                Directories.deleteRecursively(outDir.resolve("stacks").resolve(stack));
            }
            listed.retain(written);
            Files.writeString(manifestFile, CdktfJson.write(manifest), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stacks not selected from " + outDir, e);
        }
    }

}
