package com.sysgenpro.landingzone.docs;

import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference estate's documents compared with golden files in {@code test/resources/golden/docs}: runbooks of a
 * dedicated tier-1 unit with a cross-region replica, a dedicated tier-2 unit in the other region, a semi-dedicated
 * and a shared tenant, a sandbox, the index, and the estate diagram.
 */
class ReferenceDocsTest {

    static final List<String> GOLDEN_RUNBOOKS = List.of("wholesale-production", "ecommerce-production", "pharma-production",
        "east-production", "wholesale-sandbox");

    @TempDir
    Path tmp;

    @Test
    void runbooksIndexAndDiagramMatchTheGoldenFiles() throws IOException {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        Path runbooks = Files.createDirectories(tmp.resolve("runbooks"));
        List<Runbook> all = new ArrayList<>();
        for (String stack : GOLDEN_RUNBOOKS) {
            Runbook runbook = Runbook.of(output, stack);
            Files.writeString(runbooks.resolve(runbook.fileName()), runbook.markdown());
        }
        all.addAll(Runbook.all(output));
        Files.writeString(runbooks.resolve("README.md"), Runbook.index(output, all));
        Files.writeString(tmp.resolve("estate.mmd"), EstateDiagram.of(output).mermaid());

        GoldenFiles.assertMatches("docs", tmp, ".md", ".mmd");
    }
}
