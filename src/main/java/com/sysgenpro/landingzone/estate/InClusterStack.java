package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.TerraformStack;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.cluster.CertManager;
import com.sysgenpro.landingzone.cluster.CertificateIssuer;
import com.sysgenpro.landingzone.cluster.KubernetesAccess;
import com.sysgenpro.landingzone.cluster.TenantNamespace;
import com.sysgenpro.landingzone.cluster.TraefikIngress;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.Network;
import com.sysgenpro.landingzone.platform.SubnetRole;
import com.sysgenpro.landingzone.workload.ContainerRegistry;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * What runs inside one cluster, {@code <cluster stack>-incluster}: cert-manager, Traefik as the only ingress, and a
 * {@link TenantNamespace} per business-unit environment placed on the cluster, whose internet egress is the
 * environment's declared {@link Placement#egress()}. Its kubernetes and helm providers point
 * at the cluster through references to the stack that created it (outputs and remote state), never inside that
 * stack: the providers of a stack are configured before any of its resources exist.
 *
 * <p>Traefik's and cert-manager's images are pulled through the cluster's registry, whose artifact cache mirrors them
 * ({@link com.sysgenpro.landingzone.cluster.ChartCatalog#mirrors()}): clusters pull only from registries the estate owns.
 * Traefik follows the cluster's blueprint: replicas, disruption budget and zone spread, internal or public load
 * balancer, upload limit and timeouts. Construct ids are Terraform addresses: {@code tenant-<bu>-<environment>}.
 */
final class InClusterStack extends TerraformStack {

    static final String SUFFIX = "-incluster";
    /** The issuer created for clusters with public ingress when the estate gives an ACME contact. */
    static final String ACME_ISSUER = "letsencrypt";
    /** The issuer created for clusters reached only privately when the estate names none of its own. */
    static final String SELF_SIGNED_ISSUER = "selfsigned-internal";

    /**
     * An in-cluster stack.
     *
     * @param hostStack the name of the stack that created the cluster
     * @param cluster the cluster
     * @param network the cluster's network: behind a hub firewall, public ingress is published through it
     * @param registry the registry the cluster pulls from, whose artifact cache mirrors the charts' images
     * @param blueprint the cluster's environment class
     * @param tenants the business-unit environment stacks whose namespaces live on the cluster, in estate order
     */
    InClusterStack(Construct scope, Estate estate, String hostStack, KubernetesCluster cluster, Network network, ContainerRegistry registry,
                   Blueprint blueprint, List<BusinessUnitEnvironmentStack> tenants) {
        super(scope, hostStack + SUFFIX);
        StackDefaults.backend(this, hostStack + SUFFIX, blueprint.remoteState() ? estate.stateBackend() : null);
        KubernetesAccess.Builder.create(this, "cluster-access")
            .apiServerUrl(cluster.apiServerUrl())
            .clusterCaCertificate(cluster.clusterCaCertificate())
            .build();

        // A literal, not a reference to the cluster stack's registry: the release's values stay readable before apply.
        String imageRegistry = registry.declaredName() + ".azurecr.io";
        CertManager certManager = CertManager.Builder.create(this, "cert-manager").replicas(blueprint.ingressReplicas() > 1 ? 2 : 1)
            .imageRegistry(imageRegistry)
            .build();
        // Behind a hub firewall the address is fixed: the firewall publishes it (DNAT) and sites reach it (their rules).
        String ingressAddress = network.routesEgress() ? Connectivity.ingressAddress(network.subnetRange(SubnetRole.AKS_NODES)) : null;
        TraefikIngress ingress = TraefikIngress.Builder.create(this, "traefik")
            .replicas(blueprint.ingressReplicas())
            .zoneSpread(blueprint.zoneRedundant())
            // Published through the hub firewall (DNAT to a fixed address) where the node subnet routes to it: a public load
            // balancer's answers would take that route and be dropped by the firewall (asymmetric routing).
            .internalLoadBalancer(!blueprint.publicIngress() || ingressAddress != null)
            .loadBalancerIp(ingressAddress)
            .resources(blueprint.ingressResources())
            .maxUploadMb(blueprint.maxUploadMb())
            .requestTimeoutSeconds(blueprint.requestTimeoutSeconds())
            .issuer(issuer(estate.ingress(), blueprint))
            .certManager(certManager)
            .imageRegistry(imageRegistry)
            .build();

        for (BusinessUnitEnvironmentStack tenant : tenants) {
            Placement placement = tenant.placement();
            BusinessUnit unit = placement.unit();
            Network tenantNetwork = tenant.network();
            List<EgressRule> egress = placement.egress();
            var namespace = TenantNamespace.Builder.create(this, "tenant-" + placement.stackName())
                .name(placement.stackName())
                .labels(labels(placement))
                .quota(blueprint.tenantQuota().times(placement.environment().size().weightOrOne()))
                .containerDefaults(blueprint.containerDefaults())
                .ingress(ingress)
                .databaseRanges(List.of(tenantNetwork.subnetRange(SubnetRole.POSTGRES)))
                .privateEndpointRanges(List.of(tenantNetwork.subnetRange(SubnetRole.PRIVATE_ENDPOINTS)))
                .egress(egress)
                .openInternetEgress(openInternetEgress(estate, egress))
                .operatorsGroupObjectId(unit.operatorsGroup())
                .workloadIdentityClientId(tenant.identity().clientId())
                .hostname(hostname(estate.ingress(), placement));
            if (placement.tenancy() == TenancyModel.SEMI_DEDICATED) {
                namespace.dedicatedPool(Naming.poolTenant(unit.name(), placement.environment().name(), placement.blueprint().name()));
            }
            namespace.build();
        }
    }

    /**
     * Whether a tenant keeps HTTPS and mail to every public address: only in an estate without hubs (so without an
     * egress firewall) and for an environment that declares no egress, as every tenant had before egress was
     * declared, so that such estates keep working unchanged. Declaring one entry, or adding hubs, gives exactly the
     * declared entries.
     */
    static boolean openInternetEgress(Estate estate, List<EgressRule> egress) {
        return estate.hubNetworks().isEmpty() && egress.isEmpty();
    }

    /** The issuer of a cluster's certificates, by whether its ingress is public; null for none. */
    static CertificateIssuer issuer(IngressSettings settings, Blueprint blueprint) {
        if (blueprint.publicIngress()) {
            return settings.acmeEmail() == null ? null : CertificateIssuer.acme(ACME_ISSUER, settings.acmeEmail(), settings.acmeServer());
        }
        return settings.privateIssuer() != null ? CertificateIssuer.existing(settings.privateIssuer())
            : CertificateIssuer.selfSigned(SELF_SIGNED_ISSUER);
    }

    /**
     * A tenant's host name: {@code <unit>.<domain>} for the production environment named after its blueprint,
     * {@code <unit>-<environment>.<domain>} for every other, so that two environments of one blueprint never share one.
     */
    static String hostname(IngressSettings settings, Placement placement) {
        return settings.domain() == null ? null : hostLabel(placement) + "." + settings.domain();
    }

    /** The first label of a tenant's host name. */
    static String hostLabel(Placement placement) {
        String unit = placement.unit().name();
        String environment = placement.environment().name();
        return placement.blueprint().isProduction() && environment.equals(placement.blueprint().name()) ? unit : unit + "-" + environment;
    }

    /** The namespace's labels: the estate's tags that are valid label values (the owner's mailbox is not). */
    private static Map<String, String> labels(Placement placement) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Tags.BUSINESS_UNIT, placement.unit().name());
        labels.put(Tags.ENVIRONMENT, placement.environment().name());
        labels.put(Tags.RECOVERY_TIER, placement.recoveryTierTag());
        labels.put(Tags.COST_CENTER, placement.unit().costCenter());
        labels.put(Tags.DATA_CLASSIFICATION, placement.unit().dataClassification().id());
        labels.put("tenancy", placement.tenancy().id());
        labels.put(Tags.MANAGED_BY, BusinessUnitEnvironmentStack.MANAGED_BY);
        return labels;
    }
}
