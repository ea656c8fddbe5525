package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.governance.ManagementGroupHierarchy;
import com.sysgenpro.landingzone.governance.ManagementGroupNode;
import com.sysgenpro.landingzone.governance.PartnerAccess;
import com.sysgenpro.landingzone.governance.SeparationOfDuties;
import com.sysgenpro.landingzone.governance.Subscription;
import com.sysgenpro.landingzone.governance.SubscriptionGuardrails;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import com.sysgenpro.landingzone.governance.policy.Initiative;
import com.sysgenpro.landingzone.governance.policy.InitiativeAssignment;
import com.sysgenpro.landingzone.governance.policy.InitiativeDefinition;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.platform.EntraAuditLogs;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.workload.OperatingSchedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.constructs.Construct;

/**
 * The estate's platform stack, {@code platform}: the management group hierarchy, the shipped initiatives defined at
 * the root and assigned where they belong, the separation-of-duties role assignments, the partners' time-bound
 * eligibility and the central Log Analytics workspace that diagnostics and the Entra ID audit log flow to.
 *
 * <p>Where initiatives are assigned: tagging, regions, encryption, diagnostics and Kubernetes at the root (they hold
 * everywhere); network, SKUs and backup per business unit's production and non-production groups and the sandbox,
 * production strictest; customer-managed keys only at the groups of units whose environments there use them. Construct ids ({@code <initiative>-<group key>}) are Terraform addresses.
 *
 * <p>The subscriptions environments declare are placed in their management group here, where the hierarchy is,
 * rather than in the environments' stacks, which deploy into the subscription and need not manage the tenant.
 */
final class PlatformStack extends TerraformStack {

    static final String NAME = "platform";
    static final int CENTRAL_LOG_RETENTION_DAYS = 365;

    private final Map<String, InitiativeDefinition> definitions = new LinkedHashMap<>();
    private final Estate estate;
    private final EstatePlan plan;
    private final AzureRegion region;

