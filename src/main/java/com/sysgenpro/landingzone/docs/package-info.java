/**
 * Documents generated from a synthesized output (API: {@code Runbook}, {@code EstateDiagram}): disaster-recovery runbooks
 * per environment and recovery tier, and the estate diagram.
 *
 * <p>A runbook is written by {@code RunbookRenderer}, which puts its sections in order under their headings; each
 * section is a class named after its heading ({@code AtAGlanceSection}, {@code WhereTheDataLivesSection},
 * {@code ObjectivesSection}, {@code ScheduledShutdownSection}, the recovery steps {@code NetworkStep} to {@code DnsStep},
 * {@code VerifySection}) on the shared {@code RunbookSection}.
 */
package com.sysgenpro.landingzone.docs;
