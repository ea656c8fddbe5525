package com.sysgenpro.landingzone.governance.policy;

import io.cdktn.providers.azurerm.policy_definition.PolicyDefinition;
import io.cdktn.providers.azurerm.policy_set_definition.PolicySetDefinition;
import io.cdktn.providers.azurerm.policy_set_definition.PolicySetDefinitionPolicyDefinitionReference;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * An {@link Initiative} defined at a management group ({@code azurerm_policy_set_definition}), with the custom
 * definitions its controls need ({@code azurerm_policy_definition}), so that it can be assigned at that group and
 * every group below it.
 */
public final class InitiativeDefinition extends Construct {

    private final Initiative initiative;
    private final PolicySetDefinition resource;

    /**
     * Defines {@code initiative} at {@code managementGroup}.
     *
     * @param customDefinitions the custom definitions already defined there; those the initiative needs and it lacks
     *     are defined here (under this construct) and recorded in it, so that initiatives sharing one define it once
     */
    public InitiativeDefinition(Construct scope, String id, Initiative initiative, ManagementGroup managementGroup,
                                CustomPolicyDefinitions customDefinitions) {
        super(scope, id);
        String path = getNode().getPath();
        this.initiative = Checks.required(path, "initiative", initiative);
        Checks.required(path, "managementGroup", managementGroup);
        Checks.required(path, "customDefinitions", customDefinitions);

        List<PolicySetDefinitionPolicyDefinitionReference> references = new ArrayList<>();
        for (Control control : initiative.controls()) {
            String definitionId;
            if (control.definition() instanceof BuiltInPolicy builtIn) {
                definitionId = builtIn.definitionId();
            } else {
                CustomPolicy custom = (CustomPolicy) control.definition();
                definitionId = customDefinitions.idOrDefine(custom.name(), name -> define(custom, managementGroup));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            control.parameterValues().forEach((name, value) -> values.put(name, Map.of("value", value)));
            references.add(PolicySetDefinitionPolicyDefinitionReference.builder()
                .policyDefinitionId(definitionId)
                .referenceId(control.referenceId())
                .parameterValues(Json.write(values))
                .build());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (InitiativeParameter parameter : initiative.parameters()) {
            Map<String, Object> declaration = new LinkedHashMap<>();
            declaration.put("type", parameter.type());
            declaration.put("metadata", Map.of("displayName", parameter.name(), "description", parameter.description()));
            if (parameter.defaultValue() != null) {
                declaration.put("defaultValue", parameter.defaultValue());
            }
            if (!parameter.allowedValues().isEmpty()) {
                declaration.put("allowedValues", parameter.allowedValues());
            }
            parameters.put(parameter.name(), declaration);
        }
        var builder = PolicySetDefinition.Builder.create(this, "Resource")
            .name(initiative.name())
            .policyType("Custom")
            .displayName(initiative.displayName())
            .description(initiative.description())
            .managementGroupId(managementGroup.id())
            .metadata(Json.write(Map.of("category", "Landing zone", "source", "odoo-landing-zones")))
            .policyDefinitionReference(references);
        if (!parameters.isEmpty()) {
            builder.parameters(Json.write(parameters));
        }
        this.resource = builder.build();
    }

    /**
     * Defines {@code initiative} at {@code managementGroup}, recording the custom definitions it defines in the
     * caller's map.
     *
     * @deprecated the map is changed behind the caller's back; share a {@link CustomPolicyDefinitions} instead.
     */
    @Deprecated
    public InitiativeDefinition(Construct scope, String id, Initiative initiative, ManagementGroup managementGroup,
                                Map<String, String> customDefinitions) {
        this(scope, id, initiative, managementGroup,
            CustomPolicyDefinitions.backedBy(Checks.required(Checks.pathOf(scope, id), "customDefinitions", customDefinitions)));
    }

    private String define(CustomPolicy custom, ManagementGroup managementGroup) {
        return PolicyDefinition.Builder.create(this, custom.name())
            .name(custom.name())
            .policyType("Custom")
            .mode(custom.mode())
            .displayName(custom.displayName())
            .description(custom.description())
            .managementGroupId(managementGroup.id())
            .metadata(Json.write(Map.of("category", custom.category(), "source", "odoo-landing-zones")))
            .parameters(Json.write(custom.parameters()))
            .policyRule(Json.write(custom.policyRule()))
            .build()
            .getId();
    }

    /** The initiative defined. */
    public Initiative initiative() {
        return initiative;
    }

    /** The policy set definition's id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }
}
