package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.Suppression;
import java.util.List;

/** The JSON report, in the shape {@link CheckReportWriter} documents. */
final class JsonReport {

    /** The version of the JSON report's shape; raised when a field changes meaning or goes away. */
    static final int FORMAT = 1;

    private JsonReport() {
    }

    static ObjectNode of(CheckReport report, String location, String toolVersion) {
        ObjectNode root = CheckReportWriter.object();
        root.put("format", FORMAT);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", CheckReportWriter.TOOL);
        tool.put("version", toolVersion);
        root.put("output", location);
        root.put("checkedOn", report.checkedOn().toString());

        ObjectNode summary = root.putObject("summary");
        summary.put("stacks", report.stacks().size());
        summary.put("resources", report.resources());
        summary.put("rules", report.rules().size());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("suppressed", report.suppressed());

        ArrayNode rules = root.putArray("rules");
        for (Rule rule : report.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("title", rule.title());
            node.put("severity", CheckReportWriter.severity(rule.severity()));
            node.put("help", rule.help());
        }

        ArrayNode stacks = root.putArray("stacks");
        for (StackResult result : report.stacks()) {
            StackContext context = result.stack();
            ObjectNode stack = stacks.addObject();
            stack.put("name", result.name());
            stack.put("kind", context.kind().id());
            stack.put("businessUnit", context.businessUnit());
            stack.put("environment", context.environment());
            stack.put("blueprint", context.blueprint());
            stack.put("production", context.production());
            stack.put("recoveryTier", context.recoveryTier());
            stack.put("resources", result.resources());
            stack.put("compliant", result.compliant());
            stack.put("notApplicable", result.notApplicable());
            stack.put("errors", result.count(Severity.ERROR));
            stack.put("warnings", result.count(Severity.WARNING));
            stack.put("suppressed", result.suppressed());
            findings(stack.putArray("findings"), result.findings());
        }
        findings(root.putArray("suppressionFindings"), report.suppressionFindings());
        return root;
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("rule", finding.rule());
            node.put("severity", CheckReportWriter.severity(finding.severity()));
            node.put("stack", finding.stack());
            node.put("address", finding.address());
            node.put("constructPath", finding.constructPath());
            node.put("message", finding.message());
            Suppression suppression = finding.suppression();
            if (suppression == null) {
                node.putNull("suppression");
            } else {
                ObjectNode accepted = node.putObject("suppression");
                accepted.put("reason", suppression.reason());
                accepted.put("expires", suppression.expires() == null ? null : suppression.expires().toString());
                accepted.put("resource", suppression.resource());
            }
        }
    }
}
