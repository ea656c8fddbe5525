package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.cluster.CertificateIssuer;
import com.sysgenpro.landingzone.connectivity.CentralPrivateDnsZones;
import com.sysgenpro.landingzone.connectivity.EgressSource;
import com.sysgenpro.landingzone.connectivity.FirewallSku;
import com.sysgenpro.landingzone.connectivity.HubFirewall;
import com.sysgenpro.landingzone.connectivity.HubGateway;
import com.sysgenpro.landingzone.connectivity.IngressDnsZone;
import com.sysgenpro.landingzone.connectivity.Site;
import com.sysgenpro.landingzone.connectivity.SiteIngress;
import com.sysgenpro.landingzone.connectivity.PublishedIngress;
import com.sysgenpro.landingzone.connectivity.HubNetwork;
import com.sysgenpro.landingzone.connectivity.HubSubnet;
import com.sysgenpro.landingzone.connectivity.NetworkPeering;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetRole;
import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformStack;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The estate's connectivity stack, {@code connectivity}, in the connectivity subscription: a hub network in each region
 * of {@code network.hubs} ({@link HubNetwork}: firewall, gateway, runner and resolver subnets),
 * the hubs peered with each other, a DNS private resolver in the primary's, the secondary's and every site-connected
 * hub, the estate's private DNS zones defined once ({@link CentralPrivateDnsZones}, in {@code rg-<prefix>-dns}, in the
 * secondary region) and linked to every hub, a firewall in every hub with spokes ({@link HubFirewall}), gateways in
 * every hub with sites ({@link HubGateway}) and the runner path ({@link RunnerPath}). Spokes peer themselves to their
 * region's hub and link themselves to the zones from their own stacks ({@link Connectivity.Attachment}), reading this
 * stack's outputs ({@code hub-<region code>-id}, {@code dns-zone-<zone>}, {@code firewall-<region code>-private-ip})
 * through remote state; a new spoke changes this stack only by its firewall rules, gateway route and records. Construct
 * ids ({@code hub-<code>}, {@code hub-peering-<a>-<b>}, {@code firewall-<code>}, {@code gateway-<code>},
 * {@code dns-group}, {@code private-dns}, {@code ingress-dns}) are Terraform addresses.
 */
final class ConnectivityStack extends TerraformStack {

    static final String NAME = "connectivity";
    /** The prefix of the outputs holding the resolvers' inbound addresses, {@code dns-inbound-<region code>}. */
    static final String DNS_INBOUND_OUTPUT = "dns-inbound";
    /** Published ingress ports: 443, and 80 for cert-manager's HTTP-01 challenges (Traefik redirects the rest to HTTPS). */
    static final List<Integer> INGRESS_PORTS = List.of(80, 443);

    /**
     * A network peered with a hub, as the connectivity stack sees it without building it.
     *
     * @param recoveryOf the environment whose recovery network this is (a cluster is rebuilt there after a failover), else null
     */
    record Spoke(String stack, AzureRegion region, Cidr addressSpace, Blueprint blueprint, boolean cluster,
                         Placement recoveryOf) {
        Cidr nodeRange() {
            return Network.defaultRange(addressSpace, SubnetRole.AKS_NODES);
        }
    }

