package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import io.cdktn.providers.azurerm.firewall.Firewall;
import io.cdktn.providers.azurerm.firewall.FirewallIpConfiguration;
import io.cdktn.providers.azurerm.firewall_policy.FirewallPolicy;
import io.cdktn.providers.azurerm.firewall_policy.FirewallPolicyDns;
import io.cdktn.providers.azurerm.firewall_policy.FirewallPolicyIntrusionDetection;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroup;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollection;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRuleProtocols;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupNatRuleCollection;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupNatRuleCollectionRule;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupNetworkRuleCollection;
import io.cdktn.providers.azurerm.firewall_policy_rule_collection_group.FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule;
import io.cdktn.providers.azurerm.public_ip.PublicIp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.constructs.Construct;

/**
 * An Azure Firewall in a {@link HubNetwork}'s {@link HubSubnet#FIREWALL} subnet ({@code azurerm_firewall}) with a
 * static public address for egress ({@code azurerm_public_ip}) and a firewall policy ({@code azurerm_firewall_policy})
 * that allows exactly these groups of traffic; everything else is denied, which Azure Firewall does by default:
 *
 * <ul>
 *   <li>{@code ingress} (priority {@value #INGRESS_PRIORITY}), each {@link PublishedIngress}: a public address of its
 *       own (an extra IP configuration) whose ports are translated (DNAT) to its private address;</li>
 *   <li>{@code platform} (priority {@value #PLATFORM_PRIORITY}), from {@link HubFirewallProps#platformSourceRanges()}:
 *       the {@code AzureKubernetesService} FQDN tag on HTTP 80 and HTTPS 443, {@link HubFirewallProps#platformFqdns()}
 *       on HTTPS 443, and NTP to {@code ntp.ubuntu.com} on UDP 123;</li>
 *   <li>{@code egress} (priority {@value #EGRESS_PRIORITY}), each {@link EgressSource}'s {@link EgressRule}s from its
 *       own ranges: HTTPS and HTTP as application rules, TCP and UDP as network rules, one rule per entry named
 *       {@code <source>-<key>};</li>
 *   <li>{@code sites} (priority {@value #SITES_PRIORITY}), each {@link SiteIngress}: one network rule from the site's
 *       ranges to the ingress addresses it serves, on TCP.</li>
 * </ul>
 *
 * <p>Secure by default: threat intelligence denies, the DNS proxy is on (network rules to host names resolve them
 * through it), Premium adds intrusion detection in alert mode, and logs go to the workspace's resource-specific
 * tables. Construct ids ({@code Resource}, {@code public-ip}, {@code policy}, {@code platform}, {@code egress}, …) are
 * Terraform addresses.
 *
 * <p>Spokes send their traffic here with a route table (0.0.0.0/0 to {@link #privateIpAddress()}); FQDN network rules
 * match reliably only when the spokes also resolve through the firewall's DNS proxy (their DNS servers set to the same
 * address), so that the client and the firewall see the same answer.
 */
public final class HubFirewall extends Construct {

    /** The priority of the {@code ingress} rule collection group (DNAT rules are processed before the others anyway). */
    public static final int INGRESS_PRIORITY = 100;
    /** The priority of the {@code platform} rule collection group: before every environment's egress. */
    public static final int PLATFORM_PRIORITY = 200;
    /** The priority of the {@code egress} rule collection group. */
    public static final int EGRESS_PRIORITY = 300;
    /** The priority of the {@code sites} rule collection group. */
    public static final int SITES_PRIORITY = 400;
    /** The FQDN tag that covers AKS's required FQDN/application rules (API server, MCR, ARM, Entra ID, packages, binaries). */
    public static final String AKS_FQDN_TAG = "AzureKubernetesService";
    /** Azure names firewall rules with 1 to 80 characters. */
    static final int MAX_RULE_NAME_LENGTH = 80;
    /** The highest port azurerm accepts in an application rule's protocol (validation.IntBetween(0, 64000)). */
    static final int MAX_APPLICATION_PORT = 64000;

