package com.sysgenpro.landingzone.governance.policy;

import java.util.List;

/**
 * The Azure built-in policy definitions the shipped initiatives use, by GUID, with their effect parameter and
 * allowed effects as Azure's catalog declares them ({@code BuiltInPoliciesTest} checks each against the catalog).
 */
public final class BuiltInPolicies {

    private static final List<String> AUDIT_DENY_DISABLED = List.of("Audit", "Deny", "Disabled");
    private static final List<String> AINE_DISABLED = List.of("AuditIfNotExists", "Disabled");
    private static final List<String> DINE_AINE_DISABLED = List.of("DeployIfNotExists", "AuditIfNotExists", "Disabled");
    private static final List<String> KUBERNETES = List.of("audit", "Audit", "deny", "Deny", "disabled", "Disabled");

    /** Require a tag on resources (fixed Deny). */
    public static final BuiltInPolicy REQUIRE_TAG_ON_RESOURCES = fixed("871b6d14-10aa-478d-b590-94f262ecfa99", "Require a tag on resources", "deny");
    /** Inherit a tag from the resource group if missing (fixed Modify, Contributor). */
    public static final BuiltInPolicy INHERIT_TAG_FROM_RESOURCE_GROUP = fixed("ea3f2387-9b95-492a-a190-fcdc54f7b070", "Inherit a tag from the resource group if missing", "modify");
    /** Allowed locations. */
    public static final BuiltInPolicy ALLOWED_LOCATIONS = of("e56962a6-4747-49cd-b67b-bf8b01975c4c", "Allowed locations", AUDIT_DENY_DISABLED);
    /** Allowed locations for resource groups. */
    public static final BuiltInPolicy ALLOWED_LOCATIONS_RESOURCE_GROUPS = of("e765b5de-1225-4ba3-bd56-1ac6695af988", "Allowed locations for resource groups", AUDIT_DENY_DISABLED);
    /** Allowed virtual machine size SKUs (fixed Deny; plain VMs only, not AKS node pools). */
    public static final BuiltInPolicy ALLOWED_VM_SKUS = fixed("cccc23c7-8427-4f53-ad12-b6a63eb452b3", "Allowed virtual machine size SKUs", "Deny");
    /** Storage accounts should be limited by allowed SKUs. */
    public static final BuiltInPolicy ALLOWED_STORAGE_SKUS = of("7433c107-6db4-4ad1-b57a-a76dce0154a1", "Storage accounts should be limited by allowed SKUs", AUDIT_DENY_DISABLED);
    /** Secure transfer to storage accounts should be enabled. */
    public static final BuiltInPolicy STORAGE_SECURE_TRANSFER = of("404c3081-a854-4457-ae30-26a93ef643f9", "Secure transfer to storage accounts should be enabled", AUDIT_DENY_DISABLED);
    /** Storage accounts should have the specified minimum TLS version. */
    public static final BuiltInPolicy STORAGE_MINIMUM_TLS = of("fe83a0eb-a853-422d-aac2-1bffd182c5d0", "Storage accounts should have the specified minimum TLS version", AUDIT_DENY_DISABLED);
    /** Storage accounts should prevent shared key access. */
    public static final BuiltInPolicy STORAGE_NO_SHARED_KEY = of("8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54", "Storage accounts should prevent shared key access", AUDIT_DENY_DISABLED);
    /** Only secure connections to your Azure Cache for Redis should be enabled. */
    public static final BuiltInPolicy REDIS_CACHE_SECURE_CONNECTIONS = of("22bee202-a82f-4305-9a2a-6d7f44d4dedb", "Only secure connections to your Azure Cache for Redis should be enabled", AUDIT_DENY_DISABLED);
    /** PostgreSQL flexible servers should be running TLS version 1.2 or newer. */
    public static final BuiltInPolicy POSTGRES_TLS_12 = of("a43d5475-c569-45ce-a268-28fa79f4e87a", "PostgreSQL flexible servers should be running TLS version 1.2 or newer", AINE_DISABLED);
    /** Azure Key Vault should use RBAC permission model. */
    public static final BuiltInPolicy KEY_VAULT_RBAC = of("12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5", "Azure Key Vault should use RBAC permission model", AUDIT_DENY_DISABLED);
    /** Temp disks and cache for agent node pools in Azure Kubernetes Service clusters should be encrypted at host. */
    public static final BuiltInPolicy AKS_ENCRYPTION_AT_HOST = of("41425d9f-d1a5-499a-9932-f8ed8453932c", "Temp disks and cache for agent node pools in Azure Kubernetes Service clusters should be encrypted at host", AUDIT_DENY_DISABLED);
    /** Not allowed resource types. */
    public static final BuiltInPolicy NOT_ALLOWED_RESOURCE_TYPES = of("6c112d4e-5bc7-47ae-a041-ea2d9dccd749", "Not allowed resource types", AUDIT_DENY_DISABLED);
    /** Storage accounts should disable public network access. */
    public static final BuiltInPolicy STORAGE_NO_PUBLIC_NETWORK = of("b2982f36-99f2-4db5-8eff-283140c09693", "Storage accounts should disable public network access", AUDIT_DENY_DISABLED);
    /** Azure Key Vault should disable public network access. */
    public static final BuiltInPolicy KEY_VAULT_NO_PUBLIC_NETWORK = of("405c5871-3e91-4644-8a63-58e19d68ff5b", "Azure Key Vault should disable public network access", AUDIT_DENY_DISABLED);
    /** Public network access should be disabled for PostgreSQL flexible servers. */
    public static final BuiltInPolicy POSTGRES_NO_PUBLIC_NETWORK = of("5e1de0e3-42cb-4ebc-a86d-61d0c619ca48", "Public network access should be disabled for PostgreSQL flexible servers", AUDIT_DENY_DISABLED);
    /** Azure Cache for Redis should disable public network access. */
    public static final BuiltInPolicy REDIS_CACHE_NO_PUBLIC_NETWORK = of("470baccb-7e51-4549-8b1a-3e5be069f663", "Azure Cache for Redis should disable public network access", AUDIT_DENY_DISABLED);
    /** Azure Kubernetes Service Private Clusters should be enabled. */
    public static final BuiltInPolicy AKS_PRIVATE_CLUSTER = of("040732e8-d947-40b8-95d6-854c95024bf8", "Azure Kubernetes Service Private Clusters should be enabled", AUDIT_DENY_DISABLED);
    /** Storage accounts should use private link. */
    public static final BuiltInPolicy STORAGE_PRIVATE_LINK = of("6edd7eda-6dd8-40f7-810d-67160c639cd9", "Storage accounts should use private link", AINE_DISABLED);
    /** Azure Cache for Redis Enterprise should use private link (covers Azure Managed Redis). */
    public static final BuiltInPolicy MANAGED_REDIS_PRIVATE_LINK = of("960e650e-9ce3-4316-9590-8ee2c016ca2f", "Azure Cache for Redis Enterprise should use private link", AINE_DISABLED);
    /** Deploy diagnostic settings for Azure Kubernetes Service to a Log Analytics workspace. */
    public static final BuiltInPolicy AKS_DIAGNOSTICS = of("6c66c325-74c8-42fd-a286-a74b0e2939d8", "Deploy - Configure diagnostic settings for Azure Kubernetes Service to Log Analytics workspace", List.of("DeployIfNotExists", "Disabled"));
    /** Enable logging by category group for PostgreSQL flexible servers to Log Analytics. */
    public static final BuiltInPolicy POSTGRES_DIAGNOSTICS = of("5fbd326d-328c-414e-a922-2d6963998962", "Enable logging by category group for microsoft.dbforpostgresql/flexibleservers to Log Analytics", DINE_AINE_DISABLED);
    /** Enable logging by category group for Azure Managed Redis databases to Log Analytics. */
    public static final BuiltInPolicy MANAGED_REDIS_DIAGNOSTICS = of("fa570aa1-acca-4eea-8e5a-233cf2c5e4c2", "Enable logging by category group for Caches (microsoft.cache/redisenterprise/databases) to Log Analytics", DINE_AINE_DISABLED);
    /** Configure diagnostic settings for Blob Services to Log Analytics workspace. */
    public static final BuiltInPolicy BLOB_DIAGNOSTICS = of("b4fe1a3b-0715-4c6c-a5ea-ffc33cf823cb", "Configure diagnostic settings for Blob Services to Log Analytics workspace", DINE_AINE_DISABLED);
    /** Enable logging by category group for Key vaults to Log Analytics. */
    public static final BuiltInPolicy KEY_VAULT_DIAGNOSTICS = of("6b359d8f-f88d-4052-aa7c-32015963ecc1", "Enable logging by category group for Key vaults (microsoft.keyvault/vaults) to Log Analytics", DINE_AINE_DISABLED);
    /** Geo-redundant backup should be enabled for Azure Database for PostgreSQL flexible servers. */
    public static final BuiltInPolicy POSTGRES_GEO_BACKUP = of("cee2f9fd-3968-44be-a863-bd62c9884423", "Geo-redundant backup should be enabled for Azure Database for PostgreSQL flexible servers", List.of("Audit", "Disabled"));
    /** Key vaults should have soft delete enabled. */
    public static final BuiltInPolicy KEY_VAULT_SOFT_DELETE = of("1e66c121-a66a-4b1f-9b83-0fd99bf0fc2d", "Key vaults should have soft delete enabled", AUDIT_DENY_DISABLED);
    /** Key vaults should have deletion protection enabled. */
    public static final BuiltInPolicy KEY_VAULT_PURGE_PROTECTION = of("0b60c0b2-2dc2-4e1c-b5c9-abbed971de53", "Key vaults should have deletion protection enabled", AUDIT_DENY_DISABLED);
    /** Kubernetes cluster should not allow privileged containers. */
    public static final BuiltInPolicy K8S_NO_PRIVILEGED = of("95edb821-ddaf-4404-9732-666045e056b4", "Kubernetes cluster should not allow privileged containers", KUBERNETES);
    /** Kubernetes cluster containers should only use allowed images. */
    public static final BuiltInPolicy K8S_ALLOWED_IMAGES = of("febd0533-8e55-448f-b837-bd0e06f16469", "Kubernetes cluster containers should only use allowed images", KUBERNETES);
    /** Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits. */
    public static final BuiltInPolicy K8S_RESOURCE_LIMITS = of("e345eecc-fa47-480f-9e88-67dcc122b164", "Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits", KUBERNETES);
    /** Kubernetes cluster containers should not share host namespaces (process ID and IPC). */
    public static final BuiltInPolicy K8S_NO_HOST_NAMESPACES = of("47a1ee2f-2a2a-4576-bf2a-e0e36709c2b8", "Kubernetes cluster containers should not share host namespaces", AUDIT_DENY_DISABLED);
    /** Kubernetes cluster pods should only use approved host network and port list. */
    public static final BuiltInPolicy K8S_HOST_NETWORK_PORTS = of("82985f06-dc18-4a48-bc1c-b9f4f0098cfe", "Kubernetes cluster pods should only use approved host network and port list", AUDIT_DENY_DISABLED);
    /** Azure Kubernetes Service Clusters should have local authentication methods disabled. */
    public static final BuiltInPolicy AKS_NO_LOCAL_ACCOUNTS = of("993c2fcd-2b29-49d2-9eb0-df2c3a730c32", "Azure Kubernetes Service Clusters should have local authentication methods disabled", AUDIT_DENY_DISABLED);
    /** Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters. */
    public static final BuiltInPolicy AKS_POLICY_ADDON = of("0a15ec92-a229-4763-bb14-0ea34a568f8d", "Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters", List.of("Audit", "Disabled"));

