package com.sysgenpro.landingzone.preview;

import com.sysgenpro.landingzone.check.Finding;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.preview.CostEstimate.StackCost;
import com.sysgenpro.landingzone.preview.ResourceChange.Action;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Renders a {@link PreviewReport} as GitHub-flavoured Markdown for a pull-request comment. */
final class PreviewMarkdown {

    /** Most attributes listed per resource; the rest are counted. */
    static final int MAX_ATTRIBUTES = 25;

    private static final List<Action> ORDER = List.of(Action.DELETE, Action.REPLACE, Action.ADDRESS_CHANGED, Action.UPDATE, Action.CREATE,
        Action.MOVED, Action.FORGET);
    private static final Set<String> MARKERS = Set.of(Values.ABSENT, Values.SECRET, Values.SENSITIVE, Values.UNKNOWN);

    private PreviewMarkdown() {
    }

    static String render(PreviewReport report) {
        StringBuilder md = new StringBuilder(PreviewReport.MARKER).append("\n## Landing zone preview\n\n");
        warnings(report, md);
        String currency = report.headCost().catalog().currency();
        if (!report.hasChanges()) {
            md.append("**No changes.** Base and head synthesize the same ").append(report.headStacks()).append(" stacks and ")
                .append(String.format(Locale.ROOT, "%,d", report.headResources())).append(" resources, with the same governance findings")
                .append(report.plans().isEmpty() ? "" : ", and the plans change nothing").append(". Estimated monthly cost unchanged: ")
                .append(Money.format(report.headCost().total(), currency))
                .append(report.headCost().complete() ? "" : " " + CostMarkdown.INCOMPLETE_MARK + " incomplete").append(" (")
                .append(CostMarkdown.label(report.headCost().catalog())).append(").\n").append(CostMarkdown.incompleteness(report.headCost(), "which `./lz cost` lists"));
            return md.toString();
        }
        summary(report, md);
        for (StackChanges stack : report.changedStacks()) {
            stack(report, stack, md);
        }
        List<String> unchanged = report.stacks().stream().filter(stack -> !stack.changed()).map(StackChanges::name).toList();
        if (!unchanged.isEmpty()) {
            md.append("<details><summary>").append(unchanged.size()).append(unchanged.size() == 1 ? " stack" : " stacks")
                .append(" without change</summary>\n\n").append(String.join(" · ", unchanged.stream().map(name -> "`" + name + "`").toList()))
                .append("\n\n</details>\n\n");
        }
        if (!report.plans().isEmpty()) {
            plans(report, md);
        }
        md.append(CostMarkdown.comparison(report.baseCost(), report.headCost()));
        return md.toString();
    }

