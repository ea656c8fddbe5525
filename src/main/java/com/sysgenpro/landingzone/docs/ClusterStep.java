package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Step "5. Cluster": re-creating the cluster from code, what a new cluster needs (encryption at host, its disk
 * encryption set, federated identities), a rebuild in another region and where it pulls Odoo's images from.
 */
final class ClusterStep extends RunbookSection {

    ClusterStep(Page page) {
        super(page);
    }

    /** @param cluster the cluster Odoo runs on, the environment's own or the shared one */
    void write(Located cluster) {
        md.paragraph("Cluster " + code(cluster.name()) + " (resource group " + code(f.group(cluster)) + ", " + cluster.location()
            + ", stack " + code(cluster.stackName()) + sharedWith(f.clusterTenants) + "). It holds no data: Odoo's state"
            + " is in the database and the filestore. A zone outage needs no action (nodes are rescheduled in the remaining zones)."
            + " A deleted or broken cluster is re-created by applying " + code(cluster.stackName())
            + f.gitOps.map(flux -> "; the GitOps configuration " + code(flux.name()) + " then deploys Odoo again from "
                + gitOpsSource(flux)).orElse("") + ".");
        List<String> commands = new ArrayList<>(apply(cluster.stackName()));
        if (!f.tenantNodePools.isEmpty()) {
            commands.addAll(apply(f.stack.name()));
        }
        md.code("sh", commands);
        if (!f.tenantNodePools.isEmpty()) {
            md.paragraph("This unit's dedicated node pool " + f.tenantNodePools.stream().map(pool -> code(pool.name()))
                .collect(Collectors.joining(", ")) + " is in " + code(f.stack.name()) + ": apply it after the cluster.");
        }
        boolean hostEncryption = f.encryptsAtHost(cluster);
        if (hostEncryption) {
            String subscription = f.index().subscription(cluster.stack()).orElse("\"$ARM_SUBSCRIPTION_ID\"");
            md.paragraph("Its node pools encrypt at host: AKS creates them only in a subscription with the feature"
                + " `Microsoft.Compute/EncryptionAtHost` registered (" + AzureDocs.HOST_ENCRYPTION + "). Registration is once per"
                + " subscription and takes a few minutes; before re-creating the cluster in a subscription that never had it,"
                + " register it and wait until the state is `Registered`:");
            md.code("sh", encryptionAtHostFeature(subscription));
        }
        f.index().resolve(cluster, "disk_encryption_set_id").ifPresent(set -> {
            md.paragraph("*Customer-managed key:* the nodes' OS disks are encrypted through the disk encryption set " + code(set.name())
                + CustomerManagedKey.of(f.index(), set, set.body(), "key_vault_key_id").map(key -> " with " + key.describe()).orElse("") + ". AKS takes it only"
                + " when a cluster is created: applying the stack re-creates the cluster with it; a cluster deployed in another"
                + " region needs a disk encryption set and key of that region, which the landing zone does not emit there.");
            sources.add(AzureDocs.AKS_CUSTOMER_MANAGED_KEYS);
        });
        md.paragraph("A new cluster has a new OIDC issuer: apply every stack whose workload identity federates with it ("
            + federatedStacks(cluster).stream().map(Markdown::code).collect(Collectors.joining(", ")) + ") so that Odoo's"
            + " service account can read its Key Vault again.");
        String recoveryFeature = hostEncryption ? " The subscription it is deployed into (the recovery subscription, where"
            + " that is another) needs `Microsoft.Compute/EncryptionAtHost` registered too, as above: register it there ahead"
            + " of any outage, so that the rebuild does not wait for it." : "";
        f.recoveryRegion().ifPresentOrElse(
            region -> md.paragraph("*Region outage:* **no standby cluster is emitted in " + region + ".** Deploy one from code in"
                + " that region" + f.recoveryNetwork().map(network -> " (the recovery network " + code(network.name())
                    + " has its node subnet)").orElse("") + " and bootstrap GitOps from the same repository; the achieved"
                + " recovery time above allows 2 h for it." + recoveryFeature),
            () -> md.paragraph("*Region outage:* no network or cluster is emitted outside " + cluster.location() + ": the cluster"
                + " has to be deployed from code in another region" + (f.geoRedundantBackup() || f.crossRegionReplica()
                ? "; the achieved recovery time above allows 2 h for it." : ".") + recoveryFeature));
        networking.ifPresent(recovery -> recovery.cluster(md, sources));
        images(cluster);
    }

