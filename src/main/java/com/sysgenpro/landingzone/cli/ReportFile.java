package com.sysgenpro.landingzone.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A command's {@code --report FILE}: written in UTF-8, its directories created; a directory given is refused. */
final class ReportFile {

    private ReportFile() {
    }

    /**
     * Writes {@code text} to {@code report}.
     *
     * @throws IllegalArgumentException when {@code report} is a directory; the message says what to give instead
     * @throws IOException when it cannot be written
     */
    static void write(Path report, String text) throws IOException {
        if (Files.isDirectory(report)) {
            throw new IllegalArgumentException("--report " + report + " is a directory; give a file to write the report to");
        }
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }
}
