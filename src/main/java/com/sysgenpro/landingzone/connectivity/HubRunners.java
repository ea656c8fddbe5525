package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroup;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollection;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRuleProtocols;
import io.cdktn.providers.azurerm.route_table.RouteTable;
import io.cdktn.providers.azurerm.route_table.RouteTableRoute;
import io.cdktn.providers.azurerm.subnet_route_table_association.SubnetRouteTableAssociation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.constructs.Construct;

/**
 * The way out and the way in of self-hosted runners in a hub's {@link HubSubnet#RUNNERS} subnet, the one place from
 * which the estate's private clusters are reached:
 *
 * <ul>
 *   <li>a route table on the subnet ({@code rt-<hub>-runners}, BGP route propagation off, so that a gateway's routes
 *       learned later bypass nothing): the internet through the hub's own firewall, and the AKS node subnets of other
 *       regions' spokes through their region's firewall, since peering does not carry traffic from one hub to another
 *       hub's spokes. The hub's own spokes are reached straight through their peering (its route is more specific than
 *       the default route), and their answers come back the same way: their route tables send only 0.0.0.0/0 to the
 *       firewall, and a private endpoint answers along the peering;</li>
 *   <li>a rule collection group {@code runners} (priority {@value #PRIORITY}) on the hub's firewall, application rules
 *       from the subnet only: GitHub's hosts for self-hosted runners, Azure Resource Manager and Entra ID, Terraform's
 *       registry and releases, the npm and Maven registries, and Azure Storage (GitHub's job logs, artifacts and caches,
 *       and the Terraform state);</li>
 *   <li>on each other region's firewall a group {@code runners} with one application rule, from the subnet to that
 *       region's API servers ({@code *.privatelink.<region>.azmk8s.io}, HTTPS 443). Application rules always translate
 *       the source to the firewall's own address, so the API server's private endpoint answers the firewall, through
 *       the spoke's peering with its hub, rather than the runner, which it has no route to.</li>
 * </ul>
 *
 * <p>Names resolve through the hub's links to the estate's private DNS zones ({@link CentralPrivateDnsZones},
 * {@link ClusterPrivateDnsZones}). Construct ids ({@code routes}, {@code routes-association}, {@code rules},
 * {@code rules-<region code>}) are Terraform addresses.
 */
public final class HubRunners extends Construct {

    /** The priority of the {@code runners} rule collection groups: between the platform's and the environments' egress. */
    public static final int PRIORITY = 250;
    /** Azure names routes with 1 to 80 characters. */
    private static final int MAX_ROUTE_NAME_LENGTH = 80;

    /**
     * What a self-hosted runner needs of GitHub, per "Self-hosted runners reference", Communication
     * (docs.github.com/actions/reference/runners/self-hosted-runners): essential operations and OIDC tokens
     * ({@code *.actions.githubusercontent.com}, which holds {@code pkg.actions} and {@code results-receiver}),
     * downloading actions, runner version updates, and the container registry with its blob host.
     */
    public static final List<String> GITHUB_FQDNS = List.of("github.com", "api.github.com", "*.actions.githubusercontent.com",
        "codeload.github.com", "objects.githubusercontent.com", "objects-origin.githubusercontent.com",
        "github-releases.githubusercontent.com", "github-registry-files.githubusercontent.com", "ghcr.io",
        "pkg-containers.githubusercontent.com");
    /** Azure Resource Manager and Entra ID (OIDC sign-in, kubelogin's tokens for the API servers). */
    public static final List<String> AZURE_FQDNS = List.of("management.azure.com", "login.microsoftonline.com");
    /** Terraform's provider registry and HashiCorp's releases, where the registry sends provider and Terraform downloads. */
    public static final List<String> TERRAFORM_FQDNS = List.of("registry.terraform.io", "releases.hashicorp.com");
    /** The registries the build and cdktn's bindings come from. */
    public static final List<String> PACKAGE_FQDNS = List.of("registry.npmjs.org", "repo.maven.apache.org", "repo1.maven.org");
    /**
     * Azure Storage: GitHub keeps job logs, summaries, artifacts and caches there ("Needed for uploading/downloading job
     * summaries, logs, workflow artifacts, and caches"), and the Terraform state backend is a storage account. A
     * wildcard over every storage account: narrower names are not published.
     */
    public static final List<String> STORAGE_FQDNS = List.of("*.blob.core.windows.net");

    /**
     * Another region whose private clusters the runners reach through that region's firewall.
     *
     * @param region the region, which names its API servers' zone
     * @param firewall the region's hub firewall, the next hop of its spokes' node subnets
     * @param nodeRanges the AKS node subnets of its spokes with a cluster (where the API servers' private endpoints are),
     *     by a name of letters, digits and hyphens (the stack's) that names the route
     */
    public record RemoteClusters(AzureRegion region, HubFirewall firewall, Map<String, Cidr> nodeRanges) {

