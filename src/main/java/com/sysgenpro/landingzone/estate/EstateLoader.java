package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.internal.Choices;
import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.Level;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.connectivity.EgressProtocol;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.connectivity.HubGateway;
import com.sysgenpro.landingzone.connectivity.Site;
import com.sysgenpro.landingzone.connectivity.SiteConnection;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.governance.PartnerGrant;
import com.sysgenpro.landingzone.governance.PartnerRole;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.governance.policy.EnforcementMode;
import com.sysgenpro.landingzone.internal.ConfigNode;
import com.sysgenpro.landingzone.internal.Problems;
import com.sysgenpro.landingzone.internal.Quoting;
import com.sysgenpro.landingzone.internal.YamlTree;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads YAML estate files into an {@link Estate} and validates it. Every problem of a file (unknown fields, wrong
 * types, bad values, rule violations) is reported together in one {@link EstateValidationException} that names the
 * file, the path of each field and what is allowed. So is what makes a file unreadable as an estate (too large, not
 * UTF-8, not one YAML document, nested too deep), in words rather than Java's exception names; see {@link EstateFile}
 * and {@link YamlTree}.
 */
public final class EstateLoader {

    /** Where the estates shipped in the jar live on the classpath (the repository's {@code stacks/} folder). */
    public static final String RESOURCE_FOLDER = "com/sysgenpro/landingzone/stacks/";

