package com.sysgenpro.landingzone.cluster;

import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.core.Cidr;
import java.util.List;
import java.util.Map;

/** A cluster's providers, Traefik and tenant settings as an in-cluster stack would have them. */
final class ClusterFixtures {

    static final String OPERATORS = "77777771-7777-4777-8777-777777777771";
    static final TenantQuota QUOTA = new TenantQuota(4, 16, 8, 32, 60, 128);
    static final ContainerResources DEFAULTS = new ContainerResources(100, 256, 1000, 1536);

    private ClusterFixtures() {
    }

    static void access(TerraformStack stack) {
        KubernetesAccess.Builder.create(stack, "cluster-access")
            .apiServerUrl("https://aks-test.privatelink.westeurope.azmk8s.io")
            .clusterCaCertificate("Y2VydGlmaWNhdGU=")
            .build();
    }

    static TraefikIngress traefik(TerraformStack stack) {
        return TraefikIngress.Builder.create(stack, "traefik").build();
    }

    static TenantNamespace.Builder tenant(TerraformStack stack, TraefikIngress ingress, String name) {
        return TenantNamespace.Builder.create(stack, "tenant-" + name)
            .name(name)
            .labels(Map.of("business-unit", name, "environment", "production"))
            .quota(QUOTA)
            .containerDefaults(DEFAULTS)
            .ingress(ingress)
            .databaseRanges(List.of(Cidr.parse("10.64.2.0/24")))
            .privateEndpointRanges(List.of(Cidr.parse("10.64.3.0/24")))
            .operatorsGroupObjectId(OPERATORS)
            .workloadIdentityClientId("0f0e0d0c-0b0a-4909-8807-060504030201");
    }
}
