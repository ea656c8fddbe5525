package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The reference estate's synthesized output (the golden files under {@code test/resources/golden/reference}, which the
 * reference estate test keeps equal to {@code ./lz synth}) and copies of it changed the way pull requests change an estate.
 */
final class PreviewFixtures {

    /** The date findings are judged on in these tests, so that suppression expiries do not move the golden files. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PreviewFixtures() {
    }

    /** The reference estate's synthesized output, read-only. */
    static Path reference() {
        return Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "golden", "reference");
    }

    static SynthOutput read(Path dir) {
        return SynthOutput.read(dir);
    }

    /** A writable copy of the reference output under {@code tmp}. */
    static Path copyOfReference(Path tmp, String name) {
        Path target = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(reference(), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.sorted().toList()) {
                Path copy = target.resolve(reference().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * The reference output changed as one pull request might:
     * <ol>
     *   <li>{@code wholesale-production}: the primary PostgreSQL server is removed (a production data store);</li>
     *   <li>{@code shared-staging}: the PostgreSQL server's SKU goes up, zone-redundant high availability is added and an
     *       administrator password is set (which the preview must never print);</li>
     *   <li>{@code ecommerce-production}: the storage account's construct id changes from {@code storage} to {@code files},
     *       giving it a new address (and its private endpoint, diagnostic setting and policies new references);</li>
     *   <li>{@code wholesale-staging}: a public IP address is added (a cost, and a governance finding);</li>
     *   <li>{@code pharma-production}: the storage account allows public network access (a finding) and its owner tag
     *       changes;</li>
     *   <li>{@code east-sandbox}: the stack is removed.</li>
     * </ol>
     */
    static Path modified(Path tmp) {
        Path out = copyOfReference(tmp, "head");
        edit(out, "wholesale-production", stack -> resources(stack, "azurerm_postgresql_flexible_server").remove("database_EBDE4557"));
        edit(out, "shared-staging", stack -> {
            ObjectNode database = resource(stack, "azurerm_postgresql_flexible_server", "database_EBDE4557");
            database.put("sku_name", "GP_Standard_D4ds_v5");
            database.putObject("high_availability").put("mode", "ZoneRedundant");
            database.put("administrator_password", "Sup3r-Secret-Value!");
        });
        rename(out, "ecommerce-production", "azurerm_storage_account", "storage_8D9329BE", "files_5F1C2A7B", "storage", "files");
        edit(out, "wholesale-staging", stack -> {
            ObjectNode tags = resource(stack, "azurerm_storage_account", "storage_8D9329BE").path("tags").deepCopy();
            ObjectNode address = resources(stack, "azurerm_public_ip").putObject("ingress_3C1D9E0F");
            address.putObject("//").putObject("metadata").put("path", "wholesale-staging/ingress/Resource").put("uniqueId", "ingress_3C1D9E0F");
            address.put("allocation_method", "Static").put("location", "westeurope").put("name", "pip-nwd-wholesale-staging-ingress")
                .put("resource_group_name", "${azurerm_resource_group.workload_37166FFA.name}").put("sku", "Standard");
            address.set("tags", tags);
        });
        edit(out, "pharma-production", stack -> {
            ObjectNode storage = resource(stack, "azurerm_storage_account", "storage_8D9329BE");
            storage.put("public_network_access_enabled", true);
            ((ObjectNode) storage.path("tags")).put("owner", "pharma-it@northwind.example");
        });
        removeStack(out, "east-sandbox");
        return out;
    }

    /** Rewrites {@code stacks/<stack>/cdk.tf.json} of {@code out} with {@code change} applied. */
    static void edit(Path out, String stack, Consumer<ObjectNode> change) {
        Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        try {
            ObjectNode config = (ObjectNode) JSON.readTree(file.toFile());
            change.accept(config);
            Files.writeString(file, JSON.writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites what {@code landing-zone.json} of {@code out} records about {@code stack} with {@code change} applied. */
    static void describe(Path out, String stack, Consumer<ObjectNode> change) {
        Path file = out.resolve(SynthOutput.DESCRIPTION_FILE);
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            change.accept((ObjectNode) root.path("stacks").path(stack));
            Files.writeString(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives a resource a new construct id, as renaming a construct does: new key, new metadata, every reference rewritten. */
    static void rename(Path out, String stack, String type, String from, String to, String fromId, String toId) {
        Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        try {
            String text = Files.readString(file).replace(type + "." + from, type + "." + to)
                .replace("\"" + stack + "/" + fromId + "/Resource\"", "\"" + stack + "/" + toId + "/Resource\"")
                .replace("\"uniqueId\" : \"" + from + "\"", "\"uniqueId\" : \"" + to + "\"")
                .replace("\"uniqueId\": \"" + from + "\"", "\"uniqueId\": \"" + to + "\"");
            ObjectNode config = (ObjectNode) JSON.readTree(text);
            ObjectNode byName = resources(config, type);
            JsonNode body = byName.remove(from);
            byName.set(to, body);
            Files.writeString(file, JSON.writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stack from the output: its directory, its manifest entry and its description. */
    static void removeStack(Path out, String stack) {
        try {
            for (String file : List.of("manifest.json", SynthOutput.DESCRIPTION_FILE)) {
                ObjectNode root = (ObjectNode) JSON.readTree(out.resolve(file).toFile());
                ((ObjectNode) root.path("stacks")).remove(stack);
                Files.writeString(out.resolve(file), JSON.writeValueAsString(root));
            }
            try (Stream<Path> files = Files.walk(out.resolve("stacks").resolve(stack))) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode resources(ObjectNode config, String type) {
        JsonNode byType = config.path("resource").path(type);
        if (byType.isMissingNode()) {
            return ((ObjectNode) config.path("resource")).putObject(type);
        }
        return (ObjectNode) byType;
    }

    static ObjectNode resource(ObjectNode config, String type, String name) {
        JsonNode resource = config.path("resource").path(type).path(name);
        if (!resource.isObject()) {
            throw new AssertionError("the reference output has no " + type + "." + name + "; the fixture needs updating");
        }
        return (ObjectNode) resource;
    }
}
