package com.sysgenpro.landingzone.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.sysgenpro.landingzone.testing.PinnedDay;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code ./lz} in-process as the launcher would, capturing what it prints; a fresh temporary directory per test. */
abstract class CliTestSupport {

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /**
     * {@code ./lz args…}: its exit status; standard output and error collect in {@link #out} and {@link #err}. A
     * {@code synth} judges the estate's eligibility as of {@link PinnedDay#TODAY} unless it says {@code --today} itself,
     * so that the fixtures' end dates never pass.
     */
    int run(String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        if (!command.isEmpty() && command.get(0).equals("synth") && !command.contains("--today")) {
            command.addAll(List.of("--today", PinnedDay.TODAY.toString()));
        }
        return Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), command.toArray(String[]::new));
    }
}
