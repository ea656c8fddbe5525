/**
 * {@code ./lz check} (API: {@code Checker} and its reports): evaluates a synthesized output against the policy model's
 * offline rules and the check-only rules ({@code *Rule}, one per file, listed by {@code Rules}), applies the estate's
 * reasoned suppressions (judged by {@code SuppressionRules}), and reports as text, JSON or SARIF.
 */
package com.sysgenpro.landingzone.check;
