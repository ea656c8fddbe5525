package com.sysgenpro.landingzone.governance;

import com.sysgenpro.landingzone.internal.Choices;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a partner (people outside the organisation, e.g. an Odoo implementation partner) may be made eligible
 * for: a closed set, so that no role that grants roles can reach them. Owner, User Access Administrator and Role
 * Based Access Control Administrator are deliberately absent ({@link #privileged(String)}).
 */
public enum PartnerRole {
    /** Read everything but secrets: diagnosing without changing. */
    READER(BuiltInRole.READER),
    /** Manage resources, no role assignment: deploying and fixing Odoo's infrastructure. */
    CONTRIBUTOR(BuiltInRole.CONTRIBUTOR),
    /**
     * Read the secrets of every Key Vault (Azure RBAC) in the groups: what operating Odoo's configuration by hand
     * needs, so eligible only, and only where the partner runs Odoo.
     */
    KEY_VAULT_SECRETS_USER(BuiltInRole.KEY_VAULT_SECRETS_USER);

    private final BuiltInRole role;

    PartnerRole(BuiltInRole role) {
        this.role = role;
    }

    /** The built-in role it grants. */
    public BuiltInRole role() {
        return role;
    }

    /** The spelling in estate files and construct ids, e.g. {@code key-vault-secrets-user}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role spelt {@code id}, if a partner may hold it. */
    public static Optional<PartnerRole> find(String id) {
        return Choices.find(values(), PartnerRole::id, id);
    }

    /** Every id, comma-separated, for messages. */
    public static String ids() {
        return Choices.allowed(values(), PartnerRole::id);
    }

    /**
     * The privileged built-in role spelt {@code id} the way {@link #id()} spells roles (e.g. {@code owner},
     * {@code user-access-administrator}), so that a refusal can say why: each of them grants roles, so a partner
     * holding one could make itself or anyone Owner.
     */
    public static Optional<BuiltInRole> privileged(String id) {
        return SeparationOfDuties.PRIVILEGED_ROLES.stream()
            .filter(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(id)).findFirst();
    }

    /** The privileged roles' ids, for messages. */
    public static List<String> privilegedIds() {
        return SeparationOfDuties.PRIVILEGED_ROLES.stream().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }
}
