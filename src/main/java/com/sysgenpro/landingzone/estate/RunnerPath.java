package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.connectivity.ClusterPrivateDnsZones;
import com.sysgenpro.landingzone.connectivity.HubFirewall;
import com.sysgenpro.landingzone.connectivity.HubNetwork;
import com.sysgenpro.landingzone.connectivity.HubRunners;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one runner path of an estate with hubs, in the connectivity stack: every private cluster of a peered network
 * registers its API server in its region's central zone ({@code privatelink.<region>.azmk8s.io} in
 * {@code rg-<prefix>-dns}, linked to every hub, output {@code dns-zone-aks-<region code>}), and the primary region's hub
 * ({@link Connectivity#homeRegion}) routes its runner subnet through its firewall, which lets it reach what a runner
 * needs ({@link HubRunners}); other regions' firewalls let it reach their API servers. Self-hosted runners there resolve
 * and reach every such cluster's API server and every private endpoint of the home region's spokes. Construct ids
 * ({@code cluster-dns}, {@code runners-<region code>}) are Terraform addresses.
 */
final class RunnerPath {

    private RunnerPath() {
    }

    /** Adds the clusters' zones and the home hub's runner routes and rules to the connectivity stack. */
    static void build(TerraformStack stack, Estate estate, EstatePlan plan, ResourceGroup zonesGroup, List<HubNetwork> hubs, Tags tags) {
        Map<AzureRegion, Map<String, Cidr>> clusters = clusters(estate, plan);
        if (clusters.isEmpty()) {
            return;
        }
        ClusterPrivateDnsZones zones = new ClusterPrivateDnsZones(stack, "cluster-dns", zonesGroup, List.copyOf(clusters.keySet()),
            hubs.stream().map(VirtualNetworkReference::of).toList(), tags);
        for (AzureRegion region : zones.regions()) {
            TerraformOutput.Builder.create(stack, Connectivity.clusterZoneOutput(region))
                .value(zones.zoneId(region))
                .description("The " + ClusterPrivateDnsZones.zoneName(region) + " zone, where the API servers of the private"
                    + " clusters in " + region.name() + " register")
                .build();
        }

        AzureRegion home = Connectivity.homeRegion(estate);
        HubFirewall firewall = firewall(stack, home);
        if (firewall == null) {
            // No peered network in the home region, so no firewall: the runner subnet has no way out to route.
            return;
        }
        HubNetwork hub = hubs.stream().filter(candidate -> candidate.region().equals(home)).findFirst().orElseThrow();
        List<HubRunners.RemoteClusters> remote = new ArrayList<>();
        clusters.forEach((region, ranges) -> {
            if (!region.equals(home)) {
                remote.add(new HubRunners.RemoteClusters(region, firewall(stack, region), ranges));
            }
        });
        new HubRunners(stack, "runners-" + home.code(), hub, firewall, remote, tags);
    }

    /**
     * The AKS node subnets of the peered networks with a private cluster, by stack, per region in estate order: where
     * the API servers' private endpoints are.
     */
    static Map<AzureRegion, Map<String, Cidr>> clusters(Estate estate, EstatePlan plan) {
        Map<AzureRegion, Map<String, Cidr>> clusters = new LinkedHashMap<>();
        for (ConnectivityStack.Spoke spoke : ConnectivityStack.spokes(estate, plan)) {
            if (spoke.cluster() && Connectivity.centralClusterZone(estate, spoke.blueprint())) {
                clusters.computeIfAbsent(spoke.region(), region -> new LinkedHashMap<>()).put(spoke.stack(), spoke.nodeRange());
            }
        }
        return clusters;
    }

    /** The connectivity stack's firewall in {@code region}'s hub; null where no network is peered with the hub. */
    private static HubFirewall firewall(TerraformStack stack, AzureRegion region) {
        return stack.getNode().tryFindChild("firewall-" + region.code()) instanceof HubFirewall firewall ? firewall : null;
    }
}
