package com.example.erp;

import com.sysgenpro.landingzone.estate.Estate;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.estate.EstateValidator;
import com.sysgenpro.landingzone.estate.SynthesisReport;
import java.nio.file.Path;

/** Synthesizes {@link FabrikamEstate} to {@code cdktf.out}, or wherever {@code cdktf synth} asks. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // cdktf synth sets CDKTF_OUTDIR to the output directory cdktf.json names.
        String outDir = System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out");
        Estate estate = FabrikamEstate.estate();
        // Synthesis checks everything but the calendar: whether eligibility has ended is judged here, as of today (UTC).
        EstateValidator.requireValid(estate, "FabrikamEstate");
        SynthesisReport report = EstateSynthesizer.synthesize(estate, Path.of(outDir));
        for (SynthesisReport.Stack stack : report.stacks()) {
            System.out.printf("%-28s %4d resources%n", stack.name(), stack.resources());
        }
    }
}
