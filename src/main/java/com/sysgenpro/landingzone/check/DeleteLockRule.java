package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.governance.policy.TerraformResource;
import java.util.Set;

/**
 * LZ-DEL-002: in production, PostgreSQL servers carry an Azure resource lock, which stops deletion from outside
 * Terraform as well (portal, CLI, another pipeline): a lock on the server, or on the resource group that holds it
 * (locks are inherited). Either level Azure has, {@code CanNotDelete} or {@code ReadOnly}, stops deletion. Not
 * applicable outside production.
 */
final class DeleteLockRule extends CheckOnlyRule {

    static final String ID = "LZ-DEL-002";
    private static final String LOCK = "azurerm_management_lock";

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
        TerraformResource group = StackQueries.referenced(resource, resource.text("resource_group_name"));
        boolean locked = !StackQueries.referring(resource, LOCK, "scope").isEmpty()
            || group != null && !StackQueries.referring(group, LOCK, "scope").isEmpty();
        return Evaluation.require(locked, "no azurerm_management_lock has this server or its resource group as its scope;"
            + " turn deletionProtection on for the server (the production blueprint's default), which adds a CanNotDelete lock");
    }
}