    private static void warnings(PreviewReport report, StringBuilder md) {
        StringBuilder items = new StringBuilder();
        int count = 0;
        for (StackChanges stack : report.stacks()) {
            if (stack.context().production()) {
                for (ResourceChange change : stack.changes()) {
                    if (change.dataStore() && change.destroys()) {
                        items.append("> - ").append(loss(stack.name(), change, false)).append('\n');
                        count++;
                    }
                }
            }
        }
        for (TerraformPlan plan : report.plans()) {
            if (report.stack(plan.stack()).map(stack -> stack.context().production()).orElse(false)) {
                for (ResourceChange change : plan.changes()) {
                    if (change.dataStore() && change.destroys()) {
                        items.append("> - ").append(loss(plan.stack(), change, true)).append('\n');
                        count++;
                    }
                }
            }
        }
        List<String> dropped = report.subscriptionsDroppedAtOnce();
        if (!dropped.isEmpty()) {
            md.append("> [!CAUTION]\n> **").append(dropped.size()).append(dropped.size() == 1 ? " subscription leaves" : " subscriptions leave")
                .append(" the layout in one step**: ").append(String.join(", ", dropped.stream().map(key -> "`" + key + "`").toList()))
                .append(". The platform stack would lose the provider its guardrails there were created with (Terraform: \"Provider")
                .append(" configuration not present\"), and the vending stack would drop a subscription that keeps running. List ")
                .append(dropped.size() == 1 ? "it" : "them").append(" under `subscriptions.retired` for one deployment first, then remove")
                .append(dropped.size() == 1 ? " it" : " them").append(" (README: Retiring a subscription).\n\n");
        }
        if (count > 0) {
            md.append("> [!CAUTION]\n> **").append(count).append(count == 1 ? " production data store" : " production data stores")
                .append(" would be destroyed**\n>\n").append(items).append('\n');
        }
        // Temporary environments past their last day: check fails on them whatever the change.
        List<PreviewReport.ExpiredEnvironment> expired = report.expiredEnvironments();
        if (!expired.isEmpty()) {
            md.append("> [!WARNING]\n> **").append(expired.size()).append(expired.size() == 1
                    ? " temporary environment is past its last day**" : " temporary environments are past their last day**")
                .append(" (`expires`; `./lz check` fails with `LZ-ENV-002`): extend `expires` or remove the environment from the estate.\n>\n");
            for (PreviewReport.ExpiredEnvironment environment : expired) {
                md.append("> - `").append(environment.stack()).append("`: its last day was ").append(environment.lastDay()).append(", ")
                    .append(environment.daysPast()).append(environment.daysPast() == 1 ? " day" : " days").append(" ago\n");
            }
            md.append('\n');
        }
    }

    private static String loss(String stack, ResourceChange change, boolean fromPlan) {
        StringBuilder line = new StringBuilder("`").append(stack).append("`").append(fromPlan ? " (terraform plan)" : "").append(": ")
            .append(DataStores.label(change.type())).append(change.azureName() == null ? "" : " `" + change.azureName() + "`")
            .append(" (`").append(change.address()).append("`) ");
        switch (change.action()) {
            case DELETE -> line.append("is **removed**: Terraform destroys it and the data in it")
                .append(fromPlan ? "." : "; `prevent_destroy` does not protect a resource whose block leaves the configuration.");
            case REPLACE -> line.append("is **replaced**").append(change.reason() == null ? "" : " (" + change.reason() + ")")
                .append(": Terraform destroys it, with its data, and creates an empty one.");
            default -> line.append("has its **address changed** (from `").append(change.previousAddress())
                .append("`): Terraform destroys it, with its data, and creates an empty one unless a `moved` block is added.");
        }
        return line.toString();
    }

    private static void summary(PreviewReport report, StringBuilder md) {
        List<StackChanges> changed = report.changedStacks();
        long added = changed.stream().filter(stack -> stack.status() == StackChanges.Status.ADDED).count();
        long removed = changed.stream().filter(stack -> stack.status() == StackChanges.Status.REMOVED).count();
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        changed.forEach(stack -> stack.changes().forEach(change -> counts.merge(change.action(), 1, Integer::sum)));
        int introduced = changed.stream().mapToInt(stack -> stack.introduced().size()).sum();
        int fixed = changed.stream().mapToInt(stack -> stack.fixed().size()).sum();
        String currency = report.headCost().catalog().currency();
        if (changed.isEmpty()) {
            md.append("**The synthesized configuration does not change** (").append(report.headStacks()).append(" stacks, ")
                .append(String.format(Locale.ROOT, "%,d", report.headResources())).append(" resources); the plans below show what Terraform"
                    + " would still do.\n\n");
            return;
        }
        md.append("**").append(changed.size()).append(" of ").append(report.stacks().size()).append(" stacks change**");
        if (added + removed > 0) {
            md.append(" (").append(added).append(" added, ").append(removed).append(" removed)");
        }
        md.append(" · resources: ");
        if (counts.isEmpty()) {
            md.append("none change");
        } else {
            md.append(String.join(", ", ORDER.stream().filter(counts::containsKey).map(action -> counts.get(action) + " " + action.label()).toList()));
        }
        md.append(" · governance: ").append(introduced).append(introduced == 1 ? " finding" : " findings").append(" introduced, ")
            .append(fixed).append(" fixed · estimated monthly cost ").append(Money.format(report.baseCost().total(), currency)).append(" → ")
            .append(Money.format(report.headCost().total(), currency)).append(" (")
            .append(Money.change(report.headCost().total().subtract(report.baseCost().total()), currency)).append(")")
            .append(report.headCost().complete() ? "" : ", " + CostMarkdown.INCOMPLETE_MARK + " incomplete: " + report.headCost().incompleteLines()
                + " item(s) unpriced").append("\n\n");
    }

