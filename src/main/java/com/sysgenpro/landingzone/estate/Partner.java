package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.governance.PartnerGrant;
import com.sysgenpro.landingzone.governance.PartnerRole;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * People outside the organisation (an Odoo implementation partner, a hosting partner) with time-bound, eligible-only
 * access to some business units' environments: an entry of the estate's {@code access.partners}.
 *
 * @param name unique name, lowercase kebab ({@link com.sysgenpro.landingzone.governance.PartnerAccess#NAME}); it names
 *     the partner's assignments in Terraform
 * @param group object id of the partner's Entra ID group (its people, usually B2B guests)
 * @param roles the roles its members may activate, at least one
 * @param units the business units it supports; {@code null}: every unit
 * @param environments the environment classes it may act in ({@link #ENVIRONMENTS}): a unit's production group, its
 *     non-production group, the estate's sandbox group (shared by every unit); {@code null}:
 *     {@link #DEFAULT_ENVIRONMENTS}, non-production only
 * @param maxActivationHours the longest one activation lasts, 1 to 24 hours; {@code null}:
 *     {@value PartnerGrant#DEFAULT_MAX_ACTIVATION_HOURS}
 * @param approvers object id of the group that approves its activations (at every scope it has); required when
 *     {@code environments} includes production
 * @param start its first day (UTC); {@code null}: {@code access.eligibilityStart}, which must then be given
 * @param end its last day (UTC, inclusive), after the start and at most 365 days of eligibility; required
 */
public record Partner(String name, String group, List<PartnerRole> roles, List<String> units, List<SubscriptionWorkload> environments,
                      Integer maxActivationHours, String approvers, LocalDate start, LocalDate end) {

    /** The environment classes a partner may be given, in the order their ids are listed. */
    public static final List<SubscriptionWorkload> ENVIRONMENTS = List.of(SubscriptionWorkload.PRODUCTION,
        SubscriptionWorkload.NON_PRODUCTION, SubscriptionWorkload.SANDBOX);

    /**
     * Where a partner acts unless told otherwise: non-production only. Production (customer data, approval needed) and
     * the sandbox (shared by every unit) are asked for by name.
     */
    public static final List<SubscriptionWorkload> DEFAULT_ENVIRONMENTS = List.of(SubscriptionWorkload.NON_PRODUCTION);

    /** Copies the lists. */
    public Partner {
        roles = roles == null ? List.of() : List.copyOf(roles);
        units = units == null ? null : List.copyOf(units);
        environments = environments == null ? null : List.copyOf(environments);
    }

    /** {@link #environments()}, or the default when not given. */
    public List<SubscriptionWorkload> effectiveEnvironments() {
        return environments != null ? environments : DEFAULT_ENVIRONMENTS;
    }

    /** {@link #maxActivationHours()}, or the default when not given. */
    public int effectiveMaxActivationHours() {
        return maxActivationHours != null ? maxActivationHours : PartnerGrant.DEFAULT_MAX_ACTIVATION_HOURS;
    }

    /** The spelling of an environment class in estate files: {@code production}, {@code non-production}, {@code sandbox}. */
    public static String environmentId(SubscriptionWorkload environment) {
        return environment.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The environment class spelt {@code id}, if a partner may be given it. */
    public static Optional<SubscriptionWorkload> environment(String id) {
        return ENVIRONMENTS.stream().filter(environment -> environmentId(environment).equals(id)).findFirst();
    }

    /** Every environment class id, comma-separated, for messages. */
    public static String environmentIds() {
        return String.join(", ", ENVIRONMENTS.stream().map(Partner::environmentId).toList());
    }
}
