/**
 * Small value types every layer uses (API): Azure regions, CIDR ranges, data classifications, the mandatory tags, Azure
 * naming rules, Windows time zone names, and {@code Problem}, a finding named by its path.
 */
package com.sysgenpro.landingzone.core;
