package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** "Verify after recovery": the checklist that shows Odoo, its data, backups, networking and Terraform are back. */
final class VerifySection extends RunbookSection {

    VerifySection(Page page) {
        super(page);
    }

    void write() {
        List<String> hosts = ingress.hosts();
        if (!hosts.isEmpty()) {
            md.check("Odoo answers and you can sign in: `curl --silent --output /dev/null --write-out '%{http_code}\\n' https://"
                + hosts.get(0) + "/web/login` prints `200`; sign in with a real user and open a recent record.");
        }
        f.storageAccount.ifPresent(account -> md.check("The filestore is reachable: open a record with an attachment (a product"
            + " image, an invoice PDF) created before the incident; a missing file means the container " + code(f.filestore
                .map(Located::name).orElse(Footprint.FILESTORE)) + " in " + code(account.name()) + " lacks it."));
        f.server.ifPresent(server -> md.check("The database is private and ready: `az postgres flexible-server show --resource-group "
            + f.group(server) + " --name " + server.name() + " --query \"{state:state, public:network.publicNetworkAccess}\"` shows"
            + " `Ready` and `Disabled`; Odoo's log shows no connection errors."));
        f.cluster.filter(f::encryptsAtHost).ifPresent(cluster -> md.check("The node pools encrypt at host: `az aks nodepool list"
            + " --resource-group " + f.group(cluster) + " --cluster-name " + cluster.name() + " --query \"[].[name,"
            + " enableEncryptionAtHost]\" --output tsv` shows `true` for every pool."));
        f.storageAccount.ifPresent(account -> f.index().resources(account.stack(), ResourceTypes.PRIVATE_ENDPOINT).stream()
            .filter(endpoint -> endpoint.body().path("private_service_connection").toString().contains(account.address() + "."))
            .findFirst().ifPresent(endpoint -> md.check("The filestore's private endpoint is approved: `az network private-endpoint"
                + " show --resource-group " + f.group(endpoint) + " --name " + endpoint.name() + " --query"
                + " \"privateLinkServiceConnections[0].privateLinkServiceConnectionState.status\"` prints `Approved`.")));
        if (!hosts.isEmpty() && ingress.issuer().isPresent() && f.namespace.isPresent() && f.cluster.isPresent()) {
            String secret = f.ingresses.stream().map(ingress -> ingress.body().path("spec").path("tls").path(0).path("secret_name")
                .asText(null)).filter(Objects::nonNull).findFirst().orElse("<tls secret>");
            md.check("The certificate is valid: `az aks command invoke --resource-group " + f.group(f.cluster.get()) + " --name "
                + f.cluster.get().name() + " --command \"kubectl --namespace " + f.namespace.get().body().path("metadata").path("name")
                .asText() + " get certificate " + secret + "\"` shows `READY True`, and the browser shows no warning for "
                + code(hosts.get(0)) + ".");
        }
        f.server.ifPresent(server -> md.check("Backups run again: `az postgres flexible-server backup list --resource-group "
            + f.group(server) + " --name " + server.name() + "` lists a backup taken after the recovery"
            + f.backupVault.map(vault -> "; `az dataprotection job list --resource-group " + f.group(vault) + " --vault-name "
                + vault.name() + "` shows the next vaulted backup completing (the backup-failure alert stays quiet)").orElse("") + "."));
        f.replica.ifPresent(replica -> md.check("Replication is back: after a promotion or restore, `az postgres flexible-server"
            + " replica list --resource-group " + f.group(f.server.get()) + " --name " + f.server.get().name() + "` lists a replica"
            + " in " + replica.location() + " again (create it by applying " + code(replica.stackName()) + " once the estate is"
            + " reconciled)."));
        networking.ifPresent(recovery -> recovery.checks(md, failover.hosts()));
        f.workspace.ifPresent(workspace -> md.check("Diagnostics flow: in Log Analytics workspace " + code(workspace.name())
            + ", `AzureDiagnostics | where TimeGenerated > ago(30m) | summarize count() by ResourceProvider` lists the"
            + " database, Key Vault and storage again."));
        f.gitOps.ifPresent(flux -> md.check("GitOps is compliant: `az k8s-configuration flux show` (step 6) prints `Compliant`."));
        if (!f.alerts.isEmpty()) {
            md.check("Alerts are enabled again: " + f.alerts.stream().map(alert -> code(alert.name())).collect(Collectors.joining(", "))
                + ".");
        }
        md.check("Terraform agrees with Azure: `terraform -chdir=" + OUT + "/stacks/<stack> plan -detailed-exitcode` exits 0 for "
            + f.applyOrder().stream().map(Markdown::code).collect(Collectors.joining(", ")) + "; after a promotion or"
            + " geo-restore, reconcile the estate first.");
        md.blank();
    }
}
