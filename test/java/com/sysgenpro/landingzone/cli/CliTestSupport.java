package com.sysgenpro.landingzone.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code ./lz} in-process as the launcher would, capturing what it prints; a fresh temporary directory per test. */
abstract class CliTestSupport {

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** {@code ./lz args…}: its exit status; standard output and error collect in {@link #out} and {@link #err}. */
    int run(String... args) {
        return Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
