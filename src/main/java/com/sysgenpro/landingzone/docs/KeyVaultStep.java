package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Step "2. Key Vault and secrets": recovering a deleted vault, its secrets and, for a vault holding customer-managed
 * keys, the keys first.
 */
final class KeyVaultStep extends RunbookSection {

    KeyVaultStep(Page page) {
        super(page);
    }

    /** @param vaults the environment's vaults and its shared hosting's, at least one */
    void write(List<Located> vaults) {
        md.paragraph(AzureDocs.KEY_VAULT + ": a region outage needs no action here. The landing zone writes no secrets"
            + " into Terraform; what the vaults hold was put there by your deployments, so keep its source of truth elsewhere.");
        sources.add(AzureDocs.KEY_VAULT_REDUNDANCY);
        for (Located vault : vaults) {
            boolean purgeProtected = vault.body().path("purge_protection_enabled").asBoolean(false);
            int days = vault.body().path("soft_delete_retention_days").asInt(90);
            md.paragraph(code(vault.name()) + " (resource group " + code(f.group(vault)) + ", " + vault.location() + ", stack "
                + code(vault.stackName()) + "): a deleted vault or secret stays recoverable for " + days + " days. "
                + (purgeProtected ? "Purge protection is on, so nobody can purge it before then."
                : "**Purge protection is off:** a purged vault or secret is gone; re-create the secrets from their source.")
                + " Recover a deleted vault first (applying the stack instead fails on the name the deleted vault still holds),"
                + " then deleted secrets; the secret commands use the vault's data plane, "
                + (vault.resource().hasCompanion(ResourceTypes.PRIVATE_ENDPOINT)
                    ? "which is reachable only through its private endpoint, so run them from inside the network."
                    : "which this vault opens to no network (it has no private endpoint): for the duration, enable public access"
                        + " for your address only (`az keyvault update --name " + vault.name() + " --public-network-access Enabled"
                        + " --default-action Deny`, then `az keyvault network-rule add --name " + vault.name()
                        + " --ip-address <your IP>`), and disable it again afterwards (applying the stack does)."));
            md.code("sh", List.of(
                "az keyvault list-deleted --resource-type vault",
                "az keyvault recover --name " + vault.name() + " --resource-group " + f.group(vault) + " --location " + vault.location(),
                "az keyvault secret list-deleted --vault-name " + vault.name(),
                "az keyvault secret recover --vault-name " + vault.name() + " --name <secret name>"));
            keyRecovery(vault);
        }
    }

    /** What a vault holding customer-managed keys adds to its recovery: the keys first, and how to reach its data plane. */
    private void keyRecovery(Located vault) {
        List<String> keys = CustomerManagedKey.namesIn(f.index(), vault);
        if (keys.isEmpty()) {
            return;
        }
        String id = "${azurerm_key_vault." + vault.resource().name() + ".id}";
        boolean endpoint = f.index().resources(vault.stack(), ResourceTypes.PRIVATE_ENDPOINT).stream()
            .anyMatch(pe -> pe.body().toString().contains(id));
        md.paragraph("**" + code(vault.name()) + " holds customer-managed keys** (" + keys.stream().map(Markdown::code)
            .collect(Collectors.joining(", ")) + "): what they encrypt is unreadable while a key, its vault or a service's access"
            + " to it is missing (a PostgreSQL server turns Inaccessible within the hour, storage refuses every read). Recover the"
            + " vault and its keys before anything else, and purge neither while a backup encrypted with them may still be"
            + " restored. The keys were created through Resource Manager, but recovering one is a data-plane call: "
            + (endpoint ? "run it from inside the network."
                : "the vault has no private endpoint and refuses public access, so allow your address for the duration and close"
                    + " it again after."));
        List<String> lines = new ArrayList<>();
        if (!endpoint) {
            lines.add("az keyvault update --name " + vault.name() + " --public-network-access Enabled --default-action Deny");
            lines.add("az keyvault network-rule add --name " + vault.name() + " --ip-address <your address>/32");
        }
        lines.add("az keyvault key list-deleted --vault-name " + vault.name());
        keys.forEach(key -> lines.add("az keyvault key recover --vault-name " + vault.name() + " --name " + key));
        if (!endpoint) {
            lines.add("az keyvault update --name " + vault.name() + " --public-network-access Disabled");
        }
        md.code("sh", lines);
    }
}
