package com.sysgenpro.landingzone.testing;

import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The reference estate's synthesized output for tests of what reads synthesized output (runbooks, diagrams): its
 * golden files, which {@code ReferenceEstateTest} keeps byte-equal to a fresh synthesis, so these tests need no cdktf.
 * While golden files are being updated ({@code -Dlz.updateGolden=true}) those may be stale, so the estate is then
 * synthesized afresh, once per run, and documents' golden files follow the new output in the same run.
 */
public final class ReferenceOutput {

    private static Path synthesized;

    private ReferenceOutput() {
    }

    /** The directory to read. */
    public static synchronized Path directory() {
        if (!Boolean.getBoolean("lz.updateGolden")) {
            return GoldenFiles.directory("reference");
        }
        if (synthesized == null) {
            try {
                Path dir = Files.createTempDirectory("lz-reference-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                synthesized = dir.resolve("out");
                EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY), synthesized);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return synthesized;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
