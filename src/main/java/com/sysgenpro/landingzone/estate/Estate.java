package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.cluster.ChartCatalog;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.governance.policy.EnforcementMode;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An organisation's Odoo hosting estate: its business units and their environments, and where they run.
 *
 * <p>Build one in Java with {@link #builder()}, or read a YAML estate file with {@link EstateLoader}; both are
 * checked by {@link EstateValidator} before anything is synthesized.
 */
public final class Estate {

    private final String organisation;
    private final String prefix;
    private final String platformOwner;
    private final String platformCostCenter;
    private final int platformMonthlyBudget;
    private final SubscriptionSettings subscriptions;
    private final AzureRegion primaryRegion;
    private final AzureRegion secondaryRegion;
    private final List<AzureRegion> allowedRegions;
    private final String timeZone;
    private final java.time.DayOfWeek maintenanceDay;
    private final java.time.LocalTime maintenanceStart;
    private final StateBackend stateBackend;
    private final List<SharedNetwork> sharedNetworks;
    private final Map<AzureRegion, Cidr> hubNetworks;
    private final List<ConnectedSite> sites;
    private final LocalDate budgetStart;
    private final String capacityOverrideReason;
    private final GitOpsSource gitOps;
    private final IngressSettings ingress;
    private final String tenantId;
    private final DirectoryGroup databaseAdmins;
    private final List<String> mandatoryTags;
    private final EnforcementMode enforcement;
    private final String allowedContainerImages;
    private final AccessGroups access;
    private final List<Suppression> suppressions;
    private final List<BusinessUnit> businessUnits;

    private Estate(Builder builder) {
        this.organisation = builder.organisation;
        this.prefix = builder.prefix;
        this.platformOwner = builder.platformOwner;
        this.platformCostCenter = builder.platformCostCenter;
        this.platformMonthlyBudget = builder.platformMonthlyBudget;
        this.subscriptions = builder.subscriptions;
        this.primaryRegion = builder.primaryRegion;
        this.secondaryRegion = builder.secondaryRegion;
        this.allowedRegions = List.copyOf(builder.allowedRegions);
        this.timeZone = builder.timeZone;
        this.maintenanceDay = builder.maintenanceDay;
        this.maintenanceStart = builder.maintenanceStart;
        this.stateBackend = builder.stateBackend;
        this.sharedNetworks = List.copyOf(builder.sharedNetworks);
        this.hubNetworks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(builder.hubNetworks));
        this.sites = List.copyOf(builder.sites);
        this.budgetStart = builder.budgetStart;
        this.capacityOverrideReason = builder.capacityOverrideReason;
        this.gitOps = builder.gitOps;
        this.ingress = builder.ingress != null ? builder.ingress : IngressSettings.none();
        this.tenantId = builder.tenantId;
        this.databaseAdmins = builder.databaseAdmins;
        this.mandatoryTags = List.copyOf(builder.mandatoryTags);
        this.enforcement = builder.enforcement;
        this.allowedContainerImages = builder.allowedContainerImages;
        this.access = builder.access;
        this.suppressions = List.copyOf(builder.suppressions);
        this.businessUnits = List.copyOf(builder.businessUnits);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The organisation's display name. Required. */
    public String organisation() {
        return organisation;
    }

    /**
     * A short prefix, 2–6 lowercase letters and digits starting with a letter, that starts every resource name so
     * that globally unique names (storage, Key Vault) do not collide with other organisations'. Required.
     */
    public String prefix() {
        return prefix;
    }

    /** Who answers for the shared platform (management groups, policy, central logging): the {@code owner} tag. Required. */
    public String platformOwner() {
        return platformOwner;
    }

    /** The cost center the shared platform is charged to: the {@code cost-center} tag. Required. */
    public String platformCostCenter() {
        return platformCostCenter;
    }

    /** Default monthly budget of each platform subscription (management, connectivity, identity). */
    public static final int DEFAULT_PLATFORM_MONTHLY_BUDGET = 1_000;

    /**
     * The monthly budget of each platform subscription, in the billing currency ({@code platform.monthlyBudget}).
     * Default: {@value #DEFAULT_PLATFORM_MONTHLY_BUDGET}.
     */
    public int platformMonthlyBudget() {
        return platformMonthlyBudget;
    }

    /**
     * How the estate's subscriptions are laid out, created or adopted ({@code subscriptions:}); null when the estate
     * manages none and every stack deploys into the subscription {@code ARM_SUBSCRIPTION_ID} names.
     */
    public SubscriptionSettings subscriptions() {
        return subscriptions;
    }

    /** The region everything is deployed to unless placed elsewhere. Required. */
    public AzureRegion primaryRegion() {
        return primaryRegion;
    }

    /**
     * The region business units recover into unless they name a {@link BusinessUnit#recoveryRegion() recovery region}
     * of their own (units running in this region recover into the primary region): cross-region database replicas and
     * the cluster rebuilt after a region outage. Geo-redundant copies (storage, backups) stay in Azure's pair of each
     * unit's region, which must be allowed too. Default: none; required when a unit needs a recovery region and names
     * none. Must be allowed.
     */
    public AzureRegion secondaryRegion() {
        return secondaryRegion;
    }

    /**
     * The IANA time zone, e.g. {@code Europe/Brussels}, that non-production working hours and maintenance windows are
     * written in, for units that name none of their own. Default: {@code UTC}.
     */
    public String timeZone() {
        return timeZone;
    }

    /**
     * The day the weekly maintenance window opens, local time, for units that name none of their own and for shared
     * hosting ({@link MaintenanceWindow} places cluster upgrades, PostgreSQL maintenance and node image upgrades in
     * it). Default: {@link MaintenanceWindow#DEFAULT_DAY}.
     */
    public java.time.DayOfWeek maintenanceDay() {
        return maintenanceDay;
    }

    /** When the weekly maintenance window opens, local time. Default: {@link MaintenanceWindow#DEFAULT_START}. */
    public java.time.LocalTime maintenanceStart() {
        return maintenanceStart;
    }

    /** The weekly maintenance window of shared hosting, in the estate's time zone. */
    MaintenanceWindow maintenanceWindow() {
        return new MaintenanceWindow(maintenanceDay, maintenanceStart, java.time.ZoneId.of(timeZone));
    }

    /**
     * Where stacks keep their Terraform state. Default: none, every stack keeps local state in
     * {@code terraform.<stack>.tfstate} beside the output directory. Sandbox and development stay local either way.
     */
    public StateBackend stateBackend() {
        return stateBackend;
    }

    /**
     * The address spaces of the shared hosting networks, one per environment class and region. Required for every
     * blueprint and region that a shared or semi-dedicated environment uses.
     */
    public List<SharedNetwork> sharedNetworks() {
        return sharedNetworks;
    }

    /**
     * The address spaces of the hub networks by region ({@code network.hubs}), in estate order: with any, the estate has
     * a connectivity stack, a hub in each of these regions, and every network outside sandbox peered to its region's
     * hub and resolving the estate's one set of private DNS zones. Default: none, every network stands alone.
     */
    public Map<AzureRegion, Cidr> hubNetworks() {
        return hubNetworks;
    }

    /**
     * The sites connected to the hubs ({@code network.sites}), in estate order: each reaches the ingress of the
     * environments that list it in their sites, through its hub's gateway and firewall. Default: none; sites units list
     * without declaring them here are tag values only.
     */
    public List<ConnectedSite> sites() {
        return sites;
    }

    /** The address space of {@code blueprint}'s shared hosting network in {@code region}, if declared. */
    public java.util.Optional<Cidr> sharedNetwork(String blueprint, AzureRegion region) {
        return sharedNetworks.stream().filter(network -> network.serves(blueprint, region, primaryRegion))
            .map(SharedNetwork::addressSpace).findFirst();
    }

    /**
     * The earliest month any budget starts (the first day of a month): a budget starts with the month Terraform creates
     * it in, or with this one while it is still ahead. Default: none, every budget starts the month it is created.
     */
    public LocalDate budgetStart() {
        return budgetStart;
    }

    /**
     * Why shared hosting may need more than its blueprint allows (its shortfalls), for
     * every shared hosting of the estate, e.g. for a load test; recorded in {@code landing-zone.json}. Default: none, an
     * oversubscribed shared hosting is an error unless one of its tenant environments gives a reason.
     */
    public String capacityOverrideReason() {
        return capacityOverrideReason;
    }

    /** The Entra ID tenant (GUID) every Key Vault, cluster and database authenticates against. Required. */
    public String tenantId() {
        return tenantId;
    }

    /**
     * The Entra ID group that administers every PostgreSQL server (its Entra administrator). Required when any
     * environment has a database server, i.e. always.
     */
    public DirectoryGroup databaseAdmins() {
        return databaseAdmins;
    }

    /** The repository Flux deploys Odoo from. Default: none, clusters get no GitOps configuration. */
    public GitOpsSource gitOps() {
        return gitOps;
    }

    /** Tenants' host names and certificate issuers. Default: {@link IngressSettings#none()}. */
    public IngressSettings ingress() {
        return ingress;
    }

    /**
     * Regions the estate's data may reside in: governance denies resources elsewhere. Must include the primary region,
     * every unit's region and recovery region, and the Azure pair of each region whose environments keep
     * geo-redundant copies (production does), since Azure keeps those copies there. Default: the primary and secondary
     * regions and their pairs.
     */
    public List<AzureRegion> allowedRegions() {
        if (!allowedRegions.isEmpty() || primaryRegion == null) {
            return allowedRegions;
        }
        java.util.LinkedHashSet<AzureRegion> regions = new java.util.LinkedHashSet<>();
        for (AzureRegion region : secondaryRegion == null ? List.of(primaryRegion) : List.of(primaryRegion, secondaryRegion)) {
            regions.add(region);
            region.pair().ifPresent(regions::add);
        }
        return List.copyOf(regions);
    }

    /**
     * Tags every resource group and resource must carry. Default:
     * {@link LandingZoneInitiatives#DEFAULT_MANDATORY_TAGS}; only tags the library can set on every resource are allowed:
     * those it always sets, and {@code site} and {@code application}, which it then sets everywhere.
     */
    public List<String> mandatoryTags() {
        return mandatoryTags;
    }

    /**
     * Whether governance denies and remediates ({@link EnforcementMode#DEFAULT}) or only reports
     * ({@link EnforcementMode#DO_NOT_ENFORCE}, to stage a rollout). Default: enforce.
     */
    public EnforcementMode enforcement() {
        return enforcement;
    }

    /**
     * Regular expression of the container images clusters may run (the allowed-images admission control, LZ-K8S-002).
     * Default: derived from what the estate itself runs, so that the control never denies it and admits nothing else:
     * images from the estate's registries (named {@code acr<prefix>…}, hence {@code acr<prefix>[a-z0-9]*.azurecr.io/…}),
     * which also serve the charts' images through their artifact cache ({@link ChartCatalog#mirrors()}), and Microsoft's
     * ({@code mcr.microsoft.com/…}: the workload identity and AKS images injected into tenants' pods).
     */
    public String allowedContainerImages() {
        if (allowedContainerImages != null) {
            return allowedContainerImages;
        }
        return "^(" + Naming.registryPrefix(prefix) + "[a-z0-9]*\\.azurecr\\.io/.+|mcr\\.microsoft\\.com/.+)$";
    }

    /** Entra ID principals of the separation-of-duties preset. Default: none (no role assignments). */
    public AccessGroups access() {
        return access;
    }

    /**
     * Accepted findings of {@code check}, each with a rule, a stack, a written reason and optionally a resource and an
     * expiry date. Default: none. A suppression past its expiry no longer applies and fails {@code check}.
     */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The business units, each with its environments. At least one is required. */
    public List<BusinessUnit> businessUnits() {
        return businessUnits;
    }

    /** Builds an {@link Estate}. */
    public static final class Builder {
        private String organisation;
        private String prefix;
        private String platformOwner;
        private String platformCostCenter;
        private int platformMonthlyBudget = DEFAULT_PLATFORM_MONTHLY_BUDGET;
        private SubscriptionSettings subscriptions;
        private AzureRegion primaryRegion;
        private AzureRegion secondaryRegion;
        private List<AzureRegion> allowedRegions = List.of();
        private String timeZone = "UTC";
        private java.time.DayOfWeek maintenanceDay = MaintenanceWindow.DEFAULT_DAY;
        private java.time.LocalTime maintenanceStart = MaintenanceWindow.DEFAULT_START;
        private StateBackend stateBackend;
        private final List<SharedNetwork> sharedNetworks = new ArrayList<>();
        private final Map<AzureRegion, Cidr> hubNetworks = new java.util.LinkedHashMap<>();
        private final List<ConnectedSite> sites = new java.util.ArrayList<>();
        private LocalDate budgetStart;
        private String capacityOverrideReason;
        private GitOpsSource gitOps;
        private IngressSettings ingress;
        private String tenantId;
        private DirectoryGroup databaseAdmins;
        private List<String> mandatoryTags = LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS;
        private EnforcementMode enforcement = EnforcementMode.DEFAULT;
        private String allowedContainerImages;
        private AccessGroups access = AccessGroups.none();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<BusinessUnit> businessUnits = new ArrayList<>();

        private Builder() {
        }

        /** @see Estate#organisation() */
        public Builder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        /** @see Estate#prefix() */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** @see Estate#platformOwner() */
        public Builder platformOwner(String platformOwner) {
            this.platformOwner = platformOwner;
            return this;
        }

        /** @see Estate#platformMonthlyBudget() */
        public Builder platformMonthlyBudget(int platformMonthlyBudget) {
            this.platformMonthlyBudget = platformMonthlyBudget;
            return this;
        }

        /** @see Estate#subscriptions() */
        public Builder subscriptions(SubscriptionSettings subscriptions) {
            this.subscriptions = subscriptions;
            return this;
        }

        /** @see Estate#platformCostCenter() */
        public Builder platformCostCenter(String platformCostCenter) {
            this.platformCostCenter = platformCostCenter;
            return this;
        }

        /** @see Estate#primaryRegion() */
        public Builder primaryRegion(AzureRegion primaryRegion) {
            this.primaryRegion = primaryRegion;
            return this;
        }

        /** @see Estate#secondaryRegion() */
        public Builder secondaryRegion(AzureRegion secondaryRegion) {
            this.secondaryRegion = secondaryRegion;
            return this;
        }

        /** @see Estate#timeZone() */
        public Builder timeZone(String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /** @see Estate#maintenanceDay() @see Estate#maintenanceStart() */
        public Builder maintenance(java.time.DayOfWeek day, java.time.LocalTime start) {
            this.maintenanceDay = day;
            this.maintenanceStart = start;
            return this;
        }

        /** @see Estate#stateBackend() */
        public Builder stateBackend(StateBackend stateBackend) {
            this.stateBackend = stateBackend;
            return this;
        }

        /** Sets the shared network of one environment class in the primary region. @see Estate#sharedNetworks() */
        public Builder sharedNetwork(String blueprint, Cidr addressSpace) {
            return sharedNetwork(blueprint, null, addressSpace);
        }

        /**
         * Sets the shared network of one environment class in one region (null: the primary region).
         * @see Estate#sharedNetworks()
         */
        public Builder sharedNetwork(String blueprint, AzureRegion region, Cidr addressSpace) {
            this.sharedNetworks.add(new SharedNetwork(blueprint, region, addressSpace));
            return this;
        }

        /** Sets the hub network of one region. @see Estate#hubNetworks() */
        public Builder hubNetwork(AzureRegion region, Cidr addressSpace) {
            this.hubNetworks.put(region, addressSpace);
            return this;
        }

        /** Adds a site connected to the hub of {@code hub}. @see Estate#sites() */
        public Builder site(AzureRegion hub, com.sysgenpro.landingzone.connectivity.Site site) {
            this.sites.add(new ConnectedSite(hub, site));
            return this;
        }

        /** @see Estate#budgetStart() */
        public Builder budgetStart(LocalDate budgetStart) {
            this.budgetStart = budgetStart;
            return this;
        }

        /** @see Estate#capacityOverrideReason() */
        public Builder capacityOverrideReason(String capacityOverrideReason) {
            this.capacityOverrideReason = capacityOverrideReason;
            return this;
        }

        /** @see Estate#tenantId() */
        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /** @see Estate#databaseAdmins() */
        public Builder databaseAdmins(DirectoryGroup databaseAdmins) {
            this.databaseAdmins = databaseAdmins;
            return this;
        }

        /** @see Estate#gitOps() */
        public Builder gitOps(GitOpsSource gitOps) {
            this.gitOps = gitOps;
            return this;
        }

        /** @see Estate#ingress() */
        public Builder ingress(IngressSettings ingress) {
            this.ingress = ingress;
            return this;
        }

        /** @see Estate#allowedRegions() */
        public Builder allowedRegions(List<AzureRegion> allowedRegions) {
            this.allowedRegions = allowedRegions;
            return this;
        }

        /** @see Estate#mandatoryTags() */
        public Builder mandatoryTags(List<String> mandatoryTags) {
            this.mandatoryTags = mandatoryTags;
            return this;
        }

        /** @see Estate#enforcement() */
        public Builder enforcement(EnforcementMode enforcement) {
            this.enforcement = enforcement;
            return this;
        }

        /** @see Estate#allowedContainerImages() */
        public Builder allowedContainerImages(String allowedContainerImages) {
            this.allowedContainerImages = allowedContainerImages;
            return this;
        }

        /** @see Estate#access() */
        public Builder access(AccessGroups access) {
            this.access = access;
            return this;
        }

        /** Adds a suppression. @see Estate#suppressions() */
        public Builder suppression(Suppression suppression) {
            this.suppressions.add(suppression);
            return this;
        }

        /** Adds a business unit. @see Estate#businessUnits() */
        public Builder businessUnit(BusinessUnit businessUnit) {
            this.businessUnits.add(businessUnit);
            return this;
        }

        /** The estate; checked by {@link EstateValidator} before synthesis. */
        public Estate build() {
            return new Estate(this);
        }
    }
}
