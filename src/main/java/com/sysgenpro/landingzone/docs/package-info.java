/**
 * Documents generated from a synthesized output (API: {@code Runbook}, {@code EstateDiagram}): disaster-recovery runbooks
 * per environment and recovery tier, and the estate diagram.
 */
package com.sysgenpro.landingzone.docs;
