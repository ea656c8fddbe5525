package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.kubernetes_cluster_extension.KubernetesClusterExtension;
import io.cdktn.providers.azurerm.kubernetes_flux_configuration.KubernetesFluxConfiguration;
import io.cdktn.providers.azurerm.kubernetes_flux_configuration.KubernetesFluxConfigurationGitRepository;
import io.cdktn.providers.azurerm.kubernetes_flux_configuration.KubernetesFluxConfigurationKustomizations;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * GitOps with Flux v2 on a {@link KubernetesCluster}: the Flux extension ({@code azurerm_kubernetes_cluster_extension},
 * {@code microsoft.flux}) and one Flux configuration ({@code azurerm_kubernetes_flux_configuration}) in
 * {@value #NAMESPACE} with cluster scope, which reconciles one kustomization from one branch of a Git repository.
 *
 * <p>No credential ever appears in the configuration: the repository is public over HTTPS, or Flux authenticates with
 * the cluster's workload identity (Azure DevOps), or with a Kubernetes secret created outside Terraform
 * ({@code localAuthReference}), optionally with the server's public SSH host keys. The Kubernetes initiative's
 * admission controls exclude {@value #NAMESPACE}, where the Flux controllers run.
 */
public final class FluxGitOps extends Construct {

    /** The namespace the Flux controllers and the configuration live in. */
    public static final String NAMESPACE = "flux-system";
    /** The extension's name on the cluster. */
    public static final String EXTENSION_NAME = "flux";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,28}[a-z0-9])?");
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._][-A-Za-z0-9._/]*");
    private static final Pattern PATH = Pattern.compile("(\\./)?[-A-Za-z0-9._/]*");

    private final KubernetesFluxConfiguration configuration;

    /** Creates the extension and configuration; prefer {@link Builder#create(Construct, String)}. */
    public FluxGitOps(Construct scope, String id, FluxGitOpsProps props) {
        super(scope, id);
        String path = getNode().getPath();
        KubernetesCluster cluster = Checks.required(path, "cluster", props.cluster());
        String name = matching(path, "name", props.name(), NAME, "1 to 30 lowercase letters, digits and hyphens, starting and ending alphanumeric");
        String kustomization = matching(path, "kustomizationName", props.kustomizationName(), NAME,
            "1 to 30 lowercase letters, digits and hyphens, starting and ending alphanumeric");
        String url = Checks.required(path, "repositoryUrl", props.repositoryUrl());
        boolean ssh = url.startsWith("ssh://") || url.startsWith("git@");
        if (!ssh && !url.startsWith("https://")) {
            throw Checks.invalid(path, "repositoryUrl", url, "an https://, ssh:// or git@ URL (plain http:// exposes the manifests in transit)");
        }
        String authority = url.startsWith("git@") ? "" : url.substring(url.indexOf("://") + 3).split("/", 2)[0];
        String userInfo = authority.contains("@") ? authority.substring(0, authority.lastIndexOf('@')) : null;
        // An SSH user name (ssh://git@host) is no secret; anything before '@' in an https URL, or a password, is.
        if (userInfo != null && (!ssh || userInfo.contains(":"))) {
            throw Checks.invalid(path, "repositoryUrl", url.replaceFirst("//[^/]*@", "//***@"), "a URL without credentials;"
                + " use localAuthReference (a Kubernetes secret) or azureWorkloadIdentity instead");
        }
        String branch = matching(path, "branch", props.branch(), BRANCH, "a branch name such as main");
        String kustomizationPath = Checks.required(path, "path", props.path());
        if (kustomizationPath.isEmpty() || !PATH.matcher(kustomizationPath).matches() || kustomizationPath.contains("..")) {
            throw Checks.invalid(path, "path", kustomizationPath, "a directory inside the repository such as ./clusters/wholesale-production");
        }
        int interval = Checks.inRange(path, "syncIntervalSeconds", props.syncIntervalSeconds(), 60, 86_400);
        String authReference = props.localAuthReference() == null ? null
            : matching(path, "localAuthReference", props.localAuthReference(), SECRET_NAME,
                "the name of a Kubernetes secret: 1 to 63 lowercase letters, digits and hyphens, starting and ending alphanumeric");
        if (ssh && authReference == null) {
            throw Checks.missing(path, "localAuthReference", "an SSH repository needs a key; name the Kubernetes secret in "
                + NAMESPACE + " that holds it (never a key in the configuration)");
        }
        String knownHosts = props.sshKnownHostsBase64();
        if (knownHosts != null) {
            if (!ssh) {
                throw Checks.invalid(path, "sshKnownHostsBase64", "(set)", "only with an ssh:// or git@ repository URL");
            }
            try {
                Base64.getDecoder().decode(knownHosts);
            } catch (IllegalArgumentException e) {
                throw Checks.invalid(path, "sshKnownHostsBase64", knownHosts, "known_hosts lines, base64-encoded");
            }
        }
        if (props.azureWorkloadIdentity() && (ssh || authReference != null)) {
            throw Checks.invalid(path, "azureWorkloadIdentity", true, "only for an https:// repository without localAuthReference");
        }

        var extension = KubernetesClusterExtension.Builder.create(this, "Extension")
            .name(EXTENSION_NAME)
            .clusterId(cluster.id())
            .extensionType("microsoft.flux")
            .build();

        var repository = KubernetesFluxConfigurationGitRepository.builder()
            .url(url)
            .referenceType("branch")
            .referenceValue(branch)
            .syncIntervalInSeconds(interval);
        if (authReference != null) {
            repository.localAuthReference(authReference);
        }
        if (knownHosts != null) {
            repository.sshKnownHostsBase64(knownHosts);
        }
        if (props.azureWorkloadIdentity()) {
            repository.provider("Azure");
        }
        this.configuration = KubernetesFluxConfiguration.Builder.create(this, "Configuration")
            .name(name)
            .clusterId(cluster.id())
            .namespace(NAMESPACE)
            .scope("cluster")
            .gitRepository(repository.build())
            .kustomizations(List.of(KubernetesFluxConfigurationKustomizations.builder()
                .name(kustomization)
                .path(kustomizationPath)
                .syncIntervalInSeconds(interval)
                .garbageCollectionEnabled(props.prune())
                .build()))
            .dependsOn(List.of(extension))
            .build();
    }

    private static String matching(String path, String prop, String value, Pattern pattern, String allowed) {
        Checks.required(path, prop, value);
        if (!pattern.matcher(value).matches()) {
            throw Checks.invalid(path, prop, value, allowed);
        }
        return value;
    }

    /** The Flux configuration's Azure resource id (a Terraform reference). */
    public String id() {
        return configuration.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends FluxGitOpsProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts GitOps with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public FluxGitOps build() {
            return new FluxGitOps(scope, id, toProps());
        }
    }
}
