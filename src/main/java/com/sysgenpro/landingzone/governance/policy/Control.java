package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One governance control, written once: the Azure Policy definition it becomes inside an initiative (with its
 * parameter values and effect) and its offline twin, which evaluates synthesized Terraform for the same intent.
 * Create with {@link #builder(String, String)}.
 */
public final class Control {

    private final String id;
    private final String title;
    private final ControlCategory category;
    private final Severity severity;
    private final PolicyDefinitionRef definition;
    private final PolicyEffect effect;
    private final String effectFromParameter;
    private final Map<String, Object> parameterValues;
    private final Set<String> resourceTypes;
    private final OfflineRule offlineRule;
    private final String azureOnlyReason;
    private final List<BuiltInRole> remediationRoles;
    private final String nonComplianceMessage;

    private Control(Builder builder) {
        this.id = builder.id;
        this.title = builder.title;
        this.category = Objects.requireNonNull(builder.category, "category of " + builder.id);
        this.severity = Objects.requireNonNull(builder.severity, "severity of " + builder.id);
        this.definition = Objects.requireNonNull(builder.definition, "definition of " + builder.id);
        this.effect = Objects.requireNonNull(builder.effect, "effect of " + builder.id);
        this.effectFromParameter = builder.effectFromParameter;
        this.parameterValues = Map.copyOf(builder.parameterValues);
        this.resourceTypes = Set.copyOf(builder.resourceTypes);
        this.offlineRule = builder.offlineRule;
        this.azureOnlyReason = builder.azureOnlyReason;
        this.remediationRoles = List.copyOf(builder.remediationRoles);
        this.nonComplianceMessage = Objects.requireNonNull(builder.nonComplianceMessage, "nonComplianceMessage of " + builder.id);
        if (effect.remediates() && remediationRoles.isEmpty()) {
            throw new IllegalStateException(id + ": a " + effect.azureName() + " control needs the roles its remediation uses");
        }
        if (definition.effectParameter() != null && effectFromParameter == null) {
            definition.effectValue(effect);
        }
        if (offlineRule != null && resourceTypes.isEmpty()) {
            throw new IllegalStateException(id + ": an offline rule needs the resource types it evaluates");
        }
        // One policy model evaluated offline: a control without a twin must say why, or it could be wrong unseen.
        if ((offlineRule == null) == (azureOnlyReason == null || azureOnlyReason.isBlank())) {
            throw new IllegalStateException(id + ": a control has either an offline twin or the reason it is evaluated only in Azure");
        }
    }

    /** Starts a control with a stable id (e.g. {@code LZ-NET-003}) and a title. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Stable id; also the suppression key offline and, lower-cased, the reference id inside its initiative. */
    public String id() {
        return id;
    }

    /** What the control requires, in one line. */
    public String title() {
        return title;
    }

    /** The intent it serves. */
    public ControlCategory category() {
        return category;
    }

    /** How serious an offline finding is. */
    public Severity severity() {
        return severity;
    }

    /** The Azure Policy definition behind it. */
    public PolicyDefinitionRef definition() {
        return definition;
    }

    /** The effect it has in Azure (for built-ins with a fixed effect, that effect). */
    public PolicyEffect effect() {
        return effect;
    }

    /** The reference id inside the initiative: the id in lower case. */
    public String referenceId() {
        return id.toLowerCase(Locale.ROOT);
    }

    /**
     * The parameter values of the definition reference inside the initiative: literals, or
     * {@code [parameters('x')]} expressions for initiative parameters; the effect included when the definition has
     * an effect parameter.
     */
    public Map<String, Object> parameterValues() {
        Map<String, Object> values = new LinkedHashMap<>(parameterValues);
        if (definition.effectParameter() != null) {
            values.put(definition.effectParameter(), effectFromParameter != null
                ? "[parameters('" + effectFromParameter + "')]"
                : definition.effectValue(effect));
        }
        return values;
    }

    /** The initiative parameter that decides the effect per assignment, or {@code null} when it is fixed. */
    public String effectFromParameter() {
        return effectFromParameter;
    }

    /** Terraform resource types the offline rule evaluates; empty when the control has no offline twin. */
    public Set<String> resourceTypes() {
        return resourceTypes;
    }

    /** Whether the control can be evaluated on synthesized Terraform. */
    public boolean evaluatesOffline() {
        return offlineRule != null;
    }

    /**
     * Why the control is evaluated only in Azure, by the Azure Policy it becomes; {@code null} when it has an offline
     * twin. Listed by {@code ./lz check --list-rules} and in the README.
     */
    public String azureOnlyReason() {
        return azureOnlyReason;
    }

    /**
     * Evaluates a synthesized resource.
     *
     * @param parameters the initiative's parameter values as assigned
     */
    public Evaluation evaluate(TerraformResource resource, Map<String, Object> parameters) {
        if (offlineRule == null || !resourceTypes.contains(resource.type())) {
            return Evaluation.notApplicable(resource.type() + " is not evaluated by " + id);
        }
        return offlineRule.evaluate(resource, parameters);
    }

    /** Roles the assignment's identity needs for Modify / DeployIfNotExists; empty otherwise. */
    public List<BuiltInRole> remediationRoles() {
        return remediationRoles;
    }

    /** What Azure shows for a non-compliant resource: what is wrong and what to do. */
    public String nonComplianceMessage() {
        return nonComplianceMessage;
    }

    /** Builds a {@link Control}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private ControlCategory category;
        private Severity severity = Severity.ERROR;
        private PolicyDefinitionRef definition;
        private PolicyEffect effect;
        private String effectFromParameter;
        private final Map<String, Object> parameterValues = new LinkedHashMap<>();
        private Set<String> resourceTypes = Set.of();
        private OfflineRule offlineRule;
        private String azureOnlyReason;
        private List<BuiltInRole> remediationRoles = List.of();
        private String nonComplianceMessage;

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id);
            this.title = Objects.requireNonNull(title);
        }

        /** @see Control#category() */
        public Builder category(ControlCategory category) {
            this.category = category;
            return this;
        }

        /** @see Control#severity() Default: {@link Severity#ERROR}. */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** The definition and the effect it has. @see Control#definition() */
        public Builder definition(PolicyDefinitionRef definition, PolicyEffect effect) {
            this.definition = definition;
            this.effect = effect;
            return this;
        }

        /** Lets the initiative parameter {@code parameter} decide the effect per assignment. */
        public Builder effectFromParameter(String parameter) {
            this.effectFromParameter = parameter;
            return this;
        }

        /** A parameter value of the definition: a literal, or {@code [parameters('x')]}. */
        public Builder parameter(String name, Object value) {
            this.parameterValues.put(name, value);
            return this;
        }

        /** The offline twin and the Terraform types it evaluates. */
        public Builder offline(Set<String> resourceTypes, OfflineRule rule) {
            this.resourceTypes = resourceTypes;
            this.offlineRule = rule;
            return this;
        }

        /** Declares the control evaluated only in Azure, and why. @see Control#azureOnlyReason() */
        public Builder azureOnly(String reason) {
            this.azureOnlyReason = reason;
            return this;
        }

        /** @see Control#remediationRoles() */
        public Builder remediationRoles(BuiltInRole... roles) {
            this.remediationRoles = List.of(roles);
            return this;
        }

        /** @see Control#nonComplianceMessage() */
        public Builder nonComplianceMessage(String message) {
            this.nonComplianceMessage = message;
            return this;
        }

        /** The control. */
        public Control build() {
            return new Control(this);
        }
    }
}
