package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AKS;
import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.AUDIT_DENY_DISABLED;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.bool;

import java.util.List;
import java.util.Set;

/**
 * Kubernetes: admission controls enforced by the Azure Policy add-on (no privileged containers, allowed
 * registries, resource limits, no host namespaces, host network or host ports) and the AKS baseline that makes them
 * possible. The admission controls exclude the namespaces AKS, the add-on, Azure Arc and Flux manage; their offline
 * twins judge every pod the in-cluster stacks create elsewhere ({@link PodTemplates}).
 */
final class KubernetesInitiative {

    /** The initiative's key: it is assigned as {@code lz-kubernetes}. */
    static final String KEY = "kubernetes";

    private KubernetesInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        String admission = "admissionEffect";
        List<Object> excludedNamespaces = List.of("kube-system", "gatekeeper-system", "azure-arc", "azure-extensions-usage-system", "flux-system");
        return new Initiative(KEY, "Landing zone: Kubernetes admission",
            "No privileged containers, images only from allowed registries, resource limits, no host namespaces, network or ports;"
                + " local accounts off, policy add-on on.",
            ControlCategory.KUBERNETES,
            List.of(
                InitiativeParameter.optional(admission, "String", "Effect of the admission controls", "Deny", AUDIT_DENY_DISABLED),
                InitiativeParameter.required("allowedContainerImagesRegex", "String", "Images allowed, e.g. ^myacr\\.azurecr\\.io/.+$"),
                InitiativeParameter.optional("cpuLimit", "String", "Highest CPU limit a container may set", "4", List.of()),
                InitiativeParameter.optional("memoryLimit", "String", "Highest memory limit a container may set", "8Gi", List.of())),
            List.of(
                Control.builder("LZ-K8S-001", "No privileged containers")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_NO_PRIVILEGED, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noPrivileged(excludedNamespaces))
                    .nonComplianceMessage("Privileged containers are refused; drop privileged: true from the pod spec.")
                    .build(),
                Control.builder("LZ-K8S-002", "Containers use images from allowed registries")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_ALLOWED_IMAGES, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("allowedContainerImagesRegex", "[parameters('allowedContainerImagesRegex')]")
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.allowedImages(excludedNamespaces))
                    .nonComplianceMessage("Pull images from the estate's container registry.")
                    .build(),
                Control.builder("LZ-K8S-003", "Containers set CPU and memory limits within bounds")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_RESOURCE_LIMITS, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("cpuLimit", "[parameters('cpuLimit')]")
                    .parameter("memoryLimit", "[parameters('memoryLimit')]")
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.limits(excludedNamespaces))
                    .nonComplianceMessage("Set CPU and memory limits on every container, within the tier's bounds.")
                    .build(),
                Control.builder("LZ-K8S-004", "AKS clusters have local accounts disabled")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.AKS_NO_LOCAL_ACCOUNTS, PolicyEffect.DENY)
                    .offline(Set.of(AKS), bool("local_account_disabled", true, false, "set it to true; sign in with Entra ID"))
                    .nonComplianceMessage("Disable local accounts on the cluster; use Entra ID with Azure RBAC.")
                    .build(),
                Control.builder("LZ-K8S-005", "AKS clusters run the Azure Policy add-on")
                    .category(ControlCategory.KUBERNETES)
                    .severity(Severity.WARNING)
                    .definition(BuiltInPolicies.AKS_POLICY_ADDON, PolicyEffect.AUDIT)
                    .offline(Set.of(AKS), bool("azure_policy_enabled", true, false, "set it to true; without it no admission control applies"))
                    .nonComplianceMessage("Enable the Azure Policy add-on; the admission controls depend on it.")
                    .build(),
                Control.builder("LZ-K8S-006", "Pods do not share the node's process ID or IPC namespace")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_NO_HOST_NAMESPACES, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noHostNamespaces(excludedNamespaces))
                    .nonComplianceMessage("Pods may not share the node's process ID or IPC namespace; remove hostPID and hostIPC.")
                    .build(),
                Control.builder("LZ-K8S-007", "Pods use neither the node's network nor host ports")
                    .category(ControlCategory.KUBERNETES)
                    .definition(BuiltInPolicies.K8S_HOST_NETWORK_PORTS, PolicyEffect.DENY)
                    .effectFromParameter(admission)
                    .parameter("allowHostNetwork", false)
                    .parameter("allowedHostPorts", List.of())
                    .parameter("excludedNamespaces", excludedNamespaces)
                    .offline(PodTemplates.TYPES, AdmissionRules.noHostNetwork(excludedNamespaces))
                    .nonComplianceMessage("Pods may not use the node's network or bind host ports; expose them through a Service.")
                    .build()));
    }
}
