package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.cluster.ContainerResources;
import com.sysgenpro.landingzone.cluster.TenantQuota;
import com.sysgenpro.landingzone.connectivity.FirewallSku;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.governance.DefenderPlan;
import com.sysgenpro.landingzone.workload.AksSkuTier;
import com.sysgenpro.landingzone.workload.ManagedRedisSku;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an environment class fixes about every resource it holds: sizes, zones and high availability, recovery,
 * exposure, protection, budgets and working hours.
 *
 * <p>Production is the strictest blueprint; staging and sandbox loosen it explicitly, setting by setting. QA,
 * development and training derive from staging and sandbox with {@link #derive(String)}, so that a change to their
 * parent reaches them. Importing repositories define their own blueprints with {@link #builder(Blueprint)}, starting
 * from a shipped one. {@link BlueprintTable} renders the differences as the README table.
 */
public final class Blueprint {

    /** Customer-facing Odoo: zone-redundant everything, recovery scaled to the unit's tier, deletion protected. */
    public static final Blueprint PRODUCTION = new Builder("production")
        .production(true)
        .approvedSkus(new ApprovedSkus(
            List.of("Standard_D4ds_v5", "Standard_D8ds_v5", "Standard_D16ds_v5", "Standard_E4ds_v5", "Standard_E8ds_v5"),
            List.of("Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS"),
            List.of("Standard_D2ds_v5", "Standard_D4ds_v5", "Standard_D8ds_v5", "Standard_E4ds_v5", "Standard_E8ds_v5"),
            List.of("Balanced_B3", "Balanced_B5", "Balanced_B10", "MemoryOptimized_M10")))
        .systemPool(new NodePoolSize("Standard_D4ds_v5", 3, 5))
        .userPool(new NodePoolSize("Standard_D8ds_v5", 3, 12))
        // Requests are what a namespace may claim, not what it uses: CPU may be promised 1.5 times over, memory never,
        // since a node out of memory evicts pods where one out of CPU only slows them.
        .cpuOvercommit(1.5)
        .memoryOvercommit(1.0)
        .sharedPoolMaxNodes(30)
        .tenantDatabaseConnections(100)
        .tenantCacheMb(512)
        .zoneRedundant(true)
        .clusterSkuTier(AksSkuTier.STANDARD)
        .publicIngress(true)
        .postgresSku("GP_Standard_D4ds_v5")
        .postgresStorageMb(262_144)
        .postgresHighAvailability(true)
        .recoveryScalesWithTier(true)
        .backupRetentionDays(14)
        .geoRedundantBackup(true)
        .storageReplication(StorageReplication.GZRS)
        .redisSku(ManagedRedisSku.BALANCED_B3)
        .redisHighAvailability(true)
        .redisPersistence(true)
        .logRetentionDays(180)
        .alerts(true)
        .deletionProtection(true)
        .keyVaultPurgeProtection(true)
        .customerManagedKeysFrom(DataClassification.REGULATED)
        .monthlyBudget(6_000)
        .defenderPlans(EnumSet.allOf(DefenderPlan.class))
        .remoteState(true)
        .tenantQuota(TenantQuota.builder().requestsCpu(16).requestsMemoryGi(64).limitsCpu(32).limitsMemoryGi(128)
            .pods(200).storageGi(512).build())
        .containerDefaults(new ContainerResources(250, 512, 2000, 2048))
        .ingressReplicas(3)
        .ingressResources(new ContainerResources(500, 256, 2000, 1024))
        .maxUploadMb(128)
        .requestTimeoutSeconds(600)
        .build();

    /** Release rehearsal: production's shape (zones, private cluster) at a smaller size, without a standby. */
    public static final Blueprint STAGING = builder(PRODUCTION).name("staging").firstClass()
        .production(false)
        .approvedSkus(new ApprovedSkus(
            List.of("Standard_D2ds_v5", "Standard_D4ds_v5"),
            List.of("Standard_LRS", "Standard_ZRS"),
            List.of("Standard_B2ms", "Standard_D2ds_v5", "Standard_D4ds_v5"),
            List.of("Balanced_B0", "Balanced_B1", "Balanced_B3")))
        .systemPool(new NodePoolSize("Standard_D2ds_v5", 1, 3))
        .userPool(new NodePoolSize("Standard_D4ds_v5", 0, 4))
        .cpuOvercommit(2.0)
        .memoryOvercommit(1.5)
        .sharedPoolMaxNodes(12)
        .tenantDatabaseConnections(50)
        .tenantCacheMb(256)
        .publicIngress(false)
        .postgresSku("GP_Standard_D2ds_v5")
        .postgresStorageMb(65_536)
        .postgresHighAvailability(false)
        .recoveryScalesWithTier(false)
        .backupRetentionDays(7)
        .geoRedundantBackup(false)
        .storageReplication(StorageReplication.ZRS)
        .redisSku(ManagedRedisSku.BALANCED_B1)
        .redisHighAvailability(false)
        .redisPersistence(false)
        .logRetentionDays(60)
        .deletionProtection(false)
        .monthlyBudget(1_500)
        // Release candidates' images are scanned before production runs them; the vaults hold production-like secrets.
        .defenderPlans(EnumSet.of(DefenderPlan.CONTAINERS, DefenderPlan.KEY_VAULTS))
        .tenantQuota(TenantQuota.builder().requestsCpu(4).requestsMemoryGi(16).limitsCpu(8).limitsMemoryGi(32)
            .pods(60).storageGi(128).build())
        .containerDefaults(new ContainerResources(100, 256, 1000, 1536))
        .ingressReplicas(2)
        .ingressResources(new ContainerResources(200, 128, 1000, 512))
        .scaleDown(ScaleDownSchedule.weekdays(LocalTime.of(7, 0), LocalTime.of(20, 0)))
        .build();

    /** Experiments and demos: cheapest settings, no zones, no alerts, torn down at will. */
    public static final Blueprint SANDBOX = builder(STAGING).name("sandbox").firstClass()
        .approvedSkus(new ApprovedSkus(
            List.of("Standard_B2s_v2", "Standard_B4s_v2", "Standard_D2ds_v5"),
            List.of("Standard_LRS"),
            List.of("Standard_B1ms", "Standard_B2ms"),
            List.of("Balanced_B0", "Balanced_B1")))
        .systemPool(new NodePoolSize("Standard_B2s_v2", 1, 2))
        .userPool(new NodePoolSize("Standard_B4s_v2", 0, 2))
        .cpuOvercommit(4.0)
        .memoryOvercommit(2.0)
        .sharedPoolMaxNodes(6)
        .tenantDatabaseConnections(25)
        .tenantCacheMb(64)
        .zoneRedundant(false)
        .clusterSkuTier(AksSkuTier.FREE)
        .postgresSku("B_Standard_B2ms")
        .postgresStorageMb(32_768)
        .storageReplication(StorageReplication.LRS)
        .redisSku(ManagedRedisSku.BALANCED_B0)
        .logRetentionDays(30)
        .alerts(false)
        .keyVaultPurgeProtection(false)
        .monthlyBudget(400)
        .defenderPlans(Set.of())
        .tenantQuota(TenantQuota.builder().requestsCpu(2).requestsMemoryGi(4).limitsCpu(4).limitsMemoryGi(8)
            .pods(30).storageGi(32).build())
        .containerDefaults(new ContainerResources(100, 256, 1000, 1024))
        .ingressReplicas(1)
        .ingressResources(new ContainerResources(100, 128, 500, 256))
        .requestTimeoutSeconds(300)
        .remoteState(false)
        .scaleDown(ScaleDownSchedule.weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)))
        .build();

    /** Acceptance testing (QA/UAT), derived from staging. */
    public static final Blueprint QA = STAGING.derive("qa");
    /** Developers' integration environment, derived from sandbox. */
    public static final Blueprint DEVELOPMENT = SANDBOX.derive("development");
    /** End-user training, derived from sandbox: runs only in class hours. */
    public static final Blueprint TRAINING = builder(SANDBOX).name("training")
        .scaleDown(ScaleDownSchedule.weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)))
        .build();

    /** AKS's limit on the nodes of one node pool. */
    static final int MAX_POOL_NODES = 1000;

    private static final List<Blueprint> ALL = List.of(PRODUCTION, STAGING, SANDBOX, QA, DEVELOPMENT, TRAINING);

    private final String name;
    private final String parent;
    private final boolean production;
    private final ApprovedSkus approvedSkus;
    private final NodePoolSize systemPool;
    private final NodePoolSize userPool;
    private final double cpuOvercommit;
    private final double memoryOvercommit;
    private final int sharedPoolMaxNodes;
    private final int tenantDatabaseConnections;
    private final int tenantCacheMb;
    private final boolean zoneRedundant;
    private final AksSkuTier clusterSkuTier;
    private final boolean publicIngress;
    private final String postgresSku;
    private final int postgresStorageMb;
    private final boolean postgresHighAvailability;
    private final boolean recoveryScalesWithTier;
    private final int backupRetentionDays;
    private final boolean geoRedundantBackup;
    private final StorageReplication storageReplication;
    private final ManagedRedisSku redisSku;
    private final boolean redisHighAvailability;
    private final boolean redisPersistence;
    private final int logRetentionDays;
    private final boolean alerts;
    private final boolean deletionProtection;
    private final boolean keyVaultPurgeProtection;
    private final DataClassification customerManagedKeysFrom;
    private final int monthlyBudget;
    private final Set<DefenderPlan> defenderPlans;
    private final ScaleDownSchedule scaleDown;
    private final boolean remoteState;
    private final TenantQuota tenantQuota;
    private final ContainerResources containerDefaults;
    private final int ingressReplicas;
    private final ContainerResources ingressResources;
    private final int maxUploadMb;
    private final int requestTimeoutSeconds;

    private Blueprint(Builder builder) {
        this.name = builder.name;
        this.parent = builder.parent;
        this.production = builder.production;
        this.approvedSkus = Objects.requireNonNull(builder.approvedSkus, "approvedSkus");
        this.systemPool = Objects.requireNonNull(builder.systemPool, "systemPool");
        this.userPool = Objects.requireNonNull(builder.userPool, "userPool");
        this.cpuOvercommit = builder.cpuOvercommit;
        this.memoryOvercommit = builder.memoryOvercommit;
        this.sharedPoolMaxNodes = builder.sharedPoolMaxNodes;
        this.tenantDatabaseConnections = builder.tenantDatabaseConnections;
        this.tenantCacheMb = builder.tenantCacheMb;
        this.zoneRedundant = builder.zoneRedundant;
        this.clusterSkuTier = Objects.requireNonNull(builder.clusterSkuTier, "clusterSkuTier");
        this.publicIngress = builder.publicIngress;
        this.postgresSku = builder.postgresSku;
        this.postgresStorageMb = builder.postgresStorageMb;
        this.postgresHighAvailability = builder.postgresHighAvailability;
        this.recoveryScalesWithTier = builder.recoveryScalesWithTier;
        this.backupRetentionDays = builder.backupRetentionDays;
        this.geoRedundantBackup = builder.geoRedundantBackup;
        this.storageReplication = Objects.requireNonNull(builder.storageReplication, "storageReplication");
        this.redisSku = Objects.requireNonNull(builder.redisSku, "redisSku");
        this.redisHighAvailability = builder.redisHighAvailability;
        this.redisPersistence = builder.redisPersistence;
        this.logRetentionDays = builder.logRetentionDays;
        this.alerts = builder.alerts;
        this.deletionProtection = builder.deletionProtection;
        this.keyVaultPurgeProtection = builder.keyVaultPurgeProtection;
        this.customerManagedKeysFrom = Objects.requireNonNull(builder.customerManagedKeysFrom, "customerManagedKeysFrom");
        this.monthlyBudget = builder.monthlyBudget;
        this.defenderPlans = builder.defenderPlans.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(builder.defenderPlans));
        this.scaleDown = builder.scaleDown;
        this.remoteState = builder.remoteState;
        this.tenantQuota = Objects.requireNonNull(builder.tenantQuota, "tenantQuota");
        this.containerDefaults = Objects.requireNonNull(builder.containerDefaults, "containerDefaults");
        this.ingressReplicas = builder.ingressReplicas;
        this.ingressResources = Objects.requireNonNull(builder.ingressResources, "ingressResources");
        this.maxUploadMb = builder.maxUploadMb;
        this.requestTimeoutSeconds = builder.requestTimeoutSeconds;
        if (ingressReplicas < 1 || (production && ingressReplicas < 2)) {
            throw new IllegalArgumentException("blueprint '" + name + "': ingressReplicas " + ingressReplicas + " is too few; at least 1,"
                + " and at least 2 for production so that a node drain never takes the only entry point away");
        }
        if (maxUploadMb < 1 || requestTimeoutSeconds < 30) {
            throw new IllegalArgumentException("blueprint '" + name + "': maxUploadMb must be at least 1 and requestTimeoutSeconds at least 30"
                + " (Odoo's own limit_time_real defaults to 120 s); got " + maxUploadMb + " and " + requestTimeoutSeconds);
        }
        if (!(cpuOvercommit >= 1.0 && cpuOvercommit <= 10.0) || !(memoryOvercommit >= 1.0 && memoryOvercommit <= 10.0)) {
            throw new IllegalArgumentException("blueprint '" + name + "': cpuOvercommit and memoryOvercommit must be 1.0 to 10.0"
                + " (1.0 promises no more than the nodes have); got " + cpuOvercommit + " and " + memoryOvercommit);
        }
        if (sharedPoolMaxNodes < userPool.maxCount() || sharedPoolMaxNodes > MAX_POOL_NODES) {
            throw new IllegalArgumentException("blueprint '" + name + "': sharedPoolMaxNodes " + sharedPoolMaxNodes + " must be at least the"
                + " user pool's maxCount (" + userPool.maxCount() + ") and at most " + MAX_POOL_NODES + " (AKS's limit per node pool)");
        }
        if (tenantDatabaseConnections < 1 || tenantCacheMb < 1) {
            throw new IllegalArgumentException("blueprint '" + name + "': tenantDatabaseConnections and tenantCacheMb must be at least 1;"
                + " got " + tenantDatabaseConnections + " and " + tenantCacheMb);
        }
        if (postgresHighAvailability && !zoneRedundant) {
            throw new IllegalArgumentException("blueprint '" + name + "': postgresHighAvailability needs zoneRedundant(true)"
                + " (the standby runs in another zone); enable zones or disable high availability");
        }
        if (production && scaleDown != null) {
            throw new IllegalArgumentException("blueprint '" + name + "': a production blueprint runs around the clock;"
                + " remove its scaleDown schedule");
        }
        if (!name.matches("[a-z][a-z0-9]{1,11}")) {
            throw new IllegalArgumentException("blueprint name '" + name + "' must be 2–12 lowercase letters and digits,"
                + " starting with a letter");
        }
    }

    /** A builder starting from {@code base}'s settings, for a blueprint of one's own. */
    public static Builder builder(Blueprint base) {
        return new Builder(base);
    }

    /** The blueprint's name, as estate files spell it. */
    public String name() {
        return name;
    }

    /** The blueprint this one was derived from, if any. */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether this is production or derived from it: the strictest governance applies, and the unit's tier. */
    public boolean isProduction() {
        return production;
    }

    /**
     * Whether this is sandbox-class: sandbox, or derived from it through the shipped blueprints' lineage
     * ({@link #parent()} names a blueprint), so that a blueprint of one's own built from development stays sandbox-class.
     * Sandbox-class environments are placed in the sandbox group and stay disconnected from the corporate network.
     */
    public boolean sandboxClass() {
        if (production) {
            return false;
        }
        for (Optional<Blueprint> ancestor = Optional.of(this); ancestor.isPresent();
             ancestor = ancestor.get().parent().flatMap(Blueprint::find)) {
            if (ancestor.get().name().equals(SANDBOX.name())) {
                return true;
            }
        }
        return false;
    }

    /** The SKUs this tier approves; governance denies others in the tier's management groups. */
    public ApprovedSkus approvedSkus() {
        return approvedSkus;
    }

    /** The AKS system node pool: VM size and autoscaler bounds. */
    public NodePoolSize systemPool() {
        return systemPool;
    }

    /** The AKS user node pool Odoo runs on: VM size and autoscaler bounds. */
    public NodePoolSize userPool() {
        return userPool;
    }

    /**
     * How many times over a shared hosting's Odoo pool may promise its vCPUs to its tenants' namespace quotas
     * ({@code requests.cpu}): the pool is sized for the quotas' sum divided by this. Quotas are ceilings that tenants
     * rarely reach together; CPU beyond the nodes' only slows pods down.
     */
    public double cpuOvercommit() {
        return cpuOvercommit;
    }

    /**
     * {@link #cpuOvercommit()} for memory ({@code requests.memory}); 1.0 in production, since a node out of memory
     * evicts pods.
     */
    public double memoryOvercommit() {
        return memoryOvercommit;
    }

    /**
     * The most nodes a shared hosting's Odoo pool may grow to with its tenants; the loader refuses tenants whose quotas
     * need more at the overcommit ratios, unless a {@code capacityOverrideReason} accepts it.
     */
    public int sharedPoolMaxNodes() {
        return sharedPoolMaxNodes;
    }

    /**
     * The PostgreSQL connections one tenant's Odoo keeps open on a shared server (its workers' and cron threads'
     * pools); the shared server's SKU and {@code max_connections} grow with the tenants' sum.
     */
    public int tenantDatabaseConnections() {
        return tenantDatabaseConnections;
    }

    /** The Redis memory one tenant's sessions and cache take on a shared cache, in MB; the cache's SKU grows with the sum. */
    public int tenantCacheMb() {
        return tenantCacheMb;
    }

    /** Whether node pools, the registry and the database span availability zones 1–3. */
    public boolean zoneRedundant() {
        return zoneRedundant;
    }

    /** The AKS pricing tier: {@link AksSkuTier#STANDARD} (uptime SLA) or {@link AksSkuTier#FREE}. */
    public AksSkuTier clusterSkuTier() {
        return clusterSkuTier;
    }

    /**
     * The tier of the hub firewall in front of this class's networks: Premium (intrusion detection) for production and
     * what derives from it, Standard otherwise. A hub takes the strictest of the networks peered with it.
     */
    public FirewallSku firewallSku() {
        return production ? FirewallSku.PREMIUM : FirewallSku.STANDARD;
    }

    /** Whether Odoo is reachable from the internet through the environment's ingress; otherwise only privately. */
    public boolean publicIngress() {
        return publicIngress;
    }

    /** The PostgreSQL flexible server SKU, with its tier prefix, e.g. {@code GP_Standard_D4ds_v5}. */
    public String postgresSku() {
        return postgresSku;
    }

    /** The PostgreSQL storage size in MiB (it grows automatically from there). */
    public int postgresStorageMb() {
        return postgresStorageMb;
    }

    /** Whether the database has a zone-redundant standby. */
    public boolean postgresHighAvailability() {
        return postgresHighAvailability;
    }

    /**
     * Whether backup retention, geo-redundancy, replicas and vaulted backups are raised to what the unit's recovery
     * tier needs; otherwise the blueprint's own values hold and a tier they cannot meet fails synthesis.
     */
    public boolean recoveryScalesWithTier() {
        return recoveryScalesWithTier;
    }

    /** Days of point-in-time restore, before a tier raises it. */
    public int backupRetentionDays() {
        return backupRetentionDays;
    }

    /** Whether database backups are copied to the paired region. */
    public boolean geoRedundantBackup() {
        return geoRedundantBackup;
    }

    /** How storage accounts replicate. */
    public StorageReplication storageReplication() {
        return storageReplication;
    }

    /** The Azure Managed Redis SKU, e.g. {@link ManagedRedisSku#BALANCED_B3}. */
    public ManagedRedisSku redisSku() {
        return redisSku;
    }

    /** Whether Redis runs with a replica (high availability). */
    public boolean redisHighAvailability() {
        return redisHighAvailability;
    }

    /** Whether Redis persists its data (sessions survive a restart). */
    public boolean redisPersistence() {
        return redisPersistence;
    }

    /** Days the environment's Log Analytics workspace keeps logs. */
    public int logRetentionDays() {
        return logRetentionDays;
    }

    /** Whether metric and log alerts are created, with the severity of the environment's recovery tier. */
    public boolean alerts() {
        return alerts;
    }

    /** Whether databases, vaults, registries and storage accounts carry {@code prevent_destroy} and a delete lock. */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /** Whether Key Vaults have purge protection (which cannot be switched off again). */
    public boolean keyVaultPurgeProtection() {
        return keyVaultPurgeProtection;
    }

    /**
     * The least sensitive data classification whose environments of this blueprint encrypt with customer-managed
     * keys by default: the unit's storage, database (with its geo-redundant backups) and node pools' OS disks, with
     * keys in the unit's own vaults. Every shipped blueprint: {@link DataClassification#REGULATED}, so regulated units
     * always have them and the others opt in ({@code customerManagedKeys} on the unit). A blueprint of one's own may
     * lower it, e.g. to {@link DataClassification#CONFIDENTIAL}; regulated data always qualifies.
     */
    public DataClassification customerManagedKeysFrom() {
        return customerManagedKeysFrom;
    }

    /** Whether environments of this blueprint holding data of {@code classification} get customer-managed keys by default. */
    public boolean customerManagedKeysFor(DataClassification classification) {
        return classification.compareTo(customerManagedKeysFrom) >= 0;
    }

    /** The default monthly budget of an environment, in the billing account's currency. */
    public int monthlyBudget() {
        return monthlyBudget;
    }

    /**
     * The Microsoft Defender for Cloud plans the subscriptions of environments of this blueprint enable: every plan in
     * production (containers, storage, Key Vault, open-source databases); containers and Key Vault in staging and QA,
     * so that images are scanned before production runs them; none in sandbox-class blueprints. A subscription holding
     * several blueprints' environments enables what any of them asks for.
     */
    public Set<DefenderPlan> defenderPlans() {
        return defenderPlans;
    }

    /** When the environment runs, if not around the clock. */
    public Optional<ScaleDownSchedule> scaleDown() {
        return Optional.ofNullable(scaleDown);
    }

    /**
     * Whether stacks keep Terraform state in the estate's state account (when it declares one); otherwise locally,
     * so that experiments never need access to shared state.
     */
    public boolean remoteState() {
        return remoteState;
    }

    /**
     * What one tenant's namespace may claim from a cluster of this class (ResourceQuota); tenants never get
     * LoadBalancer or NodePort services whatever the class.
     */
    public TenantQuota tenantQuota() {
        return tenantQuota;
    }

    /** CPU and memory a tenant's container gets when it declares none (LimitRange defaults). */
    public ContainerResources containerDefaults() {
        return containerDefaults;
    }

    /**
     * Traefik replicas in a cluster of this class; from 2 on, a PodDisruptionBudget keeps all but one through drains,
     * and zone-redundant classes spread them across zones. Production needs at least 2.
     */
    public int ingressReplicas() {
        return ingressReplicas;
    }

    /** CPU and memory of each Traefik replica. */
    public ContainerResources ingressResources() {
        return ingressResources;
    }

    /** The largest request body Traefik passes to Odoo, in MiB: the attachment and import upload limit. */
    public int maxUploadMb() {
        return maxUploadMb;
    }

    /** How long Traefik waits for a request to be read and answered, in seconds: long reports and imports need minutes. */
    public int requestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }

    /**
     * The recovery settings this blueprint emits for an environment of {@code tier}: where
     * {@link #recoveryScalesWithTier()}, retention rises to the tier's minimum, backups are geo-redundant, tier-1 gets
     * a cross-region replica and vaulted backups follow the tier; otherwise the blueprint's own values.
     */
    public RecoverySettings recovery(RecoveryTier tier) {
        if (!recoveryScalesWithTier) {
            // Non-production is rebuilt rather than recovered: its copies need not survive a region (tier-3 at most).
            return new RecoverySettings(postgresHighAvailability, backupRetentionDays, geoRedundantBackup, false, storageReplication, 0, true);
        }
        return new RecoverySettings(postgresHighAvailability,
            Math.max(backupRetentionDays, tier.minimumBackupRetentionDays()),
            geoRedundantBackup || tier.geoRedundantBackup(),
            tier == RecoveryTier.TIER_1,
            storageReplication,
            tier.longTermRetentionMonths());
    }

    /** A blueprint with this one's settings under another name, derived from it. */
    public Blueprint derive(String derivedName) {
        return builder(this).name(derivedName).build();
    }

    /** The blueprints the library ships, production first. */
    public static List<Blueprint> all() {
        return ALL;
    }

    /** The shipped blueprint called {@code name}, if any. */
    public static Optional<Blueprint> find(String name) {
        return ALL.stream().filter(blueprint -> blueprint.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds a {@link Blueprint}; every setting starts from the base blueprint's. */
    public static final class Builder {
        private String name;
        private String parent;
        private boolean production;
        private ApprovedSkus approvedSkus;
        private NodePoolSize systemPool;
        private NodePoolSize userPool;
        private double cpuOvercommit;
        private double memoryOvercommit;
        private int sharedPoolMaxNodes;
        private int tenantDatabaseConnections;
        private int tenantCacheMb;
        private boolean zoneRedundant;
        private AksSkuTier clusterSkuTier;
        private boolean publicIngress;
        private String postgresSku;
        private int postgresStorageMb;
        private boolean postgresHighAvailability;
        private boolean recoveryScalesWithTier;
        private int backupRetentionDays;
        private boolean geoRedundantBackup;
        private StorageReplication storageReplication;
        private ManagedRedisSku redisSku;
        private boolean redisHighAvailability;
        private boolean redisPersistence;
        private int logRetentionDays;
        private boolean alerts;
        private boolean deletionProtection;
        private boolean keyVaultPurgeProtection;
        private DataClassification customerManagedKeysFrom;
        private int monthlyBudget;
        private Set<DefenderPlan> defenderPlans = Set.of();
        private ScaleDownSchedule scaleDown;
        private boolean remoteState;
        private TenantQuota tenantQuota;
        private ContainerResources containerDefaults;
        private int ingressReplicas;
        private ContainerResources ingressResources;
        private int maxUploadMb;
        private int requestTimeoutSeconds;

        private Builder(String name) {
            this.name = name;
        }

        private Builder(Blueprint base) {
            this.name = base.name;
            this.parent = base.name;
            this.production = base.production;
            this.approvedSkus = base.approvedSkus;
            this.systemPool = base.systemPool;
            this.userPool = base.userPool;
            this.cpuOvercommit = base.cpuOvercommit;
            this.memoryOvercommit = base.memoryOvercommit;
            this.sharedPoolMaxNodes = base.sharedPoolMaxNodes;
            this.tenantDatabaseConnections = base.tenantDatabaseConnections;
            this.tenantCacheMb = base.tenantCacheMb;
            this.zoneRedundant = base.zoneRedundant;
            this.clusterSkuTier = base.clusterSkuTier;
            this.publicIngress = base.publicIngress;
            this.postgresSku = base.postgresSku;
            this.postgresStorageMb = base.postgresStorageMb;
            this.postgresHighAvailability = base.postgresHighAvailability;
            this.recoveryScalesWithTier = base.recoveryScalesWithTier;
            this.backupRetentionDays = base.backupRetentionDays;
            this.geoRedundantBackup = base.geoRedundantBackup;
            this.storageReplication = base.storageReplication;
            this.redisSku = base.redisSku;
            this.redisHighAvailability = base.redisHighAvailability;
            this.redisPersistence = base.redisPersistence;
            this.logRetentionDays = base.logRetentionDays;
            this.alerts = base.alerts;
            this.deletionProtection = base.deletionProtection;
            this.keyVaultPurgeProtection = base.keyVaultPurgeProtection;
            this.customerManagedKeysFrom = base.customerManagedKeysFrom;
            this.monthlyBudget = base.monthlyBudget;
            this.defenderPlans = base.defenderPlans;
            this.scaleDown = base.scaleDown;
            this.remoteState = base.remoteState;
            this.tenantQuota = base.tenantQuota;
            this.containerDefaults = base.containerDefaults;
            this.ingressReplicas = base.ingressReplicas;
            this.ingressResources = base.ingressResources;
            this.maxUploadMb = base.maxUploadMb;
            this.requestTimeoutSeconds = base.requestTimeoutSeconds;
        }

        /** The shipped first-class blueprints start from another's settings without being derived from it. */
        Builder firstClass() {
            this.parent = null;
            return this;
        }

        /** @see Blueprint#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see Blueprint#isProduction() */
        public Builder production(boolean production) {
            this.production = production;
            return this;
        }

        /** @see Blueprint#approvedSkus() */
        public Builder approvedSkus(ApprovedSkus approvedSkus) {
            this.approvedSkus = approvedSkus;
            return this;
        }

        /** @see Blueprint#systemPool() */
        public Builder systemPool(NodePoolSize systemPool) {
            this.systemPool = systemPool;
            return this;
        }

        /** @see Blueprint#userPool() */
        public Builder userPool(NodePoolSize userPool) {
            this.userPool = userPool;
            return this;
        }

        /** @see Blueprint#cpuOvercommit() */
        public Builder cpuOvercommit(double cpuOvercommit) {
            this.cpuOvercommit = cpuOvercommit;
            return this;
        }

        /** @see Blueprint#memoryOvercommit() */
        public Builder memoryOvercommit(double memoryOvercommit) {
            this.memoryOvercommit = memoryOvercommit;
            return this;
        }

        /** @see Blueprint#sharedPoolMaxNodes() */
        public Builder sharedPoolMaxNodes(int sharedPoolMaxNodes) {
            this.sharedPoolMaxNodes = sharedPoolMaxNodes;
            return this;
        }

        /** @see Blueprint#tenantDatabaseConnections() */
        public Builder tenantDatabaseConnections(int tenantDatabaseConnections) {
            this.tenantDatabaseConnections = tenantDatabaseConnections;
            return this;
        }

        /** @see Blueprint#tenantCacheMb() */
        public Builder tenantCacheMb(int tenantCacheMb) {
            this.tenantCacheMb = tenantCacheMb;
            return this;
        }

        /** @see Blueprint#zoneRedundant() */
        public Builder zoneRedundant(boolean zoneRedundant) {
            this.zoneRedundant = zoneRedundant;
            return this;
        }

        /** @see Blueprint#clusterSkuTier() */
        public Builder clusterSkuTier(AksSkuTier clusterSkuTier) {
            this.clusterSkuTier = clusterSkuTier;
            return this;
        }

        /** @see Blueprint#publicIngress() */
        public Builder publicIngress(boolean publicIngress) {
            this.publicIngress = publicIngress;
            return this;
        }

        /** @see Blueprint#postgresSku() */
        public Builder postgresSku(String postgresSku) {
            this.postgresSku = postgresSku;
            return this;
        }

        /** @see Blueprint#postgresStorageMb() */
        public Builder postgresStorageMb(int postgresStorageMb) {
            this.postgresStorageMb = postgresStorageMb;
            return this;
        }

        /** @see Blueprint#postgresHighAvailability() */
        public Builder postgresHighAvailability(boolean postgresHighAvailability) {
            this.postgresHighAvailability = postgresHighAvailability;
            return this;
        }

        /** @see Blueprint#recoveryScalesWithTier() */
        public Builder recoveryScalesWithTier(boolean recoveryScalesWithTier) {
            this.recoveryScalesWithTier = recoveryScalesWithTier;
            return this;
        }

        /** @see Blueprint#backupRetentionDays() */
        public Builder backupRetentionDays(int backupRetentionDays) {
            this.backupRetentionDays = backupRetentionDays;
            return this;
        }

        /** @see Blueprint#geoRedundantBackup() */
        public Builder geoRedundantBackup(boolean geoRedundantBackup) {
            this.geoRedundantBackup = geoRedundantBackup;
            return this;
        }

        /** @see Blueprint#storageReplication() */
        public Builder storageReplication(StorageReplication storageReplication) {
            this.storageReplication = storageReplication;
            return this;
        }

        /** @see Blueprint#redisSku() */
        public Builder redisSku(ManagedRedisSku redisSku) {
            this.redisSku = redisSku;
            return this;
        }

        /** @see Blueprint#redisHighAvailability() */
        public Builder redisHighAvailability(boolean redisHighAvailability) {
            this.redisHighAvailability = redisHighAvailability;
            return this;
        }

        /** @see Blueprint#redisPersistence() */
        public Builder redisPersistence(boolean redisPersistence) {
            this.redisPersistence = redisPersistence;
            return this;
        }

        /** @see Blueprint#logRetentionDays() */
        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        /** @see Blueprint#alerts() */
        public Builder alerts(boolean alerts) {
            this.alerts = alerts;
            return this;
        }

        /** @see Blueprint#deletionProtection() */
        public Builder deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return this;
        }

        /** @see Blueprint#customerManagedKeysFrom() */
        public Builder customerManagedKeysFrom(DataClassification customerManagedKeysFrom) {
            this.customerManagedKeysFrom = customerManagedKeysFrom;
            return this;
        }

        /** @see Blueprint#keyVaultPurgeProtection() */
        public Builder keyVaultPurgeProtection(boolean keyVaultPurgeProtection) {
            this.keyVaultPurgeProtection = keyVaultPurgeProtection;
            return this;
        }

        /** @see Blueprint#defenderPlans() */
        public Builder defenderPlans(Set<DefenderPlan> defenderPlans) {
            this.defenderPlans = defenderPlans;
            return this;
        }

        /** @see Blueprint#monthlyBudget() */
        public Builder monthlyBudget(int monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** @see Blueprint#scaleDown(); {@code null} to run around the clock */
        public Builder scaleDown(ScaleDownSchedule scaleDown) {
            this.scaleDown = scaleDown;
            return this;
        }

        /** @see Blueprint#remoteState() */
        public Builder remoteState(boolean remoteState) {
            this.remoteState = remoteState;
            return this;
        }

        /** @see Blueprint#tenantQuota() */
        public Builder tenantQuota(TenantQuota tenantQuota) {
            this.tenantQuota = tenantQuota;
            return this;
        }

        /** @see Blueprint#containerDefaults() */
        public Builder containerDefaults(ContainerResources containerDefaults) {
            this.containerDefaults = containerDefaults;
            return this;
        }

        /** @see Blueprint#ingressReplicas() */
        public Builder ingressReplicas(int ingressReplicas) {
            this.ingressReplicas = ingressReplicas;
            return this;
        }

        /** @see Blueprint#ingressResources() */
        public Builder ingressResources(ContainerResources ingressResources) {
            this.ingressResources = ingressResources;
            return this;
        }

        /** @see Blueprint#maxUploadMb() */
        public Builder maxUploadMb(int maxUploadMb) {
            this.maxUploadMb = maxUploadMb;
            return this;
        }

        /** @see Blueprint#requestTimeoutSeconds() */
        public Builder requestTimeoutSeconds(int requestTimeoutSeconds) {
            this.requestTimeoutSeconds = requestTimeoutSeconds;
            return this;
        }

        /**
         * The blueprint.
         *
         * @throws IllegalArgumentException when settings contradict each other (high availability without zones, a
         *     production blueprint with a scale-down schedule) or the name is malformed
         */
        public Blueprint build() {
            return new Blueprint(this);
        }
    }
}
