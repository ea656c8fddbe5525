package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import software.constructs.Construct;

/**
 * An Azure resource group ({@code azurerm_resource_group}).
 *
 * <p>Other constructs take a {@code ResourceGroup} rather than a name, so that they inherit its region and the
 * dependency is visible to Terraform.
 */
public final class ResourceGroup extends Construct {

    private final io.cdktn.providers.azurerm.resource_group.ResourceGroup resource;
    private final String name;
    private final AzureRegion region;
    private final Tags tags;

    /** Creates the resource group; prefer {@link Builder#create(Construct, String)}. */
    public ResourceGroup(Construct scope, String id, ResourceGroupProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.RESOURCE_GROUP);
        this.region = Checks.required(path, "region", props.region());
        this.tags = Checks.required(path, "tags", props.tags());
        this.resource = io.cdktn.providers.azurerm.resource_group.ResourceGroup.Builder.create(this, "Resource")
            .name(name)
            .location(region.name())
            .tags(tags.asMap())
            .build();
    }

    /**
     * The resource group's name as a Terraform reference: resources that use it are created after the group.
     * Use it to wire resources; use {@link #declaredName()} for the literal.
     */
    public String name() {
        return resource.getName();
    }

    /** The name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The resource group's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The resource group's region. */
    public AzureRegion region() {
        return region;
    }

    /** The resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Fluent creation in the style of jsii constructs: {@code ResourceGroup.Builder.create(this, "Rg").name(…).build()}. */
    public static final class Builder extends ResourceGroupProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a resource group with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public ResourceGroup build() {
            return new ResourceGroup(scope, id, toProps());
        }
    }
}
