package com.sysgenpro.landingzone.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's layout table names every package of the library, and only packages that exist. */
class LayoutTableTest {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final String SOURCES = "src/main/java/com/sysgenpro/landingzone/";

    @Test
    void theLayoutTableHasARowForEveryPackageAndNoOther() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"), readme.indexOf("\n## ", readme.indexOf("## Layout") + 1));
        Set<String> rows = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(SOURCES) + "([a-z/]+)/` \\|").matcher(layout);
        while (row.find()) {
            rows.add(row.group(1));
        }
        Set<String> packages;
        Path root = PROJECT.resolve(SOURCES);
        try (Stream<Path> walk = Files.walk(root)) {
            packages = walk.filter(path -> path.getFileName().toString().equals("package-info.java"))
                .map(path -> root.relativize(path.getParent()).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(packages).hasSizeGreaterThanOrEqualTo(14);
        assertThat(rows).as("README layout rows under " + SOURCES).isEqualTo(packages);
    }
}
