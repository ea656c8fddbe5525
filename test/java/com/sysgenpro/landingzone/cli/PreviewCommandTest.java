package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.preview.PreviewReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PreviewCommandTest extends CliTestSupport {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final Path REFERENCE = PROJECT.resolve("test/resources/golden/reference");
    private static final Path PLANS = PROJECT.resolve("test/resources/plans");

    @Test
    void previewOfIdenticalOutputsPrintsNoChangesAndExitsZero() {
        int exit = run("preview", "--base", REFERENCE.toString(), "--head", REFERENCE.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith(PreviewReport.MARKER + "\n").contains("**No changes.**");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void previewWritesTheReportToAFileAndStillExitsZeroWhenAProductionDatabaseGoes() throws IOException {
        Path report = tmp.resolve("out/preview.md");

        int exit = run("preview", "--base", REFERENCE.toString(), "--head", REFERENCE.toString(),
            "--plan-json", PLANS.resolve("wholesale-production.json").toString(), "--report", report.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("preview: 0 of 33 stacks change; written to " + report + "\n");
        assertThat(Files.readString(report)).startsWith(PreviewReport.MARKER).contains("> [!CAUTION]");
    }

    @Test
    void missingBaseDirectoryIsAnErrorNamingIt() {
        Path missing = tmp.resolve("no-such-output");

        int exit = run("preview", "--base", missing.toString(), "--head", REFERENCE.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: " + missing + " does not exist; expected a synthesized output directory: run ./lz synth"
            + " --out " + missing + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void corruptHeadOutputIsAnErrorNamingTheFileAndWhere() throws IOException {
        Path head = tmp.resolve("head");
        Files.createDirectories(head);
        Files.writeString(head.resolve("manifest.json"), "{\"stacks\": {");

        int exit = run("preview", "--base", REFERENCE.toString(), "--head", head.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: " + head.resolve("manifest.json") + ": not valid JSON at line 1, column 13:"
            + " Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 12); run ./lz synth --out "
            + head + "\n");
    }

    @Test
    void badPlanFileIsAnErrorNamingIt() {
        int exit = run("preview", "--base", REFERENCE.toString(), "--head", REFERENCE.toString(),
            "--plan-json", PLANS.resolve("state.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: plan file " + PLANS.resolve("state.json") + " holds a state");
    }

    @Test
    void planFileNamedAfterNoStackIsAnErrorListingTheStacks() {
        int exit = run("preview", "--base", REFERENCE.toString(), "--head", REFERENCE.toString(),
            "--plan-json", PLANS.resolve("future-format.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("has format_version 2.0");
    }

    @Test
    void helpExplainsHowPlanFilesMapToStacks() {
        int exit = run("preview", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--plan-json=[STACK=]FILE")
            .contains("give each as STACK=FILE, or name it after its stack (<stack>.json, <stack>.plan.json or <stack>.tfplan.json)")
            .contains("Exits 0 whatever it finds");
    }

    @Test
    void baseAndHeadAreRequired() {
        assertThat(run("preview", "--base", REFERENCE.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--head=DIR'");
    }

    @Test
    void costPrintsTheEstimateOfAnOutput() {
        int exit = run("cost", "--out", REFERENCE.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("## Estimated monthly cost\n\nTotal **$")
            .contains("| `wholesale-production` | wholesale | production | $").contains("### Per business unit")
            .contains("### Per environment");
    }

    @Test
    void costOfAMissingOutputIsAnError() {
        assertThat(run("cost", "--out", tmp.resolve("nothing").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: " + tmp.resolve("nothing") + " does not exist");
    }

    /**
     * Preview and cost read JSON only: in a JVM with no node on PATH, where the jsii runtime could not start, they still work.
     */
    @Test
    void previewAndCostNeedNoNodeRuntime() throws IOException, InterruptedException {
        for (List<String> args : List.of(
            List.of("preview", "--base", REFERENCE.toString(), "--head", REFERENCE.toString(), "--plan-json",
                PLANS.resolve("wholesale-production.json").toString()),
            List.of("cost", "--out", REFERENCE.toString()))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lz.class.getName()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PATH", tmp.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s printed:%n%s", args, output).isZero();
            assertThat(output).doesNotContain("jsii");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
