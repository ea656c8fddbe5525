/**
 * Not API: the {@code ./lz} command line ({@code Lz} and its commands: synth, check, cost, prices, preview, runbook,
 * diagram, bench). Use the packages it calls from Java instead.
 */
package com.sysgenpro.landingzone.cli;
