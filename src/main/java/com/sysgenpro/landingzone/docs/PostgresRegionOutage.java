package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.CustomerManagedKey.encryption;
import static com.sysgenpro.landingzone.docs.Markdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Region outage" part of step 3, PostgreSQL: promoting the cross-region replica, else geo-restoring the
 * geo-redundant backup, the private DNS the failed-over server is resolved by, or that the database is lost.
 */
final class PostgresRegionOutage extends RunbookSection {

    PostgresRegionOutage(Page page) {
        super(page);
    }

    /** @param server the primary server, lost with its region */
    void write(Located server) {
        if (failover.promotes()) {
            promoteReplica(server, f.replica.get());
        }
        if (f.geoRedundantBackup()) {
            geoRestore(server, failover.promotes());
        }
        failover.server().ifPresent(answering -> networking.ifPresent(recovery -> recovery.database(md, sources, failover.hosts(),
            answering, !failover.promotes())));
        if (!f.crossRegionReplica() && !f.geoRedundantBackup()) {
            md.paragraph("**A region outage loses this database:** it has neither geo-redundant backup nor a cross-region"
                + " replica." + (f.vaultedBackupsSurviveRegion() ? " Only the vaulted backups below survive." : ""));
        }
    }

    /** Promotion of the read replica: never automatic, and what it leaves to reconcile. */
    private void promoteReplica(Located server, Located replica) {
        String group = f.group(replica);
        boolean endpoint = f.virtualEndpoint.isPresent();
        md.paragraph("Promote the read replica " + code(replica.name()) + " (resource group " + code(group) + ", "
            + replica.location() + "). Promotion is never automatic. "
            + (endpoint ? "`switchover` swaps the roles through the virtual endpoint " + code(f.virtualEndpoint.get().name())
                + ", so an Odoo that connects to " + code(f.virtualEndpoint.get().name() + ".writer.postgres.database.azure.com")
                + " follows without a change (if its database host names the server instead, set the writer endpoint in the"
                + " GitOps repository). "
                : "Without a virtual endpoint the replica becomes a standalone server: set Odoo's database host to "
                + code(replica.name() + ".postgres.database.azure.com") + " in the GitOps repository. ")
            + "`forced` does not wait for the unreachable primary: the replication lag at that moment (metric Read Replica"
            + " Lag) is the data lost.");
        md.code("sh", List.of("az postgres flexible-server replica promote --resource-group " + group + " --name " + replica.name()
            + " \\", "  --promote-mode " + (endpoint ? "switchover" : "standalone") + " --promote-option forced"));
        md.paragraph("Afterwards the promoted server has no zone-redundant high availability and no geo-redundant backup (a"
            + " promotion carries neither over): enable high availability on it, and expect `terraform plan` for "
            + code(server.stackName()) + " to show the swapped roles. Reconcile the estate before you apply anything there;"
            + " `prevent_destroy` stops a plan that would replace either server.");
        sources.add(AzureDocs.REPLICA_PROMOTION);
    }

    /** Geo-restore into the recovery network when it is in the paired region, else into a network the command creates. */
    private void geoRestore(Located server, boolean fallback) {
        String subscription = f.index().subscription(server.stack()).orElse("<subscription id>");
        String sourceId = "/subscriptions/" + subscription + "/resourceGroups/" + f.group(server)
            + "/providers/Microsoft.DBforPostgreSQL/flexibleServers/" + server.name();
        // Geo-restore lands only in Azure's pair of the server's region; a recovery network elsewhere cannot take it.
        Optional<String> pair = pairOf(server.location());
        Optional<Located> recovery = failover.restoreNetwork(server);
        String pairedRegion = pair.map(region -> region + ", the paired region of " + server.location())
            .orElse("the paired region of " + server.location());
        md.paragraph((fallback ? "If the replica cannot be promoted, geo-restore" : "Geo-restore")
            + " the geo-redundant backup into " + recovery.map(network -> network.location() + ", the recovery region")
            .orElse(pairedRegion + " (" + AzureDocs.REGION_PAIRS + ")")
            + ": the server comes back as it was up to an hour before the outage."
            + recovery.map(network -> " The recovery network " + code(network.name()) + " takes it.")
            .orElse(" No network is emitted in that region for this environment: the command creates one; choose address"
                + " ranges that overlap nothing in the estate."));
        List<String> lines = new ArrayList<>();
        if (recovery.isPresent()) {
            Located network = recovery.get();
            String subnet = f.subnets(network).stream().map(Located::name).filter(name -> name.contains("postgres")).findFirst()
                .orElse("<delegated subnet>");
            lines.add("az postgres flexible-server geo-restore --resource-group " + f.group(network) + " --name " + server.name()
                + "-geo \\");
            lines.add("  --source-server " + sourceId + " \\");
            lines.add("  --location " + network.location() + " --vnet " + network.name() + " --subnet " + subnet
                + f.postgresZone(network).map(Located::name).or(() -> networking.flatMap(RecoveryNetworking::postgresZoneId))
                    .map(zone -> " \\\n  --private-dns-zone " + zone).orElse(""));
        } else {
            lines.add("az postgres flexible-server geo-restore --resource-group <resource group in " + pair.orElse("the paired region")
                + "> --name " + server.name() + "-geo \\");
            lines.add("  --source-server " + sourceId + " \\");
            lines.add("  --location " + pair.orElse("<paired region of " + server.location() + ">")
                + " --vnet <new network> --subnet <new subnet> \\");
            lines.add("  --address-prefixes <free range, e.g. /20> --subnet-prefixes <free range, e.g. /24>");
        }
        Optional<CustomerManagedKey> geoKey = CustomerManagedKey.of(f.index(), server, encryption(server),
            "geo_backup_key_vault_key_id");
        if (geoKey.isPresent()) {
            String geoIdentity = CustomerManagedKey.identity(f.index(), server, encryption(server),
                "geo_backup_user_assigned_identity_id");
            md.paragraph("The geo-redundant backups are encrypted with " + geoKey.get().describe() + ", read by the identity "
                + code(geoIdentity) + ", both in the paired region so that the restore depends on nothing in the lost one: the"
                + " restored server takes them as its own key and identity.");
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " \\");
            String identityId = f.index().resolve(server.stack(), encryption(server).path("geo_backup_user_assigned_identity_id").asText(""))
                .map(found -> "/subscriptions/" + subscription + "/resourceGroups/" + f.group(found)
                    + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + found.name())
                .orElse(geoIdentity);
            lines.add("  --key " + geoKey.get().uri() + " --identity " + identityId);
        }
        md.code("sh", lines);
        md.paragraph("Point Odoo's database host at " + code(server.name() + "-geo.postgres.database.azure.com")
            + " in the GitOps repository. Terraform does not know the restored server: once the primary region is back,"
            + " move the data home the way *Data corruption* copies a database, or adopt the new server into the estate.");
    }
}
