package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LzTest extends CliTestSupport {

    @Test
    void synthPrintsOneLinePerStackAndASummary() {
        int exit = run("synth", "--out", tmp.resolve("out").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
            .containsPattern("(?m)^  platform +\\d+ resources")
            .containsPattern("(?m)^  shared-production +\\d+ resources")
            .containsPattern("(?m)^  wholesale-production +\\d+ resources")
            .containsPattern("(?m)^  shared-production-incluster +\\d+ resources")
            .containsPattern("(?m)^synthesized 33 stacks, \\d+ resources in \\d+\\.\\d s$");
        assertThat(tmp.resolve("out/stacks/wholesale-production/cdk.tf.json")).exists();
    }

    @Test
    void synthOfSelectedStacksWritesOnlyThemAndSaysHowManyWereBuilt() throws IOException {
        Path dir = tmp.resolve("out");

        int exit = run("synth", "--out", dir.toString(), "--stack", "wholesale-production", "--stack", "pharma-production");

        assertThat(exit).isZero();
        assertThat(out.toString())
            .containsPattern("(?m)^  wholesale-production +123 resources")
            .containsPattern("(?m)^  pharma-production +\\d+ resources")
            .doesNotContainPattern("(?m)^  shared-production ")
            .containsPattern("(?m)^synthesized 2 of 33 stacks \\(11 built for cross-stack references\\), \\d+ resources in \\d+\\.\\d s$");
        try (Stream<Path> stacks = Files.list(dir.resolve("stacks"))) {
            assertThat(stacks.map(stack -> stack.getFileName().toString()).sorted())
                .containsExactly("pharma-production", "wholesale-production");
        }
    }

    @Test
    void synthOfAnUnknownStackExitsOneListingTheStacksAndWritesNothing() {
        int exit = run("synth", "--out", tmp.resolve("out").toString(), "--stack", "wholesale-prod");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
            .startsWith("error: stack 'wholesale-prod' is not in the estate; choose from its 33 stacks: subscriptions, platform, connectivity, shared-production,")
            .contains(", wholesale-production, ");
        assertThat(tmp.resolve("out")).doesNotExist();
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
    void synthRefusesTheReferenceEstateOnceItsEligibilityHasEndedAndWritesNothing() {
        int exit = run("synth", "--out", tmp.resolve("out").toString(), "--today", "2027-07-01");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: ").contains(": 2 problems")
            .contains("access.eligibilityEnd: 2027-05-29 has passed (today is 2027-07-01, UTC)")
            .contains("access.partners[0].end: 2027-06-30 has passed (today is 2027-07-01, UTC)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("synth", "--nope")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--nope'");
    }
}
