package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Map;

/**
 * LZ-DEL-002: in production, PostgreSQL servers and storage accounts (filestore and backups) carry an Azure resource
 * lock, which stops deletion from outside Terraform as well (portal, CLI, another pipeline): a lock on the resource, or
 * on the resource group that holds it (locks are inherited). Either level Azure has, {@code CanNotDelete} or
 * {@code ReadOnly}, stops deletion. Not applicable outside production.
 */
final class DeleteLockRule extends CheckOnlyRule {

    static final String ID = "LZ-DEL-002";
    private static final String LOCK = ResourceTypes.MANAGEMENT_LOCK;
    /** The types the rule covers, with what its messages call them. */
    private static final Map<String, String> SUBJECTS = Map.of(
        ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER, "server",
        ResourceTypes.STORAGE_ACCOUNT, "storage account");

    DeleteLockRule() {
        super(ID, "Production PostgreSQL servers and storage accounts carry a delete lock",
            "Keep deletionProtection on for production databases and storage accounts: it adds a CanNotDelete lock on the"
                + " resource, so that nobody deletes it from the portal or the CLI either.",
            Severity.ERROR, SUBJECTS.keySet());
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!stack.production()) {
            return Evaluation.notApplicable(stack.name() + " is not a production stack");
        }
        TerraformResource group = StackQueries.referenced(resource, resource.text("resource_group_name"));
        boolean locked = !StackQueries.referring(resource, LOCK, "scope").isEmpty()
            || group != null && !StackQueries.referring(group, LOCK, "scope").isEmpty();
        String subject = SUBJECTS.getOrDefault(resource.type(), "resource");
        return Evaluation.require(locked, "no azurerm_management_lock has this " + subject + " or its resource group as its scope;"
            + " turn deletionProtection on for the " + subject + " (the production blueprint's default), which adds a CanNotDelete lock");
    }
}
