package com.sysgenpro.landingzone.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an eligible (PIM) assignment can be activated, both inclusive, in UTC: from {@code start} at 00:00 through
 * {@code end} at 23:59:59, so that it expires at 00:00 UTC on the day after {@code end}. Written to Terraform as
 * {@code schedule.start_date_time = "<start>T00:00:00Z"} and {@code schedule.expiration.duration_days} = {@link #days()},
 * the one form for every eligible assignment the landing zone makes, which {@code ./lz check} reads back.
 *
 * @param start the first day
 * @param end the last day, inclusive
 */
public record EligibilityPeriod(LocalDate start, LocalDate end) {

    /** The longest eligibility PIM allows for Azure resource roles: a year. */
    public static final int MAX_DAYS = 365;

    /** The period of {@code days} days from {@code start}: its last day is {@code start + days - 1}. */
    public static EligibilityPeriod ofDays(LocalDate start, int days) {
        return new EligibilityPeriod(start, start.plusDays(days - 1L));
    }

    /** How many days it lasts, both ends included: {@code duration_days}. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The schedule's start, {@code <start>T00:00:00Z}. */
    public String startDateTime() {
        return start + "T00:00:00Z";
    }

    /** The latest last day PIM allows for {@code start}: {@value #MAX_DAYS} days of eligibility. */
    public static LocalDate latestEnd(LocalDate start) {
        return start.plusDays(MAX_DAYS - 1L);
    }

    /**
     * What is wrong with it, naming {@code endName} and {@code startName} as the caller spells them, with the fix; or
     * {@code null} when the end is after the start and within {@value #MAX_DAYS} days of eligibility.
     */
    public String problem(String endName, String startName) {
        if (!end.isAfter(start)) {
            return endName + " " + end + " is not after " + startName + " " + start + "; give the last day eligibility lasts"
                + " (inclusive), e.g. " + start.plusDays(179) + " for 180 days";
        }
        if (days() > MAX_DAYS) {
            return endName + " " + end + " gives " + days() + " days of eligibility from " + startName + " " + start
                + "; PIM allows at most " + MAX_DAYS + ": choose " + latestEnd(start) + " or earlier, and renew it before it ends";
        }
        return null;
    }
}
