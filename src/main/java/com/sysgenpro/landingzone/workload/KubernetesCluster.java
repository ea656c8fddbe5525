package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterApiServerAccessProfile;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterAzureActiveDirectoryRoleBasedAccessControl;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterDefaultNodePool;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterIdentity;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterKeyVaultSecretsProvider;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterMaintenanceWindowAutoUpgrade;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterMaintenanceWindowNodeOs;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterNetworkProfile;
import io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesClusterOmsAgent;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRule;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRuleDataFlow;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRuleDataSources;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRuleDataSourcesExtension;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRuleDestinations;
import io.cdktn.providers.azurerm.monitor_data_collection_rule.MonitorDataCollectionRuleDestinationsLogAnalytics;
import io.cdktn.providers.azurerm.monitor_data_collection_rule_association.MonitorDataCollectionRuleAssociation;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity;
import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.cdktn.TerraformProvider;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * An AKS cluster ({@code azurerm_kubernetes_cluster}) built the way the landing zone's governance expects, with its
 * system node pool, Container insights and diagnostic settings.
 *
 * <p>Secure and production-grade by default; every default below is a prop that lower environments loosen explicitly:
 * <ul>
 *   <li>private API server, Entra ID sign-in with Azure RBAC, local accounts disabled;</li>
 *   <li>Azure CNI Overlay with Cilium network policy, system-assigned identity, workload identity with the OIDC issuer,
 *       Key Vault secrets provider (CSI driver) with rotation every two minutes, Azure Policy add-on, image cleaner;</li>
 *   <li>a system pool that runs only critical add-ons ({@code CriticalAddonsOnly} taint), autoscales between explicit
 *       bounds across zones 1–3 on {@value KubernetesClusterProps#DEFAULT_VM_SIZE} with an ephemeral OS disk,
 *       encrypted at host (the subscription needs the feature {@code Microsoft.Compute/EncryptionAtHost});</li>
 *   <li>Standard tier (uptime SLA), patch upgrades and weekly node images, each in a Sunday-night window;</li>
 *   <li>Container insights with managed identity authentication (the add-on, its data collection rule and the rule's
 *       association) and a diagnostic setting (all logs and metrics) to the workspace. All logs include the API server
 *       audit log, the bulk of the volume.</li>
 * </ul>
 *
 * <p>Before the cluster can be created, its identity needs Network Contributor on the node subnet; that assignment
 * belongs to whoever owns the network. With {@link KubernetesClusterProps#privateDnsZone()} (a custom zone for the API
 * server, e.g. a central one that runners in a hub resolve) the cluster instead gets a user-assigned control-plane
 * identity ({@code ControlPlaneIdentity}) that is granted what AKS needs (Private DNS Zone Contributor on the zone,
 * Network Contributor on the network and its route table) before the cluster is created. Application workloads run on
 * {@link KubernetesNodePool}s.
 */
public final class KubernetesCluster extends Construct {

    private static final List<Cidr> RESERVED_RANGES = List.of(
        Cidr.parse("169.254.0.0/16"), Cidr.parse("172.30.0.0/16"), Cidr.parse("172.31.0.0/16"), Cidr.parse("192.0.2.0/24"));
    private static final Pattern DNS_PREFIX = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9]{0,52}[A-Za-z0-9])?");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?");
    private static final String CONTAINER_INSIGHTS_STREAM = "Microsoft-ContainerInsights-Group-Default";
    private static final String SECRET_ROTATION_INTERVAL = "2m";
    private static final int DATA_COLLECTION_RULE_NAME_LENGTH = 64;
    /** A private cluster's custom zone: {@code privatelink.<region>.azmk8s.io} or a subzone of it (private-clusters#configure-a-private-dns-zone). */
    private static final String ZONE_ID = "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Network/privateDnsZones/"
        + "([a-z0-9][-a-z0-9]{0,31}\\.)?privatelink\\.%s\\.azmk8s\\.io";

    private final io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesCluster resource;
    private final String name;
    private final SubnetReference nodeSubnet;
    private final boolean production;
    private final Tags tags;
    private final boolean privateCluster;
    /** Pool names and temporary rotation names taken in this cluster, with the construct path that took each. */
    private final Map<String, String> poolNames = new HashMap<>();
    private final boolean diskEncryptionSet;
    /** The user-assigned control-plane identity, with a custom private DNS zone; null for a system-assigned one. */
    private final UserAssignedIdentity controlPlaneIdentity;

    /** Creates the cluster; prefer {@link Builder#create(Construct, String)}. */
    public KubernetesCluster(Construct scope, String id, KubernetesClusterProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.KUBERNETES_CLUSTER);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.nodeSubnet = Checks.required(path, "nodeSubnet", props.nodeSubnet());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        this.production = props.production();
        this.tags = props.tags() != null ? props.tags() : resourceGroup.tags();

        String dnsPrefix = dnsPrefix(path, props.dnsPrefix(), name);
        AksUpgradeChannel upgradeChannel = Checks.required(path, "automaticUpgradeChannel", props.automaticUpgradeChannel());
        NodeOsUpgradeChannel nodeOsChannel = Checks.required(path, "nodeOsUpgradeChannel", props.nodeOsUpgradeChannel());
        if (upgradeChannel == AksUpgradeChannel.NODE_IMAGE && nodeOsChannel != NodeOsUpgradeChannel.NODE_IMAGE) {
            throw Checks.invalid(path, "nodeOsUpgradeChannel", nodeOsChannel.terraformValue(),
                "NodeImage while automaticUpgradeChannel is node-image (AKS requires it)");
        }
        String version = kubernetesVersion(path, props.kubernetesVersion(), upgradeChannel);
        String tenantId = Checks.guidOrNull(path, "tenantId", props.tenantId(), "an Entra ID tenant id");
        List<String> adminGroups = adminGroups(path, props);
        AksSkuTier skuTier = Checks.required(path, "skuTier", props.skuTier());
        if (production && skuTier == AksSkuTier.FREE) {
            throw Checks.invalid(path, "skuTier", skuTier.terraformValue(), "Standard or Premium in production (Free has no uptime SLA);"
                + " set production(false) for a lower environment");
        }
        List<String> authorizedRanges = authorizedRanges(path, props);
        KubernetesNetworkPolicy networkPolicy = Checks.required(path, "networkPolicy", props.networkPolicy());
        Cidr podCidr = Checks.required(path, "podCidr", props.podCidr());
        Cidr serviceCidr = Checks.required(path, "serviceCidr", props.serviceCidr());
        checkRanges(path, podCidr, serviceCidr);
        AksOutboundType outboundType = Checks.required(path, "outboundType", props.outboundType());

        String poolName = Checks.azureName(path, "systemPoolName", props.systemPoolName(), AzureNameRule.KUBERNETES_NODE_POOL);
        String vmSize = NodePools.vmSize(path, "systemPoolVmSize", props.systemPoolVmSize());
        NodePools.autoscale(path, "systemPoolMinCount", "systemPoolMaxCount", props.systemPoolMinCount(), props.systemPoolMaxCount(), 1);
        Integer maxPods = NodePools.maxPods(path, "systemPoolMaxPods", props.systemPoolMaxPods());
        List<String> zones = NodePools.zones(path, "zones", props.zones(), production);
        boolean ephemeral = NodePools.ephemeral(path, vmSize, props.ephemeralOsDisk(), props.osDiskSizeGb());
        int imageCleanerHours = Checks.inRange(path, "imageCleanerIntervalHours", props.imageCleanerIntervalHours(), 24, 2160);
        String nodeResourceGroup = props.nodeResourceGroupName() == null ? null
            : Checks.azureName(path, "nodeResourceGroupName", props.nodeResourceGroupName(), AzureNameRule.RESOURCE_GROUP);
        String privateDnsZoneId = privateDnsZoneId(path, props, resourceGroup);

        String temporaryName = KubernetesNodePool.temporaryNameForRotation(poolName);
        claimPoolNames(path, "systemPoolName", poolName, temporaryName);

        var pool = KubernetesClusterDefaultNodePool.builder()
            .name(poolName)
            // Changing the size, zones, disks or host encryption of the system pool cycles it through a temporary pool of
            // this name; without one azurerm 4.x refuses such changes.
            .temporaryNameForRotation(temporaryName)
            .hostEncryptionEnabled(props.hostEncryptionEnabled())
            .vmSize(vmSize)
            .vnetSubnetId(nodeSubnet.id())
            .onlyCriticalAddonsEnabled(true)
            .autoScalingEnabled(true)
            .minCount(props.systemPoolMinCount())
            .maxCount(props.systemPoolMaxCount())
            .osDiskType(ephemeral ? "Ephemeral" : "Managed")
            .osDiskSizeGb(props.osDiskSizeGb())
            .tags(tags.asMap());
        if (!zones.isEmpty()) {
            pool.zones(zones);
        }
        if (maxPods != null) {
            pool.maxPods(maxPods);
        }

        var network = KubernetesClusterNetworkProfile.builder()
            .networkPlugin("azure")
            .networkPluginMode("overlay")
            .networkDataPlane(networkPolicy.dataPlane())
            .networkPolicy(networkPolicy.networkPolicy())
            .podCidr(podCidr.toString())
            .serviceCidr(serviceCidr.toString())
            .dnsServiceIp(address(serviceCidr.subnet(32, 10)))
            .loadBalancerSku("standard")
            .outboundType(outboundType.terraformValue())
            .build();

        var rbac = KubernetesClusterAzureActiveDirectoryRoleBasedAccessControl.builder()
            .azureRbacEnabled(true)
            .adminGroupObjectIds(adminGroups);
        if (tenantId != null) {
            rbac.tenantId(tenantId);
        }

        var builder = io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesCluster.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .dnsPrefix(dnsPrefix)
            .skuTier(skuTier.terraformValue())
            .defaultNodePool(pool.build())
            .networkProfile(network)
            .privateClusterEnabled(props.privateCluster())
            .azureActiveDirectoryRoleBasedAccessControl(rbac.build())
            .localAccountDisabled(props.localAccountsDisabled())
            .oidcIssuerEnabled(true)
            .workloadIdentityEnabled(true)
            .keyVaultSecretsProvider(KubernetesClusterKeyVaultSecretsProvider.builder()
                .secretRotationEnabled(true).secretRotationInterval(SECRET_ROTATION_INTERVAL).build())
            .azurePolicyEnabled(props.azurePolicyEnabled())
            .omsAgent(KubernetesClusterOmsAgent.builder().logAnalyticsWorkspaceId(workspace.id()).msiAuthForMonitoringEnabled(true).build())
            .nodeOsUpgradeChannel(nodeOsChannel.terraformValue())
            .imageCleanerEnabled(true)
            .imageCleanerIntervalHours(imageCleanerHours)
            .tags(tags.asMap());
        if (version != null) {
            builder.kubernetesVersion(version);
        }
        if (!authorizedRanges.isEmpty()) {
            builder.apiServerAccessProfile(KubernetesClusterApiServerAccessProfile.builder().authorizedIpRanges(authorizedRanges).build());
        }
        if (upgradeChannel != AksUpgradeChannel.NONE) {
            KubernetesMaintenanceWindow window = Checks.required(path, "upgradeWindow", props.upgradeWindow());
            builder.automaticUpgradeChannel(upgradeChannel.terraformValue())
                .maintenanceWindowAutoUpgrade(KubernetesClusterMaintenanceWindowAutoUpgrade.builder()
                    .frequency("Weekly").interval(1).dayOfWeek(window.azureDay()).startTime(window.azureStartTime())
                    .duration(window.durationHours()).utcOffset(window.utcOffset()).build());
        }
        if (nodeOsChannel.scheduled()) {
            KubernetesMaintenanceWindow window = Checks.required(path, "nodeOsUpgradeWindow", props.nodeOsUpgradeWindow());
            builder.maintenanceWindowNodeOs(KubernetesClusterMaintenanceWindowNodeOs.builder()
                .frequency("Weekly").interval(1).dayOfWeek(window.azureDay()).startTime(window.azureStartTime())
                .duration(window.durationHours()).utcOffset(window.utcOffset()).build());
        }
        if (nodeResourceGroup != null) {
            builder.nodeResourceGroup(nodeResourceGroup);
        }
        // What Azure checks when it creates the cluster: the cluster is created after these.
        List<ITerraformDependable> createdAfter = new ArrayList<>();
        if (privateDnsZoneId != null) {
            this.controlPlaneIdentity = controlPlaneIdentity(path, props, resourceGroup, privateDnsZoneId, createdAfter);
            builder.identity(KubernetesClusterIdentity.builder().type("UserAssigned")
                    .identityIds(List.of(controlPlaneIdentity.getId())).build())
                .privateDnsZoneId(privateDnsZoneId);
        } else {
            this.controlPlaneIdentity = null;
            builder.identity(KubernetesClusterIdentity.builder().type("SystemAssigned").build());
        }
        io.cdktn.providers.azurerm.disk_encryption_set.DiskEncryptionSet diskEncryption =
            props.diskEncryptionKey() == null ? null : diskEncryption(path, props.diskEncryptionKey(), resourceGroup, builder, createdAfter);
        if (!createdAfter.isEmpty()) {
            builder.dependsOn(createdAfter);
        }
        this.resource = builder.build();
        this.privateCluster = props.privateCluster();
        this.diskEncryptionSet = diskEncryption != null;
        if (diskEncryption != null) {
            // Persistent volumes encrypted with the set are attached by the cluster's identity, which must read it.
            RoleAssignment.Builder.create(this, "DiskEncryptionSetReader")
                .scope(diskEncryption.getId())
                .roleDefinitionName(BuiltInRole.READER.displayName())
                .principalId(controlPlanePrincipalId())
                .principalType("ServicePrincipal")
                .description("Lets " + name + " attach disks encrypted with its disk encryption set")
                .build();
        }

        containerInsights(resourceGroup, workspace.id());
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);
    }

    /**
     * The disk encryption set the cluster's OS disks are encrypted with: its own identity, with access to the key
     * before the cluster is created (AKS encrypts the first nodes' disks then), and the key's version at creation.
     */
    private io.cdktn.providers.azurerm.disk_encryption_set.DiskEncryptionSet diskEncryption(String path,
            com.sysgenpro.landingzone.platform.KeyVaultKey key, ResourceGroup resourceGroup,
            io.cdktn.providers.azurerm.kubernetes_cluster.KubernetesCluster.Builder builder, List<ITerraformDependable> createdAfter) {
        if (!key.region().equals(resourceGroup.region())) {
            throw Checks.invalid(path, "diskEncryptionKey", key.declaredName() + " in " + key.region(), "a key in a vault in "
                + resourceGroup.region() + ", the cluster's region (a disk encryption set uses keys of its own region)");
        }
        var set = io.cdktn.providers.azurerm.disk_encryption_set.DiskEncryptionSet.Builder.create(this, "DiskEncryptionSet")
            .name("des-" + name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            // A versioned key and no automatic rotation: with auto_key_rotation_enabled azurerm resolves the key through the
            // vault's data plane, which the vault's firewall refuses to a runner outside the network. Rotating the disks'
            // key is an explicit change (az disk-encryption-set update --key-url, or a new key version here).
            .keyVaultKeyId(key.versionedId())
            .autoKeyRotationEnabled(false)
            .identity(io.cdktn.providers.azurerm.disk_encryption_set.DiskEncryptionSetIdentity.builder()
                .type("SystemAssigned").build())
            .tags(tags.asMap())
            .build();
        var access = key.grantEncryptionUser(this, "DiskEncryptionKeyAccess", set.getIdentity().getPrincipalId(),
            "Encrypt the OS disks of " + name + " with " + key.declaredName());
        builder.diskEncryptionSetId(set.getId());
        createdAfter.add(access);
        return set;
    }

    /**
     * The custom private DNS zone of a private cluster's API server, checked: only for a private cluster, with the
     * network the control-plane identity is granted on, and (when known at synthesis) a zone AKS accepts for the
     * cluster's region. Null for the AKS-managed zone.
     */
    private static String privateDnsZoneId(String path, KubernetesClusterProps props, ResourceGroup resourceGroup) {
        if (props.privateDnsZone() == null) {
            return null;
        }
        String zone = props.privateDnsZone().id();
        if (!props.privateCluster()) {
            throw Checks.invalid(path, "privateDnsZone", zone, "none for a public cluster; a private DNS zone holds a private"
                + " cluster's API server record (set privateCluster(true), or leave the zone out)");
        }
        String region = resourceGroup.region().name();
        if (!Checks.isReference(zone) && !zone.matches(String.format(ZONE_ID, region))) {
            throw Checks.invalid(path, "privateDnsZone", zone, "the resource id of a private DNS zone privatelink." + region
                + ".azmk8s.io (or <subzone>.privatelink." + region + ".azmk8s.io), the cluster's region; leave it out for the"
                + " zone AKS manages itself");
        }
        Checks.required(path, "virtualNetworkId", props.virtualNetworkId());
        return zone;
    }

    /**
     * The user-assigned control-plane identity a cluster with a custom private DNS zone needs, and what AKS checks it
     * holds when it creates the cluster (private-clusters: "a user-assigned identity ... with the Private DNS Zone
     * Contributor and Network Contributor roles"): the zone, on whose subscription's provider; the network, where AKS
     * joins the node subnet and links the zone; the node subnet's route table. Each assignment is added to
     * {@code createdAfter}.
     */
    private UserAssignedIdentity controlPlaneIdentity(String path, KubernetesClusterProps props, ResourceGroup resourceGroup,
                                                      String zoneId, List<ITerraformDependable> createdAfter) {
        String identityName = Checks.azureName(path, "name", "id-" + name, AzureNameRule.MANAGED_IDENTITY);
        UserAssignedIdentity identity = UserAssignedIdentity.Builder.create(this, "ControlPlaneIdentity")
            .name(identityName)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .tags(tags.asMap())
            .build();
        createdAfter.add(grant("ControlPlaneDnsZoneContributor", zoneId, BuiltInRole.PRIVATE_DNS_ZONE_CONTRIBUTOR,
            identity, props.privateDnsZoneProvider(), "Lets " + name + " write its API server's record in its private DNS zone"
                + " and link the zone to its network"));
        createdAfter.add(grant("ControlPlaneNetworkContributor", props.virtualNetworkId(), BuiltInRole.NETWORK_CONTRIBUTOR,
            identity, null, "Lets " + name + " join its node subnet, place internal load balancers and link its network to its"
                + " private DNS zone"));
        if (props.routeTableId() != null) {
            createdAfter.add(grant("ControlPlaneRouteTableContributor", props.routeTableId(), BuiltInRole.NETWORK_CONTRIBUTOR,
                identity, null, "Lets " + name + " read the route table of its node subnet"));
        }
        return identity;
    }

    private RoleAssignment grant(String id, String scope, BuiltInRole role, UserAssignedIdentity identity, TerraformProvider provider,
                                 String description) {
        var assignment = RoleAssignment.Builder.create(this, id)
            .scope(scope)
            .roleDefinitionName(role.displayName())
            .principalId(identity.getPrincipalId())
            // Created in the same run: Entra ID may not have replicated the new service principal yet.
            .principalType("ServicePrincipal")
            .skipServicePrincipalAadCheck(true)
            .description(description);
        if (provider != null) {
            assignment.provider(provider);
        }
        return assignment.build();
    }

    /**
     * The data collection rule Container insights needs when the monitoring add-on authenticates with its managed
     * identity (the CLI and portal create it; Terraform must), and its association with the cluster.
     */
    private void containerInsights(ResourceGroup resourceGroup, String workspaceId) {
        String destination = "ciworkspace";
        String ruleName = "MSCI-" + resourceGroup.region().name() + "-" + name;
        var rule = MonitorDataCollectionRule.Builder.create(this, "ContainerInsights")
            .name(ruleName.substring(0, Math.min(ruleName.length(), DATA_COLLECTION_RULE_NAME_LENGTH)))
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .kind("Linux")
            .description("Container insights for the AKS cluster " + name)
            .destinations(MonitorDataCollectionRuleDestinations.builder()
                .logAnalytics(List.of(MonitorDataCollectionRuleDestinationsLogAnalytics.builder()
                    .name(destination).workspaceResourceId(workspaceId).build()))
                .build())
            .dataFlow(List.of(MonitorDataCollectionRuleDataFlow.builder()
                .streams(List.of(CONTAINER_INSIGHTS_STREAM)).destinations(List.of(destination)).build()))
            .dataSources(MonitorDataCollectionRuleDataSources.builder()
                .extension(List.of(MonitorDataCollectionRuleDataSourcesExtension.builder()
                    .name("ContainerInsightsExtension")
                    .extensionName("ContainerInsights")
                    .streams(List.of(CONTAINER_INSIGHTS_STREAM))
                    .extensionJson("{\"dataCollectionSettings\":{\"enableContainerLogV2\":true,\"interval\":\"1m\","
                        + "\"namespaceFilteringMode\":\"Off\"}}")
                    .build()))
                .build())
            .tags(tags.asMap())
            .build();
        MonitorDataCollectionRuleAssociation.Builder.create(this, "ContainerInsightsAssociation")
            .name("ContainerInsightsExtension")
            .targetResourceId(resource.getId())
            .dataCollectionRuleId(rule.getId())
            .description("Associates the Container insights data collection rule with the cluster")
            .build();
    }

    private static String dnsPrefix(String path, String declared, String name) {
        if (declared == null) {
            String derived = name.toLowerCase(Locale.ROOT).replace('_', '-');
            derived = derived.substring(0, Math.min(derived.length(), 54)).replaceAll("-+$", "");
            return derived;
        }
        if (!DNS_PREFIX.matcher(declared).matches()) {
            throw Checks.invalid(path, "dnsPrefix", declared, "1 to 54 letters, digits and hyphens, starting and ending alphanumeric");
        }
        return declared;
    }

    private static String kubernetesVersion(String path, String version, AksUpgradeChannel upgradeChannel) {
        if (version == null) {
            return null;
        }
        if (!VERSION.matcher(version).matches()) {
            throw Checks.invalid(path, "kubernetesVersion", version, "a Kubernetes version such as 1.31, or null for AKS's default");
        }
        if (version.chars().filter(c -> c == '.').count() == 2 && upgradeChannel != AksUpgradeChannel.NONE) {
            throw Checks.invalid(path, "kubernetesVersion", version, "a minor version such as "
                + version.substring(0, version.lastIndexOf('.')) + " while automaticUpgradeChannel is " + upgradeChannel.terraformValue()
                + " (AKS moves the patch forward and Terraform would try to move it back)");
        }
        return version;
    }

    private static List<String> adminGroups(String path, KubernetesClusterProps props) {
        List<String> groups = Checks.required(path, "adminGroupObjectIds", props.adminGroupObjectIds());
        Set<String> seen = new HashSet<>();
        for (String group : groups) {
            if (group == null || !Checks.isGuid(group)) {
                Checks.guidOrNull(path, "adminGroupObjectIds", String.valueOf(group), "an Entra ID group object id");
            }
            if (!seen.add(group.toLowerCase(Locale.ROOT))) {
                throw Checks.invalid(path, "adminGroupObjectIds", group, "each group once");
            }
        }
        if (groups.isEmpty() && props.localAccountsDisabled()) {
            throw Checks.missing(path, "adminGroupObjectIds", "with local accounts disabled, at least one Entra ID group"
                + " (object id) must hold cluster admin, or nobody can recover the cluster");
        }
        return groups;
    }

    private static List<String> authorizedRanges(String path, KubernetesClusterProps props) {
        List<String> ranges = Checks.required(path, "authorizedIpRanges", props.authorizedIpRanges());
        if (props.privateCluster()) {
            if (!ranges.isEmpty()) {
                throw Checks.invalid(path, "authorizedIpRanges", ranges.toString(), "none for a private cluster, whose API server"
                    + " has no public endpoint; set privateCluster(false) to expose it to these ranges");
            }
            return ranges;
        }
        if (ranges.isEmpty()) {
            throw Checks.missing(path, "authorizedIpRanges", "privateCluster(false) exposes the API server publicly;"
                + " list the CIDR ranges allowed to reach it, e.g. [\"198.51.100.0/24\"] for the operators' egress");
        }
        for (String range : ranges) {
            Cidr cidr;
            try {
                cidr = Cidr.parse(range);
            } catch (IllegalArgumentException e) {
                throw Checks.invalid(path, "authorizedIpRanges", range, "IPv4 ranges in CIDR notation, e.g. 198.51.100.0/24");
            }
            if (cidr.prefixLength() == 0) {
                throw Checks.invalid(path, "authorizedIpRanges", range, "specific ranges; 0.0.0.0/0 would let the whole internet reach the API server");
            }
        }
        return ranges;
    }

    private static void checkRanges(String path, Cidr pods, Cidr services) {
        if (pods.prefixLength() > 24) {
            throw Checks.invalid(path, "podCidr", pods.toString(), "a /24 or larger; each node takes a /24 of it");
        }
        if (services.prefixLength() < 12 || services.prefixLength() > 28) {
            throw Checks.invalid(path, "serviceCidr", services.toString(), "a range from /12 to /28");
        }
        if (pods.overlaps(services)) {
            throw Checks.invalid(path, "serviceCidr", services.toString(), "a range that does not overlap podCidr " + pods);
        }
        for (Cidr reserved : RESERVED_RANGES) {
            if (pods.overlaps(reserved)) {
                throw Checks.invalid(path, "podCidr", pods.toString(), "a range outside " + reserved + ", which AKS reserves");
            }
            if (services.overlaps(reserved)) {
                throw Checks.invalid(path, "serviceCidr", services.toString(), "a range outside " + reserved + ", which AKS reserves");
            }
        }
    }

    private static String address(Cidr host) {
        String text = host.toString();
        return text.substring(0, text.indexOf('/'));
    }

    /**
     * The object id of the control-plane identity (a Terraform reference): the user-assigned one with a custom private
     * DNS zone, else the cluster's system-assigned one.
     */
    public String controlPlanePrincipalId() {
        return controlPlaneIdentity != null ? controlPlaneIdentity.getPrincipalId() : resource.getIdentity().getPrincipalId();
    }

    /** Whether the API server registers in a custom private DNS zone ({@link KubernetesClusterProps#privateDnsZone()}). */
    public boolean customPrivateDnsZone() {
        return controlPlaneIdentity != null;
    }

    /** The cluster name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The cluster's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /**
     * The object id of the kubelet identity, which pulls images (a Terraform reference): grant it AcrPull on the
     * registry, e.g. with {@link ContainerRegistry#grantPull(KubernetesCluster)}.
     */
    public String kubeletIdentityObjectId() {
        return resource.getKubeletIdentity().getObjectId();
    }

    /**
     * The API server's URL (a Terraform reference): its private FQDN for a private cluster, which resolves only inside
     * the cluster's network and the networks linked to its private DNS zone, else its public FQDN.
     */
    public String apiServerUrl() {
        return "https://" + (privateCluster ? resource.getPrivateFqdn() : resource.getFqdn());
    }

    /**
     * The cluster's CA certificate, base64-encoded PEM (a Terraform reference). Public information, but azurerm marks it
     * sensitive, so stacks that read it through an output keep it sensitive.
     */
    public String clusterCaCertificate() {
        return resource.getKubeConfig().get(0).getClusterCaCertificate();
    }

    /** The OIDC issuer URL (a Terraform reference) that federated credentials of workload identities trust. */
    public String oidcIssuerUrl() {
        return resource.getOidcIssuerUrl();
    }

    /** The name of the resource group AKS manages for the nodes (a Terraform reference), where its node pools' VMs are billed. */
    public String nodeResourceGroupName() {
        return resource.getNodeResourceGroup();
    }

    /** The id of the resource group AKS manages for the nodes (a Terraform reference), e.g. to scope a policy exemption. */
    public String nodeResourceGroupId() {
        return resource.getNodeResourceGroupId();
    }

    /**
     * Takes a pool's name and temporary rotation name in this cluster, failing when another pool already has either:
     * AKS needs pool names unique per cluster, and two pools rotating at once (one apply changes them all) must not
     * share a temporary pool.
     */
    void claimPoolNames(String path, String prop, String poolName, String temporaryName) {
        for (String taken : List.of(poolName, temporaryName)) {
            String owner = poolNames.get(taken);
            if (owner != null) {
                throw Checks.invalid(path, prop, poolName, "a pool name whose name and temporary rotation name ('" + temporaryName
                    + "') differ from the names of the cluster's other pools; " + owner + " already has '" + taken + "'");
            }
        }
        poolNames.put(poolName, path);
        poolNames.put(temporaryName, path);
    }

    /** The subnet of the system pool's nodes, the default subnet of user pools. */
    public SubnetReference nodeSubnet() {
        return nodeSubnet;
    }

    /** Whether the cluster runs production; user pools then must span zones too. */
    public boolean production() {
        return production;
    }

    /** Whether the nodes' OS disks are encrypted with a customer-managed key (a disk encryption set). */
    public boolean customerManagedDiskKey() {
        return diskEncryptionSet;
    }

    /** The cluster's tags, the default tags of its user pools. */
    public Tags tags() {
        return tags;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends KubernetesClusterProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a cluster with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public KubernetesCluster build() {
            return new KubernetesCluster(scope, id, toProps());
        }
    }
}
