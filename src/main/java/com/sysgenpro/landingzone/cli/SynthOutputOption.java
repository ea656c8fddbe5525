package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.output.SynthOutput;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}, the synthesized output a command reads, the same option and default everywhere: {@code check},
 * {@code cost}, {@code runbook}, {@code diagram}. Mixed into each with {@code @Mixin}.
 */
final class SynthOutputOption {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${env:CDKTF_OUTDIR:-cdktf.out}",
        description = "Synthesized output to read (what ./lz synth --out wrote). Default: $CDKTF_OUTDIR when set, else cdktf.out.")
    Path directory;

    /**
     * Reads it; an {@link com.sysgenpro.landingzone.output.InvalidSynthOutputException} says what is wrong, including an
     * output without {@code landing-zone.json}, which every command refuses rather than reads as an unknown estate.
     */
    SynthOutput read() {
        return SynthOutput.read(directory);
    }
}
