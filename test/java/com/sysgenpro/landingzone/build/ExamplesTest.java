package com.sysgenpro.landingzone.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples are built by the invoker plugin against the jar this build installs, under the version their own
 * pom names: a version left behind by a release would build them against an old jar, or not at all.
 */
class ExamplesTest {

    private static final Pattern LIBRARY_VERSION =
        Pattern.compile("<odoo-landing-zones\\.version>([^<]+)</odoo-landing-zones\\.version>");

    @Test
    void everyExampleDependsOnThisVersion() throws IOException {
        String version = System.getProperty("lz.project.version");
        assumeTrue(version != null, "lz.project.version is set by the Maven build (surefire), not here");
        Path examples = Path.of(System.getProperty("lz.project.dir", "."), "examples");
        List<Path> poms;
        try (Stream<Path> dirs = Files.list(examples)) {
            poms = dirs.map(dir -> dir.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
        }

        assertThat(poms).as("example projects under " + examples).isNotEmpty();
        for (Path pom : poms) {
            Matcher matcher = LIBRARY_VERSION.matcher(Files.readString(pom));
            assertThat(matcher.find()).as(pom + " declares <odoo-landing-zones.version>").isTrue();
            assertThat(matcher.group(1)).as(pom + ": the library version it builds against").isEqualTo(version);
        }
    }
}
