package com.sysgenpro.landingzone.workload;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static com.sysgenpro.landingzone.workload.WorkloadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.testing.Synth;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FluxGitOpsTest {

    private static final String REPOSITORY = "https://github.com/sysgenpro/odoo-gitops";
    private static final String KNOWN_HOSTS = Base64.getEncoder().encodeToString(
        "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl".getBytes(StandardCharsets.UTF_8));

    private static JsonNode synth(Consumer<FluxGitOps.Builder> customize) {
        return Synth.stack(stack -> {
            KubernetesCluster cluster = WorkloadFixtures.cluster(stack, WorkloadFixtures.group(stack)).build();
            FluxGitOps.Builder flux = FluxGitOps.Builder.create(stack, "gitops").cluster(cluster)
                .repositoryUrl(REPOSITORY).path("./clusters/wholesale-production");
            customize.accept(flux);
            flux.build();
        });
    }

    @Test
    void defaultsToTheFluxExtensionAndAClusterScopedConfigurationWithoutCredentials() {
        JsonNode stack = synth(builder -> { });
        String clusterId = "${azurerm_kubernetes_cluster." + stack.path("resource").path("azurerm_kubernetes_cluster").fieldNames().next() + ".id}";
        String extensionName = stack.path("resource").path("azurerm_kubernetes_cluster_extension").fieldNames().next();

        JsonNode extension = onlyResource(stack, "azurerm_kubernetes_cluster_extension");
        assertThat(extension.path("name").asText()).isEqualTo("flux");
        assertThat(extension.path("extension_type").asText()).isEqualTo("microsoft.flux");
        assertThat(extension.path("cluster_id").asText()).isEqualTo(clusterId);

        JsonNode configuration = onlyResource(stack, "azurerm_kubernetes_flux_configuration");
        assertThat(configuration.path("name").asText()).isEqualTo("cluster-config");
        assertThat(configuration.path("cluster_id").asText()).isEqualTo(clusterId);
        assertThat(configuration.path("namespace").asText()).isEqualTo("flux-system");
        assertThat(configuration.path("scope").asText()).isEqualTo("cluster");
        assertThat(strings(configuration.path("depends_on"))).containsExactly("azurerm_kubernetes_cluster_extension." + extensionName);

        JsonNode repository = configuration.path("git_repository");
        assertThat(repository.path("url").asText()).isEqualTo(REPOSITORY);
        assertThat(repository.path("reference_type").asText()).isEqualTo("branch");
        assertThat(repository.path("reference_value").asText()).isEqualTo("main");
        assertThat(repository.path("sync_interval_in_seconds").asInt()).isEqualTo(300);
        assertThat(repository.fieldNames()).toIterable()
            .containsExactlyInAnyOrder("url", "reference_type", "reference_value", "sync_interval_in_seconds");

        JsonNode kustomization = configuration.path("kustomizations").get(0);
        assertThat(configuration.path("kustomizations")).hasSize(1);
        assertThat(kustomization.path("name").asText()).isEqualTo("cluster");
        assertThat(kustomization.path("path").asText()).isEqualTo("./clusters/wholesale-production");
        assertThat(kustomization.path("sync_interval_in_seconds").asInt()).isEqualTo(300);
        assertThat(kustomization.path("garbage_collection_enabled").asBoolean()).isFalse();
    }

    @Test
    void sshRepositoriesUseAClusterSecretAndPublicHostKeys() {
        JsonNode repository = onlyResource(synth(builder -> builder.repositoryUrl("ssh://git@github.com/sysgenpro/odoo-gitops.git")
            .localAuthReference("flux-git-ssh").sshKnownHostsBase64(KNOWN_HOSTS)), "azurerm_kubernetes_flux_configuration")
            .path("git_repository");

        assertThat(repository.path("url").asText()).isEqualTo("ssh://git@github.com/sysgenpro/odoo-gitops.git");
        assertThat(repository.path("local_auth_reference").asText()).isEqualTo("flux-git-ssh");
        assertThat(repository.path("ssh_known_hosts_base64").asText()).isEqualTo(KNOWN_HOSTS);
        assertThat(repository.has("ssh_private_key_base64")).isFalse();
        assertThat(repository.has("https_key_base64")).isFalse();
    }

    @Test
    void azureDevOpsRepositoriesMayUseWorkloadIdentity() {
        JsonNode repository = onlyResource(synth(builder -> builder.repositoryUrl("https://dev.azure.com/sysgenpro/erp/_git/odoo-gitops")
            .azureWorkloadIdentity(true)), "azurerm_kubernetes_flux_configuration").path("git_repository");

        assertThat(repository.path("provider").asText()).isEqualTo("Azure");
        assertThat(repository.has("https_user")).isFalse();
    }

    @Test
    void overridesNamesBranchIntervalAndPrune() {
        JsonNode configuration = onlyResource(synth(builder -> builder.name("odoo-platform").kustomizationName("platform")
            .branch("release/2026.12").syncIntervalSeconds(600).prune(true)), "azurerm_kubernetes_flux_configuration");

        assertThat(configuration.path("name").asText()).isEqualTo("odoo-platform");
        assertThat(configuration.path("git_repository").path("reference_value").asText()).isEqualTo("release/2026.12");
        assertThat(configuration.path("git_repository").path("sync_interval_in_seconds").asInt()).isEqualTo(600);
        JsonNode kustomization = configuration.path("kustomizations").get(0);
        assertThat(kustomization.path("name").asText()).isEqualTo("platform");
        assertThat(kustomization.path("garbage_collection_enabled").asBoolean()).isTrue();
    }

    @Test
    void failsOnPlainHttpRepositories() {
        assertThatThrownBy(() -> synth(builder -> builder.repositoryUrl("http://git.example.com/odoo-gitops")))
            .hasMessageContaining("test/gitops: repositoryUrl 'http://git.example.com/odoo-gitops' is not allowed; an https://, ssh:// or git@ URL");
    }

    @Test
    void failsOnCredentialsInTheUrlWithoutRepeatingThem() {
        assertThatThrownBy(() -> synth(builder -> builder.repositoryUrl("https://flux:ghp_secret@github.com/sysgenpro/odoo-gitops")))
            .hasMessageContaining("test/gitops: repositoryUrl 'https://***@github.com/sysgenpro/odoo-gitops' is not allowed; a URL without credentials")
            .hasMessageNotContaining("ghp_secret");
    }

    @Test
    void failsOnSshRepositoriesWithoutAClusterSecret() {
        assertThatThrownBy(() -> synth(builder -> builder.repositoryUrl("git@github.com:sysgenpro/odoo-gitops.git")))
            .hasMessageContaining("test/gitops: localAuthReference is required: an SSH repository needs a key");
    }

    @Test
    void failsOnMisplacedOrMalformedAuthentication() {
        assertThatThrownBy(() -> synth(builder -> builder.sshKnownHostsBase64(KNOWN_HOSTS)))
            .hasMessageContaining("test/gitops: sshKnownHostsBase64 '(set)' is not allowed; only with an ssh:// or git@ repository URL");
        assertThatThrownBy(() -> synth(builder -> builder.repositoryUrl("git@github.com:sysgenpro/odoo-gitops.git")
            .localAuthReference("flux-git-ssh").sshKnownHostsBase64("not base64!")))
            .hasMessageContaining("test/gitops: sshKnownHostsBase64 'not base64!' is not allowed; known_hosts lines, base64-encoded");
        assertThatThrownBy(() -> synth(builder -> builder.localAuthReference("Flux_Secret")))
            .hasMessageContaining("test/gitops: localAuthReference 'Flux_Secret' is not allowed; the name of a Kubernetes secret");
        assertThatThrownBy(() -> synth(builder -> builder.azureWorkloadIdentity(true).localAuthReference("flux-git")))
            .hasMessageContaining("test/gitops: azureWorkloadIdentity true is not allowed; only for an https:// repository without localAuthReference");
    }

    @Test
    void failsWithoutPathOrWithAPathOutsideTheRepository() {
        assertThatThrownBy(() -> synth(builder -> builder.path(null)))
            .hasMessageContaining("test/gitops: path is required; set it with .path(…)");
        assertThatThrownBy(() -> synth(builder -> builder.path("./clusters/../../etc")))
            .hasMessageContaining("test/gitops: path './clusters/../../etc' is not allowed; a directory inside the repository");
    }

    @Test
    void failsOnNamesAndIntervalsAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("Cluster_Config")))
            .hasMessageContaining("test/gitops: name 'Cluster_Config' is not allowed; 1 to 30 lowercase letters, digits and hyphens");
        assertThatThrownBy(() -> synth(builder -> builder.kustomizationName("a-kustomization-name-longer-than-30")))
            .hasMessageContaining("test/gitops: kustomizationName 'a-kustomization-name-longer-than-30' is not allowed");
        assertThatThrownBy(() -> synth(builder -> builder.branch("")))
            .hasMessageContaining("test/gitops: branch '' is not allowed; a branch name such as main");
        assertThatThrownBy(() -> synth(builder -> builder.syncIntervalSeconds(30)))
            .hasMessageContaining("test/gitops: syncIntervalSeconds 30 is not allowed; allowed: 60 to 86400");
    }

    @Test
    void failsWithoutClusterOrRepository() {
        assertThatThrownBy(() -> synth(builder -> builder.repositoryUrl(null)))
            .hasMessageContaining("test/gitops: repositoryUrl is required");
        assertThatThrownBy(() -> Synth.stack(stack -> FluxGitOps.Builder.create(stack, "gitops").repositoryUrl(REPOSITORY).path("./x").build()))
            .hasMessageContaining("test/gitops: cluster is required");
    }
}
