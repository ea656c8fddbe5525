package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.check.Checker;
import com.sysgenpro.landingzone.output.DescribedSubscription;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two synthesized outputs (a pull request's base and head) and, optionally, Terraform plans of their stacks:
 * what each stack's resources do, which governance findings appear or go, and what the estimate costs. Reads synthesized
 * JSON and plan JSON only; it never runs cdktn or Terraform.
 */
public final class Preview {

    private Preview() {
    }

    /**
     * Compares {@code base} with {@code head}.
     *
     * @param plans plans of some stacks ({@code terraform show -json}), shown beside the synthesized diff; may be empty
     * @param catalog the prices to estimate with
     * @param today the date suppression expiries, eligible assignments' and temporary environments' last days are judged
     *     against
     * @throws InvalidPlanException when a plan is for a stack neither output has, or two plans are for one stack
     */
    public static PreviewReport compare(SynthOutput base, SynthOutput head, List<TerraformPlan> plans, PriceCatalog catalog, LocalDate today) {
        Set<String> known = new TreeSet<>();
        base.stacks().forEach(stack -> known.add(stack.name()));
        head.stacks().forEach(stack -> known.add(stack.name()));
        Set<String> planned = new HashSet<>();
        for (TerraformPlan plan : plans) {
            if (!known.contains(plan.stack())) {
                throw new InvalidPlanException("plan file " + plan.file() + " is for stack '" + plan.stack() + "', which neither the base nor"
                    + " the head output has; stacks: " + String.join(", ", known) + ". Name the file <stack>.json or pass <stack>=FILE");
            }
            if (!planned.add(plan.stack())) {
                throw new InvalidPlanException("two plan files are for stack '" + plan.stack() + "' (the second: " + plan.file()
                    + "); give one plan per stack");
            }
        }
        List<TerraformPlan> sorted = new ArrayList<>(plans);
        sorted.sort(java.util.Comparator.comparing(TerraformPlan::stack));
        List<StackChanges> stacks = SynthDiff.compare(base, head, Checker.check(base, today), Checker.check(head, today));
        // A subscription leaves the layout in two deployments: retired first, then removed.
        List<String> dropped = base.subscriptions().values().stream()
            .filter(subscription -> !subscription.retired() && !head.subscriptions().containsKey(subscription.key()))
            .map(DescribedSubscription::key).toList();
        // Temporary environments the head still has after their last day: said whatever the change, as check fails on them.
        List<PreviewReport.ExpiredEnvironment> expired = head.stacks().stream()
            .filter(stack -> stack.context().kind() == StackKind.BUSINESS_UNIT)
            .filter(stack -> stack.context().expiry().filter(today::isAfter).isPresent())
            .map(stack -> new PreviewReport.ExpiredEnvironment(stack.name(), stack.context().expires(),
                ChronoUnit.DAYS.between(stack.context().expires(), today)))
            .sorted(java.util.Comparator.comparing(PreviewReport.ExpiredEnvironment::stack))
            .toList();
        return new PreviewReport(stacks, sorted, CostEstimate.of(base, catalog), CostEstimate.of(head, catalog),
            head.stacks().size(), head.resourceCount(), dropped, expired);
    }
}
