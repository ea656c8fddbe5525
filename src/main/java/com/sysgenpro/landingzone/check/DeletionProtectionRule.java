package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-DEL-001: in production, Terraform refuses to destroy or replace the data stores the production blueprint protects
 * ({@code lifecycle.prevent_destroy}): PostgreSQL servers and their databases, backup vaults and their backup
 * instances, and the storage accounts holding the filestore and backups. Not applicable outside production, where
 * blueprints leave deletion protection off.
 */
final class DeletionProtectionRule extends CheckOnlyRule {

    static final String ID = "LZ-DEL-001";

    DeletionProtectionRule() {
        super(ID, "Production data stores are protected from destroy (lifecycle.prevent_destroy)",
            "Keep deletionProtection on (the production blueprint's default) so that no plan can destroy or replace"
                + " production data; to retire a data store, turn it off in a reviewed change first.",
            Severity.ERROR, Set.of(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER, ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_DATABASE,
                ResourceTypes.DATA_PROTECTION_BACKUP_VAULT, ResourceTypes.DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER,
                ResourceTypes.STORAGE_ACCOUNT));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!stack.production()) {
            return Evaluation.notApplicable(stack.name() + " is not a production stack");
        }
        boolean protectedFromDestroy = resource.body().path("lifecycle").path("prevent_destroy").asBoolean(false);
        return Evaluation.require(protectedFromDestroy, "lifecycle.prevent_destroy is not true, so a plan can destroy or"
            + " replace production data; turn deletionProtection on for the construct (the production blueprint's default)");
    }
}
