package com.sysgenpro.landingzone.testing;

import java.time.LocalDate;

/**
 * The day tests load estates on. The loader refuses eligibility that has ended by the day it runs, and the reference
 * and example estates' eligibility ends in 2027; pinned, the tests pass on any day the suite runs.
 */
public final class PinnedDay {

    /** A day within every fixture estate's eligibility: the reference estate's starts the day before. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private PinnedDay() {
    }
}
