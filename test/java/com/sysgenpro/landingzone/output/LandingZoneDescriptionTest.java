package com.sysgenpro.landingzone.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** landing-zone.json has one writer and one reader: what is read writes back the same bytes, so neither can drift. */
class LandingZoneDescriptionTest {

    @TempDir
    static Path tmp;

    private static final java.util.Map<Path, Path> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** An example's output, synthesized once for the tests here. */
    private static synchronized Path output(Path example) {
        return OUTPUTS.computeIfAbsent(example, file -> {
            Path out = tmp.resolve(file.getFileName().toString().replace(".yaml", ""));
            EstateSynthesizer.synthesize(EstateLoader.load(file, PinnedDay.TODAY), out);
            return out;
        });
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("stacks/examples"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theReferenceDescriptionReadsBackToTheSameBytes() throws IOException {
        Path directory = ReferenceOutput.directory();
        LandingZoneDescription description = LandingZoneDescription.read(directory);

        assertThat(description.toJson()).isEqualTo(Files.readString(directory.resolve(LandingZoneDescription.FILE)));
        assertThat(description.stacks()).isNotEmpty();
        assertThat(description.suppressions()).isNotEmpty();
    }

    /** The examples carry what the reference does not: schedules, temporary environments, hybrid shared hosting. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleDescriptionReadsBackToTheSameBytes(Path example) throws IOException {
        Path out = output(example);
        String written = Files.readString(out.resolve(LandingZoneDescription.FILE), StandardCharsets.UTF_8);

        LandingZoneDescription description = LandingZoneDescription.read(out);

        assertThat(description.toJson()).isEqualTo(written);
        assertThat(SynthOutput.read(out).description()).isEqualTo(description);
    }

    @Test
    void examplesRecordWhatOnlySomeStacksHave() throws IOException {
        java.util.List<LandingZoneDescription> descriptions = examples().map(example -> LandingZoneDescription.read(output(example)))
            .toList();

        assertThat(descriptions.stream().flatMap(description -> description.stacks().values().stream()))
            .anyMatch(stack -> stack.allocationKey().isPresent() && stack.hostingCapacity().isPresent())
            .anyMatch(stack -> stack.hours().isPresent())
            .anyMatch(stack -> stack.context().expiry().isPresent());
    }

    @Test
    void failsOnAnotherFormatNamingTheFileAndTheFix() throws IOException {
        Path out = tmp.resolve("other-format");
        Files.createDirectories(out);
        Files.writeString(out.resolve(LandingZoneDescription.FILE), "{\"format\": 2, \"stacks\": {}}");

        assertThatThrownBy(() -> LandingZoneDescription.read(out))
            .isInstanceOf(InvalidSynthOutputException.class)
            .hasMessageContaining(out.resolve(LandingZoneDescription.FILE).toString())
            .hasMessageContaining("has format 2, this version reads format 1")
            .hasMessageContaining("run ./lz synth --out " + out);
    }
}
