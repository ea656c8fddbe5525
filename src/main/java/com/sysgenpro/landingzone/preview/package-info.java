/**
 * Pull-request previews and cost (API: {@code PreviewReport}, {@code CostEstimate}): what a change does to the
 * synthesized stacks and plans, the governance findings it introduces or fixes, and the monthly cost estimate from a dated
 * price snapshot in the retail prices API's form, with showback to shared hosting's tenants and capacity per hosting.
 */
package com.sysgenpro.landingzone.preview;
