package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.docs.EstateDiagram;
import com.sysgenpro.landingzone.docs.Runbook;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ./lz runbook} and {@code ./lz diagram} on the reference estate's output and on broken directories. */
class DocsCommandsTest extends CliTestSupport {

    private static String reference() {
        return ReferenceOutput.directory().toString();
    }

    private static long markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".md")).count();
        }
    }

    @Test
    void runbookWritesOneFilePerEnvironmentAndAnIndex() throws IOException {
        Path to = tmp.resolve("runbooks");

        int exit = run("runbook", "--out", reference(), "--to", to.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(markdownFiles(to)).isEqualTo(19);
        assertThat(to.resolve("README.md")).content().contains("| [wholesale-production](wholesale-production.md) | wholesale |"
            + " production | dedicated | tier-1 (RPO 30 min, RTO 4 h) |");
        assertThat(to.resolve("east-production.md")).content().startsWith(Runbook.MARKER + "\n# Disaster-recovery runbook: east-production");
        assertThat(out.toString())
            .contains("  wrote " + to.resolve("wholesale-production.md") + "\n")
            .endsWith("runbook: 18 runbooks in " + to + "\n");
    }

    @Test
    void runbookForSomeStacksWritesOnlyThoseAndLeavesTheIndexAlone() throws IOException {
        Path to = tmp.resolve("runbooks");

        int exit = run("runbook", "--out", reference(), "--to", to.toString(), "--stack", "north-production,east-production",
            "--stack", "east-production");

        assertThat(exit).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(to)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                .containsExactly("east-production.md", "north-production.md");
        }
        assertThat(out.toString()).endsWith("runbook: 2 runbooks in " + to + "\n");
    }

    @Test
    void runbookRemovesRunbooksOfEnvironmentsThatLeftButKeepsOtherFiles() throws IOException {
        Path to = Files.createDirectories(tmp.resolve("runbooks"));
        Files.writeString(to.resolve("west-production.md"), Runbook.MARKER + "\n# Disaster-recovery runbook: west-production\n");
        Files.writeString(to.resolve("notes.md"), "# Our own notes\n");

        assertThat(run("runbook", "--out", reference(), "--to", to.toString())).isZero();

        assertThat(to.resolve("west-production.md")).doesNotExist();
        assertThat(to.resolve("notes.md")).hasContent("# Our own notes");
        assertThat(out.toString()).contains("  removed " + to.resolve("west-production.md") + " (no such environment any more)");
    }

    @Test
    void runbookOfAnUnknownStackExitsOneNamingTheKnownOnes() {
        int exit = run("runbook", "--out", reference(), "--to", tmp.resolve("runbooks").toString(), "--stack", "wholesale-prod");

        assertThat(exit).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString())
            .startsWith("error: no stack 'wholesale-prod' in " + reference() + "; runbooks are written for east-production,")
            .contains("wholesale-production, wholesale-sandbox, wholesale-staging");
        assertThat(tmp.resolve("runbooks")).doesNotExist();
    }

    @Test
    void missingOutputDirectoryIsAClearErrorForBothCommands() {
        Path missing = tmp.resolve("cdktf.out");

        assertThat(run("runbook", "--out", missing.toString(), "--to", tmp.resolve("runbooks").toString()))
            .isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(run("diagram", "--out", missing.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);

        String message = "error: " + missing + " does not exist; expected a synthesized output directory: run ./lz synth --out " + missing;
        assertThat(err.toString()).isEqualTo(message + "\n" + message + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void corruptManifestIsAClearError() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("manifest.json"), "{\"stacks\": {");

        assertThat(run("diagram", "--out", broken.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + broken.resolve("manifest.json") + ": not valid JSON at line 1, column 13:"
            + " Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 12); run ./lz synth --out "
            + broken + "\n");
    }

    @Test
    void outputNotWrittenByThisLibraryIsRefusedByBothCommands() {
        Path plain = new SynthDirectory().stack("app", "{\"resource\": {}}").undescribed().write(tmp.resolve("plain"));

        assertThat(run("runbook", "--out", plain.toString(), "--to", tmp.resolve("runbooks").toString()))
            .isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(run("diagram", "--out", plain.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);

        String message = "error: " + plain + " holds no landing-zone.json (what each stack is for: business unit, environment,"
            + " blueprint, suppressions), so it was not written by ./lz synth or its synthesis did not finish; run ./lz synth --out "
            + plain;
        assertThat(err.toString()).isEqualTo(message + "\n" + message + "\n");
        assertThat(out.toString()).isEmpty();
        assertThat(tmp.resolve("runbooks")).doesNotExist();
    }

    @Test
    void anOutputWithoutBusinessUnitsHasNoRunbooksToWrite() {
        Path platformOnly = new SynthDirectory().stack("platform", SynthDirectory.kind("platform", null), "{\"resource\": {}}")
            .write(tmp.resolve("platform-only"));

        assertThat(run("runbook", "--out", platformOnly.toString(), "--to", tmp.resolve("runbooks").toString()))
            .isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + platformOnly + " has no business-unit stacks to write runbooks for\n");
    }

    @Test
    void runbookRefusesAFileAsItsTarget() throws IOException {
        Path file = Files.writeString(tmp.resolve("runbooks"), "not a directory");

        assertThat(run("runbook", "--out", reference(), "--to", file.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: --to " + file + " is a file; give a directory to write the runbooks to\n");
    }

    @Test
    void diagramPrintsMermaidOrMarkdownOrWritesAFile() throws IOException {
        assertThat(run("diagram", "--out", reference())).isZero();
        String mermaid = out.toString();
        assertThat(mermaid).startsWith(EstateDiagram.MARKER + "\nflowchart LR\n").contains("mg_bu_wholesale_prod --> sub_wholesale_production");

        out.getBuffer().setLength(0);
        assertThat(run("diagram", "--out", reference(), "--format", "markdown")).isZero();
        assertThat(out.toString()).isEqualTo("```mermaid\n" + mermaid + "```\n");

        out.getBuffer().setLength(0);
        Path report = tmp.resolve("docs/estate.md");
        assertThat(run("diagram", "--out", reference(), "--format", "markdown", "--report", report.toString())).isZero();
        assertThat(report).hasContent("```mermaid\n" + mermaid + "```");
        assertThat(out.toString()).isEqualTo("diagram: wrote " + report + "\n");
    }

    @Test
    void diagramRefusesADirectoryAsItsReport() {
        assertThat(run("diagram", "--out", reference(), "--report", tmp.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: --report " + tmp + " is a directory; give a file to write the report to\n");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("diagram", "--out", reference(), "--format", "svg")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--format'");
    }
}