    /**
     * The resource-specific log categories sent (learn.microsoft.com/azure/azure-monitor/reference/supported-logs/
     * microsoft-network-azurefirewalls-logs): the rule, DNS proxy, threat intelligence and IDPS decisions. Not the legacy
     * AzureDiagnostics categories (the same events again), the Policy Analytics aggregations, nor the flow trace and top
     * flow logs, which are opt-in features with high volume.
     */
    public static final List<String> LOG_CATEGORIES = List.of("AZFWApplicationRule", "AZFWNetworkRule", "AZFWNatRule",
        "AZFWDnsQuery", "AZFWThreatIntel", "AZFWIdpsSignature", "AZFWFqdnResolveFailure");

    private final Firewall resource;
    private final FirewallPolicy policy;
    private final PublicIp publicIp;
    private final Map<String, PublicIp> ingressIps = new java.util.LinkedHashMap<>();

    /** Creates the firewall; prefer {@link Builder#create(Construct, String)}. */
    public HubFirewall(Construct scope, String id, HubFirewallProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String name = Checks.azureName(path, "name", props.name(), AzureNameRule.NETWORK);
        HubNetwork hub = Checks.required(path, "hub", props.hub());
        FirewallSku sku = Checks.required(path, "sku", props.sku());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = Checks.required(path, "tags", props.tags());
        AzureRegion region = hub.region();
        boolean zoneRedundant = props.zoneRedundant() != null ? props.zoneRedundant() : region.availabilityZones();
        if (zoneRedundant && !region.availabilityZones()) {
            throw Checks.invalid(path, "zoneRedundant", true, region.name() + " has no availability zones; set zoneRedundant(false)"
                + " or leave it unset");
        }
        FirewallThreatMode threatIntelligence = Checks.required(path, "threatIntelligenceMode", props.threatIntelligenceMode());
        FirewallThreatMode intrusionDetection = intrusionDetectionMode(path, sku, props.intrusionDetectionMode());
        List<String> platformSources = sources(path, "platformSourceRanges", props.platformSourceRanges());
        List<String> platformFqdns = props.platformFqdns() != null ? props.platformFqdns() : aksAddonFqdns(region);
        for (String fqdn : platformFqdns) {
            String problem = EgressRule.fqdnProblem(fqdn, EgressProtocol.HTTPS);
            if (problem != null) {
                throw new IllegalArgumentException(path + ": platformFqdns " + problem);
            }
        }
        List<String> zones = zoneRedundant ? List.of("1", "2", "3") : null;
        String location = region.name();

        this.publicIp = PublicIp.Builder.create(this, "public-ip")
            .name(name + "-pip")
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            .sku("Standard")
            .allocationMethod("Static")
            .zones(zones)
            .tags(tags.asMap())
            .build();
        new DiagnosticSettings(this, "public-ip-diagnostics", publicIp.getId(), workspace, DiagnosticSettings.ALL_LOGS, true);

        List<PublishedIngress> published = props.publishedIngress();
        Set<String> publishedNames = new HashSet<>();
        for (int i = 0; i < published.size(); i++) {
            PublishedIngress ingress = published.get(i);
            String at = "publishedIngress[" + i + "]";
            uniqueName(path, at + ".name", ingress.name(), publishedNames, "wholesale-production", "each published ingress once");
            if (!Cidr.isAddress(ingress.translatedAddress())) {
                throw Checks.invalid(path, at + ".translatedAddress", ingress.translatedAddress(), "a private IPv4 address, e.g. 10.20.1.254");
            }
            if (ingress.ports().isEmpty() || ingress.ports().stream().anyMatch(port -> port == null || port < 1 || port > 65535)
                || ingress.ports().stream().distinct().count() != ingress.ports().size()) {
                throw Checks.invalid(path, at + ".ports", ingress.ports().toString(), "distinct TCP ports 1 to 65535, e.g. [80, 443]");
            }
            // Each published ingress answers on an address of its own: tenants' DNS names point there.
            PublicIp address = PublicIp.Builder.create(this, "ingress-" + ingress.name() + "-ip")
                .name(name + "-pip-" + ingress.name())
                .resourceGroupName(hub.resourceGroupName())
                .location(location)
                .sku("Standard")
                .allocationMethod("Static")
                .zones(zones)
                .tags(tags.asMap())
                .build();
            new DiagnosticSettings(this, "ingress-" + ingress.name() + "-ip-diagnostics", address.getId(), workspace,
                DiagnosticSettings.ALL_LOGS, true);
            ingressIps.put(ingress.name(), address);
        }

        var policyBuilder = FirewallPolicy.Builder.create(this, "policy")
            .name(name + "-policy")
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            .sku(sku.tier())
            // FQDNs in network rules are resolved by the firewall, which needs the DNS proxy.
            .dns(FirewallPolicyDns.builder().proxyEnabled(true).build())
            .threatIntelligenceMode(threatIntelligence.terraformValue())
            .tags(tags.asMap());
        if (intrusionDetection != null) {
            policyBuilder.intrusionDetection(FirewallPolicyIntrusionDetection.builder().mode(intrusionDetection.terraformValue()).build());
        }
        this.policy = policyBuilder.build();

        // Threat intelligence and DNS are the policy's: a firewall with a policy takes them from it.
        this.resource = Firewall.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(hub.resourceGroupName())
            .location(location)
            .skuName("AZFW_VNet")
            .skuTier(sku.tier())
            .firewallPolicyId(policy.getId())
            .ipConfiguration(ipConfigurations(hub))
            .zones(zones)
            .tags(tags.asMap())
            .build();
        DiagnosticSettings.dedicated(this, "Diagnostics", resource.getId(), workspace, LOG_CATEGORIES, true);

        ingressRules(published);
        platformRules(platformSources, platformFqdns);
        egressRules(path, props.egress());
        siteRules(path, props.siteIngress());
    }

