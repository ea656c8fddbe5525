package com.sysgenpro.landingzone.connectivity;

/**
 * What a {@link HubFirewall}'s threat intelligence or intrusion detection (IDPS) does on a match: Azure Firewall
 * policy's {@code threat_intelligence_mode} and {@code intrusion_detection.mode} take the same three values.
 */
public enum FirewallThreatMode {
    /** Nothing: the feature is off. */
    OFF("Off"),
    /** Log the match and let the traffic through. IDPS's default, so that a false positive never breaks Odoo. */
    ALERT("Alert"),
    /** Log the match and drop the traffic. Threat intelligence's default. */
    DENY("Deny");

    private final String terraformValue;

    FirewallThreatMode(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value Terraform takes, e.g. {@code Deny}. */
    public String terraformValue() {
        return terraformValue;
    }
}
