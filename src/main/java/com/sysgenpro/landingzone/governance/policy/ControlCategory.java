package com.sysgenpro.landingzone.governance.policy;

/** The intent a control serves; one shipped initiative per category. */
public enum ControlCategory {
    /** Mandatory cost and ownership tags. */
    TAGGING,
    /** Data residency: allowed regions. */
    REGIONS,
    /** Approved SKUs per tier. */
    SKUS,
    /** Encryption at rest and in transit. */
    ENCRYPTION,
    /** Public exposure and private endpoints. */
    NETWORK,
    /** Diagnostic settings to the central workspace. */
    DIAGNOSTICS,
    /** Backup and recovery settings. */
    BACKUP,
    /** Kubernetes admission and AKS baseline. */
    KUBERNETES,
    /** Encryption at rest with the customer's own keys, where a unit's data needs them. */
    CUSTOMER_MANAGED_KEYS
}
