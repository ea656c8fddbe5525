package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./lz runbook} and {@code ./lz diagram} read JSON only: they run with cdktn, the provider bindings, constructs
 * and the jsii runtime (which starts Node) removed from the class path, so they can never start Node.
 */
class DocsWithoutCdktfTest {

    @TempDir
    Path tmp;

    private static boolean cdktf(String entry) {
        String name = new File(entry).getName();
        return name.startsWith("cdktn-") || name.startsWith("constructs-") || name.startsWith("jsii-runtime-");
    }

    @Test
    void runbookAndDiagramNeedNoCdktfOnTheClassPath() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        int removed = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank() || entry.contains("test-classes")) {
                continue;
            }
            if (cdktf(entry)) {
                removed++;
                continue;
            }
            urls.add(new File(entry).toURI().toURL());
        }
        assertThat(removed).as("cdktn, constructs and jsii-runtime jars found on the class path").isGreaterThanOrEqualTo(3);

        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(isolated.getResource("software/amazon/jsii/JsiiRuntime.class")).isNull();
            Class<?> lz = isolated.loadClass(Lz.class.getName());
            Method run = lz.getDeclaredMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            run.setAccessible(true);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String reference = ReferenceOutput.directory().toString();
            int runbook = (int) run.invoke(null, new PrintWriter(out, true), new PrintWriter(err, true),
                new String[] {"runbook", "--out", reference, "--to", tmp.resolve("runbooks").toString()});
            int diagram = (int) run.invoke(null, new PrintWriter(out, true), new PrintWriter(err, true),
                new String[] {"diagram", "--out", reference});

            assertThat(err.toString()).isEmpty();
            assertThat(runbook).isZero();
            assertThat(diagram).isZero();
            assertThat(out.toString()).contains("runbook: 18 runbooks in").contains("flowchart LR");
        }
    }
}
