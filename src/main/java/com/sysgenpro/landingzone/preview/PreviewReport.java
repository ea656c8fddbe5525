package com.sysgenpro.landingzone.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Preview} found: per stack changes and findings, the plans' actions, and the cost estimates of base and
 * head. {@link #markdown()} renders it for a pull-request comment.
 */
public final class PreviewReport {

    /** The hidden line every rendered preview starts with, by which a CI job finds its earlier comment to update it. */
    public static final String MARKER = "<!-- lz-preview -->";

    private final List<StackChanges> stacks;
    private final List<TerraformPlan> plans;
    private final CostEstimate baseCost;
    private final CostEstimate headCost;
    private final int headStacks;
    private final int headResources;
    private final List<String> subscriptionsDroppedAtOnce;
    private final List<ExpiredEnvironment> expiredEnvironments;

    /**
     * A temporary environment of the head past its last day on the day of the preview.
     *
     * @param stack the environment's stack
     * @param lastDay its last day ({@code expires})
     * @param daysPast how many days after it the preview runs, at least 1
     */
    public record ExpiredEnvironment(String stack, java.time.LocalDate lastDay, long daysPast) {
    }

    PreviewReport(List<StackChanges> stacks, List<TerraformPlan> plans, CostEstimate baseCost, CostEstimate headCost, int headStacks,
                  int headResources, List<String> subscriptionsDroppedAtOnce, List<ExpiredEnvironment> expiredEnvironments) {
        this.stacks = List.copyOf(stacks);
        this.plans = List.copyOf(plans);
        this.baseCost = baseCost;
        this.headCost = headCost;
        this.headStacks = headStacks;
        this.headResources = headResources;
        this.subscriptionsDroppedAtOnce = List.copyOf(subscriptionsDroppedAtOnce);
        this.expiredEnvironments = List.copyOf(expiredEnvironments);
    }

    /**
     * The head's temporary environments past their last day ({@code expires}), by stack: {@code ./lz check} fails on each
     * (LZ-ENV-002) whatever the change, so the preview says so first.
     */
    public List<ExpiredEnvironment> expiredEnvironments() {
        return expiredEnvironments;
    }

    /**
     * The keys of subscriptions that base's layout has and head neither has nor retires ({@code subscriptions.retired}):
     * the platform stack loses the provider their guardrails were created with while those are still in state
     * ("Provider configuration not present"), and the vending stack drops a subscription that keeps running.
     */
    public List<String> subscriptionsDroppedAtOnce() {
        return subscriptionsDroppedAtOnce;
    }

    /** Every stack of base or head, by name, changed or not. */
    public List<StackChanges> stacks() {
        return stacks;
    }

    /** The stacks that change (added, removed or changed), by name. */
    public List<StackChanges> changedStacks() {
        return stacks.stream().filter(StackChanges::changed).toList();
    }

    /** The stack named {@code name}, if base or head has it. */
    public Optional<StackChanges> stack(String name) {
        return stacks.stream().filter(stack -> stack.name().equals(name)).findFirst();
    }

    /** The plans, by stack. */
    public List<TerraformPlan> plans() {
        return plans;
    }

    /** The estimate of base. */
    public CostEstimate baseCost() {
        return baseCost;
    }

    /** The estimate of head. */
    public CostEstimate headCost() {
        return headCost;
    }

    /** How many stacks head has. */
    public int headStacks() {
        return headStacks;
    }

    /** How many resources head has. */
    public int headResources() {
        return headResources;
    }

    /** Whether anything changes: a stack, or a resource in a plan. */
    public boolean hasChanges() {
        return !changedStacks().isEmpty() || plans.stream().anyMatch(plan -> !plan.changes().isEmpty());
    }

    /**
     * Data stores in production stacks that the change destroys (removed, replaced, or recreated under a new address),
     * from the synthesized diff and then from the plans: what the preview puts first.
     */
    public List<ResourceChange> productionDataStoreLosses() {
        List<ResourceChange> losses = new ArrayList<>();
        for (StackChanges stack : stacks) {
            if (stack.context().production()) {
                stack.changes().stream().filter(change -> change.dataStore() && change.destroys()).forEach(losses::add);
            }
        }
        for (TerraformPlan plan : plans) {
            boolean production = stack(plan.stack()).map(stack -> stack.context().production()).orElse(false);
            if (production) {
                plan.changes().stream().filter(change -> change.dataStore() && change.destroys()).forEach(losses::add);
            }
        }
        return losses;
    }

    /** The report as Markdown, starting with {@link #MARKER}. */
    public String markdown() {
        return PreviewMarkdown.render(this);
    }
}
