package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import java.util.List;

/** Properties of a {@link HubFirewall}. Create with {@link #builder()}. */
public final class HubFirewallProps {

    private final String name;
    private final HubNetwork hub;
    private final FirewallSku sku;
    private final Boolean zoneRedundant;
    private final FirewallThreatMode threatIntelligenceMode;
    private final FirewallThreatMode intrusionDetectionMode;
    private final List<Cidr> platformSourceRanges;
    private final List<String> platformFqdns;
    private final List<EgressSource> egress;
    private final List<PublishedIngress> publishedIngress;
    private final List<SiteIngress> siteIngress;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final Tags tags;

    private HubFirewallProps(Setters<?> setters) {
        this.name = setters.name;
        this.hub = setters.hub;
        this.sku = setters.sku;
        this.zoneRedundant = setters.zoneRedundant;
        this.threatIntelligenceMode = setters.threatIntelligenceMode;
        this.intrusionDetectionMode = setters.intrusionDetectionMode;
        this.platformSourceRanges = setters.platformSourceRanges == null ? null : List.copyOf(setters.platformSourceRanges);
        this.platformFqdns = setters.platformFqdns == null ? null : List.copyOf(setters.platformFqdns);
        this.egress = List.copyOf(setters.egress);
        this.publishedIngress = List.copyOf(setters.publishedIngress);
        this.siteIngress = List.copyOf(setters.siteIngress);
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The firewall's name, e.g. {@code afw-nwd-hub-weu}; its public address is {@code <name>-pip} and its policy
     * {@code <name>-policy}. Required.
     */
    public String name() {
        return name;
    }

    /** The hub whose {@link HubSubnet#FIREWALL} subnet the firewall sits in; its region and resource group are the firewall's. Required. */
    public HubNetwork hub() {
        return hub;
    }

    /** The tier. Default: {@link FirewallSku#STANDARD}. */
    public FirewallSku sku() {
        return sku;
    }

    /**
     * Whether the firewall and its public address span availability zones 1 to 3. Default (null): whether the hub's
     * region has availability zones.
     */
    public Boolean zoneRedundant() {
        return zoneRedundant;
    }

    /**
     * What threat intelligence does with traffic to and from known malicious addresses and domains. Default:
     * {@link FirewallThreatMode#DENY}.
     */
    public FirewallThreatMode threatIntelligenceMode() {
        return threatIntelligenceMode;
    }

    /**
     * What intrusion detection (IDPS, {@link FirewallSku#PREMIUM} only) does on a signature match. Default (null):
     * {@link FirewallThreatMode#ALERT} for Premium, none for Standard, which refuses the setting.
     */
    public FirewallThreatMode intrusionDetectionMode() {
        return intrusionDetectionMode;
    }

    /** Where the platform rules allow traffic from: the spokes' AKS node subnets. Required, not empty. */
    public List<Cidr> platformSourceRanges() {
        return platformSourceRanges;
    }

    /**
     * Host names the platform sources may reach over HTTPS 443 besides the {@code AzureKubernetesService} FQDN tag, e.g.
     * the GitOps host and {@code acme-v02.api.letsencrypt.org}; wildcards ({@code *.example.com}) allowed. Default (null):
     * {@link HubFirewall#aksAddonFqdns} of the hub's region. A list given replaces it; add it to keep it.
     */
    public List<String> platformFqdns() {
        return platformFqdns;
    }

    /** The environments' egress, one {@link EgressSource} each, with distinct names. Default: none. */
    public List<EgressSource> egress() {
        return egress;
    }

    /**
     * What the firewall publishes on the internet, one {@link PublishedIngress} each, with distinct names: a public
     * address of its own (an extra IP configuration of the firewall) and a DNAT rule per port. Default: none.
     */
    public List<PublishedIngress> publishedIngress() {
        return publishedIngress;
    }

    /**
     * What sites behind the hub's gateway reach, one {@link SiteIngress} each, with distinct names: a network rule from
     * the site's ranges to the ingress addresses it serves. Default: none, and sites reach nothing through the firewall.
     */
    public List<SiteIngress> siteIngress() {
        return siteIngress;
    }

    /** Where the firewall's and its public address's logs go. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** Tags of everything the firewall creates. Required. */
    public Tags tags() {
        return tags;
    }

    /** The builder of {@link HubFirewallProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties. */
        public HubFirewallProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link HubFirewall.Builder}. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private HubNetwork hub;
        private FirewallSku sku = FirewallSku.STANDARD;
        private Boolean zoneRedundant;
        private FirewallThreatMode threatIntelligenceMode = FirewallThreatMode.DENY;
        private FirewallThreatMode intrusionDetectionMode;
        private List<Cidr> platformSourceRanges;
        private List<String> platformFqdns;
        private List<EgressSource> egress = List.of();
        private List<PublishedIngress> publishedIngress = List.of();
        private List<SiteIngress> siteIngress = List.of();
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private Tags tags;

        Setters() {
        }

        /** @see HubFirewallProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see HubFirewallProps#hub() */
        public B hub(HubNetwork hub) {
            this.hub = hub;
            return self();
        }

        /** @see HubFirewallProps#sku() */
        public B sku(FirewallSku sku) {
            this.sku = sku;
            return self();
        }

        /** @see HubFirewallProps#zoneRedundant() */
        public B zoneRedundant(Boolean zoneRedundant) {
            this.zoneRedundant = zoneRedundant;
            return self();
        }

        /** @see HubFirewallProps#threatIntelligenceMode() */
        public B threatIntelligenceMode(FirewallThreatMode threatIntelligenceMode) {
            this.threatIntelligenceMode = threatIntelligenceMode;
            return self();
        }

        /** @see HubFirewallProps#intrusionDetectionMode() */
        public B intrusionDetectionMode(FirewallThreatMode intrusionDetectionMode) {
            this.intrusionDetectionMode = intrusionDetectionMode;
            return self();
        }

        /** @see HubFirewallProps#platformSourceRanges() */
        public B platformSourceRanges(List<Cidr> platformSourceRanges) {
            this.platformSourceRanges = platformSourceRanges;
            return self();
        }

        /** @see HubFirewallProps#platformFqdns() */
        public B platformFqdns(List<String> platformFqdns) {
            this.platformFqdns = platformFqdns;
            return self();
        }

        /** @see HubFirewallProps#egress() */
        public B egress(List<EgressSource> egress) {
            this.egress = egress == null ? List.of() : egress;
            return self();
        }

        /** @see HubFirewallProps#publishedIngress() */
        public B publishedIngress(List<PublishedIngress> publishedIngress) {
            this.publishedIngress = publishedIngress == null ? List.of() : publishedIngress;
            return self();
        }

        /** @see HubFirewallProps#siteIngress() */
        public B siteIngress(List<SiteIngress> siteIngress) {
            this.siteIngress = siteIngress == null ? List.of() : siteIngress;
            return self();
        }

        /** @see HubFirewallProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see HubFirewallProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        HubFirewallProps toProps() {
            return new HubFirewallProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
