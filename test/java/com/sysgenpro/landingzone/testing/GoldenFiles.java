package com.sysgenpro.landingzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a synthesized output directory with golden files under {@code test/resources/golden/<name>}. Update them,
 * after reviewing the change, with {@code ./lz test -Dlz.updateGolden=true} (or {@code mvn -B verify -Dlz.updateGolden=true}).
 */
public final class GoldenFiles {

    /** The command that rewrites the golden files, printed when they differ. */
    public static final String UPDATE_COMMAND = "./lz test -Dlz.updateGolden=true";

    private GoldenFiles() {
    }

    /** Asserts that every {@code .json} file under {@code actualDir} equals its golden twin, and no golden file is stale. */
    public static void assertMatches(String name, Path actualDir) {
        assertMatches(name, actualDir, ".json");
    }

    /**
     * Asserts that every file under {@code actualDir} whose name ends with one of {@code suffixes} equals its golden
     * twin, and that no such golden file is stale.
     */
    public static void assertMatches(String name, Path actualDir, String... suffixes) {
        Path goldenDir = directory(name);
        Set<String> actual = files(actualDir, suffixes);
        if (Boolean.getBoolean("lz.updateGolden")) {
            write(goldenDir, actualDir, actual);
            return;
        }
        assertThat(files(goldenDir, suffixes)).as("golden files of %s (update with: %s)", name, UPDATE_COMMAND).isEqualTo(actual);
        for (String file : actual) {
            List<String> expectedLines = lines(goldenDir.resolve(file));
            List<String> actualLines = lines(actualDir.resolve(file));
            for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
                String expected = i < expectedLines.size() ? expectedLines.get(i) : "<end of file>";
                String got = i < actualLines.size() ? actualLines.get(i) : "<end of file>";
                assertThat(got).as("%s line %d differs from its golden file (review, then update with: %s)", file, i + 1, UPDATE_COMMAND)
                    .isEqualTo(expected);
            }
        }
    }

    /**
     * Asserts that {@code actual} equals the golden file {@code test/resources/golden/<name>/<file>} line by line (or, with
     * {@code -Dlz.updateGolden=true}, writes it there).
     */
    public static void assertMatchesText(String name, String file, String actual) {
        Path golden = Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "golden", name, file);
        if (Boolean.getBoolean("lz.updateGolden")) {
            try {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(golden).as("golden file %s (create it with: %s)", golden, UPDATE_COMMAND).exists();
        List<String> expectedLines = lines(golden);
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
            String expected = i < expectedLines.size() ? expectedLines.get(i) : "<end of file>";
            String got = i < actualLines.size() ? actualLines.get(i) : "<end of file>";
            assertThat(got).as("%s/%s line %d differs from its golden file (review, then update with: %s)", name, file, i + 1, UPDATE_COMMAND)
                .isEqualTo(expected);
        }
    }

    private static void write(Path goldenDir, Path actualDir, Set<String> files) {
        try {
            if (Files.exists(goldenDir)) {
                try (Stream<Path> old = Files.walk(goldenDir)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (String file : files) {
                Path target = goldenDir.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(actualDir.resolve(file), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of golden files {@code name}: {@code test/resources/golden/<name>}. */
    public static Path directory(String name) {
        return Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "golden", name);
    }

    private static Set<String> files(Path dir, String... suffixes) {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        // An output directory is a link to its current generation: follow it.
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(path -> Files.isRegularFile(path) && java.util.Arrays.stream(suffixes).anyMatch(path.toString()::endsWith))
                .forEach(path -> files.add(dir.relativize(path).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
