package com.sysgenpro.landingzone.check;

/**
 * What {@link EnvironmentExpiringRule} and {@link EnvironmentExpiredRule} share: the resource they are reported on, the
 * environment's budget (one per environment stack, ending with it), and what in the estate to change.
 */
final class EnvironmentExpiry {

    /** The resource type both rules read: the budget of a unit's environment stack. */
    static final String TYPE = "azurerm_consumption_budget_resource_group";

    private EnvironmentExpiry() {
    }

    /** The two ways out, naming the environment in the estate. */
    static String fix(StackContext stack) {
        return "if it is still needed, extend it (move expires of environment '" + stack.environment() + "' of business unit '"
            + stack.businessUnit() + "' forward) and apply; otherwise remove the environment from the estate, which destroys its"
            + " resources";
    }
}
