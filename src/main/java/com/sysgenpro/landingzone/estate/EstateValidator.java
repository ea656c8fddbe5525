package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.check.Rule;
import com.sysgenpro.landingzone.check.Rules;
import com.sysgenpro.landingzone.check.Suppression;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Problems;
import java.time.DateTimeException;
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
    /** The tags every stack sets on every resource; only these can be mandatory. */
    static final List<String> EMITTED_TAGS = List.of(Tags.BUSINESS_UNIT, Tags.ENVIRONMENT, Tags.OWNER, Tags.COST_CENTER,
        Tags.RECOVERY_TIER, Tags.DATA_CLASSIFICATION, Tags.MANAGED_BY);

    private EstateValidator() {
    }

    /** Every problem of {@code estate}; empty when it can be synthesized. */
    public static List<Problem> validate(Estate estate) {
        Problems problems = new Problems();
        validate(estate, problems);
        return problems.list();
    }

    /** Fails with every problem of {@code estate}, attributed to {@code source}, unless it has none. */
    public static void requireValid(Estate estate, String source) {
        List<Problem> problems = validate(estate);
        if (!problems.isEmpty()) {
            throw new EstateValidationException(source, problems);
        }
    }

    static void validate(Estate estate, Problems problems) {
        requireText(problems, "organisation", estate.organisation());
        requireText(problems, "platform.owner", estate.platformOwner());
        requireText(problems, "platform.costCenter", estate.platformCostCenter());
        if (estate.prefix() == null) {
            problems.add("prefix", "required field is missing");
        } else if (!PREFIX.matcher(estate.prefix()).matches()) {
            problems.add("prefix", "'" + estate.prefix() + "' is not allowed; " + PREFIX_RULE);
        }
        if (estate.primaryRegion() == null) {
            problems.add("regions.primary", "required field is missing");
        } else if (!estate.allowedRegions().contains(estate.primaryRegion())) {
            problems.add("regions.allowed", "does not include the primary region '" + estate.primaryRegion()
                + "'; add it, since everything is deployed there");
        }
        validateGovernance(estate, problems);
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
                problems.add(unitPath + ".name", "'" + unit.name() + "' is not allowed; " + UNIT_NAME_RULE);
            } else if (RESERVED_UNIT_NAMES.contains(unit.name())) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is reserved for a management group of the hierarchy; choose another name"
                    + " (reserved: " + String.join(", ", RESERVED_UNIT_NAMES) + ")");
            } else if (!unitNames.add(unit.name())) {
                problems.add(unitPath + ".name", "'" + unit.name() + "' is already the name of another business unit; names must be unique");
            }
            if (unit.shortName() != null && !SHORT_NAME.matcher(unit.shortName()).matches()) {
                problems.add(unitPath + (unit.name() != null && unit.shortName().equals(unit.name().replace("-", "")) ? ".name" : ".shortName"),
                    "short name '" + unit.shortName() + "' is not allowed in globally unique names: 2 to 8 lowercase letters and digits,"
                        + " starting with a letter; set shortName");
            }
            if (unit.region() != null && !estate.allowedRegions().contains(unit.region())) {
                problems.add(unitPath + ".region", "'" + unit.region() + "' is not an allowed region of the estate; allowed: "
                    + estate.allowedRegions());
            }
            requireText(problems, unitPath + ".owner", unit.owner());
            requireText(problems, unitPath + ".costCenter", unit.costCenter());
            if (unit.costCenter() != null && (unit.costCenter().isEmpty() || !Checks.isLabelValue(unit.costCenter()))) {
                problems.add(unitPath + ".costCenter", "'" + unit.costCenter() + "' is not allowed; it labels the unit's namespaces:"
                    + " up to 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric, e.g. CC-1200");
            }
            guid(problems, unitPath + ".operatorsGroup", unit.operatorsGroup());
            validateEnvironments(unit, unitPath, problems);
        }
        validateHosting(estate, problems);
        if (estate.prefix() != null && PREFIX.matcher(estate.prefix()).matches() && estate.primaryRegion() != null) {
            validatePlan(estate, problems);
        }
        validateSuppressions(estate, problems);
    }

    /**
     * Suppressions name a rule {@code check} runs and a stack the estate has, and say why in a sentence; the
     * expiry is judged by {@code check} on the day it runs, not here, so that synthesis does not start failing
     * the day a suppression expires.
     */
    private static void validateSuppressions(Estate estate, Problems problems) {
        if (estate.suppressions().isEmpty()) {
            return;
        }
        Set<String> stacks = new HashSet<>(EstatePlan.of(estate).stackNames());
        List<Rule> rules = Rules.all(estate.mandatoryTags());
        for (int i = 0; i < estate.suppressions().size(); i++) {
            Suppression suppression = estate.suppressions().get(i);
            String path = "governance.suppressions[" + i + "]";
            if (suppression.rule() != null && rules.stream().noneMatch(rule -> rule.id().equalsIgnoreCase(suppression.rule()))) {
                problems.add(path + ".rule", "'" + suppression.rule() + "' is not a rule check runs; allowed: "
                    + rules.stream().map(Rule::id).collect(Collectors.joining(", ")));
            }
            if (suppression.stack() != null && !stacks.contains(suppression.stack())) {
                problems.add(path + ".stack", "'" + suppression.stack() + "' is not a stack of this estate; allowed: "
                    + String.join(", ", new TreeSet<>(stacks)));
            }
            if (suppression.reason() != null && suppression.reason().strip().length() < Suppression.MINIMUM_REASON_LENGTH) {
                problems.add(path + ".reason", "'" + suppression.reason() + "' is too short to tell a reviewer why the finding is"
                    + " accepted; write at least " + Suppression.MINIMUM_REASON_LENGTH + " characters: the risk, why it is"
                    + " acceptable, and what replaces the control");
            }
            if (suppression.resource() != null && suppression.resource().isBlank()) {
                problems.add(path + ".resource", "is empty; give a Terraform address or a construct path, or leave it out to"
                    + " cover the whole stack");
            }
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
            problems.add("timeZone", "'" + estate.timeZone() + "' is not an IANA time zone such as Europe/Brussels");
        }
        if (estate.secondaryRegion() != null) {
            if (estate.secondaryRegion().equals(estate.primaryRegion())) {
                problems.add("regions.secondary", "'" + estate.secondaryRegion() + "' is the primary region; disaster recovery needs another");
            } else if (!estate.allowedRegions().contains(estate.secondaryRegion())) {
                problems.add("regions.allowed", "does not include the secondary region '" + estate.secondaryRegion() + "'; add it");
            }
        }
        if (estate.budgetStart() != null && estate.budgetStart().getDayOfMonth() != 1) {
            problems.add("budgets.start", "'" + estate.budgetStart() + "' is not allowed; the first day of a month, e.g. "
                + estate.budgetStart().withDayOfMonth(1));
        }
        if (estate.gitOps() != null && (estate.gitOps().repositoryUrl() == null || !estate.gitOps().repositoryUrl().startsWith("https://"))) {
            problems.add("gitOps.repositoryUrl", "'" + estate.gitOps().repositoryUrl() + "' is not allowed; an https:// repository URL");
        }
        IngressSettings ingress = estate.ingress();
        if (ingress.domain() != null && !Checks.isHostName(ingress.domain())) {
            problems.add("ingress.domain", "'" + ingress.domain() + "' is not allowed; a lowercase DNS domain such as erp.example.com");
        }
        if (ingress.acmeEmail() != null && !Checks.isEmail(ingress.acmeEmail())) {
            problems.add("ingress.acmeEmail", "'" + ingress.acmeEmail() + "' is not allowed; the mailbox that hears about expiring certificates");
        }
        if (ingress.acmeServer() != null && !ingress.acmeServer().startsWith("https://")) {
            problems.add("ingress.acmeServer", "'" + ingress.acmeServer() + "' is not allowed; an https:// ACME directory URL");
        }
        if (ingress.privateIssuer() != null && !Checks.isDnsSubdomain(ingress.privateIssuer())) {
            problems.add("ingress.privateIssuer", "'" + ingress.privateIssuer() + "' is not allowed; a ClusterIssuer name: lowercase letters,"
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
        for (String blueprint : estate.sharedNetworks().keySet()) {
            if (Blueprint.find(blueprint).isEmpty()) {
                problems.add("network.shared." + blueprint, "'" + blueprint + "' is not a blueprint; allowed: " + blueprintNames());
            }
        }
    }

    private static void validatePlan(Estate estate, Problems problems) {
        EstatePlan plan = EstatePlan.of(estate);
        Map<String, String> globalNames = new HashMap<>();
        List<Map.Entry<String, Cidr>> ranges = new ArrayList<>();
        estate.sharedNetworks().forEach((blueprint, range) -> ranges.add(Map.entry("network.shared." + blueprint, range)));
        for (var hosting : plan.sharedHosting().values()) {
            String blueprint = hosting.blueprint().name();
            if (!estate.sharedNetworks().containsKey(blueprint)) {
                problems.add("network.shared", "has no address space for '" + blueprint + "', whose shared hosting "
                    + hosting.tenants().stream().map(Placement::stackName).toList() + " run on; add network.shared." + blueprint + ": <CIDR>");
            }
            globalName(problems, globalNames, "network.shared." + blueprint, AzureNameRule.STORAGE_ACCOUNT,
                Naming.storageAccount(estate.prefix(), Naming.SHARED, blueprint));
            globalName(problems, globalNames, "network.shared." + blueprint, AzureNameRule.KEY_VAULT,
                Naming.keyVault(estate.prefix(), Naming.SHARED, blueprint));
        }
        Map<String, Placement> subscriptions = new HashMap<>();
        Map<String, String> groupNames = new HashMap<>();
        ManagementGroupNode.azureLandingZone(estate.prefix(), estate.organisation(),
                estate.businessUnits().stream().map(BusinessUnit::name).filter(Objects::nonNull).toList())
            .visit(node -> groupNames.put(node.key(), node.name()));
        for (Placement placement : plan.placements()) {
            BusinessUnit unit = placement.unit();
            Environment environment = placement.environment();
            int u = estate.businessUnits().indexOf(unit);
            String unitPath = "businessUnits[" + u + "]";
            String path = unitPath + ".environments[" + unit.environments().indexOf(environment) + "]";
            if (environment == unit.environments().get(0)) {
                if (unit.tenancy() != null && placement.advice().forbids(unit.tenancy()) && blank(unit.tenancyOverrideReason())) {
                    problems.add(unitPath + ".tenancy", "'" + unit.tenancy() + "' breaks a placement rule: "
                        + placement.advice().rulesAgainst(unit.tenancy()) + "; choose " + placement.advice().recommended()
                        + " (advised: " + String.join("; ", placement.advice().reasons()) + ")"
                        + " or give tenancyOverrideReason saying why it is acceptable");
                }
                if (!blank(unit.tenancyOverrideReason()) && (unit.tenancy() == null || !placement.advice().forbids(unit.tenancy()))) {
                    problems.add(unitPath + ".tenancyOverrideReason", "overrides nothing: no placement rule forbids "
                        + (unit.tenancy() == null ? "the advised model" : "'" + unit.tenancy() + "'") + "; remove it");
                }
            }
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                if (environment.addressSpace() == null) {
                    problems.add(path + ".addressSpace", "required for a dedicated unit: the address space of its own network, e.g. 10.65.0.0/20");
                } else {
                    ranges.add(Map.entry(path + ".addressSpace", environment.addressSpace()));
                }
            } else if (environment.addressSpace() != null) {
                problems.add(path + ".addressSpace", "is not used: a " + placement.tenancy() + " unit runs in the shared network of "
                    + placement.blueprint() + "; remove it");
            }
            if (placement.crossRegionReplica()) {
                if (estate.secondaryRegion() == null) {
                    problems.add("regions.secondary", "required: " + placement.stackName() + " commits to "
                        + placement.recoveryTierTag() + ", whose database has a replica in the secondary region");
                }
                if (environment.recoveryAddressSpace() == null) {
                    problems.add(path + ".recoveryAddressSpace", "required: " + placement.recoveryTierTag()
                        + " puts a replica of the database in the secondary region, in a network of this address space");
                } else {
                    ranges.add(Map.entry(path + ".recoveryAddressSpace", environment.recoveryAddressSpace()));
                }
            }
            placement.assessment().filter(assessment -> !assessment.meetsTier()).ifPresent(assessment ->
                problems.add(path + ".recoveryTier", "blueprint '" + placement.blueprint() + "' cannot meet " + assessment.tier().id()
                    + " (targets " + assessment.tier().target() + "): " + String.join("; ", assessment.shortfalls())
                    + "; use a blueprint whose recovery scales with the tier (production) or commit to a lower tier"));
            guid(problems, path + ".subscriptionId", environment.subscriptionId());
            if (environment.subscriptionId() != null && Checks.isGuid(environment.subscriptionId())) {
                Placement first = subscriptions.putIfAbsent(environment.subscriptionId().toLowerCase(Locale.ROOT), placement);
                if (first != null && !first.managementGroupKey().equals(placement.managementGroupKey())) {
                    problems.add(path + ".subscriptionId", "'" + environment.subscriptionId() + "' is also the subscription of "
                        + first.stackName() + ", which places it in management group '" + groupNames.get(first.managementGroupKey())
                        + "'; " + placement.stackName() + " belongs in '" + groupNames.get(placement.managementGroupKey())
                        + "' and a subscription sits in one management group only, so give " + placement.stackName()
                        + " a subscription of its own");
                }
            }
            if (unit.shortName() == null || !SHORT_NAME.matcher(unit.shortName()).matches()) {
                continue;
            }
            if (placement.ownDatabaseServer()) {
                globalName(problems, globalNames, path, AzureNameRule.STORAGE_ACCOUNT,
                    Naming.storageAccount(estate.prefix(), unit.shortName(), environment.name()));
            }
            globalName(problems, globalNames, path, AzureNameRule.KEY_VAULT,
                Naming.keyVault(estate.prefix(), unit.shortName(), environment.name()));
            if (placement.tenancy() == TenancyModel.DEDICATED) {
                globalName(problems, globalNames, path, AzureNameRule.CONTAINER_REGISTRY,
                    Naming.registry(estate.prefix(), unit.shortName(), environment.name()));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).getValue().overlaps(ranges.get(j).getValue())) {
                    problems.add(ranges.get(j).getKey(), ranges.get(j).getValue() + " overlaps " + ranges.get(i).getValue() + " of "
                        + ranges.get(i).getKey() + "; networks are peered or routed to each other, so give each its own range");
                }
            }
        }
    }

    private static void globalName(Problems problems, Map<String, String> seen, String path,
                                   AzureNameRule rule, String name) {
        String problem = rule.problemWith(name);
        if (problem != null) {
            problems.add(path, "its " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " would be named '" + name
                + "': " + problem + "; shorten the unit's shortName or the estate's prefix");
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

    private static void validateGovernance(Estate estate, Problems problems) {
        List<String> tags = estate.mandatoryTags();
        if (tags.isEmpty()) {
            problems.add("governance.mandatoryTags", "must list at least one tag");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!EMITTED_TAGS.contains(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", "'" + tag + "' is not a tag the landing zone sets on every resource,"
                    + " so requiring it would deny every deployment; allowed: " + String.join(", ", EMITTED_TAGS));
            } else if (!seen.add(tag)) {
                problems.add("governance.mandatoryTags[" + i + "]", "'" + tag + "' is listed twice");
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
    }

    private static void guid(Problems problems, String path, String value) {
        if (value != null && !Checks.isGuid(value)) {
            problems.add(path, "'" + value + "' is not allowed; an Entra ID object id (GUID)");
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
                problems.add(environmentPath + ".name", "'" + environment.name() + "' is not allowed; " + ENVIRONMENT_NAME_RULE);
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

    private static void requireText(Problems problems, String path, String value) {
        if (value == null) {
            problems.add(path, "required field is missing");
        } else if (value.isBlank() || value.length() > MAX_TAG_VALUE) {
            problems.add(path, "'" + value + "' is not allowed; 1 to " + MAX_TAG_VALUE + " characters, not blank");
        }
    }

    static String blueprintNames() {
        return Blueprint.all().stream().map(Blueprint::name).collect(Collectors.joining(", "));
    }
}
