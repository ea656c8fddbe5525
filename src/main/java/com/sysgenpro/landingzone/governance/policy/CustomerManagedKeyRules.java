package com.sysgenpro.landingzone.governance.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.TerraformResource;

/**
 * How synthesized Terraform shows encryption with a customer-managed key, once for the customer-managed-key controls
 * and for {@code check}'s rule that covers what no assignment of theirs reaches.
 */
public final class CustomerManagedKeyRules {

    /** The storage account type. */
    public static final String STORAGE = InitiativeSupport.STORAGE;
    /** The PostgreSQL flexible server type. */
    public static final String POSTGRES = InitiativeSupport.POSTGRES;
    /** The AKS cluster type. */
    public static final String AKS = InitiativeSupport.AKS;
    /** The separate resource that puts a key on a storage account, the alternative to the inline block. */
    static final String STORAGE_KEY_RESOURCE = ResourceTypes.STORAGE_ACCOUNT_CUSTOMER_MANAGED_KEY;

    private CustomerManagedKeyRules() {
    }

    /** A storage account with a {@code customer_managed_key} block (a key and its identity) or a separate key resource. */
    public static Evaluation storage(TerraformResource resource) {
        JsonNode key = block(resource.body(), "customer_managed_key");
        boolean inline = !text(key, "key_vault_key_id").isEmpty() || !text(key, "managed_hsm_key_id").isEmpty();
        return Evaluation.require(inline || resource.hasCompanion(STORAGE_KEY_RESOURCE), "the account is encrypted with a"
            + " Microsoft-managed key; give the construct customerManagedKey(…) (a key in a vault of the account's region),"
            + " as the landing zone does for units with customer-managed keys");
    }

    /**
     * A PostgreSQL server with a {@code customer_managed_key} block and a user-assigned identity; with geo-redundant
     * backup also the geo-backup key and its identity. Replicas need their own key too, as Azure has them.
     */
    public static Evaluation postgres(TerraformResource resource) {
        JsonNode key = block(resource.body(), "customer_managed_key");
        if (text(key, "key_vault_key_id").isEmpty() || text(key, "primary_user_assigned_identity_id").isEmpty()) {
            return Evaluation.nonCompliant("the server is encrypted with a service-managed key, which Azure lets change only"
                + " by restoring to a new server; create it with customerManagedKey(…) (a key in a vault of its region)");
        }
        boolean geo = resource.body().path("geo_redundant_backup_enabled").asBoolean(false);
        return Evaluation.require(!geo || !text(key, "geo_backup_key_vault_key_id").isEmpty()
                && !text(key, "geo_backup_user_assigned_identity_id").isEmpty(),
            "the geo-redundant backups have no key of their own; give geoBackupKey(…), a key in a vault of the paired region,"
                + " read with a second identity");
    }

    /** An AKS cluster with a disk encryption set for its nodes' OS disks. */
    public static Evaluation cluster(TerraformResource resource) {
        return Evaluation.require(!text(resource.body(), "disk_encryption_set_id").isEmpty(), "the nodes' OS disks are"
            + " encrypted with Microsoft-managed keys; give the cluster diskEncryptionKey(…), which AKS takes at creation only"
            + " (the cluster is replaced)");
    }

    private static JsonNode block(JsonNode body, String name) {
        return TerraformJson.block(body, name);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
