package com.sysgenpro.landingzone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resources of a synthesized output with the region each lands in, read from the JSON alone: a resource's own
 * {@code location}, else that of what it belongs to (a subnet's network, a container's account, a database's server,
 * a node pool's cluster), following references within a stack and across stacks through remote state and outputs.
 * Independent of the product's own readers, so that tests of where things land do not trust the code under test.
 */
public final class OutputLocations {

    private static final Pattern REFERENCE = Pattern.compile(
        "^\\$\\{(?:data\\.terraform_remote_state\\.cross-stack-reference-input-([A-Za-z0-9-]+)\\.outputs\\.([A-Za-z0-9_-]+)"
            + "|([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.[a-z_\\[\\]0-9.]+)}$");
    /** The argument a location-less resource takes its region from. */
    private static final Map<String, String> OWNER = Map.of(
        "azurerm_subnet", "virtual_network_name",
        // A subnet given through its route table association (so that what uses it waits for the route).
        "azurerm_subnet_route_table_association", "subnet_id",
        "azurerm_storage_container", "storage_account_id",
        "azurerm_postgresql_flexible_server_database", "server_id",
        "azurerm_kubernetes_cluster_node_pool", "kubernetes_cluster_id");

    /** A resource of a stack. */
    public record Resource(String stack, String type, String name, JsonNode body) {
        /** {@code type.name}. */
        public String address() {
            return type + "." + name;
        }
    }

    private final Map<String, JsonNode> stacks = new LinkedHashMap<>();

    private OutputLocations(Path outDir) {
        try (Stream<Path> dirs = Files.list(outDir.resolve("stacks"))) {
            dirs.sorted().forEach(dir -> stacks.put(dir.getFileName().toString(), Synth.read(dir.resolve("cdk.tf.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the output in {@code outDir}. */
    public static OutputLocations of(Path outDir) {
        return new OutputLocations(outDir);
    }

    /** The stack names. */
    public List<String> stackNames() {
        return List.copyOf(stacks.keySet());
    }

    /** Every resource of the stack. */
    public List<Resource> resources(String stack) {
        List<Resource> found = new ArrayList<>();
        stacks.get(stack).path("resource").fields().forEachRemaining(byType -> byType.getValue().fields().forEachRemaining(
            resource -> found.add(new Resource(stack, byType.getKey(), resource.getKey(), resource.getValue()))));
        return found;
    }

    /** Every resource of the stack of {@code type}. */
    public List<Resource> resources(String stack, String type) {
        return resources(stack).stream().filter(resource -> resource.type().equals(type)).toList();
    }

    /** The stacks a stack reads through remote state. */
    public List<String> remoteStates(String stack) {
        List<String> names = new ArrayList<>();
        stacks.get(stack).path("data").path("terraform_remote_state").fieldNames().forEachRemaining(name ->
            names.add(name.replace("cross-stack-reference-input-", "")));
        return names;
    }

    /** The resource an expression such as {@code ${azurerm_subnet.x.id}} or a remote-state output refers to, from {@code stack}. */
    public Optional<Resource> resolve(String stack, JsonNode expression) {
        if (expression == null || !expression.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(expression.asText());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            JsonNode producer = stacks.get(matcher.group(1));
            if (producer == null) {
                return Optional.empty();
            }
            return resolve(matcher.group(1), producer.path("output").path(matcher.group(2)).path("value"));
        }
        JsonNode body = stacks.get(stack).path("resource").path(matcher.group(3)).path(matcher.group(4));
        return body.isMissingNode() ? Optional.empty() : Optional.of(new Resource(stack, matcher.group(3), matcher.group(4), body));
    }

    /** The region a resource lands in, when the JSON says. */
    public Optional<String> location(Resource resource) {
        JsonNode location = resource.body().path("location");
        if (location.isTextual() && !location.asText().contains("${")) {
            return Optional.of(location.asText());
        }
        String owner = OWNER.get(resource.type());
        if (owner == null) {
            return Optional.empty();
        }
        return resolve(resource.stack(), resource.body().path(owner)).flatMap(this::location);
    }

    /** The region of the network behind a subnet reference. */
    public Optional<String> subnetLocation(String stack, JsonNode subnetId) {
        return resolve(stack, subnetId).flatMap(this::location);
    }
}
