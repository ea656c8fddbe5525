package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Properties of a {@link KubernetesNodePool}. Create with {@link #builder()}. */
public final class KubernetesNodePoolProps {

    /** Default VM size of user pools: 4 vCPU, 16 GiB, with a 150 GiB local disk for an ephemeral OS disk. */
    public static final String DEFAULT_VM_SIZE = KubernetesClusterProps.DEFAULT_VM_SIZE;

    private final String name;
    private final KubernetesCluster cluster;
    private final SubnetReference vnetSubnet;
    private final String vmSize;
    private final List<String> zones;
    private final int minCount;
    private final int maxCount;
    private final Integer maxPods;
    private final Map<String, String> nodeLabels;
    private final List<String> nodeTaints;
    private final String dedicatedTenant;
    private final Boolean ephemeralOsDisk;
    private final int osDiskSizeGb;
    private final boolean hostEncryptionEnabled;
    private final Tags tags;

    private KubernetesNodePoolProps(Setters<?> setters) {
        this.name = setters.name;
        this.cluster = setters.cluster;
        this.vnetSubnet = setters.vnetSubnet;
        this.vmSize = setters.vmSize;
        this.zones = setters.zones == null ? null : Collections.unmodifiableList(new ArrayList<>(setters.zones));
        this.minCount = setters.minCount;
        this.maxCount = setters.maxCount;
        this.maxPods = setters.maxPods;
        this.nodeLabels = setters.nodeLabels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(setters.nodeLabels));
        this.nodeTaints = setters.nodeTaints == null ? null : Collections.unmodifiableList(new ArrayList<>(setters.nodeTaints));
        this.dedicatedTenant = setters.dedicatedTenant;
        this.ephemeralOsDisk = setters.ephemeralOsDisk;
        this.osDiskSizeGb = setters.osDiskSizeGb;
        this.hostEncryptionEnabled = setters.hostEncryptionEnabled;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pool name: 1–12 lowercase letters and digits, starting with a letter, unique in the cluster. Required. Its
     * temporary pool for rotations, {@link KubernetesNodePool#temporaryNameForRotation(String)}, must not be the name
     * (or temporary name) of another pool of the cluster either.
     */
    public String name() {
        return name;
    }

    /** The cluster the pool belongs to. Required. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /**
     * The subnet of the pool's nodes, in the cluster's virtual network. Default: the cluster's node subnet; a dedicated
     * tenant may get its own subnet so that network security rules can single it out.
     */
    public SubnetReference vnetSubnet() {
        return vnetSubnet;
    }

    /** The VM size. Default: {@link #DEFAULT_VM_SIZE}. It must be among the tier's approved VM sizes (LZ-SKU-002). */
    public String vmSize() {
        return vmSize;
    }

    /**
     * The availability zones, each of 1, 2 and 3 at most once. Default: 1, 2 and 3. Empty is allowed only when the
     * cluster is not {@link KubernetesClusterProps#production() production}.
     */
    public List<String> zones() {
        return zones;
    }

    /**
     * The fewest nodes the autoscaler keeps, 0 to 1000. Default: 2, so that a tenant's Odoo survives the loss of a node or
     * zone. 0 lets an idle pool scale to nothing.
     */
    public int minCount() {
        return minCount;
    }

    /** The most nodes the autoscaler adds, 1 to 1000 and at least {@link #minCount()}. Default: 5. */
    public int maxCount() {
        return maxCount;
    }

    /** Pods per node, 10 to 250, or {@code null}. Default: AKS's default (250 with Azure CNI Overlay). */
    public Integer maxPods() {
        return maxPods;
    }

    /** Kubernetes labels of the pool's nodes (synthesized sorted by key). Default: none (plus the tenant label of {@link #dedicatedTenant()}). */
    public Map<String, String> nodeLabels() {
        return nodeLabels;
    }

    /**
     * Taints of the pool's nodes, as {@code key=value:Effect}. Default: none (plus the tenant taint of
     * {@link #dedicatedTenant()}).
     */
    public List<String> nodeTaints() {
        return nodeTaints;
    }

    /**
     * The tenant (business unit) the pool is dedicated to, set with {@link Setters#dedicatedTo(String)}: its nodes get
     * the label {@value KubernetesNodePool#TENANT_LABEL}{@code =<tenant>} and the taint
     * {@value KubernetesNodePool#TENANT_TAINT}{@code =<tenant>:NoSchedule}, so that only that tenant's pods, which
     * select the label and tolerate the taint, run there. Default: {@code null}, a shared pool.
     */
    public String dedicatedTenant() {
        return dedicatedTenant;
    }

    /**
     * Whether the OS disk is ephemeral. Default {@code null}: ephemeral when the VM size's local temp disk holds
     * {@link #osDiskSizeGb()}, managed otherwise; {@code true} insists, {@code false} forces a managed disk.
     */
    public Boolean ephemeralOsDisk() {
        return ephemeralOsDisk;
    }

    /** The OS disk size in GB, 30 to 2048. Default: {@value KubernetesClusterProps#DEFAULT_OS_DISK_SIZE_GB}. */
    public int osDiskSizeGb() {
        return osDiskSizeGb;
    }

    /**
     * Whether the pool's nodes encrypt at host (temp disks and disk caches encrypted on the VM host). Default:
     * {@code true}. Needs the subscription feature {@code Microsoft.Compute/EncryptionAtHost} and a VM size that supports
     * it; see {@link KubernetesClusterProps#hostEncryptionEnabled()}. Changing it rotates the pool through its temporary
     * pool. {@code false} is a loosening that LZ-ENC-008 flags.
     */
    public boolean hostEncryptionEnabled() {
        return hostEncryptionEnabled;
    }

    /** Tags of the pool. Default: the cluster's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link KubernetesNodePoolProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public KubernetesNodePoolProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link KubernetesNodePool.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private KubernetesCluster cluster;
        private SubnetReference vnetSubnet;
        private String vmSize = DEFAULT_VM_SIZE;
        private List<String> zones = KubernetesClusterProps.DEFAULT_ZONES;
        private int minCount = 2;
        private int maxCount = 5;
        private Integer maxPods;
        private Map<String, String> nodeLabels = new LinkedHashMap<>();
        private List<String> nodeTaints = List.of();
        private String dedicatedTenant;
        private Boolean ephemeralOsDisk;
        private int osDiskSizeGb = KubernetesClusterProps.DEFAULT_OS_DISK_SIZE_GB;
        private boolean hostEncryptionEnabled = true;
        private Tags tags;

        Setters() {
        }

        /** @see KubernetesNodePoolProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see KubernetesNodePoolProps#cluster() */
        public B cluster(KubernetesCluster cluster) {
            this.cluster = cluster;
            return self();
        }

        /** @see KubernetesNodePoolProps#vnetSubnet() */
        public B vnetSubnet(SubnetReference vnetSubnet) {
            this.vnetSubnet = vnetSubnet;
            return self();
        }

        /** @see KubernetesNodePoolProps#vmSize() */
        public B vmSize(String vmSize) {
            this.vmSize = vmSize;
            return self();
        }

        /** @see KubernetesNodePoolProps#zones() */
        public B zones(List<String> zones) {
            this.zones = zones;
            return self();
        }

        /** @see KubernetesNodePoolProps#minCount() */
        public B minCount(int minCount) {
            this.minCount = minCount;
            return self();
        }

        /** @see KubernetesNodePoolProps#maxCount() */
        public B maxCount(int maxCount) {
            this.maxCount = maxCount;
            return self();
        }

        /** @see KubernetesNodePoolProps#maxPods() */
        public B maxPods(Integer maxPods) {
            this.maxPods = maxPods;
            return self();
        }

        /** @see KubernetesNodePoolProps#nodeLabels() */
        public B nodeLabels(Map<String, String> nodeLabels) {
            this.nodeLabels = nodeLabels;
            return self();
        }

        /** @see KubernetesNodePoolProps#nodeTaints() */
        public B nodeTaints(List<String> nodeTaints) {
            this.nodeTaints = nodeTaints;
            return self();
        }

        /**
         * Dedicates the pool to one tenant (business unit): label {@value KubernetesNodePool#TENANT_LABEL}{@code =tenant}
         * and taint {@value KubernetesNodePool#TENANT_TAINT}{@code =tenant:NoSchedule}, added to any labels and taints
         * set otherwise.
         *
         * @see KubernetesNodePoolProps#dedicatedTenant()
         */
        public B dedicatedTo(String tenant) {
            this.dedicatedTenant = tenant;
            return self();
        }

        /** @see KubernetesNodePoolProps#ephemeralOsDisk() */
        public B ephemeralOsDisk(Boolean ephemeralOsDisk) {
            this.ephemeralOsDisk = ephemeralOsDisk;
            return self();
        }

        /** @see KubernetesNodePoolProps#osDiskSizeGb() */
        public B osDiskSizeGb(int osDiskSizeGb) {
            this.osDiskSizeGb = osDiskSizeGb;
            return self();
        }

        /** @see KubernetesNodePoolProps#hostEncryptionEnabled() */
        public B hostEncryptionEnabled(boolean hostEncryptionEnabled) {
            this.hostEncryptionEnabled = hostEncryptionEnabled;
            return self();
        }

        /** @see KubernetesNodePoolProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        KubernetesNodePoolProps toProps() {
            return new KubernetesNodePoolProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
