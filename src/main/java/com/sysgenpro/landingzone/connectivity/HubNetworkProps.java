package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;

/** Properties of a {@link HubNetwork}. Create with {@link #builder()}. */
public final class HubNetworkProps {

    private final String name;
    private final ResourceGroup resourceGroup;
    private final Cidr addressSpace;
    private final boolean dnsResolver;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final Tags tags;

    private HubNetworkProps(Setters<?> setters) {
        this.name = setters.name;
        this.resourceGroup = setters.resourceGroup;
        this.addressSpace = setters.addressSpace;
        this.dnsResolver = setters.dnsResolver;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hub's virtual network name, e.g. {@code vnet-nwd-hub-weu}. Required. */
    public String name() {
        return name;
    }

    /** Where the hub lives; its region is the hub's. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
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

    /** Where the network's and its security groups' logs go. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** Tags of everything the hub creates. Required. */
    public Tags tags() {
        return tags;
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
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private ResourceGroup resourceGroup;
        private Cidr addressSpace;
        private boolean dnsResolver = true;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private Tags tags;

        Setters() {
        }

        /** @see HubNetworkProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see HubNetworkProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
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

        /** @see HubNetworkProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see HubNetworkProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        HubNetworkProps toProps() {
            return new HubNetworkProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
