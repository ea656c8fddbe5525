package com.sysgenpro.landingzone.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output directory that a synthesis replaces as a whole, so that after a failure, a kill at any moment or a full
 * disk it holds either the previous output or the new one, complete, and two runs into it never interleave.
 *
 * <p>How: the output path is a symbolic link to a <em>generation</em>, a sibling directory
 * {@code .<name>.gen-<random>}. A synthesis writes a new generation beside it, then points the link at it with one
 * {@code rename(2)} of a new link over the old one, which POSIX (Linux, macOS) makes atomic: every reader, and every
 * moment a process could be killed at, sees the old generation or the new one. The previous generation is deleted
 * after the switch. What a killed run leaves (a half-written generation, a link not yet renamed) is removed by the next
 * run, which says so in one line. An output path that is still a plain directory (written before generations, or by
 * cdktf itself) is moved to a generation once, under a journal ({@code .<name>.swap}) that names it, so that a kill
 * between that move and the link's creation is undone by the next run. Where the file system has no symbolic links,
 * the output stays a plain directory and is swapped by two renames under the same journal.
 *
 * <p>One synthesis per output at a time: an exclusive lock on {@code .<name>.lock} beside it, held by the operating
 * system for the process (so a killed process's lock is released with it and taken over safely). A second run waits
 * for it, for a bounded time, then refuses.
 *
 * <p>Internal: not part of the library's API.
 */
public final class OutputDirectory implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * A fault-injection hook for the tests that kill a synthesis at each step of the swap: with
     * {@code -Dlz.test.pauseAt=<step>} the process says so on standard error and stops there until killed.
     */
    private static final String PAUSE_AT = System.getProperty("lz.test.pauseAt");
    private static final Duration POLL = Duration.ofMillis(200);

    /** The outputs this thread holds the lock of, so that a caller holding it (a parallel synthesis) can open it. */
    private static final ThreadLocal<java.util.Set<Path>> HELD = ThreadLocal.withInitial(java.util.HashSet::new);

    private final Path target;
    private final Lock lock;
    private final Path staging;
    private final Consumer<String> notices;

    private OutputDirectory(Path target, Lock lock, Path staging, Consumer<String> notices) {
        this.target = target;
        this.lock = lock;
        this.staging = staging;
        this.notices = notices;
    }

    /**
     * The lock of an output directory, held by this thread until closed: {@link #open} in the same thread then takes
     * the output without waiting for it. A parallel synthesis holds it while its processes write their parts.
     */
    public static final class Lock implements AutoCloseable {
        private final Path target;
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(Path target, FileChannel channel, FileLock lock) {
            this.target = target;
            this.channel = channel;
            this.lock = lock;
        }

        /** Releases the lock; a no-op for a lock this thread already held. */
        @Override
        public void close() {
            if (channel == null) {
                return;
            }
            HELD.get().remove(target);
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel releases it too.
            }
            closeQuietly(channel);
        }
    }

    /**
     * Takes the lock of {@code outDir} (waiting up to {@code wait}) and recovers or removes what interrupted runs
     * left beside it, without starting an output.
     */
    public static Lock lock(Path outDir, Duration wait, Consumer<String> notices) {
        Path target = target(outDir);
        for (Path parent = target.getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("output path " + outDir + " is below " + parent + ", which is a file; choose a"
                    + " directory");
            }
        }
        try {
            // Refused before anything is created beside it; checked again under the lock, by open.
            requireReplaceable(target);
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw failure("cannot create the directory " + target.getParent() + " to write the output into", e);
        }
        if (HELD.get().contains(target)) {
            return new Lock(target, null, null);
        }
        FileChannel channel = null;
        try {
            Path lockFile = sibling(target, "lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock = acquire(channel, lockFile, target, wait, notices);
            recordHolder(channel);
            recover(target, notices);
            HELD.get().add(target);
            return new Lock(target, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw failure("cannot prepare the output directory " + target, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Takes {@code outDir} for one synthesis: refuses a path that is a file, or a non-empty directory that holds no
     * cdktf output; waits up to {@code wait} for another synthesis into it; recovers or removes what an interrupted
     * run left; and creates the empty directory to write the new output into, {@link #staging()}.
     *
     * @param notices receives one line for each thing worth saying: waiting for a lock, a recovery, a clean-up
     * @throws IllegalArgumentException for a path that cannot be an output directory
     * @throws IllegalStateException when another synthesis holds the output longer than {@code wait}
     * @throws UncheckedIOException when the file system refuses, with a message naming the path and the failure
     */
    public static OutputDirectory open(Path outDir, Duration wait, Consumer<String> notices) {
        Lock lock = lock(outDir, wait, notices);
        try {
            requireReplaceable(lock.target);
            OutputDirectory output = new OutputDirectory(lock.target, lock, createGeneration(lock.target), notices);
            pauseIfAsked("staged");
            return output;
        } catch (IOException e) {
            lock.close();
            throw failure("cannot prepare the output directory " + lock.target, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The empty directory the new output is written into; it becomes the output on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** The output path as the caller named it, absolute. */
    public Path target() {
        return target;
    }

    /**
     * Makes the staged output the output, atomically, and deletes the previous one. A failure to delete the previous
     * one is a notice: the output is complete, and the next run removes it.
     */
    public void commit() {
        pauseIfAsked("committing");
        Optional<Path> previous;
        try {
            previous = currentGeneration(target);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                previous = Optional.of(adoptPlainDirectory(target));
            }
            if (!pointAt(target, staging)) {
                swapPlainDirectories(target, staging);
                previous = Optional.empty();
            }
        } catch (IOException e) {
            throw failure("cannot move the new output into " + target + "; the previous output is unchanged", e);
        }
        pauseIfAsked("switched");
        previous.ifPresent(old -> {
            try {
                Directories.deleteRecursively(old);
            } catch (IOException e) {
                notices.accept("synthesized into " + target + ", but could not delete the previous output " + old + " ("
                    + FileFailures.describe(e) + "); the next synthesis removes it");
            }
        });
    }

    /** Deletes the staged output after a failure; a failure to do so is recorded on {@code cause}. */
    public void abandon(Throwable cause) {
        try {
            Directories.deleteRecursively(staging);
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Releases the lock (unless the caller held it before). */
    @Override
    public void close() {
        lock.close();
    }

    /**
     * The directory to manage for {@code outDir}: the path itself when it is a plain directory, absent, or a link
     * to one of its own generations; the link's real target otherwise, so that a link someone made keeps pointing where
     * it did and the output lands beside what it points at.
     */
    private static Path target(Path outDir) {
        Path absolute = outDir.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(absolute) || isOwnGeneration(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (FileSystemLoopException e) {
            throw new IllegalArgumentException("output path " + outDir + " is a loop of symbolic links; choose a directory");
        } catch (IOException e) {
            throw new IllegalArgumentException("output path " + outDir + " is a symbolic link to " + linkTarget(absolute)
                + ", which does not exist; create it or choose another directory");
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "nowhere";
        }
    }

    private static boolean isOwnGeneration(Path link) {
        try {
            Path to = Files.readSymbolicLink(link);
            return to.getParent() == null && generationPattern(link).matcher(to.toString()).matches();
        } catch (IOException e) {
            return false;
        }
    }

    private static Pattern generationPattern(Path target) {
        return Pattern.compile(Pattern.quote("." + target.getFileName() + ".gen-") + "[a-z0-9]+");
    }

    private static FileLock acquire(FileChannel channel, Path lockFile, Path target, Duration wait, Consumer<String> notices)
        throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;   // held by this process, another thread's synthesis
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another synthesis into " + target + " is still running" + holder(lockFile)
                    + " after " + wait.toSeconds() + " s; wait for it to finish, or synthesize into another --out");
            }
            if (!told) {
                notices.accept("synth: waiting for another synthesis into " + target + holder(lockFile) + " (up to "
                    + wait.toSeconds() + " s)");
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another synthesis into " + target);
            }
        }
    }

    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void recordHolder(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    }

    /**
     * Puts back an output an interrupted run took away and removes what such runs left beside it: staging and
     * previous generations, links not yet renamed, the work directories of parallel syntheses ({@code .<name>.part-*}),
     * and the directories of this library's earlier swap ({@code .<name>.tmp-*}, {@code .<name>.old-*}).
     */
    private static void recover(Path target, Consumer<String> notices) throws IOException {
        Path journal = sibling(target, "swap");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> previous = journaled(journal).or(() -> newest(target, "old"));
            if (previous.isPresent()) {
                Files.move(previous.get(), target, StandardCopyOption.ATOMIC_MOVE);
                notices.accept("synth: put back the previous output into " + target + " from " + previous.get().getFileName()
                    + ", where an interrupted synthesis left it");
            }
        }
        Files.deleteIfExists(journal);
        Optional<Path> current = currentGeneration(target);
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            String prefix = "." + target.getFileName() + ".";
            siblings.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(prefix) && !name.equals(prefix + "lock") && !current.map(path::equals).orElse(false)
                    && name.substring(prefix.length()).matches("(gen|link|tmp|old|part)-[a-z0-9]+");
            }).sorted().forEach(leftovers::add);
        }
        long bytes = 0;
        for (Path leftover : leftovers) {
            bytes += size(leftover);
            if (Files.isSymbolicLink(leftover)) {
                Files.delete(leftover);
            } else {
                Directories.deleteRecursively(leftover);
            }
        }
        if (!leftovers.isEmpty()) {
            notices.accept("synth: removed " + leftovers.size() + (leftovers.size() == 1 ? " directory" : " directories")
                + " (" + (bytes + 1023) / 1024 + " KiB) that interrupted syntheses left beside " + target);
        }
    }

    private static Optional<Path> journaled(Path journal) {
        try {
            String name = Files.readString(journal, StandardCharsets.UTF_8).strip();
            Path previous = journal.resolveSibling(name);
            return name.isEmpty() || name.contains("/") || !Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)
                ? Optional.empty() : Optional.of(previous);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The most recently modified {@code .<name>.<purpose>-*} directory, if any. */
    private static Optional<Path> newest(Path target, String purpose) {
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            String prefix = "." + target.getFileName() + "." + purpose + "-";
            return siblings.filter(path -> path.getFileName().toString().startsWith(prefix)
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                .max(Comparator.comparing(OutputDirectory::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The generation the output's link points at, when it is a link to one of its own. */
    private static Optional<Path> currentGeneration(Path target) {
        if (!Files.isSymbolicLink(target) || !isOwnGeneration(target)) {
            return Optional.empty();
        }
        try {
            return Optional.of(target.resolveSibling(Files.readSymbolicLink(target)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Refuses to replace a file, or a directory that someone keeps other things in. */
    private static void requireReplaceable(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            return;   // a generation of its own (others were resolved to their target)
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(target)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(target.resolve("manifest.json"))) {
                throw new IllegalArgumentException("output directory " + target
                    + " is not empty and holds no cdktf output (no manifest.json); choose an empty or new directory");
            }
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("output path " + target + " is a file; choose a directory");
        }
    }

    private static Path createGeneration(Path target) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(unusedSibling(target, "gen"));
            } catch (FileAlreadyExistsException e) {
                // Taken since it was chosen; choose again.
            }
        }
    }

    /**
     * Moves a plain output directory to a generation of its own, under a journal naming it: a kill before the link
     * is in place leaves the output path empty, and the next run moves the generation back.
     */
    private static Path adoptPlainDirectory(Path target) throws IOException {
        Path generation = unusedSibling(target, "gen");
        Path journal = sibling(target, "swap");
        Files.writeString(journal, generation.getFileName() + "\n", StandardCharsets.UTF_8);
        Files.move(target, generation, StandardCopyOption.ATOMIC_MOVE);
        pauseIfAsked("adopted");
        return generation;
    }

    /**
     * Points {@code target} at {@code generation} with one rename of a new link over it; false, with the output
     * path as it was, where the file system has no symbolic links.
     */
    private static boolean pointAt(Path target, Path generation) throws IOException {
        Path link = unusedSibling(target, "link");
        try {
            Files.createSymbolicLink(link, generation.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Path journal = sibling(target, "swap");
            if (Files.exists(journal) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // The plain directory was moved aside for a link that cannot be made: move it back.
                journaled(journal).ifPresent(previous -> moveQuietly(previous, target));
            }
            Files.deleteIfExists(journal);
            return false;
        }
        pauseIfAsked("linked");
        Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(sibling(target, "swap"));
        return true;
    }

    /** Without symbolic links: the previous output aside, the new one in, by two renames under the journal. */
    private static void swapPlainDirectories(Path target, Path staging) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = unusedSibling(target, "old");
        Path journal = sibling(target, "swap");
        Files.writeString(journal, old.getFileName() + "\n", StandardCharsets.UTF_8);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            moveQuietly(old, target);
            throw e;
        }
        Files.deleteIfExists(journal);
        Directories.deleteRecursively(old);
    }

    private static void moveQuietly(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The journal still names it; the next run moves it back.
        }
    }

    private static void pauseIfAsked(String step) {
        if (!step.equals(PAUSE_AT)) {
            return;
        }
        System.err.println("lz: paused at " + step);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Only a kill ends it.
            }
        }
    }

    private static Path sibling(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "." + purpose);
    }

    /** A hidden name beside {@code target} that nothing has, {@code .<name>.<purpose>-<random>}. */
    private static Path unusedSibling(Path target, String purpose) {
        Path sibling;
        do {
            sibling = target.resolveSibling("." + target.getFileName() + "." + purpose + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        } while (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS));
        return sibling;
    }

    private static UncheckedIOException failure(String what, IOException e) {
        return new UncheckedIOException(what + ": " + FileFailures.describe(e), e);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to do: the lock goes with the channel.
            }
        }
    }
}
