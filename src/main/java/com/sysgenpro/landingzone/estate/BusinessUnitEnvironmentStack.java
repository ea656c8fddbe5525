package com.sysgenpro.landingzone.estate;

import com.hashicorp.cdktf.TerraformStack;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspace;
import com.sysgenpro.landingzone.platform.ResourceGroup;
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

        StackDefaults.apply(this, Naming.stack(unit, environment));

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
