/**
 * Estates (API for the model, the loader and the synthesizer): an organisation's business units, environments,
 * regions and placement ({@code Estate}, read from YAML by {@code EstateLoader}, every problem found by
 * {@code EstateValidator} with its estate path before anything is built), planned into stacks ({@code EstatePlan}) and
 * synthesized to Terraform JSON with {@code landing-zone.json} beside it ({@code EstateSynthesizer}, in several processes
 * {@code ParallelSynthesis}). The planner ({@code EstatePlan}, {@code Placement}, {@code SharedHosting},
 * {@code SharedCapacity}) and the stacks are package-private: what a plan decides is read through
 * {@code EstateSynthesizer.describe}, the same typed record {@code landing-zone.json} holds.
 */
package com.sysgenpro.landingzone.estate;
