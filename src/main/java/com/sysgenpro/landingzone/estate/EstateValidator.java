package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.SkuCapacity;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.connectivity.EgressSource;
import com.sysgenpro.landingzone.connectivity.HubNetwork;
import com.sysgenpro.landingzone.connectivity.SiteConnection;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.core.WindowsTimeZones;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.output.RuleCatalog;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.workload.KubernetesClusterProps;
import com.sysgenpro.landingzone.workload.KubernetesNodePool;
import com.sysgenpro.landingzone.internal.Problems;
import com.sysgenpro.landingzone.internal.Quoting;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks an {@link Estate} before any construct is built and reports every problem at once: the path in the
 * estate, the bad value and what is allowed.
 */
public final class EstateValidator {


    static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{1,5}");
    static final String PREFIX_RULE = "2 to 6 lowercase letters and digits, starting with a letter";
    static final Pattern UNIT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,14}[a-z0-9]");
    static final String UNIT_NAME_RULE = "2 to 16 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen";
    static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9]{1,11}");
    static final String ENVIRONMENT_NAME_RULE = "2 to 12 lowercase letters and digits, starting with a letter";
    private static final int MAX_TAG_VALUE = 256;
    /** Keys of the default hierarchy's groups; a unit of the same name would collide with them. */
    static final List<String> RESERVED_UNIT_NAMES = List.of(ManagementGroupNode.PLATFORM, ManagementGroupNode.MANAGEMENT,
        ManagementGroupNode.CONNECTIVITY, ManagementGroupNode.IDENTITY, ManagementGroupNode.LANDING_ZONES, ManagementGroupNode.CORP,
        ManagementGroupNode.ONLINE, ManagementGroupNode.SANDBOX, ManagementGroupNode.DECOMMISSIONED, Naming.SHARED);
    static final Pattern SHORT_NAME = Pattern.compile("[a-z][a-z0-9]{1,7}");
    /**
     * The tags the landing zone can set on every resource, so only these can be mandatory: those it always sets, and
     * {@code site} and {@code application}, set everywhere when required ({@link EstateTags}).
     */
    static final List<String> EMITTED_TAGS = List.of(Tags.BUSINESS_UNIT, Tags.ENVIRONMENT, Tags.OWNER, Tags.COST_CENTER,
        Tags.RECOVERY_TIER, Tags.DATA_CLASSIFICATION, Tags.MANAGED_BY, Tags.SITE, Tags.APPLICATION);

    private EstateValidator() {
    }

    /** Today in UTC by the system clock: the day eligibility's last days are judged against unless one is given. */
    public static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    /**
     * Every problem of {@code estate}, its eligibility's last days judged against today (UTC); empty when it can be
     * synthesized and applied.
     */
    public static List<Problem> validate(Estate estate) {
        return validate(estate, today());
    }

    /**
     * {@link #validate(Estate)} judging the last days of eligible (PIM) assignments against {@code today} (UTC): an
     * {@code access.eligibilityEnd} or partner {@code end} before it is a problem.
     */
    public static List<Problem> validate(Estate estate, LocalDate today) {
        Problems problems = new Problems();
        validate(estate, problems, Objects.requireNonNull(today, "today"));
        return problems.list();
    }

    /** Fails with every problem of {@code estate}, attributed to {@code source}, unless it has none; judged as of today (UTC). */
    public static void requireValid(Estate estate, String source) {
        requireValid(estate, source, today());
    }

    /** {@link #requireValid(Estate, String)} judging eligibility's last days against {@code today} (UTC). */
    public static void requireValid(Estate estate, String source, LocalDate today) {
        requireValidPlan(estate, source, Objects.requireNonNull(today, "today"));
    }

    /**
     * {@link #requireValid} returning the plan it checked, so that synthesis plans the estate once.
     *
     * @param today the day eligibility's last days are judged against; {@code null} judges no dates. Synthesis passes
     *     {@code null}: its output, and whether it succeeds, depend on the estate alone, never on the clock; the loader
     *     (and {@code ./lz check}'s LZ-PIM-002, on the output) judge the dates.
     */
    static EstatePlan requireValidPlan(Estate estate, String source, LocalDate today) {
        Problems problems = new Problems();
        EstatePlan plan = validate(estate, problems, today);
        if (!problems.isEmpty()) {
            throw new EstateValidationException(source, problems.list());
        }
        return plan;
    }

    /**
     * Records every problem of {@code estate}, eligibility that has ended by {@code today} included ({@code null}: dates
     * not judged); returns the plan the placement rules were checked on.
     */
    static EstatePlan validate(Estate estate, Problems problems, LocalDate today) {
        requireText(problems, "organisation", estate.organisation());
        requireText(problems, "platform.owner", estate.platformOwner());
        if (estate.platformOwner() != null && !estate.platformOwner().isBlank() && !Checks.isEmail(estate.platformOwner())) {
            problems.add("platform.owner", Quoting.quote(estate.platformOwner()) + " is not allowed; a mailbox such as platform@example.com:"
                + " shared hosting's alerts and budget notifications are sent there");
        }
        requireText(problems, "platform.costCenter", estate.platformCostCenter());
        if (estate.prefix() == null) {
            problems.add("prefix", "required field is missing");
        } else if (!PREFIX.matcher(estate.prefix()).matches()) {
            problems.add("prefix", Quoting.quote(estate.prefix()) + " is not allowed; " + PREFIX_RULE);
        }
        if (estate.primaryRegion() == null) {
            problems.add("regions.primary", "required field is missing");
        } else if (!estate.allowedRegions().contains(estate.primaryRegion())) {
            problems.add("regions.allowed", "does not include the primary region '" + estate.primaryRegion()
                + "'; add it, since everything is deployed there");
        }
        validateGovernance(estate, problems, today);
        if (estate.businessUnits().isEmpty()) {
            problems.add("businessUnits", "must list at least one entry");
        }
        Set<String> unitNames = new HashSet<>();
        for (int u = 0; u < estate.businessUnits().size(); u++) {
            BusinessUnit unit = estate.businessUnits().get(u);
            String unitPath = "businessUnits[" + u + "]";
            if (unit.name() == null) {
                problems.add(unitPath + ".name", "required field is missing");
            } else if (!UNIT_NAME.matcher(unit.name()).matches()) {
                problems.add(unitPath + ".name", Quoting.quote(unit.name()) + " is not allowed; " + UNIT_NAME_RULE);
            } else if (RESERVED_UNIT_NAMES.contains(unit.name())) {
                problems.add(unitPath + ".name", Quoting.quote(unit.name()) + " is reserved for a management group of the hierarchy; choose another name"
                    + " (reserved: " + String.join(", ", RESERVED_UNIT_NAMES) + ")");
            } else if (!unitNames.add(unit.name())) {
                problems.add(unitPath + ".name", Quoting.quote(unit.name()) + " is already the name of another business unit; names must be unique");
            }
            if (unit.shortName() != null && !SHORT_NAME.matcher(unit.shortName()).matches()) {
                // A short name set in the estate is wrong where it is set; one derived from the name is fixed by setting one.
                problems.add(unitPath + (unit.shortNameDeclared() ? ".shortName" : ".name"),
                    "short name '" + unit.shortName() + "' is not allowed in globally unique names: 2 to 8 lowercase letters and digits,"
                        + " starting with a letter; " + (unit.shortNameDeclared() ? "change shortName" : "set shortName"));
            }
            if (unit.region() != null && !estate.allowedRegions().contains(unit.region())) {
                problems.add(unitPath + ".region", Quoting.quote(unit.region()) + " is not an allowed region of the estate; allowed: "
                    + estate.allowedRegions());
            }
            AzureRegion unitRegion = unit.region() != null ? unit.region() : estate.primaryRegion();
            if (unit.recoveryRegion() != null) {
                if (!estate.allowedRegions().contains(unit.recoveryRegion())) {
                    problems.add(unitPath + ".recoveryRegion", Quoting.quote(unit.recoveryRegion()) + " is not an allowed region of the estate;"
                        + " allowed: " + estate.allowedRegions() + "; add it to regions.allowed or choose one of them");
                } else if (unit.recoveryRegion().equals(unitRegion)) {
                    problems.add(unitPath + ".recoveryRegion", Quoting.quote(unit.recoveryRegion()) + " is the region the unit runs in; recovering"
                        + " from the loss of a region needs another: choose one of "
                        + estate.allowedRegions().stream().filter(region -> !region.equals(unitRegion)).toList()
                        + (estate.allowedRegions().size() > 1 ? "" : " (add one to regions.allowed)"));
                }
            }
            if (unit.timeZone() != null) {
                try {
                    ZoneId.of(unit.timeZone());
                } catch (DateTimeException e) {
                    problems.add(unitPath + ".timeZone", Quoting.quote(unit.timeZone()) + " is not an IANA time zone such as Australia/Sydney");
                }
            }
            if (unit.maintenanceStart() != null && (unit.maintenanceStart().getSecond() != 0 || unit.maintenanceStart().getNano() != 0)) {
                problems.add(unitPath + ".maintenance.start", Quoting.quote(unit.maintenanceStart()) + " is not allowed; whole minutes, e.g. 01:00");
            }
            requireText(problems, unitPath + ".owner", unit.owner());
            if (unit.owner() != null && !unit.owner().isBlank() && !Checks.isEmail(unit.owner())) {
                problems.add(unitPath + ".owner", Quoting.quote(unit.owner()) + " is not allowed; a mailbox such as erp-team@example.com:"
                    + " the unit's alerts and budget notifications are sent there");
            }
            requireText(problems, unitPath + ".costCenter", unit.costCenter());
            if (unit.costCenter() != null && (unit.costCenter().isEmpty() || !Checks.isLabelValue(unit.costCenter()))) {
                problems.add(unitPath + ".costCenter", Quoting.quote(unit.costCenter()) + " is not allowed; it labels the unit's namespaces:"
                    + " up to 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric, e.g. CC-1200");
            }
            guid(problems, unitPath + ".operatorsGroup", unit.operatorsGroup());
            sites(problems, unitPath + ".sites", unit.sites());
            if (unit.application() != null && (unit.application().isBlank() || unit.application().length() > MAX_TAG_VALUE)) {
                problems.add(unitPath + ".application", Quoting.quote(unit.application()) + " is not allowed; 1 to " + MAX_TAG_VALUE
                    + " characters, not blank (it is the application tag's value)");
            }
            if (estate.mandatoryTags().contains(Tags.SITE) && unit.sites().isEmpty()) {
                for (int e = 0; e < unit.environments().size(); e++) {
                    if (unit.environments().get(e).sites().isEmpty()) {
                        problems.add(unitPath + ".sites", "required: governance.mandatoryTags requires the site tag on every"
                            + " resource; list the warehouses and plants the unit runs (or sites on each of its environments)");
                        break;
                    }
                }
            }
            for (int e = 0; e < unit.environments().size(); e++) {
                sites(problems, unitPath + ".environments[" + e + "].sites", unit.environments().get(e).sites());
                expires(estate, unit.environments().get(e), unitPath + ".environments[" + e + "].expires", problems);
            }
            validateEnvironments(unit, unitPath, problems);
            validateEgress(unit, unitPath, problems);
        }
        validateHosting(estate, problems);
        // Planned once, for the placement rules and the suppressions' stacks.
        EstatePlan plan = EstatePlan.of(estate);
        if (estate.prefix() != null && PREFIX.matcher(estate.prefix()).matches() && estate.primaryRegion() != null) {
            validatePlan(estate, plan, problems);
            validateCapacity(estate, plan, problems);
            SubscriptionValidator.validate(estate, plan, problems);
        }
        validateSuppressions(estate, plan, problems);
        return plan;
    }

    /**
     * Suppressions name a rule {@code check} runs and a stack the estate has, and say why in a sentence; the
     * expiry is judged by {@code check} on the day it runs, not here, so that synthesis does not start failing
     * the day a suppression expires.
     */
    private static void validateSuppressions(Estate estate, EstatePlan plan, Problems problems) {
        if (estate.suppressions().isEmpty()) {
            return;
        }
        Set<String> stacks = new HashSet<>(plan.stackNames());
        // The ids of the rules check runs, from check through the output contract: the estate does not depend on check.
        List<String> ruleIds = RuleCatalog.installed().ruleIds(estate.mandatoryTags());
        for (int i = 0; i < estate.suppressions().size(); i++) {
            Suppression suppression = estate.suppressions().get(i);
            String path = "governance.suppressions[" + i + "]";
            if (suppression.rule() != null && ruleIds.stream().noneMatch(id -> id.equalsIgnoreCase(suppression.rule()))) {
                problems.add(path + ".rule", Quoting.quote(suppression.rule()) + " is not a rule check runs; allowed: "
                    + String.join(", ", ruleIds));
            }
            if (suppression.stack() != null && !stacks.contains(suppression.stack())) {
                problems.add(path + ".stack", Quoting.quote(suppression.stack()) + " is not a stack of this estate; allowed: "
                    + String.join(", ", new TreeSet<>(stacks)));
            }
            if (suppression.reason() != null && suppression.reason().strip().length() < Suppression.MINIMUM_REASON_LENGTH) {
                problems.add(path + ".reason", Quoting.quote(suppression.reason()) + " is too short to tell a reviewer why the finding is"
                    + " accepted; write at least " + Suppression.MINIMUM_REASON_LENGTH + " characters: the risk, why it is"
                    + " acceptable, and what replaces the control");
            }
            if (suppression.resource() != null && suppression.resource().isBlank()) {
                problems.add(path + ".resource", "is empty; give a Terraform address or a construct path, or leave it out to"
                    + " cover the whole stack");
            }
        }
    }

    /**
     * A temporary environment's last day. A day already past is not refused: synthesis never reads the clock, and
     * {@code ./lz check} reports it (LZ-ENV-002), so that the estate still builds while the environment is extended or
     * removed. A last day before {@code budgets.start} is, since the environment's budget would end before it starts,
     * which Azure refuses.
     */
    private static void expires(Estate estate, Environment environment, String path, Problems problems) {
        LocalDate expires = environment.expires();
        if (expires != null && estate.budgetStart() != null && expires.isBefore(estate.budgetStart())) {
            problems.add(path, Quoting.quote(expires) + " is before budgets.start (" + estate.budgetStart() + "): the environment's"
                + " budget would end before it starts; move expires to " + estate.budgetStart() + " or later, or budgets.start earlier");
        }
    }

    private static void validateHosting(Estate estate, Problems problems) {
        if (estate.tenantId() == null) {
            problems.add("tenantId", "required field is missing");
        } else {
            guid(problems, "tenantId", estate.tenantId());
        }
        if (estate.databaseAdmins() == null || estate.databaseAdmins().objectId() == null) {
            problems.add("databaseAdmins.objectId", "required field is missing");
        } else {
            guid(problems, "databaseAdmins.objectId", estate.databaseAdmins().objectId());
        }
        if (estate.access().platformAdmins() == null) {
            problems.add("access.platformAdmins", "required: the group that administers every cluster (Entra ID RBAC, no local accounts)");
        }
        try {
            ZoneId.of(estate.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add("timeZone", Quoting.quote(estate.timeZone()) + " is not an IANA time zone such as Europe/Brussels");
        }
        if (estate.secondaryRegion() != null) {
            if (estate.secondaryRegion().equals(estate.primaryRegion())) {
                problems.add("regions.secondary", Quoting.quote(estate.secondaryRegion()) + " is the primary region; disaster recovery needs another");
            } else if (!estate.allowedRegions().contains(estate.secondaryRegion())) {
                problems.add("regions.allowed", "does not include the secondary region '" + estate.secondaryRegion() + "'; add it");
            }
        }
        if (estate.budgetStart() != null && estate.budgetStart().getDayOfMonth() != 1) {
            problems.add("budgets.start", Quoting.quote(estate.budgetStart()) + " is not allowed; the first day of a month, e.g. "
                + estate.budgetStart().withDayOfMonth(1));
        }
        if (estate.gitOps() != null && (estate.gitOps().repositoryUrl() == null || !estate.gitOps().repositoryUrl().startsWith("https://"))) {
            problems.add("gitOps.repositoryUrl", Quoting.quote(estate.gitOps().repositoryUrl()) + " is not allowed; an https:// repository URL");
        }
        IngressSettings ingress = estate.ingress();
        if (ingress.domain() != null && !Checks.isHostName(ingress.domain())) {
            problems.add("ingress.domain", Quoting.quote(ingress.domain()) + " is not allowed; a lowercase DNS domain such as erp.example.com");
        }
        if (ingress.acmeEmail() != null && !Checks.isEmail(ingress.acmeEmail())) {
            problems.add("ingress.acmeEmail", Quoting.quote(ingress.acmeEmail()) + " is not allowed; the mailbox that hears about expiring certificates");
        }
        if (ingress.acmeServer() != null && !ingress.acmeServer().startsWith("https://")) {
            problems.add("ingress.acmeServer", Quoting.quote(ingress.acmeServer()) + " is not allowed; an https:// ACME directory URL");
        }
        if (ingress.privateIssuer() != null && !Checks.isDnsSubdomain(ingress.privateIssuer())) {
            problems.add("ingress.privateIssuer", Quoting.quote(ingress.privateIssuer()) + " is not allowed; a ClusterIssuer name: lowercase letters,"
                + " digits, '-' and '.'");
        }
        if (estate.stateBackend() != null) {
            guid(problems, "state.subscriptionId", estate.stateBackend().subscriptionId());
            String name = estate.stateBackend().storageAccount();
            String problem = name == null ? "required field is missing" : AzureNameRule.STORAGE_ACCOUNT.problemWith(name);
            if (problem != null) {
                problems.add("state.storageAccount", problem);
            }
        }
        for (SharedNetwork network : estate.sharedNetworks()) {
            if (Blueprint.find(network.blueprint()).isEmpty()) {
                problems.add(network.path(), Quoting.quote(network.blueprint()) + " is not a blueprint; allowed: " + blueprintNames());
            }
            if (network.region() != null && !estate.allowedRegions().contains(network.region())) {
                problems.add(network.path(), Quoting.quote(network.region()) + " is not an allowed region of the estate; allowed: "
                    + estate.allowedRegions() + "; add it to regions.allowed or remove this network");
            }
            addressSpace(problems, network.path(), network.addressSpace());
        }
    }

    /** The network sizes {@link com.sysgenpro.landingzone.platform.Network} lays its subnets out in. */
    private static void addressSpace(Problems problems, String path, Cidr range) {
        if (range != null && (range.prefixLength() > Network.SMALLEST_ADDRESS_SPACE || range.prefixLength() < Network.LARGEST_ADDRESS_SPACE)) {
            problems.add(path, Quoting.quote(range) + " is not allowed; a /" + Network.LARGEST_ADDRESS_SPACE + " to /" + Network.SMALLEST_ADDRESS_SPACE
                + " range (the network holds subnets for the cluster's nodes, private endpoints and a /28 or larger for"
                + " PostgreSQL), e.g. " + range.toString().substring(0, range.toString().indexOf('/')) + "/20");
        }
    }

    /** "the pool of <stack>" for a pool an environment's stack creates, else the phrase as it is (the cluster's own pools). */
    private static String poolOf(String owner) {
        return owner.startsWith("the ") ? owner : "the pool of " + owner;
    }

    /** The path of an environment in the estate file. */
    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String path(Estate estate, Placement placement) {
        BusinessUnit unit = placement.unit();
        return "businessUnits[" + estate.businessUnits().indexOf(unit) + "].environments[" + unit.environments().indexOf(placement.environment()) + "]";
    }

    /** The path of the field that puts a unit in its region: its own {@code region}, else the estate's primary. */
    private static String regionPath(Estate estate, BusinessUnit unit) {
        return unit.region() != null ? "businessUnits[" + estate.businessUnits().indexOf(unit) + "].region" : "regions.primary";
    }

    private static void validatePlan(Estate estate, EstatePlan plan, Problems problems) {
        AzureRegion primary = estate.primaryRegion();
        Map<String, String> globalNames = new HashMap<>();
        GeoCopies geoCopies = new GeoCopies();
        List<Map.Entry<String, Cidr>> ranges = new ArrayList<>();
        estate.sharedNetworks().forEach(network -> ranges.add(Map.entry(network.path(), network.addressSpace())));
        estate.hubNetworks().forEach((region, range) -> ranges.add(Map.entry("network.hubs." + region.name(), range)));
        validateHubs(estate, plan, problems);
        validateSites(estate, plan, problems, ranges);
        for (SharedHosting hosting : plan.sharedHosting().values()) {
            String blueprint = hosting.blueprint().name();
            boolean inPrimary = hosting.region().equals(primary);
            String networkPath = "network.shared." + blueprint + (inPrimary ? "" : "." + hosting.region().name());
            if (estate.sharedNetwork(blueprint, hosting.region()).isEmpty() && estate.allowedRegions().contains(hosting.region())) {
                problems.add("network.shared", "has no address space for '" + blueprint + "' in " + hosting.region() + ", where "
                    + hosting.tenants().stream().map(Placement::stackName).toList() + " run on " + hosting.stackName() + "; add "
                    + networkPath + ": <CIDR>" + (inPrimary ? "" : " (network.shared." + blueprint + " maps regions to ranges, e.g. {"
                    + primary + ": 10.64.0.0/20, " + hosting.region() + ": 10.96.0.0/20})"));
            }
            String shortName = hosting.shortName();
            if (!hosting.dataTenants().isEmpty()) {
                globalName(problems, globalNames, networkPath, AzureNameRule.STORAGE_ACCOUNT,
                    Naming.storageAccount(estate.prefix(), shortName, blueprint), SHARED_NAME_FIX);
                geoCopies.add(hosting.region(), hosting.stackName(), regionPaths(estate, hosting), hosting.recoverySettings(), true);
            }
            globalName(problems, globalNames, networkPath, AzureNameRule.KEY_VAULT,
                Naming.keyVault(estate.prefix(), shortName, blueprint), SHARED_NAME_FIX);
            globalName(problems, globalNames, networkPath, AzureNameRule.CONTAINER_REGISTRY,
                Naming.registry(estate.prefix(), shortName, blueprint), SHARED_NAME_FIX);
            regionalNames(problems, networkPath, Naming.stem(estate.prefix(), Naming.SHARED, blueprint, hosting.region()), SHARED_NAME_FIX);
            Map<String, String> databases = new HashMap<>();
            Map<String, String> containers = new HashMap<>();
            for (Placement tenant : hosting.dataTenants()) {
                String name = tenant.sharedDatabaseName().orElseThrow();
                String previous = databases.putIfAbsent(name, tenant.stackName());
                if (previous != null) {
                    problems.add(path(estate, tenant) + ".name", "gives database '" + name + "' on " + hosting.stackName() + ", as "
                        + previous + " does; rename the environment or the unit so that their databases differ");
                }
                String container = tenant.filestoreContainer().orElseThrow();
                previous = containers.putIfAbsent(container, tenant.stackName());
                if (previous != null && !problems.has(path(estate, tenant) + ".name")) {
                    problems.add(path(estate, tenant) + ".name", "gives filestore container '" + container + "' on "
                        + hosting.stackName() + ", as " + previous + " does; rename the environment or the unit");
                }
            }
            // Pool names and the temporary pools they rotate through (one apply may rotate them all at once), each
            // with who has it: all must differ on one cluster.
            Map<String, String> pools = new HashMap<>();
            Map<String, String> rotations = new HashMap<>();
            for (String own : List.of(KubernetesClusterProps.DEFAULT_SYSTEM_POOL_NAME, Hosting.ODOO_POOL)) {
                String owner = own.equals(Hosting.ODOO_POOL) ? "the cluster's own Odoo pool" : "the cluster's system pool";
                pools.put(own, owner);
                rotations.put(KubernetesNodePool.temporaryNameForRotation(own), owner);
            }
            for (Placement tenant : hosting.tenants()) {
                if (tenant.tenancy() != TenancyModel.SEMI_DEDICATED || tenant.unit().shortName() == null
                    || !SHORT_NAME.matcher(tenant.unit().shortName()).matches()) {
                    continue;
                }
                String pool = Naming.dedicatedPool(tenant.unit().shortName(), tenant.environment().name(), blueprint);
                String rotation = KubernetesNodePool.temporaryNameForRotation(pool);
                String gives = "gives node pool '" + pool + "' on the cluster of " + hosting.stackName();
                String fix = "; give the environment a name whose first letters differ, or the unit another shortName";
                String temporary = ", whose temporary pool for rotations, '" + rotation + "' (its first 9 characters and 'tmp'), is ";
                if (pools.containsKey(pool)) {
                    problems.add(path(estate, tenant) + ".name", gives + ", as " + pools.get(pool) + " does (AKS allows 12 characters)" + fix);
                } else if (rotations.containsKey(pool)) {
                    problems.add(path(estate, tenant) + ".name", gives + ", the name of the temporary pool for rotations of "
                        + poolOf(rotations.get(pool)) + fix);
                } else if (pools.containsKey(rotation)) {
                    problems.add(path(estate, tenant) + ".name", gives + temporary + "the name of " + poolOf(pools.get(rotation)) + fix);
                } else if (rotations.containsKey(rotation)) {
                    problems.add(path(estate, tenant) + ".name", gives + temporary + "also that of " + poolOf(rotations.get(rotation)) + fix);
                }
                pools.putIfAbsent(pool, tenant.stackName());
                rotations.putIfAbsent(rotation, tenant.stackName());
            }
        }
        Map<String, Placement> subscriptions = new HashMap<>();
        Map<String, String> hostLabels = new HashMap<>();
        Map<String, String> groupNames = new HashMap<>();
        PlatformStack.hierarchy(estate, plan).visit(node -> groupNames.put(node.key(), node.name()));
        validateTenancy(estate, plan, problems);
        java.util.Set<String> zoneless = new java.util.HashSet<>();
        java.util.Set<String> unscheduledZones = new java.util.HashSet<>();
        for (Placement placement : plan.placements()) {
            BusinessUnit unit = placement.unit();
            Environment environment = placement.environment();
            String unitPath = "businessUnits[" + estate.businessUnits().indexOf(unit) + "]";
            String path = path(estate, placement);
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                if (environment.addressSpace() == null) {
                    problems.add(path + ".addressSpace", "required for a dedicated environment: the address space of its own network,"
                        + " e.g. 10.65.0.0/20");
                } else {
                    ranges.add(Map.entry(path + ".addressSpace", environment.addressSpace()));
                    addressSpace(problems, path + ".addressSpace", environment.addressSpace());
                }
            } else if (environment.addressSpace() != null) {
                problems.add(path + ".addressSpace", "is not used: a " + placement.tenancy() + " environment runs in the shared network of "
                    + placement.blueprint() + " in " + placement.region() + "; remove it");
            }
            // Scheduled shutdown's recurrence triggers take Windows time zone names: an IANA zone without one cannot be scheduled.
            String zone = placement.timeZone(estate);
            String zonePath = unit.timeZone() != null ? unitPath + ".timeZone" : "timeZone";
            if (placement.blueprint().scaleDown().isPresent() && zone != null && validZone(zone) && WindowsTimeZones.of(zone).isEmpty()
                && unscheduledZones.add(zonePath)) {
                problems.add(zonePath, Quoting.quote(zone) + " has no Windows time zone name, which Azure's scheduler needs to stop and"
                    + " start " + placement.stackName() + " (blueprint '" + placement.blueprint() + "' runs " + placement.blueprint().scaleDown().get()
                    + "); use one of " + String.join(", ", WindowsTimeZones.accepted()));
            }
            // Zone-redundant blueprints put the cluster's pools in zones 1-3, PostgreSQL's standby in another zone and
            // storage on ZRS: Azure refuses all of it in a region without availability zones.
            if (placement.blueprint().zoneRedundant() && !placement.region().availabilityZones() && zoneless.add(placement.region() + " "
                + placement.blueprint().name() + " " + unit.name())) {
                problems.add(regionPath(estate, unit), "'" + placement.region() + "' has no availability zones, and blueprint '"
                    + placement.blueprint() + "' of " + placement.stackName() + " is zone-redundant (node pools in zones 1-3,"
                    + " zone-redundant PostgreSQL standby and registry, ZRS storage), which Azure refuses there; place the unit in a"
                    + " region with zones" + placement.region().pair().filter(AzureRegion::availabilityZones)
                        .map(pair -> " (its pair " + pair + " has them)").orElse("") + ", or give the environment a blueprint"
                    + " that is not zone-redundant");
            }
            if (placement.crossRegionReplica()) {
                if (placement.recoveryRegion().isEmpty()) {
                    problems.add(unitPath + ".recoveryRegion", "required: " + placement.stackName() + " commits to "
                        + placement.recoveryTierTag() + ", whose database has a replica in another region; set recoveryRegion"
                        + " (an allowed region other than " + placement.region() + ") or the estate's regions.secondary");
                }
            }
            if (placement.recoveryNetwork()) {
                if (environment.recoveryAddressSpace() == null) {
                    String region = placement.recoveryRegion().map(AzureRegion::name).orElse("the recovery region");
                    problems.add(path + ".recoveryAddressSpace", "required: " + placement.recoveryTierTag() + " puts "
                        + (placement.crossRegionReplica() ? "a replica of the database and the private endpoint of the registry's replica"
                            : "the private endpoint of the container registry's replica")
                        + " in " + region + ", in a network of this address space (the one the runbook rebuilds the cluster in);"
                        + " give it a range of its own, e.g. a /20 next to addressSpace");
                } else {
                    ranges.add(Map.entry(path + ".recoveryAddressSpace", environment.recoveryAddressSpace()));
                    addressSpace(problems, path + ".recoveryAddressSpace", environment.recoveryAddressSpace());
                }
            } else if (environment.recoveryAddressSpace() != null) {
                problems.add(path + ".recoveryAddressSpace", "is not used: " + placement.stackName() + " has no network in a recovery"
                    + " region (only tier-1 and tier-2 production with hosting of its own, and tier-1 with a database server of its"
                    + " own, have one, in the unit's recoveryRegion or the estate's regions.secondary); remove it");
            }
            if (placement.ownDatabaseServer()) {
                geoCopies.add(placement.region(), placement.stackName(), List.of(regionPath(estate, unit)), placement.recoverySettings(),
                    true);
            }
            placement.assessment().filter(assessment -> !assessment.meetsTier()).ifPresent(assessment ->
                problems.add(path + ".recoveryTier", "blueprint '" + placement.blueprint() + "' cannot meet " + assessment.tier().id()
                    + " (targets " + assessment.tier().target() + "): " + String.join("; ", assessment.shortfalls())
                    + "; " + tierFix(placement)));
            guid(problems, path + ".subscriptionId", environment.subscriptionId());
            // With a layout, where an environment's subscription sits is the layout's: SubscriptionValidator checks it.
            if (estate.subscriptions() == null && environment.subscriptionId() != null && Checks.isGuid(environment.subscriptionId())) {
                Placement first = subscriptions.putIfAbsent(environment.subscriptionId().toLowerCase(Locale.ROOT), placement);
                if (first != null && !first.managementGroupKey().equals(placement.managementGroupKey())) {
                    problems.add(path + ".subscriptionId", Quoting.quote(environment.subscriptionId()) + " is also the subscription of "
                        + first.stackName() + ", which places it in management group '" + groupNames.get(first.managementGroupKey())
                        + "'; " + placement.stackName() + " belongs in '" + groupNames.get(placement.managementGroupKey())
                        + "' and a subscription sits in one management group only, so give " + placement.stackName()
                        + " a subscription of its own");
                }
            }
            String hostLabel = InClusterStack.hostLabel(placement);
            String previousHost = hostLabels.putIfAbsent(hostLabel, placement.stackName());
            if (previousHost != null) {
                problems.add(path + ".name", "gives host name '" + hostLabel + "." + (estate.ingress().domain() != null
                    ? estate.ingress().domain() : "<domain>") + "', as " + previousHost + " has; rename the environment or the unit");
            }
            String fix = "shorten the environment's name (" + environment.name() + "), the unit's name or the estate's prefix";
            regionalNames(problems, path, Naming.stem(estate.prefix(), unit.name(), environment.name(), placement.region()), fix);
            if (placement.recoveryNetwork() && placement.recoveryRegion().isPresent()) {
                regionalNames(problems, path, Naming.stem(estate.prefix(), unit.name(), environment.name(), placement.recoveryRegion().get()), fix);
            }
            if (unit.shortName() == null || !SHORT_NAME.matcher(unit.shortName()).matches()) {
                continue;
            }
            String globalFix = "shorten the environment's name (" + environment.name() + "), the unit's shortName or the estate's prefix";
            if (placement.ownDatabaseServer()) {
                globalName(problems, globalNames, path, AzureNameRule.STORAGE_ACCOUNT,
                    Naming.storageAccount(estate.prefix(), unit.shortName(), environment.name()), globalFix);
            }
            globalName(problems, globalNames, path, AzureNameRule.KEY_VAULT,
                Naming.keyVault(estate.prefix(), unit.shortName(), environment.name()), globalFix);
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                globalName(problems, globalNames, path, AzureNameRule.CONTAINER_REGISTRY,
                    Naming.registry(estate.prefix(), unit.shortName(), environment.name()), globalFix);
            }
        }
        validateCustomerManagedKeys(estate, plan, problems, globalNames);
        geoCopies.report(estate, problems);
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).getValue().overlaps(ranges.get(j).getValue())) {
                    problems.add(ranges.get(j).getKey(), ranges.get(j).getValue() + " overlaps " + ranges.get(i).getValue() + " of "
                        + ranges.get(i).getKey() + "; networks are peered or routed to each other, so give each its own range");
                }
            }
        }
    }

    /**
     * The hubs of {@code network.hubs}: in allowed regions, of a size the hub's subnets fit, and one in every region
     * where a network that is peered lands (environments', shared hosting's and recovery networks outside sandbox).
     */
    private static void validateHubs(Estate estate, EstatePlan plan, Problems problems) {
        if (!Connectivity.enabled(estate)) {
            return;
        }
        estate.hubNetworks().forEach((region, range) -> {
            String path = "network.hubs." + region.name();
            if (!estate.allowedRegions().contains(region)) {
                problems.add(path, "'" + region + "' is not an allowed region of the estate; allowed: " + estate.allowedRegions()
                    + "; add it to regions.allowed or remove this hub");
            }
            if (range.prefixLength() > HubNetwork.SMALLEST_ADDRESS_SPACE || range.prefixLength() < HubNetwork.LARGEST_ADDRESS_SPACE) {
                problems.add(path, Quoting.quote(range) + " is not allowed; a /" + HubNetwork.LARGEST_ADDRESS_SPACE + " to /"
                    + HubNetwork.SMALLEST_ADDRESS_SPACE + " range (the firewall, gateway, runner and DNS resolver subnets fill a /24), e.g. "
                    + range.toString().substring(0, range.toString().indexOf('/')) + "/24");
            }
        });
        Map<AzureRegion, List<String>> needed = new java.util.LinkedHashMap<>();
        for (SharedHosting hosting : plan.sharedHosting().values()) {
            if (Connectivity.peers(estate, hosting.blueprint())) {
                needed.computeIfAbsent(hosting.region(), region -> new ArrayList<>()).add(hosting.stackName());
            }
        }
        for (Placement placement : plan.placements()) {
            if (!Connectivity.peers(estate, placement.blueprint())) {
                continue;
            }
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                needed.computeIfAbsent(placement.region(), region -> new ArrayList<>()).add(placement.stackName());
            }
            if (placement.recoveryNetwork()) {
                placement.recoveryRegion().ifPresent(recovery -> needed.computeIfAbsent(recovery, region -> new ArrayList<>())
                    .add(placement.stackName() + " (recovery network)"));
            }
        }
        // The hub firewall names rules and public addresses after stacks: an environment's own, its recovery network's.
        for (Placement placement : plan.placements()) {
            if (!Connectivity.peers(estate, placement.blueprint())) {
                continue;
            }
            String named = placement.ownDatabaseServer() && placement.recoveryNetwork() && placement.blueprint().publicIngress()
                ? placement.stackName() + "-recovery" : placement.stackName();
            if (!EgressSource.validName(named)) {
                problems.add("businessUnits[" + estate.businessUnits().indexOf(placement.unit()) + "].name", "gives the stack "
                    + placement.stackName() + ", after which the hub's firewall names its rules and published address ('" + named
                    + "'), longer than " + EgressSource.MAX_NAME_LENGTH + " characters; shorten the unit's or the environment's name");
            }
        }
        // Without a layout the hubs deploy into ARM_SUBSCRIPTION_ID's subscription, which a spoke's stack writes the hub's
        // half of its peering into with its own provider: an environment in a subscription of its own would write it there.
        if (estate.subscriptions() == null) {
            for (Placement placement : plan.placements()) {
                if (Connectivity.peers(estate, placement.blueprint()) && placement.environment().subscriptionId() != null) {
                    problems.add(path(estate, placement) + ".subscriptionId", "cannot be combined with network.hubs without a"
                        + " subscription layout: the hubs would deploy into the subscription ARM_SUBSCRIPTION_ID names, and "
                        + placement.stackName() + " would write the hub's half of its peering and its zone links into its own; add"
                        + " subscriptions: (the hubs then live in the connectivity subscription), or remove this");
                }
            }
        }
        // Azure links a private DNS zone to at most 1,000 networks: the hubs and every peered network.
        int linked = estate.hubNetworks().size() + needed.values().stream().mapToInt(List::size).sum();
        if (linked > MAX_ZONE_LINKS) {
            problems.add("network.hubs", "would link each private DNS zone to " + linked + " networks, more than Azure's "
                + MAX_ZONE_LINKS + "; split the estate, or move environments to shared hosting, which shares one network");
        }
        needed.forEach((region, stacks) -> {
            if (!estate.hubNetworks().containsKey(region)) {
                problems.add("network.hubs", "has no hub in " + region + ", where " + (stacks.size() <= 4 ? String.join(", ", stacks)
                    : String.join(", ", stacks.subList(0, 4)) + " and " + (stacks.size() - 4) + " more") + " peer"
                    + (stacks.size() == 1 ? "s" : "") + " their networks; add network.hubs." + region.name()
                    + ": <CIDR, a /24 or larger> (every network outside sandbox is peered to its region's hub)");
            }
        });
    }

    /** The ranges a site's must stay clear of besides the estate's networks: the clusters' pod and service ranges. */
    private static final List<Map.Entry<String, Cidr>> CLUSTER_RANGES = List.of(
        Map.entry("the clusters' pod range", KubernetesClusterProps.DEFAULT_POD_CIDR),
        Map.entry("the clusters' service range", KubernetesClusterProps.DEFAULT_SERVICE_CIDR));
    /** The site-to-site tunnels a VpnGw1AZ gateway takes (learn.microsoft.com/azure/vpn-gateway/about-gateway-skus). */
    private static final int MAX_VPN_TUNNELS = 30;
    /** The ranges a site may use: private (RFC 1918) and shared (RFC 6598) address space. */
    private static final List<Cidr> SITE_RANGES = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
        Cidr.parse("192.168.0.0/16"), Cidr.parse("100.64.0.0/10"));

    /**
     * The sites of {@code network.sites}: named once (a name firewall rules and tags can carry), connected to a hub of
     * the estate, their ranges private and clear of the clusters' pod and service ranges (added to {@code ranges} for
     * the estate's overlap check), listed by some environment, and serving only environments of their hub's region:
     * a site reaches its environments' ingress through its own hub's firewall.
     */
    private static void validateSites(Estate estate, EstatePlan plan, Problems problems, List<Map.Entry<String, Cidr>> ranges) {
        Set<String> names = new java.util.HashSet<>();
        Set<String> endpoints = new java.util.HashSet<>();
        Map<AzureRegion, Long> tunnels = estate.sites().stream().filter(site -> site.site().connection() == SiteConnection.VPN)
            .collect(Collectors.groupingBy(ConnectedSite::hub, java.util.LinkedHashMap::new, Collectors.counting()));
        tunnels.forEach((hub, count) -> {
            if (count > MAX_VPN_TUNNELS) {
                problems.add("network.sites", "connects " + count + " VPN sites to the hub in " + hub + ", more than the "
                    + MAX_VPN_TUNNELS + " tunnels of its gateway (VpnGw1AZ); connect some by ExpressRoute, or split them over regions");
            }
        });
        for (int i = 0; i < estate.sites().size(); i++) {
            ConnectedSite site = estate.sites().get(i);
            String path = "network.sites[" + i + "]";
            if (!EgressSource.validName(site.name())) {
                problems.add(path + ".name", Quoting.quote(site.name()) + " is not allowed; letters, digits and hyphens, alphanumeric at"
                    + " both ends, at most " + EgressSource.MAX_NAME_LENGTH + " characters, e.g. antwerp-dc (it names the site's"
                    + " gateway connection and firewall rule)");
            }
            if (!names.add(site.name())) {
                problems.add(path + ".name", Quoting.quote(site.name()) + " is declared twice; declare each site once, with all its ranges");
            }
            boolean hub = estate.hubNetworks().containsKey(site.hub());
            if (!hub) {
                problems.add(path + ".hub", "'" + site.hub() + "' has no hub; sites connect to a hub of network.hubs ("
                    + (estate.hubNetworks().isEmpty() ? "none declared; add network.hubs" : String.join(", ",
                        estate.hubNetworks().keySet().stream().map(AzureRegion::name).toList())) + ")");
            }
            if (!endpoints.add(site.site().endpoint())) {
                problems.add(path + "." + (site.site().connection() == SiteConnection.VPN ? "vpnDevice" : "expressRouteCircuit"),
                    Quoting.quote(site.site().endpoint()) + " connects another site already; a device or circuit serves one site:"
                    + " give that site all its ranges instead");
            }
            List<Cidr> spaces = site.site().addressSpaces();
            for (int r = 0; r < spaces.size(); r++) {
                Cidr range = spaces.get(r);
                String at = path + ".addressSpaces[" + r + "]";
                if (SITE_RANGES.stream().noneMatch(allowed -> allowed.contains(range))) {
                    problems.add(at, Quoting.quote(range) + " is not a private range; a site's ranges are routed to the hub's"
                        + " gateway, so they must lie in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10");
                }
                for (Map.Entry<String, Cidr> clusters : CLUSTER_RANGES) {
                    if (clusters.getValue().overlaps(range)) {
                        problems.add(at, Quoting.quote(range) + " overlaps " + clusters.getValue() + ", " + clusters.getKey()
                            + ": Traefik's answers to the site would stay inside the cluster; renumber the site's range or leave it out");
                    }
                }
                ranges.add(Map.entry(at, range));
            }
            List<String> served = new ArrayList<>();
            for (Placement placement : plan.placements()) {
                if (!EstateTags.sites(placement).contains(site.name()) || !Connectivity.peers(estate, placement.blueprint())) {
                    continue;
                }
                served.add(placement.stackName());
                if (!placement.region().equals(site.hub())) {
                    problems.add(path + ".hub", "is " + site.hub() + ", but " + placement.stackName() + ", which lists "
                        + site.name() + " in its sites, runs in " + placement.region() + "; a site reaches environments through its"
                        + " own hub: list the site only on environments in " + site.hub() + " (environments' own sites), or"
                        + " declare a second site for " + placement.region());
                }
            }
            // Without hubs nothing is peered: the missing hub is the one problem to report.
            if (served.isEmpty() && Connectivity.enabled(estate)) {
                problems.add(path + ".name", Quoting.quote(site.name()) + " is listed in the sites of no environment outside sandbox, so"
                    + " it would reach nothing; add it to the sites of the business unit (or environment) it serves, or remove it"
                    + " (sandbox-class networks are not connected)");
            }
        }
    }

    private static final String SHARED_NAME_FIX = "shorten the estate's prefix";
    /** Azure's limit of virtual network links per private DNS zone. */
    private static final int MAX_ZONE_LINKS = 1000;

    /**
     * Customer-managed keys: not refused where the data classification requires them, not asked for where they cannot
     * be had (a shared server), and the vaults they need in other regions named within Azure's rules.
     */
    private static void validateCustomerManagedKeys(Estate estate, EstatePlan plan, Problems problems, Map<String, String> globalNames) {
        Set<BusinessUnit> refused = new HashSet<>();
        for (Placement placement : plan.placements()) {
            BusinessUnit unit = placement.unit();
            String unitPath = "businessUnits[" + estate.businessUnits().indexOf(unit) + "]";
            Blueprint blueprint = placement.blueprint();
            if (Boolean.FALSE.equals(unit.customerManagedKeys()) && blueprint.customerManagedKeysFor(unit.dataClassification())
                && refused.add(unit)) {
                problems.add(unitPath + ".customerManagedKeys", "false is not allowed for " + unit.dataClassification().id()
                    + " data: blueprint '" + blueprint + "' of " + placement.stackName() + " encrypts it with customer-managed keys"
                    + " (from " + blueprint.customerManagedKeysFrom().id() + " data up); remove customerManagedKeys, or correct"
                    + " dataClassification if the data is not " + unit.dataClassification().id());
            }
            if (Boolean.TRUE.equals(unit.customerManagedKeys()) && placement.tenancy() == TenancyModel.SHARED) {
                String path = placement.environment().tenancy() != null ? path(estate, placement) + ".tenancy"
                    : unit.tenancy() != null ? unitPath + ".tenancy" : unitPath + ".customerManagedKeys";
                problems.add(path, placement.stackName() + " is shared: its database and filestore live on the shared server"
                    + " and storage of " + placement.sharedStackName().orElse("shared hosting") + ", which a key of the unit's"
                    + " cannot encrypt without encrypting the other units' data; give it tenancy semi-dedicated (or dedicated),"
                    + " or leave customerManagedKeys out");
            }
            if (!placement.customerManagedKeys() || unit.shortName() == null || !SHORT_NAME.matcher(unit.shortName()).matches()) {
                continue;
            }
            String fix = "shorten the environment's name (" + placement.environment().name() + "), the unit's shortName or the"
                + " estate's prefix";
            java.util.Set<AzureRegion> elsewhere = new java.util.LinkedHashSet<>();
            if (placement.recoverySettings().geoRedundantBackup()) {
                placement.pairedRegion().ifPresent(elsewhere::add);
            }
            if (placement.crossRegionReplica()) {
                placement.recoveryRegion().ifPresent(elsewhere::add);
            }
            for (AzureRegion region : elsewhere) {
                globalName(problems, globalNames, path(estate, placement), AzureNameRule.KEY_VAULT,
                    Naming.regionalKeyVault(estate.prefix(), unit.shortName(), placement.environment().name(), region), fix);
            }
        }
    }

    /**
     * Shared hosting against the most its blueprint allows: the tenant from which on a hosting's pool, server or cache
     * would need more ({@link SharedCapacity#shortfalls()}) is named, with the tenants after it, unless the estate's or a
     * tenant environment's {@code capacityOverrideReason} accepts it. A reason is a standing acceptance, given before the
     * tenants that need it arrive: where nothing is oversubscribed it has no effect; a blank one is an error.
     */
    private static void validateCapacity(Estate estate, EstatePlan plan, Problems problems) {
        if (estate.capacityOverrideReason() != null && estate.capacityOverrideReason().isBlank()) {
            problems.add("capacityOverrideReason", "is blank; say why shared hosting may need more than its blueprint allows, or remove it");
        }
        for (SharedHosting hosting : plan.sharedHosting().values()) {
            // A blueprint built in Java may name a SKU whose capacity the sizing does not know: say so, not fail later.
            Blueprint blueprint = hosting.blueprint();
            List<String> unknown = new ArrayList<>();
            if (SkuCapacity.node(blueprint.userPool().vmSize()).isEmpty()) {
                unknown.add("node size " + blueprint.userPool().vmSize() + " (known: " + SkuCapacity.knownNodeSizes() + ")");
            }
            if (SkuCapacity.postgres(blueprint.postgresSku()).isEmpty()) {
                unknown.add("PostgreSQL SKU " + blueprint.postgresSku() + " (known: " + SkuCapacity.knownPostgresSkus() + ")");
            }
            if (SkuCapacity.redis(blueprint.redisSku()).isEmpty()) {
                unknown.add("Redis SKU " + blueprint.redisSku() + " (known: " + SkuCapacity.knownRedisSkus() + ")");
            }
            if (!unknown.isEmpty()) {
                problems.add(path(estate, hosting.tenants().get(0)) + ".blueprint", "cannot be shared hosting's: the " + blueprint.name()
                    + " blueprint's " + String.join(", ", unknown) + " has no known capacity to size " + hosting.stackName()
                    + " from its tenants; build the blueprint with known SKUs, or make its environments dedicated");
                continue;
            }
            SharedCapacity capacity = hosting.capacity();
            if (capacity.shortfalls().isEmpty()) {
                continue;
            }
            if (SharedCapacity.overrideReason(estate, hosting).isPresent()) {
                continue;
            }
            // The first tenant, in estate order, from which on the hosting no longer fits.
            List<Placement> tenants = hosting.tenants();
            int first = tenants.size() - 1;
            for (int k = 1; k <= tenants.size(); k++) {
                if (!new SharedCapacity(hosting.blueprint(), tenants.subList(0, k)).shortfalls().isEmpty()) {
                    first = k - 1;
                    break;
                }
            }
            List<String> beyond = tenants.subList(first + 1, tenants.size()).stream().map(tenant -> path(estate, tenant)).toList();
            problems.add(path(estate, tenants.get(first)), "makes " + hosting.stackName() + " oversubscribed with " + tenants.size()
                + " tenants" + (beyond.isEmpty() ? "" : " (this one and " + beyond.size() + " after it: " + String.join(", ", beyond) + ")") + ": "
                + String.join("; ", capacity.shortfalls()) + "; host fewer tenants on it (make some semi-dedicated or dedicated), or give"
                + " capacityOverrideReason: \"<why>\" on the environment (or the estate) to accept it, the sizes stopping at the most allowed");
        }
        for (Placement placement : plan.placements()) {
            validateSize(estate, placement, problems);
        }
        for (int u = 0; u < estate.businessUnits().size(); u++) {
            BusinessUnit unit = estate.businessUnits().get(u);
            for (int e = 0; e < unit.environments().size(); e++) {
                Environment environment = unit.environments().get(e);
                String reason = environment.capacityOverrideReason();
                String reasonPath = "businessUnits[" + u + "].environments[" + e + "].capacityOverrideReason";
                if (reason != null && reason.isBlank()) {
                    problems.add(reasonPath, "is blank; say why its shared hosting may need more than its blueprint allows, or remove it");
                }
            }
        }
    }

    /**
     * An environment's chosen size: each SKU among those its blueprint approves, and only for what the environment owns
     * (a shared tenant's pool, server and cache are its hosting's, a semi-dedicated one's cache too).
     */
    private static void validateSize(Estate estate, Placement placement, Problems problems) {
        EnvironmentSize size = placement.environment().size();
        Blueprint blueprint = placement.blueprint();
        String sizePath = path(estate, placement) + ".size";
        TenancyModel tenancy = placement.tenancy();
        String hosted = "; its shared hosting sizes it from its tenants (a weight counts there), or make the environment ";
        if (size.nodeSize() != null) {
            if (tenancy == TenancyModel.SHARED) {
                problems.add(sizePath + ".nodeSize", "is not allowed for a shared environment, which runs on its hosting's Odoo pool"
                    + hosted + "semi-dedicated or dedicated for a pool of its own");
            } else {
                approved(problems, sizePath + ".nodeSize", size.nodeSize(), blueprint, blueprint.approvedSkus().vmSizes());
            }
        }
        if (size.postgresSku() != null) {
            if (tenancy == TenancyModel.SHARED) {
                problems.add(sizePath + ".postgresSku", "is not allowed for a shared environment, whose database is on its hosting's"
                    + " server" + hosted + "semi-dedicated or dedicated for a server of its own");
            } else if (approved(problems, sizePath + ".postgresSku", size.postgresSku(), blueprint, blueprint.approvedSkus().postgres())
                && SkuCapacity.postgres(size.postgresSku()).isEmpty()) {
                problems.add(sizePath + ".postgresSku", Quoting.quote(size.postgresSku()) + " has no known tier (burstable, general purpose"
                    + " or memory optimized); choose one of " + SkuCapacity.approvedPostgres(blueprint)
                        .stream().map(SkuCapacity.Postgres::sku).toList());
            }
        }
        if (size.redisSku() != null) {
            if (tenancy != TenancyModel.DEDICATED) {
                problems.add(sizePath + ".redisSku", "is not allowed for a " + tenancy.id() + " environment, which uses its hosting's"
                    + " Redis" + hosted + "dedicated for a cache of its own");
            } else {
                approved(problems, sizePath + ".redisSku", size.redisSku().terraformValue(), blueprint, blueprint.approvedSkus().redis());
            }
        }
    }

    /** Whether {@code sku} is among {@code allowed}, the SKUs of its kind {@code blueprint} approves; a problem if not. */
    private static boolean approved(Problems problems, String path, String sku, Blueprint blueprint, List<String> allowed) {
        if (allowed.contains(sku)) {
            return true;
        }
        problems.add(path, Quoting.quote(sku) + " is not approved for the " + blueprint.name() + " blueprint, whose SKU policy would deny"
            + " it; allowed: " + String.join(", ", allowed));
        return false;
    }

    /** The paths that put a shared hosting's tenants in its region, for a problem with the region. */
    private static List<String> regionPaths(Estate estate, SharedHosting hosting) {
        return hosting.tenants().stream().map(tenant -> regionPath(estate, tenant.unit())).distinct().toList();
    }

    /** A fix for a tier the blueprint cannot meet, one that exists for this tier. */
    private static String tierFix(Placement placement) {
        boolean lowest = placement.recoveryTier().filter(tier -> tier == com.sysgenpro.landingzone.blueprint.RecoveryTier.TIER_3).isPresent();
        return placement.blueprint().isProduction() || lowest
            ? "use a blueprint whose recovery scales with the tier (production)"
            : "use a blueprint whose recovery scales with the tier (production), or commit to tier-3, which non-production"
                + " meets rebuild-first";
    }

    /**
     * Declared tenancy models against the placement rules: a unit's model against the advice for its production (its
     * criteria), an environment's against the advice for that environment. A unit's {@code tenancyOverrideReason}
     * accepts both, and must accept something.
     */
    private static void validateTenancy(Estate estate, EstatePlan plan, Problems problems) {
        for (int u = 0; u < estate.businessUnits().size(); u++) {
            BusinessUnit unit = estate.businessUnits().get(u);
            if (unit.name() == null) {
                continue;
            }
            String unitPath = "businessUnits[" + u + "]";
            boolean reasoned = !blank(unit.tenancyOverrideReason());
            boolean overridden = false;
            var unitAdvice = com.sysgenpro.landingzone.blueprint.PlacementAdvisor.advise(unit.criteria());
            if (unit.tenancy() != null && unitAdvice.forbids(unit.tenancy())) {
                overridden = true;
                if (!reasoned) {
                    problems.add(unitPath + ".tenancy", Quoting.quote(unit.tenancy()) + " breaks a placement rule: "
                        + unitAdvice.rulesAgainst(unit.tenancy()) + "; choose " + unitAdvice.recommended()
                        + " (advised: " + String.join("; ", unitAdvice.reasons()) + ")"
                        + " or give tenancyOverrideReason saying why it is acceptable");
                }
            }
            for (Placement placement : plan.placements()) {
                TenancyModel declared = placement.environment().tenancy();
                if (placement.unit() != unit || declared == null || !placement.advice().forbids(declared)) {
                    continue;
                }
                overridden = true;
                if (!reasoned) {
                    problems.add(path(estate, placement) + ".tenancy", Quoting.quote(declared) + " breaks a placement rule for "
                        + placement.stackName() + ": " + placement.advice().rulesAgainst(declared) + "; choose "
                        + placement.advice().recommended() + " or give the unit's tenancyOverrideReason saying why it is acceptable");
                }
            }
            if (reasoned && !overridden) {
                problems.add(unitPath + ".tenancyOverrideReason", "overrides nothing: no placement rule forbids "
                    + (unit.tenancy() == null ? "the advised model" : Quoting.quote(unit.tenancy()))
                    + " or a model an environment declares; remove it");
            }
        }
    }

    /** The regional names derived from a stem ({@code <kind>-<stem>}), each against Azure's rule of its kind. */
    private static void regionalNames(Problems problems, String path, String stem, String fix) {
        Map<AzureNameRule, String> names = new java.util.EnumMap<>(AzureNameRule.class);
        names.put(AzureNameRule.RESOURCE_GROUP, "rg-" + stem);
        names.put(AzureNameRule.LOG_ANALYTICS_WORKSPACE, "log-" + stem);
        names.put(AzureNameRule.NETWORK, "vnet-" + stem);
        names.put(AzureNameRule.KUBERNETES_CLUSTER, "aks-" + stem);
        // The longest PostgreSQL name is a replica's virtual endpoint, the server's name and a suffix.
        names.put(AzureNameRule.POSTGRES_SERVER, "psql-" + stem + com.sysgenpro.landingzone.workload.PostgresReadReplicaProps.DEFAULT_VIRTUAL_ENDPOINT_SUFFIX);
        names.put(AzureNameRule.REDIS, "redis-" + stem);
        names.put(AzureNameRule.BACKUP_VAULT, "bvault-" + stem);
        names.put(AzureNameRule.MANAGED_IDENTITY, "id-" + stem);
        names.put(AzureNameRule.MONITOR, "ag-" + stem);
        names.forEach((rule, name) -> {
            String problem = rule.problemWith(name);
            if (problem != null && !problems.has(path)) {
                problems.add(path, "its " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " would be named '" + name
                    + "': " + problem + "; " + fix);
            }
        });
    }

    /**
     * The geo-redundant copies Azure keeps in each region's pair (PostgreSQL geo-redundant backup, geo-replicated
     * storage, geo-redundant backup vaults), collected over the estate and reported once per region: a region without a
     * pair cannot hold them, a pair outside {@code regions.allowed} puts the estate's data (and the runbook's
     * geo-restore) where its own policy forbids.
     */
    private static final class GeoCopies {
        private final Map<AzureRegion, java.util.Set<String>> stacks = new java.util.LinkedHashMap<>();
        private final Map<AzureRegion, java.util.Set<String>> kinds = new java.util.LinkedHashMap<>();
        private final Map<AzureRegion, java.util.Set<String>> paths = new java.util.LinkedHashMap<>();
        private final Map<AzureRegion, java.util.Set<String>> noGeoBackup = new java.util.LinkedHashMap<>();

        void add(AzureRegion region, String stack, List<String> regionPaths, com.sysgenpro.landingzone.blueprint.RecoverySettings settings,
                 boolean ownServer) {
            List<String> copies = new ArrayList<>();
            if (ownServer && settings.geoRedundantBackup()) {
                copies.add("PostgreSQL backups");
                if (!region.postgresGeoRedundantBackup() && region.pair().isPresent()) {
                    noGeoBackup.computeIfAbsent(region, key -> new java.util.LinkedHashSet<>()).add(stack);
                }
            }
            if (settings.storageReplication() == com.sysgenpro.landingzone.workload.StorageReplication.GZRS
                || settings.storageReplication() == com.sysgenpro.landingzone.workload.StorageReplication.RAGZRS) {
                copies.add(settings.storageReplication() + " filestore");
            }
            if (ownServer && settings.longTermRetentionMonths() > 0) {
                copies.add("backup vault");
            }
            if (copies.isEmpty()) {
                return;
            }
            stacks.computeIfAbsent(region, key -> new java.util.LinkedHashSet<>()).add(stack);
            kinds.computeIfAbsent(region, key -> new java.util.LinkedHashSet<>()).addAll(copies);
            paths.computeIfAbsent(region, key -> new java.util.LinkedHashSet<>()).addAll(regionPaths);
        }

        void report(Estate estate, Problems problems) {
            List<String> paired = AzureRegion.known().stream().filter(region -> region.pair().isPresent()
                && estate.allowedRegions().contains(region) && estate.allowedRegions().contains(region.pair().get()))
                .map(AzureRegion::name).toList();
            String elsewhere = paired.isEmpty() ? "a region whose pair is allowed too" : "one of " + paired;
            stacks.forEach((region, names) -> {
                if (!estate.allowedRegions().contains(region)) {
                    return; // reported where the region is chosen
                }
                String what = "geo-redundant copies (" + String.join(", ", kinds.get(region)) + ") of " + String.join(", ", names);
                String path = paths.get(region).iterator().next();
                if (region.pair().isEmpty()) {
                    problems.add(path, Quoting.quote(region) + " has no Azure region pair, so the " + what + " cannot be created there"
                        + " (Azure offers no geo-redundant storage or backup in unpaired regions); place the unit in " + elsewhere);
                } else if (!estate.allowedRegions().contains(region.pair().get())) {
                    AzureRegion pair = region.pair().get();
                    problems.add("regions.allowed", "does not include '" + pair + "', where Azure keeps the " + what + ": it is "
                        + region + "'s pair, no setting moves them, and a geo-restore there would be denied by the estate's own"
                        + " allowed-regions policy; add '" + pair + "' to regions.allowed, or place these units in " + elsewhere);
                }
            });
            noGeoBackup.forEach((region, names) -> problems.add(paths.get(region).iterator().next(), "PostgreSQL flexible servers in '"
                + region + "' offer no geo-redundant backup, which " + String.join(", ", names) + " need; place the unit in " + elsewhere));
        }
    }

    private static void globalName(Problems problems, Map<String, String> seen, String path,
                                   AzureNameRule rule, String name, String fix) {
        String problem = rule.problemWith(name);
        if (problem != null) {
            problems.add(path, "its " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " would be named '" + name
                + "': " + problem + "; " + fix);
            return;
        }
        String previous = seen.putIfAbsent(rule.name() + ":" + name, path);
        if (previous != null) {
            problems.add(path, "its " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " would be named '" + name
                + "', as that of " + previous + "; names must be unique across Azure, so give one unit another shortName");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void validateGovernance(Estate estate, Problems problems, LocalDate today) {
        List<String> tags = estate.mandatoryTags();
        if (tags.isEmpty()) {
            problems.add("governance.mandatoryTags", "must list at least one tag");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!EMITTED_TAGS.contains(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", Quoting.quote(tag) + " is not a tag the landing zone sets on every resource,"
                    + " so requiring it would deny every deployment; allowed: " + String.join(", ", EMITTED_TAGS));
            } else if (!seen.add(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", Quoting.quote(tag) + " is listed twice");
            }
        }
        try {
            Pattern.compile(estate.allowedContainerImages());
        } catch (PatternSyntaxException e) {
            problems.add("governance.allowedContainerImages", "'" + estate.allowedContainerImages()
                + "' is not a valid regular expression: " + e.getDescription());
        }
        AccessGroups access = estate.access();
        guid(problems, "access.platformAdmins", access.platformAdmins());
        guid(problems, "access.securityOperations", access.securityOperations());
        guid(problems, "access.erpAdmins", access.erpAdmins());
        guid(problems, "access.financeReaders", access.financeReaders());
        guid(problems, "access.deploymentPrincipal", access.deploymentPrincipal());
        if (access.hasEligibleRoles() && access.eligibilityStart() == null && !problems.has("access.eligibilityStart")) {
            problems.add("access.eligibilityStart", "required when platformAdmins, securityOperations or erpAdmins is given:"
                + " their production roles are eligible (PIM) from this date, written YYYY-MM-DD");
        }
        AccessValidator.validate(estate, today, problems);
    }

    private static void guid(Problems problems, String path, String value) {
        if (value != null && !Checks.isGuid(value)) {
            problems.add(path, Quoting.quote(value) + " is not allowed; an Entra ID object id (GUID)");
        }
    }

    private static void validateEnvironments(BusinessUnit unit, String unitPath, Problems problems) {
        if (unit.environments().isEmpty()) {
            problems.add(unitPath + ".environments", "must list at least one entry");
        }
        Set<String> environmentNames = new HashSet<>();
        for (int e = 0; e < unit.environments().size(); e++) {
            Environment environment = unit.environments().get(e);
            String environmentPath = unitPath + ".environments[" + e + "]";
            if (environment.name() == null) {
                problems.add(environmentPath + ".name", "required field is missing");
                continue;
            }
            if (!ENVIRONMENT_NAME.matcher(environment.name()).matches()) {
                problems.add(environmentPath + ".name", Quoting.quote(environment.name()) + " is not allowed; " + ENVIRONMENT_NAME_RULE);
                continue;
            }
            if (!environmentNames.add(environment.name())) {
                problems.add(environmentPath + ".name", "'" + environment.name()
                    + "' is already the name of another environment of this business unit; names must be unique");
            }
            if (environment.blueprint() == null) {
                problems.add(environmentPath + ".blueprint", "required for an environment named '" + environment.name()
                    + "', which is not a blueprint's name; allowed: " + blueprintNames());
            }
        }
    }

    /**
     * No destination twice for one environment: not twice in a list, nor in an environment's list when the unit's
     * already applies to it. Two entries are the same when their keys are (destination, protocol and port; the reason
     * aside), which also keeps the firewall's rule names unique. The loader leaves out entries it found wrong, which
     * shifts the indices after them, so a list with such an entry is judged once that is fixed.
     */
    private static void validateEgress(BusinessUnit unit, String unitPath, Problems problems) {
        Map<String, String> unitKeys = new HashMap<>();
        boolean unitRead = !problems.hasWithin(unitPath + ".egress");
        for (int i = 0; i < unit.egress().size(); i++) {
            String path = unitPath + ".egress[" + i + "]";
            String previous = unitKeys.putIfAbsent(unit.egress().get(i).key(), path);
            if (previous != null && unitRead) {
                problems.add(path, "repeats " + previous + " (" + unit.egress().get(i) + "); remove one");
            }
        }
        for (int e = 0; e < unit.environments().size(); e++) {
            Environment environment = unit.environments().get(e);
            String environmentPath = unitPath + ".environments[" + e + "]";
            if (problems.hasWithin(environmentPath + ".egress")) {
                continue;
            }
            Map<String, String> keys = new HashMap<>();
            for (int i = 0; i < environment.egress().size(); i++) {
                EgressRule rule = environment.egress().get(i);
                String path = environmentPath + ".egress[" + i + "]";
                String ofUnit = unitKeys.get(rule.key());
                String previous = keys.putIfAbsent(rule.key(), path);
                if (ofUnit != null && unitRead) {
                    problems.add(path, "repeats " + ofUnit + " (" + rule + "), which applies to every environment of the unit;"
                        + " remove it here");
                } else if (previous != null) {
                    problems.add(path, "repeats " + previous + " (" + rule + "); remove one");
                }
            }
        }
    }

    /** Sites go into one space-separated tag value: each a label without spaces, all within Azure's 256 characters. */
    private static void sites(Problems problems, String path, List<String> sites) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i) == null || !Checks.isLabelValue(sites.get(i)) || sites.get(i).isEmpty()) {
                problems.add(path + "[" + i + "]", Quoting.quote(sites.get(i)) + " is not allowed; a site name of up to 63 letters, digits,"
                    + " '-', '_' and '.', e.g. antwerp-dc (sites are joined by spaces in the site tag)");
            }
        }
        if (String.join(" ", sites).length() > MAX_TAG_VALUE) {
            problems.add(path, "lists sites whose names take " + String.join(" ", sites).length() + " characters in the site tag;"
                + " Azure allows " + MAX_TAG_VALUE + ": shorten the names, or list on each environment only the sites it serves");
        }
    }

    private static void requireText(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "required field is missing");
        } else if (value.isBlank() || value.length() > MAX_TAG_VALUE) {
            problems.add(path, Quoting.quote(value) + " is not allowed; 1 to " + MAX_TAG_VALUE + " characters, not blank");
        }
    }

    static String blueprintNames() {
        return Blueprint.all().stream().map(Blueprint::name).collect(Collectors.joining(", "));
    }
}
