package com.sysgenpro.landingzone.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookups over a synthesized output that the documents share: resources by type, and Terraform references followed
 * to the resource they name, within a stack or across stacks through cdktn's remote-state outputs. Everything is
 * read from the JSON; nothing here knows how the synthesizer built it.
 */
final class OutputIndex {

    /** The prefix cdktn gives the remote-state data source through which a stack reads another's outputs. */
    static final String REMOTE_STATE_PREFIX = "cross-stack-reference-input-";

    // ${azurerm_x.name.attribute…} or ${data.terraform_remote_state.cross-stack-reference-input-<stack>.outputs.<output>},
    // anywhere in the text (references also appear inside function calls such as base64decode(…)).
    private static final Pattern REFERENCE = Pattern.compile(
        "data\\.terraform_remote_state\\." + REMOTE_STATE_PREFIX + "([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)"
            + "|\\$\\{(?!data\\.)([a-z][a-z0-9_]*)\\.([A-Za-z0-9_-]+)[.}\\[]");

    // The same, with any remote state: cdktn's inputs and those a stack declares by name (data.terraform_remote_state.connectivity).
    private static final Pattern STATE_REFERENCE = Pattern.compile(
        "data\\.terraform_remote_state\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)"
            + "|\\$\\{(?!data\\.)([a-z][a-z0-9_]*)\\.([A-Za-z0-9_-]+)[.}\\[]");

    private final SynthOutput output;
    private final Map<String, List<Located>> resources = new HashMap<>();

    OutputIndex(SynthOutput output) {
        this.output = output;
    }

    SynthOutput output() {
        return output;
    }

    Optional<SynthesizedStack> stack(String name) {
        return output.stack(name);
    }

    /** Stacks of {@code kind}, ordered by name. */
    List<SynthesizedStack> stacks(StackKind kind) {
        return output.stacks().stream().filter(stack -> stack.context().kind() == kind).toList();
    }

    /** Every resource of the stack, ordered by address. */
    List<Located> resources(SynthesizedStack stack) {
        return resources.computeIfAbsent(stack.name(), name -> {
            List<Located> located = new ArrayList<>();
            for (TerraformResource resource : stack.resources()) {
                located.add(new Located(stack, resource));
            }
            return List.copyOf(located);
        });
    }

    /** The stack's resources of {@code type}, ordered by address. */
    List<Located> resources(SynthesizedStack stack, String type) {
        return resources(stack).stream().filter(resource -> resource.type().equals(type)).toList();
    }

    /** The first of the stack's resources of {@code type} that {@code test} accepts. */
    Optional<Located> first(SynthesizedStack stack, String type, Predicate<Located> test) {
        return resources(stack, type).stream().filter(test).findFirst();
    }

    /** The stack's resource at {@code type.name}, if any. */
    Optional<Located> resource(SynthesizedStack stack, String type, String name) {
        return resources(stack, type).stream().filter(resource -> resource.resource().name().equals(name)).findFirst();
    }

    /**
     * The resource the first reference in {@code argument} of {@code from} names, followed across stacks: a
     * remote-state output is resolved in the stack that declares it.
     */
    Optional<Located> resolve(Located from, String argument) {
        JsonNode value = from.body().get(argument);
        return value == null ? Optional.empty() : resolve(from.stack(), value.isTextual() ? value.asText() : value.toString(), 0);
    }

    /** The resource the first reference in {@code expression}, written in {@code stack}, names. */
    Optional<Located> resolve(SynthesizedStack stack, String expression) {
        return resolve(stack, expression, 0);
    }

    private Optional<Located> resolve(SynthesizedStack stack, String expression, int depth) {
        return resolve(stack, expression, depth, false);
    }

    /**
     * Like {@link #resolve(Located, String)}, and also through the remote states a stack declares by name (such as
     * {@code data.terraform_remote_state.connectivity}), each resolved in the stack whose state it reads.
     */
    Optional<Located> follow(Located from, String argument) {
        JsonNode value = from.body().get(argument);
        return value == null ? Optional.empty() : follow(from.stack(), value.isTextual() ? value.asText() : value.toString());
    }

    /** Like {@link #resolve(SynthesizedStack, String)}, through every remote state (see {@link #follow(Located, String)}). */
    Optional<Located> follow(SynthesizedStack stack, String expression) {
        return resolve(stack, expression, 0, true);
    }

    /** An output of another stack that an expression reads through remote state. */
    record StateOutput(SynthesizedStack stack, String name) {
    }

    /** The output of another stack that the first remote-state reference in {@code expression}, written in {@code stack}, reads. */
    Optional<StateOutput> stateOutput(SynthesizedStack stack, String expression) {
        Matcher matcher = STATE_REFERENCE.matcher(expression);
        if (!matcher.find() || matcher.group(1) == null) {
            return Optional.empty();
        }
        String output = matcher.group(2);
        return stateOf(stack, matcher.group(1)).map(producer -> new StateOutput(producer, output));
    }

