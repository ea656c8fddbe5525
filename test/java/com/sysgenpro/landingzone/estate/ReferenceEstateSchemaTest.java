package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.SharedReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every stack of the reference estate is clean against the azurerm 4.55 provider schema. */
class ReferenceEstateSchemaTest {

    @TempDir
    Path tmp;

    @Test
    void everyStackIsCleanAgainstTheAzurermSchema() {
        Path shared = SharedReference.require();
        SynthesisReport report = EstateSynthesizer.synthesize(EstateLoader.loadResource("reference.yaml"), tmp.resolve("out"));

        assertThat(report.stacks()).isNotEmpty();
        for (SynthesisReport.Stack stack : report.stacks()) {
            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py",
                stack.file().toString(), SharedReference.azurermSchema(shared).toString());
            assertThat(result.exitCode()).as("%s:%n%s", stack.name(), result.output()).isZero();
            assertThat(result.output()).contains("checked " + stack.resources() + " resource/data blocks");
        }
    }
}
