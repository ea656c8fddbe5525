package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AUDIT_DENY_DISABLED;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.KEY_VAULT;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.MANAGED_REDIS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.PRIVATE_ENDPOINT;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.REDIS_CACHE;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.STORAGE;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.argument;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.bool;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.companion;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.Set;

/**
 * Network exposure: no public IPs (assign with {@code notScopes} for the approved ingress), PaaS without public
 * network access, private endpoints. The {@code effect} parameter is Deny by default; non-production assignments
 * may audit instead.
 *
 * <p>PostgreSQL gets no private-endpoint control: servers use private access (a delegated subnet), which cannot
 * have private endpoints, so the built-in one would flag every server; LZ-NET-004 covers the intent.
 */
final class NetworkInitiative {

    /** The initiative's key: it is assigned as {@code lz-network}. */
    static final String KEY = "network";

    private static final String EFFECT = "effect";

    private static final CustomPolicy MANAGED_REDIS_PRIVATE = CustomPolicy.of("lz-managed-redis-no-public-network",
        "Azure Managed Redis should disable public network access",
        "Managed Redis is reached through a private endpoint only.",
        "All", "Cache", List.of(PolicyEffect.DENY, PolicyEffect.AUDIT, PolicyEffect.DISABLED), "{}",
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Cache/redisEnterprise"},
                          {"field": "Microsoft.Cache/redisEnterprise/publicNetworkAccess", "notEquals": "Disabled"}]},
         "then": {"effect": "[parameters('effect')]"}}
        """);

    /** Its custom definitions, in {@link LandingZoneInitiatives#customPolicies()} order. */
    static final List<CustomPolicy> CUSTOM_POLICIES = List.of(MANAGED_REDIS_PRIVATE);

    private NetworkInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        String privateLink = "privateLinkEffect";
        return new Initiative(KEY, "Landing zone: network exposure",
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
}
