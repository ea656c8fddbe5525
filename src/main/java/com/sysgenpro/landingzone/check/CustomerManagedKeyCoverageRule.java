package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.CustomerManagedKeyRules;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-CMK-005: customer-managed keys where no Azure Policy assignment looks for them. The customer-managed-key
 * initiative (LZ-CMK-001 to 003) is assigned only at the groups of units that use the keys, so it does not reach a
 * unit's sandbox-class environments (the sandbox group holds every unit's) nor the shared hosting whose cluster carries
 * a semi-dedicated unit's node pool. There, in stacks {@code landing-zone.json} marks as using customer-managed keys,
 * the same requirements are checked before deploy: the unit's storage and database, and a shared cluster's node disks
 * (the shared server and storage keep service-managed keys by design).
 */
final class CustomerManagedKeyCoverageRule extends CheckOnlyRule {

    static final String ID = "LZ-CMK-005";

    CustomerManagedKeyCoverageRule() {
        super(ID, "Customer-managed keys where no policy assignment checks them",
            "Keep the unit's customer-managed keys in every environment: storage and PostgreSQL with the unit's keys, the"
                + " cluster its pods run on with a disk encryption set.",
            Severity.ERROR, Set.of(CustomerManagedKeyRules.STORAGE, CustomerManagedKeyRules.POSTGRES, CustomerManagedKeyRules.AKS));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!stack.customerManagedKeys()) {
            return Evaluation.notApplicable(stack.name() + " uses no customer-managed keys");
        }
        if (stack.inForce("cmk")) {
            return Evaluation.notApplicable("the customer-managed-key initiative is assigned where " + stack.name()
                + " lands (LZ-CMK-001 to 003)");
        }
        if (stack.kind() == StackKind.SHARED_HOSTING && !resource.type().equals(CustomerManagedKeyRules.AKS)) {
            return Evaluation.notApplicable("the shared server and storage keep service-managed keys; units with keys of their"
                + " own do not keep data there");
        }
        return switch (resource.type()) {
            case CustomerManagedKeyRules.STORAGE -> CustomerManagedKeyRules.storage(resource);
            case CustomerManagedKeyRules.POSTGRES -> CustomerManagedKeyRules.postgres(resource);
            default -> CustomerManagedKeyRules.cluster(resource);
        };
    }
}
