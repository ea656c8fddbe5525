package com.sysgenpro.landingzone.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bindings/provision.sh, run on a copy of the repository's pins with stub mvn/npm/npx/node on a PATH that holds
 * nothing else, so that each path through it can be forced without network or a real build.
 */
class ProvisionScriptTest {

    private static final List<String> ARTIFACTS = List.of(
        "io/cdktn/cdktn/0.24.0", "io/cdktn/cdktn-provider-azurerm/16.1.0",
        "com/sysgenpro/cdktn/cdktn-provider-kubernetes/12.1.1-cdktn0.24.0", "com/sysgenpro/cdktn/cdktn-provider-helm/12.1.2-cdktn0.24.0");
    /** jsii-pacmak's pom names the cdktn range of the assembly: @cdktn/provider-azurerm 16.1.0's excludes cdktn 0.24.0. */
    private static final String NPX = """
        out=''; prev=''; for a in "$@"; do [ "$prev" = --outdir ] && out=$a; prev=$a; done; mkdir -p "$out/java"
        printf '    <dependency>\n      <groupId>io.cdktn</groupId>\n      <artifactId>cdktn</artifactId>\n      <version>[0.23.0,0.24.0)</version>\n' > "$out/java/pom.xml"
        exit 0""";
    private static final List<String> TOOLS = List.of(
        "bash", "sed", "head", "cksum", "cat", "mkdir", "rm", "touch", "wc", "dirname", "env", "printf", "sleep");

    @TempDir
    Path tmp;

    private Path root;
    private Path bin;
    private Path repo;
    private Path calls;

