package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.List;

/** Step "6. In-cluster stack and ingress": applying the tenant's in-cluster stack, then waiting for GitOps. */
final class InClusterStep extends RunbookSection {

    InClusterStep(Page page) {
        super(page);
    }

    /** @param stack the in-cluster stack holding this unit's namespace */
    void write(SynthesizedStack stack) {
        md.paragraph("Stack " + code(stack.name()) + " installs cert-manager and Traefik and this unit's namespace "
            + f.namespace.map(ns -> code(ns.body().path("metadata").path("name").asText())).orElse("")
            + " (quota, limit ranges, network policies, operator role, service account `odoo`). Its providers sign in to the"
            + " cluster through `kubelogin` with your Azure CLI login" + (f.cluster.map(cluster -> cluster.body()
                .path("private_cluster_enabled").asBoolean(false)).orElse(false)
                ? ", and the API server is private: run Terraform from inside the network." : ".")
            + " Apply it once the cluster is up and its own stack has been applied:");
        md.code("sh", apply(stack.name()));
        f.gitOps.ifPresent(flux -> {
            md.paragraph("Then wait for GitOps to report the configuration compliant, which means Odoo is deployed again:");
            md.code("sh", List.of("az k8s-configuration flux show --resource-group " + f.group(f.cluster.get()) + " --cluster-name "
                + f.cluster.get().name() + " --cluster-type managedClusters --name " + flux.name() + " --query complianceState"));
        });
    }
}
