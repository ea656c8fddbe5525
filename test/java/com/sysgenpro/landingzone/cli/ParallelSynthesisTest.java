package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.estate.Estate;
import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstatePlan;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
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
import com.sysgenpro.landingzone.testing.PinnedDay;

/** {@code synth --jobs N}: the estate's stack groups in several processes, assembled into the same bytes. */
class ParallelSynthesisTest {

    @TempDir
    Path tmp;

    @Test
    void groupsCoverEveryStackOnceAndKeepLinkedStacksTogether() {
        EstatePlan plan = EstatePlan.of(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY));
        List<List<String>> groups = plan.stackGroups();

        assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(plan.stackNames());
        assertThat(groups).contains(List.of("platform"), List.of("wholesale-production", "wholesale-production-incluster"));
        List<String> sharedProduction = groups.stream().filter(group -> group.contains("shared-production")).findFirst().orElseThrow();
        assertThat(sharedProduction).contains("shared-production-incluster", "north-production", "south-production",
            "east-production", "pharma-production").doesNotContain("wholesale-production", "shared-staging");
    }

    @Test
    void bucketsBalanceStackCountsAndNeverSplitAGroup() {
        List<List<String>> buckets = ParallelSynthesis.buckets(List.of(List.of("a", "b", "c", "d"), List.of("e"), List.of("f", "g"),
            List.of("h")), 2);

        assertThat(buckets).containsExactly(List.of("a", "b", "c", "d"), List.of("f", "g", "e", "h"));
        assertThat(ParallelSynthesis.buckets(List.of(List.of("a")), 4)).containsExactly(List.of("a"));
    }

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
    void failsToAssembleOutputsThatDoNotHoldEveryStackOnce() throws IOException {
        Estate estate = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);
        Path part = tmp.resolve("part");
        Files.createDirectories(part);
        Files.writeString(part.resolve("manifest.json"), "{\"stacks\": {\"platform\": {}}, \"version\": \"0.21.0\"}");

        assertThatThrownBy(() -> EstateSynthesizer.assemble(estate, List.of(part), tmp.resolve("out")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("the partial outputs do not hold the estate's stacks: missing [subscriptions, connectivity, shared-production,");
        assertThatThrownBy(() -> EstateSynthesizer.assemble(estate, List.of(part, part), tmp.resolve("out")))
            .hasMessage("stack 'platform' is in more than one partial output");
        assertThat(tmp.resolve("out")).doesNotExist();
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
