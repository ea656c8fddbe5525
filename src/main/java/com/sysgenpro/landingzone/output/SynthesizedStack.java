package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One stack of a synthesized output: its Terraform JSON and what the synthesizer recorded about it.
 *
 * @param name the stack's name, also its directory under {@code stacks/}
 * @param context its business unit, environment, blueprint and assigned parameters
 * @param config the whole {@code cdk.tf.json}
 */
public record SynthesizedStack(String name, StackContext context, JsonNode config) {

    /** Every resource, ordered by address, so that reports come out in the same order every time. */
    public List<TerraformResource> resources() {
        List<TerraformResource> resources = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = config.path("resource").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (Iterator<Map.Entry<String, JsonNode>> named = type.getValue().fields(); named.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = named.next();
                resources.add(new TerraformResource(name, type.getKey(), resource.getKey(), resource.getValue(), config));
            }
        }
        resources.sort(Comparator.comparing(TerraformResource::address));
        return resources;
    }

    /**
     * Every top-level block of the stack, for rules that look beyond resources ({@code check}'s block rules): the resources,
     * then data sources ({@code data.<type>.<name>}), outputs ({@code output.<name>}), variables ({@code var.<name>}),
     * locals ({@code local.<name>}), modules ({@code module.<name>}), providers ({@code provider.<name>}) and the
     * {@code terraform} block's parts ({@code terraform.backend}), each named by its Terraform address and ordered
     * by it within its kind. Public because {@code check}, which evaluates its block rules on them, is another package.
     */
    public List<TerraformResource> blocks() {
        List<TerraformResource> blocks = new ArrayList<>(resources());
        List<TerraformResource> others = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> kinds = config.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            switch (kind.getKey()) {
                case "resource", "//" -> {
                }
                case "data" -> kind.getValue().fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(
                    block -> others.add(block("data." + type.getKey(), block.getKey(), block.getValue()))));
                default -> kind.getValue().fields().forEachRemaining(
                    block -> others.add(block(BLOCK_PREFIXES.getOrDefault(kind.getKey(), kind.getKey()), block.getKey(), block.getValue())));
            }
        }
        others.sort(Comparator.comparing(TerraformResource::address));
        blocks.addAll(others);
        return blocks;
    }

    /**
     * The JSON pointer of the block at {@code address} (one of {@link #blocks()}), e.g. {@code /output/cluster_id}.
     * Public for {@code check}, whose reports and secret scan locate findings in {@code cdk.tf.json} by it.
     */
    public static String pointer(String address) {
        for (Map.Entry<String, String> prefix : BLOCK_PREFIXES.entrySet()) {
            if (address.startsWith(prefix.getValue() + ".")) {
                return "/" + prefix.getKey() + "/" + address.substring(prefix.getValue().length() + 1);
            }
        }
        if (address.startsWith("data.")) {
            return "/data/" + address.substring("data.".length()).replaceFirst("\\.", "/");
        }
        return "/resource/" + address.replaceFirst("\\.", "/");
    }

    /** How Terraform addresses the blocks under each top-level key other than resource and data. */
    private static final Map<String, String> BLOCK_PREFIXES = Map.of("output", "output", "variable", "var", "locals", "local",
        "module", "module", "provider", "provider", "terraform", "terraform");

    private TerraformResource block(String type, String name, JsonNode body) {
        return new TerraformResource(name(), type, name, body, config);
    }

    /** How many resources the stack declares. */
    public int resourceCount() {
        int count = 0;
        for (JsonNode byType : config.path("resource")) {
            count += byType.size();
        }
        return count;
    }
}
