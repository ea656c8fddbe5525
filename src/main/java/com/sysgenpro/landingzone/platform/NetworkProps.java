package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Properties of a {@link Network}. Create with {@link #builder()}.
 *
 * <p>Name: The virtual network's name. Required.
 * <p>Resource group: Where the network lives. Required.
 * <p>Tags: The estate's tags. Required.
 * <p>Diagnostics: Where the network's and NSGs' logs go. Required.
 */
public final class NetworkProps extends MonitoredResourceProps {

    /** Zones created by default: everything but the legacy Azure Cache for Redis zone. */
    public static final Set<PrivateDnsZone> DEFAULT_PRIVATE_DNS_ZONES = Set.copyOf(EnumSet.complementOf(EnumSet.of(PrivateDnsZone.REDIS_CACHE)));

    private final Cidr addressSpace;
    private final Map<SubnetRole, Cidr> subnets;
    private final Set<PrivateDnsZone> privateDnsZones;
    private final boolean allowHttpsFromInternet;
    private final String egressNextHop;

    private NetworkProps(Setters<?> setters) {
        super(setters);
        this.addressSpace = setters.addressSpace;
        this.subnets = Map.copyOf(setters.subnets);
        this.privateDnsZones = Set.copyOf(setters.privateDnsZones);
        this.allowHttpsFromInternet = setters.allowHttpsFromInternet;
        this.egressNextHop = setters.egressNextHop;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The network's address space, a /16 to /24 that does not overlap other networks it peers with. Required. */
    public Cidr addressSpace() {
        return addressSpace;
    }

    /**
     * Address ranges per subnet. Default: carved from the address space: AKS nodes the first half, private endpoints
     * the third quarter, PostgreSQL the seventh eighth (the last eighth stays free). Ranges given here replace the
     * default of their role; all must lie inside the address space and not overlap.
     */
    public Map<SubnetRole, Cidr> subnets() {
        return subnets;
    }

    /** Private DNS zones created and linked to the network. Default: {@link #DEFAULT_PRIVATE_DNS_ZONES}. */
    public Set<PrivateDnsZone> privateDnsZones() {
        return privateDnsZones;
    }

    /**
     * Whether the AKS node subnet accepts HTTPS from the internet: only in the environment that hosts the approved
     * public ingress (Traefik). Default: {@code false}; the subnets' NSGs deny inbound internet traffic.
     */
    public boolean allowHttpsFromInternet() {
        return allowHttpsFromInternet;
    }

    /**
     * The address the AKS node subnet sends its internet traffic to, e.g. the hub firewall's private address (a
     * Terraform reference is fine): a route table {@code rt-<name>-aks-nodes} with 0.0.0.0/0 to this virtual
     * appliance, BGP route propagation off, associated with the subnet. Default: none (the cluster's own outbound).
     */
    public String egressNextHop() {
        return egressNextHop;
    }

    /** Builds {@link NetworkProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public NetworkProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link Network.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private Cidr addressSpace;
        private Map<SubnetRole, Cidr> subnets = Map.of();
        private Set<PrivateDnsZone> privateDnsZones = DEFAULT_PRIVATE_DNS_ZONES;
        private boolean allowHttpsFromInternet;
        private String egressNextHop;

        Setters() {
        }

        /** @see NetworkProps#addressSpace() */
        public B addressSpace(Cidr addressSpace) {
            this.addressSpace = addressSpace;
            return self();
        }

        /** @see NetworkProps#subnets() */
        public B subnets(Map<SubnetRole, Cidr> subnets) {
            this.subnets = subnets;
            return self();
        }

        /** @see NetworkProps#privateDnsZones() */
        public B privateDnsZones(Set<PrivateDnsZone> privateDnsZones) {
            this.privateDnsZones = privateDnsZones;
            return self();
        }

        /** @see NetworkProps#allowHttpsFromInternet() */
        public B allowHttpsFromInternet(boolean allowHttpsFromInternet) {
            this.allowHttpsFromInternet = allowHttpsFromInternet;
            return self();
        }

        /** @see NetworkProps#egressNextHop() */
        public B egressNextHop(String egressNextHop) {
            this.egressNextHop = egressNextHop;
            return self();
        }

        NetworkProps toProps() {
            return new NetworkProps(this);
        }
    }
}