    ConnectivityStack(Construct scope, Estate estate, EstatePlan plan, PlannedSubscription subscription) {
        super(scope, NAME);
        StackDefaults.apply(this, NAME, estate.stateBackend(), StackDefaults.subscriptionId(this, estate, subscription, null),
            subscription != null);
        // The platform team owns connectivity as it owns the platform stack.
        Tags tags = EstateTags.platform(estate);
        Map<AzureRegion, ResourceGroup> groups = new LinkedHashMap<>();
        estate.hubNetworks().keySet().forEach(region -> groups.put(region, ResourceGroup.Builder.create(this, "hub-group-" + region.code())
            .name(Connectivity.resourceGroupName(estate, region))
            .region(region)
            .tags(tags)
            .build()));
        AzureRegion home = Connectivity.homeRegion(estate);
        LogAnalyticsWorkspace logs = LogAnalyticsWorkspace.Builder.create(this, "logs")
            .name("log-" + estate.prefix() + "-connectivity-" + home.code())
            .resourceGroup(groups.get(home))
            .retentionDays(PlatformStack.CENTRAL_LOG_RETENTION_DAYS)
            .build();

        List<Spoke> spokes = spokes(estate, plan);
        List<HubNetwork> hubs = new ArrayList<>();
        for (Map.Entry<AzureRegion, Cidr> entry : estate.hubNetworks().entrySet()) {
            AzureRegion region = entry.getKey();
            HubNetwork hub = HubNetwork.Builder.create(this, "hub-" + region.code())
                .name(Connectivity.hubName(estate, region))
                .resourceGroup(groups.get(region))
                .addressSpace(entry.getValue())
                .dnsResolver(Connectivity.resolves(estate, region))
                .logAnalyticsWorkspace(logs)
                .tags(tags)
                .build();
            hubs.add(hub);
            TerraformOutput.Builder.create(this, Connectivity.hubOutput(region))
                .value(hub.id())
                .description("The hub network of " + region.name() + ", which the region's spokes peer with")
                .build();
            List<Spoke> regionSpokes = spokes.stream().filter(spoke -> spoke.region().equals(region)).toList();
            HubFirewall firewall = firewall(estate, plan, hub, regionSpokes, logs, tags);
            gateway(estate, hub, regionSpokes, firewall, logs, tags);
            if (Connectivity.resolves(estate, region)) {
                TerraformOutput.Builder.create(this, DNS_INBOUND_OUTPUT + "-" + region.code())
                    .value(hub.dnsInboundAddress())
                    .description("Where DNS servers forward the estate's private zones: the resolver in " + region.name()
                        + ", which its sites reach")
                    .build();
            }
        }
        // Global peering: a region's spokes reach another region's hub through their own (with the firewall's routes).
        for (int i = 0; i < hubs.size(); i++) {
            for (int j = i + 1; j < hubs.size(); j++) {
                new NetworkPeering(this, "hub-peering-" + hubs.get(i).name() + "-" + hubs.get(j).name(),
                    VirtualNetworkReference.of(hubs.get(i)), null, VirtualNetworkReference.of(hubs.get(j)), null,
                    NetworkPeering.Forwarding.BOTH);
            }
        }
        AzureRegion zonesRegion = Connectivity.zonesRegion(estate);
        ResourceGroup dns = ResourceGroup.Builder.create(this, "dns-group")
            .name(Connectivity.zonesResourceGroupName(estate))
            .region(zonesRegion)
            .tags(tags)
            .build();
        CentralPrivateDnsZones zones = new CentralPrivateDnsZones(this, "private-dns", dns, Connectivity.ZONES,
            estate.prefix(), hubs.stream().map(VirtualNetworkReference::of).toList(), tags);
        for (PrivateDnsZone zone : zones.zones()) {
            TerraformOutput.Builder.create(this, Connectivity.zoneOutput(zone))
                .value(zones.zoneId(zone))
                .description("The estate's " + zone.zoneName(estate.prefix()) + " zone, where private endpoints and servers register")
                .build();
        }
        RunnerPath.build(this, estate, plan, dns, hubs, tags);
        ingressZone(estate, plan, spokes, dns, hubs, tags);
    }

