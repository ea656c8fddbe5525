package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.List;
import java.util.Set;

/**
 * LZ-HUB-001: a network of a business unit's environment or of shared hosting, outside sandbox, is peered with its
 * region's hub on both sides: its own half towards a hub the connectivity stack created (an id read from that stack's
 * outputs), and the hub's half back towards it. An island network reaches no site, no runner and no private zone of the
 * estate, and its egress escapes the hub's firewall. Sandbox-class networks stay disconnected on purpose, and in an
 * estate without hubs (no stack reads the connectivity stack's state) every network stands alone.
 */
final class HubPeeringRule extends CheckOnlyRule {

    static final String ID = "LZ-HUB-001";
    private static final String HUB_OUTPUT = HubNetworks.HUB_OUTPUT;
    private static final String PEERING = HubNetworks.PEERING;

    HubPeeringRule() {
        super(ID, "Networks outside sandbox are peered with their region's hub",
            "Peer the network with its region's hub on both sides (the estate's network.hubs does, for every network outside"
                + " sandbox), so that it reaches the hub's services and resolves the estate's private DNS zones.",
            Severity.ERROR, Set.of(HubNetworks.NETWORK));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (stack.kind() != StackKind.BUSINESS_UNIT && stack.kind() != StackKind.SHARED_HOSTING) {
            return Evaluation.notApplicable(stack.name() + " is not an environment's or shared hosting's stack");
        }
        if (stack.blueprint() != null && Blueprint.find(stack.blueprint()).map(Blueprint::sandboxClass).orElse(false)) {
            return Evaluation.notApplicable(stack.name() + " is sandbox-class, disconnected from the corporate network on purpose");
        }
        // Its own region's hub, when the network's region is written out (a recovery network's is the recovery region).
        String hub = AzureRegion.find(String.valueOf(resource.text("location"))).map(region -> HUB_OUTPUT + region.code() + "-id")
            .orElse(HUB_OUTPUT);
        List<TerraformResource> ownHalves = StackQueries.referring(resource, PEERING, "virtual_network_name").stream()
            .filter(peering -> {
                String remote = peering.text("remote_virtual_network_id");
                return remote != null && remote.contains(hub);
            }).toList();
        // Only an estate with hubs has a connectivity stack to read; without network.hubs every network stands alone.
        if (ownHalves.isEmpty() && !HubNetworks.readsConnectivity(resource.stackConfig())) {
            return Evaluation.notApplicable(stack.name() + " does not read the connectivity stack: the estate declares no network.hubs");
        }
        if (ownHalves.isEmpty()) {
            return Evaluation.nonCompliant("the network has no peering towards its region's hub of the connectivity stack; give"
                + " network.hubs a hub in its region, which peers it");
        }
        // The hub's half names this network by id and lives in the hub's network, outside this stack.
        boolean hubHalf = StackQueries.referring(resource, PEERING, "remote_virtual_network_id").stream()
            .anyMatch(peering -> !String.valueOf(peering.text("virtual_network_name")).startsWith("${"));
        return Evaluation.require(hubHalf, "the network peers towards its hub, but the hub has no half back to it, so Azure leaves the"
            + " peering Initiated and no traffic flows; add the hub's half (the connectivity provider's peering)");
    }
}
