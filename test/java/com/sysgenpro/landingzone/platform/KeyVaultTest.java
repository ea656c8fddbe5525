package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private static final String TENANT = "9d2f5a6b-0c1e-4f3a-8b7d-2e4c6a8b0d1f";

    private static JsonNode synth(Consumer<KeyVault.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-kv").region(AzureRegion.of("westeurope")).build();
            KeyVault.Builder vault = KeyVault.Builder.create(stack, "kv").name("kv-nwd-wholesale-prod").resourceGroup(group)
                .tenantId(TENANT).privateEndpointSubnetId("/subnets/pe").privateDnsZoneId("/zones/vault")
                .logAnalyticsWorkspaceId("/ws/central").tags(NetworkTest.TAGS);
            customize.accept(vault);
            vault.build();
        });
    }

    @Test
    void defaultsAreRbacPurgeProtectedPremiumAndPrivate() {
        JsonNode stack = synth(vault -> { });

        JsonNode vault = onlyResource(stack, "azurerm_key_vault");
        assertThat(vault.path("rbac_authorization_enabled").asBoolean()).isTrue();
        assertThat(vault.path("purge_protection_enabled").asBoolean()).isTrue();
        assertThat(vault.path("soft_delete_retention_days").asInt()).isEqualTo(90);
        assertThat(vault.path("sku_name").asText()).isEqualTo("premium");
        assertThat(vault.path("public_network_access_enabled").asBoolean(true)).isFalse();
        assertThat(vault.path("network_acls").path("default_action").asText()).isEqualTo("Deny");
        assertThat(vault.has("access_policy")).isFalse();
        JsonNode endpoint = onlyResource(stack, "azurerm_private_endpoint");
        assertThat(endpoint.path("subnet_id").asText()).isEqualTo("/subnets/pe");
        assertThat(endpoint.path("private_service_connection").path("subresource_names").get(0).asText()).isEqualTo("vault");
        assertThat(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText()).isEqualTo("/zones/vault");
        JsonNode diagnostics = onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        List<String> groups = new ArrayList<>();
        diagnostics.path("enabled_log").forEach(log -> groups.add(log.path("category_group").asText()));
        assertThat(groups).containsExactly("audit", "allLogs");
        assertThat(diagnostics.path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
    }

    @Test
    void sandboxMayLoosenExplicitly() {
        JsonNode stack = synth(vault -> vault.premium(false).purgeProtection(false).softDeleteRetentionDays(7)
            .publicNetworkAccess(true).privateEndpointSubnetId(null).privateDnsZoneId(null));

        JsonNode vault = onlyResource(stack, "azurerm_key_vault");
        assertThat(vault.path("sku_name").asText()).isEqualTo("standard");
        assertThat(vault.path("purge_protection_enabled").asBoolean()).isFalse();
        assertThat(vault.path("soft_delete_retention_days").asInt()).isEqualTo(7);
        assertThat(Synth.resources(stack, "azurerm_private_endpoint")).isEmpty();
    }

    @Test
    void failsWhenPrivateButWithoutEndpoint() {
        assertThatThrownBy(() -> synth(vault -> vault.privateEndpointSubnetId(null)))
            .hasMessageContaining("test/kv: privateEndpointSubnetId and privateDnsZoneId is required: with public network access off");
    }

    @Test
    void failsOnNameWithDoubleHyphen() {
        assertThatThrownBy(() -> synth(vault -> vault.name("kv--nwd")))
            .hasMessageContaining("test/kv: name 'kv--nwd' is not allowed")
            .hasMessageContaining("no consecutive hyphens");
    }

    @Test
    void failsOnSoftDeleteRetentionOutsideAzureRange() {
        assertThatThrownBy(() -> synth(vault -> vault.softDeleteRetentionDays(120)))
            .hasMessageContaining("softDeleteRetentionDays 120 is not allowed; allowed: 7 to 90");
    }

    @Test
    void failsOnTenantThatIsNoGuid() {
        assertThatThrownBy(() -> synth(vault -> vault.tenantId("contoso.onmicrosoft.com")))
            .hasMessageContaining("tenantId 'contoso.onmicrosoft.com' is not allowed; a tenant id is a GUID");
    }
}
