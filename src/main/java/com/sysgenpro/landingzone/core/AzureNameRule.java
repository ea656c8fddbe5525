package com.sysgenpro.landingzone.core;

import java.util.regex.Pattern;

/**
 * Azure's naming rules per resource kind: length, allowed characters and scope of uniqueness.
 *
 * <p>Constructs check their {@code name} against the rule of their kind before synthesis, so that a name Azure
 * would reject fails with the construct path and the rule instead of halfway through a deployment.
 */
public enum AzureNameRule {
    /** Resource groups: 1–90 characters, letters, digits, {@code - _ . ( )}, not ending in a period. */
    RESOURCE_GROUP("resource group", 1, 90, "[-\\w._()]*[-\\w_()]", "letters, digits, - _ . ( ), not ending in '.'", false),
    /** Management groups: 1–90 characters, letters, digits, {@code - _ . ( )}, not ending in a period; unique in the tenant. */
    MANAGEMENT_GROUP("management group", 1, 90, "[-A-Za-z0-9_.()]*[-A-Za-z0-9_()]", "letters, digits, - _ . ( ), not ending in '.'", false),
    /** Log Analytics workspaces: 4–63 characters, letters, digits and hyphens, starting and ending alphanumeric. */
    LOG_ANALYTICS_WORKSPACE("Log Analytics workspace", 4, 63, "[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]",
        "letters, digits and hyphens, starting and ending with a letter or digit", false),
    /** Virtual networks, subnets, NSGs, private endpoints and DNS links: 2–64 letters, digits, {@code - _ .}. */
    NETWORK("network resource", 2, 64, "[A-Za-z0-9][-\\w.]*[\\w]", "letters, digits, - _ ., starting alphanumeric, ending with a letter, digit or _", false),
    /** AKS clusters: 1–63 letters, digits, hyphens and underscores, starting and ending alphanumeric. */
    KUBERNETES_CLUSTER("AKS cluster", 1, 63, "[A-Za-z0-9]([-A-Za-z0-9_]*[A-Za-z0-9])?", "letters, digits, - and _, starting and ending alphanumeric", false),
    /** AKS node pools (Linux): 1–12 lowercase letters and digits, starting with a letter. */
    KUBERNETES_NODE_POOL("AKS node pool", 1, 12, "[a-z][a-z0-9]*", "lowercase letters and digits, starting with a letter", false),
    /** Container registries: 5–50 letters and digits, unique across Azure. */
    CONTAINER_REGISTRY("container registry", 5, 50, "[A-Za-z0-9]+", "letters and digits only", true),
    /** PostgreSQL flexible servers: 3–63 lowercase letters, digits and hyphens, no hyphen at either end; unique across Azure. */
    POSTGRES_SERVER("PostgreSQL flexible server", 3, 63, "[a-z0-9]([-a-z0-9]*[a-z0-9])?", "lowercase letters, digits and hyphens, no hyphen at either end", true),
    /** Azure Managed Redis and Azure Cache for Redis: 1–63 letters, digits and hyphens, no hyphen at either end or "--"; unique across Azure. */
    REDIS("Redis", 1, 63, "[A-Za-z0-9](?!.*--)([-A-Za-z0-9]*[A-Za-z0-9])?", "letters, digits and hyphens, no hyphen at either end and no '--'", true),
    /** Data Protection backup vaults: 2–50 letters, digits and hyphens, starting with a letter. */
    BACKUP_VAULT("backup vault", 2, 50, "[A-Za-z][-A-Za-z0-9]*", "letters, digits and hyphens, starting with a letter", false),
    /** Monitor action groups and alerts: 1–260 characters without {@code < > * % & : \ ? + /}. */
    MONITOR("monitor resource", 1, 260, "[^<>*%&:\\\\?+/]+", "any characters but < > * % & : \\ ? + /", false),
    /** Storage accounts: 3–24 lowercase letters and digits, unique across Azure. */
    STORAGE_ACCOUNT("storage account", 3, 24, "[a-z0-9]+", "lowercase letters and digits only", true),
    /** User-assigned managed identities: 3–128 letters, digits, - and _, starting alphanumeric. */
    MANAGED_IDENTITY("managed identity", 3, 128, "[A-Za-z0-9][-\\w]*", "letters, digits, - and _, starting alphanumeric", false),
    /** Logic App (Consumption) workflows: 1–80 letters, digits, - _ . ( ). */
    LOGIC_APP_WORKFLOW("Logic App workflow", 1, 80, "[-\\w.()]+", "letters, digits, - _ . ( )", false),
    /** Key vaults: 3–24 characters, letters, digits and hyphens, starting with a letter, no "--", unique across Azure. */
    KEY_VAULT("key vault", 3, 24, "[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]",
        "letters, digits and hyphens, starting with a letter, ending alphanumeric, no consecutive hyphens", true);

    private final String kind;
    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String allowedCharacters;
    private final boolean globallyUnique;

    AzureNameRule(String kind, int minLength, int maxLength, String pattern, String allowedCharacters, boolean globallyUnique) {
        this.kind = kind;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.allowedCharacters = allowedCharacters;
        this.globallyUnique = globallyUnique;
    }

    /** Whether the name must be unique across all of Azure (it becomes part of a public DNS name). */
    public boolean globallyUnique() {
        return globallyUnique;
    }

    /** What is wrong with {@code name} for this kind, or {@code null} when Azure accepts it. */
    public String problemWith(String name) {
        if (name == null || name.length() < minLength || name.length() > maxLength) {
            return "a " + kind + " name needs " + minLength + " to " + maxLength + " characters, '" + name + "' has "
                + (name == null ? 0 : name.length());
        }
        if (!pattern.matcher(name).matches()) {
            return "a " + kind + " name allows " + allowedCharacters + "; '" + name + "' does not match";
        }
        return null;
    }
}
