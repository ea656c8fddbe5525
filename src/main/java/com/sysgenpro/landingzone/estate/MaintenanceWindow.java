package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.workload.KubernetesMaintenanceWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The weekly maintenance window of a business unit (or of the estate's shared hosting), in local time: the day and
 * hour it opens in the unit's time zone. Every maintenance the landing zone schedules is placed relative to it, as it
 * always was relative to Sunday 00:00: cluster upgrades open at the start for 4 hours, PostgreSQL maintenance two
 * hours in, node image upgrades from four hours in for 4 hours. (Vaulted backups keep their own weekly schedule.)
 *
 * <p>Azure takes PostgreSQL maintenance in UTC and AKS windows with a fixed UTC offset, neither
 * following daylight saving time. The window is converted with the time zone's <em>standard</em> offset, so during
 * daylight saving time everything runs one hour later by the local clock (02:00 becomes 03:00), never earlier, into
 * the business day's end.
 *
 * @param day the day the window opens, local time
 * @param start when it opens, local time, whole minutes
 * @param zone the time zone it is written in
 */
public record MaintenanceWindow(DayOfWeek day, LocalTime start, ZoneId zone) {

    /** The default: Sunday 00:00 local time, when Odoo has the fewest users. */
    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.SUNDAY;
    /** The default start, local time. */
    public static final LocalTime DEFAULT_START = LocalTime.MIDNIGHT;

    /** The instant whose standard offset converts: fixed, so that synthesis does not depend on the day it runs. */
    private static final Instant STANDARD_TIME_AS_OF = Instant.parse("2026-01-01T00:00:00Z");
    /** A Sunday, from which each day of the week is reached within the same week. */
    private static final LocalDate REFERENCE_WEEK = LocalDate.of(2026, 1, 4);

    /** Checks the components. */
    public MaintenanceWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
    }

    /** The zone's standard offset from UTC. */
    ZoneOffset standardOffset() {
        return zone.getRules().getStandardOffset(STANDARD_TIME_AS_OF);
    }

    /** The offset as AKS takes it, {@code +HH:MM}. */
    String utcOffset() {
        int minutes = standardOffset().getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }

    /** The moment {@code hoursIn} after the window opens, in UTC. */
    OffsetDateTime utc(int hoursIn) {
        LocalDateTime local = REFERENCE_WEEK.with(TemporalAdjusters.nextOrSame(day)).atTime(start).plusHours(hoursIn);
        return local.atOffset(standardOffset()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** AKS cluster upgrades: from the start, 4 hours, in local time with the standard offset. */
    KubernetesMaintenanceWindow clusterUpgrades() {
        return new KubernetesMaintenanceWindow(day, start, 4, utcOffset());
    }

    /** AKS node image upgrades: from 4 hours in, 4 hours. */
    KubernetesMaintenanceWindow nodeImageUpgrades() {
        LocalDateTime opens = REFERENCE_WEEK.with(TemporalAdjusters.nextOrSame(day)).atTime(start).plusHours(4);
        return new KubernetesMaintenanceWindow(opens.getDayOfWeek(), opens.toLocalTime(), 4, utcOffset());
    }

    /** PostgreSQL maintenance, two hours in: the day in UTC. */
    DayOfWeek databaseDayUtc() {
        return utc(2).getDayOfWeek();
    }

    /** PostgreSQL maintenance, two hours in: the time in UTC. */
    LocalTime databaseStartUtc() {
        return utc(2).toLocalTime();
    }

    @Override
    public String toString() {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " " + start + " " + zone;
    }
}
