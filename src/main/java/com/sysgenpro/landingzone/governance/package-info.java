/**
 * Governance constructs (API): the management group hierarchy, subscriptions (vended or adopted) with their guardrails
 * (resource provider registrations, Defender plans, security contacts, a budget), budgets, built-in roles, privileged
 * access through eligibility periods, separation of duties, and time-bound partner access. Azure Policy lives in
 * {@code governance.policy}.
 */
package com.sysgenpro.landingzone.governance;
