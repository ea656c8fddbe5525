package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import java.util.Set;

/**
 * LZ-DEL-002: in production, PostgreSQL servers carry an Azure resource lock ({@code CanNotDelete} or
 * {@code ReadOnly}), which stops deletion from outside Terraform as well (portal, CLI, another pipeline). Not
 * applicable outside production.
 */
final class DeleteLockRule extends CheckOnlyRule {

    static final String ID = "LZ-DEL-002";
    private static final Set<String> LOCK_LEVELS = Set.of("CanNotDelete", "ReadOnly");

    DeleteLockRule() {
        super(ID, "Production PostgreSQL servers carry a delete lock",
            "Keep deletionProtection on for production databases: it adds a CanNotDelete lock on the server, so that"
                + " nobody deletes it from the portal or the CLI either.",
            Severity.ERROR, Set.of("azurerm_postgresql_flexible_server"));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!stack.production()) {
            return Evaluation.notApplicable(stack.name() + " is not a production stack");
        }
        boolean locked = StackQueries.referring(resource, "azurerm_management_lock", "scope").stream()
            .anyMatch(lock -> LOCK_LEVELS.contains(lock.text("lock_level")));
        return Evaluation.require(locked, "no azurerm_management_lock with lock_level CanNotDelete (or ReadOnly) has this"
            + " server as its scope; turn deletionProtection on for the server (the production blueprint's default)");
    }
}
