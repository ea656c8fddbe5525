package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.internal.Checks;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.allowed;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.argument;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.bool;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.companion;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.nested;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The initiatives the platform ships, one per {@link ControlCategory}. Built-in definitions are used where Azure
 * has one for the intent; custom definitions fill the gaps (SKUs of AKS node pools, PostgreSQL and Managed Redis;
 * Managed Redis transport and exposure; PostgreSQL backup retention).
 *
 * <p>The custom definitions use resource-provider aliases that cannot be verified offline; they are listed in
 * {@link #customPolicies()} so that a deployment can be checked against {@code az provider show --expand
 * resourceTypes/aliases} once.
 */
public final class LandingZoneInitiatives {

    /**
     * The mandatory tags by default: cost, ownership and recovery data that showback and governance read
     * ({@link Tags#DEFAULT_MANDATORY}).
     */
    public static final List<String> DEFAULT_MANDATORY_TAGS = Tags.DEFAULT_MANDATORY;

    static final String STORAGE = ResourceTypes.STORAGE_ACCOUNT;
    static final String KEY_VAULT = ResourceTypes.KEY_VAULT;
    static final String POSTGRES = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER;
    static final String MANAGED_REDIS = ResourceTypes.MANAGED_REDIS;
    static final String REDIS_CACHE = ResourceTypes.REDIS_CACHE;
    static final String AKS = ResourceTypes.KUBERNETES_CLUSTER;
    static final String AKS_NODE_POOL = ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL;
    static final String DIAGNOSTIC_SETTING = ResourceTypes.MONITOR_DIAGNOSTIC_SETTING;
    static final String PRIVATE_ENDPOINT = ResourceTypes.PRIVATE_ENDPOINT;
    static final String POSTGRES_CONFIGURATION = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_CONFIGURATION;
    /** PostgreSQL server parameters that weaken transport security, with the values that keep it. */
    private static final Map<String, List<String>> POSTGRES_TLS_PARAMETERS = Map.of(
        "require_secure_transport", List.of("on"),
        "ssl_min_protocol_version", List.of("TLSv1.2", "TLSv1.3"));

    /** Terraform types that carry tags and a location, for the tagging and region controls. */
    static final Set<String> TAGGED_TYPES = Set.of(STORAGE, KEY_VAULT, POSTGRES, MANAGED_REDIS, REDIS_CACHE, AKS,
        AKS_NODE_POOL, ResourceTypes.LOG_ANALYTICS_WORKSPACE, ResourceTypes.VIRTUAL_NETWORK, ResourceTypes.NETWORK_SECURITY_GROUP,
        ResourceTypes.PRIVATE_DNS_ZONE, PRIVATE_ENDPOINT, ResourceTypes.CONTAINER_REGISTRY, ResourceTypes.USER_ASSIGNED_IDENTITY,
        ResourceTypes.DATA_PROTECTION_BACKUP_VAULT, ResourceTypes.MONITOR_ACTION_GROUP, ResourceTypes.PUBLIC_IP,
        ResourceTypes.LINUX_VIRTUAL_MACHINE, ResourceTypes.WINDOWS_VIRTUAL_MACHINE);
    static final Set<String> LOCATED_TYPES = without(TAGGED_TYPES, AKS_NODE_POOL, ResourceTypes.PRIVATE_DNS_ZONE, ResourceTypes.MONITOR_ACTION_GROUP);

    private static final String EFFECT = "effect";
    private static final String HOST_ENCRYPTION_FIX = "set it to true (the construct's hostEncryptionEnabled; the subscription"
        + " needs the feature Microsoft.Compute/EncryptionAtHost registered)";
    private static final List<Object> AUDIT_DENY_DISABLED = List.of("Audit", "Deny", "Disabled");