    private static void stack(PreviewReport report, StackChanges stack, StringBuilder md) {
        String currency = report.headCost().catalog().currency();
        md.append("### `").append(stack.name()).append("` — ").append(stack.status().name().toLowerCase(Locale.ROOT)).append("\n\n");
        BigDecimal before = report.baseCost().stack(stack.name()).map(StackCost::total).orElse(BigDecimal.ZERO);
        BigDecimal after = report.headCost().stack(stack.name()).map(StackCost::total).orElse(BigDecimal.ZERO);
        md.append(describe(stack.context())).append(" · estimated ").append(Money.format(before, currency)).append(" → ")
            .append(Money.format(after, currency)).append(" a month (").append(Money.change(after.subtract(before), currency)).append(")\n\n");
        if (stack.status() == StackChanges.Status.ADDED || stack.status() == StackChanges.Status.REMOVED) {
            wholeStack(stack, md);
        } else {
            changes(stack.changes(), stack.context().production(), md);
        }
        if (!stack.introduced().isEmpty() || !stack.fixed().isEmpty()) {
            md.append("**Governance**\n\n");
            stack.introduced().forEach(finding -> md.append("- introduced ").append(finding(finding, true)).append('\n'));
            stack.fixed().forEach(finding -> md.append("- fixed ").append(finding(finding, false)).append('\n'));
            md.append('\n');
        }
    }

    private static String finding(Finding finding, boolean withMessage) {
        return "**`" + finding.rule() + "`** (" + finding.severity().name().toLowerCase(Locale.ROOT) + ") on `" + finding.address() + "`"
            + (withMessage ? ": " + finding.message().replace('\n', ' ') : "");
    }

    private static void wholeStack(StackChanges stack, StringBuilder md) {
        Map<String, Integer> byType = new TreeMap<>();
        stack.changes().forEach(change -> byType.merge(change.type(), 1, Integer::sum));
        md.append(stack.status() == StackChanges.Status.ADDED ? "Stack added with " : "Stack removed: Terraform destroys its ")
            .append(stack.changes().size()).append(stack.changes().size() == 1 ? " resource" : " resources").append(": ")
            .append(String.join(", ", byType.entrySet().stream().map(entry -> entry.getValue() + " × `" + entry.getKey() + "`").toList()))
            .append(".\n\n");
        List<ResourceChange> stores = stack.changes().stream().filter(ResourceChange::dataStore).toList();
        if (!stores.isEmpty()) {
            md.append("Data stores:\n\n");
            stores.forEach(change -> md.append("- ").append(resource(change)).append('\n'));
            md.append('\n');
        }
    }

