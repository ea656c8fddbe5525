package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZ-AKS-003 (AKS baseline): clusters take Kubernetes patches and node image updates automatically, in their
 * maintenance windows, instead of waiting for someone to remember.
 */
final class AksUpgradesRule extends CheckOnlyRule {

    static final String ID = "LZ-AKS-003";

    AksUpgradesRule() {
        super(ID, "AKS clusters upgrade automatically",
            "Set an automatic upgrade channel (automatic_upgrade_channel patch or stable) and a node OS upgrade channel"
                + " (node_os_upgrade_channel NodeImage or SecurityPatch), with maintenance windows for both.",
            Severity.WARNING, Set.of(ResourceTypes.KUBERNETES_CLUSTER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        String channel = resource.text("automatic_upgrade_channel");
        String nodeOs = resource.text("node_os_upgrade_channel");
        if (StackQueries.isReference(channel) || StackQueries.isReference(nodeOs)) {
            return Evaluation.notApplicable("the upgrade channels are known only at apply time");
        }
        List<String> problems = new ArrayList<>();
        if (channel == null || channel.equals("none")) {
            problems.add("automatic_upgrade_channel is " + (channel == null ? "not set" : "'none'") + "; set it to patch or stable");
        }
        // The provider's default node OS channel is NodeImage; None and Unmanaged leave nodes unpatched.
        if (nodeOs != null && (nodeOs.equals("None") || nodeOs.equals("Unmanaged"))) {
            problems.add("node_os_upgrade_channel is '" + nodeOs + "'; set it to NodeImage or SecurityPatch");
        }
        return Evaluation.require(problems.isEmpty(), String.join("; ", problems));
    }
}
