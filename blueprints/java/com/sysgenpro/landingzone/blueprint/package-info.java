/**
 * Blueprints (API): production, staging and sandbox and the QA, development and training blueprints derived from them,
 * with their approved SKUs and capacities; recovery tiers with their objectives and the assessment of an
 * environment's settings; tenancy models and the placement advice that recommends one from a unit's criteria.
 */
package com.sysgenpro.landingzone.blueprint;
