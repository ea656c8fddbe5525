package com.sysgenpro.landingzone.cluster;

import io.cdktn.cdktn.App;
import io.cdktn.cdktn.AppConfig;
import io.cdktn.cdktn.Fn;
import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.cdktn.LocalBackend;
import io.cdktn.cdktn.LocalBackendConfig;
import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProvider;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProviderKubernetes;
import com.sysgenpro.cdktn.providers.helm.provider.HelmProviderKubernetesExec;
import com.sysgenpro.cdktn.providers.helm.release.Release;
import com.sysgenpro.cdktn.providers.helm.release.ReleaseSet;
import com.sysgenpro.cdktn.providers.kubernetes.config_map_v1.ConfigMapV1;
import com.sysgenpro.cdktn.providers.kubernetes.config_map_v1.ConfigMapV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1Spec;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRule;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttp;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPath;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackend;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackendService;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackendServicePort;
import com.sysgenpro.cdktn.providers.kubernetes.ingress_v1.IngressV1SpecTls;
import com.sysgenpro.cdktn.providers.kubernetes.limit_range_v1.LimitRangeV1;
import com.sysgenpro.cdktn.providers.kubernetes.limit_range_v1.LimitRangeV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.limit_range_v1.LimitRangeV1Spec;
import com.sysgenpro.cdktn.providers.kubernetes.limit_range_v1.LimitRangeV1SpecLimit;
import com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1;
import com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1Spec;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgress;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressPorts;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressTo;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToIpBlock;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToNamespaceSelector;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToPodSelector;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngress;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFrom;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromNamespaceSelector;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromPodSelector;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressPorts;
import com.sysgenpro.cdktn.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecPodSelector;
import com.sysgenpro.cdktn.providers.kubernetes.provider.KubernetesProvider;
import com.sysgenpro.cdktn.providers.kubernetes.provider.KubernetesProviderExec;
import com.sysgenpro.cdktn.providers.kubernetes.resource_quota_v1.ResourceQuotaV1;
import com.sysgenpro.cdktn.providers.kubernetes.resource_quota_v1.ResourceQuotaV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.resource_quota_v1.ResourceQuotaV1Spec;
import com.sysgenpro.cdktn.providers.kubernetes.role_binding_v1.RoleBindingV1;
import com.sysgenpro.cdktn.providers.kubernetes.role_binding_v1.RoleBindingV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.role_binding_v1.RoleBindingV1RoleRef;
import com.sysgenpro.cdktn.providers.kubernetes.role_binding_v1.RoleBindingV1Subject;
import com.sysgenpro.cdktn.providers.kubernetes.role_v1.RoleV1;
import com.sysgenpro.cdktn.providers.kubernetes.role_v1.RoleV1Metadata;
import com.sysgenpro.cdktn.providers.kubernetes.role_v1.RoleV1Rule;
import com.sysgenpro.cdktn.providers.kubernetes.service_account_v1.ServiceAccountV1;
import com.sysgenpro.cdktn.providers.kubernetes.service_account_v1.ServiceAccountV1Metadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Every kubernetes and helm binding type the in-cluster constructs use, with the kinds of values they set. */
final class InClusterBindingsFixture {

    private InClusterBindingsFixture() {
    }