    private static final CustomPolicy AKS_NODE_POOL_SIZES = CustomPolicy.of("lz-aks-node-pool-sizes",
        "AKS node pools should use allowed VM sizes",
        "Node pools of AKS clusters may use only the VM sizes approved for the tier (the built-in VM size policy does not see node pools).",
        "All", "Kubernetes", List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED),
        """
        {"allowedSkus": {"type": "Array", "metadata": {"displayName": "Allowed VM sizes"}}}
        """,
        """
        {"if": {"anyOf": [
           {"allOf": [{"field": "type", "equals": "Microsoft.ContainerService/managedClusters/agentPools"},
                      {"field": "Microsoft.ContainerService/managedClusters/agentPools/vmSize", "notIn": "[parameters('allowedSkus')]"}]},
           {"allOf": [{"field": "type", "equals": "Microsoft.ContainerService/managedClusters"},
                      {"count": {"field": "Microsoft.ContainerService/managedClusters/agentPoolProfiles[*]",
                                 "where": {"field": "Microsoft.ContainerService/managedClusters/agentPoolProfiles[*].vmSize",
                                           "notIn": "[parameters('allowedSkus')]"}},
                       "greater": 0}]}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);
    private static final CustomPolicy POSTGRES_SKUS = skuPolicy("lz-postgres-flexible-skus",
        "PostgreSQL flexible servers should use allowed SKUs", "Microsoft.DBforPostgreSQL/flexibleServers", "PostgreSQL");
    private static final CustomPolicy MANAGED_REDIS_SKUS = skuPolicy("lz-managed-redis-skus",
        "Azure Managed Redis should use allowed SKUs", "Microsoft.Cache/redisEnterprise", "Cache");
    private static final CustomPolicy MANAGED_REDIS_ENCRYPTED = CustomPolicy.of("lz-managed-redis-encrypted-protocol",
        "Azure Managed Redis databases should accept only encrypted (TLS) connections",
        "Clients must connect over TLS: the database's client protocol must be Encrypted.",
        "All", "Cache", List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED), "{}",
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Cache/redisEnterprise/databases"},
                          {"field": "Microsoft.Cache/redisEnterprise/databases/clientProtocol", "notEquals": "Encrypted"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);
    private static final CustomPolicy MANAGED_REDIS_PRIVATE = CustomPolicy.of("lz-managed-redis-no-public-network",
        "Azure Managed Redis should disable public network access",
        "Managed Redis is reached through a private endpoint only.",
        "All", "Cache", List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED), "{}",
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Cache/redisEnterprise"},
                          {"field": "Microsoft.Cache/redisEnterprise/publicNetworkAccess", "notEquals": "Disabled"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);
    private static final CustomPolicy POSTGRES_RETENTION = CustomPolicy.of("lz-postgres-backup-retention",
        "PostgreSQL flexible servers should keep backups at least the tier's retention",
        "Backup retention (days of point-in-time restore) must meet the recovery tier's minimum.",
        "All", "PostgreSQL", List.of(PolicyEffect.AUDIT, PolicyEffect.DENY, PolicyEffect.DISABLED),
        """
        {"minimumDays": {"type": "Integer", "metadata": {"displayName": "Minimum backup retention in days"}}}
        """,
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.DBforPostgreSQL/flexibleServers"},
                          {"field": "Microsoft.DBforPostgreSQL/flexibleServers/backup.backupRetentionDays", "less": "[parameters('minimumDays')]"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);

    /**
     * Resource groups Azure creates by itself, untagged, when a service first needs one: Network Watcher, the default
     * Log Analytics workspace, AKS node resource groups, Azure Backup restore points, Cloud Shell storage, Container
     * Apps and Azure Monitor managed groups. Nobody can tag them before they exist.
     */
    static final List<String> AZURE_CREATED_RESOURCE_GROUPS = List.of("NetworkWatcherRG", "DefaultResourceGroup-*", "MC_*",
        "AzureBackupRG*", "cloud-shell-storage-*", "LogAnalyticsDefaultResources", "ME_*", "MA_*");

    private static final CustomPolicy REQUIRE_TAG_ON_RESOURCE_GROUPS = CustomPolicy.of("lz-require-tag-on-resource-groups",
        "Resource groups should carry a tag",
        "Reports resource groups without the tag, except those Azure creates itself (Network Watcher, AKS node groups, "
            + "Azure Backup and similar), which nobody can tag before they exist.",
        "All", "Tags", List.of(PolicyEffect.AUDIT, PolicyEffect.DENY, PolicyEffect.DISABLED),
        """
        {"tagName": {"type": "String", "metadata": {"displayName": "Tag name", "description": "The tag resource groups must carry"}}}
        """,
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Resources/subscriptions/resourceGroups"},
                          {"field": "[concat('tags[', parameters('tagName'), ']')]", "exists": "false"},
                          %s]},
         "then": {"effect": "[parameters('effect')]"}}
        """.formatted(String.join(",\n", AZURE_CREATED_RESOURCE_GROUPS.stream()
            .map(name -> "{\"field\": \"name\", \"notLike\": \"" + name + "\"}").toList())));

    private LandingZoneInitiatives() {
    }

    /** All shipped initiatives, with the default mandatory tags. */
    public static List<Initiative> all() {
        return all(DEFAULT_MANDATORY_TAGS);
    }

    /** All shipped initiatives, tagging requiring {@code mandatoryTags}. */
    public static List<Initiative> all(List<String> mandatoryTags) {
        return List.of(tagging(mandatoryTags), regions(), skus(), encryption(), network(), diagnostics(), backup(), kubernetes(),
            customerManagedKeys());
    }

    /** The custom definitions the initiatives use, each once. */
    public static List<CustomPolicy> customPolicies() {
        return List.of(REQUIRE_TAG_ON_RESOURCE_GROUPS, AKS_NODE_POOL_SIZES, POSTGRES_SKUS, MANAGED_REDIS_SKUS, MANAGED_REDIS_ENCRYPTED,
            MANAGED_REDIS_PRIVATE, POSTGRES_RETENTION);
    }

    /**
     * Mandatory tags: each audited on resource groups, inherited by resources from their group when missing
     * (Modify, with remediation of existing resources), and required on resources (Deny).
     *
     * <p>Resource groups are audited, not denied, as in Azure landing zones' tagging guidance: Azure creates some
     * groups itself (Network Watcher, AKS node resource groups, Azure Backup restore points; see
     * {@link #AZURE_CREATED_RESOURCE_GROUPS}) without tags, and a Deny there breaks those services rather than
     * tagging anything. Those groups are left out of the audit too, so that it reports only groups someone can fix.
     * The groups the landing zone creates are still held to the tags before deployment, by the offline rule.
     */
    public static Initiative tagging(List<String> mandatoryTags) {
        List<Control> controls = new ArrayList<>();
        for (String tag : mandatoryTags) {
            controls.add(Control.builder("LZ-TAG-RG-" + tag, "Resource groups carry the tag '" + tag + "'")
                .category(ControlCategory.TAGGING)
                .definition(REQUIRE_TAG_ON_RESOURCE_GROUPS, PolicyEffect.AUDIT)
                .parameter("tagName", tag)
                .offline(Set.of(ResourceTypes.RESOURCE_GROUP), hasTag(tag))
                .nonComplianceMessage("Resource groups need the tag '" + tag + "': set it in the estate (business unit or environment), "
                    + "or tag the group; resources in it inherit the tag.")
                .build());
            controls.add(Control.builder("LZ-TAG-INHERIT-" + tag, "Resources inherit '" + tag + "' from their resource group")
                .category(ControlCategory.TAGGING)
                .definition(BuiltInPolicies.INHERIT_TAG_FROM_RESOURCE_GROUP, PolicyEffect.MODIFY)
                .parameter("tagName", tag)
                .remediationRoles(BuiltInRole.CONTRIBUTOR)
                .azureOnly("Azure's Modify effect adds the tag at deploy time to resources that lack it; what the landing zone "
                    + "deploys is held to carrying the tag itself, offline, by LZ-TAG-RES-" + tag + ".")
                .nonComplianceMessage("The tag '" + tag + "' is copied from the resource group; tag the resource group.")
                .build());
            controls.add(Control.builder("LZ-TAG-RES-" + tag, "Resources carry the tag '" + tag + "'")
                .category(ControlCategory.TAGGING)
                .definition(BuiltInPolicies.REQUIRE_TAG_ON_RESOURCES, PolicyEffect.DENY)
                .parameter("tagName", tag)
                .offline(TAGGED_TYPES, hasTag(tag))
                .nonComplianceMessage("Resources need the tag '" + tag + "': pass the estate's tags to the construct.")
                .build());
        }
        return new Initiative("tags", "Landing zone: mandatory tags",
            "Cost, ownership and recovery tags on every resource group and resource, inherited from the group when missing.",
            ControlCategory.TAGGING, List.of(), controls);
    }

    /** Data residency: resources and resource groups only in the assignment's {@code allowedLocations}. */
    public static Initiative regions() {
        return new Initiative("regions", "Landing zone: allowed regions",
            "Resources and resource groups only in the regions the estate's data residency allows.",
            ControlCategory.REGIONS,
            List.of(InitiativeParameter.required("allowedLocations", "Array", "Regions resources may be deployed to")),
            List.of(
                Control.builder("LZ-REG-001", "Resources are deployed to allowed regions")
                    .category(ControlCategory.REGIONS)
                    .definition(BuiltInPolicies.ALLOWED_LOCATIONS, PolicyEffect.DENY)
                    .parameter("listOfAllowedLocations", "[parameters('allowedLocations')]")
                    .offline(LOCATED_TYPES, location())
                    .nonComplianceMessage("This region is outside the estate's data residency; deploy to an allowed region.")
                    .build(),
                Control.builder("LZ-REG-002", "Resource groups are created in allowed regions")
                    .category(ControlCategory.REGIONS)
                    .definition(BuiltInPolicies.ALLOWED_LOCATIONS_RESOURCE_GROUPS, PolicyEffect.DENY)
                    .parameter("listOfAllowedLocations", "[parameters('allowedLocations')]")
                    .offline(Set.of(ResourceTypes.RESOURCE_GROUP), location())
                    .nonComplianceMessage("Resource groups must live in an allowed region of the estate.")
                    .build()));
    }

    /** Approved SKUs per tier: VM sizes (node pools included), storage, PostgreSQL and Managed Redis. */
    public static Initiative skus() {
        String fix = "use an approved SKU for this tier or change the blueprint";
        return new Initiative("skus", "Landing zone: approved SKUs",
            "Only the SKUs the blueprint tier approves: VM and node pool sizes, storage, PostgreSQL and Managed Redis.",
            ControlCategory.SKUS,
            List.of(
                InitiativeParameter.required("allowedVmSkus", "Array", "VM sizes for virtual machines and AKS node pools"),
                InitiativeParameter.required("allowedStorageSkus", "Array", "Storage account SKUs, e.g. Standard_ZRS"),
                InitiativeParameter.required("allowedPostgresSkus", "Array", "PostgreSQL flexible server SKUs, e.g. Standard_D4ds_v5"),
                InitiativeParameter.required("allowedRedisSkus", "Array", "Azure Managed Redis SKUs, e.g. Balanced_B1")),
            List.of(
                Control.builder("LZ-SKU-001", "Virtual machines use approved sizes")
                    .category(ControlCategory.SKUS)
                    .definition(BuiltInPolicies.ALLOWED_VM_SKUS, PolicyEffect.DENY)
                    .parameter("listOfAllowedSKUs", "[parameters('allowedVmSkus')]")
                    .offline(Set.of(ResourceTypes.LINUX_VIRTUAL_MACHINE, ResourceTypes.WINDOWS_VIRTUAL_MACHINE),
                        allowed("size", argument("size"), "allowedVmSkus", fix))
                    .nonComplianceMessage("This VM size is not approved for the tier; " + fix + ".")
                    .build(),
                Control.builder("LZ-SKU-002", "AKS node pools use approved VM sizes")
                    .category(ControlCategory.SKUS)
                    .definition(AKS_NODE_POOL_SIZES, PolicyEffect.DENY)
                    .parameter("allowedSkus", "[parameters('allowedVmSkus')]")
                    .offline(Set.of(AKS, AKS_NODE_POOL), (resource, parameters) -> resource.type().equals(AKS)
                        ? allowed("default_node_pool.vm_size", nested("default_node_pool", "vm_size"), "allowedVmSkus", fix).evaluate(resource, parameters)
                        : allowed("vm_size", argument("vm_size"), "allowedVmSkus", fix).evaluate(resource, parameters))
                    .nonComplianceMessage("This node pool VM size is not approved for the tier; " + fix + ".")
                    .build(),
                Control.builder("LZ-SKU-003", "Storage accounts use approved SKUs")
                    .category(ControlCategory.SKUS)
                    .definition(BuiltInPolicies.ALLOWED_STORAGE_SKUS, PolicyEffect.DENY)
                    .parameter("listOfAllowedSKUs", "[parameters('allowedStorageSkus')]")
                    .offline(Set.of(STORAGE), allowed("account_tier + account_replication_type",
                        resource -> resource.text("account_tier") == null ? null
                            : resource.text("account_tier") + "_" + resource.text("account_replication_type"),
                        "allowedStorageSkus", fix))
                    .nonComplianceMessage("This storage SKU (replication) is not approved for the tier; " + fix + ".")
                    .build(),
                Control.builder("LZ-SKU-004", "PostgreSQL flexible servers use approved SKUs")
                    .category(ControlCategory.SKUS)
                    .definition(POSTGRES_SKUS, PolicyEffect.DENY)
                    .parameter("allowedSkus", "[parameters('allowedPostgresSkus')]")
                    // Terraform prefixes the tier (B_, GP_, MO_); Azure's sku.name has no prefix.
                    .offline(Set.of(POSTGRES), allowed("sku_name",
                        resource -> resource.text("sku_name") == null ? null : resource.text("sku_name").replaceFirst("^(B|GP|MO)_", ""),
                        "allowedPostgresSkus", fix))
                    .nonComplianceMessage("This PostgreSQL SKU is not approved for the tier; " + fix + ".")
                    .build(),
                Control.builder("LZ-SKU-005", "Azure Managed Redis uses approved SKUs")
                    .category(ControlCategory.SKUS)
                    .definition(MANAGED_REDIS_SKUS, PolicyEffect.DENY)
                    .parameter("allowedSkus", "[parameters('allowedRedisSkus')]")
                    .offline(Set.of(MANAGED_REDIS), allowed("sku_name", argument("sku_name"), "allowedRedisSkus", fix))
                    .nonComplianceMessage("This Managed Redis SKU is not approved for the tier; " + fix + ".")
                    .build()));
    }

    /** Encryption in transit and at rest (AKS node pools encrypted at host), and identity-based data access. */
    public static Initiative encryption() {
        return new Initiative("encryption", "Landing zone: encryption and transport",
            "TLS 1.2 and secure transfer everywhere, encrypted Redis connections, Entra ID instead of shared keys, AKS nodes encrypted at host.",
            ControlCategory.ENCRYPTION, List.of(),
            List.of(
                Control.builder("LZ-ENC-001", "Storage accounts accept only secure transfer (HTTPS)")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(BuiltInPolicies.STORAGE_SECURE_TRANSFER, PolicyEffect.DENY)
                    .offline(Set.of(STORAGE), bool("https_traffic_only_enabled", true, true, "set it to true"))
                    .nonComplianceMessage("Enable secure transfer (HTTPS only) on the storage account.")
                    .build(),
                Control.builder("LZ-ENC-002", "Storage accounts require TLS 1.2")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(BuiltInPolicies.STORAGE_MINIMUM_TLS, PolicyEffect.DENY)
                    .parameter("minimumTlsVersion", "TLS1_2")
                    .offline(Set.of(STORAGE), text("min_tls_version", argument("min_tls_version"), "TLS1_2", "TLS1_2", "set it to TLS1_2"))
                    .nonComplianceMessage("Set the storage account's minimum TLS version to TLS1_2.")
                    .build(),
                Control.builder("LZ-ENC-003", "Storage accounts refuse shared key access")
                    .category(ControlCategory.ENCRYPTION)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.STORAGE_NO_SHARED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(STORAGE), bool("shared_access_key_enabled", false, true,
                        "set it to false and use Entra ID (the provider is configured with storage_use_azuread)"))
                    .nonComplianceMessage("Disable shared key access; grant Entra ID data roles instead.")
                    .build(),
                Control.builder("LZ-ENC-004", "Azure Cache for Redis accepts only TLS connections")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(BuiltInPolicies.REDIS_CACHE_SECURE_CONNECTIONS, PolicyEffect.DENY)
                    .offline(Set.of(REDIS_CACHE), bool("non_ssl_port_enabled", false, false, "set it to false"))
                    .nonComplianceMessage("Disable the non-TLS port of the Redis cache.")
                    .build(),
                Control.builder("LZ-ENC-005", "Azure Managed Redis accepts only encrypted connections")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(MANAGED_REDIS_ENCRYPTED, PolicyEffect.DENY)
                    .offline(Set.of(MANAGED_REDIS), text("default_database.client_protocol", nested("default_database", "client_protocol"),
                        "Encrypted", "Encrypted", "set it to Encrypted"))
                    .nonComplianceMessage("Set the Managed Redis database's client protocol to Encrypted.")
                    .build(),
                Control.builder("LZ-ENC-006", "PostgreSQL flexible servers run TLS 1.2 or newer")
                    .category(ControlCategory.ENCRYPTION)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.POSTGRES_TLS_12, PolicyEffect.AUDIT_IF_NOT_EXISTS)
                    // Evaluated on the server parameters the stack sets; one it leaves alone keeps Azure's default, which
                    // is secure (require_secure_transport on, ssl_min_protocol_version TLSv1.2).
                    .offline(Set.of(POSTGRES_CONFIGURATION), (resource, parameters) -> {
                        String name = resource.text("name");
                        String value = resource.text("value");
                        if (value == null || Checks.isReference(value) || !POSTGRES_TLS_PARAMETERS.containsKey(name)) {
                            return Evaluation.notApplicable("not a literal TLS server parameter");
                        }
                        return Evaluation.require(POSTGRES_TLS_PARAMETERS.get(name).stream().anyMatch(value::equalsIgnoreCase), name + " is '" + value
                            + "'; set it to " + String.join(" or ", POSTGRES_TLS_PARAMETERS.get(name)) + ", or leave it at Azure's default");
                    })
                    .nonComplianceMessage("Set the server parameter ssl_min_protocol_version to TLSv1.2 or newer.")
                    .build(),
                Control.builder("LZ-ENC-007", "Key vaults use the RBAC permission model")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(BuiltInPolicies.KEY_VAULT_RBAC, PolicyEffect.DENY)
                    .offline(Set.of(KEY_VAULT), (resource, parameters) -> resource.text("rbac_authorization_enabled") != null
                        ? bool("rbac_authorization_enabled", true, false, "set it to true").evaluate(resource, parameters)
                        : bool("enable_rbac_authorization", true, false, "set rbac_authorization_enabled to true").evaluate(resource, parameters))
                    .nonComplianceMessage("Use Azure RBAC for the key vault's data plane, not access policies.")
                    .build(),
                // Audit in Azure, not Deny: the definition evaluates a managed cluster's agentPoolProfiles, all its pools,
                // so while an existing cluster still has a pool without host encryption (until the apply that rotates
                // them has finished) a Deny could refuse updates of the cluster, that apply's own included. The offline
                // twin is an error: synthesized pools are held to it before deploy, where refusing breaks nothing.
                Control.builder("LZ-ENC-008", "AKS node pools encrypt temp disks and caches at host")
                    .category(ControlCategory.ENCRYPTION)
                    .definition(BuiltInPolicies.AKS_ENCRYPTION_AT_HOST, PolicyEffect.AUDIT)
                    .offline(Set.of(AKS, AKS_NODE_POOL), (resource, parameters) -> resource.type().equals(AKS)
                        ? text("default_node_pool.host_encryption_enabled", nested("default_node_pool", "host_encryption_enabled"),
                            "true", "false", HOST_ENCRYPTION_FIX).evaluate(resource, parameters)
                        : text("host_encryption_enabled", argument("host_encryption_enabled"), "true", "false", HOST_ENCRYPTION_FIX)
                            .evaluate(resource, parameters))
                    .nonComplianceMessage("Enable encryption at host on every node pool (register the subscription feature"
                        + " Microsoft.Compute/EncryptionAtHost first); the pool rotates through its temporary pool.")
                    .build()));
    }

    /**
     * Network exposure: no public IPs (assign with {@code notScopes} for the approved ingress), PaaS without public
     * network access, private endpoints. The {@code effect} parameter is Deny by default; non-production assignments
     * may audit instead.
     *
     * <p>PostgreSQL gets no private-endpoint control: servers use private access (a delegated subnet), which cannot
     * have private endpoints, so the built-in one would flag every server; LZ-NET-004 covers the intent.
     */
    public static Initiative network() {
        String privateLink = "privateLinkEffect";
        return new Initiative("network", "Landing zone: network exposure",
            "No public IPs outside the approved ingress, PaaS services without public network access, private endpoints.",
            ControlCategory.NETWORK,
            List.of(
                InitiativeParameter.optional(EFFECT, "String", "Effect of the exposure controls (Deny in production)", "Deny", AUDIT_DENY_DISABLED),
                InitiativeParameter.optional(privateLink, "String", "Effect of the private endpoint controls", "AuditIfNotExists",
                    List.of("AuditIfNotExists", "Disabled"))),
            List.of(
                Control.builder("LZ-NET-001", "No public IP addresses outside the approved ingress")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.NOT_ALLOWED_RESOURCE_TYPES, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .parameter("listOfResourceTypesNotAllowed", List.of("Microsoft.Network/publicIPAddresses"))
                    .offline(Set.of(ResourceTypes.PUBLIC_IP), (resource, parameters) -> Evaluation.nonCompliant(
                        "public IPs are allowed only in the approved ingress; expose Odoo through Traefik's load balancer or suppress with a reason"))
                    .nonComplianceMessage("Public IPs are allowed only in the approved ingress; publish through the platform's Traefik ingress.")
                    .build(),
                Control.builder("LZ-NET-002", "Storage accounts disable public network access")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.STORAGE_NO_PUBLIC_NETWORK, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .offline(Set.of(STORAGE), bool("public_network_access_enabled", false, true, "set it to false and use the private endpoint"))
                    .nonComplianceMessage("Disable public network access on the storage account; use its private endpoint.")
                    .build(),
                Control.builder("LZ-NET-003", "Key vaults disable public network access")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.KEY_VAULT_NO_PUBLIC_NETWORK, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .offline(Set.of(KEY_VAULT), bool("public_network_access_enabled", false, true, "set it to false and use the private endpoint"))
                    .nonComplianceMessage("Disable public network access on the key vault; use its private endpoint.")
                    .build(),
                Control.builder("LZ-NET-004", "PostgreSQL flexible servers disable public network access")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.POSTGRES_NO_PUBLIC_NETWORK, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    // A server in a delegated subnet (private access) has no public endpoint whatever the flag says.
                    .offline(Set.of(POSTGRES), (resource, parameters) -> resource.text("delegated_subnet_id") != null
                        ? Evaluation.compliant()
                        : bool("public_network_access_enabled", false, true, "set it to false, or place the server in a delegated subnet")
                            .evaluate(resource, parameters))
                    .nonComplianceMessage("Use private access (delegated subnet) for PostgreSQL; disable public network access.")
                    .build(),
                Control.builder("LZ-NET-005", "Azure Cache for Redis disables public network access")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.REDIS_CACHE_NO_PUBLIC_NETWORK, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .offline(Set.of(REDIS_CACHE), bool("public_network_access_enabled", false, true, "set it to false and use the private endpoint"))
                    .nonComplianceMessage("Disable public network access on the Redis cache; use its private endpoint.")
                    .build(),
                Control.builder("LZ-NET-006", "Azure Managed Redis disables public network access")
                    .category(ControlCategory.NETWORK)
                    .definition(MANAGED_REDIS_PRIVATE, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .offline(Set.of(MANAGED_REDIS), text("public_network_access", argument("public_network_access"), "Disabled", "Enabled",
                        "set it to Disabled and use the private endpoint"))
                    .nonComplianceMessage("Disable public network access on Managed Redis; use its private endpoint.")
                    .build(),
                Control.builder("LZ-NET-007", "AKS clusters are private")
                    .category(ControlCategory.NETWORK)
                    .definition(BuiltInPolicies.AKS_PRIVATE_CLUSTER, PolicyEffect.DENY)
                    .effectFromParameter(EFFECT)
                    .offline(Set.of(AKS), bool("private_cluster_enabled", true, false, "set it to true (the API server gets a private endpoint)"))
                    .nonComplianceMessage("Create the AKS cluster as a private cluster.")
                    .build(),
                Control.builder("LZ-NET-008", "Storage accounts use a private endpoint")
                    .category(ControlCategory.NETWORK)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.STORAGE_PRIVATE_LINK, PolicyEffect.AUDIT_IF_NOT_EXISTS)
                    .effectFromParameter(privateLink)
                    .offline(Set.of(STORAGE), companion(PRIVATE_ENDPOINT, "give the storage account a private endpoint"))
                    .nonComplianceMessage("Give the storage account a private endpoint in the environment's network.")
                    .build(),
                Control.builder("LZ-NET-009", "Azure Managed Redis uses a private endpoint")
                    .category(ControlCategory.NETWORK)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.MANAGED_REDIS_PRIVATE_LINK, PolicyEffect.AUDIT_IF_NOT_EXISTS)
                    .effectFromParameter(privateLink)
                    .offline(Set.of(MANAGED_REDIS), companion(PRIVATE_ENDPOINT, "give Managed Redis a private endpoint"))
                    .nonComplianceMessage("Give Managed Redis a private endpoint in the environment's network.")
                    .build()));
    }

    /** Diagnostic settings to the central workspace, deployed where missing (with remediation of existing resources). */
    public static Initiative diagnostics() {
        String workspace = "[parameters('logAnalyticsWorkspaceId')]";
        String fix = "add a diagnostic setting to the Log Analytics workspace (the construct's diagnostics prop)";
        BuiltInRole[] roles = {BuiltInRole.MONITORING_CONTRIBUTOR, BuiltInRole.LOG_ANALYTICS_CONTRIBUTOR};
        return new Initiative("diagnostics", "Landing zone: diagnostics",
            "Diagnostic settings of AKS, PostgreSQL, Managed Redis, storage and Key Vault to the central Log Analytics workspace.",
            ControlCategory.DIAGNOSTICS,
            List.of(InitiativeParameter.required("logAnalyticsWorkspaceId", "String", "Resource id of the central Log Analytics workspace")),
            List.of(
                diagnostics("LZ-DIAG-001", "AKS clusters send diagnostics to the central workspace", BuiltInPolicies.AKS_DIAGNOSTICS, AKS, fix, roles)
                    .parameter("logAnalytics", workspace).build(),
                diagnostics("LZ-DIAG-002", "PostgreSQL flexible servers send all logs to the central workspace", BuiltInPolicies.POSTGRES_DIAGNOSTICS, POSTGRES, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build(),
                diagnostics("LZ-DIAG-003", "Azure Managed Redis sends all logs to the central workspace", BuiltInPolicies.MANAGED_REDIS_DIAGNOSTICS, MANAGED_REDIS, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build(),
                diagnostics("LZ-DIAG-004", "Blob services send diagnostics to the central workspace", BuiltInPolicies.BLOB_DIAGNOSTICS, STORAGE, fix, roles)
                    .parameter("logAnalytics", workspace).build(),
                diagnostics("LZ-DIAG-005", "Key vaults send all logs to the central workspace", BuiltInPolicies.KEY_VAULT_DIAGNOSTICS, KEY_VAULT, fix, roles)
                    .parameter("logAnalytics", workspace).parameter("categoryGroup", "allLogs").build()));
    }

    private static Control.Builder diagnostics(String id, String title, BuiltInPolicy policy, String type, String fix, BuiltInRole... roles) {
        return Control.builder(id, title)
            .category(ControlCategory.DIAGNOSTICS)
            .severity(Severity.WARNING)
            .definition(policy, PolicyEffect.DEPLOY_IF_NOT_EXISTS)
            .remediationRoles(roles)
            .offline(Set.of(type), companion(DIAGNOSTIC_SETTING, fix))
            .nonComplianceMessage("A diagnostic setting to the central workspace is deployed automatically; remediation covers existing resources.");
    }

    /** Backup and recovery: PostgreSQL geo-redundant backup and retention, Key Vault recoverability. */
    public static Initiative backup() {
        String geo = "geoBackupEffect";
        return new Initiative("backup", "Landing zone: backup and recovery",
            "PostgreSQL backups geo-redundant and kept as long as the recovery tier needs; key vaults recoverable.",
            ControlCategory.BACKUP,
            List.of(
                InitiativeParameter.optional("minimumBackupRetentionDays", "Integer", "Minimum PostgreSQL backup retention (days)", 7, List.of()),
                InitiativeParameter.optional(geo, "String", "Effect of the geo-redundant backup control (Audit for tiers that need it)",
                    "Audit", List.of("Audit", "Disabled"))),
            List.of(
                Control.builder("LZ-BAK-001", "PostgreSQL flexible servers have geo-redundant backup")
                    .category(ControlCategory.BACKUP)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.POSTGRES_GEO_BACKUP, PolicyEffect.AUDIT)
                    .effectFromParameter(geo)
                    .offline(Set.of(POSTGRES), bool("geo_redundant_backup_enabled", true, false,
                        "set it to true (set at creation only) or use a tier that does not need geo-restore"))
                    .nonComplianceMessage("Enable geo-redundant backup so the database can be restored in the paired region.")
                    .build(),
                Control.builder("LZ-BAK-002", "PostgreSQL flexible servers keep backups as long as the tier needs")
                    .category(ControlCategory.BACKUP)
                    .severity(Severity.WARNING)
                    .definition(POSTGRES_RETENTION, PolicyEffect.AUDIT)
                    .parameter("minimumDays", "[parameters('minimumBackupRetentionDays')]")
                    .offline(Set.of(POSTGRES), (resource, parameters) -> {
                        Object minimum = parameters.get("minimumBackupRetentionDays");
                        if (!(minimum instanceof Number required) || resource.isReference("backup_retention_days")) {
                            return Evaluation.notApplicable("retention or its minimum is not known before apply");
                        }
                        String days = resource.text("backup_retention_days");
                        int actual = days == null ? 7 : Integer.parseInt(days);
                        return Evaluation.require(actual >= required.intValue(), "backup_retention_days is " + actual
                            + ", the tier needs at least " + required + "; raise it (at most 35) or add a long-term backup vault");
                    })
                    .nonComplianceMessage("Raise the server's backup retention to the recovery tier's minimum.")
                    .build(),
                Control.builder("LZ-BAK-003", "Key vaults have soft delete")
                    .category(ControlCategory.BACKUP)
                    .definition(BuiltInPolicies.KEY_VAULT_SOFT_DELETE, PolicyEffect.DENY)
                    .offline(Set.of(KEY_VAULT), (resource, parameters) -> {
                        String days = resource.text("soft_delete_retention_days");
                        return Evaluation.require(days == null || Integer.parseInt(days) >= 7,
                            "soft_delete_retention_days must be 7 to 90");
                    })
                    .nonComplianceMessage("Keep soft delete on the key vault.")
                    .build(),
                Control.builder("LZ-BAK-004", "Key vaults have purge protection")
                    .category(ControlCategory.BACKUP)
                    .definition(BuiltInPolicies.KEY_VAULT_PURGE_PROTECTION, PolicyEffect.DENY)
                    .offline(Set.of(KEY_VAULT), bool("purge_protection_enabled", true, false, "set it to true"))
                    .nonComplianceMessage("Enable purge protection so deleted secrets and keys can be recovered.")
                    .build()));
    }

    /**
     * Kubernetes: admission controls enforced by the Azure Policy add-on (no privileged containers, allowed
     * registries, resource limits, no host namespaces, host network or host ports) and the AKS baseline that makes them
     * possible. The admission controls exclude the namespaces AKS, the add-on, Azure Arc and Flux manage; their offline
     * twins judge every pod the in-cluster stacks create elsewhere ({@link PodTemplates}).
     */
    public static Initiative kubernetes() {
        String admission = "admissionEffect";
        List<Object> excludedNamespaces = List.of("kube-system", "gatekeeper-system", "azure-arc", "azure-extensions-usage-system", "flux-system");
        return new Initiative("kubernetes", "Landing zone: Kubernetes admission",
            "No privileged containers, images only from allowed registries, resource limits, no host namespaces, network or ports;"
                + " local accounts off, policy add-on on.",
            ControlCategory.KUBERNETES,
            List.of(
                InitiativeParameter.optional(admission, "String", "Effect of the admission controls", "Deny", AUDIT_DENY_DISABLED),
                InitiativeParameter.required("allowedContainerImagesRegex", "String", "Images allowed, e.g. ^myacr\\.azurecr\\.io/.+$"),
                InitiativeParameter.optional("cpuLimit", "String", "Highest CPU limit a container may set", "4", List.of()),
                InitiativeParameter.optional("memoryLimit", "String", "Highest memory limit a container may set", "8Gi", List.of())),
            List.of(
                Control.builder("LZ-K8S-001", "No privileged containers")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_NO_PRIVILEGED, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noPrivileged(excludedNamespaces))
                    .nonComplianceMessage("Privileged containers are refused; drop privileged: true from the pod spec.")
                    .build(),
                Control.builder("LZ-K8S-002", "Containers use images from allowed registries")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_ALLOWED_IMAGES, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("allowedContainerImagesRegex", "[parameters('allowedContainerImagesRegex')]")
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.allowedImages(excludedNamespaces))
                    .nonComplianceMessage("Pull images from the estate's container registry.")
                    .build(),
                Control.builder("LZ-K8S-003", "Containers set CPU and memory limits within bounds")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_RESOURCE_LIMITS, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("cpuLimit", "[parameters('cpuLimit')]")
                    .parameter("memoryLimit", "[parameters('memoryLimit')]")
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.limits(excludedNamespaces))
                    .nonComplianceMessage("Set CPU and memory limits on every container, within the tier's bounds.")
                    .build(),
                Control.builder("LZ-K8S-004", "AKS clusters have local accounts disabled")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.AKS_NO_LOCAL_ACCOUNTS, PolicyEffect.DENY)
                    .offline(Set.of(AKS), bool("local_account_disabled", true, false, "set it to true; sign in with Entra ID"))
                    .nonComplianceMessage("Disable local accounts on the cluster; use Entra ID with Azure RBAC.")
                    .build(),
                Control.builder("LZ-K8S-005", "AKS clusters run the Azure Policy add-on")
                    .category(ControlCategory.KUBERNETES)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.AKS_POLICY_ADDON, PolicyEffect.AUDIT)
                    .offline(Set.of(AKS), bool("azure_policy_enabled", true, false, "set it to true; without it no admission control applies"))
                    .nonComplianceMessage("Enable the Azure Policy add-on; the admission controls depend on it.")
                    .build(),
                Control.builder("LZ-K8S-006", "Pods do not share the node's process ID or IPC namespace")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_NO_HOST_NAMESPACES, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noHostNamespaces(excludedNamespaces))
                    .nonComplianceMessage("Pods may not share the node's process ID or IPC namespace; remove hostPID and hostIPC.")
                    .build(),
                Control.builder("LZ-K8S-007", "Pods use neither the node's network nor host ports")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_HOST_NETWORK_PORTS, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("allowHostNetwork", false)
                    .parameter("allowedHostPorts", List.of())
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noHostNetwork(excludedNamespaces))
                    .nonComplianceMessage("Pods may not use the node's network or bind host ports; expose them through a Service.")
                    .build()));
    }

    /**
     * Customer-managed keys on the data stores and node disks, in Audit. Assigned only at the production and
     * non-production groups of business units whose data is encrypted with customer-managed keys (regulated ones, and
     * those that opt in): there they flag nothing else, while at the root, the sandbox group (every unit's sandboxes) or
     * over shared hosting they would flag the units that have no such keys. What those groups hold of a unit with keys is
     * checked before deploy instead ({@code LZ-CMK-005}).
     */
    public static Initiative customerManagedKeys() {
        return new Initiative("cmk", "Landing zone: customer-managed keys",
            "Storage, PostgreSQL and AKS node disks encrypted with the business unit's own keys.",
            ControlCategory.CUSTOMER_MANAGED_KEYS, List.of(),
            List.of(
                Control.builder("LZ-CMK-001", "Storage accounts encrypt with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.STORAGE_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(STORAGE), (resource, parameters) -> CustomerManagedKeyRules.storage(resource))
                    .nonComplianceMessage("Encrypt the storage account with the business unit's key (customer-managed key).")
                    .build(),
                Control.builder("LZ-CMK-002", "PostgreSQL flexible servers encrypt with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.POSTGRES_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(POSTGRES), (resource, parameters) -> CustomerManagedKeyRules.postgres(resource))
                    .nonComplianceMessage("Create the server with data encryption by the business unit's key; Azure sets it at"
                        + " creation only, so restore to a new server to add it.")
                    .build(),
                Control.builder("LZ-CMK-003", "AKS clusters encrypt node disks with a customer-managed key")
                    .category(ControlCategory.CUSTOMER_MANAGED_KEYS)
                    .definition(BuiltInPolicies.AKS_CUSTOMER_MANAGED_KEY, PolicyEffect.AUDIT)
                    .offline(Set.of(AKS), (resource, parameters) -> CustomerManagedKeyRules.cluster(resource))
                    .nonComplianceMessage("Create the cluster with a disk encryption set holding the business unit's key.")
                    .build()));
    }

    private static CustomPolicy skuPolicy(String name, String displayName, String resourceType, String category) {
        return CustomPolicy.of(name, displayName, displayName + " (approved per blueprint tier).", "All", category,
            List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED),
            """
            {"allowedSkus": {"type": "Array", "metadata": {"displayName": "Allowed SKUs"}}}
            """,
            """
            {"if": {"allOf": [{"field": "type", "equals": "%s"},
                              {"field": "%s/sku.name", "notIn": "[parameters('allowedSkus')]"}]},
             "then": {"effect": "[parameters('effect')]"}}
            """.formatted(resourceType, resourceType));
    }

    private static OfflineRule hasTag(String tag) {
        return (resource, parameters) -> {
            String value = resource.body().path("tags").path(tag).asText("");
            return Evaluation.require(!value.isBlank(), "the tag '" + tag + "' is missing; pass the estate's tags to the construct");
        };
    }

    private static OfflineRule location() {
        return (resource, parameters) -> {
            String location = resource.text("location");
            if (location == null || Checks.isReference(location) || location.equalsIgnoreCase("global")) {
                return Evaluation.notApplicable("location is not a literal region");
            }
            return allowed("location", argument("location"), "allowedLocations",
                "deploy to a region of the estate's data residency").evaluate(resource, parameters);
        };
    }

    private static Set<String> without(Set<String> types, String... removed) {
        Set<String> result = new TreeSet<>(types);
        result.removeAll(List.of(removed));
        return Set.copyOf(result);
    }
}
