package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth --jobs N} from the command line: the same bytes as one process, and nothing left behind. */
class SynthJobsTest {

    @TempDir
    Path tmp;

    @Test
    void twoProcessesWriteTheBytesOfOne() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path output = tmp.resolve("out");

        int exit = Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), "synth", "--jobs", "2", "--out", output.toString(),
            "--today", PinnedDay.TODAY.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("synthesized 33 stacks, 1767 resources");
        assertThat(files(output)).isEqualTo(files(ReferenceOutput.directory()));
        for (String file : files(output)) {
            assertThat(output.resolve(file)).as(file).hasSameBinaryContentAs(ReferenceOutput.directory().resolve(file));
        }
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(path -> path.getFileName().toString().replaceFirst("\\.gen-[a-z0-9]+$", ".gen-*"))
                .sorted()).as("no partial output left behind")
                .containsExactly(".out.gen-*", ".out.lock", "out");
        }
    }

    @Test
    void refusesAnOutputDirectoryThatIsNotACdktfOutputAndLeavesNoPartsBehind() throws IOException {
        Path estate = tmp.resolve("estate.yaml");
        Files.writeString(estate, Files.readString(Path.of(System.getProperty("lz.project.dir", "."), "stacks", "reference.yaml")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path output = tmp.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "not a cdktf output");

        int exit = Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), "synth", "--jobs", "2", "--estate", estate.toString(),
            "--out", output.toString(), "--today", PinnedDay.TODAY.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: output directory ").contains("is not empty and holds no cdktf output");
        assertThat(output.resolve("notes.txt")).hasContent("not a cdktf output");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("estate.yaml", "out");
        }
    }

    private static List<String> files(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.add(root.relativize(file).toString()));
        }
        files.sort(null);
        return files;
    }
}
