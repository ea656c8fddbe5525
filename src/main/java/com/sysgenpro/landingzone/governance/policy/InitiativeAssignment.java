package com.sysgenpro.landingzone.governance.policy;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.providers.azurerm.management_group_policy_assignment.ManagementGroupPolicyAssignment;
import io.cdktn.providers.azurerm.management_group_policy_assignment.ManagementGroupPolicyAssignmentIdentity;
import io.cdktn.providers.azurerm.management_group_policy_assignment.ManagementGroupPolicyAssignmentNonComplianceMessage;
import io.cdktn.providers.azurerm.management_group_policy_remediation.ManagementGroupPolicyRemediation;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * An initiative assigned to a management group ({@code azurerm_management_group_policy_assignment}), with everything
 * its Modify and DeployIfNotExists controls need to work: a system-assigned identity, the roles it uses at the group
 * ({@code azurerm_role_assignment}) and a remediation task per such control
 * ({@code azurerm_management_group_policy_remediation}) so that existing resources are fixed too, not only new ones.
 * Non-compliance messages say what to do, per control.
 */
public final class InitiativeAssignment extends Construct {

    /** Azure's limit on assignment names at management group scope. */
    static final int MAX_NAME_LENGTH = 24;

    private final ManagementGroupPolicyAssignment resource;
    private final Initiative initiative;
    private final Map<String, Object> parameters;

