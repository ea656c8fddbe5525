package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LZ-HUB-003: a spoke's stack (one with a network peered with a hub) defines no private DNS zone of a name the
 * connectivity stack holds centrally ({@code privatelink.vaultcore.azure.net}, the estate's PostgreSQL zone, …). A
 * network linked to its own copy resolves that name only from the copy, so it no longer finds the records of the central
 * zone, and the endpoints registering in the copy are found by no other network, no hub resolver and no site: what the
 * estate resolves through the hubs then reaches the service's public name, which refuses private-only services.
 *
 * <p>The one copy by design: a recovery network holding a container registry's recovery endpoint keeps its own
 * {@code privatelink.azurecr.io}, because that endpoint writes the registry's login-server record too and would overwrite
 * the primary endpoint's in the shared zone (README, connectivity). The exception holds for a zone exactly when it is
 * named {@code privatelink.azurecr.io}, is linked to at least one network, and every network it is linked to holds a
 * private endpoint ({@code registry} subresource) of a container registry of the stack that has a geo-replica in that
 * network's region, registering in this zone. The same zone linked to a primary network, whose endpoint is the
 * registry's home one, or to no network, is a finding.
 *
 * <p>An error, not a warning: unlike a missing diagnostic, a split zone breaks name resolution the day it is deployed,
 * silently and for other networks than the one that holds it (a registry or vault endpoint of the estate that no longer
 * resolves), and the design leaves no other reason to hold a copy. Not applicable to the connectivity stack itself, to
 * stacks with no hub peering (sandbox-class networks keep their own zones, as do estates without hubs), and when the
 * output holds no connectivity stack (a partial synthesis), whose zones are then unknown.
 */
final class DuplicateDnsZoneRule extends CheckOnlyRule implements OutputRule {

    static final String ID = "LZ-HUB-003";
    static final String ZONE = ResourceTypes.PRIVATE_DNS_ZONE;
    private static final String LINK = ResourceTypes.PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK;
    private static final String ENDPOINT = ResourceTypes.PRIVATE_ENDPOINT;
    private static final String REGISTRY = ResourceTypes.CONTAINER_REGISTRY;
    private static final String SUBNET = ResourceTypes.SUBNET;
    private static final String SERVER = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER;
    /** The zone a recovery network keeps for its registry endpoint. */
    static final String REGISTRY_ZONE = "privatelink.azurecr.io";

    /** The connectivity stack's zones by lower-case name; null for a rule made for listing only. */
    private final Map<String, CentralZone> centralZones;
    private final boolean connectivityRead;

    DuplicateDnsZoneRule() {
        this(null, false);
    }

    private DuplicateDnsZoneRule(Map<String, CentralZone> centralZones, boolean connectivityRead) {
        super(ID, "Spokes define none of the connectivity stack's private DNS zones",
            "Remove the spoke's own copy of a zone the connectivity stack holds, register its private endpoints and servers in the"
                + " central zone (the connectivity stack's output dns-zone-<zone>) and link the network to it (network.hubs does so"
                + " for every peered network); only a recovery network's registry endpoint keeps its own privatelink.azurecr.io.",
            Severity.ERROR, Set.of(ZONE));
        this.centralZones = centralZones;
        this.connectivityRead = connectivityRead;
    }

    /** A zone of the connectivity stack, and its output spokes read its id from ({@code dns-zone-<zone>}), if any. */
    private record CentralZone(TerraformResource zone, String output) {
    }

    @Override
    public Rule within(List<SynthesizedStack> stacks) {
        Map<String, CentralZone> zones = new LinkedHashMap<>();
        boolean found = false;
        for (SynthesizedStack stack : stacks) {
            if (stack.context().kind() != StackKind.CONNECTIVITY) {
                continue;
            }
            found = true;
            for (TerraformResource resource : stack.resources()) {
                String name = resource.text("name");
                if (resource.type().equals(ZONE) && name != null && !StackQueries.isReference(name)) {
                    zones.putIfAbsent(normalized(name), new CentralZone(resource, output(stack, resource)));
                }
            }
        }
        return new DuplicateDnsZoneRule(Collections.unmodifiableMap(zones), found);
    }

    /** The output of {@code stack} whose value is {@code zone}'s id, or null. */
    private static String output(SynthesizedStack stack, TerraformResource zone) {
        String id = StackQueries.referenceTo(zone) + "id}";
        for (Iterator<Map.Entry<String, JsonNode>> outputs = stack.config().path("output").fields(); outputs.hasNext(); ) {
            Map.Entry<String, JsonNode> output = outputs.next();
            if (id.equals(StackQueries.text(output.getValue(), "value"))) {
                return output.getKey();
            }
        }
        return null;
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        Map<String, CentralZone> zones = OutputRule.madeWithin(this, centralZones);
        if (stack.kind() == StackKind.CONNECTIVITY) {
            return Evaluation.notApplicable(stack.name() + " holds the estate's central zones");
        }
        if (!HubNetworks.spoke(resource.stackConfig())) {
            return Evaluation.notApplicable(stack.name() + " peers no network with a hub: its zones are its own (sandbox-class, or an"
                + " estate without network.hubs)");
        }
        if (!connectivityRead) {
            return Evaluation.notApplicable("the output holds no connectivity stack (a partial synthesis?), so its central zones are"
                + " unknown; check a full synthesis");
        }
        String name = resource.text("name");
        if (name == null || StackQueries.isReference(name)) {
            return Evaluation.notApplicable("the zone's name '" + name + "' is only known at apply time");
        }
        CentralZone central = zones.get(normalized(name));
        if (central == null) {
            return Evaluation.compliant();
        }
        List<String> linked = new ArrayList<>();
        String exceptionFails = REGISTRY_ZONE.equals(normalized(name)) ? recoveryRegistryZone(resource, linked) : null;
        if (REGISTRY_ZONE.equals(normalized(name)) && exceptionFails == null) {
            return Evaluation.compliant();
        }
        if (exceptionFails == null) {
            for (TerraformResource link : links(resource)) {
                TerraformResource network = StackQueries.referenced(link, link.text("virtual_network_id"));
                linked.add(network != null ? label(network) : "'" + link.text("virtual_network_id") + "'");
            }
        }
        String where = (linked.isEmpty() ? "linked to no network" : "linked to " + String.join(", ", linked))
            + registering(resource);
        return Evaluation.nonCompliant("the stack defines its own zone '" + name + "' (" + where + "), which the connectivity stack"
            + " already holds (" + central.zone().address() + " of stack " + central.zone().stack() + "): networks linked to the copy"
            + " no longer resolve the central zone's records, and what registers in the copy is found by no other network, hub"
            + " resolver or site" + (exceptionFails == null ? "" : "; it is not a recovery network's registry zone either: " + exceptionFails)
            + "; remove the zone, register the endpoints in the central one (" + (central.output() == null ? "the connectivity stack's"
                + " output dns-zone-<zone>" : HubNetworks.OUTPUTS + central.output()) + ") and link the network to it");
    }

    /**
     * Why {@code zone} (named {@value #REGISTRY_ZONE}) is not a recovery network's registry zone, or {@code null} when it
     * is; fills {@code linked} with the networks it is linked to.
     */
    private static String recoveryRegistryZone(TerraformResource zone, List<String> linked) {
        List<TerraformResource> links = links(zone);
        if (links.isEmpty()) {
            return "it is linked to no network";
        }
        String problem = null;
        for (TerraformResource link : links) {
            TerraformResource network = StackQueries.referenced(link, link.text("virtual_network_id"));
            if (network == null || !HubNetworks.NETWORK.equals(network.type())) {
                linked.add("'" + link.text("virtual_network_id") + "'");
                problem = problem != null ? problem : "it is linked to '" + link.text("virtual_network_id") + "', no network of the stack";
                continue;
            }
            linked.add(label(network));
            if (problem == null && !holdsReplicaEndpoint(network, zone)) {
                problem = "it is linked to " + label(network) + ", which holds no private endpoint of a container registry's"
                    + " geo-replica in its region (" + network.text("location") + ") registering in this zone";
            }
        }
        return problem;
    }

    /**
     * Whether {@code network} holds a private endpoint of a registry's replica in the network's region: an endpoint in one of
     * its subnets, of subresource {@code registry}, of a registry of the stack geo-replicated into that region, whose zone
     * group names {@code zone}.
     */
    private static boolean holdsReplicaEndpoint(TerraformResource network, TerraformResource zone) {
        String region = network.text("location");
        String zoneId = StackQueries.referenceTo(zone) + "id}";
        for (TerraformResource subnet : StackQueries.referring(network, SUBNET, "virtual_network_name")) {
            for (TerraformResource endpoint : StackQueries.referring(subnet, ENDPOINT, "subnet_id")) {
                JsonNode connection = StackQueries.block(endpoint.body(), "private_service_connection");
                TerraformResource registry = StackQueries.referenced(endpoint, StackQueries.text(connection, "private_connection_resource_id"));
                boolean registryEndpoint = registry != null && REGISTRY.equals(registry.type())
                    && contains(connection.path("subresource_names"), "registry");
                boolean registersHere = contains(StackQueries.block(endpoint.body(), "private_dns_zone_group").path("private_dns_zone_ids"),
                    zoneId);
                if (registryEndpoint && registersHere && region != null && replicatedInto(registry, region)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The private endpoints and PostgreSQL servers of the stack registering in {@code zone}, for the message; empty if none. */
    private static String registering(TerraformResource zone) {
        String zoneId = StackQueries.referenceTo(zone) + "id}";
        List<String> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> named = zone.stackConfig().path("resource").path(ENDPOINT).fields(); named.hasNext(); ) {
            Map.Entry<String, JsonNode> endpoint = named.next();
            if (contains(StackQueries.block(endpoint.getValue(), "private_dns_zone_group").path("private_dns_zone_ids"), zoneId)) {
                found.add(ENDPOINT + "." + endpoint.getKey());
            }
        }
        found.addAll(StackQueries.referring(zone, SERVER, "private_dns_zone_id").stream().map(TerraformResource::address).toList());
        return found.isEmpty() ? "" : "; registering " + String.join(", ", found);
    }

    private static boolean replicatedInto(TerraformResource registry, String region) {
        JsonNode replicas = registry.body().path("georeplications");
        for (JsonNode replica : replicas.isArray() ? replicas : List.of(replicas)) {
            if (region.equalsIgnoreCase(StackQueries.text(replica, "location"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode element : list) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The links of the stack to {@code zone}: by reference to its name, or by its literal name in its resource group. */
    private static List<TerraformResource> links(TerraformResource zone) {
        List<TerraformResource> links = new ArrayList<>(StackQueries.referring(zone, LINK, "private_dns_zone_name"));
        String name = zone.text("name");
        String group = zone.text("resource_group_name");
        for (Iterator<Map.Entry<String, JsonNode>> named = zone.stackConfig().path("resource").path(LINK).fields(); named.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = named.next();
            JsonNode body = entry.getValue();
            if (name != null && name.equalsIgnoreCase(StackQueries.text(body, "private_dns_zone_name")) && group != null
                && group.equals(StackQueries.text(body, "resource_group_name"))) {
                links.add(new TerraformResource(zone.stack(), LINK, entry.getKey(), body, zone.stackConfig()));
            }
        }
        return links;
    }

    private static String label(TerraformResource network) {
        String name = network.text("name");
        return network.address() + (name == null || StackQueries.isReference(name) ? "" : " ('" + name + "')");
    }

    /** DNS names compare without case and without the root's trailing dot. */
    private static String normalized(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
