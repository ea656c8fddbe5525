package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.connectivity.ClusterPrivateDnsZones;
import com.sysgenpro.landingzone.connectivity.NetworkPeering;
import com.sysgenpro.landingzone.connectivity.PrivateDnsZoneLinks;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.NetworkProps;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.cdktn.TerraformRemoteState;
import io.cdktn.cdktn.TerraformStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.constructs.Construct;

/**
 * How a stack's networks join the estate's connectivity ({@code network.hubs}): which networks are peered (all but
 * sandbox-class ones, which stay disconnected from the corporate network as the sandbox group intends), the names the
 * connectivity stack gives its hubs and zones, and, in a spoke's stack, the attachment that peers a network with its
 * region's hub and links it to the central zones, both through the connectivity subscription's provider.
 */
final class Connectivity {

    /** The zones the estate defines once: those a {@link Network} would otherwise create for itself. */
    static final Set<PrivateDnsZone> ZONES = NetworkProps.DEFAULT_PRIVATE_DNS_ZONES;
    /** The construct id of a stack's attachment, by which the hosting helpers find it. */
    private static final String ATTACHMENT = "connectivity-attachment";
    /** The alias of the provider that writes into the connectivity subscription from a spoke's stack. */
    static final String PROVIDER_ALIAS = "connectivity";

    private Connectivity() {
    }

    /** Whether the estate has hubs at all. */
    static boolean enabled(Estate estate) {
        return !estate.hubNetworks().isEmpty();
    }

    /** Whether networks of {@code blueprint}'s environments are peered to the hub: all but sandbox-class ones. */
    static boolean peers(Estate estate, Blueprint blueprint) {
        return enabled(estate) && !blueprint.sandboxClass();
    }

    /** The hub's resource group in {@code region}, {@code rg-<prefix>-connectivity-<code>}. */
    static String resourceGroupName(Estate estate, AzureRegion region) {
        return "rg-" + estate.prefix() + "-connectivity-" + region.code();
    }

    /** Whether the hub of {@code region} has gateways: whether any site of {@code network.sites} connects to it. */
    static boolean hasGateway(Estate estate, AzureRegion region) {
        return estate.sites().stream().anyMatch(site -> site.hub().equals(region));
    }

    /** The base name of the hub's gateways in {@code region}, {@code vgw-<prefix>-hub-<code>}. */
    static String gatewayName(Estate estate, AzureRegion region) {
        return "vgw-" + estate.prefix() + "-hub-" + region.code();
    }

    /** The hub's network in {@code region}, {@code vnet-<prefix>-hub-<code>}. */
    static String hubName(Estate estate, AzureRegion region) {
        return "vnet-" + estate.prefix() + "-hub-" + region.code();
    }

    /**
     * The region of the central zones' resource group, {@code rg-<prefix>-dns}: Resource Manager writes a zone's records
     * through its group's region, so the group sits in the estate's secondary region, where it survives an outage of the
     * primary (when a promoted replica's record must change), else in the primary's.
     */
    static AzureRegion zonesRegion(Estate estate) {
        AzureRegion secondary = estate.secondaryRegion();
        return secondary != null && estate.hubNetworks().containsKey(secondary) ? secondary : homeRegion(estate);
    }

    /** The primary region's hub, else the first hub's: where the connectivity stack's own workspace lives. */
    static AzureRegion homeRegion(Estate estate) {
        return estate.hubNetworks().containsKey(estate.primaryRegion()) ? estate.primaryRegion()
            : estate.hubNetworks().keySet().iterator().next();
    }

    /**
     * The hubs with a DNS private resolver: the primary's and the secondary's, and every hub sites connect to, whose
     * resolver is the one its sites reach. Other hubs' networks rely on Azure's resolver and the zone links.
     */
    static boolean resolves(Estate estate, AzureRegion region) {
        // A site reaches its own hub only (gateway transit does not cross the global peering): its hub resolves too.
        return region.equals(homeRegion(estate)) || region.equals(estate.secondaryRegion()) || hasGateway(estate, region);
    }

    /** The central zones' resource group, {@code rg-<prefix>-dns}: apart from the hubs, so that rights on it are apart too. */
    static String zonesResourceGroupName(Estate estate) {
        return "rg-" + estate.prefix() + "-dns";
    }

