package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Level;
import com.sysgenpro.landingzone.blueprint.PlacementCriteria;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.DataClassification;
import java.util.ArrayList;
import java.util.List;

/**
 * A business unit: who owns it, what its data and recovery needs are, how it is hosted, and its environments.
 * Create with {@link #builder()}.
 */
public final class BusinessUnit {

    private final String name;
    private final String shortName;
    private final String owner;
    private final String costCenter;
    private final String operatorsGroup;
    private final DataClassification dataClassification;
    private final Boolean customerManagedKeys;
    private final RecoveryTier recoveryTier;
    private final List<String> sites;
    private final String application;
    private final AzureRegion region;
    private final AzureRegion recoveryRegion;
    private final String timeZone;
    private final java.time.DayOfWeek maintenanceDay;
    private final java.time.LocalTime maintenanceStart;
    private final Level transactionVolume;
    private final Level integrationComplexity;
    private final Level customizationDepth;
    private final Level latencyTolerance;
    private final TenancyModel tenancy;
    private final String tenancyOverrideReason;
    private final Integer monthlyBudget;
    private final List<EgressRule> egress;
    private final List<Environment> environments;

    private BusinessUnit(Builder builder) {
        this.name = builder.name;
        this.shortName = builder.shortName;
        this.owner = builder.owner;
        this.costCenter = builder.costCenter;
        this.operatorsGroup = builder.operatorsGroup;
        this.dataClassification = builder.dataClassification;
        this.customerManagedKeys = builder.customerManagedKeys;
        this.recoveryTier = builder.recoveryTier;
        this.sites = List.copyOf(builder.sites);
        this.application = builder.application;
        this.region = builder.region;
        this.recoveryRegion = builder.recoveryRegion;
        this.timeZone = builder.timeZone;
        this.maintenanceDay = builder.maintenanceDay;
        this.maintenanceStart = builder.maintenanceStart;
        this.transactionVolume = builder.transactionVolume;
        this.integrationComplexity = builder.integrationComplexity;
        this.customizationDepth = builder.customizationDepth;
        this.latencyTolerance = builder.latencyTolerance;
        this.tenancy = builder.tenancy;
        this.tenancyOverrideReason = builder.tenancyOverrideReason;
        this.monthlyBudget = builder.monthlyBudget;
        this.egress = List.copyOf(builder.egress);
        this.environments = List.copyOf(builder.environments);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The unit's name: 2–16 lowercase letters, digits and hyphens, starting with a letter and not ending with a
     * hyphen, unique in the estate. Required. It appears in stack and resource names and in the
     * {@code business-unit} tag; renaming it replaces the unit's resources.
     */
    public String name() {
        return name;
    }

    /**
     * The unit's name in globally unique resource names (storage accounts, Key Vaults, registries), which allow
     * 24 characters at most: 2–8 lowercase letters and digits. Default: the name without hyphens.
     */
    public String shortName() {
        return shortName != null ? shortName : name == null ? null : name.replace("-", "");
    }

    /** Whether the estate sets {@link #shortName()}, rather than leaving it to be derived from the name. */
    boolean shortNameDeclared() {
        return shortName != null;
    }

    /** Who answers for the unit's Odoo: a team mailbox, tagged as {@code owner} and alerted. Required. */
    public String owner() {
        return owner;
    }

    /** The cost center showback charges, tagged as {@code cost-center}. Required. */
    public String costCenter() {
        return costCenter;
    }

    /**
     * The Entra ID group (object id) of the unit's Odoo operators: bound to the {@code tenant-operator} role in the
     * unit's namespaces (read, restart, run jobs; no secrets, no exec). Default: none, no binding.
     */
    public String operatorsGroup() {
        return operatorsGroup;
    }

    /** The sensitivity of the unit's data. Default: {@link DataClassification#CONFIDENTIAL}, as ERP data usually is. */
    public DataClassification dataClassification() {
        return dataClassification;
    }

    /**
     * Whether the unit's data is encrypted with customer-managed keys: its storage account and PostgreSQL server (and
     * the server's geo-redundant backups, with a key in the paired region) with keys in the unit's own vaults, and the
     * OS disks of the cluster its pods run on (its own when dedicated; the shared cluster's, with a key of the shared
     * hosting, when semi-dedicated). Default ({@code null}): derived from {@link #dataClassification()} by each
     * environment's blueprint ({@code Blueprint#customerManagedKeysFrom()}): on for regulated data, off otherwise.
     * {@code true} opts a confidential (or less sensitive) unit in; {@code false} is refused where the classification
     * requires the keys. Environments on shared hosting keep the shared server's keys (a unit's key cannot encrypt a
     * server others share): an explicit {@code true} is refused for them, and regulated data reaches shared hosting
     * only with a {@link #tenancyOverrideReason()}, which then also accepts the shared keys.
     */
    public Boolean customerManagedKeys() {
        return customerManagedKeys;
    }

    /** The recovery tier of the unit's production. Default: {@link RecoveryTier#TIER_2}. */
    public RecoveryTier recoveryTier() {
        return recoveryTier;
    }

    /**
     * The application the unit runs, e.g. {@code odoo-17-distribution}: the {@code application} tag. Default: none,
     * no tag, unless the estate requires it ({@code odoo} then).
     */
    public String application() {
        return application;
    }

    /**
     * The warehouses and plants the unit runs, tagged as {@code site} (space-separated) on its environments that
     * name none of their own. Default: none.
     */
    public List<String> sites() {
        return sites;
    }

    /**
     * The region the unit's environments run in and its data stays in, on every tenancy model: dedicated
     * environments get their own network there, shared and semi-dedicated ones the estate's shared hosting of that
     * region. Must be allowed. Default: the estate's primary region.
     */
    public AzureRegion region() {
        return region;
    }

    /**
     * The region the unit recovers into after losing its own: cross-region replicas, their network, and where the
     * runbook rebuilds the cluster. Must be allowed and differ from {@link #region()}. Default: the estate's
     * {@link Estate#secondaryRegion() secondary region}, or its primary region for a unit that runs in the secondary.
     */
    public AzureRegion recoveryRegion() {
        return recoveryRegion;
    }

    /**
     * The IANA time zone of the unit's sites, e.g. {@code Australia/Sydney}: its working hours and maintenance window
     * are written in it. Default: the estate's.
     */
    public String timeZone() {
        return timeZone;
    }

    /** The day the unit's weekly maintenance window opens, local time. Default: the estate's. */
    public java.time.DayOfWeek maintenanceDay() {
        return maintenanceDay;
    }

    /** When the unit's weekly maintenance window opens, local time. Default: the estate's. */
    public java.time.LocalTime maintenanceStart() {
        return maintenanceStart;
    }

    /** Placement criterion, see {@link PlacementCriteria}. Default: low. */
    public Level transactionVolume() {
        return transactionVolume;
    }

    /** Placement criterion, see {@link PlacementCriteria}. Default: low. */
    public Level integrationComplexity() {
        return integrationComplexity;
    }

    /** Placement criterion, see {@link PlacementCriteria}. Default: low. */
    public Level customizationDepth() {
        return customizationDepth;
    }

    /** Placement criterion, see {@link PlacementCriteria}. Default: medium. */
    public Level latencyTolerance() {
        return latencyTolerance;
    }

    /** The criteria the placement advice weighs. */
    public PlacementCriteria criteria() {
        return new PlacementCriteria(transactionVolume, integrationComplexity, customizationDepth, latencyTolerance,
            dataClassification, recoveryTier);
    }

    /**
     * The declared tenancy model. Default: none declared, the advised one is used. A declared model that breaks a
     * hard placement rule (e.g. regulated data on shared hosting) is an error unless {@link #tenancyOverrideReason()}
     * says why it is acceptable.
     */
    public TenancyModel tenancy() {
        return tenancy;
    }

    /**
     * The written reason for declaring a tenancy model a hard placement rule forbids, for the unit or one of its
     * environments. Default: none.
     */
    public String tenancyOverrideReason() {
        return tenancyOverrideReason;
    }

    /**
     * The monthly budget of each of the unit's production-class environments, in the billing currency; the others take
     * their own or their blueprint's. Default: the blueprint's.
     */
    public Integer monthlyBudget() {
        return monthlyBudget;
    }

    /**
     * What every environment of the unit may reach on the internet, in estate order; each environment adds its own
     * ({@link Environment#egress()}, the placement's). Default: none.
     */
    public List<EgressRule> egress() {
        return egress;
    }

    /** The unit's environments, each one stack. At least one is required. */
    public List<Environment> environments() {
        return environments;
    }

    /** Builds a {@link BusinessUnit}. */
    public static final class Builder {
        private String name;
        private String shortName;
        private String owner;
        private String costCenter;
        private String operatorsGroup;
        private DataClassification dataClassification = DataClassification.CONFIDENTIAL;
        private Boolean customerManagedKeys;
        private RecoveryTier recoveryTier = RecoveryTier.TIER_2;
        private final List<String> sites = new ArrayList<>();
        private String application;
        private AzureRegion region;
        private AzureRegion recoveryRegion;
        private String timeZone;
        private java.time.DayOfWeek maintenanceDay;
        private java.time.LocalTime maintenanceStart;
        private Level transactionVolume = Level.LOW;
        private Level integrationComplexity = Level.LOW;
        private Level customizationDepth = Level.LOW;
        private Level latencyTolerance = Level.MEDIUM;
        private TenancyModel tenancy;
        private String tenancyOverrideReason;
        private Integer monthlyBudget;
        private final List<EgressRule> egress = new ArrayList<>();
        private final List<Environment> environments = new ArrayList<>();

        private Builder() {
        }

        /** @see BusinessUnit#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see BusinessUnit#shortName() */
        public Builder shortName(String shortName) {
            this.shortName = shortName;
            return this;
        }

        /** @see BusinessUnit#owner() */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** @see BusinessUnit#operatorsGroup() */
        public Builder operatorsGroup(String operatorsGroup) {
            this.operatorsGroup = operatorsGroup;
            return this;
        }

        /** @see BusinessUnit#costCenter() */
        public Builder costCenter(String costCenter) {
            this.costCenter = costCenter;
            return this;
        }

        /** @see BusinessUnit#dataClassification() */
        public Builder dataClassification(DataClassification dataClassification) {
            this.dataClassification = dataClassification;
            return this;
        }

        /** @see BusinessUnit#customerManagedKeys() */
        public Builder customerManagedKeys(Boolean customerManagedKeys) {
            this.customerManagedKeys = customerManagedKeys;
            return this;
        }

        /** @see BusinessUnit#recoveryTier() */
        public Builder recoveryTier(RecoveryTier recoveryTier) {
            this.recoveryTier = recoveryTier;
            return this;
        }

        /** Adds a site. @see BusinessUnit#sites() */
        public Builder site(String site) {
            this.sites.add(site);
            return this;
        }

        /** @see BusinessUnit#application() */
        public Builder application(String application) {
            this.application = application;
            return this;
        }

        /** @see BusinessUnit#region() */
        public Builder region(AzureRegion region) {
            this.region = region;
            return this;
        }

        /** @see BusinessUnit#recoveryRegion() */
        public Builder recoveryRegion(AzureRegion recoveryRegion) {
            this.recoveryRegion = recoveryRegion;
            return this;
        }

        /** @see BusinessUnit#timeZone() */
        public Builder timeZone(String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /** @see BusinessUnit#maintenanceDay() @see BusinessUnit#maintenanceStart() */
        public Builder maintenance(java.time.DayOfWeek day, java.time.LocalTime start) {
            this.maintenanceDay = day;
            this.maintenanceStart = start;
            return this;
        }

        /** @see BusinessUnit#transactionVolume() */
        public Builder transactionVolume(Level transactionVolume) {
            this.transactionVolume = transactionVolume;
            return this;
        }

        /** @see BusinessUnit#integrationComplexity() */
        public Builder integrationComplexity(Level integrationComplexity) {
            this.integrationComplexity = integrationComplexity;
            return this;
        }

        /** @see BusinessUnit#customizationDepth() */
        public Builder customizationDepth(Level customizationDepth) {
            this.customizationDepth = customizationDepth;
            return this;
        }

        /** @see BusinessUnit#latencyTolerance() */
        public Builder latencyTolerance(Level latencyTolerance) {
            this.latencyTolerance = latencyTolerance;
            return this;
        }

        /** @see BusinessUnit#tenancy() */
        public Builder tenancy(TenancyModel tenancy) {
            this.tenancy = tenancy;
            return this;
        }

        /** @see BusinessUnit#tenancyOverrideReason() */
        public Builder tenancyOverrideReason(String tenancyOverrideReason) {
            this.tenancyOverrideReason = tenancyOverrideReason;
            return this;
        }

        /** @see BusinessUnit#monthlyBudget() */
        public Builder monthlyBudget(Integer monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** Adds an egress rule. @see BusinessUnit#egress() */
        public Builder egress(EgressRule rule) {
            this.egress.add(java.util.Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds an environment. @see BusinessUnit#environments() */
        public Builder environment(Environment environment) {
            this.environments.add(environment);
            return this;
        }

        /** The business unit; checked by {@link EstateValidator} before synthesis. */
        public BusinessUnit build() {
            return new BusinessUnit(this);
        }
    }
}
