package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS_NODE_POOL;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.MANAGED_REDIS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.POSTGRES;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.STORAGE;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.allowed;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.argument;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.nested;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.Set;

/** Approved SKUs per tier: VM sizes (node pools included), storage, PostgreSQL and Managed Redis. */
final class SkusInitiative {

    /** The initiative's key: it is assigned as {@code lz-skus}. */
    static final String KEY = "skus";

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

    /** Its custom definitions, in {@link LandingZoneInitiatives#customPolicies()} order. */
    static final List<CustomPolicy> CUSTOM_POLICIES = List.of(AKS_NODE_POOL_SIZES, POSTGRES_SKUS, MANAGED_REDIS_SKUS);

    private SkusInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        String fix = "use an approved SKU for this tier or change the blueprint";
        return new Initiative(KEY, "Landing zone: approved SKUs",
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
}
