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
    TIER_1(new Settings().severity(1)
        .metrics(Duration.ofMinutes(1), Duration.ofMinutes(5))
        .postgres(80, 80, 5).redisServerLoadPercent(70)
        .podRestarts(3, Duration.ofMinutes(5), Duration.ofMinutes(15))
        .backups(Duration.ofMinutes(5), Duration.ofMinutes(15))),
    /** Important Odoo: Sev2, the thresholds Azure's baseline alerts recommend, give or take. */
    TIER_2(new Settings().severity(2)
        .metrics(Duration.ofMinutes(5), Duration.ofMinutes(15))
        .postgres(85, 85, 10).redisServerLoadPercent(80)
        .podRestarts(5, Duration.ofMinutes(15), Duration.ofMinutes(30))
        .backups(Duration.ofMinutes(15), Duration.ofHours(1))),
    /** Deferrable Odoo: Sev3, thresholds that leave room, windows that ride out short spikes. */
    TIER_3(new Settings().severity(3)
        .metrics(Duration.ofMinutes(15), Duration.ofMinutes(30))
        .postgres(90, 90, 25).redisServerLoadPercent(90)
        .podRestarts(10, Duration.ofMinutes(30), Duration.ofHours(1))
        .backups(Duration.ofHours(1), Duration.ofHours(6)));

    private final Settings settings;

    AlertSensitivity(Settings settings) {
        this.settings = settings;
    }

    /** Azure Monitor severity of every alert: 1 (error) for tier-1 to 3 (informational) for tier-3. */
    public int severity() {
        return settings.severity;
    }

    /** How often metric alerts are evaluated, e.g. one minute (ISO 8601 {@code PT1M} in Terraform). */
    public Duration metricFrequency() {
        return settings.metricFrequency;
    }

    /** The window metric alerts aggregate over, e.g. five minutes (ISO 8601 {@code PT5M} in Terraform). */
    public Duration metricWindow() {
        return settings.metricWindow;
    }

    /** PostgreSQL average CPU percent above which the alert fires. */
    public int postgresCpuPercent() {
        return settings.postgresCpuPercent;
    }

    /** PostgreSQL storage percent above which the alert fires. */
    public int postgresStoragePercent() {
        return settings.postgresStoragePercent;
    }

    /** Failed PostgreSQL connections in a window above which the alert fires. */
    public int postgresFailedConnections() {
        return settings.postgresFailedConnections;
    }

    /** Managed Redis server load percent above which the alert fires. */
    public int redisServerLoadPercent() {
        return settings.redisServerLoadPercent;
    }

    /** How often the pod-restart log query runs. */
    public Duration logFrequency() {
        return settings.logFrequency;
    }

    /** The time range the pod-restart log query covers. */
    public Duration logWindow() {
        return settings.logWindow;
    }

    /** Restarts of one pod within {@link #logWindow()} from which the alert fires. */
    public int podRestarts() {
        return settings.podRestarts;
    }

    /** How often the failed-backup alert is evaluated. */
    public Duration backupFrequency() {
        return settings.backupFrequency;
    }

    /** The window in which one failed backup fires the alert. */
    public Duration backupWindow() {
        return settings.backupWindow;
    }

    /** A tier's values, set by name: every, over and at-least read better than twelve positional numbers. */
    private static final class Settings {
        private int severity;
        private Duration metricFrequency;
        private Duration metricWindow;
        private int postgresCpuPercent;
        private int postgresStoragePercent;
        private int postgresFailedConnections;
        private int redisServerLoadPercent;
        private Duration logFrequency;
        private Duration logWindow;
        private int podRestarts;
        private Duration backupFrequency;
        private Duration backupWindow;

        Settings severity(int severity) {
            this.severity = severity;
            return this;
        }

        /** Metric alerts: evaluated {@code every}, aggregated {@code over}. */
        Settings metrics(Duration every, Duration over) {
            this.metricFrequency = every;
            this.metricWindow = over;
            return this;
        }

        /** PostgreSQL: average CPU and maximum storage percent, failed connections in a window. */
        Settings postgres(int cpuPercent, int storagePercent, int failedConnections) {
            this.postgresCpuPercent = cpuPercent;
            this.postgresStoragePercent = storagePercent;
            this.postgresFailedConnections = failedConnections;
            return this;
        }

        Settings redisServerLoadPercent(int percent) {
            this.redisServerLoadPercent = percent;
            return this;
        }

        /** Pod restarts: at least {@code restarts} of one pod, the query run {@code every}, covering {@code over}. */
        Settings podRestarts(int restarts, Duration every, Duration over) {
            this.podRestarts = restarts;
            this.logFrequency = every;
            this.logWindow = over;
            return this;
        }

        /** Failed backups: evaluated {@code every}, one failure {@code over} the window fires. */
        Settings backups(Duration every, Duration over) {
            this.backupFrequency = every;
            this.backupWindow = over;
            return this;
        }
    }
}
