package com.sysgenpro.landingzone.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Ids and builders the workload tests share: a resource group and a cluster with only the required props set. */
final class WorkloadFixtures {

    static final String SUBSCRIPTION = "/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    static final String NODE_SUBNET = SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-wholesale/subnets/snet-aks";
    static final String ENDPOINT_SUBNET = SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-wholesale/subnets/snet-pe";
    static final String ACR_DNS_ZONE = SUBSCRIPTION + "/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.azurecr.io";
    static final String WORKSPACE = SUBSCRIPTION + "/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/log-platform";
    static final String ADMIN_GROUP = "3f2c1b7e-5a4d-4c8b-9e1f-2a3b4c5d6e7f";
    static final String TENANT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final Tags TAGS = Tags.of(Map.of("business-unit", "wholesale", "environment", "production", "owner", "erp@example.com",
        "cost-center", "CC-42", "recovery-tier", "tier-2", "data-classification", "confidential"));

    private WorkloadFixtures() {
    }

    static ResourceGroup group(Construct scope) {
        return ResourceGroup.Builder.create(scope, "rg").name("rg-wholesale-prod").region(AzureRegion.of("westeurope")).tags(TAGS).build();
    }

    /** A cluster builder with construct id {@code aks} and every required prop. */
    static KubernetesCluster.Builder cluster(Construct scope, ResourceGroup group) {
        return KubernetesCluster.Builder.create(scope, "aks")
            .name("aks-wholesale-prod")
            .resourceGroup(group)
            .nodeSubnet(SubnetReference.fromId(NODE_SUBNET))
            .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WORKSPACE))
            .adminGroupObjectIds(List.of(ADMIN_GROUP));
    }

    /** The strings of a JSON array, in order. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
