/**
 * The synthesized-output contract (API): what {@code ./lz synth} writes and everything after it reads. {@code SynthOutput}
 * reads an output directory (the manifest, each stack's {@code cdk.tf.json} as {@code SynthesizedStack} with its
 * resources as {@code TerraformResource}s, and {@code landing-zone.json} as each stack's {@code StackContext}: kind,
 * unit, environment, blueprint, showback key, capacity, expiry, subscriptions, suppressions). {@code RuleCatalog} is how
 * the estate validator learns the rule ids a suppression may name without depending on {@code check}, which provides it.
 * {@code ResourceTypes} spells once the azurerm resource types those readers look for. This package depends only on
 * {@code core} and {@code internal}.
 */
package com.sysgenpro.landingzone.output;
