package com.sysgenpro.landingzone.workload;

import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.storage_account.StorageAccountBlobProperties;
import io.cdktn.providers.azurerm.storage_account.StorageAccountBlobPropertiesContainerDeleteRetentionPolicy;
import io.cdktn.providers.azurerm.storage_account.StorageAccountBlobPropertiesDeleteRetentionPolicy;
import io.cdktn.providers.azurerm.storage_account.StorageAccountCustomerManagedKey;
import io.cdktn.providers.azurerm.storage_account.StorageAccountIdentity;
import io.cdktn.providers.azurerm.storage_account.StorageAccountNetworkRules;
import io.cdktn.providers.azurerm.storage_container.StorageContainer;
import io.cdktn.providers.azurerm.storage_container_immutability_policy.StorageContainerImmutabilityPolicy;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicy;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicyRule;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicyRuleActions;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicyRuleActionsBaseBlob;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicyRuleActionsVersion;
import io.cdktn.providers.azurerm.storage_management_policy.StorageManagementPolicyRuleFilters;
import io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.DiagnosticSettings;
import com.sysgenpro.landingzone.platform.KeyVaultKey;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.PrivateDnsZoneReference;
import com.sysgenpro.landingzone.platform.PrivateEndpoint;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.platform.SubnetReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * A blob storage account for an Odoo environment ({@code azurerm_storage_account}, StorageV2, Standard tier): the
 * filestore (attachments), backups, exports and archives, each in its own private container.
 *
 * <p>Secure by default: HTTPS only with TLS 1.2, shared keys off (data access with Entra ID only, which the portal
 * and tools default to), no anonymous access to any container, public network access off with the firewall denying
 * by default (trusted Azure services bypass it), infrastructure (double) encryption, and a private endpoint for the
 * blob service in the environment's network. With {@link StorageAccountProps#customerManagedKey()}, data is encrypted
 * with that key, through a user-assigned identity of the account's own. Recoverable by default: blob versioning, change feed, soft delete of
 * blobs and containers, and a time-based immutability (WORM) policy on the backup container. A lifecycle management
 * policy moves blobs to cooler tiers and deletes them by retention class, and deletes previous versions. Protected
 * from deletion by default: {@code prevent_destroy} and a {@code CanNotDelete} lock on the account (see
 * {@link StorageAccountProps#deletionProtection()}). Diagnostics go to the workspace: the account's metrics and the
 * blob service's logs and metrics.
 *
 * <p>Every child resource is managed through Azure Resource Manager (containers are created with
 * {@code storage_account_id}, which the provider handles over ARM, not the blob data plane), so deploying needs
 * neither shared keys nor network access to the account. Where the provider does reach the data plane it must use
 * Entra ID, because {@code shared_access_key_enabled} is {@code false}: the azurerm provider needs
 * {@code storage_use_azuread = true}, which every stack of the estate sets (see the estate's stack defaults); a stack
 * built outside the estate must set it too. No key, SAS or connection string is ever written to the
 * synthesized configuration; workloads get data roles on the account or a container ({@link #containerId(String)}).
 */
public final class StorageAccount extends Construct {

    /** The private endpoint's sub-resource: the blob service. */
    public static final String BLOB_SUBRESOURCE = "blob";
    /** Metric category the storage account and its blob service export; both reject {@code AllMetrics}. */
    static final List<String> STORAGE_METRICS = List.of("Transaction");

    private static final Pattern CONTAINER_NAME = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");
    private static final int MIN_SOFT_DELETE_DAYS = 1;
    private static final int MAX_SOFT_DELETE_DAYS = 365;
    private static final int MAX_RETENTION_DAYS = 146_000;
    private static final int MAX_LIFECYCLE_DAYS = 99_999;
    private static final int MAX_LIFECYCLE_RULES = 100;

    private final io.cdktn.providers.azurerm.storage_account.StorageAccount resource;
    private final String name;
    private final StorageReplication replication;
    private final boolean customerManagedKey;
    private final Map<String, StorageContainer> containers = new LinkedHashMap<>();

    /** Creates the account; prefer {@link Builder#create(Construct, String)}. */
    public StorageAccount(Construct scope, String id, StorageAccountProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.STORAGE_ACCOUNT);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.replication = Checks.required(path, "replication", props.replication());
        List<String> containerNames = containers(path, props.containers());
        Checks.inRange(path, "blobSoftDeleteDays", props.blobSoftDeleteDays(), MIN_SOFT_DELETE_DAYS, MAX_SOFT_DELETE_DAYS);
        Checks.inRange(path, "containerSoftDeleteDays", props.containerSoftDeleteDays(), MIN_SOFT_DELETE_DAYS, MAX_SOFT_DELETE_DAYS);
        Checks.inRange(path, "changeFeedRetentionDays", props.changeFeedRetentionDays(), 1, MAX_RETENTION_DAYS);
        Checks.inRange(path, "versionRetentionDays", props.versionRetentionDays(), 1, MAX_RETENTION_DAYS);
        String backupContainer = props.backupContainer();
        if (backupContainer != null && !containerNames.contains(backupContainer)) {
            throw Checks.invalid(path, "backupContainer", backupContainer,
                "name one of the containers " + containerNames + ", or set null for no immutability policy");
        }
        Checks.inRange(path, "immutabilityDays", props.immutabilityDays(), 1, MAX_RETENTION_DAYS);
        Map<String, RetentionClass> lifecycle = lifecycle(path, props, containerNames, backupContainer);
        SubnetReference subnet = Checks.required(path, "privateEndpointSubnet", props.privateEndpointSubnet());
        PrivateDnsZoneReference dnsZone = Checks.required(path, "privateDnsZone", props.privateDnsZone());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        Tags tags = props.tags() != null ? props.tags() : resourceGroup.tags();
        KeyVaultKey key = props.customerManagedKey();
        if (key != null && !key.region().equals(resourceGroup.region())) {
            throw Checks.invalid(path, "customerManagedKey", key.declaredName() + " in " + key.region(), "a key in a vault in "
                + resourceGroup.region() + ", the account's region (Azure Storage uses keys of its own region only)");
        }
        this.customerManagedKey = key != null;

        var builder = io.cdktn.providers.azurerm.storage_account.StorageAccount.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .accountKind("StorageV2")
            .accountTier("Standard")
            .accountReplicationType(replication.terraformValue())
            .accessTier("Hot")
            .httpsTrafficOnlyEnabled(true)
            .minTlsVersion("TLS1_2")
            .allowNestedItemsToBePublic(false)
            .sharedAccessKeyEnabled(false)
            .defaultToOauthAuthentication(true)
            .localUserEnabled(false)
            .sftpEnabled(false)
            .crossTenantReplicationEnabled(false)
            .infrastructureEncryptionEnabled(true)
            .publicNetworkAccessEnabled(false)
            .networkRules(StorageAccountNetworkRules.builder()
                .defaultAction("Deny")
                .bypass(List.of("AzureServices"))
                .build())
            .blobProperties(StorageAccountBlobProperties.builder()
                .versioningEnabled(true)
                .changeFeedEnabled(true)
                .changeFeedRetentionInDays(props.changeFeedRetentionDays())
                .deleteRetentionPolicy(StorageAccountBlobPropertiesDeleteRetentionPolicy.builder()
                    .days(props.blobSoftDeleteDays()).build())
                .containerDeleteRetentionPolicy(StorageAccountBlobPropertiesContainerDeleteRetentionPolicy.builder()
                    .days(props.containerSoftDeleteDays()).build())
                .build())
            .tags(tags.asMap());
        TerraformResourceLifecycle protect = DeletionProtection.lifecycle(props.deletionProtection(), List.of());
        if (protect != null) {
            builder.lifecycle(protect);
        }
        if (key != null) {
            encryptWith(key, resourceGroup, tags, builder);
        }
        this.resource = builder.build();

        for (String container : containerNames) {
            containers.put(container, StorageContainer.Builder.create(this, "Container-" + container)
                .name(container)
                // With the account id the provider manages the container through ARM, not the blob data plane.
                .storageAccountId(resource.getId())
                .containerAccessType("private")
                .build());
        }
        if (backupContainer != null) {
            StorageContainerImmutabilityPolicy.Builder.create(this, "BackupImmutability")
                // The container's id: its Resource Manager id, since it is managed through ARM (storage_account_id).
                // azurerm 4.x deprecates the container's resource_manager_id in favour of id.
                .storageContainerResourceManagerId(containers.get(backupContainer).getId())
                .immutabilityPeriodInDays(props.immutabilityDays())
                .locked(props.immutabilityLocked())
                .protectedAppendWritesEnabled(false)
                .protectedAppendWritesAllEnabled(false)
                .build();
        }
        StorageManagementPolicy.Builder.create(this, "Lifecycle")
            .storageAccountId(resource.getId())
            .rule(rules(lifecycle, props.versionRetentionDays()))
            .build();

        new PrivateEndpoint(this, "PrivateEndpoint", WorkloadNames.privateEndpoint(name, BLOB_SUBRESOURCE), resourceGroup,
            subnet, resource.getId(), BLOB_SUBRESOURCE, dnsZone, tags);
        // The account itself has metrics only; the blob service has the read/write/delete logs.
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, List.of(), STORAGE_METRICS);
        new DiagnosticSettings(this, "BlobDiagnostics", blobServiceId(), workspace, DiagnosticSettings.ALL_LOGS, STORAGE_METRICS);

        if (props.deletionProtection()) {
            DeletionProtection.lock(this, resource.getId(), "Odoo's filestore and backups. Deletion protection is on in the"
                + " landing zone; turn it off there to delete.");
        }
    }

    /**
     * The account's own identity, its access to the key, and the key on the account. The account is created with the
     * key, which Azure checks then, so it waits for the access.
     */
    private void encryptWith(KeyVaultKey key, ResourceGroup resourceGroup, Tags tags,
                             io.cdktn.providers.azurerm.storage_account.StorageAccount.Builder builder) {
        UserAssignedIdentity identity = UserAssignedIdentity.Builder.create(this, "EncryptionIdentity")
            .name(WorkloadNames.encryptionIdentity(name))
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .tags(tags.asMap())
            .build();
        var access = key.grantEncryptionUser(this, "EncryptionKeyAccess", identity.getPrincipalId(),
            "Encrypt the storage account " + name + " with " + key.declaredName());
        builder.identity(StorageAccountIdentity.builder().type("UserAssigned").identityIds(List.of(identity.getId())).build())
            .customerManagedKey(StorageAccountCustomerManagedKey.builder()
                .keyVaultKeyId(key.versionlessId())
                .userAssignedIdentityId(identity.getId())
                .build())
            .dependsOn(List.of(access));
    }

    private static List<String> containers(String path, List<String> containers) {
        if (containers == null || containers.isEmpty()) {
            throw Checks.invalid(path, "containers", "[]", "at least one container, e.g. " + StorageAccountProps.DEFAULT_CONTAINERS);
        }
        Set<String> seen = new HashSet<>();
        for (String container : containers) {
            if (container == null || !CONTAINER_NAME.matcher(container).matches()) {
                throw Checks.invalid(path, "containers", container, "container names have 3 to 63 lowercase letters, digits and"
                    + " hyphens, start and end with a letter or digit and have no '--'");
            }
            if (!seen.add(container)) {
                throw Checks.invalid(path, "containers", container, "each container once; " + containers + " lists it twice");
            }
        }
        return List.copyOf(containers);
    }

    private Map<String, RetentionClass> lifecycle(String path, StorageAccountProps props, List<String> containerNames,
                                                  String backupContainer) {
        Map<String, RetentionClass> lifecycle = new TreeMap<>();
        if (props.lifecycle() == null) {
            StorageAccountProps.DEFAULT_LIFECYCLE.forEach((prefix, retention) -> {
                if (containerNames.contains(prefix)) {
                    lifecycle.put(prefix, retention);
                }
            });
        } else {
            props.lifecycle().forEach((prefix, retention) -> {
                if (prefix == null) {
                    throw Checks.invalid(path, "lifecycle", "null", "a prefix names a container, e.g. 'backups'");
                }
                lifecycle.put(prefix, retention);
            });
        }
        if (lifecycle.size() >= MAX_LIFECYCLE_RULES) {
            throw Checks.invalid(path, "lifecycle", lifecycle.size() + " prefixes", "at most " + (MAX_LIFECYCLE_RULES - 1)
                + " (Azure allows " + MAX_LIFECYCLE_RULES + " rules, one is kept for previous versions)");
        }
        Map<String, String> ruleNames = new HashMap<>();
        for (Map.Entry<String, RetentionClass> entry : lifecycle.entrySet()) {
            String prefix = entry.getKey();
            String prop = "lifecycle['" + prefix + "']";
            String container = prefix.split("/", 2)[0];
            if (!containerNames.contains(container)) {
                throw Checks.invalid(path, "lifecycle", prefix, "a prefix starts with one of the containers " + containerNames
                    + ", e.g. 'backups' or 'backups/weekly'");
            }
            RetentionClass retention = entry.getValue();
            if (retention == null || retention.coolAfterDays() == null && retention.coldAfterDays() == null
                && retention.archiveAfterDays() == null && retention.deleteAfterDays() == null) {
                throw Checks.invalid(path, prop, String.valueOf(retention), "set at least one of cool, cold, archive and delete after days");
            }
            List<Integer> steps = new ArrayList<>();
            for (Integer days : new Integer[] {retention.coolAfterDays(), retention.coldAfterDays(), retention.archiveAfterDays(),
                retention.deleteAfterDays()}) {
                if (days != null) {
                    Checks.inRange(path, prop + " days", days, 0, MAX_LIFECYCLE_DAYS);
                    if (!steps.isEmpty() && days <= steps.get(steps.size() - 1)) {
                        throw Checks.invalid(path, prop, retention.toString(),
                            "the days must increase in the order cool < cold < archive < delete");
                    }
                    steps.add(days);
                }
            }
            if (retention.archiveAfterDays() != null && !replication.supportsArchiveTier()) {
                throw Checks.invalid(path, prop, retention.toString(), "Azure offers the Archive tier on locally or geo-redundant"
                    + " accounts only (LRS, GRS, RA-GRS), not on " + replication + "; use thenColdAfter(…) instead (Cold keeps"
                    + " blobs online on every replication) or replication LRS");
            }
            if (container.equals(backupContainer) && retention.deleteAfterDays() != null
                && retention.deleteAfterDays() < props.immutabilityDays()) {
                throw Checks.invalid(path, prop, retention.toString(), "the backup container is immutable for "
                    + props.immutabilityDays() + " days; delete after at least that many days");
            }
            String ruleName = ruleName(prefix);
            String clash = ruleNames.put(ruleName, prefix);
            if (clash != null) {
                throw Checks.invalid(path, "lifecycle", prefix, "prefixes that differ in more than punctuation; '" + clash
                    + "' gives the same rule name " + ruleName);
            }
        }
        return lifecycle;
    }

    /** Rule names allow letters and digits only. */
    private static String ruleName(String prefix) {
        return "retain" + prefix.replaceAll("[^A-Za-z0-9]", "");
    }

    private static List<StorageManagementPolicyRule> rules(Map<String, RetentionClass> lifecycle, int versionRetentionDays) {
        List<StorageManagementPolicyRule> rules = new ArrayList<>();
        lifecycle.forEach((prefix, retention) -> {
            var baseBlob = StorageManagementPolicyRuleActionsBaseBlob.builder();
            if (retention.coolAfterDays() != null) {
                baseBlob.tierToCoolAfterDaysSinceModificationGreaterThan(retention.coolAfterDays());
            }
            if (retention.coldAfterDays() != null) {
                baseBlob.tierToColdAfterDaysSinceModificationGreaterThan(retention.coldAfterDays());
            }
            if (retention.archiveAfterDays() != null) {
                baseBlob.tierToArchiveAfterDaysSinceModificationGreaterThan(retention.archiveAfterDays());
            }
            if (retention.deleteAfterDays() != null) {
                baseBlob.deleteAfterDaysSinceModificationGreaterThan(retention.deleteAfterDays());
            }
            rules.add(StorageManagementPolicyRule.builder()
                .name(ruleName(prefix))
                .enabled(true)
                .filters(StorageManagementPolicyRuleFilters.builder()
                    .blobTypes(List.of("blockBlob"))
                    .prefixMatch(List.of(prefix.contains("/") ? prefix : prefix + "/"))
                    .build())
                .actions(StorageManagementPolicyRuleActions.builder().baseBlob(baseBlob.build()).build())
                .build());
        });
        // Versioning keeps every overwritten or deleted blob; previous versions expire everywhere after the same time.
        rules.add(StorageManagementPolicyRule.builder()
            .name("previousversions")
            .enabled(true)
            .filters(StorageManagementPolicyRuleFilters.builder().blobTypes(List.of("blockBlob")).build())
            .actions(StorageManagementPolicyRuleActions.builder()
                .version(StorageManagementPolicyRuleActionsVersion.builder().deleteAfterDaysSinceCreation(versionRetentionDays).build())
                .build())
            .build());
        return rules;
    }

    /** The account name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** Whether the account's data is encrypted with a customer-managed key. */
    public boolean customerManagedKeyEnabled() {
        return customerManagedKey;
    }

    /** How the account replicates. */
    public StorageReplication replication() {
        return replication;
    }

    /** The account's Azure resource id (a Terraform reference): the scope of data role assignments. */
    public String id() {
        return resource.getId();
    }

    /** The blob endpoint, e.g. {@code https://<name>.blob.core.windows.net/} (a Terraform reference; not a secret). */
    public String primaryBlobEndpoint() {
        return resource.getPrimaryBlobEndpoint();
    }

    /** The blob service's resource id ({@code <account id>/blobServices/default}), the target of its diagnostic setting. */
    public String blobServiceId() {
        return resource.getId() + "/blobServices/default";
    }

    /** The container names, in declaration order. */
    public List<String> containerNames() {
        return List.copyOf(containers.keySet());
    }

    /**
     * The Resource Manager id of container {@code container} (a Terraform reference): the scope for a data role that
     * reaches that container only.
     *
     * @throws IllegalArgumentException when the account has no such container
     */
    public String containerId(String container) {
        StorageContainer found = containers.get(container);
        if (found == null) {
            throw Checks.invalid(getNode().getPath(), "container", container, "one of " + containerNames());
        }
        // Its id, the Resource Manager id (the container is managed through ARM); resource_manager_id is deprecated.
        return found.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends StorageAccountProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a storage account with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public StorageAccount build() {
            return new StorageAccount(scope, id, toProps());
        }
    }
}
