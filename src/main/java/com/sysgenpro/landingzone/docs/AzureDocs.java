package com.sysgenpro.landingzone.docs;

/**
 * The Azure documentation the runbooks cite for recovery figures and procedures. Statements are quoted or closely
 * paraphrased from the page named; where a page changes, change the statement here and the golden files show where.
 */
final class AzureDocs {

    static final String BUSINESS_CONTINUITY =
        "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-business-continuity";
    static final String REPLICA_PROMOTION =
        "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas-promote";
    static final String STORAGE_FAILOVER = "https://learn.microsoft.com/azure/storage/common/storage-disaster-recovery-guidance";
    static final String KEY_VAULT_REDUNDANCY = "https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance";
    static final String REGION_PAIRS = "https://learn.microsoft.com/azure/reliability/regions-list";
    static final String HOST_ENCRYPTION = "https://learn.microsoft.com/azure/aks/enable-host-encryption";
    /** A stopped cluster keeps its objects and state and accrues no charges; it is started again as it was. */
    static final String AKS_STOP = "https://learn.microsoft.com/rest/api/aks/managed-clusters/stop";
    /** A stopped server accepts no management operations until it is started. */
    static final String POSTGRES_STOP_START =
        "https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-stop-start-server-portal";
    /** A home region outage stops only registry configuration changes; replicas keep serving pushes and pulls. */
    static final String REGISTRY_GEO_REPLICATION = "https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication";
    /** One private endpoint gets an address per replica's data endpoint. */
    static final String REGISTRY_PRIVATE_LINK = "https://learn.microsoft.com/azure/container-registry/container-registry-private-link";
    static final String POSTGRES_DATA_ENCRYPTION =
        "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption";
    static final String STORAGE_CUSTOMER_MANAGED_KEYS = "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview";
    static final String AKS_CUSTOMER_MANAGED_KEYS = "https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys";
    /** Outbound type userDefinedRouting needs a 0.0.0.0/0 route to an appliance on the node subnet; AKS checks it. */
    static final String AKS_USER_DEFINED_ROUTING = "https://learn.microsoft.com/azure/aks/egress-udr";
    /** A peering passes traffic only while both halves are Connected. */
    static final String VNET_PEERING = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview";
    /** A VNet-integrated server is resolved from other networks through a private DNS zone linked to them. */
    static final String POSTGRES_PRIVATE_ACCESS = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private";

    static final String HIGH_AVAILABILITY = "Zone-redundant high availability: \"RTO in most cases is expected to be less than"
        + " 120s. RPO is expected to be zero (no data loss).\" (" + BUSINESS_CONTINUITY + ")";
    static final String POINT_IN_TIME_RESTORE = "Point-in-time restore: RPO < 5 min, RTO varies: a restore takes \"from few"
        + " minutes up to 12 hours\" with the size of the data and the log to replay (" + BUSINESS_CONTINUITY + ")";
    static final String GEO_RESTORE = "Geo-restore from geo-redundant backup: RPO < 1 h, RTO varies (" + BUSINESS_CONTINUITY + ")";
    static final String READ_REPLICA = "Cross-region read replica: RTO minutes, RPO < 5 min, which \"can be much higher\" with"
        + " the latency between regions and the primary's write load; promotion is never automatic, and a forced promotion is"
        + " meant for regional outages (" + BUSINESS_CONTINUITY + ", " + REPLICA_PROMOTION + ")";
    static final String GEO_STORAGE = "Geo-zone-redundant storage replicates to the paired region asynchronously: the recovery"
        + " point is typically under 15 minutes, without an SLA; the account's Last Sync Time says what a failover would lose ("
        + STORAGE_FAILOVER + ")";
    static final String KEY_VAULT = "Key Vault replicates a vault's contents within its region and, for most paired regions,"
        + " to the paired region, and fails over without action on your side (" + KEY_VAULT_REDUNDANCY + ")";

    private AzureDocs() {
    }
}
