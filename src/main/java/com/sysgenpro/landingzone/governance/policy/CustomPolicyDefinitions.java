package com.sysgenpro.landingzone.governance.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The custom policy definitions defined at one management group, by name, shared by the {@link InitiativeDefinition}s
 * defined there so that a definition two initiatives use is defined once (Azure refuses a second definition of the
 * same name at the same group). Only initiative definitions add to it; callers read it.
 */
public final class CustomPolicyDefinitions {

    private final Map<String, String> ids;

    /** An empty set, for the initiatives of one management group. */
    public CustomPolicyDefinitions() {
        this(new LinkedHashMap<>());
    }

    private CustomPolicyDefinitions(Map<String, String> ids) {
        this.ids = ids;
    }

    /** A set that records into {@code ids}, for the deprecated map-based {@link InitiativeDefinition} constructor. */
    static CustomPolicyDefinitions backedBy(Map<String, String> ids) {
        return new CustomPolicyDefinitions(ids);
    }

    /** The id (a Terraform reference) of the definition called {@code name}, if one is defined yet. */
    public Optional<String> id(String name) {
        return Optional.ofNullable(ids.get(name));
    }

    /** The ids of the definitions defined so far, by name; a copy. */
    public Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    /** The id of {@code name}, defining it with {@code define} (which returns its id) when it is not defined yet. */
    String idOrDefine(String name, Function<String, String> define) {
        return ids.computeIfAbsent(name, define);
    }
}
