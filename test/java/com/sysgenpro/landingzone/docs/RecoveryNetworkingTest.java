package com.sysgenpro.landingzone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbooks' failover networking on the reference estate, synthesized afresh (its golden output lags a change to the
 * stacks until it is regenerated), with its hubs and without them: with hubs, a tier-1 and a tier-2 unit's runbooks name
 * the recovery hub, its firewall, the peerings, the route and the central PostgreSQL zone as synthesized; without, nothing
 * hub-related appears.
 */
class RecoveryNetworkingTest {

    @TempDir
    static Path temp;
    private static SynthOutput withHubs;
    private static SynthOutput withoutHubs;

    @BeforeAll
    static void synthesize() throws IOException {
        String reference = Files.readString(Path.of("stacks/reference.yaml"));
        EstateSynthesizer.synthesize(EstateLoader.parse(reference, "reference", PinnedDay.TODAY), temp.resolve("hubs"));
        String withoutHubsYaml = ReferenceYaml.withoutHubs();
        assertThat(withoutHubsYaml).doesNotContain("hubs:");
        EstateSynthesizer.synthesize(EstateLoader.parse(withoutHubsYaml, "reference without hubs", PinnedDay.TODAY),
            temp.resolve("no-hubs"));
        withHubs = SynthOutput.read(temp.resolve("hubs"));
        withoutHubs = SynthOutput.read(temp.resolve("no-hubs"));
    }

    @Test
    void aTier1FailoverNamesTheRecoveryHubFirewallPeeringsRouteAndTheCentralPostgresZone() {
        String runbook = Runbook.of(withHubs, "wholesale-production").markdown();

        assertThat(runbook)
            .contains("`vnet-nwd-wholesale-production-neu` reaches the estate through the hub of northeurope, `vnet-nwd-hub-neu`"
                + " (resource group `rg-nwd-connectivity-neu`, stack `connectivity`), whose firewall `afw-nwd-hub-neu` carries its"
                + " internet traffic, and `vnet-nwd-wholesale-production-weu` (westeurope) directly")
            // Both halves of both peerings, by their synthesized names: each half is named after the network it leads to.
            .contains("| `peer-vnet-nwd-hub-neu` | `vnet-nwd-wholesale-production-neu` | `rg-nwd-wholesale-production-neu` |"
                + " `vnet-nwd-hub-neu` | `wholesale-production` |")
            .contains("| `peer-vnet-nwd-wholesale-production-neu` | `vnet-nwd-hub-neu` | `rg-nwd-connectivity-neu` |"
                + " `vnet-nwd-wholesale-production-neu` | `wholesale-production` |")
            .contains("| `peer-vnet-nwd-wholesale-production-weu` | `vnet-nwd-wholesale-production-neu` | `rg-nwd-wholesale-production-neu` |"
                + " `vnet-nwd-wholesale-production-weu` | `wholesale-production` |")
            .contains("| `peer-vnet-nwd-wholesale-production-neu` | `vnet-nwd-wholesale-production-weu` | `rg-nwd-wholesale-production-weu` |"
                + " `vnet-nwd-wholesale-production-neu` | `wholesale-production` |")
            // The hub's half lives in the connectivity subscription.
            .contains("az network vnet peering show --resource-group rg-nwd-connectivity-neu --vnet-name vnet-nwd-hub-neu --name"
                + " peer-vnet-nwd-wholesale-production-neu --subscription nwd-connectivity --query peeringState --output tsv")
            .contains("The node subnet `snet-aks` (10.66.0.0/21) of `vnet-nwd-wholesale-production-neu` has the route table"
                + " `rt-vnet-nwd-wholesale-production-neu-aks-nodes` (resource group `rg-nwd-wholesale-production-neu`): `0.0.0.0/0`"
                + " to the private address of `afw-nwd-hub-neu` (output `firewall-neu-private-ip` of `connectivity`), BGP route"
                + " propagation off.")
            .contains("az network route-table route list --resource-group rg-nwd-wholesale-production-neu --route-table-name"
                + " rt-vnet-nwd-wholesale-production-neu-aks-nodes")
            .contains("az network firewall show --resource-group rg-nwd-connectivity-neu --name afw-nwd-hub-neu --subscription"
                + " nwd-connectivity --query \"ipConfigurations[0].privateIPAddress\" --output tsv")
            // The recovery firewall admits the rebuilt cluster's platform rules and the unit's declared egress, and publishes it.
            .contains("The policy of `afw-nwd-hub-neu` admits from `10.66.0.0/21` the rules"
                + " `wholesale-production-https-443-api.carrier.example`, `wholesale-production-tcp-22-sftp.edi-partner.example`")
            .doesNotContain("It lacks these rules")
            .contains("It publishes the recovery network already: the DNAT rules `wholesale-production-recovery-80`,"
                + " `wholesale-production-recovery-443` lead to Traefik's internal load balancer there; after the failover, point the"
                + " public DNS names at that address, output `ingress-wholesale-production-recovery` of `connectivity`.")
            .doesNotContain("lead to the primary network only")
            // The promoted replica's record, in the central zone of rg-nwd-dns.
            .contains("*Private DNS after the failover:* `psql-nwd-wholesale-production-neu` registers its address in the estate's"
                + " central zone `nwd.private.postgres.database.azure.com` (resource group `rg-nwd-dns`, northeurope, stack"
                + " `connectivity`), outside the lost region: the name Odoo resolves,"
                + " `psql-nwd-wholesale-production-weu-rw.writer.postgres.database.azure.com`, then leads to"
                + " `psql-nwd-wholesale-production-neu` in northeurope.")
            .contains("the answer must be an address in `snet-postgres` (`10.66.12.0/23`)")
            .contains("az network private-dns record-set a list --resource-group rg-nwd-dns --zone-name"
                + " nwd.private.postgres.database.azure.com --subscription nwd-connectivity")
            .contains("nslookup psql-nwd-wholesale-production-weu-rw.writer.postgres.database.azure.com\n")
            // A geo-restore there registers in the same zone, named by id (it is in another group and subscription).
            .contains("--subnet snet-postgres \\\n  --private-dns-zone /subscriptions/<subscription id of connectivity>/resourceGroups/"
                + "rg-nwd-dns/providers/Microsoft.Network/privateDnsZones/nwd.private.postgres.database.azure.com")
            // The filestore's endpoint in the recovery network registers in the central blob zone.
            .contains("private DNS zone `privatelink.blob.core.windows.net` of `rg-nwd-dns`")
            .contains("*Network of the rebuilt cluster:* put its nodes in `snet-aks` of `vnet-nwd-wholesale-production-neu`, whose"
                + " route table `rt-vnet-nwd-wholesale-production-neu-aks-nodes` sends `0.0.0.0/0` to `afw-nwd-hub-neu`, and"
                + " create it with outbound type `userDefinedRouting`, as `aks-nwd-wholesale-production-weu` is")
            .contains("- [ ] The database resolves privately in northeurope: `nslookup"
                + " psql-nwd-wholesale-production-weu-rw.writer.postgres.database.azure.com` from inside"
                + " `vnet-nwd-wholesale-production-neu` answers an address in `10.66.12.0/23`");
    }