    PlatformStack(Construct scope, Estate estate, EstatePlan plan) {
        super(scope, NAME);
        this.estate = estate;
        this.plan = plan;
        this.region = estate.primaryRegion();
        PlannedSubscription own = plan.subscriptionOf(NAME).orElse(null);
        // With a layout, azurerm.management registers what this provider's resources need (MANAGEMENT_PROVIDERS).
        StackDefaults.apply(this, NAME, estate.stateBackend(), StackDefaults.subscriptionId(this, estate, own, null), own != null);

        Tags tags = EstateTags.platform(estate);
        ResourceGroup management = ResourceGroup.Builder.create(this, "management")
            .name("rg-" + estate.prefix() + "-platform-" + region.code())
            .region(region)
            .tags(tags)
            .build();
        LogAnalyticsWorkspace workspace = LogAnalyticsWorkspace.Builder.create(this, "central-logs")
            .name("log-" + estate.prefix() + "-platform-" + region.code())
            .resourceGroup(management)
            .retentionDays(CENTRAL_LOG_RETENTION_DAYS)
            .build();

        ManagementGroupHierarchy hierarchy = new ManagementGroupHierarchy(this, "management-groups", hierarchy(estate, plan));
        ManagementGroup root = hierarchy.group(ManagementGroupNode.ROOT);

        Map<String, String> customDefinitions = new HashMap<>();
        for (Initiative initiative : LandingZoneInitiatives.all(estate.mandatoryTags())) {
            definitions.put(initiative.key(), new InitiativeDefinition(this, "initiative-" + initiative.key(), initiative, root, customDefinitions));
        }

        assign("tags", root, Map.of());
        assign("regions", root, PolicyParameters.regions(estate));
        assign("encryption", root, Map.of());
        assign("diagnostics", root, Map.of("logAnalyticsWorkspaceId", workspace.id()));
        assign("kubernetes", root, PolicyParameters.kubernetes(estate));

        List<ManagementGroup> production = new ArrayList<>();
        List<ManagementGroup> nonProduction = new ArrayList<>();
        for (BusinessUnit unit : estate.businessUnits()) {
            String key = ManagementGroupNode.businessUnitKey(unit.name());
            ManagementGroup prod = hierarchy.group(key + "-prod");
            ManagementGroup nonprod = hierarchy.group(key + "-nonprod");
            production.add(prod);
            nonProduction.add(nonprod);
            assign("network", prod, PolicyParameters.network(SubscriptionWorkload.PRODUCTION));
            assign("skus", prod, PolicyParameters.skus(SubscriptionWorkload.PRODUCTION));
            assign("backup", prod, PolicyParameters.backup(unit.recoveryTier()));
            assign("network", nonprod, PolicyParameters.network(SubscriptionWorkload.NON_PRODUCTION));
            assign("skus", nonprod, PolicyParameters.skus(SubscriptionWorkload.NON_PRODUCTION));
            if (PolicyParameters.customerManagedKeysAssigned(plan, unit, SubscriptionWorkload.PRODUCTION)) {
                assign("cmk", prod, Map.of());
            }
            if (PolicyParameters.customerManagedKeysAssigned(plan, unit, SubscriptionWorkload.NON_PRODUCTION)) {
                assign("cmk", nonprod, Map.of());
            }
        }
        for (SharedHosting hosting : SubscriptionPlanner.sharedGroups(plan)) {
            ManagementGroup group = hierarchy.group(SubscriptionPlanner.sharedGroupKey(hosting));
            SubscriptionWorkload workload = Placement.subscriptionWorkload(hosting.blueprint());
            assign("network", group, PolicyParameters.network(workload));
            assign("skus", group, PolicyParameters.skus(workload));
            if (workload == SubscriptionWorkload.PRODUCTION) {
                production.add(group);
                // A hosting none of whose shared tenants commits to a tier holds the weakest commitment's minimum.
                assign("backup", group, PolicyParameters.backup(hosting.tier().orElse(RecoveryTier.TIER_3)));
            } else {
                nonProduction.add(group);
            }
        }
        ManagementGroup sandbox = hierarchy.group(ManagementGroupNode.SANDBOX);
        nonProduction.add(sandbox);
        assign("network", sandbox, PolicyParameters.network(SubscriptionWorkload.SANDBOX));
        assign("skus", sandbox, PolicyParameters.skus(SubscriptionWorkload.SANDBOX));
        if (plan.subscriptions().isEmpty()) {
            placeSubscriptions(hierarchy);
        } else {
            vendedSubscriptions(hierarchy, workspace);
        }

        AccessGroups access = estate.access();
        SeparationOfDuties.Builder.create(this, "access")
            .root(root)
            .productionGroups(production)
            .nonProductionGroups(nonProduction)
            .platformAdmins(access.platformAdmins())
            .securityOperations(access.securityOperations())
            .erpAdmins(access.erpAdmins())
            .financeReaders(access.financeReaders())
            .deploymentPrincipal(access.deploymentPrincipal())
            .eligibilityStart(access.eligibilityStart())
            .eligibilityEnd(access.eligibilityEnd())
            .build();
        if (!access.partners().isEmpty()) {
            PartnerAccess.Builder.create(this, "partners").partners(PartnerGrants.of(estate, hierarchy)).build();
        }
        // One role for every scheduled shutdown's identity, assignable anywhere below the root: start, stop and read only.
        if (ScheduledShutdown.any(estate, plan)) {
            OperatingSchedule.defineRole(this, "operating-schedule-role", ScheduledShutdown.roleName(estate), root.id());
        }
        // PIM records activations in the tenant's audit log: kept with the estate's logs wherever anyone is eligible.
        if (access.hasEligibleAssignments()) {
            new EntraAuditLogs(this, "entra-audit-logs", "lz-" + estate.prefix() + "-entra-audit", workspace);
        }
    }

