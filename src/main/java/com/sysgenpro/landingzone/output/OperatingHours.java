package com.sysgenpro.landingzone.output;

import java.util.List;

/**
 * When a stack's clusters and servers stop and start on schedule, as {@code landing-zone.json} records it for the
 * runbook: written only for stacks that stop on schedule.
 *
 * @param resourceGroup the resource group of the workflows, that of what they stop
 * @param days the days it runs, capitalised English names in week order (e.g. {@code Monday})
 * @param start when it is started, local time {@code HH:mm}
 * @param stop when it is stopped, local time {@code HH:mm}
 * @param timeZone the IANA time zone of the hours (e.g. {@code Europe/Brussels})
 * @param windowsTimeZone the same zone by its Windows name, as Logic Apps' recurrence takes it
 * @param hoursPerWeek the hours a week it runs: whole ({@code Long}) when the window is whole hours, else a {@code Double}
 * @param clusters the clusters stopped and started, by name
 * @param servers the PostgreSQL servers stopped and started, by name
 * @param stopWorkflow the Logic App that stops them
 * @param startWorkflow the Logic App that starts them
 */
public record OperatingHours(String resourceGroup, List<String> days, String start, String stop, String timeZone,
                             String windowsTimeZone, Number hoursPerWeek, List<String> clusters, List<String> servers,
                             String stopWorkflow, String startWorkflow) {

    /** Copies the lists. */
    public OperatingHours {
        days = List.copyOf(days);
        clusters = List.copyOf(clusters);
        servers = List.copyOf(servers);
    }
}