    @Test
    void aTier2UnitWithoutAReplicaGeoRestoresIntoTheCentralZoneOfItsRecoveryRegion() {
        // E-commerce runs in northeurope and recovers into westeurope, its pair: the recovery hub is westeurope's.
        String runbook = Runbook.of(withHubs, "ecommerce-production").markdown();

        assertThat(runbook)
            .contains("`vnet-nwd-ecommerce-production-weu` reaches the estate through the hub of westeurope, `vnet-nwd-hub-weu`")
            .contains("to the private address of `afw-nwd-hub-weu` (output `firewall-weu-private-ip` of `connectivity`)")
            .contains("*Private DNS after the failover:* the restored `psql-nwd-ecommerce-production-neu-geo` registers its address"
                + " in the estate's central zone `nwd.private.postgres.database.azure.com` (resource group `rg-nwd-dns`,"
                + " northeurope, stack `connectivity`), which the restore names (`--private-dns-zone`)")
            .contains("nslookup psql-nwd-ecommerce-production-neu-geo.postgres.database.azure.com");
    }

    @Test
    void withoutHubsNoRunbookSaysAnythingOfHubsPeeringsRoutesOrCentralZones() {
        for (Runbook runbook : Runbook.all(withoutHubs)) {
            assertThat(runbook.markdown()).as(runbook.stack())
                .doesNotContain("recovery network's connectivity").doesNotContain("vnet-nwd-hub-").doesNotContain("afw-")
                .doesNotContain("peer-").doesNotContain("peering").doesNotContain("rt-vnet-").doesNotContain("route table")
                .doesNotContain("userDefinedRouting").doesNotContain("rg-nwd-dns").doesNotContain("central zone")
                .doesNotContain("nslookup").doesNotContain("Network of the rebuilt cluster");
        }
        // The recovery networks are there all the same.
        assertThat(Runbook.of(withoutHubs, "wholesale-production").markdown())
            .contains("In northeurope, `vnet-nwd-wholesale-production-neu` (10.66.0.0/20, resource group"
                + " `rg-nwd-wholesale-production-neu`) stands ready for a region outage");
    }

    @Test
    void theSameOutputGivesTheSameBytes() {
        assertThat(Runbook.of(withHubs, "wholesale-production").markdown())
            .isEqualTo(Runbook.of(SynthOutput.read(temp.resolve("hubs")), "wholesale-production").markdown());
    }
}
