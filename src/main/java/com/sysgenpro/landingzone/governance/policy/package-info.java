/**
 * The policy model (API): controls grouped into initiatives, each a built-in or custom Azure Policy definition with its
 * effect and parameters, assigned with enforcement modes and exempted with categories and reasons; and each control's
 * offline twin ({@code OfflineRule}), which {@code ./lz check} evaluates on the synthesized JSON so that one model is both
 * Azure Policy and a check before deploy. {@code LandingZoneInitiatives} lists the initiatives; each is defined, with its
 * controls, their twins and its custom definitions, in its own {@code *Initiative} file.
 */
package com.sysgenpro.landingzone.governance.policy;
