package com.sysgenpro.landingzone.governance;

/** Azure built-in roles the landing zone assigns, with their fixed role definition GUIDs. */
public enum BuiltInRole {
    /** Full access including role assignment. Never assigned standing; eligible only. */
    OWNER("Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
    /** Manage all resources, no role assignment. */
    CONTRIBUTOR("Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c"),
    /** Read everything but secrets. */
    READER("Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7"),
    /** Manage role assignments (all roles). */
    USER_ACCESS_ADMINISTRATOR("User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"),
    /** Manage role assignments through Azure RBAC; narrower than User Access Administrator. */
    ROLE_BASED_ACCESS_CONTROL_ADMINISTRATOR("Role Based Access Control Administrator", "f58310d9-a9f6-439a-9e8d-f62e7b41a168"),
    /** Write policy definitions, initiatives, assignments and exemptions, which Contributor may not. */
    RESOURCE_POLICY_CONTRIBUTOR("Resource Policy Contributor", "36243c78-bf99-498c-9df9-86d9f8d28608"),
    /** Manage security policy and Defender settings. */
    SECURITY_ADMIN("Security Admin", "fb1c8493-542b-48eb-b624-b4c8fea62acd"),
    /** Read security state and recommendations. */
    SECURITY_READER("Security Reader", "39bc4728-0917-49c7-9d2c-d95423bc2eb4"),
    /** Read costs, budgets and exports. */
    COST_MANAGEMENT_READER("Cost Management Reader", "72fafb9e-0641-4937-9268-a91bfd8191a3"),
    /** Write tags only; what Modify policies that add tags need. */
    TAG_CONTRIBUTOR("Tag Contributor", "4a9ae827-6dc8-4573-8ac7-8239d42aa03f"),
    /** Manage Log Analytics; what diagnostic-settings policies need on the workspace side. */
    LOG_ANALYTICS_CONTRIBUTOR("Log Analytics Contributor", "92aaf0da-9dab-42b6-94a3-d43ce8d16293"),
    /** Manage monitoring settings, diagnostic settings included. */
    MONITORING_CONTRIBUTOR("Monitoring Contributor", "749f88d5-cbae-40b8-bcfc-e573ddc772fa"),
    /** Read secret contents of a Key Vault with Azure RBAC; what an application's workload identity needs. */
    KEY_VAULT_SECRETS_USER("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6"),
    /**
     * Read a key's public part and wrap and unwrap with it; what a service encrypting with a customer-managed key
     * (storage, PostgreSQL, a disk encryption set) needs on that key.
     */
    KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER("Key Vault Crypto Service Encryption User", "e147488a-f6f5-4113-8e2d-b22465e65bf6"),
    /**
     * Manage networks, subnets and route tables (no access to them granted to others); what an AKS control-plane identity
     * needs on its cluster's network to join the node subnet, place internal load balancers and link a private DNS zone.
     */
    NETWORK_CONTRIBUTOR("Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7"),
    /** Manage private DNS zones' records and virtual network links; what AKS needs on a custom zone of a private cluster. */
    PRIVATE_DNS_ZONE_CONTRIBUTOR("Private DNS Zone Contributor", "b12aa53e-6015-4669-85d0-8515ebb3ae7f");

    private final String displayName;
    private final String guid;

    BuiltInRole(String displayName, String guid) {
        this.displayName = displayName;
        this.guid = guid;
    }

    /** The role's name in Azure, e.g. {@code Contributor}. */
    public String displayName() {
        return displayName;
    }

    /** The role definition GUID, the same in every tenant. */
    public String guid() {
        return guid;
    }

    /**
     * The unscoped role definition id, {@code /providers/Microsoft.Authorization/roleDefinitions/<guid>}: the form to
     * use in assignments at management group scope, where Azure reports the id back in this form (a scoped id there
     * would differ from what is read back, and role assignment ids force replacement).
     */
    public String definitionId() {
        return "/providers/Microsoft.Authorization/roleDefinitions/" + guid;
    }
}
