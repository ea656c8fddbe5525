package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.check.Rule;
import com.sysgenpro.landingzone.check.Rules;
import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Initiative;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./lz check --list-rules}: every control of the policy model, every check-only rule and the rules about
 * suppressions, with how each is evaluated before deploy (offline, or only in Azure and why) and the source file that
 * defines it (relative to {@code src/main/java/com/sysgenpro/landingzone/}).
 */
final class RuleList {

    /** Where the homes of {@link Rule#home()} are, from the project's root. */
    static final String SOURCES = "src/main/java/com/sysgenpro/landingzone/";

    private RuleList() {
    }

    /**
     * The README's table of where each family of rules is defined, generated from the code: one row per shipped
     * initiative (its controls and their offline twins) and one for the rules about suppressions. The tag controls are
     * shown for a tag {@code <tag>}.
     */
    static String homesMarkdown() {
        StringBuilder table = new StringBuilder("| rules | defined in |\n|---|---|\n");
        for (Initiative initiative : LandingZoneInitiatives.all(List.of("owner"))) {
            List<String> ids = initiative.controls().stream().map(control -> control.id().replace("owner", "<tag>")).toList();
            table.append("| `").append(initiative.name()).append("`: ").append(ranges(ids)).append(" | ")
                .append(link(LandingZoneInitiatives.home(initiative.key()))).append(" |\n");
        }
        List<Rule> suppressions = Rules.aboutSuppressions();
        table.append("| suppressions: ").append(ranges(suppressions.stream().map(Rule::id).toList())).append(" | ")
            .append(link(suppressions.get(0).home())).append(" |\n");
        return table.toString();
    }

    /** A home as a Markdown link from the project's root, e.g. {@code [check/OwnerTagRule.java](src/main/java/...)}. */
    static String link(String home) {
        return "[" + home + "](" + SOURCES + home + ")";
    }

    /** Ids in code spans, runs of one prefix with consecutive numbers written as {@code `LZ-REG-001` … `002`}. */
    private static String ranges(List<String> ids) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < ids.size()) {
            int end = i;
            while (end + 1 < ids.size() && follows(ids.get(end), ids.get(end + 1))) {
                end++;
            }
            parts.add(end == i ? "`" + ids.get(i) + "`"
                : "`" + ids.get(i) + "` … `" + ids.get(end).substring(ids.get(end).length() - 3) + "`");
            i = end + 1;
        }
        return String.join(", ", parts);
    }

    private static boolean follows(String id, String next) {
        return id.matches(".*-\\d{3}") && next.matches(".*-\\d{3}") && id.length() == next.length()
            && id.regionMatches(0, next, 0, id.length() - 3)
            && Integer.parseInt(next.substring(next.length() - 3)) == Integer.parseInt(id.substring(id.length() - 3)) + 1;
    }

    static void write(List<String> mandatoryTags, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "SEVERITY", "EVALUATED", "INITIATIVES", "DEFINED IN", "TITLE"});
        List<String> azureOnly = new ArrayList<>();
        for (Map.Entry<Control, Set<String>> entry : Rules.controls(mandatoryTags).entrySet()) {
            Control control = entry.getKey();
            rows.add(new String[] {control.id(), severity(control.severity().name()),
                control.evaluatesOffline() ? "offline" : "Azure only", String.join(",", entry.getValue().stream().sorted().toList()),
                Rules.home(entry.getValue()), control.title()});
            if (!control.evaluatesOffline()) {
                azureOnly.add(control.id() + ": " + control.azureOnlyReason());
            }
        }
        for (Rule rule : Rules.checkOnly()) {
            rows.add(new String[] {rule.id(), severity(rule.severity().name()), "check only", "-", rule.home(), rule.title()});
        }
        for (Rule rule : Rules.aboutSuppressions()) {
            rows.add(new String[] {rule.id(), severity(rule.severity().name()), "suppressions", "-", rule.home(), rule.title()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println("rules for the mandatory tags " + String.join(", ", mandatoryTags) + ":");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.append(row[5]));
        }
        out.println();
        out.println("evaluated only in Azure, by the Azure Policy the control becomes:");
        azureOnly.forEach(line -> out.println("  " + line));
        out.flush();
    }

    private static String severity(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
