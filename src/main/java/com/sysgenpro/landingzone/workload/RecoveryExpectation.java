package com.sysgenpro.landingzone.workload;

import java.time.Duration;

/**
 * The recovery point and recovery time a disaster-recovery mechanism can be expected to achieve in a typical
 * workload, as its vendor documents them, so that a recovery assessment (the blueprints' {@code RecoveryAssessment})
 * can compare mechanisms with a recovery tier's targets, using {@link #recoveryPoint()} and
 * {@link #maximumRecoveryTime()} as the planning values. A value, not a guarantee: every instance names its source and
 * the caveat under which the figures stop holding.
 *
 * @param mechanism what recovers the data, e.g. {@code cross-region read replica, promoted}
 * @param recoveryPoint the most data, measured in time, expected to be lost (the RPO), e.g. 5 minutes
 * @param minimumRecoveryTime the shortest expected time until service resumes (the RTO's lower end)
 * @param maximumRecoveryTime the longest expected time until service resumes (the RTO's upper end) under the caveat
 * @param source where the figures come from, e.g. a documentation page
 * @param caveat when the figures do not hold
 */
public record RecoveryExpectation(String mechanism, Duration recoveryPoint, Duration minimumRecoveryTime,
                                  Duration maximumRecoveryTime, String source, String caveat) {

    /**
     * Promoting a cross-region {@link PostgresReadReplica}: recovery point under 5 minutes of replication lag, recovery
     * time of minutes for the promotion itself; an hour is assumed as the upper end to cover deciding to fail over,
     * a forced promotion and Odoo reconnecting. Source: Microsoft Learn, "Overview of business continuity with Azure
     * Database for PostgreSQL - Flexible Server" (RTO and RPO in a typical workload: read replicas, RTO minutes,
     * RPO &lt; 5 min), and "Promote read replicas" (promotion is never automatic; forced promotion for regional outages).
     */
    public static final RecoveryExpectation POSTGRES_READ_REPLICA = new RecoveryExpectation(
        "cross-region read replica of Azure Database for PostgreSQL flexible server, promoted",
        Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofHours(1),
        "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-business-continuity (read replicas: "
            + "RTO minutes, RPO < 5 min); https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas-promote",
        "asynchronous replication: the RPO is the replication lag at the moment of promotion, which heavy write workloads, "
            + "latency between regions or a broken replication slot can raise to hours; promotion is manual, so the RTO "
            + "includes the decision to fail over; watch the Read Replica Lag metric");

    /**
     * Geo-restoring a geo-redundant backup into the paired region, for comparison: recovery point under an hour,
     * recovery time varying with the size of the data, from minutes to 12 hours. Source: Microsoft Learn, "Overview of
     * business continuity with Azure Database for PostgreSQL - Flexible Server" (geo-restore: RTO varies, RPO &lt; 1 h;
     * automatic backups: restores take from a few minutes up to 12 hours).
     */
    public static final RecoveryExpectation POSTGRES_GEO_RESTORE = new RecoveryExpectation(
        "geo-restore of Azure Database for PostgreSQL flexible server's geo-redundant backup",
        Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofHours(12),
        "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-business-continuity (geo-restore: "
            + "RTO varies, RPO < 1 h)",
        "the RTO grows with the size of the data and the transaction log to replay; geo-redundant backup must have been "
            + "enabled when the server was created");

    /** Validates the components: all present, durations positive, and the recovery time range ordered. */
    public RecoveryExpectation {
        if (mechanism == null || mechanism.isBlank() || source == null || source.isBlank() || caveat == null) {
            throw new IllegalArgumentException("recovery objectives need a mechanism, a source and a caveat");
        }
        if (recoveryPoint == null || recoveryPoint.isNegative()) {
            throw new IllegalArgumentException("recoveryPoint " + recoveryPoint + " is not allowed; zero or a positive duration");
        }
        if (minimumRecoveryTime == null || maximumRecoveryTime == null || minimumRecoveryTime.isNegative()
            || maximumRecoveryTime.compareTo(minimumRecoveryTime) < 0) {
            throw new IllegalArgumentException("recovery time " + minimumRecoveryTime + " to " + maximumRecoveryTime
                + " is not allowed; a non-negative minimum no greater than the maximum");
        }
    }
}
