package com.sysgenpro.landingzone.cluster;

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
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import com.sysgenpro.landingzone.workload.KubernetesNodePool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * One tenant's namespace on a cluster (a business unit's environment), isolated from the other tenants:
 * <ul>
 *   <li>Pod Security Admission {@code restricted}, enforced, audited and warned;</li>
 *   <li>a ResourceQuota (which also forbids LoadBalancer and NodePort services) and LimitRange defaults;</li>
 *   <li>network policies: everything denied in both directions, then allowed: from the ingress controller's namespace
 *       to Odoo's ports (and cert-manager's HTTP-01 solver port), within the namespace, to the cluster DNS, to the tenant's database and private endpoint
 *       ranges, and to the internet exactly the declared {@link EgressRule}s (or, where asked, HTTPS and mail to every public
 *       address). No rule admits another tenant's namespace;</li>
 *   <li>the {@code tenant-operator} role bound to the tenant's Entra ID group;</li>
 *   <li>the {@code odoo} service account, federated with the tenant's managed identity (workload identity);</li>
 *   <li>the {@code tenant-defaults} config map, the contract the application's deployment reads: service account,
 *       host name, and for a dedicated node pool its node selector and toleration;</li>
 *   <li>with a host name, the ingresses: {@code /} to Odoo's HTTP port with the upload limit, {@code /websocket} and
 *       {@code /longpolling} to its gevent port, TLS from the cluster's issuer.</li>
 * </ul>
 *
 * <p>The application's contract: a Service {@value #ODOO_SERVICE} with ports {@value #HTTP_PORT} and
 * {@value #GEVENT_PORT}, pods running as the {@value #SERVICE_ACCOUNT} service account.
 */
public final class TenantNamespace extends Construct {

    /** The Service the tenant's ingresses route to. */
    public static final String ODOO_SERVICE = "odoo";
    /** Odoo's HTTP port. */
    public static final int HTTP_PORT = 8069;
    /** Odoo's gevent port: websocket (Odoo 16 and later) and long polling (earlier). */
    public static final int GEVENT_PORT = 8072;
    /** The service account Odoo's pods run as. */
    public static final String SERVICE_ACCOUNT = "odoo";
    /** The annotation that federates a service account with a managed identity. */
    public static final String WORKLOAD_IDENTITY_CLIENT_ID = "azure.workload.identity/client-id";
    /** Namespace annotation: the node selector a dedicated pool's tenant must use, {@code key=value}. */
    public static final String NODE_SELECTOR_ANNOTATION = "odoo.sysgenpro.com/node-selector";
    /** Namespace annotation: the toleration a dedicated pool's tenant must carry, {@code key=value:effect}. */
    public static final String TOLERATION_ANNOTATION = "odoo.sysgenpro.com/toleration";
    /** The address ranges {@link TenantNamespaceProps#openInternetEgress()} never reaches. */
    static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10");
    /** What {@link TenantNamespaceProps#openInternetEgress()} opens: HTTPS, SMTPS, mail submission and IMAPS. */
    static final List<Integer> INTERNET_PORTS = List.of(443, 465, 587, 993);
    /** Where a host name rule may lead as far as a network policy can tell: every public address. */
    static final String ANY_ADDRESS = "0.0.0.0/0";
    /** The port cert-manager's HTTP-01 solver pods listen on in the namespace of the certificate they answer for. */
    static final int ACME_SOLVER_PORT = 8089;
    /** Where the cluster DNS runs. */
    static final String DNS_NAMESPACE = "kube-system";

    private final String name;
    private final NamespaceV1 namespace;

    /** Creates the namespace and everything in it; prefer {@link Builder#create(Construct, String)}. */
    public TenantNamespace(Construct scope, String id, TenantNamespaceProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.dnsLabel(path, "name", props.name());
        props.labels().forEach((key, value) -> {
            if (!Checks.isLabelKey(key) || value == null || !Checks.isLabelValue(value)) {
                throw Checks.invalid(path, "labels", key + "=" + value, "Kubernetes label keys and values (up to 63 letters, digits, - _ .,"
                    + " starting and ending alphanumeric)");
            }
        });
        TenantQuota quota = Checks.required(path, "quota", props.quota());
        ContainerResources defaults = Checks.required(path, "containerDefaults", props.containerDefaults());
        TraefikIngress ingress = Checks.required(path, "ingress", props.ingress());
        String group = Checks.guidOrNull(path, "operatorsGroupObjectId", props.operatorsGroupObjectId(), "the operators' Entra ID group");
        String pool = props.dedicatedPool();
        if (pool != null) {
            Checks.dnsLabel(path, "dedicatedPool", pool);
        }
        String hostname = props.hostname();
        if (hostname != null && !Checks.isHostName(hostname)) {
            throw Checks.invalid(path, "hostname", hostname, "a fully qualified lowercase host name such as north.erp.example.com");
        }

        Map<String, String> annotations = new TreeMap<>();
        if (pool != null) {
            annotations.put(NODE_SELECTOR_ANNOTATION, nodeSelector(pool));
            annotations.put(TOLERATION_ANNOTATION, toleration(pool));
        }
        this.namespace = Namespaces.restricted(this, "Namespace", name, props.labels(), annotations);
        String ns = namespace.getMetadata().getName();

        ResourceQuotaV1.Builder.create(this, "Quota")
            .metadata(ResourceQuotaV1Metadata.builder().name("tenant-quota").namespace(ns).build())
            .spec(ResourceQuotaV1Spec.builder().hard(quota.hard()).build())
            .build();
        LimitRangeV1.Builder.create(this, "ContainerDefaults")
            .metadata(LimitRangeV1Metadata.builder().name("container-defaults").namespace(ns).build())
            .spec(LimitRangeV1Spec.builder().limit(List.of(LimitRangeV1SpecLimit.builder()
                .type("Container")
                .defaultRequest(defaults.requests())
                .defaultValue(defaults.limits())
                .build())).build())
            .build();

        networkPolicies(ns, ingress.namespace(), props);

        if (group != null) {
            operatorAccess(ns, group);
        }
        var serviceAccount = ServiceAccountV1Metadata.builder().name(SERVICE_ACCOUNT).namespace(ns);
        if (props.workloadIdentityClientId() != null) {
            serviceAccount.annotations(Map.of(WORKLOAD_IDENTITY_CLIENT_ID, props.workloadIdentityClientId()));
        }
        ServiceAccountV1.Builder.create(this, "ServiceAccount")
            .metadata(serviceAccount.build())
            // Odoo does not call the Kubernetes API; the workload identity token is projected separately.
            .automountServiceAccountToken(false)
            .build();

        Map<String, String> contract = new TreeMap<>();
        contract.put("serviceAccountName", SERVICE_ACCOUNT);
        if (hostname != null) {
            contract.put("hostname", hostname);
        }
        if (pool != null) {
            contract.put("nodeSelector", Json.write(Map.of(KubernetesNodePool.TENANT_LABEL, pool)));
            contract.put("tolerations", Json.write(List.of(Map.of("key", KubernetesNodePool.TENANT_TAINT,
                "operator", "Equal", "value", pool, "effect", "NoSchedule"))));
        }
        ConfigMapV1.Builder.create(this, "Defaults")
            .metadata(ConfigMapV1Metadata.builder().name("tenant-defaults").namespace(ns).build())
            .data(contract)
            .build();

        if (hostname != null) {
            ingresses(ns, hostname, ingress);
        }
    }

    private static String nodeSelector(String pool) {
        return KubernetesNodePool.TENANT_LABEL + "=" + pool;
    }

    private static String toleration(String pool) {
        return KubernetesNodePool.TENANT_TAINT + "=" + pool + ":NoSchedule";
    }

    private void networkPolicies(String ns, String ingressNamespace, TenantNamespaceProps props) {
        NetworkPolicyV1SpecPodSelector allPods = NetworkPolicyV1SpecPodSelector.builder().build();
        policy("DefaultDeny", ns, "default-deny", NetworkPolicyV1Spec.builder()
            .podSelector(allPods)
            .policyTypes(List.of("Ingress", "Egress"))
            .build());
        policy("AllowIngressController", ns, "allow-ingress-controller", NetworkPolicyV1Spec.builder()
            .podSelector(allPods)
            .policyTypes(List.of("Ingress"))
            .ingress(List.of(NetworkPolicyV1SpecIngress.builder()
                .from(List.of(NetworkPolicyV1SpecIngressFrom.builder()
                    .namespaceSelector(NetworkPolicyV1SpecIngressFromNamespaceSelector.builder()
                        .matchLabels(Map.of("kubernetes.io/metadata.name", ingressNamespace)).build())
                    .build()))
                .ports(List.of(ingressPort(HTTP_PORT), ingressPort(GEVENT_PORT), ingressPort(ACME_SOLVER_PORT)))
                .build()))
            .build());
        policy("AllowSameNamespace", ns, "allow-same-namespace", NetworkPolicyV1Spec.builder()
            .podSelector(allPods)
            .policyTypes(List.of("Ingress", "Egress"))
            .ingress(List.of(NetworkPolicyV1SpecIngress.builder()
                .from(List.of(NetworkPolicyV1SpecIngressFrom.builder()
                    .podSelector(NetworkPolicyV1SpecIngressFromPodSelector.builder().build()).build()))
                .build()))
            .egress(List.of(NetworkPolicyV1SpecEgress.builder()
                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                    .podSelector(NetworkPolicyV1SpecEgressToPodSelector.builder().build()).build()))
                .build()))
            .build());
        policy("AllowDns", ns, "allow-dns", NetworkPolicyV1Spec.builder()
            .podSelector(allPods)
            .policyTypes(List.of("Egress"))
            .egress(List.of(NetworkPolicyV1SpecEgress.builder()
                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                    .namespaceSelector(NetworkPolicyV1SpecEgressToNamespaceSelector.builder()
                        .matchLabels(Map.of("kubernetes.io/metadata.name", DNS_NAMESPACE)).build())
                    .podSelector(NetworkPolicyV1SpecEgressToPodSelector.builder().matchLabels(Map.of("k8s-app", "kube-dns")).build())
                    .build()))
                .ports(List.of(egressPort(53, "UDP"), egressPort(53, "TCP")))
                .build()))
            .build());
        List<NetworkPolicyV1SpecEgress> dataServices = new ArrayList<>();
        if (!props.databaseRanges().isEmpty()) {
            dataServices.add(NetworkPolicyV1SpecEgress.builder()
                .to(ranges(props.databaseRanges()))
                .ports(List.of(egressPort(5432, "TCP")))
                .build());
        }
        if (!props.privateEndpointRanges().isEmpty()) {
            dataServices.add(NetworkPolicyV1SpecEgress.builder()
                .to(ranges(props.privateEndpointRanges()))
                // HTTPS (Key Vault, storage), Azure Cache for Redis (TLS), Azure Managed Redis.
                .ports(List.of(egressPort(443, "TCP"), egressPort(6380, "TCP"), egressPort(10000, "TCP")))
                .build());
        }
        if (!dataServices.isEmpty()) {
            policy("AllowDataServices", ns, "allow-data-services", NetworkPolicyV1Spec.builder()
                .podSelector(allPods)
                .policyTypes(List.of("Egress"))
                .egress(dataServices)
                .build());
        }
        if (!props.egress().isEmpty()) {
            List<String> notInternet = EgressRule.nonPublicRanges().stream().map(Cidr::toString).toList();
            policy("AllowDeclaredEgress", ns, "allow-declared-egress", NetworkPolicyV1Spec.builder()
                .podSelector(allPods)
                .policyTypes(List.of("Egress"))
                // One rule per declared entry, each pairing its destination with its port alone: entries' ports never
                // open towards another entry's range.
                .egress(props.egress().stream().map(rule -> NetworkPolicyV1SpecEgress.builder()
                    .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                        .ipBlock(rule.isFqdn()
                            ? NetworkPolicyV1SpecEgressToIpBlock.builder().cidr(ANY_ADDRESS).except(notInternet).build()
                            : NetworkPolicyV1SpecEgressToIpBlock.builder().cidr(rule.cidr().toString()).build())
                        .build()))
                    .ports(List.of(egressPort(rule.port(), rule.protocol().transport())))
                    .build()).toList())
                .build());
        }
        if (props.openInternetEgress()) {
            policy("AllowInternetEgress", ns, "allow-internet-egress", NetworkPolicyV1Spec.builder()
                .podSelector(allPods)
                .policyTypes(List.of("Egress"))
                .egress(List.of(NetworkPolicyV1SpecEgress.builder()
                    .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                        .ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder().cidr(ANY_ADDRESS).except(PRIVATE_RANGES).build())
                        .build()))
                    .ports(INTERNET_PORTS.stream().map(port -> egressPort(port, "TCP")).toList())
                    .build()))
                .build());
        }
    }

    private void policy(String id, String ns, String policyName, NetworkPolicyV1Spec spec) {
        NetworkPolicyV1.Builder.create(this, id)
            .metadata(NetworkPolicyV1Metadata.builder().name(policyName).namespace(ns).build())
            .spec(spec)
            .build();
    }

    private static List<NetworkPolicyV1SpecEgressTo> ranges(List<Cidr> ranges) {
        return ranges.stream().map(Cidr::toString).distinct().sorted()
            .map(cidr -> NetworkPolicyV1SpecEgressTo.builder().ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder().cidr(cidr).build()).build())
            .toList();
    }

    private static NetworkPolicyV1SpecIngressPorts ingressPort(int port) {
        return NetworkPolicyV1SpecIngressPorts.builder().port(Integer.toString(port)).protocol("TCP").build();
    }

    private static NetworkPolicyV1SpecEgressPorts egressPort(int port, String protocol) {
        return NetworkPolicyV1SpecEgressPorts.builder().port(Integer.toString(port)).protocol(protocol).build();
    }

    private void operatorAccess(String ns, String group) {
        var role = RoleV1.Builder.create(this, "OperatorRole")
            .metadata(RoleV1Metadata.builder().name("tenant-operator").namespace(ns).build())
            .rule(List.of(
                rule(List.of(""), List.of("pods", "pods/log", "services", "endpoints", "configmaps", "events", "persistentvolumeclaims"),
                    List.of("get", "list", "watch")),
                // Restarting a stuck pod.
                rule(List.of(""), List.of("pods"), List.of("delete")),
                // Rolling restarts and scaling.
                rule(List.of("apps"), List.of("deployments", "statefulsets", "replicasets"), List.of("get", "list", "watch", "patch")),
                rule(List.of("apps"), List.of("deployments/scale", "statefulsets/scale"), List.of("get", "patch")),
                // One-off jobs such as module upgrades.
                rule(List.of("batch"), List.of("jobs", "cronjobs"), List.of("get", "list", "watch", "create", "delete")),
                rule(List.of("networking.k8s.io"), List.of("ingresses", "networkpolicies"), List.of("get", "list", "watch"))))
            .build();
        RoleBindingV1.Builder.create(this, "OperatorBinding")
            .metadata(RoleBindingV1Metadata.builder().name("tenant-operators").namespace(ns).build())
            .roleRef(RoleBindingV1RoleRef.builder().apiGroup("rbac.authorization.k8s.io").kind("Role")
                .name(role.getMetadata().getName()).build())
            .subject(List.of(RoleBindingV1Subject.builder().kind("Group").apiGroup("rbac.authorization.k8s.io").name(group).build()))
            .build();
    }

    private static RoleV1Rule rule(List<String> apiGroups, List<String> resources, List<String> verbs) {
        return RoleV1Rule.builder().apiGroups(apiGroups).resources(resources).verbs(verbs).build();
    }

    private void ingresses(String ns, String hostname, TraefikIngress ingress) {
        String secret = "odoo-tls";
        Map<String, String> main = new TreeMap<>(routerAnnotations());
        main.put("traefik.ingress.kubernetes.io/router.middlewares", ingress.odooLimitsMiddleware());
        // Only the main ingress asks for the certificate; the realtime one serves the same secret.
        ingress.issuer().ifPresent(issuer -> main.put("cert-manager.io/cluster-issuer", issuer.name()));
        IngressV1.Builder.create(this, "Ingress")
            .metadata(IngressV1Metadata.builder().name("odoo").namespace(ns).annotations(main).build())
            .spec(IngressV1Spec.builder()
                .ingressClassName(ingress.ingressClass())
                .rule(List.of(IngressV1SpecRule.builder().host(hostname)
                    .http(IngressV1SpecRuleHttp.builder().path(List.of(path("/", HTTP_PORT))).build()).build()))
                .tls(List.of(IngressV1SpecTls.builder().hosts(List.of(hostname)).secretName(secret).build()))
                .build())
            .build();
        // Long-lived connections go to the gevent port without request buffering.
        IngressV1.Builder.create(this, "RealtimeIngress")
            .metadata(IngressV1Metadata.builder().name("odoo-realtime").namespace(ns).annotations(routerAnnotations()).build())
            .spec(IngressV1Spec.builder()
                .ingressClassName(ingress.ingressClass())
                .rule(List.of(IngressV1SpecRule.builder().host(hostname)
                    .http(IngressV1SpecRuleHttp.builder().path(List.of(path("/websocket", GEVENT_PORT), path("/longpolling", GEVENT_PORT))).build())
                    .build()))
                .tls(List.of(IngressV1SpecTls.builder().hosts(List.of(hostname)).secretName(secret).build()))
                .build())
            .build();
    }

    private static Map<String, String> routerAnnotations() {
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("traefik.ingress.kubernetes.io/router.entrypoints", "websecure");
        annotations.put("traefik.ingress.kubernetes.io/router.tls", "true");
        return annotations;
    }

    private static IngressV1SpecRuleHttpPath path(String prefix, int port) {
        return IngressV1SpecRuleHttpPath.builder()
            .path(prefix)
            .pathType("Prefix")
            .backend(IngressV1SpecRuleHttpPathBackend.builder()
                .service(IngressV1SpecRuleHttpPathBackendService.builder().name(ODOO_SERVICE)
                    .port(IngressV1SpecRuleHttpPathBackendServicePort.builder().number(port).build()).build())
                .build())
            .build();
    }

    /** The namespace's name. */
    public String name() {
        return name;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends TenantNamespaceProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** A builder for tenant namespace {@code id} in {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** The namespace. */
        public TenantNamespace build() {
            return new TenantNamespace(scope, id, toProps());
        }
    }
}
