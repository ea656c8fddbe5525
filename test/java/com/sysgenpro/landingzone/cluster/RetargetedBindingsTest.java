package com.sysgenpro.landingzone.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.SharedReference;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.cdktn.TerraformResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.jsii.Jsii;

/**
 * The kubernetes and helm bindings are cdktf's prebuilt providers re-targeted to cdktn (bindings/retarget.js): they
 * must synthesize what cdktf's did. {@link InClusterBindingsFixture} uses every binding type the in-cluster constructs
 * use; {@code bindings/cdktf-0.21.0-incluster.cdk.tf.json} is what the same code wrote on cdktf 0.21.0 with
 * com.hashicorp:cdktf-provider-kubernetes 12.1.1 and -helm 12.1.2 (imports com.hashicorp.cdktf…), before the move.
 * The bytes must be equal but for the two differences cdktn itself makes, whatever the provider: the cdktn version
 * in the stack's metadata, and empty objects and arrays written as {@code {}} and {@code []} on one line (cdktn writes
 * with safe-stable-stringify, cdktf 0.21 wrote them over two lines).
 */
class RetargetedBindingsTest {

    @TempDir
    static Path out;

    private static String synthesized;

    @BeforeAll
    static void synthesize() throws IOException {
        InClusterBindingsFixture.synthesize(out);
        synthesized = Files.readString(out.resolve("stacks/bindings/cdk.tf.json"), StandardCharsets.UTF_8);
    }

    @Test
    void synthesizesTheBytesCdktfsBindingsWroteButForCdktnsOwnTwoDifferences() throws IOException {
        String cdktf;
        try (InputStream in = RetargetedBindingsTest.class.getResourceAsStream("/bindings/cdktf-0.21.0-incluster.cdk.tf.json")) {
            cdktf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(cdktf).contains("\"version\": \"0.21.0\"").containsPattern("\\{\\n\\s+}");

        String expected = cdktf
            .replace("    \"metadata\": {\n      \"backend\": \"local\",\n      \"stackName\": \"bindings\",\n      \"version\": \"0.21.0\"\n",
                "    \"metadata\": {\n      \"backend\": \"local\",\n      \"stackName\": \"bindings\",\n      \"version\": \"0.24.0\"\n")
            .replaceAll("([\\[{])\\n\\s*([\\]}])", "$1$2");

        assertThat(synthesized).isEqualTo(expected);
    }

    @Test
    void theBindingsAreCdktnTypesUnderTheirOwnNames() {
        assertThat(TerraformResource.class).isAssignableFrom(com.sysgenpro.cdktn.providers.helm.release.Release.class);
        assertThat(TerraformResource.class).isAssignableFrom(com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1.class);
        assertThat(TerraformProvider.class).isAssignableFrom(com.sysgenpro.cdktn.providers.kubernetes.provider.KubernetesProvider.class);
        assertThat(com.sysgenpro.cdktn.providers.helm.release.Release.class.getAnnotation(Jsii.class).fqn())
            .isEqualTo("@sysgenpro/cdktn-provider-helm.release.Release");
        assertThat(com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1.class.getAnnotation(Jsii.class).fqn())
            .isEqualTo("@sysgenpro/cdktn-provider-kubernetes.namespaceV1.NamespaceV1");
    }

    @Test
    void isCleanAgainstTheKubernetesAndHelmSchemas() {
        Path shared = SharedReference.require();
        List<String> arguments = new ArrayList<>(List.of(out.resolve("stacks/bindings/cdk.tf.json").toString()));
        SharedReference.inClusterSchemas(shared).forEach(schema -> arguments.add(schema.toString()));
        SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", arguments.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
