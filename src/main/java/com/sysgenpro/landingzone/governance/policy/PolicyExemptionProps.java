package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.governance.ManagementGroup;
import java.time.LocalDate;
import java.util.List;

/** Properties of a {@link PolicyExemption}. Create with {@link #builder()}. */
public final class PolicyExemptionProps {

    private final InitiativeAssignment assignment;
    private final ManagementGroup managementGroup;
    private final String resourceGroupId;
    private final ExemptionCategory category;
    private final String reason;
    private final LocalDate expiresOn;
    private final List<String> controlIds;
    private final LocalDate today;

    private PolicyExemptionProps(Setters<?> setters) {
        this.assignment = setters.assignment;
        this.managementGroup = setters.managementGroup;
        this.resourceGroupId = setters.resourceGroupId;
        this.category = setters.category;
        this.reason = setters.reason;
        this.expiresOn = setters.expiresOn;
        this.controlIds = List.copyOf(setters.controlIds);
        this.today = setters.today;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The assignment exempted from. Required. */
    public InitiativeAssignment assignment() {
        return assignment;
    }

    /** The exempt management group. Exactly one of this and {@link #resourceGroupId()}. */
    public ManagementGroup managementGroup() {
        return managementGroup;
    }

    /** The exempt resource group's id. Exactly one of this and {@link #managementGroup()}. */
    public String resourceGroupId() {
        return resourceGroupId;
    }

    /** Waiver or mitigated. Required. */
    public ExemptionCategory category() {
        return category;
    }

    /** Why, in words a reviewer can check: what is exempt, why it is acceptable, who decided. Required, 20+ characters. */
    public String reason() {
        return reason;
    }

    /** The last day the exemption holds. Required: exemptions do not last forever. */
    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** The exempted controls by id (e.g. {@code LZ-NET-001}). Default: all controls of the initiative. */
    public List<String> controlIds() {
        return controlIds;
    }

    /** The date expiry is judged against. Default: today in UTC (tests pin it). */
    public LocalDate today() {
        return today;
    }

    /** Builds {@link PolicyExemptionProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public PolicyExemptionProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link PolicyExemption.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private InitiativeAssignment assignment;
        private ManagementGroup managementGroup;
        private String resourceGroupId;
        private ExemptionCategory category;
        private String reason;
        private LocalDate expiresOn;
        private List<String> controlIds = List.of();
        private LocalDate today;

        Setters() {
        }

        /** @see PolicyExemptionProps#assignment() */
        public B assignment(InitiativeAssignment assignment) {
            this.assignment = assignment;
            return self();
        }

        /** @see PolicyExemptionProps#managementGroup() */
        public B managementGroup(ManagementGroup managementGroup) {
            this.managementGroup = managementGroup;
            return self();
        }

        /** @see PolicyExemptionProps#resourceGroupId() */
        public B resourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return self();
        }

        /** @see PolicyExemptionProps#category() */
        public B category(ExemptionCategory category) {
            this.category = category;
            return self();
        }

        /** @see PolicyExemptionProps#reason() */
        public B reason(String reason) {
            this.reason = reason;
            return self();
        }

        /** @see PolicyExemptionProps#expiresOn() */
        public B expiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
            return self();
        }

        /** @see PolicyExemptionProps#controlIds() */
        public B controlIds(List<String> controlIds) {
            this.controlIds = controlIds;
            return self();
        }

        /** @see PolicyExemptionProps#today() */
        public B today(LocalDate today) {
            this.today = today;
            return self();
        }

        PolicyExemptionProps toProps() {
            return new PolicyExemptionProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