    /** The connectivity stack's output holding the id of the hub in {@code region}. */
    static String hubOutput(AzureRegion region) {
        return "hub-" + region.code() + "-id";
    }

    /** The connectivity stack's output holding the private address of the firewall in {@code region}, {@code firewall-<code>-private-ip}. */
    static String firewallOutput(AzureRegion region) {
        return "firewall-" + region.code() + "-private-ip";
    }

    /** The connectivity stack's output holding the public address a stack's ingress is published at, {@code ingress-<stack>}. */
    static String ingressOutput(String stackName) {
        return "ingress-" + stackName;
    }

    /** The hub firewall's name in {@code region}, {@code afw-<prefix>-hub-<code>}. */
    static String firewallName(Estate estate, AzureRegion region) {
        return "afw-" + estate.prefix() + "-hub-" + region.code();
    }

    /**
     * Whether a cluster network of {@code blueprint} (a dedicated environment's or shared hosting's, or a recovery network,
     * where the runbook rebuilds the cluster) sends its internet traffic to its region's hub firewall: every peered one,
     * since every hub with such a network has a firewall.
     */
    static boolean routesEgress(Estate estate, Blueprint blueprint) {
        return peers(estate, blueprint);
    }

    /** Whether a cluster of {@code blueprint} is published on the internet through its hub's firewall (DNAT) rather than its own load balancer. */
    static boolean publishesThroughFirewall(Estate estate, Blueprint blueprint) {
        return routesEgress(estate, blueprint) && blueprint.publicIngress();
    }

    /**
     * The fixed private address of Traefik's internal load balancer in a cluster network whose AKS node subnet is
     * {@code nodeRange}: the subnet's last usable address (Azure reserves the very last), far from the nodes, which take
     * addresses from the start of the subnet.
     */
    static String ingressAddress(Cidr nodeRange) {
        return nodeRange.addressAt(-2);
    }

    /** The connectivity stack's output holding the id of {@code zone}. */
    static String zoneOutput(PrivateDnsZone zone) {
        return "dns-zone-" + zone.key();
    }

    /**
     * The connectivity stack's output holding the id of the zone of {@code region}'s private clusters' API servers,
     * {@code dns-zone-aks-<region code>} ({@code privatelink.<region>.azmk8s.io}).
     */
    static String clusterZoneOutput(AzureRegion region) {
        return "dns-zone-" + ClusterPrivateDnsZones.key(region);
    }

    /**
     * Whether the private cluster of a network of {@code blueprint} registers its API server in its region's central
     * zone (linked to every hub, where the runners are) rather than in a zone AKS links to the cluster's network only:
     * every peered one. Sandbox-class clusters stay on AKS's own zone, as disconnected as their networks.
     */
    static boolean centralClusterZone(Estate estate, Blueprint blueprint) {
        return peers(estate, blueprint);
    }

    /**
     * Attaches {@code stack} to the estate's connectivity: reads the connectivity stack's state and adds the provider
     * of the connectivity subscription (the stack's default provider without a subscription layout); the attachment
     * the stack has if it has one.
     *
     * @param connectivity the connectivity subscription of the layout; null without a layout
     */
    static Attachment attach(TerraformStack stack, Estate estate, PlannedSubscription connectivity) {
        if (of(stack).isPresent()) {
            return of(stack).get();
        }
        return new Attachment(stack, estate, StackDefaults.remoteState(stack, estate, ConnectivityStack.NAME), connectivity);
    }

    /** The attachment of the stack {@code scope} is in, if it has one. */
    static Optional<Attachment> of(Construct scope) {
        return TerraformStack.of(scope).getNode().tryFindChild(ATTACHMENT) instanceof Attachment attachment
            ? Optional.of(attachment) : Optional.empty();
    }

