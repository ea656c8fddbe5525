package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.CustomerManagedKey.encryption;
import static com.sysgenpro.landingzone.docs.Markdown.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Step "3. PostgreSQL": the server and database, its customer-managed key, a zone outage, point-in-time restore of
 * corrupted or deleted data, a region outage ({@link PostgresRegionOutage}) and vaulted backups older than the
 * restore window.
 */
final class PostgresStep extends RunbookSection {

    PostgresStep(Page page) {
        super(page);
    }

    /** @param server the database server, the environment's own or the shared one */
    void write(Located server) {
        String database = f.database.map(Located::name).orElse("<database>");
        String group = f.group(server);
        md.paragraph("Server " + code(server.name()) + " (resource group " + code(group) + ", " + server.location() + ", stack "
            + code(server.stackName()) + "), database " + code(database) + "."
            + (f.serverShared() ? " The server is shared" + (f.dataTenants.isEmpty() ? "" : " with " + names(f.dataTenants))
                + ": a restore brings back the whole server,"
                + " every tenant's database, as a new server; copy back only " + code(database) + " and leave the others'"
                + " data alone." : ""));
        CustomerManagedKey.of(f.index(), server, encryption(server), "key_vault_key_id").ifPresent(key -> {
            md.paragraph("*Customer-managed key:* the server, its backups and every server restored from them are encrypted with "
                + key.describe() + ", read by the identity " + code(CustomerManagedKey.identity(f.index(), server,
                    encryption(server), "primary_user_assigned_identity_id"))
                + ". A restore needs the key, its vault and the identity's access as they are now: if any was deleted, recover it"
                + " first (section 2). Azure sets the encryption at creation, so a restore to a server with Microsoft-managed keys"
                + " is the only way back to them.");
            sources.add(AzureDocs.POSTGRES_DATA_ENCRYPTION);
        });

        md.heading(4, "Zone outage");
        if (f.highAvailability()) {
            md.paragraph("Nothing to do: the standby in another zone takes over by itself. Check that the server is back and"
                + " that high availability has re-established a standby:");
            md.code("sh", List.of("az postgres flexible-server show --resource-group " + group + " --name " + server.name()
                + " --query \"{state:state, highAvailability:highAvailability.state}\""));
        } else {
            md.paragraph("The server has no zone-redundant standby: when its zone is down, restore the latest restore point as a"
                + " new server (Azure places it in a zone that is up) and copy the database back as under *Data corruption*"
                + " below, restoring to the current time.");
        }

        md.heading(4, "Data corruption or deletion: point-in-time restore");
        md.paragraph("Any moment in the last " + f.retentionDays() + " days can be restored, into a new server: the damaged one"
            + " stays as it is. Restore to just before the damage (UTC):");
        md.code("sh", List.of("az postgres flexible-server restore --resource-group " + group + " --name " + server.name() + "-pitr \\",
            "  --source-server " + server.name() + " --restore-time \"<UTC time before the damage, e.g. 2030-01-31T09:55:00Z>\""));
        String gitOpsPath = f.gitOps.map(flux -> flux.body().path("kustomizations").path(0).path("path").asText()).orElse(null);
        md.paragraph("Then copy the database back into " + code(server.name()) + ", which keeps what Terraform manages around"
            + " it (" + serverCompanions() + ") instead of re-pointing everything at the new server. Stop Odoo first (scale"
            + " its deployment to zero in the GitOps repository" + (gitOpsPath == null ? "" : ", under " + code(gitOpsPath))
            + "), so that nothing writes during the swap. The servers accept Microsoft Entra ID sign-in only and no public"
            + " connections: run this from inside " + f.network().map(network -> code(network.name())).orElse("the network")
            + ", signed in as a member of the server's Entra administrator group.");
        String host = server.name() + ".postgres.database.azure.com";
        String restoredHost = server.name() + "-pitr.postgres.database.azure.com";
        md.code("sh", List.of(
            "export PGPASSWORD=\"$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)\"",
            "pg_dump --host=" + restoredHost + " --username=\"<your Entra user>\" --dbname=" + database
                + " --format=custom --file=" + database + ".dump",
            "psql --host=" + host + " --username=\"<your Entra user>\" --dbname=postgres \\",
            "  --command='ALTER DATABASE " + database + " RENAME TO " + database + "_damaged'",
            "pg_restore --host=" + host + " --username=\"<your Entra user>\" --dbname=postgres --create " + database + ".dump"));
        md.paragraph("Start Odoo again, run the checks at the end, then drop " + code(database + "_damaged")
            + " and delete the temporary server:");
        md.code("sh", List.of("az postgres flexible-server delete --resource-group " + group + " --name " + server.name() + "-pitr --yes"));

        md.heading(4, "Region outage");
        new PostgresRegionOutage(page()).write(server);
        vaultedBackups();
    }

    private String serverCompanions() {
        List<String> companions = new ArrayList<>();
        f.replica.ifPresent(replica -> companions.add("its replica"));
        f.backupInstance.ifPresent(instance -> companions.add("vaulted backups"));
        f.serverLock.ifPresent(lock -> companions.add("delete lock"));
        companions.add("private DNS");
        companions.add("diagnostics and alerts");
        return String.join(", ", companions);
    }

    /** Backups older than the restore window, in the backup vault; says so when there are none. */
    private void vaultedBackups() {
        if (f.backupVault.isEmpty()) {
            md.paragraph("No vaulted backups: nothing older than " + f.retentionDays() + " days can be restored.");
            return;
        }
        Located vault = f.backupVault.get();
        String instance = f.backupInstance.map(Located::name).orElse("<backup instance>");
        md.heading(4, "Older than " + f.retentionDays() + " days: vaulted backups");
        md.paragraph("The backup vault " + code(vault.name()) + " (resource group " + code(f.group(vault)) + ") keeps "
            + (f.longTermRetention() == null ? "backups" : code(f.longTermRetention()) + " of backups")
            + (f.vaultedBackupsSurviveRegion() ? ", also restorable in the paired region (cross-region restore)" : "")
            + ". List the recovery points, restore the one you need as files into a blob container the vault's identity can"
            + " write to (Azure portal: Backup vault " + code(vault.name()) + " → Backup instances → " + code(instance)
            + " → Restore → Restore as files), then load the dump into a new database with `pg_restore` and copy back as above.");
        md.code("sh", List.of("az dataprotection recovery-point list --backup-instance-name " + instance + " --resource-group "
            + f.group(vault) + " --vault-name " + vault.name()));
    }
}
