package com.sysgenpro.landingzone.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * Properties of {@link SeparationOfDuties}: the Entra ID groups (by object id) behind each duty and the scopes they
 * act on. A duty whose group is not given gets no assignment. Create with {@link #builder()}.
 */
public final class SeparationOfDutiesProps {

    /**
     * Length of eligible (PIM) assignments when neither {@link #eligibilityEnd()} nor the deprecated
     * {@link #eligibilityDays()} is given: 180 days, after which eligibility is reviewed and renewed.
     */
    public static final int DEFAULT_ELIGIBILITY_DAYS = 180;

    private final ManagementGroup root;
    private final List<ManagementGroup> productionGroups;
    private final List<ManagementGroup> nonProductionGroups;
    private final String platformAdmins;
    private final String securityOperations;
    private final String erpAdmins;
    private final String financeReaders;
    private final String deploymentPrincipal;
    private final LocalDate eligibilityStart;
    private final LocalDate eligibilityEnd;
    private final Integer eligibilityDays;

    private SeparationOfDutiesProps(Setters<?> setters) {
        this.root = setters.root;
        this.productionGroups = List.copyOf(setters.productionGroups);
        this.nonProductionGroups = List.copyOf(setters.nonProductionGroups);
        this.platformAdmins = setters.platformAdmins;
        this.securityOperations = setters.securityOperations;
        this.erpAdmins = setters.erpAdmins;
        this.financeReaders = setters.financeReaders;
        this.deploymentPrincipal = setters.deploymentPrincipal;
        this.eligibilityStart = setters.eligibilityStart;
        this.eligibilityEnd = setters.eligibilityEnd;
        this.eligibilityDays = setters.eligibilityDays;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The estate's root management group: scope of platform, security, finance and deployment duties. Required. */
    public ManagementGroup root() {
        return root;
    }

    /** Groups holding production: ERP admins get standing Reader and only eligible Contributor there. Default: none. */
    public List<ManagementGroup> productionGroups() {
        return productionGroups;
    }

    /** Groups holding non-production: ERP admins get standing Contributor there. Default: none. */
    public List<ManagementGroup> nonProductionGroups() {
        return nonProductionGroups;
    }

    /** Platform administrators: standing Reader, eligible Owner, on the root. Default: no assignment. */
    public String platformAdmins() {
        return platformAdmins;
    }

    /** Security operations: standing Security Reader, eligible Security Admin, on the root. Default: no assignment. */
    public String securityOperations() {
        return securityOperations;
    }

    /** ERP application administrators; see {@link #productionGroups()} and {@link #nonProductionGroups()}. Default: no assignment. */
    public String erpAdmins() {
        return erpAdmins;
    }

    /** Finance: standing Cost Management Reader on the root, for showback. Default: no assignment. */
    public String financeReaders() {
        return financeReaders;
    }

    /**
     * The deployment identity (a service principal's object id), with standing roles on the root: Contributor for
     * resources, Resource Policy Contributor for the policy definitions, initiatives, assignments and exemptions
     * (Contributor may not write Azure Policy), and Role Based Access Control Administrator for the role grants of
     * policy assignments and workloads, under a condition that forbids assigning or removing Owner, User Access
     * Administrator and Role Based Access Control Administrator, so that it cannot escalate. These assignments are
     * bootstrapped by a privileged administrator before the first deployment. Default: no assignment.
     */
    public String deploymentPrincipal() {
        return deploymentPrincipal;
    }

    /**
     * First day (UTC) eligible assignments are valid (the estate's {@code access.eligibilityStart}). Required when any
     * eligible assignment is made; not taken from the clock, so that synthesis stays deterministic and plans stay
     * empty: every field of an eligible assignment's schedule forces replacement, and the provider keeps the start it
     * created with. To renew eligibility, move {@link #eligibilityEnd()} (and, if need be, this date) forward, which
     * replaces the eligible assignments with new ones.
     */
    public LocalDate eligibilityStart() {
        return eligibilityStart;
    }

    /**
     * Last day (UTC, inclusive) eligible assignments can be activated (the estate's {@code access.eligibilityEnd}):
     * they expire at 00:00 UTC the day after, written as {@code duration_days} from {@link #eligibilityStart()}
     * through this day ({@link EligibilityPeriod}). After the start, and at most 365 days of eligibility. This is what
     * decides how long eligibility lasts; {@link #eligibilityDays()} is only its deprecated predecessor, and setting
     * both is an error. Default: none, in which case eligibility lasts {@value #DEFAULT_ELIGIBILITY_DAYS} days.
     */
    public LocalDate eligibilityEnd() {
        return eligibilityEnd;
    }

    /**
     * How long eligible assignments last from {@link #eligibilityStart()}, 1 to 365 days. Default: {@value
     * #DEFAULT_ELIGIBILITY_DAYS} days.
     *
     * @deprecated give the last day instead, {@link #eligibilityEnd()}; this counts days from the start, which is
     *     how {@code eligibilityEnd} is written to Terraform. It may not be set together with {@code eligibilityEnd}.
     */
    @Deprecated
    public int eligibilityDays() {
        return eligibilityDays != null ? eligibilityDays : DEFAULT_ELIGIBILITY_DAYS;
    }

    /** Whether the deprecated {@link #eligibilityDays()} was set. */
    boolean eligibilityDaysSet() {
        return eligibilityDays != null;
    }

    /** Builds {@link SeparationOfDutiesProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public SeparationOfDutiesProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link SeparationOfDuties.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private ManagementGroup root;
        private List<ManagementGroup> productionGroups = List.of();
        private List<ManagementGroup> nonProductionGroups = List.of();
        private String platformAdmins;
        private String securityOperations;
        private String erpAdmins;
        private String financeReaders;
        private String deploymentPrincipal;
        private LocalDate eligibilityStart;
        private LocalDate eligibilityEnd;
        private Integer eligibilityDays;

        Setters() {
        }

        /** @see SeparationOfDutiesProps#root() */
        public B root(ManagementGroup root) {
            this.root = root;
            return self();
        }

        /** @see SeparationOfDutiesProps#productionGroups() */
        public B productionGroups(List<ManagementGroup> productionGroups) {
            this.productionGroups = productionGroups;
            return self();
        }

        /** @see SeparationOfDutiesProps#nonProductionGroups() */
        public B nonProductionGroups(List<ManagementGroup> nonProductionGroups) {
            this.nonProductionGroups = nonProductionGroups;
            return self();
        }

        /** @see SeparationOfDutiesProps#platformAdmins() */
        public B platformAdmins(String groupObjectId) {
            this.platformAdmins = groupObjectId;
            return self();
        }

        /** @see SeparationOfDutiesProps#securityOperations() */
        public B securityOperations(String groupObjectId) {
            this.securityOperations = groupObjectId;
            return self();
        }

        /** @see SeparationOfDutiesProps#erpAdmins() */
        public B erpAdmins(String groupObjectId) {
            this.erpAdmins = groupObjectId;
            return self();
        }

        /** @see SeparationOfDutiesProps#financeReaders() */
        public B financeReaders(String groupObjectId) {
            this.financeReaders = groupObjectId;
            return self();
        }

        /** @see SeparationOfDutiesProps#deploymentPrincipal() */
        public B deploymentPrincipal(String servicePrincipalObjectId) {
            this.deploymentPrincipal = servicePrincipalObjectId;
            return self();
        }

        /** @see SeparationOfDutiesProps#eligibilityStart() */
        public B eligibilityStart(LocalDate eligibilityStart) {
            this.eligibilityStart = eligibilityStart;
            return self();
        }

        /** @see SeparationOfDutiesProps#eligibilityEnd() */
        public B eligibilityEnd(LocalDate eligibilityEnd) {
            this.eligibilityEnd = eligibilityEnd;
            return self();
        }

        /**
         * @see SeparationOfDutiesProps#eligibilityDays()
         * @deprecated use {@link #eligibilityEnd(LocalDate)}
         */
        @Deprecated
        public B eligibilityDays(int eligibilityDays) {
            this.eligibilityDays = eligibilityDays;
            return self();
        }

        SeparationOfDutiesProps toProps() {
            return new SeparationOfDutiesProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
