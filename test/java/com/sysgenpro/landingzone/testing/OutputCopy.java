package com.sysgenpro.landingzone.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a synthesized output for tests that edit its JSON, leaving the original (often the golden files) alone. */
public final class OutputCopy {

    private OutputCopy() {
    }

    /** Copies {@code output} to {@code to}, which must not exist; returns {@code to}. */
    public static Path of(Path output, Path to) throws IOException {
        // While golden files are updated the output is a fresh synthesis, whose directory may be a link.
        Path from = output.toRealPath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
