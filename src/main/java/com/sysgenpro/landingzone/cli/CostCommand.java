package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.output.InvalidSynthOutputException;
import com.sysgenpro.landingzone.preview.CostEstimate;
import com.sysgenpro.landingzone.preview.InvalidPriceCatalogException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz cost}: the estimated monthly cost of a synthesized output. */
@Command(name = "cost", mixinStandardHelpOptions = true,
    description = {"Estimate what a synthesized output costs a month at list prices: per stack, business unit and environment,"
        + " shared hosting shown back to its tenants, what is not estimated (usage-based charges), what has no price in its region,"
        + " and the snapshot prices used, with their sources.",
        "An estimate, not an invoice: node pools count at their minimum size, compute stopped on schedule only the hours it"
            + " runs; prices the snapshot marks unverified are flagged;"
            + " a total that leaves out items with no price says it is incomplete and by how many items.",
        "Exits 0; with --strict, " + Lz.EXIT_INCOMPLETE_ESTIMATE + " when the total is incomplete; 1 on an invalid output or snapshot."})
final class CostCommand implements Callable<Integer> {

    /** How the estimate is printed. */
    enum Format { markdown, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SynthOutputOption out;

    @Mixin
    private PricesOption prices;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
        description = "markdown (for people and pull requests) or json (for pipelines). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--strict",
        description = "Exit with " + Lz.EXIT_INCOMPLETE_ESTIMATE + " when an item that is not usage-based has no price, so the total is incomplete.")
    private boolean strict;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            CostEstimate estimate = CostEstimate.of(out.read(), prices.catalog());
            stdout.print(format == Format.json ? estimate.json() : estimate.markdown());
            stdout.flush();
            if (strict && !estimate.complete()) {
                spec.commandLine().getErr().println("cost: the total is incomplete: " + estimate.incompleteLines()
                    + " item(s) have no price (" + estimate.unpricedForWantOfARegionalPrice() + " for want of a regional price)");
                return Lz.EXIT_INCOMPLETE_ESTIMATE;
            }
            return 0;
        } catch (InvalidSynthOutputException | InvalidPriceCatalogException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
    }
}
