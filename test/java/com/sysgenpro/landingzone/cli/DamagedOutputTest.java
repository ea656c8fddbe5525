package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.SynthDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a synthesized output ({@code check}, {@code diagram}, {@code cost}, {@code runbook}, and
 * {@code preview} on either side) on what an interrupted or foreign synthesis leaves behind: no landing-zone.json, a
 * landing-zone.json that leaves a stack out, truncated or empty JSON. Each refuses with exit 1 and one line that names
 * the file, where it is damaged and what to run, prints nothing on standard output, and shows no parser internals.
 */
class DamagedOutputTest extends CliTestSupport {

    /** Each reader, with {@code DIR} where the damaged output goes. */
    static Stream<String> readers() {
        return Stream.of("check --out DIR", "diagram --out DIR", "cost --out DIR", "runbook --out DIR --to RUNBOOKS",
            "preview --base DIR --head REFERENCE", "preview --base REFERENCE --head DIR");
    }

    @ParameterizedTest(name = "./lz {0}")
    @MethodSource("readers")
    void aPlainCdktfOutputIsRefusedNamingLandingZoneJson(String reader) {
        Path plain = new SynthDirectory().undescribed().stack("app-sandbox", "{\"resource\": {}}").write(tmp.resolve("plain"));

        assertRefused(reader, plain, plain + " holds no landing-zone.json (what each stack is for: business unit, environment,"
            + " blueprint, suppressions), so it was not written by ./lz synth or its synthesis did not finish; run ./lz synth --out "
            + plain);
    }

    @ParameterizedTest(name = "./lz {0}")
    @MethodSource("readers")
    void aLandingZoneJsonThatLeavesAStackOutIsRefused(String reader) throws IOException {
        Path output = whole();
        Files.writeString(output.resolve("landing-zone.json"), "{\"format\": 1, \"stacks\": {}, \"suppressions\": []}\n");

        assertRefused(reader, output, output.resolve("landing-zone.json") + " does not describe stack 'app-sandbox', which"
            + " manifest.json lists; the two files are not from the same synthesis: run ./lz synth --out " + output);
    }

    @ParameterizedTest(name = "./lz {0}")
    @MethodSource("readers")
    void aTruncatedLandingZoneJsonGivesFileLineAndColumn(String reader) throws IOException {
        Path output = whole();
        Path description = output.resolve("landing-zone.json");
        Files.writeString(description, "{\n  \"format\": 1,\n  \"stacks\": {\n    \"app-sandbox\": {\"kind\": ");

        assertRefused(reader, output, description + ": not valid JSON at line 4, column 29: Unexpected end-of-input within/between"
            + " Object entries; run ./lz synth --out " + output);
    }

    @ParameterizedTest(name = "./lz {0}")
    @MethodSource("readers")
    void aTruncatedStackGivesFileLineAndColumn(String reader) throws IOException {
        Path output = whole();
        Path stack = output.resolve("stacks/app-sandbox/cdk.tf.json");
        Files.writeString(stack, "{\n  \"resource\": {\n    \"azurerm_resource_group\": {\n");

        assertRefused(reader, output, stack + ": not valid JSON at line 4, column 1: Unexpected end-of-input: expected close marker"
            + " for Object (start marker at line 3, column 31); run ./lz synth --out " + output);
    }

    @ParameterizedTest(name = "./lz {0}")
    @MethodSource("readers")
    void anEmptyLandingZoneJsonIsRefused(String reader) throws IOException {
        Path output = whole();
        Path description = Files.writeString(output.resolve("landing-zone.json"), "");

        assertRefused(reader, output, description + ": not valid JSON: the file is empty; run ./lz synth --out " + output);
    }

    /** A whole output: one business unit's sandbox, described. */
    private Path whole() {
        return new SynthDirectory()
            .stack("app-sandbox", SynthDirectory.businessUnit("app", "sandbox", "sandbox", null, "dedicated", "mg-sandbox"),
                "{\"resource\": {\"azurerm_resource_group\": {\"workload\": {\"location\": \"westeurope\", \"name\": \"rg-app\"}}}}")
            .write(tmp.resolve("out"));
    }

    private void assertRefused(String reader, Path output, String message) {
        int exit = run(arguments(reader, output));

        assertThat(exit).as("exit of ./lz %s; it printed %s", reader, err).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + message + "\n")
            .doesNotContain("REDACTED", "StreamReadFeature", "com.fasterxml", "Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(tmp.resolve("runbooks")).doesNotExist();
    }

    private String[] arguments(String reader, Path output) {
        List<String> arguments = new ArrayList<>();
        for (String word : reader.split(" ")) {
            arguments.add(switch (word) {
                case "DIR" -> output.toString();
                case "REFERENCE" -> ReferenceOutput.directory().toString();
                case "RUNBOOKS" -> tmp.resolve("runbooks").toString();
                default -> word;
            });
        }
        return arguments.toArray(String[]::new);
    }
}
