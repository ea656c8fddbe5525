package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules about hubs (LZ-HUB-…) read in a spoke's synthesized stack: how it refers to the connectivity stack's
 * outputs, and which of its networks are peered with a hub. A network is a spoke when its own half of a peering leads to
 * a hub read from the connectivity stack's state ({@code hub-<region code>-id}); sandbox-class networks have none, and in
 * an estate without {@code network.hubs} no stack reads that state.
 */
final class HubNetworks {

    /** The name of the connectivity stack, whose state a spoke's stack reads. */
    static final String CONNECTIVITY = "connectivity";
    /** How a spoke's stack refers to the connectivity stack's outputs. */
    static final String OUTPUTS = "data.terraform_remote_state." + CONNECTIVITY + ".outputs.";
    /** How a spoke's stack refers to a hub: through the connectivity stack's outputs {@code hub-<region code>-id}. */
    static final String HUB_OUTPUT = "terraform_remote_state." + CONNECTIVITY + ".outputs.hub-";
    static final String PEERING = ResourceTypes.VIRTUAL_NETWORK_PEERING;
    static final String NETWORK = ResourceTypes.VIRTUAL_NETWORK;

    private static final Pattern HUB_ID = Pattern.compile(Pattern.quote(HUB_OUTPUT) + "([a-z0-9]+)-id\\b");

    private HubNetworks() {
    }

    /**
     * The region codes of the hubs {@code network}'s own halves of peerings lead to (e.g. {@code weu}), in the order
     * written; empty for a network peered with no hub.
     */
    static Set<String> hubCodes(TerraformResource network) {
        Set<String> codes = new LinkedHashSet<>();
        for (TerraformResource peering : StackQueries.referring(network, PEERING, "virtual_network_name")) {
            String remote = peering.text("remote_virtual_network_id");
            Matcher hub = remote == null ? null : HUB_ID.matcher(remote);
            if (hub != null && hub.find()) {
                codes.add(hub.group(1));
            }
        }
        return codes;
    }

    /** Whether a network of the stack {@code stackConfig} is peered with a hub of the connectivity stack. */
    static boolean spoke(JsonNode stackConfig) {
        for (Iterator<Map.Entry<String, JsonNode>> peerings = stackConfig.path("resource").path(PEERING).fields(); peerings.hasNext(); ) {
            String remote = StackQueries.text(peerings.next().getValue(), "remote_virtual_network_id");
            if (remote != null && HUB_ID.matcher(remote).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the stack reads the connectivity stack's state: only an estate with hubs has one. */
    static boolean readsConnectivity(JsonNode stackConfig) {
        return !stackConfig.path("data").path("terraform_remote_state").path(CONNECTIVITY).isMissingNode();
    }

    /** The connectivity stack's output holding the private address of the firewall in the hub of {@code code}. */
    static String firewallOutput(String code) {
        return "firewall-" + code + "-private-ip";
    }

    /** How a spoke's stack reads {@link #firewallOutput(String)}, as cdktn writes it. */
    static String firewallReference(String code) {
        return "${" + OUTPUTS + firewallOutput(code) + "}";
    }
}
