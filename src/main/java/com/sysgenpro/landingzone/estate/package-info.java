/**
 * Estates (API for the model, the loader and the synthesizer): an organisation's business units, environments,
 * regions and placement ({@code Estate}, read from YAML by {@code EstateLoader}, every problem found by
 * {@code EstateValidator} with its estate path before anything is built), planned into stacks ({@code EstatePlan}) and
 * synthesized to Terraform JSON with {@code landing-zone.json} beside it ({@code EstateSynthesizer}). The planner types
 * are public for the command line and may narrow.
 */
package com.sysgenpro.landingzone.estate;
