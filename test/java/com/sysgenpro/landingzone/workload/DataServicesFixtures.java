package com.sysgenpro.landingzone.workload;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.Map;

/** The environment the workload tests deploy into: a tagged resource group and the network and logging ids it is given. */
final class DataServicesFixtures {

    static final String REGION = "westeurope";
    static final String SUBSCRIPTION = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    static final String SUBNET = SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-pe";
    static final String BLOB_ZONE = SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net";
    static final String AMR_ZONE = SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.redis.azure.net";
    static final String CACHE_ZONE = SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.redis.cache.windows.net";
    static final String WORKSPACE = SUBSCRIPTION + "/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/log-platform";
    /** Every mandatory tag of the tagging initiative. */
    static final Tags TAGS = Tags.of(Map.of(
        Tags.BUSINESS_UNIT, "wholesale", Tags.ENVIRONMENT, "production", Tags.OWNER, "erp@example.com",
        Tags.COST_CENTER, "CC-42", Tags.RECOVERY_TIER, "tier-2", Tags.DATA_CLASSIFICATION, "confidential"));

    private DataServicesFixtures() {
    }

    static ResourceGroup resourceGroup(TerraformStack stack) {
        return ResourceGroup.Builder.create(stack, "rg").name("rg-wholesale-prod-data").region(AzureRegion.of(REGION)).tags(TAGS).build();
    }

    static StorageAccount.Builder storage(TerraformStack stack, ResourceGroup group) {
        return StorageAccount.Builder.create(stack, "st").name("stwholesaleprod").resourceGroup(group)
            .privateEndpointSubnet(SubnetReference.fromId(SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(BLOB_ZONE)).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE));
    }

    static ManagedRedis.Builder managedRedis(TerraformStack stack, ResourceGroup group) {
        return ManagedRedis.Builder.create(stack, "redis").name("redis-wholesale-prod").resourceGroup(group)
            .privateEndpointSubnet(SubnetReference.fromId(SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(AMR_ZONE)).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE));
    }

    static RedisCache.Builder redisCache(TerraformStack stack, ResourceGroup group) {
        return RedisCache.Builder.create(stack, "cache").name("cache-wholesale-prod").resourceGroup(group)
            .privateEndpointSubnet(SubnetReference.fromId(SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(CACHE_ZONE)).logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE));
    }

    /** All three constructs with their defaults in one stack. */
    static JsonNode allThree() {
        return Synth.stack(stack -> {
            ResourceGroup group = resourceGroup(stack);
            storage(stack, group).build();
            managedRedis(stack, group).build();
            redisCache(stack, group).build();
        });
    }
}
