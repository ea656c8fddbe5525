package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
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

    /** How many resources the stack declares. */
    public int resourceCount() {
        int count = 0;
        for (JsonNode byType : config.path("resource")) {
            count += byType.size();
        }
        return count;
    }
}