    /** The egress configuration in the firewall's subnet, then one per published ingress (Azure takes no subnet on those). */
    private List<FirewallIpConfiguration> ipConfigurations(HubNetwork hub) {
        List<FirewallIpConfiguration> configurations = new ArrayList<>();
        configurations.add(FirewallIpConfiguration.builder()
            .name("egress")
            .subnetId(hub.subnetId(HubSubnet.FIREWALL))
            .publicIpAddressId(publicIp.getId())
            .build());
        ingressIps.forEach((ingress, address) -> configurations.add(FirewallIpConfiguration.builder()
            .name("ingress-" + ingress)
            .publicIpAddressId(address.getId())
            .build()));
        return configurations;
    }

    /** One DNAT rule per published port (azurerm takes one destination port per NAT rule), from any source. */
    private void ingressRules(List<PublishedIngress> published) {
        if (published.isEmpty()) {
            return;
        }
        List<FirewallPolicyRuleCollectionGroupNatRuleCollectionRule> rules = new ArrayList<>();
        for (PublishedIngress ingress : published) {
            for (int port : ingress.ports()) {
                rules.add(FirewallPolicyRuleCollectionGroupNatRuleCollectionRule.builder()
                    .name(ingress.name() + "-" + port)
                    .description("Published ingress of " + ingress.name())
                    .protocols(List.of("TCP"))
                    .sourceAddresses(List.of("*"))
                    .destinationAddress(ingressIps.get(ingress.name()).getIpAddress())
                    .destinationPorts(List.of(String.valueOf(port)))
                    .translatedAddress(ingress.translatedAddress())
                    .translatedPort(port)
                    .build());
            }
        }
        FirewallPolicyRuleCollectionGroup.Builder.create(this, "ingress")
            .name("ingress")
            .firewallPolicyId(policy.getId())
            .priority(INGRESS_PRIORITY)
            .natRuleCollection(List.of(FirewallPolicyRuleCollectionGroupNatRuleCollection.builder()
                .name("ingress-dnat").priority(INGRESS_PRIORITY).action("Dnat").rule(rules).build()))
            .build();
    }

