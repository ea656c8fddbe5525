package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.TerraformJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer-managed key a resource names, {@code ${azurerm_key_vault.<vault>.vault_uri}keys/<name>}, found by following
 * the reference to its vault: the runbook's Key Vault, PostgreSQL, storage and cluster steps say which key a restore needs.
 */
record CustomerManagedKey(Located vault, String name) {

    private static final Pattern KEY_REFERENCE = Pattern.compile("\\$\\{(azurerm_key_vault\\.[^.}]+)\\.vault_uri}keys/([A-Za-z0-9-]+)");
    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9-]+");

    String uri() {
        return "https://" + vault.name() + ".vault.azure.net/keys/" + name;
    }

    String describe() {
        return code(name) + " in " + code(vault.name()) + " (" + vault.location() + ")";
    }

    /** The key {@code field} of {@code block} (a resource's {@code customer_managed_key}, or its body) names, if any. */
    static Optional<CustomerManagedKey> of(OutputIndex index, Located owner, JsonNode block, String field) {
        Matcher matcher = KEY_REFERENCE.matcher(block.path(field).asText(""));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(2);
        return index.resolve(owner.stack(), "${" + matcher.group(1) + ".id}").map(vault -> new CustomerManagedKey(vault, name));
    }

    /** The resource's {@code customer_managed_key} block. */
    static JsonNode encryption(Located resource) {
        return TerraformJson.block(resource.body(), "customer_managed_key");
    }

    /** The name of the identity {@code field} of {@code block} refers to, or a placeholder. */
    static String identity(OutputIndex index, Located owner, JsonNode block, String field) {
        return index.resolve(owner.stack(), block.path(field).asText("")).map(Located::name).orElse("<identity>");
    }

    /** The keys in {@code vault} that resources of its stack use, by name. */
    static List<String> namesIn(OutputIndex index, Located vault) {
        String reference = "${azurerm_key_vault." + vault.resource().name() + ".vault_uri}keys/";
        Set<String> keys = new TreeSet<>();
        for (Located resource : index.resources(vault.stack())) {
            String body = resource.body().toString();
            for (int at = body.indexOf(reference); at >= 0; at = body.indexOf(reference, at + 1)) {
                Matcher name = KEY_NAME.matcher(body.substring(at + reference.length()));
                if (name.lookingAt()) {
                    keys.add(name.group());
                }
            }
        }
        return List.copyOf(keys);
    }
}
