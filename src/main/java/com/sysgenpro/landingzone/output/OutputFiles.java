package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Reading the files of an output directory, and the one fix for every problem with them: synthesizing again. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** The fix for every problem with an output: write it again. */
    static String synthAgain(Path directory) {
        return "run ./lz synth --out " + directory;
    }

    /** {@code file} of the output in {@code directory} as JSON; refused with the fix when it is not readable JSON. */
    static JsonNode parse(Path file, Path directory) {
        try {
            return JsonFiles.read(file);
        } catch (JsonFiles.NotJsonException e) {
            throw new InvalidSynthOutputException(e.getMessage() + "; " + synthAgain(directory), e);
        } catch (IOException e) {
            throw new InvalidSynthOutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