    /**
     * The public address of the published ingress {@code name} (a Terraform reference): where its tenants' DNS names point.
     *
     * @throws IllegalArgumentException when the firewall publishes no such ingress
     */
    public String ingressPublicIpAddress(String name) {
        PublicIp address = ingressIps.get(name);
        if (address == null) {
            throw Checks.invalid(getNode().getPath(), "publishedIngress", name, "one of " + ingressIps.keySet());
        }
        return address.getIpAddress();
    }

    /**
     * FQDNs that AKS add-ons and features this library enables need beyond the {@code AzureKubernetesService} tag, per
     * "Outbound network and FQDN rules for AKS clusters" (learn.microsoft.com/azure/aks/outbound-rules-control-egress):
     * Azure Monitor for containers and managed Prometheus, Azure Policy, and cluster extensions (Flux GitOps).
     * Defender for Containers needs the same Log Analytics endpoints.
     */
    public static List<String> aksAddonFqdns(AzureRegion region) {
        String location = region.name();
        return List.of(
            "dc.services.visualstudio.com",
            "*.ods.opinsights.azure.com",
            "*.oms.opinsights.azure.com",
            "*.monitoring.azure.com",
            location + ".ingest.monitor.azure.com",
            location + ".handler.control.monitor.azure.com",
            "data.policy.core.windows.net",
            "store.policy.core.windows.net",
            location + ".dp.kubernetesconfiguration.azure.com");
    }

    /** The firewall's private address in the hub (a Terraform reference): the spokes' next hop and DNS server. */
    public String privateIpAddress() {
        return resource.getIpConfiguration().get(0).getPrivateIpAddress();
    }

    /** The firewall policy's id (a Terraform reference), for further rule collection groups. */
    public String policyId() {
        return policy.getId();
    }

    /** The egress public address (a Terraform reference), what partners allow-list. */
    public String publicIpAddress() {
        return publicIp.getIpAddress();
    }

    /** The firewall's resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    private void platformRules(List<String> sources, List<String> fqdns) {
        List<FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule> application = new ArrayList<>();
        // The tag covers the required FQDN/application rules; AKS's own Azure Firewall example opens it on HTTP 80 and HTTPS 443.
        application.add(FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule.builder()
            .name("aks")
            .description("AKS required FQDNs (AzureKubernetesService FQDN tag)")
            .sourceAddresses(sources)
            .destinationFqdnTags(List.of(AKS_FQDN_TAG))
            .protocols(List.of(protocol("Http", 80), protocol("Https", 443)))
            .build());
        if (!fqdns.isEmpty()) {
            application.add(FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule.builder()
                .name("platform-fqdns")
                .description("AKS add-ons, GitOps and certificate issuance")
                .sourceAddresses(sources)
                .destinationFqdns(fqdns)
                .protocols(List.of(protocol("Https", 443)))
                .build());
        }
        // outbound-rules-control-egress: UDP 123 to ntp.ubuntu.com "if using Azure Firewall network rules", needed by
        // Linux nodes provisioned before March 2021; kept narrow (one host) so that older node images keep their clocks.
        // UDP 1194 / TCP 9000 are not opened: konnectivity (HTTPS to *.hcp.<region>.azmk8s.io, in the tag) replaced them,
        // and private clusters never need them.
        var ntp = FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule.builder()
            .name("ntp")
            .description("Time synchronisation of Linux nodes")
            .sourceAddresses(sources)
            .destinationFqdns(List.of("ntp.ubuntu.com"))
            .destinationPorts(List.of("123"))
            .protocols(List.of("UDP"))
            .build();
        FirewallPolicyRuleCollectionGroup.Builder.create(this, "platform")
            .name("platform")
            .firewallPolicyId(policy.getId())
            .priority(PLATFORM_PRIORITY)
            .applicationRuleCollection(List.of(FirewallPolicyRuleCollectionGroupApplicationRuleCollection.builder()
                .name("platform-application").priority(PLATFORM_PRIORITY).action("Allow").rule(application).build()))
            .networkRuleCollection(List.of(FirewallPolicyRuleCollectionGroupNetworkRuleCollection.builder()
                .name("platform-network").priority(PLATFORM_PRIORITY + 10).action("Allow").rule(List.of(ntp)).build()))
            .build();
    }

    /** Checks a name that rules and addresses are named after: its form, and that {@code seen} does not hold it yet. */
    private static void uniqueName(String path, String prop, String name, Set<String> seen, String example, String twice) {
        if (!EgressSource.validName(name)) {
            throw Checks.invalid(path, prop, name, "letters, digits and hyphens, alphanumeric at both ends, at most "
                + EgressSource.MAX_NAME_LENGTH + " characters, e.g. " + example);
        }
        if (!seen.add(name)) {
            throw Checks.invalid(path, prop, name, twice);
        }
    }

