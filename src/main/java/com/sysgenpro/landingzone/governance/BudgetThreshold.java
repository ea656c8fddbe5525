package com.sysgenpro.landingzone.governance;

/**
 * When a budget notifies: at {@code percent} of the amount, of actual or forecast spend.
 *
 * @param percent percentage of the budget amount, 1 to 1000
 * @param forecasted whether the threshold applies to forecast spend (warns before the money is spent) or actual spend
 */
public record BudgetThreshold(int percent, boolean forecasted) {

    /** Validates the percentage. */
    public BudgetThreshold {
        if (percent < 1 || percent > 1000) {
            throw new IllegalArgumentException("budget threshold " + percent + "% is not allowed; Azure accepts 1 to 1000");
        }
    }

    /** A threshold on actual spend. */
    public static BudgetThreshold actual(int percent) {
        return new BudgetThreshold(percent, false);
    }

    /** A threshold on forecast spend. */
    public static BudgetThreshold forecast(int percent) {
        return new BudgetThreshold(percent, true);
    }
}
