package com.sysgenpro.landingzone.output;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The ids of the rules {@code ./lz check} runs: what a {@link Suppression} may name. The estate's validator refuses a
 * suppression of any other id when the estate is loaded, long before its output is checked.
 *
 * <p>The rules live in {@code check}, which reads synthesized outputs; the estate, which writes them, reaches their ids
 * through this interface, so that neither package depends on the other. {@code check} implements it and registers the
 * implementation with {@link ServiceLoader} ({@code META-INF/services/com.sysgenpro.landingzone.output.RuleCatalog} in
 * this library's jar), where {@link #installed()} finds it.
 */
public interface RuleCatalog {

    /**
     * The id of every rule {@code check} runs on the output of an estate that requires {@code mandatoryTags}, in the
     * order {@code check} lists them, e.g. {@code LZ-TAG-001}.
     */
    List<String> ruleIds(List<String> mandatoryTags);

    /**
     * The catalog registered on the class path; this library's jar registers one, {@code check}'s.
     *
     * @throws IllegalStateException when none is registered (a jar put together without this library's
     *     {@code META-INF/services}), or more than one
     */
    static RuleCatalog installed() {
        List<RuleCatalog> found = ServiceLoader.load(RuleCatalog.class, RuleCatalog.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            throw new IllegalStateException((found.isEmpty() ? "no " : found.size() + " ") + RuleCatalog.class.getName()
                + " registered in META-INF/services, expected this library's one; the class path does not hold its jar as built");
        }
        return found.get(0);
    }
}
