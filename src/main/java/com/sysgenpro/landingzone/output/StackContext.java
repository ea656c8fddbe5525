package com.sysgenpro.landingzone.output;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the synthesizer knew about a stack that its Terraform does not say: which business unit and environment it
 * serves, under which blueprint, recovery tier and tenancy, which management group its subscription sits in, and the
 * policy parameters assigned there. Read from {@code landing-zone.json}, which {@link SynthOutput#read} requires to
 * describe every stack; {@link #unknown(String)} is for stacks built by hand, never what a missing description becomes.
 *
 * @param name the stack's name
 * @param kind what the stack holds
 * @param businessUnit the business unit, or {@code null} for platform, shared and unknown stacks
 * @param environment the environment, or {@code null} as for {@code businessUnit}
 * @param blueprint the blueprint's name, or {@code null} for platform and unknown stacks
 * @param production whether the blueprint is a production one (the strictest rules apply)
 * @param recoveryTier the recovery tier id (e.g. {@code tier-1}), or {@code null} when none applies
 * @param tenancy the tenancy model (e.g. {@code dedicated}), or {@code null}
 * @param managementGroup the management group name the stack's subscription sits in, or {@code null}
 * @param initiatives the keys of the initiatives in force where the stack lands (e.g. {@code backup} only in
 *     production); empty for an unknown stack, to which every initiative is taken to apply
 * @param parameters the initiative parameters assigned at that group (and above), by parameter name
 * @param customerManagedKeys whether the stack's data (a unit's) or node disks (shared hosting's cluster) are to be
 *     encrypted with customer-managed keys; {@code false} when {@code landing-zone.json} does not say so, as files
 *     written before the setting existed do not
 * @param subscription the key of the subscription of the estate's layout the stack deploys into (see
 *     {@link SynthOutput#subscriptions()}), or {@code null} without a layout and for in-cluster stacks
 * @param expires the last day (UTC) of a temporary environment, on its business unit stack; {@code null} for a
 *     permanent one, other stacks, and files written before the setting existed
 */
public record StackContext(String name, StackKind kind, String businessUnit, String environment, String blueprint,
                           boolean production, String recoveryTier, String tenancy, String managementGroup,
                           Set<String> initiatives, Map<String, Object> parameters, boolean customerManagedKeys,
                           String subscription, LocalDate expires) {

    /** Copies the collections. */
    public StackContext {
        initiatives = Set.copyOf(initiatives);
        parameters = Map.copyOf(parameters);
    }

    /** A stack of a permanent environment, or no environment's. */
    public StackContext(String name, StackKind kind, String businessUnit, String environment, String blueprint,
                        boolean production, String recoveryTier, String tenancy, String managementGroup,
                        Set<String> initiatives, Map<String, Object> parameters, boolean customerManagedKeys,
                        String subscription) {
        this(name, kind, businessUnit, environment, blueprint, production, recoveryTier, tenancy, managementGroup, initiatives,
            parameters, customerManagedKeys, subscription, null);
    }

    /** A stack outside a subscription layout. */
    public StackContext(String name, StackKind kind, String businessUnit, String environment, String blueprint,
                        boolean production, String recoveryTier, String tenancy, String managementGroup,
                        Set<String> initiatives, Map<String, Object> parameters, boolean customerManagedKeys) {
        this(name, kind, businessUnit, environment, blueprint, production, recoveryTier, tenancy, managementGroup, initiatives,
            parameters, customerManagedKeys, null);
    }

    /** A stack without customer-managed keys. */
    public StackContext(String name, StackKind kind, String businessUnit, String environment, String blueprint,
                        boolean production, String recoveryTier, String tenancy, String managementGroup,
                        Set<String> initiatives, Map<String, Object> parameters) {
        this(name, kind, businessUnit, environment, blueprint, production, recoveryTier, tenancy, managementGroup, initiatives,
            parameters, false, null);
    }

    /** Whether initiative {@code key} holds for the stack's resources. */
    public boolean inForce(String key) {
        return kind == StackKind.UNKNOWN || initiatives.contains(key);
    }

    /** A stack about which nothing is recorded: rules that need parameters are not applicable to it. */
    public static StackContext unknown(String name) {
        return new StackContext(name, StackKind.UNKNOWN, null, null, null, false, null, null, null, Set.of(), Map.of());
    }

    /** The last day of a temporary environment, when the stack is one's. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expires);
    }

    /** The recovery tier id, when one applies. */
    public Optional<String> tier() {
        return Optional.ofNullable(recoveryTier);
    }
}
