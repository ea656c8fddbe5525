package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import software.constructs.Construct;

/**
 * The customer-managed keys of one stack: each in the stack's own vault (Azure wants a key in the region of what it
 * encrypts), or, for what lives in another region (a server's geo-redundant backups in the paired region, a replica in
 * the recovery region), in a vault of the stack's in that region, made when first needed. Construct ids are Terraform
 * addresses: {@code key-<purpose>} for keys, {@code keys-<region code>} and {@code vault-<region code>} for another
 * region's group and vault.
 */
final class EncryptionKeys {

    private final Construct stack;
    private final Estate estate;
    private final Hosting.Names names;
    private final KeyVault vault;
    private final LogAnalyticsWorkspaceReference workspace;
    private final boolean deletionProtection;
    private final Tags tags;
    private final Map<AzureRegion, KeyVault> regional = new LinkedHashMap<>();

    EncryptionKeys(Construct stack, Estate estate, Hosting.Names names, KeyVault vault, LogAnalyticsWorkspaceReference workspace,
                   boolean deletionProtection, Tags tags) {
        this.stack = stack;
        this.estate = estate;
        this.names = names;
        this.vault = vault;
        this.workspace = workspace;
        this.deletionProtection = deletionProtection;
        this.tags = tags;
    }

    /** The key for {@code purpose} ({@code storage}, {@code database}, {@code disks}) in the stack's vault. */
    KeyVaultKey key(String purpose) {
        return key(purpose, vault);
    }

    /** The key for {@code purpose} in the stack's vault in {@code region}. */
    KeyVaultKey key(String purpose, AzureRegion region) {
        return region.equals(vault.region()) ? key(purpose) : key(purpose, regional.computeIfAbsent(region, this::vault));
    }

    private KeyVaultKey key(String purpose, KeyVault in) {
        return KeyVaultKey.Builder.create(stack, "key-" + purpose)
            .name("cmk-" + purpose)
            .vault(in)
            .deletionProtection(deletionProtection)
            .tags(tags)
            .build();
    }

    /**
     * A vault that holds only keys, in a group of its own in {@code region}, so that what it protects there stays
     * manageable while the stack's own region is down. No network of the estate's reaches that region, and none needs
     * to: the services using its keys reach it as trusted Azure services and its keys are created through Resource
     * Manager, so it has no private endpoint and refuses public network access.
     */
    private KeyVault vault(AzureRegion region) {
        ResourceGroup group = ResourceGroup.Builder.create(stack, "keys-" + region.code())
            .name("rg-" + Naming.stem(names.prefix(), names.unit(), names.environment(), region) + "-keys")
            .region(region)
            .tags(tags)
            .build();
        return KeyVault.Builder.create(stack, "vault-" + region.code())
            .name(Naming.regionalKeyVault(estate.prefix(), names.shortName(), names.environment(), region))
            .resourceGroup(group)
            .tenantId(estate.tenantId())
            .purgeProtection(true)
            .privateEndpoint(false)
            .logAnalyticsWorkspace(workspace)
            .tags(tags)
            .build();
    }
}
