package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.federated_identity_credential.FederatedIdentityCredential;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import io.cdktn.providers.azurerm.user_assigned_identity.UserAssignedIdentity;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.platform.KeyVault;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.util.List;
import software.constructs.Construct;

/**
 * The Entra ID identity an application's pods act as (AKS workload identity): a user-assigned managed identity
 * ({@code azurerm_user_assigned_identity}) and a federated credential that lets exactly one Kubernetes service account
 * of one cluster sign in as it, with no secret anywhere.
 *
 * <p>The identity has no access until it is granted some, e.g. with {@link #grantKeyVaultSecretsRead(KeyVault)}. The
 * service account itself belongs to the cluster's in-cluster stack, annotated with {@link #clientId()}.
 */
public final class WorkloadIdentity extends Construct {

    /** The token audience AKS workload identity federates with. */
    public static final String AUDIENCE = "api://AzureADTokenExchange";

    private final UserAssignedIdentity identity;
    private final String namespace;
    private final String serviceAccount;

    /** Creates the identity; prefer {@link Builder#create(Construct, String)}. */
    public WorkloadIdentity(Construct scope, String id, WorkloadIdentityProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String name = Checks.azureName(path, "name", props.name(), AzureNameRule.MANAGED_IDENTITY);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        KubernetesCluster cluster = Checks.required(path, "cluster", props.cluster());
        this.namespace = Checks.dnsLabel(path, "namespace", props.namespace());
        this.serviceAccount = Checks.dnsLabel(path, "serviceAccount", props.serviceAccount());
        this.identity = UserAssignedIdentity.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .tags((props.tags() != null ? props.tags() : resourceGroup.tags()).asMap())
            .build();
        FederatedIdentityCredential.Builder.create(this, "Federation")
            .name(namespace + "-" + serviceAccount)
            // azurerm 4.x deprecates parent_id (renamed user_assigned_identity_id) and resource_group_name (the identity's
            // id holds it); 4.73 reads both back from the id, so state written with them plans no change.
            .userAssignedIdentityId(identity.getId())
            .audience(List.of(AUDIENCE))
            .issuer(cluster.oidcIssuerUrl())
            .subject(subject())
            .build();
    }


    /**
     * Lets the identity read secret values of {@code vault} (Key Vault Secrets User on the vault), e.g. through the
     * Secrets Store CSI driver.
     */
    public void grantKeyVaultSecretsRead(KeyVault vault) {
        RoleAssignment.Builder.create(this, "grant-key-vault-secrets-user")
            .scope(vault.id())
            .roleDefinitionName(BuiltInRole.KEY_VAULT_SECRETS_USER.displayName())
            .principalId(identity.getPrincipalId())
            // Created in the same run; Entra ID may not have replicated the new service principal yet.
            .principalType("ServicePrincipal")
            .skipServicePrincipalAadCheck(true)
            .description("Read secrets of " + vault.declaredName() + " as " + subject())
            .build();
    }

    /** The federated subject: {@code system:serviceaccount:<namespace>:<service account>}. */
    public String subject() {
        return "system:serviceaccount:" + namespace + ":" + serviceAccount;
    }

    /** The namespace of the service account. */
    public String namespace() {
        return namespace;
    }

    /** The service account that acts as the identity. */
    public String serviceAccount() {
        return serviceAccount;
    }

    /** The identity's client id (a Terraform reference): the service account's {@code azure.workload.identity/client-id}. */
    public String clientId() {
        return identity.getClientId();
    }

    /** The identity's object id (a Terraform reference), for further role assignments. */
    public String principalId() {
        return identity.getPrincipalId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends WorkloadIdentityProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for a workload identity {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The identity. */
        public WorkloadIdentity build() {
            return new WorkloadIdentity(scope, id, toProps());
        }
    }
}