    private static List<String> encryptionAtHostFeature(String subscription) {
        String feature = "--namespace Microsoft.Compute --name EncryptionAtHost --subscription " + subscription;
        return List.of(
            "az feature show " + feature + " --query properties.state --output tsv   # Registered: nothing to do",
            "az feature register " + feature,
            "az provider register --namespace Microsoft.Compute --subscription " + subscription + "   # once the state is Registered");
    }

    /** Where the rebuilt cluster pulls Odoo's images from after a region outage. */
    private void images(Located cluster) {
        if (f.registry.isEmpty()) {
            return;
        }
        Located registry = f.registry.get();
        String login = code(registry.name() + ".azurecr.io");
        List<String> replicas = f.registryReplicaRegions();
        Optional<String> region = f.recoveryRegion().filter(replicas::contains);
        if (replicas.isEmpty()) {
            md.paragraph("*Images:* Odoo's images are in registry " + code(registry.name()) + " (" + registry.location()
                + ") only: " + f.recoveryTier().map(tier -> tier.id() + " keeps no replica of it").orElse("no tier asks for a replica of it")
                + ", so while " + registry.location() + " is down a cluster rebuilt elsewhere cannot pull them. Push them from CI"
                + " to a registry in the new region and point the GitOps repository's image references at it.");
            return;
        }
        boolean one = region.isPresent() || replicas.size() == 1;
        String where = region.orElse(String.join(", ", replicas));
        StringBuilder text = new StringBuilder("*Images:* registry " + code(registry.name()) + " (" + registry.location()
            + ") keeps " + (one ? "a geo-replica in " : "geo-replicas in ") + where + ": a cluster rebuilt " + (one ? "there" : "in one of them")
            + " pulls the same image references (" + login
            + "/…) from the replica while " + registry.location() + " is down, and CI can push to it. Grant the new cluster's"
            + " kubelet identity `AcrPull` on the registry (`az aks update --resource-group <group> --name <cluster>"
            + " --attach-acr " + registry.name() + "`).");
        Optional<Located> endpoint = region.flatMap(f::registryEndpoint);
        if (endpoint.isPresent()) {
            text.append(" The private endpoint ").append(code(endpoint.get().name())).append(" (resource group ")
                .append(code(f.group(endpoint.get()))).append(") reaches it from ")
                .append(f.recoveryNetwork().map(network -> code(network.name())).orElse("the recovery network"))
                .append(", whose zone `privatelink.azurecr.io` resolves the registry and the replica's data endpoint to it: build the"
                    + " new cluster in that network.");
        } else {
            text.append(" **No private endpoint to the registry is emitted in ").append(where).append(":** add one in the"
                + " network the cluster is rebuilt in (Azure portal: registry → Networking → Private access) before an outage, as"
                + " the registry's configuration, private endpoints included, cannot change while its home region is down.");
        }
        md.paragraph(text.toString());
        sources.add(AzureDocs.REGISTRY_GEO_REPLICATION);
        sources.add(AzureDocs.REGISTRY_PRIVATE_LINK);
    }

    private List<String> federatedStacks(Located cluster) {
        List<String> stacks = new ArrayList<>();
        for (SynthesizedStack stack : f.index().output().stacks()) {
            boolean federates = f.index().resources(stack, ResourceTypes.FEDERATED_IDENTITY_CREDENTIAL).stream()
                .anyMatch(credential -> f.index().refersTo(credential, "issuer", cluster));
            if (federates) {
                stacks.add(stack.name());
            }
        }
        return stacks;
    }
}
