package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.output.SynthesizedStack;

/**
 * A rule that evaluates every top-level block of a stack, not only its resources: data sources, outputs, variables,
 * locals, providers and the backend configuration (see {@link SynthesizedStack#blocks()}). A secret can sit in any of
 * them.
 */
interface BlockRule extends Rule {
}