    /**
     * The hub's firewall, when networks are peered with it: its tier the strictest of their blueprints', the platform
     * rules from their AKS node subnets, one egress source per environment placed in the region with declared egress,
     * and one published ingress per cluster with public ingress. Outputs its private address (the spokes' next hop) and
     * each published ingress's public address.
     */
    private HubFirewall firewall(Estate estate, EstatePlan plan, HubNetwork hub, List<Spoke> spokes,
                                 LogAnalyticsWorkspaceReference workspace, Tags tags) {
        AzureRegion region = hub.region();
        if (spokes.isEmpty()) {
            // Nothing sends traffic here: a firewall would be billed by the hour for no one.
            return null;
        }
        FirewallSku sku = spokes.stream().map(spoke -> spoke.blueprint().firewallSku())
            .anyMatch(FirewallSku.PREMIUM::equals) ? FirewallSku.PREMIUM : FirewallSku.STANDARD;
        // Recovery networks' node subnets too: the runbook rebuilds a cluster there after a failover.
        List<Cidr> platformSources = spokes.stream().map(Spoke::nodeRange).distinct().toList();
        List<String> fqdns = new ArrayList<>(HubFirewall.aksAddonFqdns(region));
        if (estate.gitOps() != null) {
            fqdns.add(URI.create(estate.gitOps().repositoryUrl()).getHost());
        }
        if (estate.ingress().acmeEmail() != null) {
            fqdns.add(URI.create(estate.ingress().acmeServer() != null ? estate.ingress().acmeServer() : CertificateIssuer.LETS_ENCRYPT).getHost());
        }
        Map<String, Cidr> clusterRanges = clusterRanges(spokes);
        List<EgressSource> egress = new ArrayList<>();
        for (Placement placement : plan.placements()) {
            Cidr nodes = servingNodes(placement, clusterRanges);
            if (nodes != null && !placement.egress().isEmpty()) {
                egress.add(new EgressSource(placement.stackName(), List.of(nodes), placement.egress()));
            }
        }
        // The cluster a failover rebuilds in a recovery network reaches what its environment declares, under the same rule
        // names (the environment's primary is another region's firewall), and is published as its primary is.
        for (Spoke spoke : spokes) {
            if (spoke.recoveryOf() != null && !spoke.recoveryOf().egress().isEmpty()) {
                egress.add(new EgressSource(spoke.recoveryOf().stackName(), List.of(spoke.nodeRange()), spoke.recoveryOf().egress()));
            }
        }
        List<PublishedIngress> published = spokes.stream()
            .filter(spoke -> (spoke.cluster() || spoke.recoveryOf() != null) && Connectivity.publishesThroughFirewall(estate, spoke.blueprint()))
            .map(spoke -> new PublishedIngress(spoke.stack(), Connectivity.ingressAddress(spoke.nodeRange()), INGRESS_PORTS))
            .toList();
        HubFirewall firewall = HubFirewall.Builder.create(this, "firewall-" + region.code())
            .name(Connectivity.firewallName(estate, region))
            .hub(hub)
            .sku(sku)
            .platformSourceRanges(platformSources)
            .platformFqdns(fqdns.stream().distinct().toList())
            .egress(egress)
            .publishedIngress(published)
            .siteIngress(siteIngress(estate, plan, region, spokes))
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
        TerraformOutput.Builder.create(this, Connectivity.firewallOutput(region))
            .value(firewall.privateIpAddress())
            .description("The private address of the firewall in " + region.name() + ": the next hop of its spokes' internet traffic")
            .build();
        for (PublishedIngress ingress : published) {
            TerraformOutput.Builder.create(this, Connectivity.ingressOutput(ingress.name()))
                .value(firewall.ingressPublicIpAddress(ingress.name()))
                .description("The public address " + ingress.name() + "'s tenants' DNS names point to (DNAT to its Traefik)")
                .build();
        }
        return firewall;
    }

    /**
     * What each site of the hub's region reaches: the internal ingress address of every cluster that serves an
     * environment listing the site (its own network's, or its shared hosting's), on {@link #INGRESS_PORTS}.
     */
    private static List<SiteIngress> siteIngress(Estate estate, EstatePlan plan, AzureRegion region, List<Spoke> spokes) {
        Map<String, Cidr> clusterRanges = clusterRanges(spokes);
        List<SiteIngress> sites = new ArrayList<>();
        for (ConnectedSite site : estate.sites()) {
            if (!site.hub().equals(region)) {
                continue;
            }
            List<String> destinations = new ArrayList<>();
            for (Placement placement : plan.placements()) {
                Cidr nodes = servingNodes(placement, clusterRanges);
                if (nodes != null && placement.region().equals(region) && EstateTags.sites(placement).contains(site.name())) {
                    String address = Connectivity.ingressAddress(nodes);
                    if (!destinations.contains(address)) {
                        destinations.add(address);
                    }
                }
            }
            if (!destinations.isEmpty()) {
                sites.add(new SiteIngress(site.name(), site.site().addressSpaces(), destinations, INGRESS_PORTS));
            }
        }
        return sites;
    }

    /**
     * The tenants' domain as sites resolve it, when sites connect and tenants have host names: each host name of an
     * environment a site serves, at its cluster's internal ingress address.
     */
    private static void ingressZone(Estate estate, EstatePlan plan, List<Spoke> spokes, ResourceGroup dns, List<HubNetwork> hubs,
                                    Tags tags) {
        String domain = estate.ingress().domain();
        if (domain == null || estate.sites().isEmpty()) {
            return;
        }
        java.util.Set<String> connected = new java.util.HashSet<>();
        estate.sites().forEach(site -> connected.add(site.name()));
        Map<String, Cidr> clusterRanges = clusterRanges(spokes);
        Map<String, String> records = new LinkedHashMap<>();
        for (Placement placement : plan.placements()) {
            Cidr nodes = servingNodes(placement, clusterRanges);
            if (nodes != null && EstateTags.sites(placement).stream().anyMatch(connected::contains)) {
                records.put(InClusterStack.hostLabel(placement), Connectivity.ingressAddress(nodes));
            }
        }
        if (!records.isEmpty()) {
            new IngressDnsZone(TerraformStack.of(dns), "ingress-dns", dns, domain, records,
                hubs.stream().map(VirtualNetworkReference::of).toList(), tags);
        }
    }

