package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.testing.SynthDirectory.businessUnit;
import static com.sysgenpro.landingzone.testing.SynthDirectory.kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks from small hand-written outputs, each showing one thing the runbook must derive, and from the reference estate. */
class RunbookTest {

    @TempDir
    Path tmp;

    /** A unit of its own whose settings are far below tier-1: no HA, 7 days of restore, no geo backup, LRS storage. */
    private static final String WEAK_UNIT = """
        {
          "terraform": {"backend": {"local": {"path": "../../../terraform.retail-production.tfstate"}}},
          "resource": {
            "azurerm_resource_group": {"workload": {"name": "rg-retail", "location": "westeurope"}},
            "azurerm_postgresql_flexible_server": {"database": {"name": "psql-retail", "location": "westeurope",
              "resource_group_name": "${azurerm_resource_group.workload.name}", "backup_retention_days": 7,
              "geo_redundant_backup_enabled": false}},
            "azurerm_postgresql_flexible_server_database": {"odoo": {"name": "odoo",
              "server_id": "${azurerm_postgresql_flexible_server.database.id}"}},
            "azurerm_storage_account": {"storage": {"name": "stretail", "location": "westeurope",
              "resource_group_name": "${azurerm_resource_group.workload.name}", "account_replication_type": "LRS"}},
            "azurerm_storage_container": {"filestore": {"name": "filestore",
              "storage_account_id": "${azurerm_storage_account.storage.id}"}}
          }
        }
        """;

    private SynthOutput output(SynthDirectory directory) {
        return SynthOutput.read(directory.write(tmp.resolve("out")));
    }

