package com.sysgenpro.landingzone.blueprint;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a non-production environment runs, in its unit's or the estate's time zone: outside these hours its cluster
 * and PostgreSQL server are stopped by the stack's scheduled shutdown (Logic Apps workflows, see the README's
 * <em>Scheduled shutdown</em>), and the cost estimate counts their compute for these hours only. It is also written
 * as the {@code operating-hours} tag on the environment's resources.
 *
 * @param days the days it runs
 * @param start when it starts, local time of the estate's time zone
 * @param stop when it stops, after {@code start}
 */
public record ScaleDownSchedule(Set<DayOfWeek> days, LocalTime start, LocalTime stop) {

    /** Weekdays from {@code start} to {@code stop}. */
    public static ScaleDownSchedule weekdays(LocalTime start, LocalTime stop) {
        return new ScaleDownSchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, stop);
    }

    /** Checks the window. */
    public ScaleDownSchedule {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a scale-down schedule needs at least one day");
        }
        if (start == null || stop == null || !stop.isAfter(start)) {
            throw new IllegalArgumentException("a scale-down schedule must stop after it starts: " + start + "–" + stop);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The tag value, e.g. {@code Mon-Fri 07:00-20:00}, or the days listed when they are not a range. */
    public String tagValue(String timeZone) {
        return dayList() + " " + start + "-" + stop + " " + timeZone;
    }

    private String dayList() {
        var sorted = EnumSet.copyOf(days);
        DayOfWeek first = sorted.iterator().next();
        DayOfWeek last = first;
        for (DayOfWeek day : sorted) {
            last = day;
        }
        if (sorted.size() == last.getValue() - first.getValue() + 1 && sorted.size() > 1) {
            return abbreviation(first) + "-" + abbreviation(last);
        }
        return sorted.stream().map(ScaleDownSchedule::abbreviation).collect(Collectors.joining(","));
    }

    private static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return dayList() + " " + start + "–" + stop;
    }
}
