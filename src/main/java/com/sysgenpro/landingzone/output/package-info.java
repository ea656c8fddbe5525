/**
 * The synthesized-output contract (API): what {@code ./lz synth} writes and everything after it reads. {@code SynthOutput}
 * reads an output directory (the manifest, each stack's {@code cdk.tf.json} as {@code SynthesizedStack} with its
 * resources as {@code TerraformResource}s, and {@code landing-zone.json}). {@code LandingZoneDescription} is that file as
 * one typed record, its only writer (the estate layer hands it what it planned) and its only reader: per stack a
 * {@code DescribedStack} (its {@code StackContext}: kind, unit, environment, blueprint, tier, expiry, subscription; a shared
 * hosting's showback key and capacity; {@code OperatingHours}), the layout's subscriptions and the suppressions. {@code RuleCatalog} is how
 * the estate validator learns the rule ids a suppression may name without depending on {@code check}, which provides it.
 * {@code ResourceTypes} spells once the azurerm resource types those readers look for. This package depends only on
 * {@code core} and {@code internal}.
 */
package com.sysgenpro.landingzone.output;