    /** Synthesizes the stack {@code bindings} into {@code outDir}. */
    static void synthesize(Path outDir) {
        App app = new App(AppConfig.builder().outdir(outDir.toString()).context(Map.of(
            "excludeStackIdFromLogicalIds", "true", "allowSepCharsInLogicalIds", "true")).build());
        TerraformStack stack = new TerraformStack(app, "bindings");
        // Without a backend cdktf writes the local state path from the working directory.
        new LocalBackend(stack, LocalBackendConfig.builder().path("terraform.bindings.tfstate").build());
        List<String> args = List.of("get-token", "--login", "azurecli", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630");
        String ca = Fn.base64decode("${var.ca}");
        KubernetesProvider.Builder.create(stack, "kubernetes").host("https://aks.example:443").clusterCaCertificate(ca)
            .exec(List.of(KubernetesProviderExec.builder().apiVersion("client.authentication.k8s.io/v1beta1").command("kubelogin").args(args).build()))
            .build();
        HelmProvider.Builder.create(stack, "helm").kubernetes(HelmProviderKubernetes.builder().host("https://aks.example:443")
            .clusterCaCertificate(ca).exec(HelmProviderKubernetesExec.builder().apiVersion("client.authentication.k8s.io/v1beta1")
                .command("kubelogin").args(args).build()).build()).build();

        NamespaceV1 namespace = NamespaceV1.Builder.create(stack, "Namespace").metadata(NamespaceV1Metadata.builder().name("tenant")
            .labels(Map.of("pod-security.kubernetes.io/enforce", "restricted")).annotations(Map.of("a", "b")).build()).build();
        String ns = namespace.getMetadata().getName();
        ResourceQuotaV1.Builder.create(stack, "Quota").metadata(ResourceQuotaV1Metadata.builder().name("q").namespace(ns).build())
            .spec(ResourceQuotaV1Spec.builder().hard(Map.of("requests.cpu", "4", "pods", "30")).build()).build();
        LimitRangeV1.Builder.create(stack, "Limits").metadata(LimitRangeV1Metadata.builder().name("l").namespace(ns).build())
            .spec(LimitRangeV1Spec.builder().limit(List.of(LimitRangeV1SpecLimit.builder().type("Container")
                .defaultRequest(Map.of("cpu", "100m")).defaultValue(Map.of("cpu", "1")).build())).build()).build();
        NetworkPolicyV1.Builder.create(stack, "Policy").metadata(NetworkPolicyV1Metadata.builder().name("p").namespace(ns).build())
            .spec(NetworkPolicyV1Spec.builder().podSelector(NetworkPolicyV1SpecPodSelector.builder().build())
                .policyTypes(List.of("Ingress", "Egress"))
                .ingress(List.of(NetworkPolicyV1SpecIngress.builder().from(List.of(NetworkPolicyV1SpecIngressFrom.builder()
                        .namespaceSelector(NetworkPolicyV1SpecIngressFromNamespaceSelector.builder().matchLabels(Map.of("k", "v")).build())
                        .podSelector(NetworkPolicyV1SpecIngressFromPodSelector.builder().build()).build()))
                    .ports(List.of(NetworkPolicyV1SpecIngressPorts.builder().port("8069").protocol("TCP").build())).build()))
                .egress(List.of(NetworkPolicyV1SpecEgress.builder().to(List.of(
                        NetworkPolicyV1SpecEgressTo.builder().ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder().cidr("0.0.0.0/0")
                            .except(List.of("10.0.0.0/8")).build()).build(),
                        NetworkPolicyV1SpecEgressTo.builder()
                            .namespaceSelector(NetworkPolicyV1SpecEgressToNamespaceSelector.builder().matchLabels(Map.of("n", "kube-system")).build())
                            .podSelector(NetworkPolicyV1SpecEgressToPodSelector.builder().matchLabels(Map.of("k8s-app", "kube-dns")).build()).build()))
                    .ports(List.of(NetworkPolicyV1SpecEgressPorts.builder().port("53").protocol("UDP").build())).build()))
                .build()).build();
        RoleV1 role = RoleV1.Builder.create(stack, "Role").metadata(RoleV1Metadata.builder().name("r").namespace(ns).build())
            .rule(List.of(RoleV1Rule.builder().apiGroups(List.of("", "apps")).resources(List.of("pods")).verbs(List.of("get", "list")).build()))
            .build();
        RoleBindingV1.Builder.create(stack, "Binding").metadata(RoleBindingV1Metadata.builder().name("rb").namespace(ns).build())
            .roleRef(RoleBindingV1RoleRef.builder().apiGroup("rbac.authorization.k8s.io").kind("Role").name(role.getMetadata().getName()).build())
            .subject(List.of(RoleBindingV1Subject.builder().kind("Group").name("00000000-0000-0000-0000-000000000001")
                .apiGroup("rbac.authorization.k8s.io").build()))
            .build();
        ServiceAccountV1.Builder.create(stack, "ServiceAccount").metadata(ServiceAccountV1Metadata.builder().name("odoo").namespace(ns)
            .annotations(Map.of("azure.workload.identity/client-id", "${var.client_id}")).build()).automountServiceAccountToken(false).build();
        ConfigMapV1.Builder.create(stack, "Defaults").metadata(ConfigMapV1Metadata.builder().name("d").namespace(ns).build())
            .data(Map.of("serviceAccountName", "odoo", "nodeSelector", "{\"t\":\"x\"}")).build();
        IngressV1.Builder.create(stack, "Ingress").metadata(IngressV1Metadata.builder().name("odoo").namespace(ns)
                .annotations(Map.of("cert-manager.io/cluster-issuer", "letsencrypt")).build())
            .spec(IngressV1Spec.builder().ingressClassName("traefik")
                .tls(List.of(IngressV1SpecTls.builder().hosts(List.of("erp.example.com")).secretName("tls").build()))
                .rule(List.of(IngressV1SpecRule.builder().host("erp.example.com").http(IngressV1SpecRuleHttp.builder().path(List.of(
                    IngressV1SpecRuleHttpPath.builder().path("/").pathType("Prefix").backend(IngressV1SpecRuleHttpPathBackend.builder()
                        .service(IngressV1SpecRuleHttpPathBackendService.builder().name("odoo")
                            .port(IngressV1SpecRuleHttpPathBackendServicePort.builder().number(8069).build()).build()).build()).build()))
                    .build()).build()))
                .build())
            .build();
        Release certManager = Release.Builder.create(stack, "CertManager").name("cert-manager").repository("https://charts.jetstack.io")
            .chart("cert-manager").version("v1.19.1").namespace(ns).createNamespace(false)
            .set(List.of(ReleaseSet.builder().name("crds.enabled").value("true").build()))
            .atomic(true).cleanupOnFail(true).wait(true).build();
        Release.Builder.create(stack, "Traefik").name("traefik").repository("https://traefik.github.io/charts").chart("traefik")
            .version("37.4.0").namespace(ns).values(List.of("{\"deployment\":{\"replicas\":2}}")).atomic(true).cleanupOnFail(true)
            .wait(true).dependsOn(List.<ITerraformDependable>of(certManager)).build();
        TerraformOutput.Builder.create(stack, "namespace").value(ns).build();
        app.synth();
    }
}
