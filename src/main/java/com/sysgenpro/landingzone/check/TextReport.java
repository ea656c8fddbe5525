package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text report: a header, a table of every stack with its counts, then each stack's findings as a table (rule,
 * severity, resource, message; a suppressed finding followed by its reason), the findings about suppressions, and a
 * summary line.
 */
final class TextReport {

    private static final String INDENT = "  ";

    private TextReport() {
    }

    static void write(CheckReport report, String location, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("lz check of ").append(location).append(" on ").append(report.checkedOn()).append(": ")
            .append(plural(report.stacks().size(), "stack")).append(", ").append(plural(report.resources(), "resource"))
            .append(", ").append(plural(report.rules().size(), "rule")).append("\n\n");

        List<List<String>> overview = new ArrayList<>();
        overview.add(List.of("STACK", "RESOURCES", "COMPLIANT", "N/A", "ERRORS", "WARNINGS", "SUPPRESSED"));
        for (StackResult stack : report.stacks()) {
            overview.add(List.of(stack.name(), String.valueOf(stack.resources()), String.valueOf(stack.compliant()),
                String.valueOf(stack.notApplicable()), String.valueOf(stack.count(Severity.ERROR)),
                String.valueOf(stack.count(Severity.WARNING)), String.valueOf(stack.suppressed())));
        }
        table(text, overview, 1);

        for (StackResult stack : report.stacks()) {
            if (!stack.findings().isEmpty()) {
                text.append("\n").append(stack.name()).append(": ").append(counts(stack.findings())).append("\n");
                findings(text, "RESOURCE", stack.findings());
            }
        }
        if (!report.suppressionFindings().isEmpty()) {
            text.append("\nsuppressions (governance.suppressions): ").append(counts(report.suppressionFindings())).append("\n");
            findings(text, "SUPPRESSION", report.suppressionFindings());
        }
        text.append("\nsummary: ").append(plural(report.count(Severity.ERROR), "error")).append(", ")
            .append(plural(report.count(Severity.WARNING), "warning")).append(", ").append(report.suppressed()).append(" suppressed\n");
        out.write(text.toString());
    }

    private static void findings(StringBuilder text, String what, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RULE", "SEVERITY", what, "MESSAGE"));
        List<String> notes = new ArrayList<>();
        notes.add(null);
        for (Finding finding : findings) {
            rows.add(List.of(finding.rule(), CheckReportWriter.severity(finding.severity()), CheckReportWriter.resource(finding),
                finding.message()));
            Suppression suppression = finding.suppression();
            notes.add(suppression == null ? null : "suppressed" + (suppression.expires() == null ? "" : " until " + suppression.expires())
                + ": " + suppression.reason());
        }
        int[] widths = widths(rows);
        int messageColumn = INDENT.length() + widths[0] + widths[1] + widths[2] + 6;
        for (int i = 0; i < rows.size(); i++) {
            row(text, rows.get(i), widths);
            if (notes.get(i) != null) {
                text.append(" ".repeat(messageColumn)).append(notes.get(i)).append("\n");
            }
        }
    }

    /** A table whose columns from {@code firstNumeric} on are right-aligned. */
    private static void table(StringBuilder text, List<List<String>> rows, int firstNumeric) {
        int[] widths = widths(rows);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                String padding = " ".repeat(widths[column] - cell.length());
                line.append(column >= firstNumeric ? padding + cell : cell + padding).append(column < row.size() - 1 ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append("\n");
        }
    }

    private static void row(StringBuilder text, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder(INDENT);
        for (int column = 0; column < row.size(); column++) {
            String cell = row.get(column);
            line.append(cell);
            if (column < row.size() - 1) {
                line.append(" ".repeat(widths[column] - cell.length() + 2));
            }
        }
        text.append(line.toString().stripTrailing()).append("\n");
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        return widths;
    }

    private static String counts(List<Finding> findings) {
        long errors = findings.stream().filter(finding -> !finding.suppressed() && finding.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(finding -> !finding.suppressed() && finding.severity() == Severity.WARNING).count();
        long suppressed = findings.stream().filter(Finding::suppressed).count();
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + suppressed + " suppressed";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