    private void egressRules(String path, List<EgressSource> egress) {
        List<FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule> application = new ArrayList<>();
        List<FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule> network = new ArrayList<>();
        Set<String> sourceNames = new HashSet<>();
        Map<String, String> ruleNames = new HashMap<>();
        for (int i = 0; i < egress.size(); i++) {
            EgressSource source = egress.get(i);
            String at = "egress[" + i + "]";
            uniqueName(path, at + ".name", source.name(), sourceNames, "wholesale-prod", "each egress source once; merge the two entries' rules");
            List<String> sources = sources(path, at + ".sourceRanges", source.sourceRanges());
            for (int j = 0; j < source.rules().size(); j++) {
                EgressRule rule = source.rules().get(j);
                String ruleName = ruleName(source.name(), rule.key());
                String where = at + ".rules[" + j + "]";
                String earlier = ruleNames.putIfAbsent(ruleName, where);
                if (earlier != null) {
                    throw Checks.invalid(path, where, rule.toString(), "each destination, protocol and port once per source; "
                        + earlier + " already allows it as rule " + ruleName + "; remove one");
                }
                List<String> destination = List.of(rule.destination());
                if (rule.protocol().applicationRule()) {
                    if (rule.port() > MAX_APPLICATION_PORT) {
                        throw Checks.invalid(path, where + ".port", rule.port(), "application rules (http, https) take ports up to "
                            + MAX_APPLICATION_PORT + "; use tcp for a higher port");
                    }
                    var built = FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRule.builder()
                        .name(ruleName)
                        .description(rule.reason())
                        .sourceAddresses(sources)
                        .protocols(List.of(protocol(rule.protocol() == EgressProtocol.HTTPS ? "Https" : "Http", rule.port())));
                    // Application rules take address ranges as well as host names (ApplicationRule.destinationAddresses).
                    if (rule.isFqdn()) {
                        built.destinationFqdns(destination);
                    } else {
                        built.destinationAddresses(destination);
                    }
                    application.add(built.build());
                } else {
                    var built = FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule.builder()
                        .name(ruleName)
                        .description(rule.reason())
                        .sourceAddresses(sources)
                        .destinationPorts(List.of(String.valueOf(rule.port())))
                        .protocols(List.of(rule.protocol().transport()));
                    if (rule.isFqdn()) {
                        built.destinationFqdns(destination);
                    } else {
                        built.destinationAddresses(destination);
                    }
                    network.add(built.build());
                }
            }
        }
        if (application.isEmpty() && network.isEmpty()) {
            return;
        }
        var group = FirewallPolicyRuleCollectionGroup.Builder.create(this, "egress")
            .name("egress")
            .firewallPolicyId(policy.getId())
            .priority(EGRESS_PRIORITY);
        if (!application.isEmpty()) {
            group.applicationRuleCollection(List.of(FirewallPolicyRuleCollectionGroupApplicationRuleCollection.builder()
                .name("egress-application").priority(EGRESS_PRIORITY).action("Allow").rule(application).build()));
        }
        if (!network.isEmpty()) {
            group.networkRuleCollection(List.of(FirewallPolicyRuleCollectionGroupNetworkRuleCollection.builder()
                .name("egress-network").priority(EGRESS_PRIORITY + 10).action("Allow").rule(network).build()));
        }
        group.build();
    }

