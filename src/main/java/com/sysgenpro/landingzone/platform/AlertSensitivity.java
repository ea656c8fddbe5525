package com.sysgenpro.landingzone.platform;

import java.time.Duration;

/**
 * How loudly and how early {@link WorkloadAlerts} fire, derived from the recovery tier of the business unit whose
 * Odoo they watch: the tighter the recovery objective, the higher the severity, the lower the thresholds and the
 * shorter the windows, so that a tier-1 outage pages someone before its recovery time starts running out.
 *
 * <p>One constant per recovery tier; the tier says which is its own ({@code RecoveryTier.alertSensitivity()} in the
 * blueprints, which sit above this package), e.g. {@code unit.recoveryTier().alertSensitivity()}. Each default can be
 * overridden per alert in {@link WorkloadAlertsProps}.
 *
 * <table>
 *   <caption>Defaults per tier</caption>
 *   <tr><th></th><th>tier-1</th><th>tier-2</th><th>tier-3</th></tr>
 *   <tr><td>severity</td><td>Sev1</td><td>Sev2</td><td>Sev3</td></tr>
 *   <tr><td>metric alerts: every / over</td><td>1 min / 5 min</td><td>5 min / 15 min</td><td>15 min / 30 min</td></tr>
 *   <tr><td>PostgreSQL CPU, average %</td><td>80</td><td>85</td><td>90</td></tr>
 *   <tr><td>PostgreSQL storage, maximum %</td><td>80</td><td>85</td><td>90</td></tr>
 *   <tr><td>PostgreSQL failed connections, total</td><td>5</td><td>10</td><td>25</td></tr>
 *   <tr><td>Managed Redis server load, maximum %</td><td>70</td><td>80</td><td>90</td></tr>
 *   <tr><td>pod restarts per pod: every / over / at least</td><td>5 min / 15 min / 3</td><td>15 min / 30 min / 5</td>
 *       <td>30 min / 1 h / 10</td></tr>
 *   <tr><td>failed backups: every / over</td><td>5 min / 15 min</td><td>15 min / 1 h</td><td>1 h / 6 h</td></tr>
 * </table>
 */
public enum AlertSensitivity {
    /** Business-critical Odoo: Sev1, tight thresholds, short windows. */
    TIER_1(1, Duration.ofMinutes(1), Duration.ofMinutes(5),
        80, 80, 5, 70,
        Duration.ofMinutes(5), Duration.ofMinutes(15), 3,
        Duration.ofMinutes(5), Duration.ofMinutes(15)),
    /** Important Odoo: Sev2, the thresholds Azure's baseline alerts recommend, give or take. */
    TIER_2(2, Duration.ofMinutes(5), Duration.ofMinutes(15),
        85, 85, 10, 80,
        Duration.ofMinutes(15), Duration.ofMinutes(30), 5,
        Duration.ofMinutes(15), Duration.ofHours(1)),
    /** Deferrable Odoo: Sev3, thresholds that leave room, windows that ride out short spikes. */
    TIER_3(3, Duration.ofMinutes(15), Duration.ofMinutes(30),
        90, 90, 25, 90,
        Duration.ofMinutes(30), Duration.ofHours(1), 10,
        Duration.ofHours(1), Duration.ofHours(6));

    private final int severity;
    private final Duration metricFrequency;
    private final Duration metricWindow;
    private final int postgresCpuPercent;
    private final int postgresStoragePercent;
    private final int postgresFailedConnections;
    private final int redisServerLoadPercent;
    private final Duration logFrequency;
    private final Duration logWindow;
    private final int podRestarts;
    private final Duration backupFrequency;
    private final Duration backupWindow;

    AlertSensitivity(int severity, Duration metricFrequency, Duration metricWindow,
                     int postgresCpuPercent, int postgresStoragePercent, int postgresFailedConnections,
                     int redisServerLoadPercent, Duration logFrequency, Duration logWindow, int podRestarts,
                     Duration backupFrequency, Duration backupWindow) {
        this.severity = severity;
        this.metricFrequency = metricFrequency;
        this.metricWindow = metricWindow;
        this.postgresCpuPercent = postgresCpuPercent;
        this.postgresStoragePercent = postgresStoragePercent;
        this.postgresFailedConnections = postgresFailedConnections;
        this.redisServerLoadPercent = redisServerLoadPercent;
        this.logFrequency = logFrequency;
        this.logWindow = logWindow;
        this.podRestarts = podRestarts;
        this.backupFrequency = backupFrequency;
        this.backupWindow = backupWindow;
    }

    /** Azure Monitor severity of every alert: 1 (error) for tier-1 to 3 (informational) for tier-3. */
    public int severity() {
        return severity;
    }

    /** How often metric alerts are evaluated, e.g. one minute (ISO 8601 {@code PT1M} in Terraform). */
    public Duration metricFrequency() {
        return metricFrequency;
    }

    /** The window metric alerts aggregate over, e.g. five minutes (ISO 8601 {@code PT5M} in Terraform). */
    public Duration metricWindow() {
        return metricWindow;
    }

    /** PostgreSQL average CPU percent above which the alert fires. */
    public int postgresCpuPercent() {
        return postgresCpuPercent;
    }

    /** PostgreSQL storage percent above which the alert fires. */
    public int postgresStoragePercent() {
        return postgresStoragePercent;
    }

    /** Failed PostgreSQL connections in a window above which the alert fires. */
    public int postgresFailedConnections() {
        return postgresFailedConnections;
    }

    /** Managed Redis server load percent above which the alert fires. */
    public int redisServerLoadPercent() {
        return redisServerLoadPercent;
    }

    /** How often the pod-restart log query runs. */
    public Duration logFrequency() {
        return logFrequency;
    }

    /** The time range the pod-restart log query covers. */
    public Duration logWindow() {
        return logWindow;
    }

    /** Restarts of one pod within {@link #logWindow()} from which the alert fires. */
    public int podRestarts() {
        return podRestarts;
    }

    /** How often the failed-backup alert is evaluated. */
    public Duration backupFrequency() {
        return backupFrequency;
    }

    /** The window in which one failed backup fires the alert. */
    public Duration backupWindow() {
        return backupWindow;
    }
}
