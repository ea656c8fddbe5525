package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LzTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void synthPrintsOneLinePerStackAndASummary() {
        int exit = run("synth", "--out", tmp.resolve("out").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
            .containsPattern("(?m)^  platform +\\d+ resources")
            .containsPattern("(?m)^  shared-production +\\d+ resources")
            .containsPattern("(?m)^  wholesale-production +\\d+ resources")
            .containsPattern("(?m)^  shared-production-incluster +\\d+ resources")
            .containsPattern("(?m)^synthesized 31 stacks, \\d+ resources in \\d+\\.\\d s$");
        assertThat(tmp.resolve("out/stacks/wholesale-production/cdk.tf.json")).exists();
    }

    @Test
    void synthOfMalformedEstateExitsOneNamingFileFieldAndProblem() throws IOException {
        Path estate = Files.writeString(tmp.resolve("bad.yaml"), "organisation: X\nprefix: x1\nregions: {primary: mars}\n");

        int exit = run("synth", "--estate", estate.toString(), "--out", tmp.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
            .startsWith("error: " + estate + ": 6 problems")
            .contains("tenantId: required field is missing")
            .contains("platform: required field is missing")
            .contains("regions.primary: 'mars' is not allowed; allowed: westeurope")
            .contains("businessUnits: required field is missing");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("synth", "--nope")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--nope'");
    }
}
