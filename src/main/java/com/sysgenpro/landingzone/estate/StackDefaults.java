package com.sysgenpro.landingzone.estate;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.azurerm.provider.AzurermProvider;
import com.hashicorp.cdktf.providers.azurerm.provider.AzurermProviderFeatures;
import java.util.List;

/** What every stack of an estate starts with: its state backend and the azurerm provider. */
final class StackDefaults {

    private StackDefaults() {
    }

    static void apply(TerraformStack stack, String stackName) {
        // Relative to the stack's directory (OUT/stacks/<stack>): the state lives beside the output directory,
        // which synth replaces, and the JSON does not depend on where the repository is checked out.
        LocalBackend.Builder.create(stack)
            .path("../../../terraform." + stackName + ".tfstate")
            .build();
        AzurermProvider.Builder.create(stack, "azurerm")
            .features(List.of(AzurermProviderFeatures.builder().build()))
            // Data-plane access to storage with Entra ID, so that accounts can keep shared keys disabled.
            .storageUseAzuread(true)
            .build();
    }
}
