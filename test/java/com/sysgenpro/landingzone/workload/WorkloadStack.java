package com.sysgenpro.landingzone.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.function.Consumer;

/** The four workload constructs together, as an Odoo environment uses them: cluster, tenant pool, registry, GitOps. */
final class WorkloadStack {

    private WorkloadStack() {
    }

    static JsonNode synth(Consumer<KubernetesCluster.Builder> cluster, Consumer<KubernetesNodePool.Builder> pool) {
        return Synth.stack(stack -> {
            ResourceGroup group = WorkloadFixtures.group(stack);
            KubernetesCluster.Builder clusterBuilder = WorkloadFixtures.cluster(stack, group);
            cluster.accept(clusterBuilder);
            KubernetesCluster aks = clusterBuilder.build();
            KubernetesNodePool.Builder poolBuilder = KubernetesNodePool.Builder.create(stack, "wholesale")
                .name("wholesale").cluster(aks).dedicatedTo("wholesale");
            pool.accept(poolBuilder);
            poolBuilder.build();
            ContainerRegistry registry = ContainerRegistry.Builder.create(stack, "acr").name("acrwholesaleprod").resourceGroup(group)
                .privateEndpointSubnet(SubnetReference.fromId(WorkloadFixtures.ENDPOINT_SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(WorkloadFixtures.ACR_DNS_ZONE))
                .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WorkloadFixtures.WORKSPACE)).build();
            registry.grantPull(aks);
            FluxGitOps.Builder.create(stack, "gitops").cluster(aks)
                .repositoryUrl("https://github.com/sysgenpro/odoo-gitops").path("./clusters/wholesale-production").build();
        });
    }

    static JsonNode synth() {
        return synth(cluster -> { }, pool -> { });
    }
}
