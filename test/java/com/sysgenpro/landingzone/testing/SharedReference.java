package com.sysgenpro.landingzone.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shared reference folder ({@code ../shared} next to the repository, or {@code -Dlz.shared.dir}) with the azurerm
 * provider schema, Azure's built-in policy catalog and the offline checkers. It is not part of the product: tests
 * that use it are skipped, saying so, where it is absent.
 */
public final class SharedReference {

    private SharedReference() {
    }

    /** The shared folder; skips the calling test, with the reason, when it or python3 is missing. */
    public static Path require() {
        String configured = System.getProperty("lz.shared.dir");
        Path projectDir = Path.of(System.getProperty("lz.project.dir", "."));
        Path shared = configured != null ? Path.of(configured) : projectDir.toAbsolutePath().getParent().resolve("shared");
        assumeTrue(Files.isRegularFile(shared.resolve("tools/check-tf-schema.py")),
            "SKIPPED: shared reference folder not found at " + shared + " (set -Dlz.shared.dir to check against it)");
        assumeTrue(python() != null, "SKIPPED: python3 not found on PATH; the shared checkers need it");
        return shared;
    }

    /** The azurerm 4.73 provider schema (the version the azurerm bindings are generated for). */
    public static Path azurermSchema(Path shared) {
        return shared.resolve("reference/azurerm-4.73.0.provider-schema.json");
    }

    /** The kubernetes 2.38 and helm 3.1 provider schemas, for in-cluster stacks. */
    public static List<Path> inClusterSchemas(Path shared) {
        return List.of(shared.resolve("reference/kubernetes-2.38.0.provider-schema.json"),
            shared.resolve("reference/helm-3.1.1.provider-schema.json"));
    }

    /**
     * Runs a shared tool with python3.
     *
     * @return the exit code and everything it printed
     */
    public static Result run(Path shared, String tool, String... args) {
        List<String> command = new ArrayList<>(List.of(python(), shared.resolve("tools").resolve(tool).toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** What a tool printed and how it exited. */
    public record Result(int exitCode, String output) {
    }
}
