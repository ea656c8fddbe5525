package com.sysgenpro.landingzone.docs;

import java.util.List;

/** A Markdown document built line by line, with tables and fenced code; {@code \n} line ends on every platform. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown line(String line) {
        text.append(line).append('\n');
        return this;
    }

    Markdown blank() {
        return line("");
    }

    Markdown heading(int level, String title) {
        return line("#".repeat(level) + " " + title).blank();
    }

    Markdown paragraph(String paragraph) {
        return line(paragraph).blank();
    }

    Markdown bullet(String item) {
        return line("- " + item);
    }

    Markdown check(String item) {
        return line("- [ ] " + item);
    }

    /** A table: the header, then each row; cells are escaped so that a {@code |} in a value cannot split a cell. */
    Markdown table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header.stream().map(name -> name.isEmpty() ? " " : cell(name)).toList()) + " |");
        line("|" + "---|".repeat(header.size()));
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row.stream().map(Markdown::cell).toList()) + " |");
        }
        return blank();
    }

    /** A fenced code block. */
    Markdown code(String language, List<String> lines) {
        line("```" + language);
        lines.forEach(this::line);
        return line("```").blank();
    }

    static String cell(String value) {
        return value == null || value.isEmpty() ? "–" : value.replace("|", "\\|").replace("\n", " ");
    }

    /** {@code value} as inline code. */
    static String code(String value) {
        return "`" + value + "`";
    }

    @Override
    public String toString() {
        // One trailing newline, however the last section ended.
        String result = text.toString();
        while (result.endsWith("\n\n")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
