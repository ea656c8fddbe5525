package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS_NODE_POOL;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.KEY_VAULT;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.MANAGED_REDIS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES_CONFIGURATION;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.REDIS_CACHE;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.STORAGE;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.argument;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.bool;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.nested;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Encryption in transit and at rest (AKS node pools encrypted at host), and identity-based data access. */
final class EncryptionInitiative {

    /** The initiative's key: it is assigned as {@code lz-encryption}. */
    static final String KEY = "encryption";

    /** PostgreSQL server parameters that weaken transport security, with the values that keep it. */
    private static final Map<String, List<String>> POSTGRES_TLS_PARAMETERS = Map.of(
        "require_secure_transport", List.of("on"),
        "ssl_min_protocol_version", List.of("TLSv1.2", "TLSv1.3"));

    private static final String HOST_ENCRYPTION_FIX = "set it to true (the construct's hostEncryptionEnabled; the subscription"
        + " needs the feature Microsoft.Compute/EncryptionAtHost registered)";

    private static final CustomPolicy MANAGED_REDIS_ENCRYPTED = CustomPolicy.of("lz-managed-redis-encrypted-protocol",
        "Azure Managed Redis databases should accept only encrypted (TLS) connections",
        "Clients must connect over TLS: the database's client protocol must be Encrypted.",
        "All", "Cache", List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED), "{}",
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Cache/redisEnterprise/databases"},
                          {"field": "Microsoft.Cache/redisEnterprise/databases/clientProtocol", "notEquals": "Encrypted"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);

    /** Its custom definitions, in {@link LandingZoneInitiatives#customPolicies()} order. */
    static final List<CustomPolicy> CUSTOM_POLICIES = List.of(MANAGED_REDIS_ENCRYPTED);

    private EncryptionInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        return new Initiative(KEY, "Landing zone: encryption and transport",
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
}
