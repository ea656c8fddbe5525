package com.sysgenpro.landingzone.cluster;

import io.cdktn.cdktn.Fn;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProvider;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProviderKubernetes;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProviderKubernetesExec;
import com.sysgenpro.cdktn.providers.kubernetes.provider.KubernetesProvider;
import com.sysgenpro.cdktn.providers.kubernetes.provider.KubernetesProviderExec;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import software.constructs.Construct;

/**
 * The kubernetes and helm providers of an in-cluster stack, pointed at one AKS cluster: its API server URL and CA
 * certificate (usually references to the stack that created the cluster) and Entra ID sign-in through
 * {@code kubelogin}, so that no kubeconfig, client certificate or token is ever written into the configuration.
 *
 * <p>{@code kubelogin} must be on the PATH of whoever runs Terraform. A private cluster's API server resolves only
 * inside its network (or networks linked to its private DNS zone): apply in-cluster stacks from a runner there.
 */
public final class KubernetesAccess extends Construct {

    /** The Entra ID application of the AKS API server, the same in every tenant: tokens are requested for it. */
    public static final String AKS_SERVER_APPLICATION_ID = "6dae42f8-4368-4678-94ff-3960e28e3630";
    /** The client authentication API the exec plugin speaks. */
    static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1";

    /**
     * Creates both providers; prefer {@link Builder#create(Construct, String)}.
     *
     * @param apiServerUrl the API server's URL, e.g. {@code KubernetesCluster.apiServerUrl()}
     * @param clusterCaCertificate the base64-encoded PEM CA certificate, e.g. {@code KubernetesCluster.clusterCaCertificate()}
     * @param login how kubelogin signs in; null for {@link KubeloginMethod#AZURE_CLI}
     */
    public KubernetesAccess(Construct scope, String id, String apiServerUrl, String clusterCaCertificate, KubeloginMethod login) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "apiServerUrl", apiServerUrl);
        if (!Checks.isReference(apiServerUrl) && !apiServerUrl.startsWith("https://")) {
            throw Checks.invalid(path, "apiServerUrl", apiServerUrl, "an https:// URL or a Terraform reference to one");
        }
        Checks.required(path, "clusterCaCertificate", clusterCaCertificate);
        List<String> args = List.of("get-token", "--login", (login != null ? login : KubeloginMethod.AZURE_CLI).argument(),
            "--server-id", AKS_SERVER_APPLICATION_ID);
        String caCertificate = Fn.base64decode(clusterCaCertificate);
        KubernetesProvider.Builder.create(this, "kubernetes")
            .host(apiServerUrl)
            .clusterCaCertificate(caCertificate)
            .exec(List.of(KubernetesProviderExec.builder().apiVersion(EXEC_API_VERSION).command("kubelogin").args(args).build()))
            .build();
        HelmProvider.Builder.create(this, "helm")
            .kubernetes(HelmProviderKubernetes.builder()
                .host(apiServerUrl)
                .clusterCaCertificate(caCertificate)
                .exec(HelmProviderKubernetesExec.builder().apiVersion(EXEC_API_VERSION).command("kubelogin").args(args).build())
                .build())
            .build();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private String apiServerUrl;
        private String clusterCaCertificate;
        private KubeloginMethod login;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for the providers {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The API server's URL. Required. */
        public Builder apiServerUrl(String apiServerUrl) {
            this.apiServerUrl = apiServerUrl;
            return this;
        }

        /** The cluster's base64-encoded PEM CA certificate. Required. */
        public Builder clusterCaCertificate(String clusterCaCertificate) {
            this.clusterCaCertificate = clusterCaCertificate;
            return this;
        }

        /** How kubelogin signs in. Default: {@link KubeloginMethod#AZURE_CLI}. */
        public Builder login(KubeloginMethod login) {
            this.login = login;
            return this;
        }

        /** The providers. */
        public KubernetesAccess build() {
            return new KubernetesAccess(scope, id, apiServerUrl, clusterCaCertificate, login);
        }
    }
}
