package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.MonitoredResourceProps;

/**
 * Properties of a {@link HubNetwork}. Create with {@link #builder()}.
 *
 * <p>Name: The hub's virtual network name, e.g. {@code vnet-nwd-hub-weu}. Required.
 * <p>Resource group: Where the hub lives; its region is the hub's. Required.
 * <p>Tags: Tags of everything the hub creates. Required.
 * <p>Diagnostics: Where the network's and its security groups' logs go. Required.
 */
public final class HubNetworkProps extends MonitoredResourceProps {

    private final Cidr addressSpace;
    private final boolean dnsResolver;

    private HubNetworkProps(Setters<?> setters) {
        super(setters);
        this.addressSpace = setters.addressSpace;
        this.dnsResolver = setters.dnsResolver;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The hub's address space, a /16 to /24 that overlaps no spoke and no site; its first /24 holds the
     * {@link HubSubnet}s. Required.
     */
    public Cidr addressSpace() {
        return addressSpace;
    }

    /**
     * Whether the hub runs a DNS private resolver with an inbound endpoint, the address sites' DNS servers forward the
     * private zones to. Default: {@code true}.
     */
    public boolean dnsResolver() {
        return dnsResolver;
    }

    /** The builder of {@link HubNetworkProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties. */
        public HubNetworkProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link HubNetwork.Builder}. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private Cidr addressSpace;
        private boolean dnsResolver = true;

        Setters() {
        }

        /** @see HubNetworkProps#addressSpace() */
        public B addressSpace(Cidr addressSpace) {
            this.addressSpace = addressSpace;
            return self();
        }

        /** @see HubNetworkProps#dnsResolver() */
        public B dnsResolver(boolean dnsResolver) {
            this.dnsResolver = dnsResolver;
            return self();
        }

        HubNetworkProps toProps() {
            return new HubNetworkProps(this);
        }
    }
}
