package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.connectivity.NetworkPeering;
import com.sysgenpro.landingzone.connectivity.VirtualNetworkReference;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.governance.Budget;
import com.sysgenpro.landingzone.platform.ActionGroup;
import com.sysgenpro.landingzone.platform.AlertSensitivity;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.PrivateDnsZone;
import com.sysgenpro.landingzone.platform.PrivateEndpoint;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.platform.SubnetRole;
import com.sysgenpro.landingzone.platform.WorkloadAlerts;
import com.sysgenpro.landingzone.internal.SecretScan;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Odoo environment built from every construct that fits in a stack: resource group, workspace, network (with hub
 * peering and private DNS zones), Key Vault, a stand-alone private endpoint and diagnostic setting, action group,
 * workload alerts, budget, AKS with a tenant pool, registry and Flux, PostgreSQL with its backup vault, storage,
 * Azure Managed Redis and a legacy Azure Cache for Redis. Management-group and tenant-scoped governance constructs are
 * left out: they need scopes a workload stack does not have.
 *
 * <p>The stack must be clean against the azurerm 4.73 schema, synthesize byte-identically twice, and contain nothing
 * that looks like a secret.
 */
class AllConstructsSchemaTest {

    private static final String SUBSCRIPTION_ID = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    private static final String HUB = "/subscriptions/" + SUBSCRIPTION_ID
        + "/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub";

    @TempDir
    Path tmp;

