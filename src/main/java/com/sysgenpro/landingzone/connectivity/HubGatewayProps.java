package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import java.util.List;
import java.util.Map;

/** Properties of a {@link HubGateway}. Create with {@link #builder()}. */
public final class HubGatewayProps {

    private final String name;
    private final HubNetwork hub;
    private final List<Site> sites;
    private final String firewallPrivateIpAddress;
    private final Map<String, Cidr> firewalledRanges;
    private final Boolean zoneRedundant;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final Tags tags;

    private HubGatewayProps(Setters<?> setters) {
        this.name = setters.name;
        this.hub = setters.hub;
        this.sites = List.copyOf(setters.sites);
        this.firewallPrivateIpAddress = setters.firewallPrivateIpAddress;
        this.firewalledRanges = Map.copyOf(setters.firewalledRanges);
        this.zoneRedundant = setters.zoneRedundant;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The gateways' base name, e.g. {@code vgw-nwd-hub-weu}: the VPN gateway is {@code <name>-vpn}, the ExpressRoute
     * gateway {@code <name>-er}, their public addresses {@code <gateway>-pip}, the route table {@code rt-<name>}. Required.
     */
    public String name() {
        return name;
    }

    /** The hub whose {@link HubSubnet#GATEWAY} subnet the gateways sit in; its region and resource group are theirs. Required. */
    public HubNetwork hub() {
        return hub;
    }

    /**
     * The sites, with distinct names: a VPN gateway is created when any is {@link SiteConnection#VPN}, an ExpressRoute
     * gateway when any is {@link SiteConnection#EXPRESS_ROUTE} (both coexist in the gateway subnet). Required, not empty.
     */
    public List<Site> sites() {
        return sites;
    }

    /**
     * The private address of the hub's firewall (a Terraform reference): traffic from the sites to
     * {@link #firewalledRanges()} is routed there. Required.
     */
    public String firewallPrivateIpAddress() {
        return firewallPrivateIpAddress;
    }

    /**
     * The ranges behind the hub that sites reach only through the firewall, by route name (e.g. the spokes' address
     * spaces by stack): a route each on the gateway subnet, to {@link #firewallPrivateIpAddress()}. Required, not empty.
     */
    public Map<String, Cidr> firewalledRanges() {
        return firewalledRanges;
    }

    /**
     * Whether the gateways use the zone-redundant SKUs ({@code VpnGw1AZ}, {@code ErGw1AZ}) and zone-redundant public
     * addresses. Default (null): whether the hub's region has availability zones.
     */
    public Boolean zoneRedundant() {
        return zoneRedundant;
    }

    /** Where the gateways' and their public addresses' logs go. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** Tags of everything the gateway creates. Required. */
    public Tags tags() {
        return tags;
    }

    /** The builder of {@link HubGatewayProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties. */
        public HubGatewayProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link HubGateway.Builder}. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private HubNetwork hub;
        private List<Site> sites = List.of();
        private String firewallPrivateIpAddress;
        private Map<String, Cidr> firewalledRanges = Map.of();
        private Boolean zoneRedundant;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private Tags tags;

        Setters() {
        }

        /** @see HubGatewayProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see HubGatewayProps#hub() */
        public B hub(HubNetwork hub) {
            this.hub = hub;
            return self();
        }

        /** @see HubGatewayProps#sites() */
        public B sites(List<Site> sites) {
            this.sites = sites == null ? List.of() : sites;
            return self();
        }

        /** @see HubGatewayProps#firewallPrivateIpAddress() */
        public B firewallPrivateIpAddress(String firewallPrivateIpAddress) {
            this.firewallPrivateIpAddress = firewallPrivateIpAddress;
            return self();
        }

        /** @see HubGatewayProps#firewalledRanges() */
        public B firewalledRanges(Map<String, Cidr> firewalledRanges) {
            this.firewalledRanges = firewalledRanges == null ? Map.of() : firewalledRanges;
            return self();
        }

        /** @see HubGatewayProps#zoneRedundant() */
        public B zoneRedundant(Boolean zoneRedundant) {
            this.zoneRedundant = zoneRedundant;
            return self();
        }

        /** @see HubGatewayProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see HubGatewayProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        HubGatewayProps toProps() {
            return new HubGatewayProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
