package com.sysgenpro.landingzone.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pods a Kubernetes object in API form creates ({@code kubernetes_manifest}'s {@code manifest}, a chart's
 * {@code extraObjects}, a raw container list in chart values): Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet,
 * Job, CronJob and ReplicationController. Other kinds create none.
 */
public final class Manifests {

    /** Where each workload kind keeps its pod spec. */
    private static final Map<String, List<String>> POD_SPEC_PATHS = Map.of(
        "Pod", List.of("spec"),
        "Deployment", List.of("spec", "template", "spec"),
        "ReplicaSet", List.of("spec", "template", "spec"),
        "StatefulSet", List.of("spec", "template", "spec"),
        "DaemonSet", List.of("spec", "template", "spec"),
        "Job", List.of("spec", "template", "spec"),
        "ReplicationController", List.of("spec", "template", "spec"),
        "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));

    private Manifests() {
    }

    /**
     * The pod {@code object} creates, if it is a workload.
     *
     * @param namespace the namespace to assume when the object names none (a release's), or {@code null}
     */
    public static List<PodTemplate> pods(JsonNode object, String namespace) {
        List<String> path = POD_SPEC_PATHS.get(object.path("kind").asText(""));
        if (path == null) {
            return List.of();
        }
        JsonNode spec = object;
        for (String step : path) {
            spec = spec.path(step);
        }
        String own = text(object.path("metadata").path("namespace"));
        String origin = object.path("kind").asText() + " " + object.path("metadata").path("name").asText("?");
        return List.of(pod(origin, own != null ? own : namespace, spec));
    }

    /** The pod of a pod spec in API form. */
    static PodTemplate pod(String origin, String namespace, JsonNode spec) {
        List<ContainerTemplate> containers = new ArrayList<>();
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            spec.path(list).forEach(container -> containers.add(container(container)));
        }
        return new PodTemplate(origin, namespace, spec.path("hostNetwork").asBoolean(false), spec.path("hostPID").asBoolean(false),
            spec.path("hostIPC").asBoolean(false), containers);
    }

    /** A container in API form. */
    static ContainerTemplate container(JsonNode container) {
        JsonNode limits = container.path("resources").path("limits");
        List<Integer> hostPorts = new ArrayList<>();
        container.path("ports").forEach(port -> {
            if (port.path("hostPort").canConvertToInt() && port.path("hostPort").asInt() > 0) {
                hostPorts.add(port.path("hostPort").asInt());
            }
        });
        String image = text(container.path("image"));
        return new ContainerTemplate(container.path("name").asText("?"), image == null || Checks.isReference(image) ? null : image,
            container.path("securityContext").path("privileged").asBoolean(false), text(limits.path("cpu")), text(limits.path("memory")),
            hostPorts);
    }

    static String text(JsonNode node) {
        return TerraformJson.nonEmptyText(node);
    }
}
