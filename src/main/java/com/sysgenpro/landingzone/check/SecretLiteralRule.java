package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.internal.SecretScan;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.List;
import java.util.Set;

/**
 * LZ-SEC-001: nothing in a stack looks like a credential: no password, key, connection string, SAS token or private key
 * as a literal, and no reference to the key attributes Azure resources export. Every block is scanned, outputs and
 * the backend included. A kubeconfig's cluster CA certificate and Azure resource ids are not secrets.
 */
final class SecretLiteralRule extends CheckOnlyRule implements BlockRule {

    static final String ID = "LZ-SEC-001";

    SecretLiteralRule() {
        super(ID, "No secret-like values in the synthesized Terraform",
            "Keep credentials out of Terraform: let services sign in with Entra ID and managed identities, keep secrets in"
                + " Key Vault, and pass what Terraform must see as a sensitive variable (${var.name}), never as a literal"
                + " or an output of a key attribute.",
            Severity.ERROR, Set.of());
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        List<String> found = SecretScan.findings(resource.body(), SynthesizedStack.pointer(resource.address()));
        return Evaluation.require(found.isEmpty(), String.join("; ", found)
            + "; remove it: use Entra ID or a managed identity, or a Key Vault secret passed as a sensitive variable");
    }
}