    /**
     * The zone {@code zone} that services of {@code consumer}'s stack in {@code network} register in: the
     * estate's central zone, read by the consumer's own stack, when the network is peered (an environment on shared
     * hosting uses the hosting's network), else the network's own zone.
     */
    static PrivateDnsZoneReference zone(Construct consumer, Network network, PrivateDnsZone zone) {
        if (network.holdsPrivateDnsZone(zone) || !of(network).map(attachment -> attachment.peered(network)).orElse(false)) {
            return network.privateDnsZone(zone);
        }
        return of(consumer).orElseThrow(() -> new IllegalStateException(TerraformStack.of(consumer).getNode().getId()
            + " uses the peered network " + network.name() + " but is not attached to the connectivity stack")).zone(zone);
    }

    /** A stack's view of the connectivity stack: its outputs, and the provider of its subscription. */
    static final class Attachment extends Construct {

        private final Estate estate;
        private final TerraformRemoteState state;
        private final PlannedSubscription connectivity;
        private final Set<String> peered = new java.util.HashSet<>();
        private TerraformProvider provider;

        private Attachment(TerraformStack stack, Estate estate, TerraformRemoteState state, PlannedSubscription connectivity) {
            super(stack, ATTACHMENT);
            this.estate = estate;
            this.state = state;
            this.connectivity = connectivity;
        }

        /** The connectivity subscription's provider, added when first needed; null without a layout (the default one). */
        private TerraformProvider provider() {
            if (provider == null && connectivity != null) {
                TerraformStack stack = TerraformStack.of(this);
                // The platform stack registers the connectivity subscription's resource providers.
                provider = StackDefaults.provider(stack, "azurerm-" + PROVIDER_ALIAS, PROVIDER_ALIAS,
                    StackDefaults.vended(stack, estate, connectivity), List.of());
            }
            return provider;
        }

        /** The central zone, its id read from the connectivity stack. */
        PrivateDnsZoneReference zone(PrivateDnsZone zone) {
            return PrivateDnsZoneReference.fromId(state.getString(zoneOutput(zone)));
        }

        /** {@code region}'s central zone of private clusters' API servers, its id read from the connectivity stack. */
        PrivateDnsZoneReference clusterZone(AzureRegion region) {
            return PrivateDnsZoneReference.fromId(state.getString(clusterZoneOutput(region)));
        }

        /**
         * The provider that writes into the central zones' subscription (the connectivity subscription's), e.g. a cluster
         * identity's role assignment on its zone; null without a layout, for the stack's default provider.
         */
        TerraformProvider zonesProvider() {
            return provider();
        }

        /** The private address of the firewall in {@code region}'s hub (a Terraform reference): the next hop of spokes' internet traffic. */
        String firewallPrivateIp(AzureRegion region) {
            return state.getString(firewallOutput(region));
        }

        /** The hub of {@code region}, as the connectivity stack created it. */
        VirtualNetworkReference hub(AzureRegion region) {
            return VirtualNetworkReference.remote(state.getString(hubOutput(region)), hubName(estate, region),
                resourceGroupName(estate, region));
        }

        /** Whether {@code network} was connected here (its services then register in the central zones). */
        boolean peered(Network network) {
            return peered.contains(network.getNode().getPath());
        }

        /**
         * Peers {@code network} (in {@code region}) with its region's hub and links it to the central zones it does not
         * hold itself (a network links one zone of a name only): the hub's half of the peering and the links are written
         * into the connectivity subscription. Where the hub has gateways (sites connect to it), the spoke uses them, so
         * that they advertise its range to the sites; its AKS node subnet's routes keep the answers on the firewall's path.
         */
        void connect(String id, Network network, AzureRegion region, Tags tags) {
            VirtualNetworkReference spoke = VirtualNetworkReference.of(network);
            new NetworkPeering(TerraformStack.of(network), id + "-hub-peering", spoke, null, hub(region), provider(),
                NetworkPeering.Forwarding.INTO_LOCAL, hasGateway(estate, region));
            Map<String, String> linked = new LinkedHashMap<>();
            for (PrivateDnsZone zone : PrivateDnsZone.values()) {
                if (ZONES.contains(zone) && !network.holdsPrivateDnsZone(zone)) {
                    linked.put(zone.key(), zone.zoneName(estate.prefix()));
                }
            }
            new PrivateDnsZoneLinks(TerraformStack.of(network), id + "-dns-links", linked,
                zonesResourceGroupName(estate), spoke, provider(), tags);
            peered.add(network.getNode().getPath());
        }
    }
}
