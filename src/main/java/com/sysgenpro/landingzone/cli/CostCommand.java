package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.check.InvalidSynthOutputException;
import com.sysgenpro.landingzone.preview.CostEstimate;
import com.sysgenpro.landingzone.preview.PriceCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lz cost}: the estimated monthly cost of a synthesized output. */
@Command(name = "cost", mixinStandardHelpOptions = true,
    description = {"Estimate what a synthesized output costs a month at list prices, as Markdown: per stack, business unit and"
        + " environment, what is not estimated (usage-based charges) and the catalog prices used, with their sources.",
        "An estimate, not an invoice: node pools count at their minimum size, compute stopped on schedule only the hours it"
            + " runs; prices the catalog marks unverified are flagged."})
final class CostCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SynthOutputOption out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            stdout.print(CostEstimate.of(out.read(), PriceCatalog.bundled()).markdown());
            stdout.flush();
            return 0;
        } catch (InvalidSynthOutputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
    }
}
