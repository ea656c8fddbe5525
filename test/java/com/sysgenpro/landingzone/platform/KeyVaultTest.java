package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.SubnetReference;
import com.sysgenpro.landingzone.testing.ReferenceFixtures;
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
                .tenantId(TENANT).privateEndpointSubnet(SubnetReference.fromId(ReferenceFixtures.ENDPOINT_SUBNET_ID)).privateDnsZone(PrivateDnsZoneReference.fromId(ReferenceFixtures.VAULT_ZONE_ID))
                .logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(NetworkTest.TAGS);
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
        assertThat(endpoint.path("subnet_id").asText()).isEqualTo(ReferenceFixtures.ENDPOINT_SUBNET_ID);
        assertThat(endpoint.path("private_service_connection").path("subresource_names").get(0).asText()).isEqualTo("vault");
        assertThat(endpoint.path("private_dns_zone_group").path("private_dns_zone_ids").get(0).asText()).isEqualTo(ReferenceFixtures.VAULT_ZONE_ID);
        JsonNode diagnostics = onlyResource(stack, "azurerm_monitor_diagnostic_setting");
        List<String> groups = new ArrayList<>();
        diagnostics.path("enabled_log").forEach(log -> groups.add(log.path("category_group").asText()));
        assertThat(groups).containsExactly("audit", "allLogs");
        assertThat(diagnostics.path("enabled_metric").get(0).path("category").asText()).isEqualTo("AllMetrics");
    }

    @Test
    void sandboxMayLoosenExplicitly() {
        JsonNode stack = synth(vault -> vault.premium(false).purgeProtection(false).softDeleteRetentionDays(7)
            .publicNetworkAccess(true).privateEndpointSubnet(null).privateDnsZone(null));

        JsonNode vault = onlyResource(stack, "azurerm_key_vault");
        assertThat(vault.path("sku_name").asText()).isEqualTo("standard");
        assertThat(vault.path("purge_protection_enabled").asBoolean()).isFalse();
        assertThat(vault.path("soft_delete_retention_days").asInt()).isEqualTo(7);
        assertThat(Synth.resources(stack, "azurerm_private_endpoint")).isEmpty();
    }

    @Test
    void failsWhenPrivateButWithoutEndpoint() {
        assertThatThrownBy(() -> synth(vault -> vault.privateEndpointSubnet(null)))
            .hasMessageContaining("test/kv: privateEndpointSubnet and privateDnsZone is required: with public network access off");
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

    private static JsonNode synthKey(Consumer<KeyVault.Builder> vault, Consumer<KeyVaultKey.Builder> key) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg").name("rg-kv").region(AzureRegion.of("westeurope")).build();
            KeyVault.Builder vaultBuilder = KeyVault.Builder.create(stack, "kv").name("kv-nwd-pha-prod").resourceGroup(group)
                .tenantId(TENANT).privateEndpointSubnet(SubnetReference.fromId(ReferenceFixtures.ENDPOINT_SUBNET_ID)).privateDnsZone(PrivateDnsZoneReference.fromId(ReferenceFixtures.VAULT_ZONE_ID))
                .logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(NetworkTest.TAGS);
            vault.accept(vaultBuilder);
            KeyVaultKey.Builder keyBuilder = KeyVaultKey.Builder.create(stack, "key").name("cmk-storage").vault(vaultBuilder.build());
            key.accept(keyBuilder);
            keyBuilder.build();
        });
    }

    @Test
    void customerManagedKeyIsCreatedThroughResourceManagerWithARotationPolicyAndNoExpiry() {
        JsonNode stack = synthKey(vault -> { }, key -> { });

        assertThat(Synth.resources(stack, "azurerm_key_vault_key")).as("no data-plane key: the vault refuses public access").isEmpty();
        JsonNode deployment = onlyResource(stack, "azurerm_resource_group_template_deployment");
        assertThat(deployment.path("name").asText()).isEqualTo("key-kv-nwd-pha-prod-cmk-storage");
        assertThat(deployment.path("deployment_mode").asText()).isEqualTo("Incremental");
        assertThat(deployment.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(deployment.path("depends_on").get(0).asText()).startsWith("azurerm_key_vault.kv");
        JsonNode template = Synth.parse(deployment.path("template_content").asText());
        JsonNode key = template.path("resources").get(0);
        assertThat(key.path("type").asText()).isEqualTo("Microsoft.KeyVault/vaults/keys");
        assertThat(key.path("name").asText()).isEqualTo("kv-nwd-pha-prod/cmk-storage");
        assertThat(key.path("properties").path("kty").asText()).isEqualTo("RSA-HSM");
        assertThat(key.path("properties").path("keySize").asInt()).isEqualTo(3072);
        assertThat(key.path("properties").path("keyOps").toString()).isEqualTo("[\"wrapKey\",\"unwrapKey\"]");
        assertThat(key.path("properties").path("attributes").has("exp")).isFalse();
        JsonNode rotate = key.path("properties").path("rotationPolicy").path("lifetimeActions").get(0);
        assertThat(rotate.path("action").path("type").asText()).isEqualTo("rotate");
        assertThat(rotate.path("trigger").path("timeAfterCreate").asText()).isEqualTo("P365D");
        assertThat(key.path("properties").path("rotationPolicy").has("attributes")).as("no expiry").isFalse();
        assertThat(Synth.tags(key)).isEqualTo(NetworkTest.TAGS.asMap());
    }

    @Test
    void standardVaultGetsSoftwareKeysAndSizeAndRotationAreProps() {
        JsonNode stack = synthKey(vault -> vault.premium(false), key -> key.keySize(4096).rotateAfterDays(90).deletionProtection(false));

        JsonNode deployment = onlyResource(stack, "azurerm_resource_group_template_deployment");
        JsonNode properties = Synth.parse(deployment.path("template_content").asText()).path("resources").get(0).path("properties");
        assertThat(properties.path("kty").asText()).isEqualTo("RSA");
        assertThat(properties.path("keySize").asInt()).isEqualTo(4096);
        assertThat(properties.path("rotationPolicy").path("lifetimeActions").get(0).path("trigger").path("timeAfterCreate").asText())
            .isEqualTo("P90D");
        assertThat(deployment.has("lifecycle")).isFalse();
    }

    @Test
    void keyIdsAreVersionlessAndKnownFromTheVaultSoThatRotationChangesNothing() {
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = ResourceGroup.Builder.create(scope, "rg").name("rg-kv").region(AzureRegion.of("westeurope")).build();
            KeyVault vault = KeyVault.Builder.create(scope, "kv").name("kv-nwd-pha-prod").resourceGroup(group).tenantId(TENANT)
                .privateEndpoint(false).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(NetworkTest.TAGS).build();
            KeyVaultKey key = KeyVaultKey.Builder.create(scope, "key").name("cmk-database").vault(vault).build();
            assertThat(key.region()).isEqualTo(AzureRegion.of("westeurope"));
            io.cdktn.cdktn.TerraformOutput.Builder.create(scope, "versionless").value(key.versionlessId()).build();
            io.cdktn.cdktn.TerraformOutput.Builder.create(scope, "scope").value(key.resourceId()).build();
        });

        assertThat(stack.path("output").path("versionless").path("value").asText())
            .matches("\\$\\{azurerm_key_vault\\.kv_\\w+\\.vault_uri}keys/cmk-database");
        assertThat(stack.path("output").path("scope").path("value").asText())
            .matches("\\$\\{azurerm_key_vault\\.kv_\\w+\\.id}/keys/cmk-database");
    }

    @Test
    void keysOnlyVaultHasNoPrivateEndpointAndRefusesPublicAccess() {
        JsonNode stack = synth(vault -> vault.privateEndpoint(false).privateEndpointSubnet(null).privateDnsZone(null));

        JsonNode vault = onlyResource(stack, "azurerm_key_vault");
        assertThat(vault.path("public_network_access_enabled").asBoolean(true)).isFalse();
        assertThat(vault.path("network_acls").path("bypass").asText()).isEqualTo("AzureServices");
        assertThat(Synth.resources(stack, "azurerm_private_endpoint")).isEmpty();
    }

    @Test
    void failsOnEndpointSettingsForAVaultWithoutEndpoint() {
        assertThatThrownBy(() -> synth(vault -> vault.privateEndpoint(false)))
            .hasMessageContaining("test/kv: privateEndpointSubnet/privateDnsZone 'set' is not allowed; nothing with privateEndpoint(false)");
    }

    @Test
    void failsOnCustomerManagedKeyInAVaultWithoutPurgeProtection() {
        assertThatThrownBy(() -> synthKey(vault -> vault.purgeProtection(false), key -> { }))
            .hasMessageContaining("test/key: vault 'kv-nwd-pha-prod' is not allowed; a vault with purge protection");
    }

    @Test
    void failsOnKeySizeOrRotationOutsideTheFloor() {
        assertThatThrownBy(() -> synthKey(vault -> { }, key -> key.keySize(2048)))
            .hasMessageContaining("test/key: keySize 2048 is not allowed; one of [3072, 4096]");
        assertThatThrownBy(() -> synthKey(vault -> { }, key -> key.rotateAfterDays(1000)))
            .hasMessageContaining("test/key: rotateAfterDays 1000 is not allowed; allowed: 30 to 730");
        assertThatThrownBy(() -> synthKey(vault -> { }, key -> key.name("cmk_storage")))
            .hasMessageContaining("test/key: name 'cmk_storage' is not allowed; 1 to 32 letters, digits and hyphens");
    }
}