        /** Copies the ranges, keeping their order. */
        public RemoteClusters {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(firewall, "firewall");
            nodeRanges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(nodeRanges, "nodeRanges")));
        }
    }

    private final RouteTable routes;

    /**
     * Routes the hub's runner subnet and allows its traffic.
     *
     * @param hub the hub whose {@link HubSubnet#RUNNERS} subnet the runners are in
     * @param firewall the hub's own firewall: the subnet's way to the internet
     * @param remote other regions whose clusters the runners reach; may be empty
     */
    public HubRunners(Construct scope, String id, HubNetwork hub, HubFirewall firewall, List<RemoteClusters> remote, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "hub", hub);
        Checks.required(path, "firewall", firewall);
        Checks.required(path, "tags", tags);
        List<RemoteClusters> regions = List.copyOf(Checks.required(path, "remote", remote));
        String source = hub.subnetRange(HubSubnet.RUNNERS).toString();

        List<RouteTableRoute> table = new ArrayList<>();
        table.add(RouteTableRoute.builder()
            .name("internet-through-firewall")
            .addressPrefix("0.0.0.0/0")
            .nextHopType("VirtualAppliance")
            .nextHopInIpAddress(firewall.privateIpAddress())
            .build());
        Set<String> names = new HashSet<>();
        Set<AzureRegion> seen = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            RemoteClusters clusters = regions.get(i);
            String at = "remote[" + i + "]";
            if (clusters.region().equals(hub.region()) || !seen.add(clusters.region())) {
                throw Checks.invalid(path, at + ".region", clusters.region().name(), "each region once, other than the hub's "
                    + hub.region().name() + " (its spokes are reached through their peering)");
            }
            if (clusters.nodeRanges().isEmpty()) {
                throw Checks.missing(path, at + ".nodeRanges", "the node subnets of the region's clusters, e.g. {ecommerce-production: 10.66.0.0/21}");
            }
            clusters.nodeRanges().forEach((name, range) -> {
                String route = "aks-" + name;
                if (!EgressSource.validName(name) || route.length() > MAX_ROUTE_NAME_LENGTH || !names.add(route)) {
                    throw Checks.invalid(path, at + ".nodeRanges", name, "distinct names of letters, digits and hyphens, at most "
                        + EgressSource.MAX_NAME_LENGTH + " characters, e.g. ecommerce-production");
                }
                table.add(RouteTableRoute.builder()
                    .name(route)
                    .addressPrefix(Checks.required(path, at + ".nodeRanges." + name, range).toString())
                    .nextHopType("VirtualAppliance")
                    .nextHopInIpAddress(clusters.firewall().privateIpAddress())
                    .build());
            });
        }
        // BGP propagation off: a gateway's routes learned later must not bypass the firewall.
        this.routes = RouteTable.Builder.create(this, "routes")
            .name("rt-" + hub.name() + "-runners")
            .resourceGroupName(hub.resourceGroupName())
            .location(hub.region().name())
            .bgpRoutePropagationEnabled(false)
            .route(table)
            .tags(tags.asMap())
            .build();
        SubnetRouteTableAssociation.Builder.create(this, "routes-association")
            .subnetId(hub.subnetId(HubSubnet.RUNNERS))
            .routeTableId(routes.getId())
            .build();

        internetRules(firewall, source);
        for (RemoteClusters clusters : regions) {
            apiServerRules(clusters, source);
        }
    }

    /** What the runners reach on the internet, through the hub's firewall. */
    private void internetRules(HubFirewall firewall, String source) {
        List<FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule> rules = List.of(
            https("github", "GitHub Actions: jobs, actions, OIDC tokens, runner updates, container registry", source, GITHUB_FQDNS),
            https("storage", "GitHub's job logs, artifacts and caches, and the Terraform state (Azure Storage)", source, STORAGE_FQDNS),
            https("azure", "Azure Resource Manager and Entra ID sign-in", source, AZURE_FQDNS),
            https("terraform", "Terraform's provider registry and HashiCorp releases", source, TERRAFORM_FQDNS),
            https("packages", "npm and Maven Central, for the build and cdktn's bindings", source, PACKAGE_FQDNS));
        group("rules", firewall, "runners-internet", rules);
    }

    /** The API servers of another region's private clusters, through its firewall, which translates the source to its own. */
    private void apiServerRules(RemoteClusters clusters, String source) {
        String zone = ClusterPrivateDnsZones.zoneName(clusters.region());
        group("rules-" + clusters.region().code(), clusters.firewall(), "runners-api-servers", List.of(
            https("api-servers", "The runners' way to the API servers of the private clusters in " + clusters.region().name(), source,
                List.of("*." + zone))));
    }

    private void group(String id, HubFirewall firewall, String collection,
                       List<FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule> rules) {
        FirewallPolicyRuleCollectionGroup.Builder.create(this, id)
            .name("runners")
            .firewallPolicyId(firewall.policyId())
            .priority(PRIORITY)
            .applicationRuleCollection(List.of(FirewallPolicyRuleCollectionGroupApplicationRuleCollection.builder()
                .name(collection).priority(PRIORITY).action("Allow").rule(rules).build()))
            .build();
    }

    private static FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule https(String name, String description, String source,
                                                                                       List<String> fqdns) {
        return FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule.builder()
            .name(name)
            .description(description)
            .sourceAddresses(List.of(source))
            .destinationFqdns(fqdns)
            .protocols(List.of(FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRuleProtocols.builder()
                .type("Https").port(443).build()))
            .build();
    }

    /** The route table's id (a Terraform reference). */
    public String routeTableId() {
        return routes.getId();
    }
}
