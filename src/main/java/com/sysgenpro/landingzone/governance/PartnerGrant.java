package com.sysgenpro.landingzone.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * One partner's time-bound eligibility, for {@link PartnerAccess}: an Entra ID group of people outside the
 * organisation, the roles its members may activate, where, for how long at a time, who approves, and from which day
 * through which day. Validated by {@link PartnerAccess}, which names the property. Create with {@link #builder()}.
 */
public final class PartnerGrant {

    /** Default longest activation: 4 hours, a support session, after which the partner activates again. */
    public static final int DEFAULT_MAX_ACTIVATION_HOURS = 4;
    /** Longest activation PIM offers for Azure resource roles: a day. */
    public static final int MAX_ACTIVATION_HOURS = 24;

    private final String name;
    private final String group;
    private final List<PartnerRole> roles;
    private final List<ManagementGroup> productionGroups;
    private final List<ManagementGroup> nonProductionGroups;
    private final int maxActivationHours;
    private final String approvers;
    private final LocalDate start;
    private final LocalDate end;

    private PartnerGrant(Builder builder) {
        this.name = builder.name;
        this.group = builder.group;
        this.roles = List.copyOf(builder.roles);
        this.productionGroups = List.copyOf(builder.productionGroups);
        this.nonProductionGroups = List.copyOf(builder.nonProductionGroups);
        this.maxActivationHours = builder.maxActivationHours;
        this.approvers = builder.approvers;
        this.start = builder.start;
        this.end = builder.end;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The partner's name: 2 to 32 lowercase letters, digits and hyphens, starting with a letter and not ending with a
     * hyphen, unique among partners; the partner's assignments live under a construct of this id. Required.
     */
    public String name() {
        return name;
    }

    /** Object id (GUID) of the partner's Entra ID group, the principal of its eligible assignments. Required. */
    public String group() {
        return group;
    }

    /** The roles the group may activate, at each of its groups. At least one. */
    public List<PartnerRole> roles() {
        return roles;
    }

    /** Production groups the partner may act in: activation there needs {@link #approvers()}. Default: none. */
    public List<ManagementGroup> productionGroups() {
        return productionGroups;
    }

    /** Non-production and sandbox groups the partner may act in. Default: none; at least one group in all. */
    public List<ManagementGroup> nonProductionGroups() {
        return nonProductionGroups;
    }

    /**
     * The longest one activation lasts, 1 to {@value #MAX_ACTIVATION_HOURS} hours. Default: {@value
     * #DEFAULT_MAX_ACTIVATION_HOURS}.
     */
    public int maxActivationHours() {
        return maxActivationHours;
    }

    /**
     * Object id (GUID) of the group whose members approve the partner's activations, at every group of the partner;
     * required when {@link #productionGroups()} is not empty, and never the partner's own group. Default: none (no
     * approval, allowed outside production only).
     */
    public String approvers() {
        return approvers;
    }

    /** First day (UTC) the partner's assignments can be activated. Required. */
    public LocalDate start() {
        return start;
    }

    /**
     * Last day (UTC, inclusive) the partner's assignments can be activated: they expire at the start of the next day,
     * {@code end + 1} at 00:00 UTC. After {@link #start()}, and at most 365 days of eligibility. Required.
     */
    public LocalDate end() {
        return end;
    }

    /** Builds a {@link PartnerGrant}; each setter documents its property above. */
    public static final class Builder {
        private String name;
        private String group;
        private List<PartnerRole> roles = List.of();
        private List<ManagementGroup> productionGroups = List.of();
        private List<ManagementGroup> nonProductionGroups = List.of();
        private int maxActivationHours = DEFAULT_MAX_ACTIVATION_HOURS;
        private String approvers;
        private LocalDate start;
        private LocalDate end;

        private Builder() {
        }

        /** @see PartnerGrant#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see PartnerGrant#group() */
        public Builder group(String groupObjectId) {
            this.group = groupObjectId;
            return this;
        }

        /** @see PartnerGrant#roles() */
        public Builder roles(List<PartnerRole> roles) {
            this.roles = roles;
            return this;
        }

        /** @see PartnerGrant#productionGroups() */
        public Builder productionGroups(List<ManagementGroup> productionGroups) {
            this.productionGroups = productionGroups;
            return this;
        }

        /** @see PartnerGrant#nonProductionGroups() */
        public Builder nonProductionGroups(List<ManagementGroup> nonProductionGroups) {
            this.nonProductionGroups = nonProductionGroups;
            return this;
        }

        /** @see PartnerGrant#maxActivationHours() */
        public Builder maxActivationHours(int maxActivationHours) {
            this.maxActivationHours = maxActivationHours;
            return this;
        }

        /** @see PartnerGrant#approvers() */
        public Builder approvers(String groupObjectId) {
            this.approvers = groupObjectId;
            return this;
        }

        /** @see PartnerGrant#start() */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /** @see PartnerGrant#end() */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /** The grant; validated when {@link PartnerAccess} is created. */
        public PartnerGrant build() {
            return new PartnerGrant(this);
        }
    }
}