    /** One network rule per site: its ranges to the private ingress addresses it serves, TCP on the given ports. */
    private void siteRules(String path, List<SiteIngress> sites) {
        if (sites.isEmpty()) {
            return;
        }
        List<FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            SiteIngress site = sites.get(i);
            String at = "siteIngress[" + i + "]";
            if (!names.add(site.name())) {
                throw Checks.invalid(path, at + ".name", site.name(), "each site's ingress once; merge the two entries' destinations");
            }
            List<String> sources = sources(path, at + ".sourceRanges", site.sourceRanges());
            if (site.destinations().isEmpty() || site.destinations().stream().anyMatch(address -> !Cidr.isAddress(address))) {
                throw Checks.invalid(path, at + ".destinations", site.destinations().toString(),
                    "private IPv4 addresses of the ingresses the site serves, e.g. [10.20.1.254]");
            }
            if (site.ports().isEmpty() || site.ports().stream().anyMatch(port -> port == null || port < 1 || port > 65535)) {
                throw Checks.invalid(path, at + ".ports", site.ports().toString(), "TCP ports 1 to 65535, e.g. [80, 443]");
            }
            rules.add(FirewallPolicyRuleCollectionGroupNetworkRuleCollectionRule.builder()
                .name(ruleName(site.name(), "ingress"))
                .description("What " + site.name() + " reaches: its business unit's ingress")
                .sourceAddresses(sources)
                .destinationAddresses(site.destinations())
                .destinationPorts(site.ports().stream().map(String::valueOf).toList())
                .protocols(List.of("TCP"))
                .build());
        }
        FirewallPolicyRuleCollectionGroup.Builder.create(this, "sites")
            .name("sites")
            .firewallPolicyId(policy.getId())
            .priority(SITES_PRIORITY)
            .networkRuleCollection(List.of(FirewallPolicyRuleCollectionGroupNetworkRuleCollection.builder()
                .name("sites-network").priority(SITES_PRIORITY).action("Allow").rule(rules).build()))
            .build();
    }

    /**
     * {@code <source>-<key>}, or when longer than Azure's 80 characters its first 71 and {@code -} and 8 hex digits of
     * the SHA-256 of the whole, as {@link EgressRule#key()} does: stable from one synthesis to the next.
     */
    static String ruleName(String source, String key) {
        String name = source + "-" + key;
        if (name.length() <= MAX_RULE_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, MAX_RULE_NAME_LENGTH - 9) + "-" + sha256(name).substring(0, 8);
    }

    private static List<String> sources(String path, String prop, List<Cidr> ranges) {
        if (ranges == null || ranges.isEmpty()) {
            throw Checks.missing(path, prop, "at least one source range (the AKS node subnets the traffic leaves from), e.g. 10.20.0.0/23;"
                + " a rule without sources would allow nothing, and '*' would allow every network behind the hub");
        }
        return ranges.stream().map(Cidr::toString).distinct().toList();
    }

    private static FirewallThreatMode intrusionDetectionMode(String path, FirewallSku sku, FirewallThreatMode value) {
        if (sku != FirewallSku.PREMIUM) {
            if (value != null) {
                throw Checks.invalid(path, "intrusionDetectionMode", value.terraformValue(), "intrusion detection needs sku(FirewallSku.PREMIUM);"
                    + " Azure refuses it on a Standard policy");
            }
            return null;
        }
        return value == null ? FirewallThreatMode.ALERT : value;
    }

    private static FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRuleProtocols protocol(String type, int port) {
        return FirewallPolicyRuleCollectionGroupApplicationRuleCollectionRuleProtocols.builder().type(type).port(port).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends HubFirewallProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a firewall with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public HubFirewall build() {
            return new HubFirewall(scope, id, toProps());
        }
    }
}
