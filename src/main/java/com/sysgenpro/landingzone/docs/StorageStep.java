package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.CustomerManagedKey.encryption;
import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.util.List;

/**
 * Step "4. Storage (filestore)": undeleting files and containers, the account's customer-managed key, and failing a
 * geo-redundant account over in a region outage.
 */
final class StorageStep extends RunbookSection {

    StorageStep(Page page) {
        super(page);
    }

    /** @param account the storage account holding the filestore */
    void write(Located account) {
        String container = f.filestore.map(Located::name).orElse(Footprint.FILESTORE);
        String group = f.group(account);
        StorageReplication replication = f.storageReplication();
        md.paragraph("Account " + code(account.name()) + " (resource group " + code(group) + ", " + account.location() + ", "
            + account.text("account_replication_type") + ", stack " + code(account.stackName()) + "), container " + code(container)
            + (account.stackName().equals(f.stack.name()) ? "" : "; the account is shared"
                + (f.dataTenants.isEmpty() ? "" : " with " + names(f.dataTenants)) + ": act on this unit's container only, except for a failover, which moves every tenant")
            + ". Shared keys are disabled: the commands sign in with Entra ID (`--auth-mode login`) and, as public access is"
            + " off, run from inside the network.");
        CustomerManagedKey.of(f.index(), account, encryption(account), "key_vault_key_id").ifPresent(key -> {
            md.paragraph("*Customer-managed key:* the account is encrypted with " + key.describe() + ": while the key or its vault"
                + " is missing, every read and write fails; recover them (section 2) and the account serves again. A failover"
                + " keeps the same key; Key Vault's copy in the paired region serves it read-only meanwhile.");
            sources.add(AzureDocs.STORAGE_CUSTOMER_MANAGED_KEYS);
        });
        JsonNode blob = account.body().path("blob_properties");
        md.paragraph("*Deleted or overwritten files:* "
            + (blob.path("versioning_enabled").asBoolean(false) ? "every overwrite keeps the previous version: in the Azure"
                + " portal open the blob, Versions, and make the wanted version current. " : "")
            + (blob.path("delete_retention_policy").has("days") ? "Deleted blobs can be undeleted for "
                + blob.path("delete_retention_policy").path("days").asInt() + " days" : "Deleted blobs are gone (no soft delete)")
            + (blob.path("container_delete_retention_policy").has("days") ? ", a deleted container for "
                + blob.path("container_delete_retention_policy").path("days").asInt() + " days" : "") + ":");
        md.code("sh", List.of(
            "az storage blob undelete --account-name " + account.name() + " --container-name " + container
                + " --name <blob path> --auth-mode login",
            "az storage container list --account-name " + account.name() + " --include-deleted --auth-mode login",
            "az storage container restore --account-name " + account.name() + " --name " + container
                + " --deleted-version <version> --auth-mode login"));
        if (f.geoRedundantStorage()) {
            md.paragraph("*Region outage:* fail the account over to its paired region"
                + pairOf(account.location()).map(region -> ", " + region).orElse("") + ". Replication is asynchronous: the Last Sync"
                + " Time says up to when the data is in the secondary region, and what a failover loses. After the failover the"
                + " account is locally redundant in the new region until you make it " + replication + " again.");
            md.code("sh", List.of(
                "az storage account show --name " + account.name() + " --resource-group " + group
                    + " --expand geoReplicationStats --query geoReplicationStats.lastSyncTime",
                "az storage account failover --name " + account.name() + " --resource-group " + group));
            f.recoveryNetwork().ifPresentOrElse(network -> md.paragraph("The account's private endpoint is in "
                    + f.network().map(primary -> code(primary.name())).orElse("the primary network") + ": add one in "
                    + code(network.name()) + " (subnet " + f.subnets(network).stream().map(Located::name)
                    .filter(name -> name.contains("private-endpoints")).findFirst().map(Markdown::code).orElse("for private endpoints")
                    + ", private DNS zone `privatelink.blob.core.windows.net` of " + code(networking
                        .flatMap(recovery -> recovery.linkedZoneGroup("privatelink.blob.core.windows.net")).orElse(f.group(network)))
                    + ") so that the"
                    + " recovered workload reaches it: Azure portal, storage account → Networking → Private endpoint connections."),
                () -> md.paragraph("The account's private endpoint is in the primary region's network; the workload that"
                    + " recovers elsewhere needs one in its own network."));
            sources.add(AzureDocs.STORAGE_FAILOVER);
        } else {
            md.paragraph("*Region outage:* **the filestore has no copy outside " + account.location() + "** (" + replication
                + "): a region outage loses it" + (replication == StorageReplication.LRS ? ", and so does the loss of its zone" : "")
                + ".");
        }
    }
}
