package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.check.Rule;
import com.sysgenpro.landingzone.check.Rules;
import com.sysgenpro.landingzone.governance.policy.Control;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./lz check --list-rules}: every control of the policy model and every check-only rule, with how each is
 * evaluated before deploy (offline, or only in Azure and why).
 */
final class RuleList {

    private RuleList() {
    }

    static void write(List<String> mandatoryTags, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "SEVERITY", "EVALUATED", "INITIATIVES", "TITLE"});
        List<String> azureOnly = new ArrayList<>();
        for (Map.Entry<Control, Set<String>> entry : Rules.controls(mandatoryTags).entrySet()) {
            Control control = entry.getKey();
            rows.add(new String[] {control.id(), severity(control.severity().name()),
                control.evaluatesOffline() ? "offline" : "Azure only", String.join(",", entry.getValue().stream().sorted().toList()),
                control.title()});
            if (!control.evaluatesOffline()) {
                azureOnly.add(control.id() + ": " + control.azureOnlyReason());
            }
        }
        for (Rule rule : Rules.checkOnly()) {
            rows.add(new String[] {rule.id(), severity(rule.severity().name()), "check only", "-", rule.title()});
        }
        int[] widths = new int[4];
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
            out.println(line.append(row[4]));
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
