package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Severity;
import java.util.Set;

/** What every rule without an Azure Policy twin shares: its id, title, help, severity and resource types. */
abstract class CheckOnlyRule implements Rule {

    private final String id;
    private final String title;
    private final String help;
    private final Severity severity;
    private final Set<String> resourceTypes;

    CheckOnlyRule(String id, String title, String help, Severity severity, Set<String> resourceTypes) {
        this.id = id;
        this.title = title;
        this.help = help;
        this.severity = severity;
        this.resourceTypes = Set.copyOf(resourceTypes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String help() {
        return help;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final Set<String> resourceTypes() {
        return resourceTypes;
    }

    @Override
    public String toString() {
        return id;
    }
}
