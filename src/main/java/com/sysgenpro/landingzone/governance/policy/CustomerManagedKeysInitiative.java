package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.STORAGE;

import java.util.List;
import java.util.Set;

/**
 * Customer-managed keys on the data stores and node disks, in Audit. Assigned only at the production and
 * non-production groups of business units whose data is encrypted with customer-managed keys (regulated ones, and
 * those that opt in): there they flag nothing else, while at the root, the sandbox group (every unit's sandboxes) or
 * over shared hosting they would flag the units that have no such keys. What those groups hold of a unit with keys is
 * checked before deploy instead ({@code LZ-CMK-005}).
 */
final class CustomerManagedKeysInitiative {

    /** The initiative's key: it is assigned as {@code lz-cmk}. */
    static final String KEY = "cmk";

    private CustomerManagedKeysInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        return new Initiative(KEY, "Landing zone: customer-managed keys",
            "Storage, PostgreSQL and AKS node disks encrypted with the business unit's own keys.",
            ControlCategory.CUSTOMER_MANAGED_KEYS, List.of(),
            List.of(
                Control.builder("LZ-CMK-001", "Storage accounts encrypt with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.STORAGE_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(STORAGE), (resource, parameters) -> CustomerManagedKeyRules.storage(resource))
                    .nonComplianceMessage("Encrypt the storage account with the business unit's key (customer-managed key).")
                    .build(),
                Control.builder("LZ-CMK-002", "PostgreSQL flexible servers encrypt with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.POSTGRES_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(POSTGRES), (resource, parameters) -> CustomerManagedKeyRules.postgres(resource))
                    .nonComplianceMessage("Create the server with data encryption by the business unit's key; Azure sets it at"
                        + " creation only, so restore to a new server to add it.")
                    .build(),
                Control.builder("LZ-CMK-003", "AKS clusters encrypt node disks with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.AKS_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(AKS), (resource, parameters) -> CustomerManagedKeyRules.cluster(resource))
                    .nonComplianceMessage("Create the cluster with a disk encryption set holding the business unit's key.")
                    .build()));
    }
}
