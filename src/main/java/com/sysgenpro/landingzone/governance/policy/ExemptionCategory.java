package com.sysgenpro.landingzone.governance.policy;

/** Why a scope is exempt from controls. */
public enum ExemptionCategory {
    /** The risk is accepted for a time. */
    WAIVER("Waiver"),
    /** The intent is met by other means (e.g. a firewall in front of the public IP). */
    MITIGATED("Mitigated");

    private final String azureName;

    ExemptionCategory(String azureName) {
        this.azureName = azureName;
    }

    /** The category as Azure spells it. */
    public String azureName() {
        return azureName;
    }
}