    /** Storage accounts should use customer-managed key for encryption. */
    public static final BuiltInPolicy STORAGE_CUSTOMER_MANAGED_KEY = of("6fac406b-40ca-413b-bf8e-0bf964659c25", "Storage accounts should use customer-managed key for encryption", List.of("Audit", "Disabled"));
    /** PostgreSQL flexible servers should use customer-managed keys to encrypt data at rest. */
    public static final BuiltInPolicy POSTGRES_CUSTOMER_MANAGED_KEY = of("12c74c95-0efd-48da-b8d9-2a7d68470c92", "PostgreSQL flexible servers should use customer-managed keys to encrypt data at rest", AUDIT_DENY_DISABLED);
    /** Both operating systems and data disks in Azure Kubernetes Service clusters should be encrypted by customer-managed keys. */
    public static final BuiltInPolicy AKS_CUSTOMER_MANAGED_KEY = of("7d7be79c-23ba-4033-84dd-45e2a5ccdd67", "Both operating systems and data disks in Azure Kubernetes Service clusters should be encrypted by customer-managed keys", AUDIT_DENY_DISABLED);

    private BuiltInPolicies() {
    }

    private static BuiltInPolicy of(String guid, String displayName, List<String> allowedEffects) {
        return new BuiltInPolicy(guid, displayName, "effect", allowedEffects);
    }

    /** A definition whose effect is fixed in its rule: it has no effect parameter. */
    private static BuiltInPolicy fixed(String guid, String displayName, String effect) {
        return new BuiltInPolicy(guid, displayName, null, List.of(effect));
    }
}
