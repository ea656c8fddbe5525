package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sysgenpro.landingzone.preview.PreviewReport;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** .github/workflows/pull-request.yml: it parses, runs the commands the CLI has with options they take, and keeps its permissions small. */
class PullRequestWorkflowTest {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final Path WORKFLOW = PROJECT.resolve(".github/workflows/pull-request.yml");
    private static final Pattern LZ_CALL = Pattern.compile("\\./lz (\\w+)([^\\n]*)");
    private static final Pattern OPTION = Pattern.compile("(?<=\\s|\\()(--[a-z][a-z-]*)");
    private static final Pattern EMPTY_BASE_FILE = Pattern.compile("printf '([^']*)\\\\n' > \"\\$RUNNER_TEMP/base-out/([\\w.-]+)\"");

    private final JsonNode workflow = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot parse " + WORKFLOW + ": " + e.getMessage(), e);
        }
    }

    @Test
    void runsOnPullRequestsWithReadOnlyDefaults() {
        assertThat(workflow.path("on").has("pull_request")).isTrue();
        assertThat(fields(workflow.path("permissions"))).containsExactly(Map.entry("contents", "read"));
        assertThat(fields(workflow.path("jobs").path("preview").path("permissions")))
            .containsOnly(Map.entry("contents", "read"), Map.entry("pull-requests", "write"), Map.entry("security-events", "write"));
        assertThat(fields(workflow.path("jobs").path("plan").path("permissions")))
            .containsOnly(Map.entry("contents", "read"), Map.entry("id-token", "write"), Map.entry("pull-requests", "write"));
        // The hub runner's job plans and reports in its summary: no writable token for the pull request there.
        assertThat(fields(workflow.path("jobs").path("plan-in-cluster").path("permissions")))
            .containsOnly(Map.entry("contents", "read"), Map.entry("id-token", "write"));
        assertThat(workflow.path("jobs").path("in-cluster-not-planned").path("permissions").isObject()).isTrue();
        assertThat(fields(workflow.path("jobs").path("in-cluster-not-planned").path("permissions"))).isEmpty();
    }

    @Test
    void synthesizesBaseAndHeadChecksWithSarifAndPreviews() {
        String preview = runScripts("preview");
        assertThat(preview).contains("git worktree add --detach \"$RUNNER_TEMP/base\" \"$BASE_SHA\"")
            .contains("./lz synth --out \"$RUNNER_TEMP/head-out\"").contains("./lz synth --out \"$RUNNER_TEMP/base-out\"")
            .contains("./lz check --out \"$RUNNER_TEMP/head-out\" --format sarif --report \"$RUNNER_TEMP/check.sarif\"")
            .contains("./lz preview --base \"$RUNNER_TEMP/base-out\" --head \"$RUNNER_TEMP/head-out\" --report");
        assertThat(uses("preview")).contains("github/codeql-action/upload-sarif@v3", "actions/github-script@v7", "actions/cache@v4",
            "actions/setup-java@v4", "actions/setup-node@v4");
        JsonNode cache = step("preview", "actions/cache@v4");
        assertThat(cache.path("with").path("path").asText()).isEqualTo("~/.m2/repository");
        assertThat(cache.path("with").path("key").asText()).contains("hashFiles('pom.xml', 'bindings/**')");
        assertThat(runScripts("plan")).contains("terraform show -json plan.tfplan > \"$RUNNER_TEMP/plans/$stack.json\"")
            .contains("args+=(--plan-json \"$plan\")").contains("./lz preview --base");
    }

    @Test
    void everyLzCallUsesACommandAndOptionsTheCliHas() {
        CommandLine cli = new CommandLine(Lz.class);
        Set<String> called = new TreeSet<>();
        String scripts = runScripts("preview") + "\n" + runScripts("plan") + "\n" + runScripts("plan-in-cluster");
        Matcher call = LZ_CALL.matcher(scripts);
        while (call.find()) {
            String command = call.group(1);
            called.add(command);
            CommandLine sub = cli.getSubcommands().get(command);
            assertThat(sub).as("./lz %s is a command of the CLI", command).isNotNull();
            Matcher option = OPTION.matcher(call.group(2));
            while (option.find()) {
                assertThat(sub.getCommandSpec().findOption(option.group(1))).as("./lz %s takes %s", command, option.group(1)).isNotNull();
            }
        }
        assertThat(called).containsExactly("check", "preview", "synth");
        assertThat(cli.getSubcommands().get("preview").getCommandSpec().findOption("--plan-json")).isNotNull();
    }

    @Test
    void planJobSkipsCleanlyWithoutAzureAndSignsInWithOidc() {
        List<JsonNode> steps = steps("plan");
        JsonNode gate = steps.get(0);
        assertThat(gate.path("id").asText()).isEqualTo("azure");
        assertThat(gate.path("env").path("CLIENT_ID").asText()).isEqualTo("${{ vars.AZURE_CLIENT_ID }}");
        assertThat(gate.path("run").asText()).contains("::notice title=terraform plan skipped::");
        // Everything after the gate runs only when Azure is configured, so the job ends green with a notice otherwise.
        assertThat(steps.subList(1, steps.size())).allSatisfy(step ->
            assertThat(step.path("if").asText()).as("step %s", step.path("name").asText()).isEqualTo("steps.azure.outputs.configured == 'true'"));
        JsonNode login = step("plan", "azure/login@v2");
        assertThat(login.path("with").path("client-id").asText()).isEqualTo("${{ vars.AZURE_CLIENT_ID }}");
        assertThat(login.path("with").has("client-secret")).as("OIDC, no secret").isFalse();
        assertThat(workflow.path("jobs").path("plan").path("needs").asText()).isEqualTo("preview");
    }

    /**
     * In-cluster stacks are planned only on the hub's self-hosted runner (README: Connectivity, Runners), and only when
     * the repository says it has one (LZ_HUB_RUNNER): a job for a label no runner carries would wait a day in the queue.
     * Never for forks, whose code must not run there. Without the variable another job says why they were not planned.
     */
    @Test
    void inClusterStacksArePlannedOnTheHubRunnerWhenTheRepositoryHasOneElseANoticeSaysWhy() {
        JsonNode job = workflow.path("jobs").path("plan-in-cluster");
        List<String> labels = new ArrayList<>();
        job.path("runs-on").forEach(label -> labels.add(label.asText()));
        assertThat(labels).containsExactly("self-hosted", "lz-hub");
        assertThat(job.path("needs").asText()).isEqualTo("preview");
        assertThat(job.path("if").asText()).contains("vars.LZ_HUB_RUNNER != ''")
            .contains("github.event.pull_request.head.repo.full_name == github.repository")
            .contains("needs.preview.outputs.changed != ''");
        List<JsonNode> steps = steps("plan-in-cluster");
        JsonNode gate = steps.get(0);
        assertThat(gate.path("id").asText()).isEqualTo("azure");
        assertThat(gate.path("run").asText()).contains("*-incluster").contains("::notice title=in-cluster plan skipped::");
        assertThat(steps.subList(1, steps.size())).allSatisfy(step ->
            assertThat(step.path("if").asText()).as("step %s", step.path("name").asText()).isEqualTo("steps.azure.outputs.configured == 'true'"));
        assertThat(step("plan-in-cluster", "azure/login@v2").path("with").has("client-secret")).as("OIDC, no secret").isFalse();
        String plan = runScripts("plan-in-cluster");
        assertThat(plan).contains("command -v kubelogin").contains("terraform plan -input=false -lock=false")
            .contains("terraform show -json plan.tfplan > \"$RUNNER_TEMP/in-cluster-plans/$stack.json\"")
            .contains("$GITHUB_STEP_SUMMARY").doesNotContain("./lz ");
        assertThat(step("plan-in-cluster", "actions/upload-artifact@v4").path("with").path("name").asText()).isEqualTo("in-cluster-plans");
        // The hosted plan job still leaves them out, and says where they are planned.
        assertThat(runScripts("plan")).contains("*-incluster) echo \"::notice title=not planned here::");

        JsonNode notice = workflow.path("jobs").path("in-cluster-not-planned");
        assertThat(notice.path("runs-on").asText()).isEqualTo("ubuntu-latest");
        assertThat(notice.path("if").asText()).contains("vars.LZ_HUB_RUNNER == ''");
        assertThat(runScripts("in-cluster-not-planned")).contains("*-incluster").contains("::notice title=in-cluster stacks not planned::")
            .contains("LZ_HUB_RUNNER");
    }

    /**
     * When the base cannot be synthesized the workflow writes an empty output by hand; ./lz preview refuses outputs
     * without landing-zone.json, so the stand-in must have one, and the preview must read it as an empty estate.
     */
    @Test
    void theEmptyBaseStandInIsAnOutputPreviewReads(@TempDir Path tmp) throws IOException {
        JsonNode fallback = steps("preview").stream().filter(step -> step.path("if").asText().equals("steps.base.outcome != 'success'"))
            .findFirst().orElseThrow(() -> new AssertionError("the preview job has no step for a base that could not be synthesized"));
        Matcher write = EMPTY_BASE_FILE.matcher(fallback.path("run").asText());
        Path base = Files.createDirectories(tmp.resolve("base-out"));
        Set<String> written = new TreeSet<>();
        while (write.find()) {
            Files.writeString(base.resolve(write.group(2)), write.group(1) + "\n");
            written.add(write.group(2));
        }
        assertThat(written).containsExactly("landing-zone.json", "manifest.json");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Lz.run(new PrintWriter(out, true), new PrintWriter(err, true), "preview", "--base", base.toString(), "--head",
            ReferenceOutput.directory().toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(PreviewReport.MARKER).contains("wholesale-production");
    }

    @Test
    void everyActionIsPinnedToAtLeastAMajorVersion() {
        for (String job : List.of("preview", "plan", "plan-in-cluster", "in-cluster-not-planned")) {
            assertThat(uses(job)).allSatisfy(action -> assertThat(action).matches("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})"));
        }
    }

    @Test
    void theCommentScriptLooksForTheMarkerThePreviewWrites() throws IOException {
        String script = Files.readString(PROJECT.resolve(".github/scripts/preview-comment.js"));

        assertThat(script).contains("const MARKER = '" + PreviewReport.MARKER + "';");
        assertThat(runScripts("preview")).contains("require('./.github/scripts/preview-comment.js')");
    }

    private List<JsonNode> steps(String job) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(steps::add);
        assertThat(steps).as("steps of job %s", job).isNotEmpty();
        return steps;
    }

    private JsonNode step(String job, String action) {
        return steps(job).stream().filter(step -> step.path("uses").asText().equals(action)).findFirst()
            .orElseThrow(() -> new AssertionError("job " + job + " has no step using " + action));
    }

    private List<String> uses(String job) {
        return steps(job).stream().map(step -> step.path("uses").asText()).filter(action -> !action.isEmpty()).toList();
    }

    private String runScripts(String job) {
        StringBuilder scripts = new StringBuilder();
        for (JsonNode step : steps(job)) {
            scripts.append(step.path("run").asText()).append('\n').append(step.path("with").path("script").asText()).append('\n');
        }
        return scripts.toString();
    }

    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
