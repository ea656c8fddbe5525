package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.output.Suppression;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF 2.1.0 log: one run whose driver lists every rule checked, one result per finding. A result points at the
 * stack's {@code stacks/<stack>/cdk.tf.json} (at the resource's line) relative to the repository root, and names the
 * resource as a logical location; a suppressed finding carries its suppression as an external one with the reason.
 * Findings about suppressions point at the suppression in {@code landing-zone.json}.
 */
final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The base SARIF consumers resolve relative locations against: where lz ran, the repository root. */
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** The base of results when the output directory was given as an absolute path. */
    static final String OUTPUT_ROOT = "LZ_OUTPUT";
    /** The key of the fingerprint that identifies a finding across runs: rule, stack and resource. */
    static final String FINGERPRINT = "lzFinding/v1";

    private SarifReport() {
    }

    static ObjectNode of(CheckReport report, SynthOutput output, String location, String toolVersion) {
        Base base = Base.of(location);
        ObjectNode root = CheckReportWriter.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", CheckReportWriter.TOOL);
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : report.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.title());
            node.putObject("help").put("text", rule.help());
            node.putObject("defaultConfiguration").put("level", CheckReportWriter.severity(rule.severity()));
        }
        ObjectNode baseIds = run.putObject("originalUriBaseIds").putObject(base.id());
        if (!base.relative()) {
            baseIds.put("uri", base.root());
        }
        baseIds.putObject("description").put("text", base.relative()
            ? "The directory lz check ran in: the repository root." : "The synthesized output directory lz check read.");

        ArrayNode results = run.putArray("results");
        for (StackResult stack : report.stacks()) {
            if (stack.findings().isEmpty()) {
                continue;
            }
            String file = "stacks/" + stack.name() + "/cdk.tf.json";
            Map<String, Integer> lines = JsonLines.of(output.directory().resolve(file), 3);
            for (Finding finding : stack.findings()) {
                int line = lines.getOrDefault(SynthesizedStack.pointer(finding.address()), 1);
                ObjectNode result = result(results, finding, ruleIndex, base, file, line,
                    finding.stack() + "/" + finding.address(), "resource");
                result.putObject("partialFingerprints").put(FINGERPRINT,
                    finding.rule() + ":" + finding.stack() + ":" + finding.address());
                if (finding.suppressed()) {
                    result.putArray("suppressions").addObject().put("kind", "external")
                        .put("justification", finding.suppression().reason());
                }
            }
        }
        if (!report.suppressionFindings().isEmpty()) {
            Map<String, Integer> lines = JsonLines.of(output.directory().resolve(SynthOutput.DESCRIPTION_FILE), 2);
            List<Suppression> suppressions = output.suppressions();
            for (Finding finding : report.suppressionFindings()) {
                // The estate's first suppression equal to the one the finding is about: matched by what it is, not by message text.
                int found = suppressions.indexOf(finding.about());
                int index = found < 0 ? suppressions.size() : found;
                int line = lines.getOrDefault("/suppressions/" + index, 1);
                ObjectNode result = result(results, finding, ruleIndex, base, SynthOutput.DESCRIPTION_FILE, line,
                    "governance.suppressions[" + index + "]", "object");
                String subject = index < suppressions.size() ? suppressions.get(index).rule() : "";
                result.putObject("partialFingerprints").put(FINGERPRINT,
                    finding.rule() + ":" + finding.address() + ":" + subject);
            }
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("checkedOn", report.checkedOn().toString());
        properties.put("output", location);
        return root;
    }

    private static ObjectNode result(ArrayNode results, Finding finding, Map<String, Integer> ruleIndex, Base base, String file,
                                     int line, String qualifiedName, String kind) {
        ObjectNode result = results.addObject();
        result.put("ruleId", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", CheckReportWriter.severity(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", base.uri(file));
        artifact.put("uriBaseId", base.id());
        physical.putObject("region").put("startLine", line);
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", CheckReportWriter.resource(finding));
        logical.put("fullyQualifiedName", qualifiedName);
        logical.put("kind", kind);
        return result;
    }

    /**
     * Where the output directory is: given relative, as a prefix of URIs relative to the repository root
     * ({@code %SRCROOT%}, the directory lz ran in); given absolute, as a base of its own ({@code LZ_OUTPUT})
     * whose absolute URI only {@code originalUriBaseIds} holds, so that results stay relative.
     */
    private record Base(String id, String root, String prefix, boolean relative) {

        static Base of(String location) {
            Path path;
            try {
                path = Path.of(location.isEmpty() ? "." : location).normalize();
            } catch (InvalidPathException e) {
                return new Base(SOURCE_ROOT, null, encode(location.replace('\\', '/')) + "/", true);
            }
            if (path.isAbsolute()) {
                String uri = path.toUri().toASCIIString();
                return new Base(OUTPUT_ROOT, uri.endsWith("/") ? uri : uri + "/", "", false);
            }
            String relative = path.toString().replace('\\', '/');
            return new Base(SOURCE_ROOT, null, relative.isEmpty() ? "" : encode(relative) + "/", true);
        }

        String uri(String file) {
            return prefix + encode(file);
        }

        private static String encode(String path) {
            try {
                return new URI(null, null, path, null).toASCIIString();
            } catch (URISyntaxException e) {
                return path;
            }
        }
    }
}