    /** Assigns the initiative; prefer {@link Builder#create(Construct, String)}. */
    public InitiativeAssignment(Construct scope, String id, InitiativeAssignmentProps props) {
        super(scope, id);
        String path = getNode().getPath();
        InitiativeDefinition definition = Checks.required(path, "definition", props.definition());
        ManagementGroup group = Checks.required(path, "managementGroup", props.managementGroup());
        this.initiative = definition.initiative();
        this.parameters = resolveParameters(path, initiative, props.parameters());
        boolean remediates = initiative.remediates();
        if (remediates && props.location() == null) {
            throw Checks.missing(path, "location", "initiative " + initiative.name()
                + " has Modify/DeployIfNotExists controls, whose managed identity needs a region");
        }

        List<ManagementGroupPolicyAssignmentNonComplianceMessage> messages = new ArrayList<>();
        messages.add(ManagementGroupPolicyAssignmentNonComplianceMessage.builder()
            .content(initiative.displayName() + ": see the control's message, or the landing zone's README, for the fix.")
            .build());
        for (Control control : initiative.controls()) {
            messages.add(ManagementGroupPolicyAssignmentNonComplianceMessage.builder()
                .content(control.nonComplianceMessage())
                .policyDefinitionReferenceId(control.referenceId())
                .build());
        }
        Map<String, Object> values = new TreeMap<>();
        parameters.forEach((name, value) -> values.put(name, Map.of("value", value)));
        var builder = ManagementGroupPolicyAssignment.Builder.create(this, "Resource")
            .name(assignmentName(path, initiative, group))
            .displayName(initiative.displayName() + " (" + group.declaredName() + ")")
            .description(initiative.description())
            .managementGroupId(group.id())
            .policyDefinitionId(definition.id())
            .enforce(props.enforcement() == EnforcementMode.DEFAULT)
            .nonComplianceMessage(messages);
        if (!values.isEmpty()) {
            builder.parameters(Json.write(values));
        }
        if (!props.notScopes().isEmpty()) {
            builder.notScopes(props.notScopes());
        }
        if (remediates) {
            builder.identity(ManagementGroupPolicyAssignmentIdentity.builder().type("SystemAssigned").build())
                .location(props.location().name());
        }
        this.resource = builder.build();

        if (remediates) {
            List<ITerraformDependable> grants = new ArrayList<>();
            Set<BuiltInRole> roles = new LinkedHashSet<>();
            initiative.controls().stream().filter(control -> control.effect().remediates())
                .forEach(control -> roles.addAll(control.remediationRoles()));
            for (BuiltInRole role : roles) {
                grants.add(RoleAssignment.Builder.create(this, "grant-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .scope(group.id())
                    .roleDefinitionId(role.definitionId())
                    .principalId(resource.getIdentity().getPrincipalId())
                    .principalType("ServicePrincipal")
                    .description("Lets policy assignment " + initiative.name() + " remediate: " + role.displayName())
                    .build());
            }
            if (props.remediate()) {
                for (Control control : initiative.controls()) {
                    if (control.effect().remediates()) {
                        ManagementGroupPolicyRemediation.Builder.create(this, "remediate-" + control.referenceId())
                            .name(control.referenceId())
                            .managementGroupId(group.id())
                            .policyAssignmentId(resource.getId())
                            .policyDefinitionReferenceId(control.referenceId())
                            .dependsOn(grants)
                            .build();
                    }
                }
            }
        }
    }

    private static Map<String, Object> resolveParameters(String path, Initiative initiative, Map<String, Object> given) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : new TreeMap<>(given).entrySet()) {
            InitiativeParameter parameter = initiative.parameter(entry.getKey()).orElseThrow(() -> Checks.invalid(path,
                "parameters", entry.getKey(), "initiative " + initiative.name() + " declares: "
                    + initiative.parameters().stream().map(InitiativeParameter::name).toList()));
            Object value = entry.getValue();
            String expected = expectedJavaType(parameter.type(), value);
            if (expected != null) {
                // Azure rejects the assignment at apply time, naming neither the estate nor the parameter's source.
                throw Checks.invalid(path, "parameters." + entry.getKey(), value, "initiative " + initiative.name()
                    + " declares it as " + parameter.type() + ": give " + expected);
            }
            if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
                throw Checks.invalid(path, "parameters." + entry.getKey(), value, "allowed: " + parameter.allowedValues());
            }
            resolved.put(entry.getKey(), value instanceof Collection<?> list
                ? Collections.unmodifiableList(new ArrayList<>(list)) : value);
        }
        for (InitiativeParameter parameter : initiative.parameters()) {
            if (parameter.defaultValue() == null && !resolved.containsKey(parameter.name())) {
                throw Checks.missing(path, "parameters." + parameter.name(),
                    "initiative " + initiative.name() + " has no default for it (" + parameter.description() + ")");
            }
        }
        return Collections.unmodifiableMap(resolved);
    }

    /** What a value of Azure Policy parameter type {@code type} must be in Java, or null when {@code value} is that. */
    private static String expectedJavaType(String type, Object value) {
        return switch (type) {
            case "String", "DateTime" -> value instanceof String ? null : "a string";
            case "Integer" -> value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger ? null : "a whole number";
            case "Float" -> value instanceof Number ? null : "a number";
            case "Boolean" -> value instanceof Boolean ? null : "true or false";
            case "Array" -> value instanceof Collection<?> list && !list.isEmpty() ? null : "a non-empty list";
            case "Object" -> value instanceof Map<?, ?> ? null : "a map";
            default -> null;
        };
    }

    /** {@code lz-<key>-<6 hex of the group name>}: unique per initiative and group, within Azure's 24 characters. */
    static String assignmentName(String path, Initiative initiative, ManagementGroup group) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(group.declaredName().getBytes(StandardCharsets.UTF_8));
            String name = initiative.name() + "-" + HexFormat.of().formatHex(digest).substring(0, 6);
            if (name.length() > MAX_NAME_LENGTH) {
                throw Checks.invalid(path, "definition", initiative.key(), "an initiative whose assignment name (" + name
                    + ") fits Azure's " + MAX_NAME_LENGTH + " characters at management group scope; shorten the initiative key");
            }
            return name;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The assignment's id (a Terraform reference), which exemptions refer to. */
    public String id() {
        return resource.getId();
    }

    /** The initiative assigned. */
    public Initiative initiative() {
        return initiative;
    }

    /** The parameter values as assigned (explicit ones only; the rest take their defaults); an unmodifiable view. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends InitiativeAssignmentProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts an assignment with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public InitiativeAssignment build() {
            return new InitiativeAssignment(scope, id, toProps());
        }
    }
}
