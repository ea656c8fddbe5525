package com.sysgenpro.landingzone.connectivity;

/**
 * The tier of a {@link HubFirewall} and its policy. Basic is not offered: it has no DNS proxy, and network rules to host
 * names (SFTP, mail relays) need the firewall to resolve the names its clients resolve.
 */
public enum FirewallSku {
    /** Application and network rules, threat intelligence, DNS proxy. */
    STANDARD("Standard"),
    /** Standard plus intrusion detection and prevention (IDPS), TLS inspection and URL filtering. */
    PREMIUM("Premium");

    private final String tier;

    FirewallSku(String tier) {
        this.tier = tier;
    }

    /** The tier as azurerm spells it, for {@code sku_tier} of the firewall and {@code sku} of its policy. */
    public String tier() {
        return tier;
    }
}
