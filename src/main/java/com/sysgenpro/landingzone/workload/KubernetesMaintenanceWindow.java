package com.sysgenpro.landingzone.workload;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekly window in which AKS may upgrade the cluster or its node images ({@code maintenance_window_auto_upgrade},
 * {@code maintenance_window_node_os}).
 *
 * @param dayOfWeek the day the window opens
 * @param startTime when it opens, whole minutes, in the time zone of {@code utcOffset}
 * @param durationHours how long it stays open: 4 to 24 hours (Azure's limits)
 * @param utcOffset the time zone as an offset from UTC, e.g. {@code +00:00} or {@code +01:00}
 */
public record KubernetesMaintenanceWindow(DayOfWeek dayOfWeek, LocalTime startTime, int durationHours, String utcOffset) {

    private static final Pattern OFFSET = Pattern.compile("[+-](0\\d|1[0-4]):[0-5]\\d");

    /** Validates the window. */
    public KubernetesMaintenanceWindow {
        if (dayOfWeek == null || startTime == null) {
            throw new IllegalArgumentException("a maintenance window needs a day of the week and a start time");
        }
        if (startTime.getSecond() != 0 || startTime.getNano() != 0) {
            throw new IllegalArgumentException("maintenance window start " + startTime + " is not allowed; whole minutes (HH:mm), e.g. 00:00");
        }
        if (durationHours < 4 || durationHours > 24) {
            throw new IllegalArgumentException("maintenance window duration " + durationHours + " h is not allowed; 4 to 24 hours");
        }
        if (utcOffset == null || !OFFSET.matcher(utcOffset).matches()) {
            throw new IllegalArgumentException("maintenance window UTC offset '" + utcOffset + "' is not allowed; +HH:MM or -HH:MM, e.g. +01:00");
        }
    }

    /** A weekly window in UTC. */
    public static KubernetesMaintenanceWindow weekly(DayOfWeek dayOfWeek, LocalTime startTime, int durationHours) {
        return new KubernetesMaintenanceWindow(dayOfWeek, startTime, durationHours, "+00:00");
    }

    /** The same window in another time zone, e.g. {@code +01:00} for Central European Time. */
    public KubernetesMaintenanceWindow withUtcOffset(String offset) {
        return new KubernetesMaintenanceWindow(dayOfWeek, startTime, durationHours, offset);
    }

    /** The day as Azure spells it, e.g. {@code Sunday}. */
    String azureDay() {
        String name = dayOfWeek.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The start as {@code HH:mm}. */
    String azureStartTime() {
        return String.format(Locale.ROOT, "%02d:%02d", startTime.getHour(), startTime.getMinute());
    }
}