    /**
     * The fields each mapping of an estate file may have, by the mapping's path ({@code businessUnits[]} stands for
     * every unit); the reader reports any other field as unknown. Kept in one place, rather than spelt out where each
     * mapping is read, so that the tests can check that {@code stacks/estate.schema.json} describes exactly these.
     * {@code network.shared}, {@code network.hubs} and {@code subscriptions.existing} are absent: their keys are
     * blueprint names, regions and subscription keys, checked by {@link EstateValidator} and the reader.
     */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
        Map.entry("", List.of("organisation", "prefix", "tenantId", "timeZone", "maintenance", "platform", "regions", "state", "network",
            "budgets", "gitOps", "ingress", "governance", "access", "databaseAdmins", "subscriptions", "capacityOverrideReason", "businessUnits")),
        Map.entry("maintenance", List.of("day", "start")),
        Map.entry("businessUnits[].maintenance", List.of("day", "start")),
        Map.entry("state", List.of("subscriptionId", "resourceGroup", "storageAccount", "container")),
        Map.entry("network", List.of("shared", "hubs", "sites")),
        Map.entry("network.sites[]", List.of("name", "hub", "addressSpaces", "vpnDevice", "expressRouteCircuit")),
        Map.entry("budgets", List.of("start")),
        Map.entry("gitOps", List.of("repositoryUrl", "branch")),
        Map.entry("ingress", List.of("domain", "acmeEmail", "acmeServer", "privateIssuer")),
        Map.entry("databaseAdmins", List.of("objectId", "name")),
        Map.entry("platform", List.of("owner", "costCenter", "monthlyBudget")),
        Map.entry("subscriptions", List.of("billingScope", "layout", "vendingSubscriptionId", "existing", "cancelOnDestroy", "retired",
            "securityContacts", "devTestOffer")),
        Map.entry("regions", List.of("primary", "secondary", "allowed")),
        Map.entry("governance", List.of("mandatoryTags", "enforcement", "allowedContainerImages", "suppressions")),
        Map.entry("governance.suppressions[]", List.of("rule", "stack", "resource", "reason", "expires")),
        Map.entry("access", List.of("platformAdmins", "securityOperations", "erpAdmins", "financeReaders", "deploymentPrincipal",
            "eligibilityStart", "eligibilityEnd", "partners")),
        Map.entry("access.partners[]", List.of("name", "group", "roles", "units", "environments", "maxActivationHours", "approvers",
            "start", "end")),
        Map.entry("businessUnits[]", List.of("name", "shortName", "owner", "costCenter", "operatorsGroup", "dataClassification",
            "customerManagedKeys", "recoveryTier", "sites", "application", "region", "recoveryRegion", "timeZone", "maintenance", "criteria", "tenancy", "tenancyOverrideReason", "monthlyBudget", "egress", "environments")),
        Map.entry("businessUnits[].egress[]", List.of("fqdn", "cidr", "protocol", "port", "reason")),
        Map.entry("businessUnits[].criteria", List.of("transactionVolume", "integrationComplexity", "customizationDepth",
            "latencyTolerance")),
        Map.entry("businessUnits[].environments[]", List.of("name", "blueprint", "tenancy", "recoveryTier", "addressSpace",
            "recoveryAddressSpace", "monthlyBudget", "subscriptionId", "sites", "egress", "expires", "capacityOverrideReason",
            "size")),
        Map.entry("businessUnits[].environments[].size", List.of("nodeSize", "postgresSku", "redisSku", "weight")),
        Map.entry("businessUnits[].environments[].egress[]", List.of("fqdn", "cidr", "protocol", "port", "reason")));

    private EstateLoader() {
    }

    /**
     * Reads and validates the estate file at {@code file}, judging its eligibility's last days against today (UTC).
     *
     * @throws EstateValidationException naming the file and every problem in it
     */
    public static Estate load(Path file) {
        return load(file, EstateValidator.today());
    }

    /**
     * {@link #load(Path)} judging the last days of its eligible (PIM) assignments ({@code access.eligibilityEnd},
     * each partner's {@code end}) against {@code today}, a day in UTC: one before it is refused.
     */
    public static Estate load(Path file, LocalDate today) {
        return parse(EstateFile.read(file), file.toString(), today);
    }

    /**
     * Reads and validates an estate shipped in the jar, e.g. {@code reference.yaml} for the reference estate, judging
     * its eligibility's last days against today (UTC).
     *
     * @throws EstateValidationException when it is absent or invalid
     */
    public static Estate loadResource(String name) {
        return loadResource(name, EstateValidator.today());
    }

    /** {@link #loadResource(String)} judging the eligibility's last days against {@code today} (UTC), as {@link #load(Path, LocalDate)}. */
    public static Estate loadResource(String name, LocalDate today) {
        String resource = RESOURCE_FOLDER + name;
        try (InputStream in = EstateLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new EstateValidationException("classpath:" + resource, List.of(new Problem("", "resource not found")));
            }
            return parse(EstateFile.read(in, "classpath:" + resource), "classpath:" + resource, today);
        } catch (IOException e) {
            throw new EstateValidationException("classpath:" + resource, List.of(new Problem("", "cannot be read: "
                + (e.getMessage() == null ? "the jar could not be read" : e.getMessage()))));
        }
    }

    /**
     * Reads and validates estate YAML, judging its eligibility's last days against today (UTC).
     *
     * @param source names the text's origin in error messages
     * @throws EstateValidationException naming {@code source} and every problem
     */
    public static Estate parse(String yaml, String source) {
        return parse(yaml, source, EstateValidator.today());
    }

    /** {@link #parse(String, String)} judging the eligibility's last days against {@code today} (UTC), as {@link #load(Path, LocalDate)}. */
    public static Estate parse(String yaml, String source, LocalDate today) {
        java.util.Objects.requireNonNull(today, "today");
        EstateFile.checkLength(yaml, source);
        Problems problems = new Problems();
        JsonNode document = YamlTree.read(yaml, problems);
        if (document == null) {
            throw new EstateValidationException(source, problems.list());
        }
        Estate estate = read(ConfigNode.root(document, problems));
        EstateValidator.validate(estate, problems, today);
        if (!problems.isEmpty()) {
            throw new EstateValidationException(source, problems.list());
        }
        return estate;
    }

    /** Reports the fields of {@code node} that {@link #FIELDS} does not allow at {@code path}. */
    private static void allowOnly(ConfigNode node, String path) {
        node.allowOnly(FIELDS.get(path).toArray(String[]::new));
    }

    private static Estate read(ConfigNode root) {
        allowOnly(root, "");
        Estate.Builder estate = Estate.builder()
            .organisation(root.string("organisation", true))
            .prefix(root.string("prefix", true))
            .tenantId(root.string("tenantId", true));
        if (root.has("timeZone")) {
            estate.timeZone(root.string("timeZone", false));
        }
        ConfigNode maintenance = root.object("maintenance", false);
        allowOnly(maintenance, "maintenance");
        if (root.has("maintenance")) {
            estate.maintenance(maintenanceDay(maintenance, MaintenanceWindow.DEFAULT_DAY), maintenanceStart(maintenance, MaintenanceWindow.DEFAULT_START));
        }
        ConfigNode state = root.object("state", false);
        allowOnly(state, "state");
        if (root.has("state")) {
            estate.stateBackend(new StateBackend(state.string("subscriptionId", true), state.string("resourceGroup", true),
                state.string("storageAccount", true), state.string("container", true)));
        }
        ConfigNode network = root.object("network", false);
        allowOnly(network, "network");
        ConfigNode sharedNetworks = network.object("shared", false);
        String sharedRule = "an IPv4 range in CIDR notation such as 10.64.0.0/20";
        String knownRegionNames = AzureRegion.known().stream().map(AzureRegion::name).collect(Collectors.joining(", "));
        for (String blueprint : sharedNetworks.fieldNames()) {
            if (!sharedNetworks.isObject(blueprint)) {
                Cidr range = sharedNetworks.value(blueprint, true, EstateLoader::cidr, sharedRule + ", or regions mapped to ranges");
                if (range != null) {
                    estate.sharedNetwork(blueprint, range);
                }
                continue;
            }
            // One range per region: {westeurope: 10.64.0.0/20, swedencentral: 10.96.0.0/20}.
            ConfigNode byRegion = sharedNetworks.object(blueprint, true);
            for (String regionName : byRegion.fieldNames()) {
                var region = AzureRegion.find(regionName);
                if (region.isEmpty()) {
                    root.problems().add(byRegion.pathOf(Quoting.shorten(regionName)), Quoting.quote(regionName) + " is not a region; allowed: " + knownRegionNames);
                    continue;
                }
                Cidr range = byRegion.value(regionName, true, EstateLoader::cidr, sharedRule);
                if (range != null) {
                    estate.sharedNetwork(blueprint, region.get(), range);
                }
            }
        }
        // One hub per region: {westeurope: 10.60.0.0/24, northeurope: 10.61.0.0/24}.
        ConfigNode hubs = network.object("hubs", false);
        for (String regionName : hubs.fieldNames()) {
            var region = AzureRegion.find(regionName);
            if (region.isEmpty()) {
                root.problems().add(hubs.pathOf(Quoting.shorten(regionName)), Quoting.quote(regionName) + " is not a region; allowed: " + knownRegionNames);
                continue;
            }
            Cidr range = hubs.value(regionName, true, EstateLoader::cidr, "an IPv4 range in CIDR notation such as 10.60.0.0/24");
            if (range != null) {
                estate.hubNetwork(region.get(), range);
            }
        }
        readSites(network, knownRegionNames).forEach(site -> estate.site(site.hub(), site.site()));
        ConfigNode budgets = root.object("budgets", false);
        allowOnly(budgets, "budgets");
        estate.budgetStart(budgets.value("start", false, EstateLoader::date, "a date written YYYY-MM-DD"));
        estate.capacityOverrideReason(root.string("capacityOverrideReason", false));
        ConfigNode gitOps = root.object("gitOps", false);
        allowOnly(gitOps, "gitOps");
        if (root.has("gitOps")) {
            estate.gitOps(new GitOpsSource(gitOps.string("repositoryUrl", true), gitOps.string("branch", true)));
        }
        ConfigNode ingress = root.object("ingress", false);
        allowOnly(ingress, "ingress");
        if (root.has("ingress")) {
            estate.ingress(new IngressSettings(ingress.string("domain", false), ingress.string("acmeEmail", false),
                ingress.string("acmeServer", false), ingress.string("privateIssuer", false)));
        }
        ConfigNode databaseAdmins = root.object("databaseAdmins", true);
        allowOnly(databaseAdmins, "databaseAdmins");
        estate.databaseAdmins(new DirectoryGroup(databaseAdmins.string("objectId", true), databaseAdmins.string("name", true)));
        ConfigNode platform = root.object("platform", true);
        allowOnly(platform, "platform");
        estate.platformOwner(platform.string("owner", true)).platformCostCenter(platform.string("costCenter", true));
        Integer platformBudget = platform.integer("monthlyBudget", false, 1, 10_000_000);
        if (platformBudget != null) {
            estate.platformMonthlyBudget(platformBudget);
        }
        if (root.has("subscriptions")) {
            estate.subscriptions(subscriptions(root.object("subscriptions", true)));
        }
        ConfigNode regions = root.object("regions", true);
        allowOnly(regions, "regions");
        String knownRegions = AzureRegion.known().stream().map(AzureRegion::name).collect(Collectors.joining(", "));
        estate.primaryRegion(regions.value("primary", true, AzureRegion::find, knownRegions));
        estate.secondaryRegion(regions.value("secondary", false, AzureRegion::find, knownRegions));
        List<String> allowed = regions.strings("allowed", false);
        List<AzureRegion> allowedRegions = new java.util.ArrayList<>();
        for (int i = 0; i < allowed.size(); i++) {
            var region = AzureRegion.find(allowed.get(i));
            if (region.isPresent()) {
                allowedRegions.add(region.get());
            } else {
                root.problems().add(regions.pathOf("allowed") + "[" + i + "]", Quoting.quote(allowed.get(i)) + " is not allowed; allowed: " + knownRegions);
            }
        }
        estate.allowedRegions(allowedRegions);

        ConfigNode governance = root.object("governance", false);
        allowOnly(governance, "governance");
        if (governance.has("mandatoryTags")) {
            estate.mandatoryTags(governance.strings("mandatoryTags", false));
        }
        EnforcementMode enforcement = governance.value("enforcement", false, EstateLoader::enforcement, "default, doNotEnforce");
        if (enforcement != null) {
            estate.enforcement(enforcement);
        }
        estate.allowedContainerImages(governance.string("allowedContainerImages", false));
        for (ConfigNode suppression : governance.list("suppressions", false)) {
            allowOnly(suppression, "governance.suppressions[]");
            estate.suppression(new Suppression(suppression.string("rule", true), suppression.string("stack", true),
                suppression.string("resource", false), suppression.string("reason", true),
                suppression.value("expires", false, EstateLoader::date, "a date written YYYY-MM-DD")));
        }

        ConfigNode access = root.object("access", false);
        allowOnly(access, "access");
        List<Partner> partners = new java.util.ArrayList<>();
        for (ConfigNode partner : access.list("partners", false)) {
            partners.add(readPartner(partner));
        }
        estate.access(new AccessGroups(access.string("platformAdmins", false), access.string("securityOperations", false),
            access.string("erpAdmins", false), access.string("financeReaders", false), access.string("deploymentPrincipal", false),
            access.value("eligibilityStart", false, EstateLoader::date, "a date written YYYY-MM-DD"),
            access.value("eligibilityEnd", false, EstateLoader::date, "a date written YYYY-MM-DD"), partners));

        for (ConfigNode unit : root.list("businessUnits", true)) {
            estate.businessUnit(readUnit(unit));
        }
        return estate.build();
    }

    private static SubscriptionSettings subscriptions(ConfigNode node) {
        allowOnly(node, "subscriptions");
        String layouts = Choices.allowed(SubscriptionLayout.values(), SubscriptionLayout::id);
        SubscriptionLayout layout = node.value("layout", false, SubscriptionLayout::find, layouts);
        Map<String, String> existing = new java.util.LinkedHashMap<>();
        ConfigNode adopted = node.object("existing", false);
        for (String key : adopted.fieldNames()) {
            String id = adopted.string(key, true);
            if (id != null) {
                existing.put(key, id);
            }
        }
        Boolean cancel = node.bool("cancelOnDestroy", false);
        Boolean devTest = node.bool("devTestOffer", false);
        return new SubscriptionSettings(node.string("billingScope", false), layout, node.string("vendingSubscriptionId", false),
            existing, cancel != null && cancel, node.strings("securityContacts", false), devTest != null && devTest,
            node.strings("retired", false));
    }

    /**
     * One of {@code access.partners}. Roles and environments are read here, from closed sets, so that a privileged
     * role is refused with why; the rules between fields (approvers for production, dates, units) are the validator's.
     */
    private static Partner readPartner(ConfigNode node) {
        allowOnly(node, "access.partners[]");
        String dateRule = "a date written YYYY-MM-DD";
        List<PartnerRole> roles = new java.util.ArrayList<>();
        List<String> roleIds = node.strings("roles", true);
        if (node.has("roles") && roleIds.isEmpty() && !node.problems().has(node.pathOf("roles"))) {
            node.problems().add(node.pathOf("roles"), "must list at least one role; allowed: " + PartnerRole.ids());
        }
        for (int i = 0; i < roleIds.size(); i++) {
            String id = roleIds.get(i);
            Optional<PartnerRole> role = PartnerRole.find(id);
            if (role.isPresent() && roles.contains(role.get())) {
                node.problems().add(node.pathOf("roles") + "[" + i + "]", Quoting.quote(id) + " is listed twice");
                continue;
            }
            if (role.isPresent()) {
                roles.add(role.get());
                continue;
            }
            String privileged = PartnerRole.privileged(id).map(builtIn -> Quoting.quote(id) + " (" + builtIn.displayName()
                + ") is privileged: it grants roles, so the partner could make itself or anyone Owner; ").orElse(null);
            node.problems().add(node.pathOf("roles") + "[" + i + "]", (privileged != null ? privileged
                : Quoting.quote(id) + " is not a role a partner may be eligible for; ") + "allowed: " + PartnerRole.ids());
        }
        List<SubscriptionWorkload> environments = null;
        if (node.has("environments")) {
            environments = new java.util.ArrayList<>();
            List<String> ids = node.strings("environments", false);
            for (int i = 0; i < ids.size(); i++) {
                Optional<SubscriptionWorkload> environment = Partner.environment(ids.get(i));
                if (environment.isPresent() && environments.contains(environment.get())) {
                    node.problems().add(node.pathOf("environments") + "[" + i + "]", Quoting.quote(ids.get(i)) + " is listed twice");
                } else if (environment.isPresent()) {
                    environments.add(environment.get());
                } else {
                    node.problems().add(node.pathOf("environments") + "[" + i + "]", Quoting.quote(ids.get(i))
                        + " is not allowed; allowed: " + Partner.environmentIds());
                }
            }
        }
        return new Partner(node.string("name", true), node.string("group", true), roles,
            node.has("units") ? node.strings("units", false) : null, environments,
            node.integer("maxActivationHours", false, 1, PartnerGrant.MAX_ACTIVATION_HOURS), node.string("approvers", false),
            node.value("start", false, EstateLoader::date, dateRule), node.value("end", true, EstateLoader::date, dateRule));
    }

    private static final String DAYS = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    private static java.time.DayOfWeek maintenanceDay(ConfigNode node, java.time.DayOfWeek fallback) {
        java.time.DayOfWeek day = node.value("day", false, EstateLoader::day, DAYS);
        return day != null ? day : fallback;
    }

    private static java.time.LocalTime maintenanceStart(ConfigNode node, java.time.LocalTime fallback) {
        java.time.LocalTime start = node.value("start", false, EstateLoader::time, "a local time written HH:MM, e.g. \"01:00\"");
        return start != null ? start : fallback;
    }

    private static Optional<java.time.DayOfWeek> day(String text) {
        return Arrays.stream(java.time.DayOfWeek.values()).filter(day -> day.name().toLowerCase(java.util.Locale.ROOT).equals(text))
            .findFirst();
    }

    private static Optional<java.time.LocalTime> time(String text) {
        if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            return Optional.empty();
        }
        return Optional.of(java.time.LocalTime.parse(text));
    }

    private static Optional<EnforcementMode> enforcement(String text) {
        return switch (text) {
            case "default" -> Optional.of(EnforcementMode.DEFAULT);
            case "doNotEnforce" -> Optional.of(EnforcementMode.DO_NOT_ENFORCE);
            default -> Optional.empty();
        };
    }

    private static Optional<Cidr> cidr(String text) {
        try {
            return Optional.of(Cidr.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The sites of {@code network.sites}, each with what is wrong with its fields at their paths; a site with such a
     * problem is left out (the estate then fails to load). What concerns the estate as a whole (hubs, overlaps, the
     * units listing the site) is the validator's.
     */
    private static List<ConnectedSite> readSites(ConfigNode network, String knownRegionNames) {
        List<ConnectedSite> sites = new java.util.ArrayList<>();
        for (ConfigNode entry : network.list("sites", false)) {
            allowOnly(entry, "network.sites[]");
            String name = entry.string("name", true);
            AzureRegion hub = entry.value("hub", true, AzureRegion::find, knownRegionNames);
            List<Cidr> ranges = new java.util.ArrayList<>();
            List<String> spaces = entry.strings("addressSpaces", true);
            boolean valid = true;
            for (int i = 0; i < spaces.size(); i++) {
                Optional<Cidr> range = cidr(spaces.get(i));
                if (range.isEmpty()) {
                    entry.problems().add(entry.pathOf("addressSpaces") + "[" + i + "]", Quoting.quote(spaces.get(i))
                        + " is not allowed; an IPv4 range in CIDR notation such as 192.168.10.0/24");
                    valid = false;
                } else {
                    ranges.add(range.get());
                }
            }
            if (entry.has("addressSpaces") && spaces.isEmpty()) {
                entry.problems().add(entry.pathOf("addressSpaces"), "is empty; list the ranges behind the site, e.g. [192.168.10.0/24]");
                valid = false;
            }
            String device = entry.string("vpnDevice", false);
            String circuit = entry.string("expressRouteCircuit", false);
            if (entry.has("vpnDevice") == entry.has("expressRouteCircuit")) {
                entry.problems().add(entry.path(), (entry.has("vpnDevice") ? "sets both vpnDevice and expressRouteCircuit; give one"
                    : "needs a connection") + ": vpnDevice (the public IPv4 address of the site's VPN device, e.g. 203.0.113.10) or"
                    + " expressRouteCircuit (the resource id of its ExpressRoute circuit)");
                valid = false;
            }
            SiteConnection connection = device != null ? SiteConnection.VPN : SiteConnection.EXPRESS_ROUTE;
            String endpoint = device != null ? device : circuit;
            if (endpoint != null) {
                String problem = HubGateway.endpointProblem(connection, endpoint);
                if (problem != null) {
                    entry.problems().add(entry.pathOf(device != null ? "vpnDevice" : "expressRouteCircuit"), Quoting.quote(endpoint) + " " + problem);
                    valid = false;
                }
            }
            if (valid && name != null && hub != null && endpoint != null && !ranges.isEmpty()) {
                sites.add(new ConnectedSite(hub, new Site(name, ranges, connection, endpoint)));
            }
        }
        return sites;
    }

    /**
     * The {@code egress} entries of a unit or an environment, each with what is wrong with it at its path; an entry
     * with a problem is left out (the estate then fails to load). Duplicates are the validator's, which sees the unit's
     * entries and its environments' together.
     */
    private static List<EgressRule> readEgress(ConfigNode node, String fields) {
        List<EgressRule> rules = new java.util.ArrayList<>();
        for (ConfigNode entry : node.list("egress", false)) {
            allowOnly(entry, fields);
            String fqdn = entry.string("fqdn", false);
            Cidr cidr = entry.value("cidr", false, EstateLoader::cidr, "a public IPv4 range in CIDR notation such as 203.0.113.0/24");
            EgressProtocol protocol = entry.value("protocol", true, EgressProtocol::find, EgressProtocol.ids());
            Integer port = entry.integer("port", true, EgressRule.MIN_PORT, EgressRule.MAX_PORT);
            String reason = entry.string("reason", true);
            Problems problems = entry.problems();
            boolean valid = true;
            if (entry.has("fqdn") == entry.has("cidr")) {
                problems.add(entry.path(), (entry.has("fqdn") ? "sets both fqdn and cidr; give one destination per entry"
                    : "needs a destination") + ": fqdn (a host name such as sftp.partner.example) or cidr (a public range such as"
                    + " 203.0.113.0/24)");
                valid = false;
            }
            String problem = fqdn != null ? EgressRule.fqdnProblem(fqdn, protocol) : cidr != null ? EgressRule.cidrProblem(cidr) : null;
            if (problem != null) {
                problems.add(entry.pathOf(fqdn != null ? "fqdn" : "cidr"), problem);
                valid = false;
            }
            if (reason != null && reason.isBlank()) {
                problems.add(entry.pathOf("reason"), "is blank; say why the environment needs this destination, e.g. \"EDI orders from"
                    + " the retail chains\": reviewers and the firewall rule's description read it");
                valid = false;
            }
            if (valid && (fqdn != null || cidr != null) && protocol != null && port != null && reason != null) {
                rules.add(new EgressRule(fqdn, cidr, protocol, port, reason));
            }
        }
        return rules;
    }

    private static BusinessUnit readUnit(ConfigNode node) {
        allowOnly(node, "businessUnits[]");
        String knownRegions = AzureRegion.known().stream().map(AzureRegion::name).collect(Collectors.joining(", "));
        String levels = Level.ids();
        String tiers = RecoveryTier.ids();
        BusinessUnit.Builder unit = BusinessUnit.builder()
            .name(node.string("name", true))
            .shortName(node.string("shortName", false))
            .owner(node.string("owner", true))
            .costCenter(node.string("costCenter", true))
            .operatorsGroup(node.string("operatorsGroup", false))
            .region(node.value("region", false, AzureRegion::find, knownRegions))
            .recoveryRegion(node.value("recoveryRegion", false, AzureRegion::find, knownRegions))
            .timeZone(node.string("timeZone", false))
            .application(node.string("application", false))
            .tenancy(node.value("tenancy", false, TenancyModel::find, TenancyModel.ids()))
            .tenancyOverrideReason(node.string("tenancyOverrideReason", false))
            .monthlyBudget(node.integer("monthlyBudget", false, 1, 10_000_000));
        ConfigNode maintenance = node.object("maintenance", false);
        allowOnly(maintenance, "businessUnits[].maintenance");
        if (node.has("maintenance")) {
            unit.maintenance(maintenanceDay(maintenance, null), maintenanceStart(maintenance, null));
        }
        node.strings("sites", false).forEach(unit::site);
        DataClassification classification = node.value("dataClassification", false, DataClassification::find,
            DataClassification.ids());
        if (classification != null) {
            unit.dataClassification(classification);
        }
        if (node.has("customerManagedKeys")) {
            unit.customerManagedKeys(node.bool("customerManagedKeys", false));
        }
        RecoveryTier tier = node.value("recoveryTier", false, RecoveryTier::find, tiers);
        if (tier != null) {
            unit.recoveryTier(tier);
        }
        ConfigNode criteria = node.object("criteria", false);
        allowOnly(criteria, "businessUnits[].criteria");
        Level volume = criteria.value("transactionVolume", false, Level::find, levels);
        Level integration = criteria.value("integrationComplexity", false, Level::find, levels);
        Level customization = criteria.value("customizationDepth", false, Level::find, levels);
        Level latency = criteria.value("latencyTolerance", false, Level::find, levels);
        if (volume != null) {
            unit.transactionVolume(volume);
        }
        if (integration != null) {
            unit.integrationComplexity(integration);
        }
        if (customization != null) {
            unit.customizationDepth(customization);
        }
        if (latency != null) {
            unit.latencyTolerance(latency);
        }
        readEgress(node, "businessUnits[].egress[]").forEach(unit::egress);
        for (ConfigNode environment : node.list("environments", true)) {
            allowOnly(environment, "businessUnits[].environments[]");
            String cidrRule = "an IPv4 range in CIDR notation such as 10.65.0.0/20";
            Environment.Builder builder = Environment.builder();
            environment.strings("sites", false).forEach(builder::site);
            readEgress(environment, "businessUnits[].environments[].egress[]").forEach(builder::egress);
            ConfigNode size = environment.object("size", false);
            allowOnly(size, "businessUnits[].environments[].size");
            if (environment.has("size")) {
                builder.size(new EnvironmentSize(size.string("nodeSize", false), size.string("postgresSku", false),
                    size.value("redisSku", false, ManagedRedisSku::find, ManagedRedisSku.allowed()), size.integer("weight", false, 1, EnvironmentSize.MAX_WEIGHT)));
            }
            unit.environment(builder
                .name(environment.string("name", true))
                .blueprint(environment.value("blueprint", false, Blueprint::find, EstateValidator.blueprintNames()))
                .recoveryTier(environment.value("recoveryTier", false, RecoveryTier::find, tiers))
                .tenancy(environment.value("tenancy", false, TenancyModel::find, TenancyModel.ids()))
                .addressSpace(environment.value("addressSpace", false, EstateLoader::cidr, cidrRule))
                .recoveryAddressSpace(environment.value("recoveryAddressSpace", false, EstateLoader::cidr, cidrRule))
                .monthlyBudget(environment.integer("monthlyBudget", false, 1, 10_000_000))
                .subscriptionId(environment.string("subscriptionId", false))
                .expires(environment.value("expires", false, EstateLoader::date, "a date written YYYY-MM-DD"))
                .capacityOverrideReason(environment.string("capacityOverrideReason", false))
                .build());
        }
        return unit.build();
    }
}