    @BeforeEach
    void copyPinsAndLinkBasicTools() throws IOException {
        Path project = Path.of(System.getProperty("lz.project.dir", "."));
        root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(root.resolve("bindings"));
        for (String file : List.of("bindings/provision.sh", "bindings/retarget.js", "bindings/.npmrc", "bindings/package.json",
                "bindings/package-lock.json", "pom.xml")) {
            Files.copy(project.resolve(file), root.resolve(file));
        }
        bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : TOOLS) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                if (Files.isExecutable(Path.of(dir, tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(dir, tool));
                    break;
                }
            }
        }
        repo = tmp.resolve("m2");
        calls = tmp.resolve("calls.txt");
    }

    @Test
    void doesNothingWhenTheBindingsAreInstalled() throws Exception {
        for (String artifact : ARTIFACTS) {
            install(artifact);
        }
        stub("mvn", "echo \"$@\" >> " + calls + "; exit 1");

        Result result = provision();

        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).isEmpty();
        assertThat(calls).doesNotExist();
    }

    @Test
    void failsNamingNodeWhenItIsMissingAndNoRepositoryServesTheBindings() throws Exception {
        stub("mvn", "echo \"$@\" >> " + calls + "; exit 1");

        Result result = provision();

        assertThat(result.exit).as(result.output).isEqualTo(2);
        assertThat(result.output).contains("bindings: error: node not found on PATH");
        assertThat(Files.readString(calls)).contains("dependency:get -Dartifact=io.cdktn:cdktn:0.24.0")
            .contains("dependency:get -Dartifact=com.sysgenpro.cdktn:cdktn-provider-helm:12.1.2-cdktn0.24.0");
    }

    @Test
    void failedBuildNamesStepAndLogAndLeavesNoHalfInstalledArtifact() throws Exception {
        stub("node", "exit 0");
        stub("npm", "mkdir -p node_modules; exit 0");
        stub("npx", NPX);
        // The build copies the jar into the repository, then fails, as an interrupted install would.
        stub("mvn", """
            echo "$@" >> %s
            case "$*" in
              *package*) for a in "$@"; do case "$a" in -Dmaven.repo.local=*) r=${a#-Dmaven.repo.local=};; esac; done
                         mkdir -p "$r/io/cdktn/cdktn/0.24.0"; echo partial > "$r/io/cdktn/cdktn/0.24.0/cdktn-0.24.0.jar"
                         echo "[ERROR] compilation failed"; exit 1;;
              *) exit 1;;
            esac""".formatted(calls));

        Result result = provision();

        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(result.output)
            .contains("bindings: step build cdktn 0.24.0 (log: " + root.resolve("bindings/build/logs/cdktn.log") + ")")
            .contains("bindings: error: step build cdktn failed; see " + root.resolve("bindings/build/logs/cdktn.log"));
        assertThat(root.resolve("bindings/build/logs/cdktn.log")).content().contains("[ERROR] compilation failed");
        assertThat(repo.resolve("io/cdktn/cdktn/0.24.0")).doesNotExist();
        // Providers depend on cdktn: none is built once it failed.
        assertThat(Files.readString(calls)).doesNotContain("cdktn-provider-azurerm/java/pom");
    }

    @Test
    void failedProviderBuildStopsTheOtherBuildWithTheProcessesUnderIt() throws Exception {
        install("io/cdktn/cdktn/0.24.0");
        Path pids = tmp.resolve("azurerm-pids.txt");
        stub("node", "exit 0");
        stub("npm", "mkdir -p node_modules; exit 0");
        stub("npx", NPX);
        // azurerm builds for long, through a child process; kubernetes fails once azurerm is under way.
        stub("mvn", """
            case "$*" in
              *cdktn-provider-azurerm/java/pom.build.xml*) sleep 30 & echo "$$ $!" > %1$s; wait; exit 0;;
              *cdktn-provider-kubernetes/java/pom.build.xml*) while [ ! -s %1$s ]; do sleep 0.1; done; echo "[ERROR] failed"; exit 1;;
              *) exit 1;;
            esac""".formatted(pids));

        long start = System.nanoTime();
        Result result = provision();

        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(result.output).contains("bindings: error: step build cdktn-provider-kubernetes failed");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("waited for the azurerm build").isLessThan(20);
        List<Long> started = Arrays.stream(Files.readString(pids).trim().split(" ")).map(Long::valueOf).toList();
        // SIGTERM is delivered at once, but the processes may take a moment to end.
        for (int i = 0; i < 50 && started.stream().anyMatch(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()); i++) {
            Thread.sleep(100);
        }
        assertThat(started).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process " + pid).isEmpty());
        assertThat(repo.resolve("io/cdktn/cdktn-provider-azurerm")).doesNotExist();
    }

    @Test
    void retargetsTheCdktfProvidersOntoCdktnAndBuildsAgainstThePinnedCdktn() throws Exception {
        for (String artifact : ARTIFACTS.subList(0, 3)) {
            install(artifact);
        }
        Path nodeCalls = tmp.resolve("node-calls.txt");
        stub("node", "echo \"$@\" >> " + nodeCalls + "; exit 0");
        stub("npm", "mkdir -p node_modules; exit 0");
        stub("npx", NPX);
        // package: records the pom it builds with; install-file: installs the helm binding.
        stub("mvn", """
            echo "$@" >> %1$s
            case "$*" in
              *pom.build.xml*package*) for a in "$@"; do case "$a" in -f) next=1;; *) [ -n "${next:-}" ] && cat "$a" >> %1$s; next=;; esac; done; exit 0;;
              *install-file*) for a in "$@"; do case "$a" in -Dmaven.repo.local=*) r=${a#-Dmaven.repo.local=};; esac; done
                              d="$r/com/sysgenpro/cdktn/cdktn-provider-helm/12.1.2-cdktn0.24.0"; mkdir -p "$d"
                              echo jar > "$d/cdktn-provider-helm-12.1.2-cdktn0.24.0.jar"; echo pom > "$d/cdktn-provider-helm-12.1.2-cdktn0.24.0.pom"; exit 0;;
              *) exit 1;;
            esac""".formatted(calls));

        Result result = provision();

        assertThat(result.exit).as(result.output).isZero();
        Path log = root.resolve("bindings/build/logs/cdktn-provider-helm.log");
        assertThat(result.output)
            .contains("bindings: step retarget cdktn-provider-helm: @cdktf/provider-helm 12.1.2 onto cdktn 0.24.0 (log: " + log + ")")
            .contains("bindings: step generate cdktn-provider-helm 12.1.2-cdktn0.24.0")
            .contains("installed com.sysgenpro.cdktn:cdktn-provider-helm:12.1.2-cdktn0.24.0")
            .contains("bindings: all bindings installed in " + repo);
        assertThat(Files.readString(nodeCalls)).contains(root.resolve("bindings/retarget.js")
            + " --from " + root.resolve("bindings/node_modules/@cdktf/provider-helm")
            + " --to " + root.resolve("bindings/build/cdktn-provider-helm-retargeted")
            + " --core " + root.resolve("bindings/node_modules/cdktn")
            + " --name @sysgenpro/cdktn-provider-helm --version 12.1.2-cdktn0.24.0"
            + " --java-package com.sysgenpro.cdktn.providers.helm --group-id com.sysgenpro.cdktn --artifact-id cdktn-provider-helm");
        String mvn = Files.readString(calls);
        // Compiled against the pinned cdktn, installed with the pom as jsii-pacmak wrote it.
        assertThat(mvn).contains("<version>0.24.0</version>").doesNotContain("[0.23.0,0.24.0)")
            .contains("install-file -Dfile=" + root.resolve("bindings/build/cdktn-provider-helm/java/target/cdktn-provider-helm-12.1.2-cdktn0.24.0.jar")
                + " -DpomFile=" + root.resolve("bindings/build/cdktn-provider-helm/java/pom.xml"));
    }

    @Test
    void failsWhenPomAndPackageJsonPinDifferentVersions() throws Exception {
        Path pom = root.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<cdktn-provider-helm.version>12.1.2-cdktn0.24.0<",
            "<cdktn-provider-helm.version>12.0.0<"));

        Result result = provision();

        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(result.output).contains(
            "pom.xml property cdktn-provider-helm.version is '12.0.0' but bindings/package.json pins @cdktf/provider-helm 12.1.2,"
                + " which makes com.sysgenpro.cdktn:cdktn-provider-helm:12.1.2-cdktn0.24.0; make them equal");
    }

    /** {@code group/path/artifactId/version} into the local repository. */
    private void install(String artifact) throws IOException {
        String[] parts = artifact.split("/");
        String base = parts[parts.length - 2] + "-" + parts[parts.length - 1];
        Path dir = Files.createDirectories(repo.resolve(artifact));
        Files.writeString(dir.resolve(base + ".jar"), "jar");
        Files.writeString(dir.resolve(base + ".pom"), "pom");
    }

    private void stub(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result provision() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", root.resolve("bindings/provision.sh").toString())
            .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(Map.of("PATH", bin.toString(), "HOME", tmp.toString(), "LZ_MAVEN_REPO", repo.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("provision.sh finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
