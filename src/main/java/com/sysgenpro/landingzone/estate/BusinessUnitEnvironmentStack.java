package com.sysgenpro.landingzone.estate;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.azurerm.provider.AzurermProvider;
import com.hashicorp.cdktf.providers.azurerm.provider.AzurermProviderFeatures;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import java.util.List;
import software.constructs.Construct;

/**
 * The Terraform stack of one business unit's environment, {@code <bu>-<environment>}.
 *
 * <p>Construct ids below are Terraform addresses: changing one moves state, so they are fixed strings.
 */
final class BusinessUnitEnvironmentStack extends TerraformStack {

    BusinessUnitEnvironmentStack(Construct scope, Estate estate, BusinessUnit unit, Environment environment) {
        super(scope, Naming.stack(unit, environment));
        Blueprint blueprint = environment.blueprint();

        // Relative to the stack's directory (OUT/stacks/<stack>): the state lives beside the output directory,
        // which synth replaces, and the JSON does not depend on where the repository is checked out.
        LocalBackend.Builder.create(this)
            .path("../../../terraform." + Naming.stack(unit, environment) + ".tfstate")
            .build();

        AzurermProvider.Builder.create(this, "azurerm")
            .features(List.of(AzurermProviderFeatures.builder().build()))
            // Data-plane access to storage with Entra ID, so that accounts can keep shared keys disabled.
            .storageUseAzuread(true)
            .build();

        ResourceGroup resourceGroup = ResourceGroup.Builder.create(this, "workload")
            .name(Naming.resourceGroup(estate, unit, environment))
            .region(estate.primaryRegion())
            .tags(tags(unit, environment))
            .build();

        LogAnalyticsWorkspace.Builder.create(this, "logs")
            .name(Naming.logAnalyticsWorkspace(estate, unit, environment))
            .resourceGroup(resourceGroup)
            .retentionDays(blueprint.logRetentionDays())
            .build();
    }

    static Tags tags(BusinessUnit unit, Environment environment) {
        return Tags.empty()
            .with(Tags.BUSINESS_UNIT, unit.name())
            .with(Tags.ENVIRONMENT, environment.name())
            .with(Tags.OWNER, unit.owner())
            .with(Tags.COST_CENTER, unit.costCenter())
            .with(Tags.RECOVERY_TIER, unit.recoveryTier().id())
            .with(Tags.DATA_CLASSIFICATION, unit.dataClassification().id())
            .with(Tags.MANAGED_BY, "odoo-landing-zones");
    }
}
