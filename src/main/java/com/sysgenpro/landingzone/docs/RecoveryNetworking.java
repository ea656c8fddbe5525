package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.DescribedSubscription;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The runbook's failover networking: what a recovery network peered with its region's hub (an estate with
 * {@code network.hubs}) relies on when the environment fails over into it, found in the synthesized output. The hub and
 * its firewall, both halves of the recovery network's peering with the hub and with the primary network, the route
 * table on the node subnet a cluster is rebuilt in, the firewall rules that admit that subnet, and the central
 * PostgreSQL zone the replica registers in. Every name is read from the JSON, by following the recovery network's
 * peerings, route table and zone links to the resources they refer to (across stacks through remote state), never by
 * naming rules. Without a hub (no peering of the recovery network leads into the connectivity stack) there is none, and
 * the runbook says nothing of it.
 *
 * <p>Each method writes one failover step's part: {@link #network} the checks before a failover (step 1), {@link #database}
 * the record the promoted or restored server is resolved by (step 3), {@link #cluster} the rebuilt cluster's subnet and
 * outbound type (step 5), {@link #checks} what to verify after.
 */
final class RecoveryNetworking {

    private static final String POSTGRES_DELEGATION = "Microsoft.DBforPostgreSQL/flexibleServers";

    /** One half of a peering: the network it is written on and its group, where it leads, and the stack that writes it. */
    private record Half(Located peering, String network, String group, String leadsTo, String subscription) {
    }

    /** A firewall rule and the collection group it is in. */
    private record Rule(String group, JsonNode body) {
        String name() {
            return body.path("name").asText();
        }
    }

    private final Footprint f;
    private final OutputIndex index;
    private final Located network;
    private final Located hub;
    private final Optional<Located> primary;
    private final List<Half> halves;
    private final Optional<Located> firewall;
    private final Optional<Located> nodeSubnet;
    private final Optional<Located> routeTable;
    private final Optional<Located> routeTarget;
    private final Optional<OutputIndex.StateOutput> routeOutput;
    private final Optional<Located> postgresSubnet;
    private final Optional<Located> zone;
    private final Optional<Located> zoneLink;

    private RecoveryNetworking(Footprint f, Located network, Located toHub, Located hub) {
        this.f = f;
        this.index = f.index();
        this.network = network;
        this.hub = hub;
        List<Located> peerings = Stream.concat(index.resources(network.stack(), ResourceTypes.VIRTUAL_NETWORK_PEERING).stream(),
            f.network().filter(primary -> !primary.stackName().equals(network.stackName())).stream()
                .flatMap(primary -> index.resources(primary.stack(), ResourceTypes.VIRTUAL_NETWORK_PEERING).stream())).toList();
        Optional<Located> toPrimary = peerings.stream()
            .filter(peering -> same(index.follow(peering, "virtual_network_name"), network))
            .filter(peering -> index.follow(peering, "remote_virtual_network_id")
                .filter(remote -> isNetwork(remote) && !inConnectivity(remote) && !same(Optional.of(remote), network)).isPresent())
            .findFirst();
        this.primary = toPrimary.flatMap(peering -> index.follow(peering, "remote_virtual_network_id"));
        List<Half> found = new ArrayList<>();
        found.add(half(toHub, network, hub.name()));
        peerings.stream().filter(peering -> leadsTo(peering, network) && hub.name().equals(networkName(peering))).findFirst()
            .ifPresent(peering -> found.add(half(peering, hub, network.name())));
        primary.ifPresent(remote -> {
            toPrimary.ifPresent(peering -> found.add(half(peering, network, remote.name())));
            peerings.stream().filter(peering -> leadsTo(peering, network) && remote.name().equals(networkName(peering))).findFirst()
                .ifPresent(peering -> found.add(half(peering, remote, network.name())));
        });
        this.halves = List.copyOf(found);
        this.firewall = firewallOf(hub);
        Optional<Located> association = association(network);
        this.nodeSubnet = association.flatMap(routed -> index.follow(routed, "subnet_id"));
        this.routeTable = association.flatMap(routed -> index.follow(routed, "route_table_id"));
        Optional<String> nextHop = routeTable.flatMap(RecoveryNetworking::defaultRoute)
            .map(route -> route.path("next_hop_in_ip_address").asText(""));
        this.routeTarget = nextHop.flatMap(hop -> index.follow(routeTable.get().stack(), hop));
        this.routeOutput = nextHop.flatMap(hop -> index.stateOutput(routeTable.get().stack(), hop));
        this.postgresSubnet = f.subnets(network).stream()
            .filter(subnet -> subnet.body().path("delegation").toString().contains(POSTGRES_DELEGATION)).findFirst();
        // Where the replica registers, else the primary server (a geo-restore goes to the same zone): the central zone.
        this.zone = Stream.concat(f.replica.stream(), f.server.stream())
            .map(server -> index.follow(server, "private_dns_zone_id")).flatMap(Optional::stream)
            .filter(registered -> registered.type().equals(ResourceTypes.PRIVATE_DNS_ZONE) && inConnectivity(registered)).findFirst();
        this.zoneLink = zone.flatMap(central -> index.resources(network.stack(), ResourceTypes.PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK)
            .stream().filter(link -> same(index.follow(link, "virtual_network_id"), network)
                && central.name().equals(literalOrName(link, "private_dns_zone_name"))).findFirst());
    }

    /** The failover networking of the environment's recovery network, when it is peered with a hub of the connectivity stack. */
    static Optional<RecoveryNetworking> of(Footprint f) {
        Optional<Located> recovery = f.recoveryNetwork();
        if (recovery.isEmpty()) {
            return Optional.empty();
        }
        Located network = recovery.get();
        OutputIndex index = f.index();
        for (Located peering : index.resources(network.stack(), ResourceTypes.VIRTUAL_NETWORK_PEERING)) {
            if (!same(index.follow(peering, "virtual_network_name"), network)) {
                continue;
            }
            Optional<Located> remote = index.follow(peering, "remote_virtual_network_id").filter(RecoveryNetworking::inConnectivity)
                .filter(RecoveryNetworking::isNetwork);
            if (remote.isPresent()) {
                return Optional.of(new RecoveryNetworking(f, network, peering, remote.get()));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Step 1: the recovery network's connectivity, checked before a failover.

    void network(Markdown md, Set<String> sources) {
        md.heading(4, "Region outage: the recovery network's connectivity");
        md.paragraph(code(network.name()) + " reaches the estate through the hub of " + hub.location() + ", " + code(hub.name())
            + " (resource group " + code(f.group(hub)) + ", stack " + code(hub.stackName()) + ")"
            + firewall.map(found -> ", whose firewall " + code(found.name()) + " carries its internet traffic").orElse("")
            + primary.map(remote -> ", and " + code(remote.name()) + " (" + remote.location() + ") directly, so that what"
                + " still runs there reaches the promoted replica").orElse("")
            + ". A failover creates none of it: before you promote or rebuild anything, check that every half of "
            + (primary.isPresent() ? "both peerings" : "the peering") + " is `Connected` (a half left `Initiated` or"
            + " `Disconnected` passes no traffic; apply the stack that writes it again). The halves on "
            + primary.map(remote -> code(remote.name())).orElse("the primary network") + " live in " + primary.map(Located::location)
                .orElse("the primary region") + ": while it is down they may not answer, which does not stop the failover.");
        List<List<String>> rows = new ArrayList<>();
        for (Half half : halves) {
            rows.add(List.of(code(half.peering().name()), code(half.network()), code(half.group()), code(half.leadsTo()),
                code(half.peering().stackName())));
        }
        md.table(List.of("peering", "on network", "resource group", "leads to", "written by"), rows);
        md.code("sh", halves.stream().map(half -> "az network vnet peering show --resource-group " + half.group() + " --vnet-name "
            + half.network() + " --name " + half.peering().name() + half.subscription() + " --query peeringState --output tsv").toList());
        sources.add(AzureDocs.VNET_PEERING);
        route(md, sources);
        rules(md);
    }

    private void route(Markdown md, Set<String> sources) {
        if (routeTable.isEmpty() || nodeSubnet.isEmpty()) {
            md.paragraph("**No route table is emitted on a subnet of " + code(network.name()) + ":** a cluster rebuilt there with"
                + " outbound type `userDefinedRouting` cannot be created (AKS checks the route) and one with `loadBalancer` would"
                + " bypass the hub's firewall. Before the rebuild, add a route table with `0.0.0.0/0` to the private address of "
                + firewall.map(found -> code(found.name())).orElse("the hub's firewall") + " (next hop type `VirtualAppliance`,"
                + " BGP route propagation off) and associate it with the node subnet.");
            sources.add(AzureDocs.AKS_USER_DEFINED_ROUTING);
            return;
        }
        Located table = routeTable.get();
        Located subnet = nodeSubnet.get();
        boolean toFirewall = firewall.isPresent() && same(routeTarget, firewall.get());
        md.paragraph("The node subnet " + code(subnet.name()) + " (" + range(subnet).orElse("?") + ") of " + code(network.name())
            + " has the route table " + code(table.name()) + " (resource group " + code(f.group(table)) + "): `0.0.0.0/0` to "
            + routeTarget.map(target -> "the private address of " + code(target.name())).orElse("`" + defaultRoute(table)
                .map(route -> route.path("next_hop_in_ip_address").asText()).orElse("?") + "`")
            + routeOutput.map(output -> " (output " + code(output.name()) + " of " + code(output.stack().name()) + ")").orElse("")
            + (table.body().path("bgp_route_propagation_enabled").asBoolean(true) ? "" : ", BGP route propagation off")
            + (toFirewall ? "" : firewall.map(found -> "; **it does not lead to the hub's firewall " + code(found.name())
                + "**: correct the route before the rebuild").orElse(""))
            + ". A cluster rebuilt there needs it before it is created (section 5). Check that the subnet has it and that its"
            + " next hop is the firewall's address:");
        List<String> lines = new ArrayList<>();
        lines.add("az network vnet subnet show --resource-group " + f.group(subnet) + " --vnet-name " + network.name() + " --name "
            + subnet.name() + " --query routeTable.id --output tsv");
        lines.add("az network route-table route list --resource-group " + f.group(table) + " --route-table-name " + table.name()
            + " --query \"[].{prefix:addressPrefix, type:nextHopType, nextHop:nextHopIpAddress}\" --output table");
        firewall.ifPresent(found -> lines.add("az network firewall show --resource-group " + f.group(found) + " --name " + found.name()
            + subscription(found.stack()) + " --query \"ipConfigurations[0].privateIPAddress\" --output tsv"));
        md.code("sh", lines);
        sources.add(AzureDocs.AKS_USER_DEFINED_ROUTING);
    }

    /**
     * What the hub's firewall admits from the recovery node subnet, against what the primary's admits from the primary node
     * subnet: rules of the same name, and published ingress (DNAT to an address in the node subnet).
     */
    private void rules(Markdown md) {
        Optional<String> recoveryRange = nodeSubnet.flatMap(RecoveryNetworking::range);
        if (firewall.isEmpty() || recoveryRange.isEmpty()) {
            return;
        }
        List<Rule> admitted = admitting(firewall.get(), recoveryRange.get());
        Optional<Located> primaryFirewall = primary.flatMap(remote -> association(remote).flatMap(found -> index.follow(found, "route_table_id")))
            .flatMap(table -> defaultRoute(table).flatMap(route -> index.follow(table.stack(), route.path("next_hop_in_ip_address").asText(""))))
            .filter(found -> found.type().equals(ResourceTypes.FIREWALL));
        Optional<String> primaryRange = primary.flatMap(this::association).flatMap(found -> index.follow(found, "subnet_id"))
            .flatMap(RecoveryNetworking::range);
        Set<String> names = admitted.stream().map(Rule::name).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Rule> missing = primaryFirewall.isPresent() && primaryRange.isPresent()
            ? admitting(primaryFirewall.get(), primaryRange.get()).stream().filter(rule -> !names.contains(rule.name())).toList()
            : List.of();
        StringBuilder text = new StringBuilder();
        if (admitted.isEmpty()) {
            text.append("**The policy of ").append(code(firewall.get().name())).append(" admits nothing from ")
                .append(code(recoveryRange.get())).append(":** a cluster rebuilt there cannot reach even what AKS needs.");
        } else {
            text.append("The policy of ").append(code(firewall.get().name())).append(" admits from ").append(code(recoveryRange.get()))
                .append(" the rules ").append(admitted.stream().map(rule -> code(rule.name())).distinct().collect(Collectors.joining(", ")))
                .append(".");
        }
        if (!missing.isEmpty()) {
            text.append(" **It lacks these rules, which ").append(code(primaryFirewall.get().name()))
                .append(" has for the primary node subnet ").append(code(primaryRange.get())).append(":** ").append(missing.stream().map(rule -> code(rule.name()) + " ("
                    + destinations(rule.body()) + ")").distinct().collect(Collectors.joining(", ")))
                .append(". Odoo in the rebuilt cluster cannot reach them until rules with ").append(code(recoveryRange.get()))
                .append(" as source are added to ").append(index.resolve(firewall.get(), "firewall_policy_id")
                    .map(policy -> "the firewall policy " + code(policy.name()) + " (resource group " + code(f.group(policy)) + ")")
                    .orElse("the firewall's policy")).append(".");
        }
        List<String> published = primaryFirewall.flatMap(found -> primaryRange.map(range -> translatingInto(found, range)))
            .orElse(List.of());
        List<String> recoveryPublished = translatingInto(firewall.get(), recoveryRange.get());
        if (!recoveryPublished.isEmpty()) {
            text.append(" It publishes the recovery network already: the DNAT rules ")
                .append(recoveryPublished.stream().map(Markdown::code).collect(Collectors.joining(", ")))
                .append(" lead to Traefik's internal load balancer there");
            publishedOutput(firewall.get(), recoveryRange.get()).ifPresent(output -> text.append("; after the failover, point the"
                + " public DNS names at that address, output ").append(code(output)).append(" of ").append(code(firewall.get().stack().name())));
            text.append(".");
        }
        if (!published.isEmpty() && recoveryPublished.isEmpty()) {
            text.append(" **Nothing is published into ").append(code(network.name())).append(":** the DNAT rules ")
                .append(published.stream().map(Markdown::code).collect(Collectors.joining(", "))).append(" of ")
                .append(code(primaryFirewall.get().name())).append(" lead to the primary network only. A rebuilt cluster with"
                    + " public ingress needs DNAT rules on ").append(code(firewall.get().name())).append(" to Traefik's internal load"
                    + " balancer in ").append(code(recoveryRange.get())).append(", and the public DNS names pointed at that firewall's"
                    + " public address.");
        }
        md.paragraph(text.toString());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Step 3: the record the promoted (or geo-restored) server is resolved by.

    /**
     * @param names the host names Odoo may resolve after the failover, first the one it should use
     * @param server the server that answers after the failover (the promoted replica, or the geo-restored server)
     * @param restored whether that server is geo-restored (it registers in the zone the restore names), not promoted
     */
    void database(Markdown md, Set<String> sources, List<String> names, String server, boolean restored) {
        if (zone.isEmpty()) {
            return;
        }
        Located central = zone.get();
        String group = f.group(central);
        String region = index.follow(central, "resource_group_name").map(Located::location).map(location -> ", " + location).orElse("");
        md.paragraph("*Private DNS after the failover:* " + (restored ? "the restored " : "") + code(server) + " registers its"
            + " address in the estate's central zone " + code(central.name()) + " (resource group " + code(group) + region
            + ", stack " + code(central.stackName()) + ")" + (restored ? ", which the restore names (`--private-dns-zone`)" : "")
            + ", outside the lost region: the name Odoo resolves, " + code(names.get(0)) + ", then leads to "
            + code(server) + " in " + network.location() + ". The zone is linked to " + code(network.name())
            + zoneLink.map(link -> " (link " + code(link.name()) + ")").orElse(" **by no link in the output: add one before the"
                + " failover**") + ". Check the records and the link, then resolve the name from inside " + code(network.name())
            + " (a runner, or a pod of the rebuilt cluster)" + postgresSubnet.flatMap(subnet -> range(subnet).map(range -> ": the"
                + " answer must be an address in " + code(subnet.name()) + " (" + code(range) + ")")).orElse("") + ".");
        List<String> lines = new ArrayList<>();
        String subscription = subscription(central.stack());
        lines.add("az network private-dns record-set a list --resource-group " + group + " --zone-name " + central.name()
            + subscription + " --query \"[].{name:name, address:aRecords[0].ipv4Address}\" --output table");
        zoneLink.ifPresent(link -> lines.add("az network private-dns link vnet show --resource-group " + group + " --zone-name "
            + central.name() + " --name " + link.name() + subscription + " --query virtualNetworkLinkState --output tsv"));
        names.forEach(name -> lines.add("nslookup " + name));
        md.code("sh", lines);
        sources.add(AzureDocs.POSTGRES_PRIVATE_ACCESS);
    }

    /** The central PostgreSQL zone's resource id, for a server restored into the recovery network to register in. */
    Optional<String> postgresZoneId() {
        return zone.map(central -> "/subscriptions/" + subscriptionId(central.stack()).orElse("<subscription id of "
            + central.stackName() + ">") + "/resourceGroups/" + f.group(central) + "/providers/Microsoft.Network/privateDnsZones/"
            + central.name());
    }

    /** The resource group of the zone {@code zoneName} the recovery network is linked to, if a link names it. */
    Optional<String> linkedZoneGroup(String zoneName) {
        return index.resources(network.stack(), ResourceTypes.PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK).stream()
            .filter(link -> same(index.follow(link, "virtual_network_id"), network) && zoneName.equals(literalOrName(link, "private_dns_zone_name")))
            .findFirst().map(f::group);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Step 5: the rebuilt cluster's subnet and outbound type.

    void cluster(Markdown md, Set<String> sources) {
        if (nodeSubnet.isEmpty() || routeTable.isEmpty()) {
            md.paragraph("*Network of the rebuilt cluster:* " + code(network.name()) + " has no route table on a subnet (step 1):"
                + " add it before creating the cluster.");
            return;
        }
        Located subnet = nodeSubnet.get();
        String outbound = f.cluster.map(cluster -> TerraformJson.block(cluster.body(), "network_profile").path("outbound_type").asText(""))
            .orElse("");
        md.paragraph("*Network of the rebuilt cluster:* put its nodes in " + code(subnet.name()) + " of " + code(network.name())
            + ", whose route table " + code(routeTable.get().name()) + " sends `0.0.0.0/0` to "
            + routeTarget.map(target -> code(target.name())).orElse("the hub's firewall") + ", and create it with outbound type"
            + " `userDefinedRouting`" + (outbound.equals("userDefinedRouting") ? f.cluster.map(cluster -> ", as " + code(cluster.name())
                + " is").orElse("") : "") + ": AKS then creates no outbound public address and checks the route at creation.");
        md.code("sh", List.of("az aks create --resource-group <resource group in " + network.location() + "> --name <cluster> --location "
                + network.location() + " \\",
            "  --vnet-subnet-id \"$(az network vnet subnet show --resource-group " + f.group(subnet) + " --vnet-name " + network.name()
                + " --name " + subnet.name() + " --query id --output tsv)\" \\",
            "  --outbound-type userDefinedRouting <the cluster's other settings, as in " + f.cluster.map(Located::stackName)
                .orElse("its stack") + ">"));
        sources.add(AzureDocs.AKS_USER_DEFINED_ROUTING);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Verify after recovery.

    void checks(Markdown md, List<String> names) {
        md.check("After a failover into " + network.location() + ", the recovery network is still connected: the "
            + (halves.size() == 1 ? "peering" : halves.size() + " peering halves") + " of step 1 print `Connected`"
            + nodeSubnet.flatMap(subnet -> routeTable.map(table -> ", and `az network vnet subnet show --resource-group "
                + f.group(subnet) + " --vnet-name " + network.name() + " --name " + subnet.name() + " --query routeTable.id`"
                + " names " + code(table.name()))).orElse("") + ".");
        if (zone.isPresent() && !names.isEmpty()) {
            md.check("The database resolves privately in " + network.location() + ": `nslookup " + names.get(0) + "` from inside "
                + code(network.name()) + " answers " + postgresSubnet.flatMap(RecoveryNetworking::range)
                    .map(range -> "an address in " + code(range)).orElse("a private address") + " (zone " + code(zone.get().name()) + ").");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A half written on {@code on}, in the subscription of the stack that holds that network. */
    private Half half(Located peering, Located on, String leadsTo) {
        return new Half(peering, on.name(), f.group(peering), leadsTo, subscription(on.stack()));
    }

    /** The route table association of a subnet of {@code network}, in the network's stack. */
    private Optional<Located> association(Located network) {
        return index.resources(network.stack(), ResourceTypes.SUBNET_ROUTE_TABLE_ASSOCIATION).stream()
            .filter(association -> index.follow(association, "subnet_id")
                .filter(subnet -> same(index.follow(subnet, "virtual_network_name"), network)).isPresent())
            .findFirst();
    }

    /** The firewall of {@code hub}: the one with an IP configuration in a subnet of the hub. */
    private Optional<Located> firewallOf(Located hub) {
        return index.resources(hub.stack(), ResourceTypes.FIREWALL).stream().filter(found -> {
            for (JsonNode configuration : elements(found.body().path("ip_configuration"))) {
                Optional<Located> subnet = index.follow(hub.stack(), configuration.path("subnet_id").asText(""));
                if (subnet.filter(candidate -> same(index.follow(candidate, "virtual_network_name"), hub)).isPresent()) {
                    return true;
                }
            }
            return false;
        }).findFirst();
    }

    /** The application and network rules of {@code firewall}'s policy whose sources include {@code range}. */
    private List<Rule> admitting(Located firewall, String range) {
        List<Rule> rules = new ArrayList<>();
        for (Located group : policyGroups(firewall)) {
            for (String collection : List.of("application_rule_collection", "network_rule_collection")) {
                for (JsonNode block : elements(group.body().path(collection))) {
                    for (JsonNode rule : elements(block.path("rule"))) {
                        if (texts(rule.path("source_addresses")).contains(range)) {
                            rules.add(new Rule(group.name(), rule));
                        }
                    }
                }
            }
        }
        return rules;
    }

    /** The names of {@code firewall}'s DNAT rules that translate to an address inside {@code range}. */
    private List<String> translatingInto(Located firewall, String range) {
        Cidr within = Cidr.parse(range);
        List<String> names = new ArrayList<>();
        for (Located group : policyGroups(firewall)) {
            for (JsonNode block : elements(group.body().path("nat_rule_collection"))) {
                for (JsonNode rule : elements(block.path("rule"))) {
                    String address = rule.path("translated_address").asText("");
                    if (address.matches("[0-9.]+") && within.contains(Cidr.parse(address + "/32"))) {
                        names.add(rule.path("name").asText());
                    }
                }
            }
        }
        return names;
    }

    /** The output of the firewall's stack holding the public address its DNAT rules into {@code range} answer at. */
    private Optional<String> publishedOutput(Located firewall, String range) {
        Cidr within = Cidr.parse(range);
        for (Located group : policyGroups(firewall)) {
            for (JsonNode block : elements(group.body().path("nat_rule_collection"))) {
                for (JsonNode rule : elements(block.path("rule"))) {
                    String address = rule.path("translated_address").asText("");
                    if (address.matches("[0-9.]+") && within.contains(Cidr.parse(address + "/32"))) {
                        String destination = rule.path("destination_address").asText("");
                        for (var outputs = firewall.stack().config().path("output").fields(); outputs.hasNext(); ) {
                            var output = outputs.next();
                            if (destination.equals(output.getValue().path("value").asText())) {
                                return Optional.of(output.getKey());
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Located> policyGroups(Located firewall) {
        Optional<Located> policy = index.resolve(firewall, "firewall_policy_id");
        return policy.map(found -> index.resources(firewall.stack(), ResourceTypes.FIREWALL_POLICY_RULE_COLLECTION_GROUP).stream()
            .filter(group -> index.refersTo(group, "firewall_policy_id", found)).toList()).orElse(List.of());
    }

    private static String destinations(JsonNode rule) {
        List<String> to = new ArrayList<>();
        to.addAll(texts(rule.path("destination_fqdns")));
        to.addAll(texts(rule.path("destination_fqdn_tags")));
        to.addAll(texts(rule.path("destination_addresses")));
        List<String> ports = texts(rule.path("destination_ports"));
        for (JsonNode protocol : elements(rule.path("protocols"))) {
            if (protocol.has("port")) {
                ports.add(protocol.path("port").asText());
            }
        }
        return String.join(", ", to) + (ports.isEmpty() ? "" : " on " + String.join(", ", ports.stream().distinct().toList()));
    }

    private static Optional<JsonNode> defaultRoute(Located table) {
        for (JsonNode route : elements(table.body().path("route"))) {
            if ("0.0.0.0/0".equals(route.path("address_prefix").asText())) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> range(Located subnet) {
        List<String> prefixes = texts(subnet.body().path("address_prefixes"));
        return prefixes.isEmpty() ? Optional.empty() : Optional.of(prefixes.get(0));
    }

    /** Whether {@code peering} leads to {@code network}. */
    private boolean leadsTo(Located peering, Located network) {
        return same(index.follow(peering, "remote_virtual_network_id"), network);
    }

    /** The name of the network a peering half is written on: as written, or the network it refers to. */
    private String networkName(Located peering) {
        return literalOrName(peering, "virtual_network_name");
    }

    private String literalOrName(Located resource, String argument) {
        String text = resource.text(argument);
        if (!Checks.isReference(text)) {
            return text;
        }
        return index.follow(resource, argument).map(Located::name).orElse(null);
    }

    /** {@code --subscription} for a resource of {@code stack}, when it deploys into another subscription than the environment's. */
    private String subscription(SynthesizedStack stack) {
        String own = f.stack.context().subscription();
        String theirs = stack.context().subscription();
        if (theirs == null || theirs.equals(own)) {
            return "";
        }
        DescribedSubscription described = index.output().subscriptions().get(theirs);
        String id = subscriptionId(stack).orElse(described == null ? null : described.displayName());
        return id == null ? "" : " --subscription " + id;
    }

    /** The id of the subscription {@code stack} deploys into, where the output says it. */
    private Optional<String> subscriptionId(SynthesizedStack stack) {
        Optional<String> literal = index.subscription(stack);
        if (literal.isPresent()) {
            return literal;
        }
        String key = stack.context().subscription();
        DescribedSubscription described = key == null ? null : index.output().subscriptions().get(key);
        return described == null ? Optional.empty() : Optional.ofNullable(described.subscriptionId());
    }

    /** Whether the resource is the connectivity stack's (a hub, a central zone). */
    private static boolean inConnectivity(Located resource) {
        return resource.stack().context().kind() == StackKind.CONNECTIVITY;
    }

    private static boolean isNetwork(Located resource) {
        return resource.type().equals(ResourceTypes.VIRTUAL_NETWORK);
    }

    private static boolean same(Optional<Located> found, Located target) {
        return found.filter(resource -> resource.stackName().equals(target.stackName()) && resource.address().equals(target.address()))
            .isPresent();
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(elements::add);
        } else if (node.isObject()) {
            elements.add(node);
        }
        return elements;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        elements(node).forEach(element -> texts.add(element.asText()));
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
