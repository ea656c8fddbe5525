package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a credential in synthesized Terraform JSON: arguments named like a credential with a literal
 * value, values in the shape of connection strings, SAS tokens, PEM blocks or base64 keys, and references to the
 * key and connection-string attributes Azure resources export.
 *
 * <p>A Terraform reference to a (sensitive) variable such as {@code ${var.pg_admin_password}} is not a finding: the
 * value then lives outside the JSON. Booleans and numbers never are (flags such as {@code shared_access_key_enabled},
 * versions such as {@code administrator_password_wo_version}).
 *
 * <p>One implementation for the product and the tests: {@code check}'s secret rule (LZ-SEC-001) reports what this
 * finds, and the construct tests assert that synthesized stacks give it nothing.
 */
public final class SecretScan {

    /** Argument names that carry a credential when their value is a literal string. */
    private static final Pattern SECRET_ARGUMENT = Pattern.compile(
        "(?i).*(password|secret|access_key|account_key|primary_key|secondary_key|connection_string|sas_token|private_key"
            + "|client_certificate|auth_token|api_key).*");
    /** Settings about credentials rather than credentials: rotation intervals, flags, versions, ids, names, types. */
    private static final Pattern CREDENTIAL_SETTING = Pattern.compile("(?i).*_(interval|enabled|version|id|ids|name|type)$");
    /** Text that only occurs inside credentials. */
    private static final Pattern SECRET_TEXT = Pattern.compile(
        "(?i)AccountKey=|SharedAccessKey=|SharedAccessSignature=|[?&;]sig=|DefaultEndpointsProtocol=|password=|pwd=|-----BEGIN");
    /**
     * References to attributes of resources or data sources that hold keys, connection strings, passwords or kubeconfigs;
     * a kubeconfig's cluster CA certificate is public (in-cluster providers verify the API server with it).
     */
    private static final Pattern SECRET_REFERENCE = Pattern.compile(
        "\\$\\{(?!var\\.|local\\.)[^}]*\\.(\\w*access_key|\\w*connection_string\\w*|\\w*password\\w*|\\w*secret\\w*|\\w*_key_base64|kube_admin_config\\w*"
            + "|kube_config(?!\\[0]\\.cluster_ca_certificate\\b)\\w*|primary_key|secondary_key)\\b");
    /** A long run of the base64 alphabet: the shape of storage keys, Redis keys and tokens. */
    private static final Pattern KEY_SHAPED = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final Pattern RESOURCE_ID = Pattern.compile("/(providers|subscriptions)/[-\\w.()/]+");
    private static final Pattern PURE_REFERENCE = Pattern.compile("\\$\\{[^}]*}");

    private SecretScan() {
    }

    /** Every finding in {@code stack}, each naming the JSON path and why; empty when nothing looks like a secret. */
    public static List<String> findings(JsonNode stack) {
        return findings(stack, "");
    }

    /**
     * Every finding in {@code node}, a part of a stack found at JSON path {@code path} (e.g.
     * {@code /resource/azurerm_key_vault/vault}), each as {@code <path>: <why>}.
     */
    public static List<String> findings(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        scan(node, path, found);
        return found;
    }

    private static void scan(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("//")) {
                    return;   // cdktn metadata: construct paths, not values
                }
                String child = path + "/" + field.getKey();
                JsonNode value = field.getValue();
                if (SECRET_ARGUMENT.matcher(field.getKey()).matches() && !CREDENTIAL_SETTING.matcher(field.getKey()).matches()
                    && value.isTextual() && !value.asText().isEmpty()
                    && !PURE_REFERENCE.matcher(value.asText()).matches()) {
                    found.add(child + ": credential argument with a literal value");
                }
                scan(value, child, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isTextual()) {
            String value = node.asText();
            if (SECRET_TEXT.matcher(value).find()) {
                found.add(path + ": credential text");
            }
            if (SECRET_REFERENCE.matcher(value).find()) {
                found.add(path + ": reference to a key, password or connection string");
            }
            // Azure resource ids (policy definitions, role definitions) are long runs of the base64 alphabet too.
            Matcher run = KEY_SHAPED.matcher(RESOURCE_ID.matcher(value).matches() ? "" : value);
            while (run.find()) {
                String token = run.group();
                if (token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isUpperCase)
                    && token.chars().anyMatch(Character::isLowerCase) && !token.contains("/providers/")) {
                    found.add(path + ": key-shaped value");
                    break;
                }
            }
        }
    }
}
