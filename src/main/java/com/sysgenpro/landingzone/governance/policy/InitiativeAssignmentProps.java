package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.governance.ManagementGroup;
import java.util.List;
import java.util.Map;

/** Properties of an {@link InitiativeAssignment}. Create with {@link #builder()}. */
public final class InitiativeAssignmentProps {

    private final InitiativeDefinition definition;
    private final ManagementGroup managementGroup;
    private final Map<String, Object> parameters;
    private final EnforcementMode enforcement;
    private final AzureRegion location;
    private final List<String> notScopes;
    private final boolean remediate;

    private InitiativeAssignmentProps(Setters<?> setters) {
        this.definition = setters.definition;
        this.managementGroup = setters.managementGroup;
        this.parameters = Map.copyOf(setters.parameters);
        this.enforcement = setters.enforcement;
        this.location = setters.location;
        this.notScopes = List.copyOf(setters.notScopes);
        this.remediate = setters.remediate;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The initiative to assign, defined at this group or above it. Required. */
    public InitiativeDefinition definition() {
        return definition;
    }

    /** Where the initiative applies: this group and everything below it. Required. */
    public ManagementGroup managementGroup() {
        return managementGroup;
    }

    /**
     * Values of the initiative's parameters. Default: none, which is enough only when every parameter has a default;
     * unknown names and values outside a parameter's allowed values fail.
     */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Whether effects apply. Default: {@link EnforcementMode#DEFAULT}; use DO_NOT_ENFORCE to stage a rollout. */
    public EnforcementMode enforcement() {
        return enforcement;
    }

    /**
     * Region of the assignment's managed identity. Required when the initiative has Modify or DeployIfNotExists
     * controls (they run as that identity).
     */
    public AzureRegion location() {
        return location;
    }

    /** Scopes below the group the initiative does not apply to, e.g. the approved ingress resource group. Default: none. */
    public List<String> notScopes() {
        return notScopes;
    }

    /**
     * Whether to create a remediation task per Modify / DeployIfNotExists control, so that resources that existed
     * before the assignment are brought into compliance too. Default: {@code true}.
     */
    public boolean remediate() {
        return remediate;
    }

    /** Builds {@link InitiativeAssignmentProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public InitiativeAssignmentProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link InitiativeAssignment.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private InitiativeDefinition definition;
        private ManagementGroup managementGroup;
        private Map<String, Object> parameters = Map.of();
        private EnforcementMode enforcement = EnforcementMode.DEFAULT;
        private AzureRegion location;
        private List<String> notScopes = List.of();
        private boolean remediate = true;

        Setters() {
        }

        /** @see InitiativeAssignmentProps#definition() */
        public B definition(InitiativeDefinition definition) {
            this.definition = definition;
            return self();
        }

        /** @see InitiativeAssignmentProps#managementGroup() */
        public B managementGroup(ManagementGroup managementGroup) {
            this.managementGroup = managementGroup;
            return self();
        }

        /** @see InitiativeAssignmentProps#parameters() */
        public B parameters(Map<String, Object> parameters) {
            this.parameters = parameters;
            return self();
        }

        /** @see InitiativeAssignmentProps#enforcement() */
        public B enforcement(EnforcementMode enforcement) {
            this.enforcement = enforcement;
            return self();
        }

        /** @see InitiativeAssignmentProps#location() */
        public B location(AzureRegion location) {
            this.location = location;
            return self();
        }

        /** @see InitiativeAssignmentProps#notScopes() */
        public B notScopes(List<String> notScopes) {
            this.notScopes = notScopes;
            return self();
        }

        /** @see InitiativeAssignmentProps#remediate() */
        public B remediate(boolean remediate) {
            this.remediate = remediate;
            return self();
        }

        InitiativeAssignmentProps toProps() {
            return new InitiativeAssignmentProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
