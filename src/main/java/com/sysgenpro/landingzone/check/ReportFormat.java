package com.sysgenpro.landingzone.check;

/** The formats {@link CheckReportWriter} writes a {@link CheckReport} in. */
public enum ReportFormat {
    /**
     * For people: a table of every stack with its counts, each stack's findings with rule, severity, resource (its
     * construct path, or its Terraform address) and message, suppressed findings with their reason, and a summary line.
     */
    TEXT,
    /**
     * For scripts: one JSON object, {@code "format": 1}, laid out in the order documented on {@link CheckReportWriter}.
     */
    JSON,
    /** For code scanning: a SARIF 2.1.0 log with one run, its rules and one result per finding. */
    SARIF
}