    /**
     * The hub's gateways, when sites connect to it: their traffic to every spoke of the region is routed through the
     * firewall, whose site rules decide what they reach. Outputs the gateways' ids.
     */
    private void gateway(Estate estate, HubNetwork hub, List<Spoke> spokes, HubFirewall firewall,
                         LogAnalyticsWorkspaceReference workspace, Tags tags) {
        AzureRegion region = hub.region();
        List<Site> sites = estate.sites().stream().filter(site -> site.hub().equals(region)).map(ConnectedSite::site).toList();
        if (sites.isEmpty()) {
            return;
        }
        if (firewall == null) {
            throw new IllegalStateException("sites connect to the hub in " + region + ", which has no firewall: the loader"
                + " refuses sites that serve no peered environment of their hub's region");
        }
        Map<String, Cidr> firewalled = new LinkedHashMap<>();
        spokes.forEach(spoke -> firewalled.put(spoke.stack(), spoke.addressSpace()));
        // The runners' subnet too: sites reach nothing of the hub's own but its resolver.
        firewalled.put("hub-runners", hub.subnetRange(HubSubnet.RUNNERS));
        HubGateway gateway = HubGateway.Builder.create(this, "gateway-" + region.code())
            .name(Connectivity.gatewayName(estate, region))
            .hub(hub)
            .sites(sites)
            .firewallPrivateIpAddress(firewall.privateIpAddress())
            .firewalledRanges(firewalled)
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
        if (gateway.vpnGatewayId() != null) {
            TerraformOutput.Builder.create(this, "vpn-gateway-" + region.code() + "-id")
                .value(gateway.vpnGatewayId())
                .description("The VPN gateway of the hub in " + region.name() + ", which sites' devices connect to")
                .build();
        }
        if (gateway.expressRouteGatewayId() != null) {
            TerraformOutput.Builder.create(this, "expressroute-gateway-" + region.code() + "-id")
                .value(gateway.expressRouteGatewayId())
                .description("The ExpressRoute gateway of the hub in " + region.name())
                .build();
        }
    }

    /** The AKS node subnet of every spoke with a cluster, by the stack that builds the cluster. */
    private static Map<String, Cidr> clusterRanges(List<Spoke> spokes) {
        Map<String, Cidr> ranges = new LinkedHashMap<>();
        spokes.stream().filter(Spoke::cluster).forEach(spoke -> ranges.put(spoke.stack(), spoke.nodeRange()));
        return ranges;
    }

    /** The node subnet of the cluster that serves {@code placement} (its own or its shared hosting's); null when not peered. */
    private static Cidr servingNodes(Placement placement, Map<String, Cidr> clusterRanges) {
        return clusterRanges.get(placement.sharedStackName().orElse(placement.stackName()));
    }

    /**
     * Every network peered with a hub: dedicated environments' and shared hosting's (with a cluster) and recovery
     * networks (without), in estate order.
     */
    static List<Spoke> spokes(Estate estate, EstatePlan plan) {
        List<Spoke> spokes = new ArrayList<>();
        for (SharedHosting hosting : plan.sharedHosting().values()) {
            if (Connectivity.peers(estate, hosting.blueprint())) {
                estate.sharedNetwork(hosting.blueprint().name(), hosting.region()).ifPresent(space ->
                    spokes.add(new Spoke(hosting.stackName(), hosting.region(), space, hosting.blueprint(), true, null)));
            }
        }
        for (Placement placement : plan.placements()) {
            if (!Connectivity.peers(estate, placement.blueprint())) {
                continue;
            }
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                spokes.add(new Spoke(placement.stackName(), placement.region(), placement.environment().addressSpace(),
                    placement.blueprint(), true, null));
            }
            if (placement.ownDatabaseServer() && placement.recoveryNetwork()) {
                spokes.add(new Spoke(placement.stackName() + "-recovery", placement.recoveryRegion().orElseThrow(),
                    placement.environment().recoveryAddressSpace(), placement.blueprint(), false, placement));
            }
        }
        return spokes;
    }
}
