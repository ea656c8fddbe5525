package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ./lz check} through {@link Lz#run}: exit codes per {@code --fail-on}, report formats and files, and the errors
 * for outputs that cannot be read. Runs on the checked-in outputs, so nothing is synthesized here.
 */
class CheckCommandTest extends CliTestSupport {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final String REFERENCE = ReferenceOutput.directory().toString();
    private static final String PLANTED = PROJECT.resolve("test/resources/check/planted").toString();
    private static final String TODAY = "--today=2026-11-23";

    @Test
    void theReferenceOutputPassesAtEveryLevel() {
        assertThat(run("check", "--out", REFERENCE, TODAY)).isZero();
        assertThat(out.toString()).contains("  wholesale-production ").endsWith("summary: 0 errors, 0 warnings, 2 suppressed\n");
        assertThat(err.toString()).isEmpty();
        assertThat(run("check", "--out", REFERENCE, TODAY, "--fail-on", "warning")).isZero();
    }

    @Test
    void errorsFailUnlessFailOnIsNone() {
        assertThat(run("check", "--out", PLANTED, TODAY)).isEqualTo(Lz.EXIT_FINDINGS);
        assertThat(err.toString()).isEqualTo("check: failed: unsuppressed findings at or above error (--fail-on error)\n");
        assertThat(run("check", "--out", PLANTED, TODAY, "--fail-on", "warning")).isEqualTo(Lz.EXIT_FINDINGS);
        assertThat(run("check", "--out", PLANTED, TODAY, "--fail-on", "none")).isZero();
    }

    @Test
    void warningsFailOnlyAtFailOnWarning() throws IOException {
        Path output = warningsOnly();

        assertThat(run("check", "--out", output.toString(), TODAY)).isZero();
        assertThat(out.toString()).contains("LZ-DIAG-006  warning   azurerm_container_registry.acr ").endsWith("summary: 0 errors, 1 warning, 0 suppressed\n");
        assertThat(run("check", "--out", output.toString(), TODAY, "--fail-on", "WARNING")).isEqualTo(Lz.EXIT_FINDINGS);
    }

    @Test
    void reportWritesTheFormatToAFileAndASummaryToStandardOutput() {
        Path file = tmp.resolve("reports/check.sarif");

        int exit = run("check", "--out", PLANTED, TODAY, "--format", "sarif", "--report", file.toString(), "--fail-on", "none");

        assertThat(exit).isZero();
        assertThat(Synth.read(file).path("version").asText()).isEqualTo("2.1.0");
        assertThat(out.toString()).isEqualTo("check: 13 errors, 5 warnings, 1 suppressed in 2 stacks; sarif report written to "
            + file + "\n");
    }

    @Test
    void jsonGoesToStandardOutputAsOneDocument() {
        run("check", "--out", REFERENCE, TODAY, "--format", "json");

        assertThat(Synth.parse(out.toString()).path("summary").toString())
            .isEqualTo("{\"stacks\":33,\"resources\":1767,\"rules\":83,\"errors\":0,\"warnings\":0,\"suppressed\":2}");
    }

    @Test
    void aMissingDirectoryIsInvalidInput() {
        Path missing = tmp.resolve("nowhere");

        assertThat(run("check", "--out", missing.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + missing + " does not exist; expected a synthesized output directory:"
            + " run ./lz synth --out " + missing + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDirectoryWithoutManifestIsInvalidInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        assertThat(run("check", "--out", empty.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).startsWith("error: " + empty + " holds no manifest.json, so it is not a synthesized output");
    }

    @Test
    void corruptJsonIsInvalidInputNamingFileLineAndColumn() throws IOException {
        Path output = warningsOnly();
        Path stack = output.resolve("stacks/tools/cdk.tf.json");
        Files.writeString(stack, "{\"resource\": {\n  \"azurerm_container_registry\": {\n");

        assertThat(run("check", "--out", output.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + stack + ": not valid JSON at line 3, column 1: Unexpected end-of-input:"
            + " expected close marker for Object (start marker at line 2, column 33); run ./lz synth --out " + output + "\n");
        assertThat(out.toString()).isEmpty();
    }

    /**
     * A plain cdktf output holds no sandbox or suppression: checked anyway, its sandbox stack would be held to
     * production controls. Refused instead, before any report.
     */
    @Test
    void anOutputWithoutLandingZoneJsonIsRefusedNotCheckedAsProduction() {
        Path plain = new SynthDirectory().undescribed().stack("tools-sandbox", """
            {"resource": {"azurerm_storage_account": {"files": {"location": "westeurope", "name": "sttools"}}}}
            """).write(tmp.resolve("plain"));

        assertThat(run("check", "--out", plain.toString(), TODAY, "--fail-on", "none")).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + plain + " holds no landing-zone.json (what each stack is for: business unit,"
            + " environment, blueprint, suppressions), so it was not written by ./lz synth or its synthesis did not finish;"
            + " run ./lz synth --out " + plain + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadDateOrFormatIsAUsageError() {
        assertThat(run("check", "--out", PLANTED, "--today", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value for option '--today': '2026-13-01' is not a date; give YYYY-MM-DD,"
            + " e.g. 2026-11-23\n").doesNotContain("java.");
        assertThat(run("check", "--out", PLANTED, "--format", "xml")).isEqualTo(2);
    }

    @Test
    void anUnwritableReportIsAnError() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("file"), "");

        assertThat(run("check", "--out", PLANTED, TODAY, "--report", blocker.resolve("report.txt").toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).startsWith("error: cannot write the report to " + blocker.resolve("report.txt"));
    }

    /**
     * The admission controls' offline twins on the reference output with one in-cluster stack changed as a chart upgrade
     * or a hand edit could: Traefik pulled from an unlisted registry, run privileged, and without limits. Each is
     * reported by its control's id on the release, and the exit status fails.
     */
    @Test
    void reportsTheAdmissionControlsATraefikReleaseWouldBreak() throws IOException {
        assertThat(checkWithTraefikValues(values -> values.putObject("image").put("registry", "ghcr.io"))).contains("LZ-K8S-002  error     "
            + "traefik/Release  traefik Deployment (namespace traefik): container traefik runs ghcr.io/traefik:v3.6.2, which"
            + " allowedContainerImagesRegex does not admit");
        assertThat(checkWithTraefikValues(values -> values.with("securityContext").put("privileged", true)))
            .contains("LZ-K8S-001  error     traefik/Release  traefik Deployment (namespace traefik): container traefik is privileged");
        assertThat(checkWithTraefikValues(values -> values.remove("resources"))).contains("LZ-K8S-003  error     traefik/Release  "
            + "traefik Deployment (namespace traefik): container traefik sets no CPU or memory limit and its namespace has no LimitRange default");
    }

    /** Checks a copy of the reference output whose wholesale-production cluster's Traefik values {@code change} edits. */
    private String checkWithTraefikValues(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) throws IOException {
        Path copy = tmp.resolve("changed-" + System.nanoTime());
        Path reference = Path.of(REFERENCE).toRealPath();
        try (var files = Files.walk(reference)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(reference.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path stack = copy.resolve("stacks/wholesale-production-incluster/cdk.tf.json");
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) Synth.read(stack);
        var release = (com.fasterxml.jackson.databind.node.ObjectNode) config.path("resource").path("helm_release").properties().stream()
            .filter(entry -> entry.getKey().startsWith("traefik")).findFirst().orElseThrow().getValue();
        var values = (com.fasterxml.jackson.databind.node.ObjectNode) Synth.parse(release.path("values").path(0).asText());
        change.accept(values);
        release.putArray("values").add(values.toString());
        Files.writeString(stack, config.toString());
        out.getBuffer().setLength(0);
        assertThat(run("check", "--out", copy.toString(), TODAY)).isEqualTo(Lz.EXIT_FINDINGS);
        return out.toString();
    }

    /**
     * One business unit's stack, no initiative in force, with a tagged container registry without diagnostics:
     * LZ-DIAG-006, a warning, is its only finding.
     */
    private Path warningsOnly() {
        return new SynthDirectory().stack("tools", SynthDirectory.businessUnit("tools", "production", "production", "tier-3",
            "dedicated", "mg-tools"), """
            {"resource": {"azurerm_container_registry": {"acr": {
              "location": "westeurope", "name": "acrtools", "sku": "Premium",
              "tags": {"business-unit": "tools", "environment": "production", "owner": "tools@acme.example",
                       "cost-center": "CC-1", "recovery-tier": "tier-3", "data-classification": "internal"}}}}}
            """).write(tmp.resolve("warnings-only"));
    }
}
