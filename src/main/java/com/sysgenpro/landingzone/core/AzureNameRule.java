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
    /** Storage accounts: 3–24 lowercase letters and digits, unique across Azure. */
    STORAGE_ACCOUNT("storage account", 3, 24, "[a-z0-9]+", "lowercase letters and digits only", true),
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
