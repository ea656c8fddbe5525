package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.container_registry.ContainerRegistryGeoreplications;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.PrivateEndpoint;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * A container registry ({@code azurerm_container_registry}) for the estate's Odoo images, reached through a private
 * endpoint, with its diagnostic settings and AcrPull grants.
 *
 * <p>Premium, the only tier with private endpoints, zone redundancy and retention; admin user (a shared password)
 * and anonymous pull off, so every pull is an Entra ID identity with AcrPull; public network access and image export
 * off; untagged manifests purged after {@value ContainerRegistryProps#DEFAULT_UNTAGGED_RETENTION_DAYS} days; trusted
 * Azure services (e.g. Defender's image scanning) may bypass the network rules.
 *
 * <p>Geo-replicas ({@link ContainerRegistryProps#replicas()}) take part in the login server's routing, so that an image
 * reference {@code <name>.azurecr.io/...} is served from a replica while the registry's own region is down; one private
 * endpoint serves every replica (Azure gives it a data endpoint address per replica region), and a network in a
 * replica's region reaches it through an endpoint of its own ({@link #addPrivateEndpoint}).
 */
public final class ContainerRegistry extends Construct {

    /** The built-in role that lets a principal pull images, and nothing else. */
    public static final String ACR_PULL = "AcrPull";

    private static final Pattern GRANT_ID = Pattern.compile("[A-Za-z0-9][-A-Za-z0-9_]{0,62}");

    private final io.cdktn.providers.azurerm.container_registry.ContainerRegistry resource;
    private final String name;
    private final List<ContainerRegistryReplica> replicas;
    private final AzureRegion region;

    /** Creates the registry; prefer {@link Builder#create(Construct, String)}. */
    public ContainerRegistry(Construct scope, String id, ContainerRegistryProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.CONTAINER_REGISTRY);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        SubnetReference subnet = Checks.required(path, "privateEndpointSubnet", props.privateEndpointSubnet());
        PrivateDnsZoneReference dnsZone = Checks.required(path, "privateDnsZone", props.privateDnsZone());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Integer retention = props.untaggedRetentionDays();
        if (retention != null) {
            Checks.inRange(path, "untaggedRetentionDays", retention, 1, 365);
        }
        String endpointName = props.privateEndpointName() != null ? props.privateEndpointName()
            : "pe-" + name.toLowerCase(Locale.ROOT) + "-registry";
        Tags tags = props.tags() != null ? props.tags() : resourceGroup.tags();
        this.region = resourceGroup.region();
        this.replicas = replicas(path, resourceGroup, props.replicas());

        var builder = io.cdktn.providers.azurerm.container_registry.ContainerRegistry.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .sku("Premium")
            .adminEnabled(false)
            .anonymousPullEnabled(false)
            .publicNetworkAccessEnabled(props.publicNetworkAccessEnabled())
            // Export can be switched off only while public network access is: images then never leave the estate.
            .exportPolicyEnabled(props.publicNetworkAccessEnabled())
            .networkRuleBypassOption("AzureServices")
            .zoneRedundancyEnabled(props.zoneRedundancyEnabled())
            .tags(tags.asMap());
        if (retention != null) {
            builder.retentionPolicyInDays(retention);
        }
        if (!replicas.isEmpty()) {
            builder.georeplications(replicas.stream().map(replica -> ContainerRegistryGeoreplications.builder()
                .location(replica.region().name())
                .zoneRedundancyEnabled(replica.zoneRedundant())
                // azurerm sends false when this is left out, which takes the replica out of the login server's routing:
                // pulls by <name>.azurecr.io would then never reach it, not even while the home region is down.
                .regionalEndpointEnabled(true)
                // A replica is a resource of its own: the tag policy holds it to the same tags.
                .tags(tags.asMap())
                .build()).toList());
        }
        this.resource = builder.build();

        new PrivateEndpoint(this, "PrivateEndpoint", endpointName, resourceGroup, subnet, resource.getId(), "registry", dnsZone, tags);
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);
    }

    private static List<ContainerRegistryReplica> replicas(String path, ResourceGroup group, List<ContainerRegistryReplica> given) {
        List<ContainerRegistryReplica> replicas = new ArrayList<>();
        Set<String> regions = new HashSet<>();
        for (ContainerRegistryReplica replica : given) {
            if (replica == null || replica.region() == null) {
                throw Checks.invalid(path, "replicas", replica, "replicas with a region each");
            }
            String region = replica.region().name();
            if (region.equals(group.region().name())) {
                throw Checks.invalid(path, "replicas", region, "regions other than the registry's own, " + group.region()
                    + ", which holds the registry itself");
            }
            if (!regions.add(region)) {
                throw Checks.invalid(path, "replicas", region, "one replica per region");
            }
            if (replica.zoneRedundant() && !replica.region().availabilityZones()) {
                throw Checks.invalid(path, "replicas", region + " (zone-redundant)", "zone redundancy only in a region with"
                    + " availability zones; " + region + " has none");
            }
            replicas.add(replica);
        }
        return List.copyOf(replicas);
    }

    /**
     * Mirrors an upstream repository through the registry's artifact cache ({@code azurerm_container_registry_cache_rule}
     * {@code CacheRule-<name>}): a pull of {@code <login server>/<targetRepository>} fetches {@code sourceRepository} on first
     * request and serves the cached copy afterwards, so clusters pull only from the estate's registry, through its private
     * endpoint, and keep working while the upstream registry is down or rate-limits. Public images need no credentials.
     *
     * @param sourceRepository the upstream repository, e.g. {@code docker.io/library/traefik}
     * @param targetRepository the repository in this registry, e.g. {@code traefik}
     */
    public void cacheUpstream(String sourceRepository, String targetRepository) {
        String path = getNode().getPath();
        if (sourceRepository == null || !sourceRepository.matches("[a-z0-9.-]+\\.[a-z]+/[a-z0-9._/-]+")) {
            throw Checks.invalid(path, "sourceRepository", sourceRepository, "an upstream repository with its registry host, e.g."
                + " docker.io/library/traefik");
        }
        if (targetRepository == null || !targetRepository.matches("[a-z0-9][a-z0-9._/-]*")) {
            throw Checks.invalid(path, "targetRepository", targetRepository, "a repository path in the registry, e.g. traefik");
        }
        // Cache rule names: 5-50 letters, digits and hyphens.
        String name = ("cache-" + targetRepository.replaceAll("[^a-z0-9]+", "-"));
        name = name.length() > 50 ? name.substring(0, 50).replaceAll("-+$", "") : name;
        io.cdktn.providers.azurerm.container_registry_cache_rule.ContainerRegistryCacheRule.Builder.create(this, "CacheRule-" + name)
            .name(name)
            .containerRegistryId(resource.getId())
            .sourceRepo(sourceRepository)
            .targetRepo(targetRepository)
            .build();
    }

    /**
     * Adds a private endpoint to the registry in another network, e.g. the recovery region's, so that a cluster there
     * pulls from the registry's replica in that region: {@code pe-<registry name>-registry-<region code>} in
     * {@code resourceGroup}'s region, registered in that network's {@code privatelink.azurecr.io} zone.
     *
     * @param scope where the endpoint is created: this registry, or a construct of another stack (the endpoint then
     *     reaches the registry through a cross-stack reference)
     * @param id the endpoint's construct id under {@code scope}, a Terraform address
     */
    public PrivateEndpoint addPrivateEndpoint(Construct scope, String id, ResourceGroup resourceGroup, SubnetReference subnet,
                                              PrivateDnsZoneReference privateDnsZone) {
        String path = getNode().getPath();
        Checks.required(path, "scope", scope);
        ResourceGroup group = Checks.required(path, "resourceGroup", resourceGroup);
        String where = group.region().name();
        if (!where.equals(region.name()) && replicas.stream().noneMatch(replica -> replica.region().name().equals(where))) {
            throw Checks.invalid(path, "resourceGroup", where, "a region the registry or one of its replicas is in ("
                + region + (replicas.isEmpty() ? "" : ", " + String.join(", ", replicas.stream()
                    .map(replica -> replica.region().name()).toList())) + "): an endpoint elsewhere would reach the images across regions,"
                + " and not at all while the registry's region is down");
        }
        return new PrivateEndpoint(scope, id, "pe-" + name.toLowerCase(Locale.ROOT) + "-registry-" + group.region().code(), group,
            subnet, resource.getId(), "registry", Checks.required(path, "privateDnsZone", privateDnsZone), group.tags());
    }

    /**
     * Lets the cluster's kubelet identity pull images: an {@code AcrPull} role assignment on the registry, with construct
     * id {@code AcrPull-<cluster's construct id>}.
     */
    public void grantPull(KubernetesCluster cluster) {
        String path = getNode().getPath();
        Checks.required(path, "cluster", cluster);
        pull(cluster.getNode().getId(), cluster.kubeletIdentityObjectId(), true);
    }

    /**
     * Lets a principal pull images: an {@code AcrPull} role assignment on the registry.
     *
     * @param grantId a stable name for the grant, unique on this registry; the assignment's construct id is
     *     {@code AcrPull-<grantId>}, so renaming it replaces the assignment
     * @param principalObjectId the Entra ID object id of the principal, a GUID or a Terraform reference
     */
    public void grantPull(String grantId, String principalObjectId) {
        String path = getNode().getPath();
        if (grantId == null || !GRANT_ID.matcher(grantId).matches()) {
            throw Checks.invalid(path, "grantId", grantId, "1 to 63 letters, digits, - and _, starting alphanumeric");
        }
        Checks.required(path, "principalObjectId", principalObjectId);
        if (!Checks.isGuid(principalObjectId) && !Checks.isReference(principalObjectId)) {
            throw Checks.invalid(path, "principalObjectId", principalObjectId,
                "an Entra ID object id (a GUID, e.g. 00000000-0000-0000-0000-000000000000) or a Terraform reference to one");
        }
        pull(grantId, principalObjectId, false);
    }

    private void pull(String grantId, String principalId, boolean managedIdentity) {
        if (getNode().tryFindChild(ACR_PULL + "-" + grantId) != null) {
            throw Checks.invalid(getNode().getPath(), "grantId", grantId, "a grant not made on this registry yet; each principal is granted once");
        }
        var builder = RoleAssignment.Builder.create(this, ACR_PULL + "-" + grantId)
            .scope(resource.getId())
            .roleDefinitionName(ACR_PULL)
            .principalId(principalId)
            .description("Pull images from " + name + " (" + grantId + ")");
        if (managedIdentity) {
            // A kubelet identity is created with the cluster; Entra ID may not have replicated it yet.
            builder.principalType("ServicePrincipal").skipServicePrincipalAadCheck(true);
        }
        builder.build();
    }

    /** The registry name as declared. */
    public String declaredName() {
        return name;
    }

    /** The registry's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The regions of the registry's geo-replicas, in declared order. */
    public List<AzureRegion> replicaRegions() {
        return replicas.stream().map(ContainerRegistryReplica::region).toList();
    }

    /** The registry's login server, {@code <name>.azurecr.io} (a Terraform reference). */
    public String loginServer() {
        return resource.getLoginServer();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends ContainerRegistryProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a registry with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public ContainerRegistry build() {
            return new ContainerRegistry(scope, id, toProps());
        }
    }
}
