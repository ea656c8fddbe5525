package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.AzurermBackend;
import io.cdktn.cdktn.TerraformRemoteState;
import io.cdktn.cdktn.DataTerraformRemoteStateAzurerm;
import io.cdktn.cdktn.DataTerraformRemoteStateLocal;
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
     * <p>Resource provider registration: without a subscription layout the provider keeps azurerm's default
     * ({@code legacy} in 4.x: 66 providers registered, where not yet, at every plan in each subscription, which needs
     * {@code <namespace>/register/action} there). With a layout it registers nothing ({@code none}): the platform stack registers
     * what each subscription's stacks use, through that subscription's provider and guardrails
     * ({@link PlatformStack}), and every stack deploys after it.
     *
     * @param remoteState where state goes; null for local state
     * @param subscriptionId the subscription the provider deploys into; null to take {@code ARM_SUBSCRIPTION_ID}
     * @param vended whether the subscription is one of the estate's layout, whose resource providers the platform registers
     */
    static void apply(TerraformStack stack, String stackName, StateBackend remoteState, String subscriptionId, boolean vended) {
        backend(stack, stackName, remoteState);
        provider(stack, "azurerm", null, subscriptionId, vended ? List.of() : null);
    }

    /**
     * An azurerm provider of the stack.
     *
     * @param alias the provider's alias; null for the stack's default provider
     * @param subscriptionId the subscription it deploys into (a GUID or a reference); null to take {@code ARM_SUBSCRIPTION_ID}
     * @param registers the resource providers it registers in its subscription ({@code resource_provider_registrations =
     *     "none"} and these as {@code resource_providers_to_register}); null for azurerm's default set
     */
    static AzurermProvider provider(TerraformStack stack, String id, String alias, String subscriptionId, List<String> registers) {
        var provider = AzurermProvider.Builder.create(stack, id)
            // Template deployments here create Key Vault keys, which Resource Manager cannot delete: destroying one must
            // leave its key (soft-deleted keys are what a restore needs) instead of failing on it.
            .features(List.of(AzurermProviderFeatures.builder()
                .templateDeployment(List.of(AzurermProviderFeaturesTemplateDeployment.builder()
                    .deleteNestedItemsDuringDeletion(false).build()))
                .build()))
            // Data-plane access to storage with Entra ID, so that accounts can keep shared keys disabled.
            .storageUseAzuread(true);
        if (alias != null) {
            provider.alias(alias);
        }
        if (subscriptionId != null) {
            provider.subscriptionId(subscriptionId);
        }
        if (registers != null) {
            provider.resourceProviderRegistrations("none");
            if (!registers.isEmpty()) {
                // Registered at each plan if not yet registered (never unregistered); see SubscriptionGuardrails.
                provider.resourceProvidersToRegister(registers);
            }
        }
        return provider.build();
    }

    /**
     * The subscription a stack of the estate deploys into: with a subscription layout, a reference to the vending stack's
     * output for it, read through remote state; without one, an environment's declared {@code subscriptionId}, else null
     * ({@code ARM_SUBSCRIPTION_ID}).
     *
     * @param subscription the stack's subscription in the layout ({@link EstatePlan#subscriptionOf}); null without one
     * @param declared the environment's declared subscription, used only without a layout; null for other stacks
     */
    static String subscriptionId(TerraformStack stack, Estate estate, PlannedSubscription subscription, String declared) {
        return subscription != null ? vended(stack, estate, subscription) : declared;
    }

    /** A reference to {@code subscription}'s id, the vending stack's output, from the stack's remote state of it. */
    static String vended(TerraformStack stack, Estate estate, PlannedSubscription subscription) {
        return vended(stack, estate, subscription.outputName());
    }

    /** A reference to the vending stack's output {@code outputName}, from the stack's remote state of it. */
    static String vended(TerraformStack stack, Estate estate, String outputName) {
        return vendingState(stack, estate).getString(outputName);
    }

    /**
     * The vending stack's state, read once per stack as {@code data.terraform_remote_state.subscriptions}: where that
     * stack's backend keeps it (the estate's state account, else the local file beside the output directory).
     */
    private static TerraformRemoteState vendingState(TerraformStack stack, Estate estate) {
        return remoteState(stack, estate, SubscriptionsStack.NAME);
    }

    /**
     * Another stack's state, read once per stack as {@code data.terraform_remote_state.<stackName>}: where that stack's
     * backend keeps it (the estate's state account, else the local file beside the output directory). Read this way
     * rather than through cdktn cross-stack references, so that the producer's outputs do not depend on which stacks are
     * synthesized with it.
     */
    static TerraformRemoteState remoteState(TerraformStack stack, Estate estate, String stackName) {
        var existing = stack.getNode().tryFindChild(stackName);
        if (existing instanceof TerraformRemoteState state) {
            return state;
        }
        StateBackend remote = estate.stateBackend();
        if (remote != null) {
            return DataTerraformRemoteStateAzurerm.Builder.create(stack, stackName)
                .subscriptionId(remote.subscriptionId())
                .resourceGroupName(remote.resourceGroup())
                .storageAccountName(remote.storageAccount())
                .containerName(remote.container())
                .key(stackName + ".tfstate")
                .useAzureadAuth(true)
                .build();
        }
        return DataTerraformRemoteStateLocal.Builder.create(stack, stackName)
            .path(localStatePath(stackName))
            .build();
    }

    /**
     * Where a stack with local state keeps it, relative to the stack's directory (OUT/stacks/&lt;stack&gt;): beside the
     * output directory, which synth replaces; the same path reads it from any other stack's directory.
     */
    private static String localStatePath(String stackName) {
        return "../../../terraform." + stackName + ".tfstate";
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
                .path(localStatePath(stackName))
                .build();
        }
    }
}
