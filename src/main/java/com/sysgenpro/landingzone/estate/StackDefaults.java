package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.AzurermBackend;
import io.cdktn.cdktn.LocalBackend;
import io.cdktn.cdktn.TerraformStack;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeatures;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeaturesTemplateDeployment;
import java.util.List;

/** What every stack of an estate starts with: its state backend and the azurerm provider. */
final class StackDefaults {

    private StackDefaults() {
    }

    /**
     * The backend and provider of a stack.
     *
     * @param remoteState where state goes; null for local state
     * @param subscriptionId the subscription the provider deploys into; null to take {@code ARM_SUBSCRIPTION_ID}
     */
    static void apply(TerraformStack stack, String stackName, StateBackend remoteState, String subscriptionId) {
        backend(stack, stackName, remoteState);
        var provider = AzurermProvider.Builder.create(stack, "azurerm")
            // Template deployments here create Key Vault keys, which Resource Manager cannot delete: destroying one must
            // leave its key (soft-deleted keys are what a restore needs) instead of failing on it.
            .features(List.of(AzurermProviderFeatures.builder()
                .templateDeployment(List.of(AzurermProviderFeaturesTemplateDeployment.builder()
                    .deleteNestedItemsDuringDeletion(false).build()))
                .build()))
            // Data-plane access to storage with Entra ID, so that accounts can keep shared keys disabled.
            .storageUseAzuread(true);
        if (subscriptionId != null) {
            provider.subscriptionId(subscriptionId);
        }
        provider.build();
    }

    /**
     * The state backend of a stack.
     *
     * @param remoteState where state goes; null for local state
     */
    static void backend(TerraformStack stack, String stackName, StateBackend remoteState) {
        if (remoteState != null) {
            AzurermBackend.Builder.create(stack)
                .subscriptionId(remoteState.subscriptionId())
                .resourceGroupName(remoteState.resourceGroup())
                .storageAccountName(remoteState.storageAccount())
                .containerName(remoteState.container())
                .key(stackName + ".tfstate")
                // Entra ID instead of the account's access keys, which stay disabled.
                .useAzureadAuth(true)
                .build();
        } else {
            // Relative to the stack's directory (OUT/stacks/<stack>): the state lives beside the output directory,
            // which synth replaces, and the JSON does not depend on where the repository is checked out.
            LocalBackend.Builder.create(stack)
                .path("../../../terraform." + stackName + ".tfstate")
                .build();
        }
    }
}
