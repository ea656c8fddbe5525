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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * LZ-HUB-004: in a cluster behind a hub's firewall (its cluster stack's AKS cluster on {@code userDefinedRouting}), a
 * tenant namespace's network policy opens on the internet only what the firewall allows that tenant: every egress
 * entry of a {@code kubernetes_network_policy_v1} towards a public range (an {@code ip_block} other than private
 * address space) on a port and transport needs a rule of the hub firewall's policy named after the namespace
 * ({@code <namespace>-<key>}, as the estate's egress entries make them) on the same port and transport, and, when the
 * range is narrower than every public address, that range as its destination. A policy that allows more than the
 * firewall promises the tenant a path the firewall then drops, which is found by the tenant in production; a firewall
 * rule without a policy is harmless (the policy denies) and not reported.
 *
 * <p>Not applicable without a connectivity stack in the output (an estate without hubs keeps its L4 allow-list), to
 * stacks other than in-cluster ones, to clusters not routed to a firewall (sandbox-class networks), and to entries
 * towards private ranges (DNS, the tenant's database and endpoints, which the hub does not filter).
 */
final class EgressParityRule extends CheckOnlyRule implements OutputRule {

    static final String ID = "LZ-HUB-004";
    static final String POLICY = "kubernetes_network_policy_v1";
    private static final String RULE_GROUP = ResourceTypes.FIREWALL_POLICY_RULE_COLLECTION_GROUP;
    private static final String CLUSTER = ResourceTypes.KUBERNETES_CLUSTER;
    private static final String SUFFIX = "-incluster";
    /** Ranges the hub does not filter as internet egress. */
    private static final List<String> PRIVATE = List.of("10.", "172.16.", "192.168.", "100.64.", "169.254.", "127.");

    /** The rules of the connectivity stack's firewall policies; null for a rule made for listing only. */
    private final List<JsonNode> firewallRules;
    /** The in-cluster stacks whose cluster routes its internet traffic to a firewall, by name. */
    private final Set<String> behindFirewall;
    /** Whether the rule was made {@link #within(List) within} an output (else it only lists). */
    private final boolean made;

    EgressParityRule() {
        this(null, Set.of(), false);
    }

    private EgressParityRule(List<JsonNode> firewallRules, Set<String> behindFirewall, boolean made) {
        super(ID, "Tenants' network policies allow no internet egress the hub firewall drops",
            "Declare the destination as an egress entry of the unit or environment (egress: fqdn or cidr, protocol, port, reason):"
                + " the estate then writes the firewall rule and the network policy from the same entry.",
            Severity.ERROR, Set.of(POLICY));
        this.firewallRules = firewallRules;
        this.behindFirewall = behindFirewall;
        this.made = made;
    }

    @Override
    public Rule within(List<SynthesizedStack> stacks) {
        List<JsonNode> rules = new ArrayList<>();
        boolean connectivity = false;
        Set<String> routed = new java.util.HashSet<>();
        for (SynthesizedStack stack : stacks) {
            boolean hub = stack.context().kind() == StackKind.CONNECTIVITY;
            connectivity |= hub;
            for (TerraformResource resource : stack.resources()) {
                if (hub && resource.type().equals(RULE_GROUP)) {
                    for (String kind : List.of("application_rule_collection", "network_rule_collection")) {
                        resource.body().path(kind).forEach(collection -> collection.path("rule").forEach(rules::add));
                    }
                }
                if (resource.type().equals(CLUSTER) && "userDefinedRouting".equals(
                        StackQueries.text(StackQueries.block(resource.body(), "network_profile"), "outbound_type"))) {
                    routed.add(stack.context().name() + SUFFIX);
                }
            }
        }
        return new EgressParityRule(connectivity ? List.copyOf(rules) : null, Set.copyOf(routed), true);
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        OutputRule.madeWithin(this, made ? Boolean.TRUE : null);
        if (stack.kind() != StackKind.IN_CLUSTER) {
            return Evaluation.notApplicable(stack.name() + " is not an in-cluster stack");
        }
        if (firewallRules == null) {
            return Evaluation.notApplicable("the output holds no connectivity stack: the estate declares no network.hubs (or this is"
                + " a partial synthesis), so no firewall narrows the policy");
        }
        if (!behindFirewall.contains(stack.name())) {
            return Evaluation.notApplicable(stack.name() + "'s cluster does not route its internet traffic to a hub firewall"
                + " (sandbox-class, or not peered)");
        }
        String namespace = namespace(resource);
        if (namespace == null) {
            return Evaluation.notApplicable("the policy's namespace is only known at apply time");
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode egress : resource.body().path("spec").path("egress")) {
            for (JsonNode to : egress.path("to")) {
                String cidr = StackQueries.text(to.path("ip_block"), "cidr");
                if (cidr == null || PRIVATE.stream().anyMatch(cidr::startsWith)) {
                    continue;
                }
                for (JsonNode port : egress.path("ports")) {
                    String number = StackQueries.text(port, "port");
                    String transport = String.valueOf(StackQueries.text(port, "protocol")).toUpperCase(Locale.ROOT);
                    if (!allowed(namespace, number, transport, cidr)) {
                        missing.add(transport + " " + number + " to " + cidr);
                    }
                }
            }
        }
        String policy = StackQueries.text(StackQueries.block(resource.body(), "metadata"), "name");
        return Evaluation.require(missing.isEmpty(), "the policy " + policy + " of namespace " + namespace
            + " allows " + String.join(", ", missing) + " on the internet, which no rule of the hub firewall allows the namespace"
            + " (rules named " + namespace + "-<key>), so the firewall drops it; declare it as an egress entry of the environment,"
            + " or remove it from the policy");
    }

    /** Whether a firewall rule named after {@code namespace} allows {@code transport} {@code port} towards {@code cidr}. */
    private boolean allowed(String namespace, String port, String transport, String cidr) {
        boolean everyPublicAddress = cidr.equals("0.0.0.0/0");
        for (JsonNode rule : firewallRules) {
            if (!String.valueOf(StackQueries.text(rule, "name")).startsWith(namespace + "-")) {
                continue;
            }
            boolean portMatches;
            if (rule.has("destination_ports")) {
                portMatches = contains(rule.path("destination_ports"), port) && contains(rule.path("protocols"), transport);
            } else {
                // Application rules: HTTP and HTTPS, both over TCP.
                portMatches = transport.equals("TCP") && java.util.stream.StreamSupport.stream(rule.path("protocols").spliterator(), false)
                    .anyMatch(protocol -> port != null && port.equals(StackQueries.text(protocol, "port")));
            }
            boolean destinationMatches = everyPublicAddress ? rule.path("destination_fqdns").size() > 0
                || rule.path("destination_fqdn_tags").size() > 0 || contains(rule.path("destination_addresses"), cidr)
                : contains(rule.path("destination_addresses"), cidr);
            if (portMatches && destinationMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /** The policy's namespace: written out, or the name of the namespace resource it refers to. */
    private static String namespace(TerraformResource policy) {
        JsonNode metadata = StackQueries.block(policy.body(), "metadata");
        String namespace = StackQueries.text(metadata, "namespace");
        if (namespace == null || !StackQueries.isReference(namespace)) {
            return namespace;
        }
        TerraformResource referenced = StackQueries.referenced(policy, namespace);
        String name = referenced == null ? null : StackQueries.text(StackQueries.block(referenced.body(), "metadata"), "name");
        return name == null || StackQueries.isReference(name) ? null : name;
    }
}
