package com.sysgenpro.landingzone.estate;

/**
 * Names of stacks and Azure resources, derived from stable estate names only (organisation prefix, business
 * unit, environment, region), never from list positions, so that reordering an estate file moves nothing.
 */
final class Naming {

    private Naming() {
    }

    static String stack(BusinessUnit unit, Environment environment) {
        return unit.name() + "-" + environment.name();
    }

    static String resourceGroup(Estate estate, BusinessUnit unit, Environment environment) {
        return "rg-" + stem(estate, unit, environment);
    }

    static String logAnalyticsWorkspace(Estate estate, BusinessUnit unit, Environment environment) {
        return "log-" + stem(estate, unit, environment);
    }

    private static String stem(Estate estate, BusinessUnit unit, Environment environment) {
        return estate.prefix() + "-" + unit.name() + "-" + environment.name() + "-" + estate.primaryRegion().code();
    }
}