    @Test
    void statesWhereTheAchievedObjectivesMissTheTierAndWhy() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-1", "dedicated", "bu-retail-prod"),
                WEAK_UNIT)), "retail-production").markdown();

        assertThat(runbook)
            .contains("Target, from the unit's recovery tier `tier-1`: RPO 30 min, RTO 4 h in every scenario, 35 days of"
                + " point-in-time restore and 12 months of vaulted backups.")
            .contains("| zone outage | point-in-time restore into another zone; the LRS filestore is lost with its zone | lost | lost | **no** |")
            .contains("| region outage | nothing: no geo-redundant backup, no cross-region replica; the LRS filestore has no copy"
                + " outside westeurope | lost | lost | **no** |")
            .contains("| data corruption | point-in-time restore (7 d window); blob versions and soft delete for files | 5 min | 2 h | yes |")
            .contains("**Does not meet tier-1:**")
            .contains("- data corruption: 7 days of point-in-time restore, tier-1 needs 35")
            .contains("- long-term retention: 0 months of vaulted backups, tier-1 needs 12")
            .contains("**A region outage loses this database:** it has neither geo-redundant backup nor a cross-region replica.")
            .contains("**the filestore has no copy outside westeurope** (LRS): a region outage loses it, and so does the loss of its zone.")
            .doesNotContain("**Meets tier-1**");
    }

    @Test
    void commitsToNothingWithoutATierYetStatesWhatTheSettingsGive() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-sandbox", businessUnit("retail", "sandbox", "sandbox", null, "dedicated", "sandbox"), WEAK_UNIT)),
            "retail-sandbox").markdown();

        assertThat(runbook)
            .contains("**No recovery tier is committed** for this environment (blueprint `sandbox`)")
            .contains("| scenario | recovers by | achieved RPO | achieved RTO | target |")
            .contains("| data corruption | point-in-time restore (7 d window); blob versions and soft delete for files | 5 min | 2 h | – |")
            .contains("| recovery tier | none committed |")
            .doesNotContain("Does not meet").doesNotContain("**Meets");
    }

    @Test
    void saysSoWhenTheEnvironmentHasNoDatabase() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "dedicated", "bu-retail-prod"), """
                {"resource": {
                  "azurerm_resource_group": {"workload": {"name": "rg-retail", "location": "westeurope"}},
                  "azurerm_key_vault": {"vault": {"name": "kv-retail", "location": "westeurope",
                    "resource_group_name": "${azurerm_resource_group.workload.name}", "purge_protection_enabled": true}}
                }}
                """)), "retail-production").markdown();

        assertThat(runbook)
            .contains("| PostgreSQL server | none found | – | no database server in this stack or a stack it reads | – |")
            .contains("**Not assessable:** no PostgreSQL server was found for this environment, neither in `retail-production`"
                + " nor in a stack it reads, so there is no database to recover and no recovery point to state. Whether tier-2"
                + " is met cannot be shown.")
            .contains("**This environment has no database:** no PostgreSQL flexible server was found in `retail-production`")
            .contains("az keyvault recover --name kv-retail --resource-group rg-retail --location westeurope")
            .doesNotContain("az postgres flexible-server")
            .doesNotContain("| zone outage |");
    }

    @Test
    void followsRemoteStateToTheSharedServerFilestoreAndCluster() {
        String hosting = """
            {
              "output": {"issuer": {"value": "${azurerm_kubernetes_cluster.cluster.oidc_issuer_url}"}},
              "resource": {
                "azurerm_resource_group": {"hosting": {"name": "rg-shared", "location": "westeurope"}},
                "azurerm_kubernetes_cluster": {"cluster": {"name": "aks-shared", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.hosting.name}"}},
                "azurerm_postgresql_flexible_server": {"database": {"name": "psql-shared", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.hosting.name}", "backup_retention_days": 14,
                  "geo_redundant_backup_enabled": true, "high_availability": {"mode": "ZoneRedundant"}}},
                "azurerm_postgresql_flexible_server_database": {
                  "retail": {"name": "odoo_retail", "server_id": "${azurerm_postgresql_flexible_server.database.id}"},
                  "b2b": {"name": "odoo_b2b", "server_id": "${azurerm_postgresql_flexible_server.database.id}"}},
                "azurerm_storage_account": {"storage": {"name": "stshared", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.hosting.name}", "account_replication_type": "GZRS"}},
                "azurerm_storage_container": {
                  "retail": {"name": "filestore-retail", "storage_account_id": "${azurerm_storage_account.storage.id}"},
                  "b2b": {"name": "filestore-b2b", "storage_account_id": "${azurerm_storage_account.storage.id}"}}
              }
            }
            """;
        String tenant = """
            {
              "data": {"terraform_remote_state": {"cross-stack-reference-input-shared-production": {"backend": "local"}}},
              "resource": {
                "azurerm_resource_group": {"workload": {"name": "rg-%1$s", "location": "westeurope"}},
                "azurerm_user_assigned_identity": {"identity": {"name": "id-%1$s", "location": "westeurope"}},
                "azurerm_federated_identity_credential": {"federation": {"name": "%1$s-odoo",
                  "issuer": "${data.terraform_remote_state.cross-stack-reference-input-shared-production.outputs.issuer}"}}
              }
            }
            """;
        SynthOutput output = output(new SynthDirectory()
            .stack("shared-production", kind("shared-hosting", "production"), hosting)
            .stack("b2b-production", businessUnit("b2b", "production", "production", "tier-3", "shared", "bu-b2b-prod"),
                tenant.formatted("b2b"), "shared-production")
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "shared", "bu-retail-prod"),
                tenant.formatted("retail"), "shared-production"));

        String runbook = Runbook.of(output, "retail-production").markdown();

        assertThat(runbook)
            .contains("| tenancy | shared: database and filestore on `shared-production` (with `b2b-production`); cluster of"
                + " `shared-production` (with `b2b-production`) |")
            .contains("| stacks, in apply order | `shared-production` → `retail-production` |")
            .contains("| Odoo database | `odoo_retail` | – | on `psql-shared`, beside the other tenants' databases |"
                + " `shared-production`: `azurerm_postgresql_flexible_server_database.retail` |")
            .contains("| filestore | `stshared`, container `filestore-retail` |")
            .contains("Server `psql-shared` (resource group `rg-shared`, westeurope, stack `shared-production`), database"
                + " `odoo_retail`. The server is shared with `b2b-production`: a restore brings back the whole server")
            .contains("--dbname=odoo_retail --format=custom --file=odoo_retail.dump")
            .contains("az storage container restore --account-name stshared --name filestore-retail")
            .contains("Cluster `aks-shared` (resource group `rg-shared`, westeurope, stack `shared-production`, shared with `b2b-production`)")
            .contains("apply every stack whose workload identity federates with it (`b2b-production`, `retail-production`)")
            .doesNotContain("odoo_b2b.dump");
        assertThat(Runbook.stacks(output)).containsExactly("b2b-production", "retail-production");
    }

    /** A dedicated unit's cluster and Odoo pool, {@code %1$s} its host encryption, with a recovery network in northeurope. */
    private static final String OWN_CLUSTER = """
        {
          "provider": {"azurerm": [{"features": [{}], "subscription_id": "0b1f6471-1bf0-4dda-aec3-cb9272f09590"}]},
          "resource": {
            "azurerm_resource_group": {"workload": {"name": "rg-retail", "location": "westeurope"}},
            "azurerm_virtual_network": {
              "network": {"name": "vnet-retail-weu", "location": "westeurope"},
              "recovery": {"name": "vnet-retail-neu", "location": "northeurope"}},
            "azurerm_kubernetes_cluster": {"cluster": {"name": "aks-retail", "location": "westeurope",
              "resource_group_name": "${azurerm_resource_group.workload.name}",
              "default_node_pool": {"name": "system", "host_encryption_enabled": %1$s}}},
            "azurerm_kubernetes_cluster_node_pool": {"odoo": {"name": "odoo",
              "kubernetes_cluster_id": "${azurerm_kubernetes_cluster.cluster.id}", "host_encryption_enabled": %1$s}}
          }
        }
        """;

    @Test
    void aClusterEncryptedAtHostNeedsTheFeatureInEverySubscriptionItIsRebuiltIn() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "dedicated", "bu-retail-prod"),
                OWN_CLUSTER.formatted("true"))), "retail-production").markdown();

        assertThat(runbook)
            .contains("Its node pools encrypt at host: AKS creates them only in a subscription with the feature"
                + " `Microsoft.Compute/EncryptionAtHost` registered (https://learn.microsoft.com/azure/aks/enable-host-encryption).")
            .contains("az feature show --namespace Microsoft.Compute --name EncryptionAtHost --subscription"
                + " 0b1f6471-1bf0-4dda-aec3-cb9272f09590 --query properties.state --output tsv")
            .contains("az feature register --namespace Microsoft.Compute --name EncryptionAtHost --subscription"
                + " 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n")
            .contains("az provider register --namespace Microsoft.Compute --subscription 0b1f6471-1bf0-4dda-aec3-cb9272f09590")
            .contains("**no standby cluster is emitted in northeurope.**")
            .contains("The subscription it is deployed into (the recovery subscription, where that is another) needs"
                + " `Microsoft.Compute/EncryptionAtHost` registered too")
            .contains("The node pools encrypt at host: `az aks nodepool list --resource-group rg-retail --cluster-name aks-retail"
                + " --query \"[].[name, enableEncryptionAtHost]\" --output tsv` shows `true` for every pool.");
        // The system pool alone decides it too; without encryption at host the runbook does not ask for the feature.
        assertThat(Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "dedicated", "bu-retail-prod"),
                OWN_CLUSTER.formatted("false"))), "retail-production").markdown())
            .contains("**no standby cluster is emitted in northeurope.**")
            .doesNotContain("EncryptionAtHost").doesNotContain("encrypt at host");
    }

    @Test
    void warnsWhenTheOutputLacksAStackTheEnvironmentReads() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-3", "shared", "bu-retail-prod"), """
                {"data": {"terraform_remote_state": {"cross-stack-reference-input-shared-production": {"backend": "local"}}},
                 "resource": {"azurerm_resource_group": {"workload": {"name": "rg-retail", "location": "westeurope"}}}}
                """)), "retail-production").markdown();

        assertThat(runbook)
            .contains("**Incomplete output:** `retail-production` reads `shared-production` through remote state, but the"
                + " synthesized output does not hold it (`./lz synth --stack` writes only the stacks it names)")
            .contains("**This environment has no database:**");
    }

    @Test
    void rejectsAStackThatIsNotABusinessUnitsNamingTheOnesThatAre() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());

        assertThatThrownBy(() -> Runbook.of(output, "wholesale-prod"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("no stack 'wholesale-prod' in ")
            .hasMessageContaining("; runbooks are written for east-production, east-sandbox, east-staging, ecommerce-production,")
            .hasMessageEndingWith("wholesale-production, wholesale-sandbox, wholesale-staging");
        assertThatThrownBy(() -> Runbook.of(output, "shared-production"))
            .hasMessageStartingWith("'shared-production' is a shared-hosting stack, not a business unit's environment;");
    }

    @Test
    void sharedTenantsRunbookPointsAtTheSharedServerAndOnlyItsOwnDatabase() {
        String runbook = Runbook.of(SynthOutput.read(ReferenceOutput.directory()), "east-production").markdown();

        assertThat(runbook)
            .contains("Server `psql-nwd-shared-production-weu` (resource group `rg-nwd-shared-production-weu`, westeurope, stack"
                + " `shared-production`), database `odoo_east`. The server is shared with `north-production`, `south-production`:")
            .contains("container `filestore-east`")
            .contains("| recovery tier | tier-2: RPO 4 h, RTO 1 d |")
            .contains("**Meets tier-2** in every scenario.")
            .doesNotContain("ecommerce-production").doesNotContain("odoo_north.dump");
    }

    @Test
    void tierOneUnitRecoversARegionOutageByPromotingItsReplica() {
        String runbook = Runbook.of(SynthOutput.read(ReferenceOutput.directory()), "wholesale-production").markdown();

        assertThat(runbook)
            .contains("| region outage | promote the replica in northeurope; fail the GZRS storage account over; rebuild the"
                + " cluster from code | 15 min | 2 h | yes |")
            .contains("az postgres flexible-server replica promote --resource-group rg-nwd-wholesale-production-neu --name"
                + " psql-nwd-wholesale-production-neu \\\n  --promote-mode switchover --promote-option forced")
            .contains("--location northeurope --vnet vnet-nwd-wholesale-production-neu --subnet snet-postgres")
            .contains("**no standby cluster is emitted in northeurope.**");
    }

    /** A dedicated unit's cluster and registry, with a registry replica and an endpoint in a recovery network when asked. */
    private static String unitWithRegistry(boolean replica) {
        return """
            {
              "resource": {
                "azurerm_resource_group": {"workload": {"name": "rg-retail", "location": "westeurope"}
                  RECOVERY_GROUP},
                "azurerm_virtual_network": {"network": {"name": "vnet-retail-weu", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.workload.name}"} RECOVERY_NETWORK},
                "azurerm_kubernetes_cluster": {"cluster": {"name": "aks-retail", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.workload.name}"}},
                "azurerm_container_registry": {"registry": {"name": "acrretailprod", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.workload.name}", "zone_redundancy_enabled": true
                  GEOREPLICATIONS}},
                "azurerm_private_endpoint": {"registry": {"name": "pe-acrretailprod-registry", "location": "westeurope",
                  "resource_group_name": "${azurerm_resource_group.workload.name}",
                  "private_service_connection": {"private_connection_resource_id": "${azurerm_container_registry.registry.id}"}}
                  RECOVERY_ENDPOINT}
              }
            }
            """
            .replace("RECOVERY_GROUP", replica ? ", \"recovery\": {\"name\": \"rg-retail-neu\", \"location\": \"northeurope\"}" : "")
            .replace("RECOVERY_NETWORK", replica ? ", \"recovery-network\": {\"name\": \"vnet-retail-neu\", \"location\": \"northeurope\","
                + " \"resource_group_name\": \"${azurerm_resource_group.recovery.name}\"}" : "")
            .replace("GEOREPLICATIONS", replica ? ", \"georeplications\": [{\"location\": \"northeurope\", \"zone_redundancy_enabled\": true,"
                + " \"regional_endpoint_enabled\": true}]" : "")
            .replace("RECOVERY_ENDPOINT", replica ? ", \"recovery\": {\"name\": \"pe-acrretailprod-registry-neu\", \"location\": \"northeurope\","
                + " \"resource_group_name\": \"${azurerm_resource_group.recovery.name}\", \"private_service_connection\":"
                + " {\"private_connection_resource_id\": \"${azurerm_container_registry.registry.id}\"}}" : "");
    }

    @Test
    void theRebuiltClusterPullsFromTheRegistrysReplicaInTheRecoveryRegion() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "dedicated", "bu-retail-prod"),
                unitWithRegistry(true))), "retail-production").markdown();

        assertThat(runbook)
            .contains("| recovery region | northeurope (network `vnet-retail-neu`, replica of registry `acrretailprod`) |")
            .contains("| container registry (Odoo's images) | `acrretailprod` | westeurope | zone-redundant; geo-replica in northeurope"
                + " (zone-redundant) |")
            .contains("*Images:* registry `acrretailprod` (westeurope) keeps a geo-replica in northeurope: a cluster rebuilt there pulls"
                + " the same image references (`acrretailprod.azurecr.io`/…) from the replica while westeurope is down")
            .contains("The private endpoint `pe-acrretailprod-registry-neu` (resource group `rg-retail-neu`) reaches it from"
                + " `vnet-retail-neu`")
            .contains("https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication");
    }

    @Test
    void withoutAReplicaTheRunbookSaysTheImagesGoDownWithTheRegion() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-3", "dedicated", "bu-retail-prod"),
                unitWithRegistry(false))), "retail-production").markdown();

        assertThat(runbook)
            .contains("no geo-replica: a region outage takes the images with it")
            .contains("*Images:* Odoo's images are in registry `acrretailprod` (westeurope) only: tier-3 keeps no replica of it, so"
                + " while westeurope is down a cluster rebuilt elsewhere cannot pull them. Push them from CI to a registry in the new"
                + " region")
            .doesNotContain("container-registry-geo-replication");
    }

    /**
     * A hub estate written by hand with names no naming rule of the library gives: a connectivity stack called
     * {@code net-core} (read through a remote state called {@code hubstate}, found by the state file it reads), its hub
     * {@code core-north} and firewall {@code edge-north}, a central zone {@code db.corp.example}, and a tier-1 unit whose
     * recovery network {@code standby-net} is peered with both and routed to the firewall.
     */
    private static SynthDirectory hubEstate() {
        return new SynthDirectory()
            .stack("net-core", kind("connectivity", null), """
                {
                  "terraform": {"backend": {"local": {"path": "../../../state/net-core.tfstate"}}},
                  "output": {
                    "hub-id": {"value": "${azurerm_virtual_network.north.id}"},
                    "fw-ip": {"value": "${azurerm_firewall.edge.ip_configuration[0].private_ip_address}"},
                    "pg-zone": {"value": "${azurerm_private_dns_zone.pg.id}"}},
                  "resource": {
                    "azurerm_resource_group": {"hub": {"name": "grp-hub-north", "location": "northeurope"},
                      "zones": {"name": "grp-zones", "location": "northeurope"}},
                    "azurerm_virtual_network": {"north": {"name": "core-north", "location": "northeurope",
                      "resource_group_name": "${azurerm_resource_group.hub.name}"}},
                    "azurerm_subnet": {"firewall": {"name": "AzureFirewallSubnet",
                      "virtual_network_name": "${azurerm_virtual_network.north.name}"}},
                    "azurerm_firewall": {"edge": {"name": "edge-north", "location": "northeurope",
                      "resource_group_name": "${azurerm_resource_group.hub.name}",
                      "ip_configuration": [{"name": "egress", "subnet_id": "${azurerm_subnet.firewall.id}"}]}},
                    "azurerm_private_dns_zone": {"pg": {"name": "db.corp.example",
                      "resource_group_name": "${azurerm_resource_group.zones.name}"}}
                  }
                }
                """)
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-1", "dedicated", "bu-retail-prod"), """
                {
                  "data": {"terraform_remote_state": {"hubstate": {"backend": "local",
                    "config": {"path": "../../../state/net-core.tfstate"}}}},
                  "resource": {
                    "azurerm_resource_group": {"main": {"name": "grp-main", "location": "westeurope"},
                      "standby": {"name": "grp-standby", "location": "northeurope"}},
                    "azurerm_virtual_network": {
                      "main": {"name": "main-net", "location": "westeurope", "resource_group_name": "${azurerm_resource_group.main.name}"},
                      "standby": {"name": "standby-net", "location": "northeurope",
                        "resource_group_name": "${azurerm_resource_group.standby.name}"}},
                    "azurerm_subnet": {
                      "nodes": {"name": "nodes", "address_prefixes": ["10.9.0.0/21"],
                        "resource_group_name": "${azurerm_resource_group.standby.name}",
                        "virtual_network_name": "${azurerm_virtual_network.standby.name}"},
                      "pg": {"name": "pg", "address_prefixes": ["10.9.12.0/23"],
                        "virtual_network_name": "${azurerm_virtual_network.standby.name}",
                        "delegation": [{"name": "db", "service_delegation": {"name": "Microsoft.DBforPostgreSQL/flexibleServers"}}]}},
                    "azurerm_route_table": {"egress": {"name": "egress-standby", "location": "northeurope",
                      "resource_group_name": "${azurerm_resource_group.standby.name}", "bgp_route_propagation_enabled": false,
                      "route": [{"name": "out", "address_prefix": "0.0.0.0/0", "next_hop_type": "VirtualAppliance",
                        "next_hop_in_ip_address": "${data.terraform_remote_state.hubstate.outputs.fw-ip}"}]}},
                    "azurerm_subnet_route_table_association": {"egress": {"subnet_id": "${azurerm_subnet.nodes.id}",
                      "route_table_id": "${azurerm_route_table.egress.id}"}},
                    "azurerm_virtual_network_peering": {
                      "to-core": {"name": "to-core", "resource_group_name": "${azurerm_resource_group.standby.name}",
                        "virtual_network_name": "${azurerm_virtual_network.standby.name}",
                        "remote_virtual_network_id": "${data.terraform_remote_state.hubstate.outputs.hub-id}"},
                      "from-core": {"name": "from-core", "resource_group_name": "grp-hub-north", "virtual_network_name": "core-north",
                        "remote_virtual_network_id": "${azurerm_virtual_network.standby.id}"},
                      "to-main": {"name": "to-main", "resource_group_name": "${azurerm_resource_group.standby.name}",
                        "virtual_network_name": "${azurerm_virtual_network.standby.name}",
                        "remote_virtual_network_id": "${azurerm_virtual_network.main.id}"},
                      "to-standby": {"name": "to-standby", "resource_group_name": "${azurerm_resource_group.main.name}",
                        "virtual_network_name": "${azurerm_virtual_network.main.name}",
                        "remote_virtual_network_id": "${azurerm_virtual_network.standby.id}"}},
                    "azurerm_private_dns_zone_virtual_network_link": {"standby": {"name": "standby-link",
                      "private_dns_zone_name": "db.corp.example", "resource_group_name": "grp-zones",
                      "virtual_network_id": "${azurerm_virtual_network.standby.id}"}},
                    "azurerm_postgresql_flexible_server": {
                      "main": {"name": "db-main", "location": "westeurope", "resource_group_name": "${azurerm_resource_group.main.name}",
                        "backup_retention_days": 35, "geo_redundant_backup_enabled": false,
                        "private_dns_zone_id": "${data.terraform_remote_state.hubstate.outputs.pg-zone}"},
                      "standby": {"name": "db-standby", "location": "northeurope", "create_mode": "Replica",
                        "resource_group_name": "${azurerm_resource_group.standby.name}",
                        "source_server_id": "${azurerm_postgresql_flexible_server.main.id}",
                        "delegated_subnet_id": "${azurerm_subnet.pg.id}",
                        "private_dns_zone_id": "${data.terraform_remote_state.hubstate.outputs.pg-zone}"}},
                    "azurerm_kubernetes_cluster": {"cluster": {"name": "aks-retail", "location": "westeurope",
                      "resource_group_name": "${azurerm_resource_group.main.name}",
                      "network_profile": {"outbound_type": "userDefinedRouting"}}}
                  }
                }
                """, "net-core");
    }

    @Test
    void theFailoverStepsNameTheRecoveryHubFirewallPeeringsRouteAndZoneAsSynthesized() {
        String runbook = Runbook.of(output(hubEstate()), "retail-production").markdown();

        assertThat(runbook)
            .contains("#### Region outage: the recovery network's connectivity")
            .contains("`standby-net` reaches the estate through the hub of northeurope, `core-north` (resource group `grp-hub-north`,"
                + " stack `net-core`), whose firewall `edge-north` carries its internet traffic, and `main-net` (westeurope) directly")
            .contains("| `to-core` | `standby-net` | `grp-standby` | `core-north` | `retail-production` |")
            .contains("| `from-core` | `core-north` | `grp-hub-north` | `standby-net` | `retail-production` |")
            .contains("| `to-main` | `standby-net` | `grp-standby` | `main-net` | `retail-production` |")
            .contains("| `to-standby` | `main-net` | `grp-main` | `standby-net` | `retail-production` |")
            .contains("az network vnet peering show --resource-group grp-hub-north --vnet-name core-north --name from-core --query"
                + " peeringState --output tsv")
            .contains("The node subnet `nodes` (10.9.0.0/21) of `standby-net` has the route table `egress-standby` (resource group"
                + " `grp-standby`): `0.0.0.0/0` to the private address of `edge-north` (output `fw-ip` of `net-core`), BGP route"
                + " propagation off.")
            .contains("az network firewall show --resource-group grp-hub-north --name edge-north --query"
                + " \"ipConfigurations[0].privateIPAddress\" --output tsv")
            .contains("**The policy of `edge-north` admits nothing from `10.9.0.0/21`:**")
            .contains("`db-standby` registers its address in the estate's central zone `db.corp.example` (resource group `grp-zones`,"
                + " northeurope, stack `net-core`), outside the lost region")
            .contains("The zone is linked to `standby-net` (link `standby-link`).")
            .contains("the answer must be an address in `pg` (`10.9.12.0/23`)")
            .contains("az network private-dns link vnet show --resource-group grp-zones --zone-name db.corp.example --name standby-link"
                + " --query virtualNetworkLinkState --output tsv")
            .contains("nslookup db-standby.postgres.database.azure.com")
            .contains("*Network of the rebuilt cluster:* put its nodes in `nodes` of `standby-net`, whose route table `egress-standby`"
                + " sends `0.0.0.0/0` to `edge-north`, and create it with outbound type `userDefinedRouting`, as `aks-retail` is")
            .contains("--vnet-name standby-net --name nodes --query id --output tsv)\" \\\n  --outbound-type userDefinedRouting")
            .contains("- [ ] After a failover into northeurope, the recovery network is still connected: the 4 peering halves of step 1"
                + " print `Connected`")
            .contains("https://learn.microsoft.com/azure/aks/egress-udr");
        // Where each part goes: the connectivity with the network, the record with the database, the route with the cluster.
        assertThat(runbook.indexOf("#### Region outage: the recovery network's connectivity"))
            .isGreaterThan(runbook.indexOf("### 1. Network")).isLessThan(runbook.indexOf("### 2. Key Vault"));
        assertThat(runbook.indexOf("*Private DNS after the failover:*"))
            .isGreaterThan(runbook.indexOf("replica promote")).isLessThan(runbook.indexOf("### 4. Storage"));
        assertThat(runbook.indexOf("*Network of the rebuilt cluster:*")).isGreaterThan(runbook.indexOf("### 5. Cluster"));
    }

    @Test
    void aRecoveryNetworkWithoutAHubGetsNoHubPeeringRouteOrCentralZoneInItsRunbook() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-2", "dedicated", "bu-retail-prod"),
                unitWithRegistry(true))), "retail-production").markdown();

        assertThat(runbook).contains("`vnet-retail-neu`")
            .doesNotContain("recovery network's connectivity").doesNotContain("peering").doesNotContain("hub")
            .doesNotContain("firewall").doesNotContain("route table").doesNotContain("userDefinedRouting")
            .doesNotContain("central zone").doesNotContain("nslookup").doesNotContain("egress-udr");
    }

    @Test
    void writesTheSameBytesEveryTime() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());

        List<String> first = Runbook.all(output).stream().map(Runbook::markdown).toList();
        List<String> second = Runbook.all(SynthOutput.read(ReferenceOutput.directory())).stream().map(Runbook::markdown).toList();

        assertThat(first).hasSize(18).isEqualTo(second);
        assertThat(first).allSatisfy(markdown -> assertThat(markdown).startsWith(Runbook.MARKER + "\n").endsWith("\n")
            .doesNotEndWith("\n\n"));
    }

    /** A regulated unit of its own: server and storage with customer-managed keys, the geo-backup key in the paired region. */
    private static final String KEYED_UNIT = """
        {
          "resource": {
            "azurerm_resource_group": {"workload": {"name": "rg-clinic", "location": "westeurope"},
              "keys-neu": {"name": "rg-clinic-neu-keys", "location": "northeurope"}},
            "azurerm_key_vault": {"vault": {"name": "kv-clinic", "location": "westeurope", "purge_protection_enabled": true,
                "resource_group_name": "${azurerm_resource_group.workload.name}", "public_network_access_enabled": false},
              "vault-neu": {"name": "kv-clinic-neu", "location": "northeurope", "purge_protection_enabled": true,
                "resource_group_name": "${azurerm_resource_group.keys-neu.name}", "public_network_access_enabled": false}},
            "azurerm_private_endpoint": {"vault-pe": {"name": "pe-kv-clinic",
              "private_service_connection": {"private_connection_resource_id": "${azurerm_key_vault.vault.id}"}}},
            "azurerm_user_assigned_identity": {"db": {"name": "id-psql-clinic-cmk", "location": "westeurope",
                "resource_group_name": "${azurerm_resource_group.workload.name}"},
              "geo": {"name": "id-psql-clinic-geo-cmk", "location": "northeurope",
                "resource_group_name": "${azurerm_resource_group.keys-neu.name}"}},
            "azurerm_postgresql_flexible_server": {"database": {"name": "psql-clinic", "location": "westeurope",
              "resource_group_name": "${azurerm_resource_group.workload.name}", "backup_retention_days": 35,
              "geo_redundant_backup_enabled": true,
              "customer_managed_key": {"key_vault_key_id": "${azurerm_key_vault.vault.vault_uri}keys/cmk-database",
                "primary_user_assigned_identity_id": "${azurerm_user_assigned_identity.db.id}",
                "geo_backup_key_vault_key_id": "${azurerm_key_vault.vault-neu.vault_uri}keys/cmk-database-geo",
                "geo_backup_user_assigned_identity_id": "${azurerm_user_assigned_identity.geo.id}"}}},
            "azurerm_storage_account": {"storage": {"name": "stclinic", "location": "westeurope",
              "resource_group_name": "${azurerm_resource_group.workload.name}", "account_replication_type": "GZRS",
              "customer_managed_key": {"key_vault_key_id": "${azurerm_key_vault.vault.vault_uri}keys/cmk-storage"}}},
            "azurerm_storage_container": {"filestore": {"name": "filestore",
              "storage_account_id": "${azurerm_storage_account.storage.id}"}}
          }
        }
        """;

    @Test
    void keyedUnitRecoversItsKeysFirstAndGeoRestoresWithThePairedRegionsKey() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("clinic-production", businessUnit("clinic", "production", "production", "tier-2", "dedicated", "bu-clinic-prod"),
                KEYED_UNIT)), "clinic-production").markdown();

        assertThat(runbook)
            .contains("**`kv-clinic` holds customer-managed keys** (`cmk-database`, `cmk-storage`)")
            .contains("az keyvault key recover --vault-name kv-clinic --name cmk-storage")
            .contains("**`kv-clinic-neu` holds customer-managed keys** (`cmk-database-geo`)")
            .contains("the vault has no private endpoint and refuses public access, so allow your address for the duration")
            .contains("az keyvault network-rule add --name kv-clinic-neu --ip-address <your address>/32")
            .contains("*Customer-managed key:* the server, its backups and every server restored from them are encrypted with"
                + " `cmk-database` in `kv-clinic` (westeurope), read by the identity `id-psql-clinic-cmk`.")
            .contains("The geo-redundant backups are encrypted with `cmk-database-geo` in `kv-clinic-neu` (northeurope)")
            .contains("  --key https://kv-clinic-neu.vault.azure.net/keys/cmk-database-geo --identity /subscriptions/<subscription id>"
                + "/resourceGroups/rg-clinic-neu-keys/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-psql-clinic-geo-cmk")
            .contains("*Customer-managed key:* the account is encrypted with `cmk-storage` in `kv-clinic` (westeurope)")
            .contains("https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption");
        assertThat(runbook.indexOf("az keyvault key recover --vault-name kv-clinic --name cmk-database"))
            .as("keys come back before the database is restored").isLessThan(runbook.indexOf("az postgres flexible-server restore"));
    }

    @Test
    void unkeyedUnitsRunbookSaysNothingOfCustomerManagedKeys() {
        String runbook = Runbook.of(output(new SynthDirectory()
            .stack("retail-production", businessUnit("retail", "production", "production", "tier-1", "dedicated", "bu-retail-prod"),
                WEAK_UNIT)), "retail-production").markdown();

        assertThat(runbook).doesNotContain("ustomer-managed key").doesNotContain("--key ");
    }
}
