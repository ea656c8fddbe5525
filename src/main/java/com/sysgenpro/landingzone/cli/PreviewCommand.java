package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.output.InvalidSynthOutputException;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.InvalidPlanException;
import com.sysgenpro.landingzone.preview.Preview;
import com.sysgenpro.landingzone.preview.PreviewReport;
import com.sysgenpro.landingzone.preview.InvalidPriceCatalogException;
import com.sysgenpro.landingzone.preview.TerraformPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz preview}: what a change does, as Markdown for a pull request. */
@Command(name = "preview", mixinStandardHelpOptions = true,
    description = {
        "Compare two synthesized outputs (e.g. the main branch's and a pull request's) and print Markdown: per stack, resources"
            + " added, changed (with the changed arguments), removed, replaced and readdressed; governance findings introduced and"
            + " fixed; the estimated monthly cost, base to head. Production data stores that would be destroyed, and subscriptions leaving"
            + " the layout without being retired first, come first.",
        "Exits 0 whatever it finds: it reports, ./lz check gates. Exits 1, changing nothing, when an output is not a whole"
            + " ./lz synth output (no manifest.json or landing-zone.json, or a file that is not valid JSON) or a plan file is"
            + " not plan JSON. Reads JSON only; never runs cdktn or Terraform."},
    footer = {"",
        "Plan files: give each as STACK=FILE, or name it after its stack (<stack>.json, <stack>.plan.json or <stack>.tfplan.json).",
        "Produce one per stack directory with: terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > <stack>.json"})
final class PreviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--base", paramLabel = "DIR", required = true,
        description = "Synthesized output of the base (e.g. main), as ./lz synth --out DIR wrote it.")
    private Path base;

    @Option(names = "--head", paramLabel = "DIR", required = true,
        description = "Synthesized output of the head (e.g. the pull request).")
    private Path head;

    @Option(names = "--plan-json", paramLabel = "[STACK=]FILE", arity = "1..*",
        description = "terraform show -json output of a stack's plan; repeatable. The plans' actions are shown beside the synthesized diff.")
    private List<String> planFiles = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Write the Markdown to FILE instead of standard output.")
    private Path report;

    @Mixin
    private PricesOption prices;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            SynthOutput baseOutput = SynthOutput.read(base);
            SynthOutput headOutput = SynthOutput.read(head);
            List<TerraformPlan> plans = new ArrayList<>();
            for (String planFile : planFiles) {
                plans.add(TerraformPlan.fromArgument(planFile));
            }
            PreviewReport preview = Preview.compare(baseOutput, headOutput, plans, prices.catalog(), LocalDate.now());
            String markdown = preview.markdown();
            if (report != null) {
                ReportFile.write(report, markdown);
                stdout.printf("preview: %d of %d stacks change; written to %s%n", preview.changedStacks().size(), preview.stacks().size(), report);
            } else {
                stdout.print(markdown);
            }
            stdout.flush();
            return 0;
        } catch (InvalidSynthOutputException | InvalidPlanException | InvalidPriceCatalogException | IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        } catch (IOException e) {
            stderr.println("error: cannot write " + report + ": " + e.getMessage());
            return Lz.EXIT_INVALID_INPUT;
        }
    }
}
