package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No stack of the reference estate (its golden output, which ReferenceEstateTest keeps equal to a synthesis) sets an
 * argument, or reads an attribute, that its provider deprecates: {@code terraform validate} would warn on each.
 */
class DeprecatedArgumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> META_ARGUMENTS = Set.of("//", "alias", "count", "for_each", "depends_on", "provider", "lifecycle",
        "provisioner", "connection");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(data\\.)?([a-z0-9_]+)\\.[A-Za-z0-9_-]+\\.([a-z0-9_]+)");

    /**
     * What azurerm 4.x deprecates among what the constructs could set or read. The azurerm 4.73.0 schema in the shared
     * folder (the provider's own .release/provider-schema.json) carries no deprecation flags, so these are listed from the
     * provider's changelog: the container's {@code resource_manager_id} (in favour of {@code id}) and
     * {@code storage_account_name} (in favour of {@code storage_account_id}); the federated credential's
     * {@code parent_id} (renamed {@code user_assigned_identity_id}) and {@code resource_group_name}.
     */
    private static final Map<String, Set<String>> AZURERM_DEPRECATED = Map.of(
        "azurerm_storage_container", Set.of("resource_manager_id", "storage_account_name"),
        "azurerm_federated_identity_credential", Set.of("parent_id", "resource_group_name"));

    @Test
    void azurermStacksSetAndReadNothingAzurermDeprecates() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : stackFiles()) {
            JsonNode stack = JSON.readTree(file.toFile());
            stack.path("resource").fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(resource ->
                AZURERM_DEPRECATED.getOrDefault(type.getKey(), Set.of()).stream().filter(resource.getValue()::has)
                    .forEach(argument -> found.add(file.getParent().getFileName() + ": " + type.getKey() + "." + argument + " set"))));
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                if (reference.group(1) == null && AZURERM_DEPRECATED.getOrDefault(reference.group(2), Set.of()).contains(reference.group(3))) {
                    found.add(file.getParent().getFileName() + ": " + reference.group(2) + "." + reference.group(3) + " read");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void inClusterStacksSetAndReadNothingTheKubernetesAndHelmSchemasMarkDeprecated() throws IOException {
        Path shared = SharedReference.require();
        Map<String, JsonNode> resources = new HashMap<>();
        Map<String, JsonNode> providers = new HashMap<>();
        for (Path schema : SharedReference.inClusterSchemas(shared)) {
            JSON.readTree(schema.toFile()).path("provider_schemas").fields().forEachRemaining(provider -> {
                String name = provider.getKey().substring(provider.getKey().lastIndexOf('/') + 1);
                providers.put(name, provider.getValue().path("provider").path("block"));
                provider.getValue().path("resource_schemas").fields()
                    .forEachRemaining(type -> resources.put(type.getKey(), type.getValue().path("block")));
            });
        }
        Set<String> found = new TreeSet<>();
        int checked = 0;
        for (Path file : stackFiles()) {
            if (!file.getParent().getFileName().toString().endsWith("-incluster")) {
                continue;
            }
            checked++;
            JsonNode stack = JSON.readTree(file.toFile());
            String name = file.getParent().getFileName().toString();
            stack.path("provider").fields().forEachRemaining(provider -> provider.getValue().forEach(config ->
                deprecated(providers.get(provider.getKey()), config, name + ": provider." + provider.getKey(), found)));
            stack.path("resource").fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(resource ->
                deprecated(resources.get(type.getKey()), resource.getValue(), name + ": " + type.getKey(), found)));
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                JsonNode block = resources.get(reference.group(2));
                if (reference.group(1) == null && block != null
                        && block.path("attributes").path(reference.group(3)).path("deprecated").asBoolean(false)) {
                    found.add(name + ": " + reference.group(2) + "." + reference.group(3) + " read");
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(found).isEmpty();
    }

    /** Adds to {@code found} every argument of {@code value} that {@code block} (a schema block) marks deprecated. */
    private static void deprecated(JsonNode block, JsonNode value, String path, Set<String> found) {
        assertThat(block).as("schema of %s", path).isNotNull();
        value.fields().forEachRemaining(field -> {
            if (META_ARGUMENTS.contains(field.getKey())) {
                return;
            }
            JsonNode attribute = block.path("attributes").path(field.getKey());
            if (!attribute.isMissingNode()) {
                if (attribute.path("deprecated").asBoolean(false)) {
                    found.add(path + "." + field.getKey());
                }
                // An attribute of object type with attributes of its own (helm's provider `kubernetes`).
                JsonNode nestedType = attribute.path("nested_type");
                if (nestedType.isObject()) {
                    (field.getValue().isArray() ? field.getValue() : JSON.createArrayNode().add(field.getValue())).forEach(item -> {
                        if (item.isObject()) {
                            deprecated(nestedType, item, path + "." + field.getKey(), found);
                        }
                    });
                }
                return;
            }
            JsonNode nested = block.path("block_types").path(field.getKey()).path("block");
            assertThat(nested.isMissingNode()).as("%s.%s is in the schema", path, field.getKey()).isFalse();
            if (nested.path("deprecated").asBoolean(false)) {
                found.add(path + "." + field.getKey());
            }
            List<JsonNode> items = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(items::add);
            } else {
                items.add(field.getValue());
            }
            items.stream().filter(JsonNode::isObject).forEach(item -> deprecated(nested, item, path + "." + field.getKey(), found));
        });
    }

    private static List<Path> stackFiles() throws IOException {
        Path stacks = Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "golden", "reference", "stacks");
        try (Stream<Path> files = Files.walk(stacks)) {
            return files.filter(file -> file.getFileName().toString().equals("cdk.tf.json")).sorted().toList();
        }
    }
}