    /** Resource changes grouped by action, destructive first. */
    static void changes(List<ResourceChange> changes, boolean production, StringBuilder md) {
        Map<Action, List<ResourceChange>> byAction = new EnumMap<>(Action.class);
        changes.forEach(change -> byAction.computeIfAbsent(change.action(), action -> new java.util.ArrayList<>()).add(change));
        for (Action action : ORDER) {
            List<ResourceChange> group = byAction.get(action);
            if (group == null) {
                continue;
            }
            md.append("**").append(Character.toUpperCase(action.label().charAt(0))).append(action.label().substring(1)).append(" (")
                .append(group.size()).append(")**\n\n");
            for (ResourceChange change : group) {
                md.append("- ");
                switch (action) {
                    case ADDRESS_CHANGED -> md.append("`").append(change.previousAddress()).append("` → ").append(resource(change))
                        .append(": address changed: Terraform will destroy and recreate it unless a `moved` block is added (cdktn: `moveFromId(\"")
                        .append(change.previousAddress()).append("\")` on the resource)");
                    case MOVED -> md.append("`").append(change.previousAddress()).append("` → ").append(resource(change))
                        .append(": moved; its state follows, nothing is destroyed");
                    case FORGET -> md.append(resource(change)).append(": removed from the state; the Azure resource is kept");
                    default -> {
                        md.append(resource(change));
                        if (change.previousAddress() != null) {
                            md.append(" (moved from `").append(change.previousAddress()).append("`)");
                        }
                        if (change.reason() != null) {
                            md.append(": ").append(change.reason());
                        }
                    }
                }
                if (change.dataStore() && production && change.destroys()) {
                    md.append(" — **production data store**");
                }
                md.append('\n');
                List<AttributeChange> attributes = change.attributes();
                for (int i = 0; i < attributes.size() && i < MAX_ATTRIBUTES; i++) {
                    AttributeChange attribute = attributes.get(i);
                    md.append("  - `").append(attribute.path()).append("`: ").append(code(attribute.before())).append(" → ")
                        .append(code(attribute.after())).append(attribute.forcesReplacement() ? " (forces replacement)" : "").append('\n');
                }
                if (attributes.size() > MAX_ATTRIBUTES) {
                    md.append("  - … and ").append(attributes.size() - MAX_ATTRIBUTES).append(" more\n");
                }
            }
            md.append('\n');
        }
    }

    private static void plans(PreviewReport report, StringBuilder md) {
        md.append("## Terraform plan\n\nWhat `terraform plan` will do: the authority where it differs from the synthesized diff above.\n\n");
        for (TerraformPlan plan : report.plans()) {
            md.append("### `").append(plan.stack()).append("` — plan `").append(plan.file().getFileName()).append("`")
                .append(plan.terraformVersion() == null ? "" : " (Terraform " + plan.terraformVersion() + ")").append("\n\n");
            if (plan.errored()) {
                md.append("> [!WARNING]\n> Planning failed part-way: this plan is incomplete and cannot be applied.\n\n");
            }
            if (plan.changes().isEmpty()) {
                md.append("No changes.\n\n");
            } else {
                boolean production = report.stack(plan.stack()).map(stack -> stack.context().production()).orElse(false);
                changes(plan.changes(), production, md);
            }
        }
    }

    private static String resource(ResourceChange change) {
        return "`" + change.address() + "`" + (change.azureName() == null ? "" : " (`" + change.azureName() + "`)");
    }

    private static String code(String value) {
        if (MARKERS.contains(value)) {
            return value;
        }
        return value.contains("`") ? "`` " + value + " ``" : "`" + value + "`";
    }

    private static String describe(StackContext context) {
        return switch (context.kind()) {
            case SUBSCRIPTIONS -> "subscription vending";
            case PLATFORM -> "platform";
            case CONNECTIVITY -> "connectivity (hubs, private DNS)";
            case SHARED_HOSTING -> join("shared hosting", context.blueprint() + " blueprint", context.recoveryTier());
            case BUSINESS_UNIT -> join("business unit " + context.businessUnit(), context.environment(), context.recoveryTier(),
                context.tenancy());
            case IN_CLUSTER -> join("in-cluster", context.businessUnit() == null ? "shared" : "business unit " + context.businessUnit(),
                context.environment() == null ? context.blueprint() + " blueprint" : context.environment());
            case UNKNOWN -> "not described (no landing-zone.json)";
        };
    }

    private static String join(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(part -> part != null && !part.startsWith("null")).toList());
    }
}