    static JsonNode synth() {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-wholesale-prod")
                .region(AzureRegion.of("westeurope")).tags(DataServicesFixtures.TAGS).build();
            LogAnalyticsWorkspace workspace = LogAnalyticsWorkspace.Builder.create(stack, "logs").name("log-wholesale-prod")
                .resourceGroup(group).build();
            Network network = Network.Builder.create(stack, "net").name("vnet-wholesale-prod").resourceGroup(group)
                .addressSpace(Cidr.parse("10.20.0.0/22")).privateDnsZones(EnumSet.allOf(PrivateDnsZone.class)).logAnalyticsWorkspace(workspace)
                .tags(DataServicesFixtures.TAGS).build();
            // Both halves of a peering with a hub of another subscription (here the stack's own provider for both).
            new NetworkPeering(stack, "hub-peering", VirtualNetworkReference.of(network), null,
                VirtualNetworkReference.remote(HUB, "vnet-hub", "rg-hub"), null, NetworkPeering.Forwarding.INTO_LOCAL);
            SubnetReference endpoints = network.subnet(SubnetRole.PRIVATE_ENDPOINTS);
            KeyVault vault = KeyVault.Builder.create(stack, "kv").name("kv-wholesale-prod").resourceGroup(group)
                .tenantId(WorkloadFixtures.TENANT).privateEndpointSubnet(endpoints)
                .privateDnsZone(network.privateDnsZone(PrivateDnsZone.KEY_VAULT)).logAnalyticsWorkspace(workspace)
                .tags(DataServicesFixtures.TAGS).build();

            KubernetesCluster aks = KubernetesCluster.Builder.create(stack, "aks").name("aks-wholesale-prod").resourceGroup(group)
                .nodeSubnet(network.subnet(SubnetRole.AKS_NODES)).logAnalyticsWorkspace(workspace)
                .adminGroupObjectIds(List.of(WorkloadFixtures.ADMIN_GROUP)).build();
            KubernetesNodePool.Builder.create(stack, "wholesale").name("wholesale").cluster(aks).dedicatedTo("wholesale").build();
            ContainerRegistry registry = ContainerRegistry.Builder.create(stack, "acr").name("acrwholesaleprod").resourceGroup(group)
                .privateEndpointSubnet(endpoints).privateDnsZone(network.privateDnsZone(PrivateDnsZone.CONTAINER_REGISTRY))
                .logAnalyticsWorkspace(workspace)
                .replicas(List.of(ContainerRegistryReplica.in(AzureRegion.of("northeurope"), true),
                    ContainerRegistryReplica.in(AzureRegion.of("francesouth"), true)))
                .build();
            registry.grantPull(aks);
            FluxGitOps.Builder.create(stack, "gitops").cluster(aks)
                .repositoryUrl("https://github.com/sysgenpro/odoo-gitops").path("./clusters/wholesale-production").build();

            PostgresFlexibleServer database = PostgresFlexibleServer.Builder.create(stack, "database").name("psql-wholesale-prod")
                .resourceGroup(group).delegatedSubnet(network.subnet(SubnetRole.POSTGRES))
                .privateDnsZone(network.privateDnsZone(PrivateDnsZone.POSTGRES)).tenantId(WorkloadFixtures.TENANT)
                .administratorGroupObjectId(WorkloadFixtures.ADMIN_GROUP).administratorGroupName("grp-erp-dba")
                .logAnalyticsWorkspace(workspace).tags(DataServicesFixtures.TAGS).build();
            PostgresBackupVault backups = PostgresBackupVault.Builder.create(stack, "ltr").name("bv-wholesale-prod").resourceGroup(group)
                .tags(DataServicesFixtures.TAGS).logAnalyticsWorkspace(workspace).server(database)
                .startDate(LocalDate.of(2026, 12, 6)).yearlyRetentionYears(7).build();

            StorageAccount storage = StorageAccount.Builder.create(stack, "st").name("stwholesaleprod").resourceGroup(group)
                .privateEndpointSubnet(endpoints).privateDnsZone(network.privateDnsZone(PrivateDnsZone.BLOB))
                .logAnalyticsWorkspace(workspace).build();
            ManagedRedis redis = ManagedRedis.Builder.create(stack, "redis").name("redis-wholesale-prod").resourceGroup(group)
                .privateEndpointSubnet(endpoints).privateDnsZone(network.privateDnsZone(PrivateDnsZone.MANAGED_REDIS))
                .logAnalyticsWorkspace(workspace).build();
            RedisCache.Builder.create(stack, "cache").name("cache-wholesale-legacy").resourceGroup(group)
                .privateEndpointSubnet(endpoints).privateDnsZone(network.privateDnsZone(PrivateDnsZone.REDIS_CACHE))
                .logAnalyticsWorkspace(workspace).build();

            // The two building blocks on their own too: the key vault reached from the cluster's own subnet, and the
            // workspace's own audit trail.
            new PrivateEndpoint(stack, "kv-endpoint-aks", "pe-kv-wholesale-prod-aks", group, network.subnet(SubnetRole.AKS_NODES),
                vault.id(), "vault", network.privateDnsZone(PrivateDnsZone.KEY_VAULT), DataServicesFixtures.TAGS);
            new DiagnosticSettings(stack, "workspace-audit", workspace.id(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);

            ActionGroup owner = ActionGroup.Builder.create(stack, "owner").name("ag-wholesale").shortName("wholesale")
                .resourceGroup(group).emailAddresses(List.of("erp-wholesale@contoso.example")).build();
            WorkloadAlerts.Builder.create(stack, "alerts").namePrefix("wholesale-production").resourceGroup(group)
                .actionGroup(owner).sensitivity(AlertSensitivity.TIER_1)
                .postgresServerId(database.id()).managedRedisId(redis.id()).aksClusterId(aks.id())
                .logAnalyticsWorkspace(workspace).backupVaultId(backups.id()).build();
            Budget.Builder.create(stack, "budget").name("wholesale-production").subscriptionScopeId("/subscriptions/" + SUBSCRIPTION_ID)
                .amount(2500).startDate(LocalDate.of(2026, 12, 1)).contactEmails(List.of("finance@example.com"))
                .actionGroupIds(List.of(owner.id())).build();
            // Stopping and starting on schedule: a development server (the cluster and server above are production, which never stop).
            PostgresFlexibleServer development = PostgresFlexibleServer.Builder.create(stack, "database-dev").name("psql-wholesale-dev")
                .resourceGroup(group).delegatedSubnet(network.subnet(SubnetRole.POSTGRES))
                .privateDnsZone(network.privateDnsZone(PrivateDnsZone.POSTGRES)).tenantId(WorkloadFixtures.TENANT)
                .administratorGroupObjectId(WorkloadFixtures.ADMIN_GROUP).administratorGroupName("grp-erp-dba")
                .skuName("B_Standard_B2ms").highAvailability(false).zone(null).standbyZone(null)
                .logAnalyticsWorkspace(workspace).tags(DataServicesFixtures.TAGS).build();
            OperatingSchedule.defineRole(stack, "schedule-role", "lz-nwd-operating-schedule",
                "/providers/Microsoft.Management/managementGroups/nwd");
            OperatingSchedule.Builder.create(stack, "schedule").name("wholesale-prod").resourceGroup(group)
                .days(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY))
                .start(java.time.LocalTime.of(7, 0)).stop(java.time.LocalTime.of(20, 0)).timeZone("Europe/Brussels")
                .servers(List.of(development)).roleName("lz-nwd-operating-schedule").build();
            assertThat(storage.containerNames()).contains("backups");
        });
    }

    @Test
    void everyConstructTogetherIsCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        JsonNode stack = synth();
        Path file = tmp.resolve("cdk.tf.json");
        Files.writeString(file, stack.toString());
        int blocks = 0;
        List<String> types = new ArrayList<>();
        for (Iterator<String> type = stack.path("resource").fieldNames(); type.hasNext(); ) {
            String name = type.next();
            types.add(name);
            blocks += stack.path("resource").path(name).size();
        }

        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
            SharedReference.azurermSchema(shared).toString());

        assertThat(types).contains("azurerm_resource_group", "azurerm_log_analytics_workspace", "azurerm_virtual_network",
            "azurerm_virtual_network_peering", "azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link",
            "azurerm_key_vault", "azurerm_private_endpoint", "azurerm_monitor_diagnostic_setting", "azurerm_monitor_action_group",
            "azurerm_monitor_metric_alert", "azurerm_monitor_scheduled_query_rules_alert_v2", "azurerm_consumption_budget_subscription",
            "azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool", "azurerm_container_registry",
            "azurerm_kubernetes_flux_configuration", "azurerm_postgresql_flexible_server", "azurerm_data_protection_backup_vault",
            "azurerm_storage_account", "azurerm_storage_container", "azurerm_storage_container_immutability_policy",
            "azurerm_storage_management_policy", "azurerm_managed_redis", "azurerm_redis_cache", "azurerm_logic_app_workflow",
            "azurerm_logic_app_trigger_recurrence", "azurerm_logic_app_action_custom", "azurerm_role_definition");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("checked " + blocks + " resource/data blocks: " + blocks + " clean, 0 with errors, 0 errors");
    }

    @Test
    void synthesisIsDeterministic() {
        assertThat(synth().toString()).isEqualTo(synth().toString());
    }

    @Test
    void nothingLooksLikeASecret() {
        JsonNode stack = synth();

        assertThat(SecretScan.findings(stack)).isEmpty();
        assertThat(stack.has("output")).as("outputs could expose key attributes").isFalse();
    }

    @Test
    void theSecretScanFindsPlantedSecrets() {
        JsonNode planted = Synth.parse("""
            {"resource": {
              "azurerm_redis_cache": {"c": {
                "redis_configuration": {"rdb_storage_connection_string":
                  "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${azurerm_storage_account.st.primary_access_key}"}}},
              "azurerm_postgresql_flexible_server": {"p": {"administrator_password": "Sup3r-secret!"}},
              "azurerm_key_vault_certificate": {"k": {"certificate": {"contents": "-----BEGIN PRIVATE KEY-----\\nMIIE"}}},
              "azurerm_container_app": {"a": {"tags": {"note": "q8Yk3mF0vZ2pLw9sXr7TbN4cJ6hUa1eQo5iGdK0yWfE="}}},
              "azurerm_linux_web_app": {"w": {"app_settings": {"REDIS": "${azurerm_managed_redis.r.default_database[0].primary_access_key}"}}}
            },
            "output": {"o": {"value": "${azurerm_kubernetes_cluster.k.kube_config[0].client_key}"}}}
            """);

        List<String> findings = SecretScan.findings(planted);

        assertThat(findings).anyMatch(f -> f.startsWith("/resource/azurerm_redis_cache/c/redis_configuration/rdb_storage_connection_string:"
            + " credential argument"));
        assertThat(findings).anyMatch(f -> f.endsWith("rdb_storage_connection_string: credential text"));
        assertThat(findings).anyMatch(f -> f.endsWith("rdb_storage_connection_string: reference to a key, password or connection string"));
        assertThat(findings).contains("/resource/azurerm_postgresql_flexible_server/p/administrator_password: credential argument with a literal value");
        assertThat(findings).contains("/resource/azurerm_key_vault_certificate/k/certificate/contents: credential text");
        assertThat(findings).contains("/resource/azurerm_container_app/a/tags/note: key-shaped value");
        assertThat(findings).contains("/resource/azurerm_linux_web_app/w/app_settings/REDIS: reference to a key, password or connection string");
        assertThat(findings).contains("/output/o/value: reference to a key, password or connection string");
        assertThat(findings).hasSize(8);
    }

    @Test
    void theSecretScanLeavesFlagsVersionsAndVariableReferencesAlone() {
        JsonNode benign = Synth.parse("""
            {"resource": {"azurerm_postgresql_flexible_server": {"p": {
              "administrator_password_wo": "${var.pg_admin_password}",
              "administrator_password_wo_version": 1,
              "authentication": {"password_auth_enabled": false},
              "tags": {"owner": "erp@example.com"}}},
              "azurerm_kubernetes_cluster": {"k": {"key_vault_secrets_provider": {"secret_rotation_interval": "2m"}}},
              "azurerm_storage_account": {"s": {"shared_access_key_enabled": false}}},
             "output": {"ca": {"value": "${azurerm_kubernetes_cluster.k.kube_config[0].cluster_ca_certificate}", "sensitive": true}}}
            """);

        assertThat(SecretScan.findings(benign)).isEmpty();
    }
}
