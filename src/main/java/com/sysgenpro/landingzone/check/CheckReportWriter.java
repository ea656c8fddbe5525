package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.SynthOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a {@link CheckReport} as text, JSON or SARIF 2.1.0 ({@link ReportFormat}). Output depends only on the report,
 * the output it was made from, {@code location} and {@code toolVersion}: no clock, no absolute paths unless
 * {@code location} is one, {@code \n} line endings; the date expiries were judged against is the report's.
 *
 * <p>The JSON report, {@code "format": 1}, has these fields, always present ({@code null} where they do not apply), in
 * this order:
 * <ul>
 *   <li>{@code format}, {@code tool} ({@code name}, {@code version}), {@code output} (the {@code location}),
 *       {@code checkedOn} ({@code YYYY-MM-DD});</li>
 *   <li>{@code summary}: {@code stacks}, {@code resources}, {@code rules}, {@code errors} and {@code warnings}
 *       (unsuppressed findings), {@code suppressed};</li>
 *   <li>{@code rules}: {@code id}, {@code title}, {@code severity} ({@code error} or {@code warning}), {@code help};</li>
 *   <li>{@code stacks}, by name: {@code name}, {@code kind}, {@code businessUnit}, {@code environment},
 *       {@code blueprint}, {@code production}, {@code recoveryTier}, {@code resources}, {@code compliant},
 *       {@code notApplicable}, {@code errors}, {@code warnings}, {@code suppressed}, {@code findings};</li>
 *   <li>{@code suppressionFindings}: findings about the estate's suppressions (expired, without a reason, unused).</li>
 * </ul>
 * A finding has {@code rule}, {@code severity}, {@code stack}, {@code address} (the Terraform address; for a
 * suppression finding, the suppression's scope), {@code constructPath}, {@code message} and {@code suppression}
 * ({@code reason}, {@code expires}, {@code resource} of the suppression that accepts it).
 */
public final class CheckReportWriter {

    private CheckReportWriter() {
    }

    /**
     * Writes {@code report} to {@code out} (not closed).
     *
     * @param output the synthesized output the report was made from: SARIF points into its files, by line
     * @param location how the report names the output directory, as the user gave it (e.g. {@code cdktf.out}); SARIF
     *     locations are relative to the repository root ({@code %SRCROOT%}) when it is a relative path
     * @param toolVersion the library's version, for the report's tool description
     */
    public static void write(CheckReport report, SynthOutput output, ReportFormat format, String location, String toolVersion,
                             Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(output, "output");
        switch (format) {
            case TEXT -> TextReport.write(report, location, out);
            case JSON -> writeJson(JsonReport.of(report, location, toolVersion), out);
            case SARIF -> writeJson(SarifReport.of(report, output, location, toolVersion), out);
        }
        out.flush();
    }

    /** The tool's name in reports. */
    static final String TOOL = "odoo-landing-zones";

    /** How reports spell a severity: {@code error}, {@code warning}. */
    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What reports call a finding's resource: its construct path within the stack without cdktn's trailing
     * {@code /Resource} (e.g. {@code database-replica}), readable and what suppressions accept; the Terraform address
     * when cdktn recorded no path.
     */
    static String resource(Finding finding) {
        String path = finding.constructPath();
        String prefix = finding.stack() + "/";
        if (path == null || !path.startsWith(prefix) || path.length() == prefix.length()) {
            return finding.address();
        }
        String relative = path.substring(prefix.length());
        return relative.endsWith("/Resource") ? relative.substring(0, relative.length() - "/Resource".length()) : relative;
    }

    // Laid out as cdktn lays out cdk.tf.json (two spaces, "key": value, one item per line) with [] for empty lists; \n on every platform.
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPrettyPrinter(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("").withObjectEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static void writeJson(ObjectNode node, Writer out) throws IOException {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        out.write("\n");
    }

    /** A new JSON object for the report builders. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
