package com.sysgenpro.landingzone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one wording for a damaged JSON file: the file, the line and column, the parser's own words, and none of its
 * internals (redacted source descriptions, setting and class names).
 */
class JsonFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aTruncatedFileNamesWhereItEndsAndWhereTheOpenObjectStarted() throws IOException {
        Path file = Files.writeString(tmp.resolve("cdk.tf.json"), "{\"stacks\": {");

        assertThatThrownBy(() -> JsonFiles.read(file)).isInstanceOf(JsonFiles.NotJsonException.class)
            .hasMessage(file + ": not valid JSON at line 1, column 13: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 12)");
    }

    @Test
    void anUnbalancedCloseNamesTheRootByLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("manifest.json"), "{\"a\": 1}}");

        assertThatThrownBy(() -> JsonFiles.read(file))
            .hasMessage(file + ": not valid JSON at line 1, column 9: Unexpected close marker '}': expected ']' (for root starting"
                + " at line 1)");
    }

    @Test
    void aSecondDocumentAfterTheFirstIsDamageToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("landing-zone.json"), "{\"format\": 1}\n{\"format\": 1}\n");

        assertThatThrownBy(() -> JsonFiles.read(file))
            .hasMessage(file + ": not valid JSON at line 2, column 1: more JSON after the end of the document");
    }

    @Test
    void anEmptyOrBlankFileSaysSo() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        Path blank = Files.writeString(tmp.resolve("blank.json"), "  \n");

        assertThatThrownBy(() -> JsonFiles.read(empty)).hasMessage(empty + ": not valid JSON: the file is empty");
        assertThatThrownBy(() -> JsonFiles.read(blank)).hasMessage(blank + ": not valid JSON: the file is empty");
    }

    @Test
    void aLimitIsGivenByItsFigureNotItsSetting() throws IOException {
        Path file = Files.writeString(tmp.resolve("deep.json"), "[".repeat(1001) + "]".repeat(1001));

        assertThatThrownBy(() -> JsonFiles.read(file)).message()
            .startsWith(file + ": not valid JSON at line 1, column ")
            .contains("exceeds the maximum allowed (1000)")
            .doesNotContain("`", "StreamReadConstraints");
    }

    @Test
    void noMessageShowsParserInternals() throws IOException {
        String[] damaged = {"{\"a\": [1, 2", "{\"a\": \"text", "{\"a\": tru}", "{\"a\" 1}", "{\"a\": 1,}", "\u0000", "{} x", "{\"a\":1}}"};
        for (int i = 0; i < damaged.length; i++) {
            Path file = Files.writeString(tmp.resolve(i + ".json"), damaged[i], StandardCharsets.UTF_8);
            assertThatThrownBy(() -> JsonFiles.read(file)).as("%s", damaged[i].replace("\u0000", "NUL")).message()
                .matches(java.util.regex.Pattern.quote(file.toString()) + ": not valid JSON at line \\d+, column \\d+: .+")
                .doesNotContain("REDACTED", "StreamReadFeature", "Source:", "com.fasterxml", "Exception", "`");
        }
    }

    @Test
    void bytesAreReadLikeAFile() throws IOException, JsonFiles.NotJsonException {
        Path file = tmp.resolve("plan.json");

        assertThat(JsonFiles.parse("{\"format_version\": \"1.2\"}".getBytes(StandardCharsets.UTF_8), file).path("format_version")
            .asText()).isEqualTo("1.2");
        assertThatThrownBy(() -> JsonFiles.parse("[".getBytes(StandardCharsets.UTF_8), file))
            .hasMessage(file + ": not valid JSON at line 1, column 2: Unexpected end-of-input: expected close marker for Array"
                + " (start marker at line 1, column 1)");
    }
}
