package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** How a preview shows argument values: short, and never a credential. */
final class Values {

    /** What a masked value shows. */
    static final String SECRET = "(secret, not shown)";
    /** What a value marked sensitive in a plan shows. */
    static final String SENSITIVE = "(sensitive)";
    /** What an absent value shows. */
    static final String ABSENT = "(none)";
    /** What a value Terraform learns only when applying shows. */
    static final String UNKNOWN = "(known after apply)";

    /** Longest value shown whole; longer ones are cut, saying how long they were. */
    static final int MAX_LENGTH = 80;

    /** Argument names that carry a credential (the same families the secret scan of the tests looks for). */
    private static final Pattern SECRET_ARGUMENT = Pattern.compile(
        "(?i).*(password|secret|access_key|account_key|primary_key|secondary_key|connection_string|sas_token|private_key"
            + "|client_key|client_certificate|auth_token|api_key|token|kube_config|kube_admin_config|custom_data).*");
    /** Settings about credentials rather than credentials: rotation intervals, flags, versions, ids, names, types. */
    private static final Pattern CREDENTIAL_SETTING = Pattern.compile(
        "(?i).*_(interval|enabled|version|id|ids|name|names|type|days|in_days|expiration_date)$");
    /** Text that only occurs inside credentials. */
    private static final Pattern SECRET_TEXT = Pattern.compile(
        "(?i)AccountKey=|SharedAccessKey=|SharedAccessSignature=|[?&;]sig=|password=|pwd=|-----BEGIN");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private Values() {
    }

    /** Renders {@code value} of argument {@code path} of a resource of {@code type}, masked when it may be a secret. */
    static String show(String type, String path, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return ABSENT;
        }
        if (isSecret(type, path, value)) {
            return SECRET;
        }
        String text = value.toString();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_LENGTH - 1) + "… (" + text.length() + " characters)";
    }

    /** Whether the argument at {@code path} may hold a credential, by its name, its resource type or its text. */
    static boolean isSecret(String type, String path, JsonNode value) {
        String last = path.replaceAll("\\[[^]]*]", "");
        int dot = last.lastIndexOf('.');
        String name = dot < 0 ? last : last.substring(dot + 1);
        if (SECRET_ARGUMENT.matcher(name).matches() && !CREDENTIAL_SETTING.matcher(name).matches()) {
            return true;
        }
        // A Kubernetes secret's data is the secret itself, whatever its keys are called.
        if (type.startsWith("kubernetes_secret") && (path.startsWith("data") || path.startsWith("binary_data"))) {
            return true;
        }
        return value != null && SECRET_TEXT.matcher(value.toString()).find();
    }

    /** {@code parent.key}, or {@code parent["key"]} when the key is not an identifier (tag keys with dots, label keys). */
    static String child(String parent, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + new com.fasterxml.jackson.databind.node.TextNode(key) + "]";
    }

    /** {@code parent[index]}. */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Whether the value is a Terraform expression ({@code ${…}}) rather than a literal. */
    static boolean isReference(JsonNode value) {
        return value != null && value.isTextual() && value.asText().contains("${");
    }

    /** The path without list indexes, as the provider schema names arguments: {@code a[0].b} → {@code a.b}. */
    static String schemaPath(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }
}
