package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;

/** Properties of a {@link ContainerRegistry}. Create with {@link #builder()}. */
public final class ContainerRegistryProps {

    /** Default retention of untagged manifests, in days. */
    public static final int DEFAULT_UNTAGGED_RETENTION_DAYS = 30;

    private final String name;
    private final ResourceGroup resourceGroup;
    private final SubnetReference privateEndpointSubnet;
    private final PrivateDnsZoneReference privateDnsZone;
    private final String privateEndpointName;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final boolean zoneRedundancyEnabled;
    private final Integer untaggedRetentionDays;
    private final boolean publicNetworkAccessEnabled;
    private final java.util.List<ContainerRegistryReplica> replicas;
    private final Tags tags;

    private ContainerRegistryProps(Setters<?> setters) {
        this.name = setters.name;
        this.resourceGroup = setters.resourceGroup;
        this.privateEndpointSubnet = setters.privateEndpointSubnet;
        this.privateDnsZone = setters.privateDnsZone;
        this.privateEndpointName = setters.privateEndpointName;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.zoneRedundancyEnabled = setters.zoneRedundancyEnabled;
        this.untaggedRetentionDays = setters.untaggedRetentionDays;
        this.publicNetworkAccessEnabled = setters.publicNetworkAccessEnabled;
        // Null elements survive to the construct, which names them in its error.
        this.replicas = setters.replicas == null ? java.util.List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(setters.replicas));
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The registry name: 5–50 letters and digits, unique across Azure (it becomes {@code <name>.azurecr.io}). Required. */
    public String name() {
        return name;
    }

    /** The resource group the registry and its private endpoint live in; its region is theirs. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The subnet of the registry's private endpoint (the environment's private-endpoint subnet). Required. */
    public SubnetReference privateEndpointSubnet() {
        return privateEndpointSubnet;
    }

    /** The {@code privatelink.azurecr.io} private DNS zone the endpoint registers in. Required. */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /** The private endpoint's name. Default: {@code pe-<registry name>-registry}. */
    public String privateEndpointName() {
        return privateEndpointName;
    }

    /** The Log Analytics workspace the registry's diagnostic settings send all logs and metrics to. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /**
     * Whether the registry's storage is spread over the region's availability zones. Default: {@code true}. Set at
     * creation only; {@code false} for a region without zones.
     */
    public boolean zoneRedundancyEnabled() {
        return zoneRedundancyEnabled;
    }

    /**
     * Days after which untagged manifests (images whose tag moved to a newer push) are deleted, 0 to 365, or
     * {@code null} to keep them forever. Default: {@value #DEFAULT_UNTAGGED_RETENTION_DAYS}. Deleted images cannot be
     * recovered: anything that pulls by digest an image whose tag has moved loses it after this period, so deploy
     * with unique, never-moved tags.
     */
    public Integer untaggedRetentionDays() {
        return untaggedRetentionDays;
    }

    /**
     * Whether the registry accepts traffic from public networks (with Entra ID authentication). Default: {@code false}:
     * clusters and build agents reach it through the private endpoint only, and images cannot be exported out of it.
     * {@code true} is a loosening for build agents outside the network.
     */
    public boolean publicNetworkAccessEnabled() {
        return publicNetworkAccessEnabled;
    }

    /**
     * Geo-replicas in other regions, in this order. Default: none. Each is Premium's full copy of the images, billed as
     * another registry; reach one from a network in its region with {@link ContainerRegistry#addPrivateEndpoint}.
     */
    public java.util.List<ContainerRegistryReplica> replicas() {
        return replicas;
    }

    /** Tags of the registry, its replicas and its private endpoint. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link ContainerRegistryProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public ContainerRegistryProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link ContainerRegistry.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private ResourceGroup resourceGroup;
        private SubnetReference privateEndpointSubnet;
        private PrivateDnsZoneReference privateDnsZone;
        private String privateEndpointName;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private boolean zoneRedundancyEnabled = true;
        private Integer untaggedRetentionDays = DEFAULT_UNTAGGED_RETENTION_DAYS;
        private boolean publicNetworkAccessEnabled;
        private java.util.List<ContainerRegistryReplica> replicas = java.util.List.of();
        private Tags tags;

        Setters() {
        }

        /** @see ContainerRegistryProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see ContainerRegistryProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see ContainerRegistryProps#privateEndpointSubnet() */
        public B privateEndpointSubnet(SubnetReference privateEndpointSubnet) {
            this.privateEndpointSubnet = privateEndpointSubnet;
            return self();
        }

        /** @see ContainerRegistryProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }

        /** @see ContainerRegistryProps#privateEndpointName() */
        public B privateEndpointName(String privateEndpointName) {
            this.privateEndpointName = privateEndpointName;
            return self();
        }

        /** @see ContainerRegistryProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see ContainerRegistryProps#zoneRedundancyEnabled() */
        public B zoneRedundancyEnabled(boolean zoneRedundancyEnabled) {
            this.zoneRedundancyEnabled = zoneRedundancyEnabled;
            return self();
        }

        /** @see ContainerRegistryProps#untaggedRetentionDays() */
        public B untaggedRetentionDays(Integer untaggedRetentionDays) {
            this.untaggedRetentionDays = untaggedRetentionDays;
            return self();
        }

        /** @see ContainerRegistryProps#publicNetworkAccessEnabled() */
        public B publicNetworkAccessEnabled(boolean publicNetworkAccessEnabled) {
            this.publicNetworkAccessEnabled = publicNetworkAccessEnabled;
            return self();
        }

        /** @see ContainerRegistryProps#replicas() */
        public B replicas(java.util.List<ContainerRegistryReplica> replicas) {
            this.replicas = replicas;
            return self();
        }

        /** @see ContainerRegistryProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        ContainerRegistryProps toProps() {
            return new ContainerRegistryProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