    /**
     * The stack whose state {@code data.terraform_remote_state.<name>} of {@code consumer} reads: cdktn's cross-stack
     * inputs name it; any other is found by the state it reads, the stack whose backend keeps its state in the same blob
     * (or local file).
     */
    Optional<SynthesizedStack> stateOf(SynthesizedStack consumer, String name) {
        if (name.startsWith(REMOTE_STATE_PREFIX)) {
            return output.stack(name.substring(REMOTE_STATE_PREFIX.length()));
        }
        JsonNode data = consumer.config().path("data").path("terraform_remote_state").path(name);
        String backend = data.path("backend").asText("");
        JsonNode config = data.path("config");
        List<String> fields = switch (backend) {
            case "azurerm" -> List.of("storage_account_name", "container_name", "key");
            case "local" -> List.of("path");
            default -> List.of();
        };
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return output.stacks().stream().filter(producer -> {
            JsonNode kept = producer.config().path("terraform").path("backend").path(backend);
            return kept.isObject() && fields.stream().allMatch(field -> config.path(field).isTextual()
                && config.path(field).asText().equals(kept.path(field).asText(null)));
        }).findFirst();
    }

    private Optional<Located> resolve(SynthesizedStack stack, String expression, int depth, boolean anyState) {
        Matcher matcher = (anyState ? STATE_REFERENCE : REFERENCE).matcher(expression);
        if (depth > 8 || !matcher.find()) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            Optional<SynthesizedStack> producer = anyState ? stateOf(stack, matcher.group(1)) : output.stack(matcher.group(1));
            if (producer.isEmpty()) {
                return Optional.empty();
            }
            JsonNode value = producer.get().config().path("output").path(matcher.group(2)).path("value");
            return value.isTextual() ? resolve(producer.get(), value.asText(), depth + 1, anyState) : Optional.empty();
        }
        if (matcher.group(3).equals("var") || matcher.group(3).equals("local")) {
            return Optional.empty();
        }
        return resource(stack, matcher.group(3), matcher.group(4));
    }

    /** Whether {@code argument} of {@code from} refers to {@code target}. */
    boolean refersTo(Located from, String argument, Located target) {
        return resolve(from, argument).filter(resolved -> resolved.stackName().equals(target.stackName())
            && resolved.address().equals(target.address())).isPresent();
    }

    /** The stacks whose outputs {@code stack} reads through remote state, ordered by name. */
    List<SynthesizedStack> referencedStacks(SynthesizedStack stack) {
        List<SynthesizedStack> referenced = new ArrayList<>();
        stack.config().path("data").path("terraform_remote_state").fieldNames().forEachRemaining(name -> {
            if (name.startsWith(REMOTE_STATE_PREFIX)) {
                output.stack(name.substring(REMOTE_STATE_PREFIX.length())).ifPresent(referenced::add);
            }
        });
        referenced.sort(java.util.Comparator.comparing(SynthesizedStack::name));
        return referenced;
    }

    /** The stacks {@code stack} reads through remote state that the output does not hold, ordered by name. */
    List<String> missingStacks(SynthesizedStack stack) {
        List<String> missing = new ArrayList<>();
        stack.config().path("data").path("terraform_remote_state").fieldNames().forEachRemaining(name -> {
            if (name.startsWith(REMOTE_STATE_PREFIX) && output.stack(name.substring(REMOTE_STATE_PREFIX.length())).isEmpty()) {
                missing.add(name.substring(REMOTE_STATE_PREFIX.length()));
            }
        });
        missing.sort(null);
        return missing;
    }

    /** The stacks that read {@code stack}'s outputs, ordered by name. */
    List<SynthesizedStack> referencing(SynthesizedStack stack) {
        return output.stacks().stream().filter(other -> referencedStacks(other).contains(stack)).toList();
    }

    /** The Azure name of the resource group the resource is in, or {@code null} when it cannot be read. */
    String resourceGroup(Located resource) {
        String group = resource.text("resource_group_name");
        if (group == null) {
            return null;
        }
        if (!Checks.isReference(group)) {
            return group;
        }
        return resolve(resource, "resource_group_name").map(Located::name).orElse(null);
    }

    /** The subscription the stack's azurerm provider deploys into, when the stack declares one. */
    Optional<String> subscription(SynthesizedStack stack) {
        JsonNode id = TerraformJson.block(stack.config().path("provider"), "azurerm").path("subscription_id");
        return id.isTextual() && !Checks.isReference(id.asText()) ? Optional.of(id.asText()) : Optional.empty();
    }
}
