package com.sysgenpro.landingzone.governance.policy;

import io.cdktn.providers.azurerm.management_group_policy_exemption.ManagementGroupPolicyExemption;
import io.cdktn.providers.azurerm.resource_group_policy_exemption.ResourceGroupPolicyExemption;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import com.sysgenpro.landingzone.internal.Checks;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.constructs.Construct;

/**
 * An exemption from an assignment's controls for a management group or resource group
 * ({@code azurerm_management_group_policy_exemption} / {@code azurerm_resource_group_policy_exemption}).
 *
 * <p>Loosening a control must be explicit and visible: every exemption has a category, a written reason and an
 * expiry date; one without a reason, or already expired, fails synthesis.
 */
public final class PolicyExemption extends Construct {

    /** A reason shorter than this says nothing a reviewer can check. */
    static final int MIN_REASON_LENGTH = 20;

    /** Azure's limit on policy exemption names (Microsoft.Authorization/policyExemptions). */
    static final int MAX_NAME_LENGTH = 64;
    private static final String NAME_PREFIX = "lz-exempt-";
    /** Azure forbids < > * % & : \ ? . + / in exemption names; spaces are kept out too, as they are in every lz name. */
    private static final Pattern NAME = Pattern.compile("[^<>*%&:\\\\?.+/\\s]+");

    /** Creates the exemption; prefer {@link Builder#create(Construct, String)}. */
    public PolicyExemption(Construct scope, String id, PolicyExemptionProps props) {
        super(scope, id);
        String path = getNode().getPath();
        InitiativeAssignment assignment = Checks.required(path, "assignment", props.assignment());
        ExemptionCategory category = Checks.required(path, "category", props.category());
        String reason = props.reason();
        LocalDate expiresOn = props.expiresOn();
        ManagementGroup managementGroup = props.managementGroup();
        String resourceGroupId = props.resourceGroupId();
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw Checks.invalid(path, "reason", reason, "a written reason of at least " + MIN_REASON_LENGTH
                + " characters (what is exempt, why it is acceptable, who decided)");
        }
        Checks.required(path, "expiresOn", expiresOn);
        LocalDate now = props.today() != null ? props.today() : LocalDate.now(ZoneOffset.UTC);
        if (!expiresOn.isAfter(now)) {
            throw Checks.invalid(path, "expiresOn", expiresOn.toString(), "a date after " + now
                + "; the exemption has expired: remove it, or renew it with a new review");
        }
        if ((managementGroup == null) == (resourceGroupId == null)) {
            throw Checks.invalid(path, "managementGroup/resourceGroupId", managementGroup == null ? "neither" : "both", "set exactly one scope");
        }
        Set<String> known = assignment.initiative().controls().stream().map(Control::id).collect(Collectors.toSet());
        List<String> references = props.controlIds().stream().map(control -> {
            if (!known.contains(control)) {
                throw Checks.invalid(path, "controlIds", control, "controls of " + assignment.initiative().name() + ": " + known.stream().sorted().toList());
            }
            return control.toLowerCase(Locale.ROOT);
        }).toList();
        String name = NAME_PREFIX + id;
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw Checks.invalid(path, "id", id, "the exemption is named '" + NAME_PREFIX + "<construct id>', which Azure allows "
                + "up to " + MAX_NAME_LENGTH + " characters without < > * % & : \\ ? . + / and spaces; use a construct id of at most "
                + (MAX_NAME_LENGTH - NAME_PREFIX.length()) + " letters, digits, '-' and '_'");
        }
        String expiry = expiresOn + "T23:59:59Z";
        if (managementGroup != null) {
            var builder = ManagementGroupPolicyExemption.Builder.create(this, "Resource")
                .name(name).managementGroupId(managementGroup.id()).policyAssignmentId(assignment.id())
                .exemptionCategory(category.azureName()).description(reason.strip()).expiresOn(expiry);
            if (!references.isEmpty()) {
                builder.policyDefinitionReferenceIds(references);
            }
            builder.build();
        } else {
            var builder = ResourceGroupPolicyExemption.Builder.create(this, "Resource")
                .name(name).resourceGroupId(resourceGroupId).policyAssignmentId(assignment.id())
                .exemptionCategory(category.azureName()).description(reason.strip()).expiresOn(expiry);
            if (!references.isEmpty()) {
                builder.policyDefinitionReferenceIds(references);
            }
            builder.build();
        }
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends PolicyExemptionProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts an exemption with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public PolicyExemption build() {
            return new PolicyExemption(scope, id, toProps());
        }
    }
}
