package com.sysgenpro.landingzone.governance;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.internal.Checks;
import software.constructs.Construct;

/**
 * An Azure management group ({@code azurerm_management_group}). Usually created by {@link ManagementGroupHierarchy};
 * create one directly to extend a hierarchy.
 */
public final class ManagementGroup extends Construct {

    private final io.cdktn.providers.azurerm.management_group.ManagementGroup resource;
    private final String name;

    /**
     * Creates the group.
     *
     * @param name the group's Azure name, 1–90 letters, digits, {@code - _ . ( )}, unique in the tenant
     * @param displayName shown in the portal
     * @param parent the parent group, or {@code null} for the tenant root group
     */
    public ManagementGroup(Construct scope, String id, String name, String displayName, ManagementGroup parent) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", name, AzureNameRule.MANAGEMENT_GROUP);
        var builder = io.cdktn.providers.azurerm.management_group.ManagementGroup.Builder.create(this, "Resource")
            .name(name)
            .displayName(Checks.required(path, "displayName", displayName));
        if (parent != null) {
            builder.parentManagementGroupId(parent.id());
        }
        this.resource = builder.build();
    }

    /** The group's resource id, {@code /providers/Microsoft.Management/managementGroups/<name>} (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** The group's Azure name as declared. */
    public String declaredName() {
        return name;
    }
}
