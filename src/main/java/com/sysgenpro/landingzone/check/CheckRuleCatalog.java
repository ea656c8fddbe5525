package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.output.RuleCatalog;
import java.util.List;

/**
 * The {@link RuleCatalog} of this library: the ids of {@link Rules#all(List)}, for the estate's validator, which
 * checks that suppressions name rules {@code check} runs. Registered in
 * {@code META-INF/services/com.sysgenpro.landingzone.output.RuleCatalog}; use {@link RuleCatalog#installed()}.
 */
public final class CheckRuleCatalog implements RuleCatalog {

    /** For {@link java.util.ServiceLoader}. */
    public CheckRuleCatalog() {
    }

    @Override
    public List<String> ruleIds(List<String> mandatoryTags) {
        return Rules.all(mandatoryTags).stream().map(Rule::id).toList();
    }
}
