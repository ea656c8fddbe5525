package com.sysgenpro.landingzone.testing;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.ReferenceFixtures;
import java.util.Map;
import software.constructs.Construct;

/** Customer-managed keys for construct tests: a keys-only vault in a region, with one key. */
public final class KeyFixtures {

    public static final String TENANT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final Tags TAGS = Tags.of(Map.of("business-unit", "pharma", "environment", "production", "owner", "erp@example.com",
        "cost-center", "CC-14", "recovery-tier", "tier-2", "data-classification", "regulated"));

    private KeyFixtures() {
    }

    /** A key {@code cmk-<id>} in vault {@code kv-<id>-<region code>} in {@code region}, under construct ids starting with {@code id}. */
    public static KeyVaultKey key(Construct scope, String id, String region) {
        AzureRegion azureRegion = AzureRegion.of(region);
        ResourceGroup group = ResourceGroup.Builder.create(scope, id + "-keys").name("rg-" + id + "-keys-" + azureRegion.code())
            .region(azureRegion).tags(TAGS).build();
        KeyVault vault = KeyVault.Builder.create(scope, id + "-vault").name("kv-" + id + "-" + azureRegion.code()).resourceGroup(group)
            .tenantId(TENANT).privateEndpoint(false).logAnalyticsWorkspace(ReferenceFixtures.WORKSPACE).tags(TAGS).build();
        return KeyVaultKey.Builder.create(scope, id + "-key").name("cmk-" + id).vault(vault).build();
    }
}
