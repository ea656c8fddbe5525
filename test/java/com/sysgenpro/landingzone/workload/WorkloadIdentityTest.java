package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.ReferenceFixtures;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WorkloadIdentityTest {

    private static JsonNode synth(Consumer<WorkloadIdentity.Builder> customize, boolean grant) {
        return Synth.stack(stack -> {
            ResourceGroup group = WorkloadFixtures.group(stack);
            KubernetesCluster cluster = WorkloadFixtures.cluster(stack, group).build();
            WorkloadIdentity.Builder identity = WorkloadIdentity.Builder.create(stack, "identity")
                .name("id-nwd-north-prod-weu").resourceGroup(group).cluster(cluster).namespace("north-production");
            customize.accept(identity);
            WorkloadIdentity built = identity.build();
            if (grant) {
                KeyVault vault = KeyVault.Builder.create(stack, "vault").name("kv-nwd-north-prod").resourceGroup(group)
                    .tenantId(WorkloadFixtures.TENANT).privateEndpointSubnet(SubnetReference.fromId(WorkloadFixtures.ENDPOINT_SUBNET)).privateDnsZone(PrivateDnsZoneReference.fromId(ReferenceFixtures.VAULT_ZONE_ID))
                    .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(WorkloadFixtures.WORKSPACE)).tags(WorkloadFixtures.TAGS).build();
                built.grantKeyVaultSecretsRead(vault);
            }
        });
    }

    @Test
    void defaultsFederateTheOdooServiceAccountOfOneNamespaceWithTheClustersIssuer() {
        JsonNode stack = synth(identity -> { }, false);
        JsonNode identity = onlyResource(stack, "azurerm_user_assigned_identity");
        assertThat(identity.path("name").asText()).isEqualTo("id-nwd-north-prod-weu");
        assertThat(identity.path("tags").path("business-unit").asText()).isEqualTo("wholesale");
        JsonNode federation = onlyResource(stack, "azurerm_federated_identity_credential");
        assertThat(federation.path("subject").asText()).isEqualTo("system:serviceaccount:north-production:odoo");
        assertThat(federation.path("audience").toString()).isEqualTo("[\"api://AzureADTokenExchange\"]");
        assertThat(federation.path("issuer").asText()).contains("azurerm_kubernetes_cluster").endsWith(".oidc_issuer_url}");
        assertThat(federation.path("user_assigned_identity_id").asText()).contains("azurerm_user_assigned_identity");
        // Deprecated in azurerm 4.x: the identity's id says both.
        assertThat(federation.has("parent_id")).isFalse();
        assertThat(federation.has("resource_group_name")).isFalse();
        assertThat(Synth.resources(stack, "azurerm_role_assignment")).noneMatch(role -> role.path("principal_id").asText()
            .contains("azurerm_user_assigned_identity"));
    }

    @Test
    void grantingKeyVaultReadGivesSecretsUserOnThatVaultOnly() {
        JsonNode grant = Synth.resources(synth(identity -> { }, true), "azurerm_role_assignment").stream()
            .filter(role -> role.path("principal_id").asText().contains("azurerm_user_assigned_identity")).findFirst().orElseThrow();
        assertThat(grant.path("role_definition_name").asText()).isEqualTo("Key Vault Secrets User");
        assertThat(grant.path("scope").asText()).contains("azurerm_key_vault.").endsWith(".id}");
        assertThat(grant.path("principal_type").asText()).isEqualTo("ServicePrincipal");
    }

    @Test
    void anotherServiceAccountCanBeFederated() {
        JsonNode federation = onlyResource(synth(identity -> identity.serviceAccount("odoo-cron"), false), "azurerm_federated_identity_credential");
        assertThat(federation.path("subject").asText()).isEqualTo("system:serviceaccount:north-production:odoo-cron");
    }

    @Test
    void failsForANamespaceThatIsNoDnsLabel() {
        assertThatThrownBy(() -> synth(identity -> identity.namespace("North_Production"), false))
            .hasMessageContaining("identity").hasMessageContaining("namespace").hasMessageContaining("North_Production")
            .hasMessageContaining("DNS label");
    }

    @Test
    void failsWithoutACluster() {
        assertThatThrownBy(() -> synth(identity -> identity.cluster(null), false)).hasMessageContaining("cluster");
    }
}
