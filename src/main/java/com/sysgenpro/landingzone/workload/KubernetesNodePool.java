package com.sysgenpro.landingzone.workload;

import io.cdktn.providers.azurerm.kubernetes_cluster_node_pool.KubernetesClusterNodePool;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * A user node pool of a {@link KubernetesCluster} ({@code azurerm_kubernetes_cluster_node_pool}): where Odoo and the
 * other application workloads run, autoscaled between explicit bounds across availability zones.
 *
 * <p>A pool is shared by default; {@link KubernetesNodePoolProps.Setters#dedicatedTo(String)} reserves it for one
 * tenant (business unit) with a label to select and a taint to tolerate. Its nodes encrypt at host by default, and a
 * change to the size, zones, disk or host encryption rotates it through a temporary pool
 * ({@link #temporaryNameForRotation(String)}), which azurerm 4.x needs for such changes.
 */
public final class KubernetesNodePool extends Construct {

    /** The node label that names the tenant a dedicated pool belongs to. */
    public static final String TENANT_LABEL = "odoo.sysgenpro.com/tenant";
    /** The taint key that keeps other tenants' pods off a dedicated pool. */
    public static final String TENANT_TAINT = "tenant";
    /** Appended to the first 9 characters of a pool's name to name its temporary pool. */
    static final String ROTATION_SUFFIX = "tmp";

    private final KubernetesClusterNodePool resource;
    private final String name;

    /** Creates the pool; prefer {@link Builder#create(Construct, String)}. */
    public KubernetesNodePool(Construct scope, String id, KubernetesNodePoolProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.KUBERNETES_NODE_POOL);
        KubernetesCluster cluster = Checks.required(path, "cluster", props.cluster());
        String subnetId = (props.vnetSubnet() != null ? props.vnetSubnet() : cluster.nodeSubnet()).id();
        String temporaryName = temporaryNameForRotation(name);
        cluster.claimPoolNames(path, "name", name, temporaryName);
        String vmSize = NodePools.vmSize(path, "vmSize", props.vmSize());
        NodePools.autoscale(path, "minCount", "maxCount", props.minCount(), props.maxCount(), 0);
        Integer maxPods = NodePools.maxPods(path, "maxPods", props.maxPods());
        List<String> zones = NodePools.zones(path, "zones", props.zones(), cluster.production());
        boolean ephemeral = NodePools.ephemeral(path, vmSize, props.ephemeralOsDisk(), props.osDiskSizeGb());
        Tags tags = props.tags() != null ? props.tags() : cluster.tags();

        Map<String, String> labels = new TreeMap<>();
        Map<String, String> declaredLabels = Checks.required(path, "nodeLabels", props.nodeLabels());
        NodePools.labels(path, declaredLabels);
        labels.putAll(declaredLabels);
        List<String> taints = new ArrayList<>(Checks.required(path, "nodeTaints", props.nodeTaints()));
        NodePools.taints(path, taints);
        String tenant = props.dedicatedTenant();
        if (tenant != null) {
            if (!Checks.isDnsLabel(tenant)) {
                throw Checks.invalid(path, "dedicatedTo", tenant, "a tenant key of 1 to 63 lowercase letters, digits and hyphens,"
                    + " starting and ending alphanumeric, e.g. wholesale");
            }
            String declared = labels.get(TENANT_LABEL);
            if (declared != null && !declared.equals(tenant)) {
                throw Checks.invalid(path, "nodeLabels", TENANT_LABEL + "=" + declared, "no other tenant than dedicatedTo('" + tenant + "')");
            }
            labels.put(TENANT_LABEL, tenant);
            String taint = TENANT_TAINT + "=" + tenant + ":NoSchedule";
            if (taints.stream().anyMatch(existing -> existing.startsWith(TENANT_TAINT + "=") && !existing.equals(taint))) {
                throw Checks.invalid(path, "nodeTaints", taints.toString(), "no other tenant taint than " + taint);
            }
            if (!taints.contains(taint)) {
                taints.add(taint);
            }
        }

        var builder = KubernetesClusterNodePool.Builder.create(this, "Resource")
            .name(name)
            .kubernetesClusterId(cluster.id())
            .mode("User")
            // Changes AKS makes only on new nodes (size, zones, disks, max pods, subnet, host encryption) cycle the pool
            // through a temporary pool of this name; without one azurerm 4.x refuses to update them.
            .temporaryNameForRotation(temporaryName)
            .hostEncryptionEnabled(props.hostEncryptionEnabled())
            .vmSize(vmSize)
            .vnetSubnetId(subnetId)
            .autoScalingEnabled(true)
            .minCount(props.minCount())
            .maxCount(props.maxCount())
            .osDiskType(ephemeral ? "Ephemeral" : "Managed")
            .osDiskSizeGb(props.osDiskSizeGb())
            .tags(tags.asMap());
        if (!zones.isEmpty()) {
            builder.zones(zones);
        }
        if (maxPods != null) {
            builder.maxPods(maxPods);
        }
        if (!labels.isEmpty()) {
            builder.nodeLabels(labels);
        }
        if (!taints.isEmpty()) {
            builder.nodeTaints(taints);
        }
        this.resource = builder.build();
    }

    /**
     * The name of the temporary pool that a pool named {@code poolName} is rotated through: its first 9 characters and
     * {@code tmp}, e.g. {@code odootmp}, {@code systemtmp}; so a valid pool name gives a valid one (12
     * characters at most, lowercase letters and digits, starting with a letter). Deterministic, so that plans stay
     * empty; the cluster refuses a pool whose name or temporary name another of its pools already has.
     */
    public static String temporaryNameForRotation(String poolName) {
        return poolName.substring(0, Math.min(poolName.length(), 12 - ROTATION_SUFFIX.length())) + ROTATION_SUFFIX;
    }

    /** The pool name as declared. */
    public String declaredName() {
        return name;
    }

    /** The pool's Azure resource id (a Terraform reference). */
    public String id() {
        return resource.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends KubernetesNodePoolProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a node pool with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public KubernetesNodePool build() {
            return new KubernetesNodePool(scope, id, toProps());
        }
    }
}
