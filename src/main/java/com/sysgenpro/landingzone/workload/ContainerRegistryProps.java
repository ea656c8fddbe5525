package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.PrivateResourceProps;

/**
 * Properties of a {@link ContainerRegistry}. Create with {@link #builder()}.
 *
 * <p>Name: The registry name: 5–50 letters and digits, unique across Azure (it becomes {@code <name>.azurecr.io}).
 * Required.
 * <p>Resource group: The resource group the registry and its private endpoint live in; its region is theirs. Required.
 * <p>Tags: Tags of the registry, its replicas and its private endpoint. Default: the resource group's tags.
 * <p>Diagnostics: The Log Analytics workspace the registry's diagnostic settings send all logs and metrics to.
 * Required.
 * <p>Private endpoint subnet: The subnet of the registry's private endpoint (the environment's private-endpoint
 * subnet). Required.
 * <p>Private DNS zone: The {@code privatelink.azurecr.io} private DNS zone the endpoint registers in. Required.
 */
public final class ContainerRegistryProps extends PrivateResourceProps {

    /** Default retention of untagged manifests, in days. */
    public static final int DEFAULT_UNTAGGED_RETENTION_DAYS = 30;

    private final String privateEndpointName;
    private final boolean zoneRedundancyEnabled;
    private final Integer untaggedRetentionDays;
    private final boolean publicNetworkAccessEnabled;
    private final java.util.List<ContainerRegistryReplica> replicas;

    private ContainerRegistryProps(Setters<?> setters) {
        super(setters);
        this.privateEndpointName = setters.privateEndpointName;
        this.zoneRedundancyEnabled = setters.zoneRedundancyEnabled;
        this.untaggedRetentionDays = setters.untaggedRetentionDays;
        this.publicNetworkAccessEnabled = setters.publicNetworkAccessEnabled;
        // Null elements survive to the construct, which names them in its error.
        this.replicas = setters.replicas == null ? java.util.List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(setters.replicas));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The private endpoint's name. Default: {@code pe-<registry name>-registry}. */
    public String privateEndpointName() {
        return privateEndpointName;
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
    public abstract static class Setters<B extends Setters<B>> extends PrivateResourceProps.Setters<B> {
        private String privateEndpointName;
        private boolean zoneRedundancyEnabled = true;
        private Integer untaggedRetentionDays = DEFAULT_UNTAGGED_RETENTION_DAYS;
        private boolean publicNetworkAccessEnabled;
        private java.util.List<ContainerRegistryReplica> replicas = java.util.List.of();

        Setters() {
        }

        /** @see ContainerRegistryProps#privateEndpointName() */
        public B privateEndpointName(String privateEndpointName) {
            this.privateEndpointName = privateEndpointName;
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

        ContainerRegistryProps toProps() {
            return new ContainerRegistryProps(this);
        }
    }
}
