package com.sysgenpro.landingzone.governance;

import java.util.Collection;
import java.util.List;

/**
 * An Azure resource provider a landing-zone subscription registers before its stacks use it. Azure registers its own
 * core namespaces in every subscription (Microsoft.Resources, Microsoft.Authorization, Microsoft.Consumption,
 * Microsoft.CostManagement, Microsoft.Features and a few others, "registered by default" in Azure's list of resource
 * providers), so budgets, role assignments, locks and template deployments need none of these.
 */
public enum ResourceProvider {
    /** Node pools' scale sets and disks, disk encryption sets; the home of the {@code EncryptionAtHost} feature. */
    COMPUTE("Microsoft.Compute"),
    /** AKS clusters and node pools. */
    CONTAINER_SERVICE("Microsoft.ContainerService"),
    /** The Flux GitOps extension and configurations on AKS (Microsoft.Kubernetes with them, as Azure's GitOps docs ask). */
    KUBERNETES_CONFIGURATION("Microsoft.KubernetesConfiguration"),
    /** Listed with {@link #KUBERNETES_CONFIGURATION} among the providers of GitOps with Flux v2. */
    KUBERNETES("Microsoft.Kubernetes"),
    /** Container registries and their cache rules. */
    CONTAINER_REGISTRY("Microsoft.ContainerRegistry"),
    /** The AKS monitoring add-on's Container insights. */
    OPERATIONS_MANAGEMENT("Microsoft.OperationsManagement"),
    /** The AKS Azure Policy add-on, and policy remediations. */
    POLICY_INSIGHTS("Microsoft.PolicyInsights"),
    /** PostgreSQL flexible servers and their replicas. */
    POSTGRESQL("Microsoft.DBforPostgreSQL"),
    /** Azure Managed Redis. */
    CACHE("Microsoft.Cache"),
    /** Backup vaults holding PostgreSQL's long-term backups. */
    DATA_PROTECTION("Microsoft.DataProtection"),
    /** Virtual networks, subnets, security groups, private endpoints and DNS zones. */
    NETWORK("Microsoft.Network"),
    /** Key Vaults. */
    KEY_VAULT("Microsoft.KeyVault"),
    /** Storage accounts (filestores). */
    STORAGE("Microsoft.Storage"),
    /** User-assigned identities and their federated credentials. */
    MANAGED_IDENTITY("Microsoft.ManagedIdentity"),
    /** Log Analytics workspaces. */
    OPERATIONAL_INSIGHTS("Microsoft.OperationalInsights"),
    /** Diagnostic settings (the activity log's among them), alerts, action groups, data collection rules. */
    INSIGHTS("microsoft.insights"),
    /** Defender for Cloud plans and the security contact. */
    SECURITY("Microsoft.Security"),
    /** Management groups and the placement of subscriptions in them. */
    MANAGEMENT("Microsoft.Management");

    private final String namespace;

    ResourceProvider(String namespace) {
        this.namespace = namespace;
    }

    /** The namespace as Azure spells it (the azurerm provider matches registrations case-sensitively). */
    public String namespace() {
        return namespace;
    }

    /** The namespaces of {@code providers}, sorted, each once. */
    public static List<String> namespaces(Collection<ResourceProvider> providers) {
        return providers.stream().map(ResourceProvider::namespace).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
