package com.sysgenpro.landingzone.governance.policy;

/** What Azure Policy does with a resource that does not comply. */
public enum PolicyEffect {
    /** Log it as non-compliant. */
    AUDIT("Audit"),
    /** Refuse the create or update. */
    DENY("Deny"),
    /** Change the request (e.g. add a missing tag); needs a managed identity and a remediation for existing resources. */
    MODIFY("Modify"),
    /** Deploy a companion resource (e.g. diagnostic settings); needs a managed identity and a remediation. */
    DEPLOY_IF_NOT_EXISTS("DeployIfNotExists"),
    /** Log when a companion resource is missing. */
    AUDIT_IF_NOT_EXISTS("AuditIfNotExists"),
    /** Do nothing. */
    DISABLED("Disabled");

    private final String azureName;

    PolicyEffect(String azureName) {
        this.azureName = azureName;
    }

    /** The effect as Azure spells it in most definitions, e.g. {@code DeployIfNotExists}. */
    public String azureName() {
        return azureName;
    }

    /** Whether the effect changes resources, so that the assignment needs an identity, roles and remediation. */
    public boolean remediates() {
        return this == MODIFY || this == DEPLOY_IF_NOT_EXISTS;
    }
}