    /**
     * Places every subscription an environment declares in the group {@link Placement#managementGroupKey()} decides,
     * once: environments may share a subscription within one group (the validator rejects sharing across groups),
     * and the first of them in estate order names the association, {@code subscription-<bu>-<environment>}.
     */
    private void placeSubscriptions(ManagementGroupHierarchy hierarchy) {
        Set<String> placed = new HashSet<>();
        for (Placement placement : plan.placements()) {
            String subscriptionId = placement.environment().subscriptionId();
            // GUIDs are case-insensitive: the same subscription spelt twice must not get two associations.
            if (subscriptionId == null || !placed.add(subscriptionId.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Subscription.Builder.create(this, "subscription-" + placement.stackName())
                .subscriptionId(subscriptionId)
                .workload(placement.subscriptionWorkload())
                .managementGroup(hierarchy.group(placement.managementGroupKey()))
                .build();
        }
    }

    /**
     * The estate's management group hierarchy: the Azure landing-zone shape with a group per business unit, and one
     * per shared hosting of a production or non-production class ({@link SubscriptionPlanner#sharedGroupKey}).
     */
    static ManagementGroupNode hierarchy(Estate estate, EstatePlan plan) {
        return ManagementGroupNode.azureLandingZone(estate.prefix(), estate.organisation(),
            estate.businessUnits().stream().map(BusinessUnit::name).filter(java.util.Objects::nonNull).toList(),
            SubscriptionPlanner.sharedGroups(plan).stream().map(SubscriptionPlanner::sharedGroupKey).toList());
    }

    /**
     * Places every subscription of the layout in its group ({@code subscription-<key>}, its id read from the vending
     * stack) and gives it its guardrails ({@code guardrails-<key>}) through a provider of its own
     * ({@code azurerm.<key>}): Defender plans, security contact, activity log to the central workspace, the features its
     * clusters need, and its budget.
     *
     * <p>That provider also registers the subscription's resource providers, those its stacks use
     * ({@link PlannedSubscription#resourceProviders()}) and the guardrails' own, as {@code resource_providers_to_register}
     * with {@code resource_provider_registrations = "none"}: at each plan, only those not registered yet, so it needs
     * {@code <namespace>/register/action} in the subscription (Owner, the creator's role) and never fails on a provider Azure or
     * anyone registered before. Microsoft.Compute, where clusters run in a created subscription, is registered by the
     * guardrails instead, with its {@code EncryptionAtHost} feature. Every other stack's provider registers nothing and
     * deploys after this stack.
     */
    private void vendedSubscriptions(ManagementGroupHierarchy hierarchy, LogAnalyticsWorkspace workspace) {
        SubscriptionSettings settings = estate.subscriptions();
        List<String> contacts = settings.securityContacts().isEmpty() ? List.of(estate.platformOwner()) : settings.securityContacts();
        for (PlannedSubscription subscription : plan.subscriptions()) {
            String id = StackDefaults.vended(this, estate, subscription);
            Subscription.Builder.create(this, "subscription-" + subscription.key())
                .subscriptionId(id)
                .workload(subscription.workload())
                .managementGroup(hierarchy.group(subscription.managementGroupKey()))
                .build();
            var guardrails = SubscriptionGuardrails.Builder.create(this, "guardrails-" + subscription.key())
                .subscriptionId(id)
                .provider(StackDefaults.provider(this, "azurerm-" + subscription.key(), subscription.key(), id,
                    SubscriptionGuardrails.providerRegistrations(subscription.resourceProviders(), subscription.features())))
                .logAnalyticsWorkspace(workspace)
                .region(region)
                .securityContacts(contacts)
                .defenderPlans(subscription.defenderPlans())
                .features(subscription.features());
            if (subscription.monthlyBudget() > 0) {
                guardrails.budget("budget-subscription-" + subscription.key(), subscription.monthlyBudget(), estate.budgetStart(),
                    subscription.owners());
                // A subscription of temporary environments only: its budget ends with the last of them.
                List<java.time.LocalDate> lastDays = plan.placements().stream()
                    .filter(placement -> subscription.stacks().contains(placement.stackName()))
                    .map(placement -> placement.environment().expires()).toList();
                if (!lastDays.isEmpty() && lastDays.stream().allMatch(java.util.Objects::nonNull)) {
                    guardrails.budgetLastDay(lastDays.stream().max(java.util.Comparator.naturalOrder()).orElseThrow());
                }
            }
            guardrails.build();
        }
        // A retiring subscription keeps its provider for one deployment, so that the guardrails in state are destroyed
        // through it, and waits in the decommissioned group, out of every business unit's policy, budget and access.
        for (RetiredSubscription retired : SubscriptionPlanner.retired(estate)) {
            String id = StackDefaults.vended(this, estate, retired.outputName());
            Subscription.Builder.create(this, "subscription-" + retired.key())
                .subscriptionId(id)
                .workload(SubscriptionWorkload.SANDBOX)
                .managementGroup(hierarchy.group(ManagementGroupNode.DECOMMISSIONED))
                .build();
            // Registers nothing: what it registered stays registered, and it only destroys now.
            StackDefaults.provider(this, "azurerm-" + retired.key(), retired.key(), id, List.of());
        }
    }

    private void assign(String initiative, ManagementGroup group, Map<String, Object> parameters) {
        InitiativeAssignment.Builder.create(this, initiative + "-" + group.getNode().getId())
            .definition(definitions.get(initiative))
            .managementGroup(group)
            .parameters(parameters)
            .enforcement(estate.enforcement())
            .location(region)
            .build();
    }
}
