package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.key_vault.KeyVaultNetworkAcls;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.internal.Checks;
import software.constructs.Construct;

/**
 * A Key Vault ({@code azurerm_key_vault}) for the environment's keys and any credential a workload cannot avoid.
 *
 * <p>Secure by default: Azure RBAC authorization (no access policies), purge protection, 90 days of soft delete,
 * Premium SKU, public network access off with a private endpoint, network ACL denying all but trusted Azure
 * services, audit logs to the workspace. A vault that holds only customer-managed keys (of a geo-backup, say) may go
 * without the private endpoint ({@link KeyVaultProps#privateEndpoint()}): the services that use its keys reach it as
 * trusted Azure services and {@link KeyVaultKey} creates keys through Azure Resource Manager, so nobody needs its data
 * plane over the network.
 *
 * <p>What lands in Terraform state: the vault's metadata (name, ids, URI), never a secret value. The landing zone
 * generates no credentials: PostgreSQL, Redis and storage authenticate with Entra ID, so there is no password or key
 * to store. Secrets a workload brings are written to the vault by that workload (through its workload identity),
 * not by Terraform.
 */
public final class KeyVault extends Construct {

    private final io.cdktn.providers.azurerm.key_vault.KeyVault resource;
    private final String name;
    private final ResourceGroup resourceGroup;
    private final boolean premium;
    private final boolean purgeProtection;
    private final int softDeleteRetentionDays;
    private final com.sysgenpro.landingzone.core.Tags tags;

    /** Creates the vault; prefer {@link Builder#create(Construct, String)}. */
    public KeyVault(Construct scope, String id, KeyVaultProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.KEY_VAULT);
        this.resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        String tenantId = Checks.guidOrNull(path, "tenantId", Checks.required(path, "tenantId", props.tenantId()), "a tenant id");
        Checks.inRange(path, "softDeleteRetentionDays", props.softDeleteRetentionDays(), 7, 90);
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        var tags = Checks.required(path, "tags", props.tags());
        this.tags = tags;
        if (!props.privateEndpoint() && (props.privateEndpointSubnet() != null || props.privateDnsZone() != null)) {
            throw Checks.invalid(path, "privateEndpointSubnet/privateDnsZone", "set",
                "nothing with privateEndpoint(false); remove them, or keep the endpoint with privateEndpoint(true)");
        }
        if (props.privateEndpoint() && !props.publicNetworkAccess()
            && (props.privateEndpointSubnet() == null || props.privateDnsZone() == null)) {
            throw Checks.missing(path, "privateEndpointSubnet and privateDnsZone",
                "with public network access off the vault is reachable only through its private endpoint;"
                    + " give the endpoint's subnet and the privatelink.vaultcore.azure.net zone, or turn publicNetworkAccess on"
                    + " (or, for a vault that only holds keys Azure services use, set privateEndpoint(false))");
        }
        this.premium = props.premium();
        this.purgeProtection = props.purgeProtection();
        this.softDeleteRetentionDays = props.softDeleteRetentionDays();
        this.resource = io.cdktn.providers.azurerm.key_vault.KeyVault.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .tenantId(tenantId)
            .skuName(props.premium() ? "premium" : "standard")
            .rbacAuthorizationEnabled(true)
            .purgeProtectionEnabled(props.purgeProtection())
            .softDeleteRetentionDays(props.softDeleteRetentionDays())
            .publicNetworkAccessEnabled(props.publicNetworkAccess())
            .networkAcls(KeyVaultNetworkAcls.builder().defaultAction("Deny").bypass("AzureServices").build())
            .tags(tags.asMap())
            .build();
        if (props.privateEndpoint() && props.privateEndpointSubnet() != null) {
            new PrivateEndpoint(this, "PrivateEndpoint", "pe-" + name, resourceGroup, props.privateEndpointSubnet(),
                resource.getId(), "vault", Checks.required(path, "privateDnsZone", props.privateDnsZone()), tags);
        }
        new DiagnosticSettings(this, "Diagnostics", resource.getId(), workspace, DiagnosticSettings.AUDIT_AND_ALL_LOGS, true);
    }

    /** The vault's resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** What resources that need the vault to exist (its keys) depend on. */
    io.cdktn.cdktn.ITerraformDependable dependable() {
        return resource;
    }

    /** The vault's URI, {@code https://<name>.vault.azure.net/} (a Terraform reference). */
    public String vaultUri() {
        return resource.getVaultUri();
    }

    /** The vault's name as declared. */
    public String declaredName() {
        return name;
    }

    /** The resource group the vault lives in. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The vault's region, its resource group's. */
    public com.sysgenpro.landingzone.core.AzureRegion region() {
        return resourceGroup.region();
    }

    /** The vault's tags, the default of its keys'. */
    public com.sysgenpro.landingzone.core.Tags tags() {
        return tags;
    }

    /** Whether the vault is Premium, so that its keys can live in HSMs. */
    public boolean premium() {
        return premium;
    }

    /** Whether purge protection is on; customer-managed keys need it. */
    public boolean purgeProtection() {
        return purgeProtection;
    }

    /** Days deleted keys and secrets stay recoverable. */
    public int softDeleteRetentionDays() {
        return softDeleteRetentionDays;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends KeyVaultProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a vault with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public KeyVault build() {
            return new KeyVault(scope, id, toProps());
        }
    }
}
