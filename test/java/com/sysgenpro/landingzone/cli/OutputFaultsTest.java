package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * What {@code ./lz synth} leaves when it is killed at any step of replacing its output, when two runs write one output
 * at once, and when the disk is full: always a complete output, the previous or the new one, and no hand repair. The
 * kills are child processes stopped at each step by the fault-injection hook ({@code -Dlz.test.pauseAt}) and killed
 * with SIGKILL, so nothing of theirs runs after.
 */
class OutputFaultsTest extends CliTestSupport {

    private static final Path PREVIOUS_ESTATE = Path.of("test/resources/estates/tiny.yaml");
    private static final Path NEW_ESTATE = Path.of("stacks/examples/small-manufacturer.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKillAtAnyStepOfTheSwapLeavesACompleteOutputAndTheNextRunCleansUp() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(run("synth", "--estate", PREVIOUS_ESTATE.toString(), "--out", out.toString())).as(err.toString()).isZero();
        assertThat(Files.isSymbolicLink(out)).isTrue();

        for (String step : List.of("staged", "committing", "linked")) {
            killAt(step, out);
            assertThat(organisation(out)).as("after a kill at %s", step).isEqualTo("Tiny Test");
        }
        killAt("switched", out);
        assertThat(organisation(out)).as("after a kill once the link is switched").isEqualTo("Northwind Components");
        assertThat(leftovers(out)).isNotEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("synth", "--estate", NEW_ESTATE.toString(), "--out", out.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("that interrupted syntheses left beside " + out);
        assertThat(leftovers(out)).isEmpty();
        assertThat(organisation(out)).isEqualTo("Northwind Components");
    }

    @Test
    void aKillWhileAPlainOutputDirectoryIsAdoptedIsUndoneByTheNextRun() throws Exception {
        Path template = tmp.resolve("template");
        assertThat(run("synth", "--estate", PREVIOUS_ESTATE.toString(), "--out", template.toString())).as(err.toString()).isZero();
        Path out = tmp.resolve("out");
        copyTree(template.toRealPath(), out);   // as an earlier version or cdktf itself wrote it: a plain directory

        killAt("adopted", out);
        // The one moment that is not atomic: the plain directory moved into a generation, the link not yet made.
        Path journal = out.resolveSibling(".out.swap");
        assertThat(journal).exists();
        assertThat(organisation(out.resolveSibling(Files.readString(journal).strip()))).isEqualTo("Tiny Test");

        err.getBuffer().setLength(0);
        assertThat(run("synth", "--estate", NEW_ESTATE.toString(), "--out", out.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("put back the previous output into " + out);
        assertThat(organisation(out)).isEqualTo("Northwind Components");
        assertThat(leftovers(out)).isEmpty();
        assertThat(journal).doesNotExist();
    }

    @Test
    void twoSynthesesIntoOneOutputRunOneAfterTheOtherAndLeaveWhatOneRunWrites() throws Exception {
        Path single = tmp.resolve("single");
        assertThat(run("synth", "--estate", NEW_ESTATE.toString(), "--out", single.toString())).as(err.toString()).isZero();
        Path out = tmp.resolve("out");
        Process first = synth(out, null, tmp.resolve("first.log"));
        Process second = synth(out, null, tmp.resolve("second.log"));

        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String logs = Files.readString(tmp.resolve("first.log")) + Files.readString(tmp.resolve("second.log"));
        assertThat(first.exitValue()).as(logs).isZero();
        assertThat(second.exitValue()).as(logs).isZero();
        assertThat(logs).contains("waiting for another synthesis into " + out.toAbsolutePath());
        assertThat(tree(out)).isEqualTo(tree(single));
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void aFullDiskIsOneLineAndLeavesThePreviousOutputAsItWas() throws Exception {
        Path disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(mount(disk, "320k"), "SKIPPED: cannot mount a tmpfs here (needs root); the swap's I/O errors are covered by"
            + " aFileWhereTheOutputsParentShouldBeIsOneLine");
        try {
            Path out = disk.resolve("out");
            // Without a previous output.
            assertThat(run("synth", "--estate", NEW_ESTATE.toString(), "--out", out.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
            assertOneLine(err.toString(), "no space left on device");
            assertThat(out).doesNotExist();
            assertThat(leftovers(out)).isEmpty();

            // With one: the tiny estate fits, the larger one does not.
            err.getBuffer().setLength(0);
            assertThat(run("synth", "--estate", PREVIOUS_ESTATE.toString(), "--out", out.toString())).as(err.toString()).isZero();
            Map<String, String> previous = tree(out);
            err.getBuffer().setLength(0);
            assertThat(run("synth", "--estate", NEW_ESTATE.toString(), "--out", out.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
            assertOneLine(err.toString(), "no space left on device");
            assertThat(tree(out)).isEqualTo(previous);
            assertThat(leftovers(out)).isEmpty();
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFileWhereTheOutputsParentShouldBeIsOneLine() throws IOException {
        Path file = tmp.resolve("file");
        Files.writeString(file, "not a directory");

        assertThat(run("synth", "--estate", PREVIOUS_ESTATE.toString(), "--out", file.resolve("out").toString()))
            .isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertOneLine(err.toString(), "is below " + file + ", which is a file; choose a directory");
    }

    @Test
    void anotherSynthesisHoldingTheOutputMakesTheSecondRefuseAfterItsWait() throws Exception {
        Path out = tmp.resolve("out");
        Process holder = synth(out, "staged", tmp.resolve("holder.log"));
        try {
            awaitPause(holder, tmp.resolve("holder.log"));

            assertThat(run("synth", "--estate", PREVIOUS_ESTATE.toString(), "--out", out.toString(), "--wait", "1"))
                .isEqualTo(Lz.EXIT_INVALID_INPUT);
            assertThat(err.toString()).contains("another synthesis into " + out + " is still running (process " + holder.pid() + ")")
                .contains("wait for it to finish, or synthesize into another --out");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    private void killAt(String step, Path out) throws Exception {
        Path log = tmp.resolve("kill-" + step + ".log");
        Process process = synth(out, step, log);
        awaitPause(process, log);
        process.destroyForcibly();   // SIGKILL: no shutdown hook, no finally block runs
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitPause(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.readString(log).contains("lz: paused at ")) {
            assertThat(process.isAlive()).as("the synthesis ended before pausing: %s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("no pause within 300 s: %s", Files.readString(log)).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** A child {@code lz synth} of the new estate into {@code out}, stopped at {@code pauseAt} (null: runs through). */
    private static Process synth(Path out, String pauseAt, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (pauseAt != null) {
            command.add("-Dlz.test.pauseAt=" + pauseAt);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Lz.class.getName(), "synth",
            "--estate", NEW_ESTATE.toString(), "--out", out.toString(), "--today", PinnedDay.TODAY.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1");
        builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        return builder.start();
    }

    /** The organisation a complete output describes; fails when the output is missing or incomplete. */
    private static String organisation(Path out) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        manifest.path("stacks").fieldNames().forEachRemaining(stack ->
            assertThat(out.resolve("stacks").resolve(stack).resolve("cdk.tf.json")).as("stack %s of %s", stack, out).isRegularFile());
        return JSON.readTree(out.resolve("landing-zone.json").toFile()).path("organisation").asText();
    }

    /** What is beside {@code out} that is not the output, its current generation or its lock. */
    private static List<String> leftovers(Path out) throws IOException {
        Path current = Files.isSymbolicLink(out) ? Files.readSymbolicLink(out) : null;
        try (Stream<Path> siblings = Files.list(out.toAbsolutePath().getParent())) {
            return siblings.map(path -> path.getFileName().toString())
                .filter(name -> name.startsWith("." + out.getFileName() + "."))
                .filter(name -> !name.equals("." + out.getFileName() + ".lock") && (current == null || !name.equals(current.toString())))
                .sorted().toList();
        }
    }

    private static void assertOneLine(String stderr, String expected) {
        assertThat(stderr.strip().lines().toList()).as(stderr).singleElement().asString().startsWith("error: ").contains(expected)
            .doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
    }

    /** Every file of an output by relative path, with its content. */
    private static Map<String, String> tree(Path out) throws IOException {
        Path root = out.toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static boolean mount(Path dir, String size) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
