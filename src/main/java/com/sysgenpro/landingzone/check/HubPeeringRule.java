package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import java.util.List;
import java.util.Set;

/**
 * LZ-NET-001: a network of a business unit's environment or of shared hosting, outside sandbox, is peered with its
 * region's hub on both sides: its own half towards a hub the connectivity stack created (an id read from that stack's
 * outputs), and the hub's half back towards it. An island network reaches no site, no runner and no private zone of the
 * estate, and its egress escapes the hub's firewall. Sandbox-class networks stay disconnected on purpose.
 */
final class HubPeeringRule extends CheckOnlyRule {

    static final String ID = "LZ-NET-001";
    /** How a spoke's stack refers to a hub: through the connectivity stack's outputs. */
    private static final String HUB_OUTPUT = "terraform_remote_state.connectivity.outputs.hub-";
    private static final String PEERING = "azurerm_virtual_network_peering";

    HubPeeringRule() {
        super(ID, "Networks outside sandbox are peered with their region's hub",
            "Declare network.hubs with a hub in every region the estate's networks use: each environment's and shared hosting's"
                + " network is then peered on both sides with its region's hub and resolves the estate's private DNS zones.",
            Severity.WARNING, Set.of("azurerm_virtual_network"));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (stack.kind() != StackKind.BUSINESS_UNIT && stack.kind() != StackKind.SHARED_HOSTING) {
            return Evaluation.notApplicable(stack.name() + " is not an environment's or shared hosting's stack");
        }
        if (stack.blueprint() != null && Blueprint.find(stack.blueprint()).map(Blueprint::sandboxClass).orElse(false)) {
            return Evaluation.notApplicable(stack.name() + " is sandbox-class, disconnected from the corporate network on purpose");
        }
        List<TerraformResource> ownHalves = StackQueries.referring(resource, PEERING, "virtual_network_name").stream()
            .filter(peering -> {
                String remote = peering.text("remote_virtual_network_id");
                return remote != null && remote.contains(HUB_OUTPUT);
            }).toList();
        if (ownHalves.isEmpty()) {
            return Evaluation.nonCompliant("the network has no peering towards a hub of the connectivity stack; declare network.hubs"
                + " with a hub in its region, which peers it");
        }
        // The hub's half names this network by id and lives in the hub's network, outside this stack.
        boolean hubHalf = StackQueries.referring(resource, PEERING, "remote_virtual_network_id").stream()
            .anyMatch(peering -> !String.valueOf(peering.text("virtual_network_name")).startsWith("${"));
        return Evaluation.require(hubHalf, "the network peers towards its hub, but the hub has no half back to it, so Azure leaves the"
            + " peering Initiated and no traffic flows; add the hub's half (the connectivity provider's peering)");
    }
}
