package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.MonitoredResourceProps;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.SubnetReference;
import io.cdktn.cdktn.TerraformProvider;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Properties of a {@link KubernetesCluster}. Create with {@link #builder()}.
 *
 * <p>Name: The cluster name. Required; 1–63 letters, digits, {@code -} and {@code _}, starting and ending alphanumeric.
 * <p>Resource group: The resource group the cluster lives in; its region is the cluster's region. Required.
 * <p>Tags: Tags of the cluster and its system pool. Default: the resource group's tags.
 * <p>Diagnostics: The Log Analytics workspace that Container insights (the monitoring add-on, with managed identity
 * authentication and a data collection rule) and the cluster's diagnostic settings send to. Required.
 */
public final class KubernetesClusterProps extends MonitoredResourceProps {

    /** Default VM size of the system pool: 4 vCPU, 16 GiB, with a 150 GiB local disk for an ephemeral OS disk. */
    public static final String DEFAULT_VM_SIZE = "Standard_D4ds_v5";
    /** Default availability zones of the system pool. */
    public static final List<String> DEFAULT_ZONES = List.of("1", "2", "3");
    /** Default overlay pod range (AKS's own default); it never appears in the virtual network and may repeat across clusters. */
    public static final Cidr DEFAULT_POD_CIDR = Cidr.parse("10.244.0.0/16");
    /**
     * Default Kubernetes service range. Not AKS's {@code 10.0.0.0/16}, which collides with the first range most address
     * plans hand to a virtual network; services are only reachable inside the cluster.
     */
    public static final Cidr DEFAULT_SERVICE_CIDR = Cidr.parse("10.245.0.0/16");
    /** Default window for Kubernetes version upgrades: Sunday 00:00–04:00 UTC. */
    public static final KubernetesMaintenanceWindow DEFAULT_UPGRADE_WINDOW = KubernetesMaintenanceWindow.weekly(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, 4);
    /** Default window for node image upgrades: Sunday 04:00–08:00 UTC, after the cluster upgrade window. */
    public static final KubernetesMaintenanceWindow DEFAULT_NODE_OS_UPGRADE_WINDOW = KubernetesMaintenanceWindow.weekly(DayOfWeek.SUNDAY, LocalTime.of(4, 0), 4);
    /** Default OS disk size in GB: fits the local disk of a {@code Standard_D4ds_v5}, so the disk is ephemeral. */
    public static final int DEFAULT_OS_DISK_SIZE_GB = 128;
    /** Default name of the system pool. */
    public static final String DEFAULT_SYSTEM_POOL_NAME = "system";

    private final String dnsPrefix;
    private final String kubernetesVersion;
    private final SubnetReference nodeSubnet;
    private final String tenantId;
    private final List<String> adminGroupObjectIds;
    private final boolean production;
    private final AksSkuTier skuTier;
    private final boolean privateCluster;
    private final List<String> authorizedIpRanges;
    private final boolean localAccountsDisabled;
    private final boolean azurePolicyEnabled;
    private final KubernetesNetworkPolicy networkPolicy;
    private final Cidr podCidr;
    private final Cidr serviceCidr;
    private final AksOutboundType outboundType;
    private final AksUpgradeChannel automaticUpgradeChannel;
    private final NodeOsUpgradeChannel nodeOsUpgradeChannel;
    private final KubernetesMaintenanceWindow upgradeWindow;
    private final KubernetesMaintenanceWindow nodeOsUpgradeWindow;
    private final String systemPoolName;
    private final String systemPoolVmSize;
    private final int systemPoolMinCount;
    private final int systemPoolMaxCount;
    private final Integer systemPoolMaxPods;
    private final List<String> zones;
    private final Boolean ephemeralOsDisk;
    private final int osDiskSizeGb;
    private final boolean hostEncryptionEnabled;
    private final int imageCleanerIntervalHours;
    private final String nodeResourceGroupName;
    private final com.sysgenpro.landingzone.platform.KeyVaultKey diskEncryptionKey;
    private final PrivateDnsZoneReference privateDnsZone;
    private final TerraformProvider privateDnsZoneProvider;
    private final String virtualNetworkId;
    private final String routeTableId;

    private KubernetesClusterProps(Setters<?> setters) {
        super(setters);
        this.dnsPrefix = setters.dnsPrefix;
        this.kubernetesVersion = setters.kubernetesVersion;
        this.nodeSubnet = setters.nodeSubnet;
        this.tenantId = setters.tenantId;
        this.adminGroupObjectIds = copy(setters.adminGroupObjectIds);
        this.production = setters.production;
        this.skuTier = setters.skuTier;
        this.privateCluster = setters.privateCluster;
        this.authorizedIpRanges = copy(setters.authorizedIpRanges);
        this.localAccountsDisabled = setters.localAccountsDisabled;
        this.azurePolicyEnabled = setters.azurePolicyEnabled;
        this.networkPolicy = setters.networkPolicy;
        this.podCidr = setters.podCidr;
        this.serviceCidr = setters.serviceCidr;
        this.outboundType = setters.outboundType;
        this.automaticUpgradeChannel = setters.automaticUpgradeChannel;
        this.nodeOsUpgradeChannel = setters.nodeOsUpgradeChannel;
        this.upgradeWindow = setters.upgradeWindow;
        this.nodeOsUpgradeWindow = setters.nodeOsUpgradeWindow;
        this.systemPoolName = setters.systemPoolName;
        this.systemPoolVmSize = setters.systemPoolVmSize;
        this.systemPoolMinCount = setters.systemPoolMinCount;
        this.systemPoolMaxCount = setters.systemPoolMaxCount;
        this.systemPoolMaxPods = setters.systemPoolMaxPods;
        this.zones = copy(setters.zones);
        this.ephemeralOsDisk = setters.ephemeralOsDisk;
        this.osDiskSizeGb = setters.osDiskSizeGb;
        this.hostEncryptionEnabled = setters.hostEncryptionEnabled;
        this.imageCleanerIntervalHours = setters.imageCleanerIntervalHours;
        this.nodeResourceGroupName = setters.nodeResourceGroupName;
        this.diskEncryptionKey = setters.diskEncryptionKey;
        this.privateDnsZone = setters.privateDnsZone;
        this.privateDnsZoneProvider = setters.privateDnsZoneProvider;
        this.virtualNetworkId = setters.virtualNetworkId;
        this.routeTableId = setters.routeTableId;
    }

    private static List<String> copy(List<String> list) {
        // Null elements are reported by the construct, with its path; List.copyOf would fail without one.
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The DNS prefix of the API server's host name: 1–54 letters, digits and hyphens, starting and ending alphanumeric.
     * Default: the cluster name, lowercased, with {@code _} turned into {@code -}, cut to 54 characters.
     */
    public String dnsPrefix() {
        return dnsPrefix;
    }

    /**
     * The Kubernetes version at creation, as a minor version such as {@code 1.31}. Default: none, so AKS picks its
     * current default. With an automatic upgrade channel a patch version ({@code 1.31.2}) is refused: AKS moves the patch
     * forward and Terraform would try to move it back.
     */
    public String kubernetesVersion() {
        return kubernetesVersion;
    }

    /**
     * The subnet of the system pool's nodes (and, by default, of every user pool), as a resource id. Required. With
     * Azure CNI Overlay only nodes take addresses from it, so a /24 holds over 200 nodes. The cluster's identity needs
     * Network Contributor on it (or on the virtual network) before the cluster is created: with
     * {@link #privateDnsZone()} the cluster grants it on {@link #virtualNetworkId()} itself.
     */
    public SubnetReference nodeSubnet() {
        return nodeSubnet;
    }

    /** The Entra ID tenant whose users sign in to the cluster, a GUID. Default: the tenant of the deploying subscription. */
    public String tenantId() {
        return tenantId;
    }

    /**
     * Entra ID groups (object ids) that are cluster administrators. Required, at least one, while local accounts are
     * disabled: without a local admin account these groups are the only way back into a broken cluster. Everyone else
     * is authorised through Azure RBAC role assignments (Azure Kubernetes Service RBAC roles).
     */
    public List<String> adminGroupObjectIds() {
        return adminGroupObjectIds;
    }

    /**
     * Whether the cluster runs production. Default: {@code true}: the system pool must span availability zones and
     * the SKU tier must carry the uptime SLA. Lower environments set {@code false} to loosen both.
     */
    public boolean production() {
        return production;
    }

    /**
     * The AKS pricing tier: {@link AksSkuTier#STANDARD} (uptime SLA, the default), {@link AksSkuTier#PREMIUM} (adds
     * long-term support) or {@link AksSkuTier#FREE} (no SLA; refused in production).
     */
    public AksSkuTier skuTier() {
        return skuTier;
    }

    /**
     * Whether the API server has only a private endpoint in the node subnet's network. Default: {@code true}; the AKS-managed
     * private DNS zone resolves it, unless {@link #privateDnsZone()} names another. {@code false} is a loosening that the network initiative (LZ-NET-007) flags, and
     * needs {@link #authorizedIpRanges()}.
     */
    public boolean privateCluster() {
        return privateCluster;
    }

    /**
     * The address ranges (CIDR) allowed to reach a public API server. Required, at least one and never
     * {@code 0.0.0.0/0}, when {@link #privateCluster()} is {@code false}; must be empty for a private cluster.
     * Default: none.
     */
    public List<String> authorizedIpRanges() {
        return authorizedIpRanges;
    }

    /**
     * Whether the local admin account (client certificate kubeconfig) is disabled. Default: {@code true}: everyone signs in
     * with Entra ID. {@code false} is a loosening that the Kubernetes initiative (LZ-K8S-004) denies.
     */
    public boolean localAccountsDisabled() {
        return localAccountsDisabled;
    }

    /**
     * Whether the Azure Policy add-on (Gatekeeper) runs. Default: {@code true}; without it none of the Kubernetes
     * initiative's admission controls apply. {@code false} is a loosening that LZ-K8S-005 flags.
     */
    public boolean azurePolicyEnabled() {
        return azurePolicyEnabled;
    }

    /** The network policy engine. Default: {@link KubernetesNetworkPolicy#CILIUM} (Azure CNI powered by Cilium). */
    public KubernetesNetworkPolicy networkPolicy() {
        return networkPolicy;
    }

    /**
     * The overlay range pods take addresses from; each node takes a /24 of it. Default: {@link #DEFAULT_POD_CIDR}.
     * It must not overlap the service range, the virtual network, peered networks or on-premises ranges reached from pods.
     */
    public Cidr podCidr() {
        return podCidr;
    }

    /**
     * The range of Kubernetes service addresses; the cluster DNS service takes its tenth address. Default:
     * {@link #DEFAULT_SERVICE_CIDR}. It must not overlap the pod range or any network the cluster reaches.
     */
    public Cidr serviceCidr() {
        return serviceCidr;
    }

    /**
     * How nodes reach the internet: {@link AksOutboundType#LOAD_BALANCER} (default), {@link AksOutboundType#USER_DEFINED_ROUTING},
     * {@link AksOutboundType#MANAGED_NAT_GATEWAY} or {@link AksOutboundType#USER_ASSIGNED_NAT_GATEWAY}.
     *
     * <p>The default load-balancer egress makes AKS create a public IP address in the node resource group. The
     * landing zone's no-public-IP control (LZ-NET-001) denies that unless the assignment exempts the node resource group
     * (see {@link #nodeResourceGroupName()}), so production estates with a hub firewall should use
     * {@link AksOutboundType#USER_DEFINED_ROUTING}: the node subnet's route table sends 0.0.0.0/0 to the firewall and no public IP is
     * created. The NAT gateway options create public IPs too.
     */
    public AksOutboundType outboundType() {
        return outboundType;
    }

    /**
     * How AKS upgrades Kubernetes itself: {@link AksUpgradeChannel#PATCH} (default: the latest patch of the current minor
     * version), {@code STABLE}, {@code RAPID}, {@code NODE_IMAGE} or {@code NONE}. Upgrades run only in {@link #upgradeWindow()}.
     */
    public AksUpgradeChannel automaticUpgradeChannel() {
        return automaticUpgradeChannel;
    }

    /**
     * How AKS updates the nodes' OS: {@link NodeOsUpgradeChannel#NODE_IMAGE} (default: a fresh node image weekly),
     * {@code SECURITY_PATCH}, {@code UNMANAGED} or {@code NONE}. Updates run only in {@link #nodeOsUpgradeWindow()}.
     */
    public NodeOsUpgradeChannel nodeOsUpgradeChannel() {
        return nodeOsUpgradeChannel;
    }

    /** When Kubernetes upgrades may run. Default: {@link #DEFAULT_UPGRADE_WINDOW}, Sunday night. */
    public KubernetesMaintenanceWindow upgradeWindow() {
        return upgradeWindow;
    }

    /** When node OS upgrades may run. Default: {@link #DEFAULT_NODE_OS_UPGRADE_WINDOW}, Sunday night after the upgrade window. */
    public KubernetesMaintenanceWindow nodeOsUpgradeWindow() {
        return nodeOsUpgradeWindow;
    }

    /**
     * The system pool's name: 1–12 lowercase letters and digits, starting with a letter. Default:
     * {@value #DEFAULT_SYSTEM_POOL_NAME}. Its temporary pool for rotations is named after it, see
     * {@link KubernetesNodePool#temporaryNameForRotation(String)}.
     */
    public String systemPoolName() {
        return systemPoolName;
    }

    /**
     * The system pool's VM size. Default: {@link #DEFAULT_VM_SIZE}. It must be among the tier's approved VM sizes
     * (LZ-SKU-002).
     */
    public String systemPoolVmSize() {
        return systemPoolVmSize;
    }

    /**
     * The fewest nodes the autoscaler keeps in the system pool, at least 1. Default: 3, one per zone, so CoreDNS and
     * the add-ons survive a zone outage. Lower environments lower it.
     */
    public int systemPoolMinCount() {
        return systemPoolMinCount;
    }

    /** The most nodes the autoscaler adds to the system pool, at least {@link #systemPoolMinCount()}. Default: 5. */
    public int systemPoolMaxCount() {
        return systemPoolMaxCount;
    }

    /** Pods per system node, 10 to 250, or {@code null}. Default: AKS's default (250 with Azure CNI Overlay). */
    public Integer systemPoolMaxPods() {
        return systemPoolMaxPods;
    }

    /**
     * The availability zones of the system pool, each of 1, 2 and 3 at most once. Default: {@link #DEFAULT_ZONES}.
     * Empty is allowed only when {@link #production()} is {@code false}, or in a region without zones.
     */
    public List<String> zones() {
        return zones;
    }

    /**
     * Whether the system pool's OS disk is ephemeral (on the VM's local disk: faster, free, reimaged rather than
     * repaired). Default {@code null}: ephemeral when the VM size's local temp disk holds {@link #osDiskSizeGb()}, as it
     * does for {@link #DEFAULT_VM_SIZE}, managed otherwise. {@code true} insists and fails when the size cannot;
     * {@code false} forces a managed disk.
     */
    public Boolean ephemeralOsDisk() {
        return ephemeralOsDisk;
    }

    /** The OS disk size in GB, 30 to 2048. Default: {@link #DEFAULT_OS_DISK_SIZE_GB}. */
    public int osDiskSizeGb() {
        return osDiskSizeGb;
    }

    /**
     * Whether the system pool's nodes encrypt at host: their temp disks and the caches of their OS and data disks are
     * encrypted on the VM host (platform-managed keys), which the server-side encryption of managed disks does not
     * cover, and an ephemeral OS disk with them. Default: {@code true}. It needs the subscription feature
     * {@code Microsoft.Compute/EncryptionAtHost} registered ({@code az feature register --namespace Microsoft.Compute
     * --name EncryptionAtHost}) and a VM size whose {@code EncryptionAtHostSupported} capability is {@code True}, as it
     * is for the v5 and Bsv2 sizes the blueprints use (legacy sizes have none). Changing it rotates the pool through
     * its temporary pool. {@code false} is a loosening that the encryption initiative (LZ-ENC-008) flags.
     */
    public boolean hostEncryptionEnabled() {
        return hostEncryptionEnabled;
    }

    /**
     * How often the image cleaner removes unused (and so possibly vulnerable) images from the nodes, in hours, 24 to 2160.
     * Default: 168 (weekly).
     */
    public int imageCleanerIntervalHours() {
        return imageCleanerIntervalHours;
    }

    /**
     * The name of the resource group AKS creates for the nodes, load balancer and (with load-balancer egress) public IP.
     * It must not exist yet. Default: AKS's {@code MC_<group>_<cluster>_<region>}; set it to give policy exemptions a name
     * known before deployment.
     */
    public String nodeResourceGroupName() {
        return nodeResourceGroupName;
    }

    /**
     * The customer-managed key that encrypts the OS disks of every node pool (and, by default, the Azure disks
     * persistent volumes get), through a disk encryption set ({@code des-<name>}) with automatic key rotation.
     * Default: none, Microsoft-managed keys. It must be in a vault in the cluster's region. AKS takes the disk
     * encryption set at creation only: adding or removing the key replaces the cluster. Ephemeral OS disks are
     * encrypted too; they adopt a rotated key when nodes are reimaged, which the weekly node image upgrades do.
     * Encryption at host (temporary disks and caches) is independent of it.
     */
    public com.sysgenpro.landingzone.platform.KeyVaultKey diskEncryptionKey() {
        return diskEncryptionKey;
    }

    /**
     * The private DNS zone the API server's record is written to instead of a zone AKS creates in the node
     * resource group and links to the cluster's network only: {@code privatelink.<region>.azmk8s.io} of the cluster's
     * region (or a subzone of it), e.g. a central one linked to hubs, so that runners there resolve the API server.
     * Default (null): the AKS-managed zone ({@code System}). Only for a private cluster.
     *
     * <p>With a zone the cluster gets a user-assigned control-plane identity ({@code id-<cluster>}; AKS takes no
     * system-assigned one with a custom zone) holding Private DNS Zone Contributor on the zone and Network Contributor on
     * {@link #virtualNetworkId()} (and {@link #routeTableId()}), granted before the cluster is created, which AKS
     * checks then: AKS writes the record and links the zone to the cluster's network itself, even when the zone is
     * already linked elsewhere, so the network must not be linked to the zone by anyone else (a network links a zone
     * once). Azure cannot change the zone of a cluster: setting, changing or removing it replaces the cluster.
     */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /**
     * The provider of the subscription {@link #privateDnsZone()} is in, which writes the identity's role assignment
     * on it (a connectivity subscription's, from a spoke's stack). Default (null): the stack's default provider.
     */
    public TerraformProvider privateDnsZoneProvider() {
        return privateDnsZoneProvider;
    }

    /**
     * The virtual network (resource id) of {@link #nodeSubnet()}. Required with {@link #privateDnsZone()}: the
     * control-plane identity gets Network Contributor on it, which AKS needs to join the subnet, place internal load
     * balancers and link the zone to the network. Ignored without a zone.
     */
    public String virtualNetworkId() {
        return virtualNetworkId;
    }

    /**
     * The route table (resource id) associated with {@link #nodeSubnet()}, e.g. the one sending its internet traffic to
     * a firewall ({@code userDefinedRouting}). With {@link #privateDnsZone()} the control-plane identity gets Network
     * Contributor on it too: AKS refuses a managed identity that may not read and write a custom route table of the node
     * subnet ({@code CustomRouteTableMissingPermission}). Default: none. Ignored without a zone.
     */
    public String routeTableId() {
        return routeTableId;
    }

    /** Builds {@link KubernetesClusterProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public KubernetesClusterProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link KubernetesCluster.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private String dnsPrefix;
        private String kubernetesVersion;
        private SubnetReference nodeSubnet;
        private String tenantId;
        private List<String> adminGroupObjectIds = List.of();
        private boolean production = true;
        private AksSkuTier skuTier = AksSkuTier.STANDARD;
        private boolean privateCluster = true;
        private List<String> authorizedIpRanges = List.of();
        private boolean localAccountsDisabled = true;
        private boolean azurePolicyEnabled = true;
        private KubernetesNetworkPolicy networkPolicy = KubernetesNetworkPolicy.CILIUM;
        private Cidr podCidr = DEFAULT_POD_CIDR;
        private Cidr serviceCidr = DEFAULT_SERVICE_CIDR;
        private AksOutboundType outboundType = AksOutboundType.LOAD_BALANCER;
        private AksUpgradeChannel automaticUpgradeChannel = AksUpgradeChannel.PATCH;
        private NodeOsUpgradeChannel nodeOsUpgradeChannel = NodeOsUpgradeChannel.NODE_IMAGE;
        private KubernetesMaintenanceWindow upgradeWindow = DEFAULT_UPGRADE_WINDOW;
        private KubernetesMaintenanceWindow nodeOsUpgradeWindow = DEFAULT_NODE_OS_UPGRADE_WINDOW;
        private String systemPoolName = DEFAULT_SYSTEM_POOL_NAME;
        private String systemPoolVmSize = DEFAULT_VM_SIZE;
        private int systemPoolMinCount = 3;
        private int systemPoolMaxCount = 5;
        private Integer systemPoolMaxPods;
        private List<String> zones = DEFAULT_ZONES;
        private Boolean ephemeralOsDisk;
        private int osDiskSizeGb = DEFAULT_OS_DISK_SIZE_GB;
        private boolean hostEncryptionEnabled = true;
        private int imageCleanerIntervalHours = 168;
        private String nodeResourceGroupName;
        private com.sysgenpro.landingzone.platform.KeyVaultKey diskEncryptionKey;
        private PrivateDnsZoneReference privateDnsZone;
        private TerraformProvider privateDnsZoneProvider;
        private String virtualNetworkId;
        private String routeTableId;

        Setters() {
        }

        /** @see KubernetesClusterProps#dnsPrefix() */
        public B dnsPrefix(String dnsPrefix) {
            this.dnsPrefix = dnsPrefix;
            return self();
        }

        /** @see KubernetesClusterProps#kubernetesVersion() */
        public B kubernetesVersion(String kubernetesVersion) {
            this.kubernetesVersion = kubernetesVersion;
            return self();
        }

        /** @see KubernetesClusterProps#nodeSubnet() */
        public B nodeSubnet(SubnetReference nodeSubnet) {
            this.nodeSubnet = nodeSubnet;
            return self();
        }

        /** @see KubernetesClusterProps#tenantId() */
        public B tenantId(String tenantId) {
            this.tenantId = tenantId;
            return self();
        }

        /** @see KubernetesClusterProps#adminGroupObjectIds() */
        public B adminGroupObjectIds(List<String> adminGroupObjectIds) {
            this.adminGroupObjectIds = adminGroupObjectIds;
            return self();
        }

        /** @see KubernetesClusterProps#production() */
        public B production(boolean production) {
            this.production = production;
            return self();
        }

        /** @see KubernetesClusterProps#skuTier() */
        public B skuTier(AksSkuTier skuTier) {
            this.skuTier = skuTier;
            return self();
        }

        /** @see KubernetesClusterProps#privateCluster() */
        public B privateCluster(boolean privateCluster) {
            this.privateCluster = privateCluster;
            return self();
        }

        /** @see KubernetesClusterProps#authorizedIpRanges() */
        public B authorizedIpRanges(List<String> authorizedIpRanges) {
            this.authorizedIpRanges = authorizedIpRanges;
            return self();
        }

        /** @see KubernetesClusterProps#localAccountsDisabled() */
        public B localAccountsDisabled(boolean localAccountsDisabled) {
            this.localAccountsDisabled = localAccountsDisabled;
            return self();
        }

        /** @see KubernetesClusterProps#azurePolicyEnabled() */
        public B azurePolicyEnabled(boolean azurePolicyEnabled) {
            this.azurePolicyEnabled = azurePolicyEnabled;
            return self();
        }

        /** @see KubernetesClusterProps#networkPolicy() */
        public B networkPolicy(KubernetesNetworkPolicy networkPolicy) {
            this.networkPolicy = networkPolicy;
            return self();
        }

        /** @see KubernetesClusterProps#podCidr() */
        public B podCidr(Cidr podCidr) {
            this.podCidr = podCidr;
            return self();
        }

        /** @see KubernetesClusterProps#serviceCidr() */
        public B serviceCidr(Cidr serviceCidr) {
            this.serviceCidr = serviceCidr;
            return self();
        }

        /** @see KubernetesClusterProps#outboundType() */
        public B outboundType(AksOutboundType outboundType) {
            this.outboundType = outboundType;
            return self();
        }

        /** @see KubernetesClusterProps#automaticUpgradeChannel() */
        public B automaticUpgradeChannel(AksUpgradeChannel automaticUpgradeChannel) {
            this.automaticUpgradeChannel = automaticUpgradeChannel;
            return self();
        }

        /** @see KubernetesClusterProps#nodeOsUpgradeChannel() */
        public B nodeOsUpgradeChannel(NodeOsUpgradeChannel nodeOsUpgradeChannel) {
            this.nodeOsUpgradeChannel = nodeOsUpgradeChannel;
            return self();
        }

        /** @see KubernetesClusterProps#upgradeWindow() */
        public B upgradeWindow(KubernetesMaintenanceWindow upgradeWindow) {
            this.upgradeWindow = upgradeWindow;
            return self();
        }

        /** @see KubernetesClusterProps#nodeOsUpgradeWindow() */
        public B nodeOsUpgradeWindow(KubernetesMaintenanceWindow nodeOsUpgradeWindow) {
            this.nodeOsUpgradeWindow = nodeOsUpgradeWindow;
            return self();
        }

        /** @see KubernetesClusterProps#systemPoolName() */
        public B systemPoolName(String systemPoolName) {
            this.systemPoolName = systemPoolName;
            return self();
        }

        /** @see KubernetesClusterProps#systemPoolVmSize() */
        public B systemPoolVmSize(String systemPoolVmSize) {
            this.systemPoolVmSize = systemPoolVmSize;
            return self();
        }

        /** @see KubernetesClusterProps#systemPoolMinCount() */
        public B systemPoolMinCount(int systemPoolMinCount) {
            this.systemPoolMinCount = systemPoolMinCount;
            return self();
        }

        /** @see KubernetesClusterProps#systemPoolMaxCount() */
        public B systemPoolMaxCount(int systemPoolMaxCount) {
            this.systemPoolMaxCount = systemPoolMaxCount;
            return self();
        }

        /** @see KubernetesClusterProps#systemPoolMaxPods() */
        public B systemPoolMaxPods(Integer systemPoolMaxPods) {
            this.systemPoolMaxPods = systemPoolMaxPods;
            return self();
        }

        /** @see KubernetesClusterProps#zones() */
        public B zones(List<String> zones) {
            this.zones = zones;
            return self();
        }

        /** @see KubernetesClusterProps#ephemeralOsDisk() */
        public B ephemeralOsDisk(Boolean ephemeralOsDisk) {
            this.ephemeralOsDisk = ephemeralOsDisk;
            return self();
        }

        /** @see KubernetesClusterProps#osDiskSizeGb() */
        public B osDiskSizeGb(int osDiskSizeGb) {
            this.osDiskSizeGb = osDiskSizeGb;
            return self();
        }

        /** @see KubernetesClusterProps#hostEncryptionEnabled() */
        public B hostEncryptionEnabled(boolean hostEncryptionEnabled) {
            this.hostEncryptionEnabled = hostEncryptionEnabled;
            return self();
        }

        /** @see KubernetesClusterProps#imageCleanerIntervalHours() */
        public B imageCleanerIntervalHours(int imageCleanerIntervalHours) {
            this.imageCleanerIntervalHours = imageCleanerIntervalHours;
            return self();
        }

        /** @see KubernetesClusterProps#nodeResourceGroupName() */
        public B nodeResourceGroupName(String nodeResourceGroupName) {
            this.nodeResourceGroupName = nodeResourceGroupName;
            return self();
        }

        /** @see KubernetesClusterProps#diskEncryptionKey() */
        public B diskEncryptionKey(com.sysgenpro.landingzone.platform.KeyVaultKey diskEncryptionKey) {
            this.diskEncryptionKey = diskEncryptionKey;
            return self();
        }

        /** @see KubernetesClusterProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }

        /** @see KubernetesClusterProps#privateDnsZoneProvider() */
        public B privateDnsZoneProvider(TerraformProvider privateDnsZoneProvider) {
            this.privateDnsZoneProvider = privateDnsZoneProvider;
            return self();
        }

        /** @see KubernetesClusterProps#virtualNetworkId() */
        public B virtualNetworkId(String virtualNetworkId) {
            this.virtualNetworkId = virtualNetworkId;
            return self();
        }

        /** @see KubernetesClusterProps#routeTableId() */
        public B routeTableId(String routeTableId) {
            this.routeTableId = routeTableId;
            return self();
        }

        KubernetesClusterProps toProps() {
            return new KubernetesClusterProps(this);
        }
    }
}
