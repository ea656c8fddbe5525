package com.sysgenpro.landingzone.governance.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.cluster.ChartCatalog;
import com.sysgenpro.landingzone.cluster.ContainerTemplate;
import com.sysgenpro.landingzone.cluster.Manifests;
import com.sysgenpro.landingzone.cluster.PodTemplate;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The pods a synthesized in-cluster resource creates, for the admission controls' offline twins: Helm releases of
 * charts in the {@link ChartCatalog}, {@code kubernetes_manifest} objects, and the {@code kubernetes_*} workload
 * resources (Terraform's snake_case form of a pod spec). Namespaces given as references to a
 * {@code kubernetes_namespace} of the same stack are resolved to its name.
 */
final class PodTemplates {

    static final String HELM_RELEASE = "helm_release";
    static final String MANIFEST = "kubernetes_manifest";
    /** The Terraform workload types and where each keeps its pod spec. */
    private static final Map<String, List<String>> WORKLOADS = Map.ofEntries(
        Map.entry("kubernetes_pod_v1", List.of("spec")),
        Map.entry("kubernetes_pod", List.of("spec")),
        Map.entry("kubernetes_deployment_v1", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_deployment", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_stateful_set_v1", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_stateful_set", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_daemon_set_v1", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_daemonset", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_replication_controller_v1", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_replication_controller", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_job_v1", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_job", List.of("spec", "template", "spec")),
        Map.entry("kubernetes_cron_job_v1", List.of("spec", "job_template", "spec", "template", "spec")),
        Map.entry("kubernetes_cron_job", List.of("spec", "job_template", "spec", "template", "spec")));
    private static final List<String> LIMIT_RANGES = List.of("kubernetes_limit_range_v1", "kubernetes_limit_range");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every type that creates pods. */
    static final Set<String> TYPES;

    static {
        List<String> types = new ArrayList<>(WORKLOADS.keySet());
        types.add(HELM_RELEASE);
        types.add(MANIFEST);
        TYPES = Set.copyOf(types);
    }

    private PodTemplates() {
    }

    /** What {@link #of} found: the pods, or why they cannot be known before deploy. */
    record Reading(List<PodTemplate> pods, String unknownBecause) {
    }

    /** The pods {@code resource} creates. */
    static Reading of(TerraformResource resource) {
        if (resource.type().equals(HELM_RELEASE)) {
            return release(resource);
        }
        if (resource.type().equals(MANIFEST)) {
            JsonNode manifest = resource.body().path("manifest");
            if (manifest.isTextual()) {
                return new Reading(List.of(), "its manifest is known only at apply time");
            }
            String namespace = namespace(resource, manifest.path("metadata").path("namespace").asText(null));
            return new Reading(Manifests.pods(manifest, namespace), null);
        }
        List<String> path = WORKLOADS.get(resource.type());
        if (path == null) {
            return new Reading(List.of(), resource.type() + " creates no pods");
        }
        JsonNode spec = resource.body();
        for (String step : path) {
            spec = first(spec.path(step));
        }
        String namespace = namespace(resource, text(first(resource.body().path("metadata")).path("namespace")));
        String origin = resource.type() + " " + resource.name();
        List<ContainerTemplate> containers = new ArrayList<>();
        for (String list : List.of("init_container", "container")) {
            JsonNode node = spec.path(list);
            (node.isArray() ? node : JSON.createArrayNode().add(node)).forEach(container -> {
                if (container.isObject()) {
                    containers.add(container(container));
                }
            });
        }
        return new Reading(List.of(new PodTemplate(origin, namespace, spec.path("host_network").asBoolean(false),
            spec.path("host_pid").asBoolean(false), spec.path("host_ipc").asBoolean(false), containers)), null);
    }

    private static Reading release(TerraformResource resource) {
        String repository = resource.text("repository");
        String chart = resource.text("chart");
        String version = resource.text("version");
        if (!ChartCatalog.knows(repository, chart, version)) {
            return new Reading(List.of(), "chart " + chart + " " + version + " from " + repository
                + " is not in the chart catalog, so what it runs is not known before deploy");
        }
        if (resource.body().has("set_sensitive") || resource.body().has("set_list")) {
            return new Reading(List.of(), "set_sensitive and set_list values are not modelled, so what the release runs is not"
                + " known before deploy");
        }
        ObjectNode values = JSON.createObjectNode();
        for (JsonNode document : resource.body().path("values")) {
            if (!document.isTextual() || Checks.isReference(document.asText())) {
                return new Reading(List.of(), "its values are known only at apply time");
            }
            Object parsed;
            try {
                parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(document.asText());
            } catch (YAMLException e) {
                return new Reading(List.of(), "a values document is not one YAML document, so what the release runs is not known"
                    + " before deploy");
            }
            if (parsed instanceof Map<?, ?>) {
                merge(values, JSON.valueToTree(parsed));
            }
        }
        for (JsonNode set : resource.body().path("set")) {
            setPath(values, set.path("name").asText(), typed(set));
        }
        // The helm provider installs into "default" when the release names no namespace.
        String written = resource.text("namespace");
        String namespace = written == null ? "default" : namespace(resource, written);
        return ChartCatalog.pods(repository, chart, version, values, namespace)
            .map(pods -> new Reading(pods, null))
            .orElseGet(() -> new Reading(List.of(), "its values select what the chart catalog does not model (such as a"
                + " marketplace image or a templated extra object), so what it runs is not known before deploy"));
    }

    /**
     * A {@code set} block's value as Helm types it ({@code type = "auto"}, the default, as {@code --set} does): booleans,
     * integers and null from their spelling, text otherwise; {@code type = "string"} keeps the text.
     */
    private static JsonNode typed(JsonNode set) {
        JsonNode value = set.path("value");
        if (!value.isTextual() || "string".equals(set.path("type").asText("auto"))) {
            return value;
        }
        String text = value.asText();
        if (text.equals("true") || text.equals("false")) {
            return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
        }
        if (text.equals("null")) {
            return JSON.getNodeFactory().nullNode();
        }
        if (text.matches("-?[0-9]{1,18}")) {
            return JSON.getNodeFactory().numberNode(Long.parseLong(text));
        }
        return value;
    }

    /** Helm's merge of a later values document over an earlier one: maps merge, everything else replaces. */
    private static void merge(ObjectNode into, JsonNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = from.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    /** A {@code set} block's dotted name ({@code image.registry}); escaped dots and list indexes are not modelled. */
    private static void setPath(ObjectNode values, String name, JsonNode value) {
        String[] parts = name.split("\\.");
        ObjectNode node = values;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            node = next instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** A namespace as written, resolved when it refers to a namespace of the same stack; {@code null} when unknown. */
    static String namespace(TerraformResource resource, String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        if (!Checks.isReference(written)) {
            return written;
        }
        String[] parts = written.substring(2, written.length() - 1).split("\\.");
        if (parts.length < 3 || !parts[0].startsWith("kubernetes_namespace")) {
            return null;
        }
        JsonNode namespace = resource.stackConfig().path("resource").path(parts[0]).path(parts[1]);
        return text(first(namespace.path("metadata")).path("name"));
    }

    /**
     * The CPU and memory limits a {@code LimitRange} of the same stack gives containers in {@code namespace} that set
     * none ({@code [cpu, memory]}, either {@code null}): the LimitRanger admission plugin applies them before the
     * validating admission controls see the pod.
     */
    static String[] defaultLimits(TerraformResource resource, String namespace) {
        String[] limits = new String[2];
        if (namespace == null) {
            return limits;
        }
        for (String type : LIMIT_RANGES) {
            for (JsonNode range : resource.stackConfig().path("resource").path(type)) {
                TerraformResource candidate = new TerraformResource(resource.stack(), type, "", range, resource.stackConfig());
                if (!namespace.equals(namespace(candidate, text(first(range.path("metadata")).path("namespace"))))) {
                    continue;
                }
                JsonNode entries = first(range.path("spec")).path("limit");
                (entries.isArray() ? entries : JSON.createArrayNode().add(entries)).forEach(entry -> {
                    if ("Container".equals(entry.path("type").asText())) {
                        JsonNode defaults = entry.path("default");
                        limits[0] = limits[0] != null ? limits[0] : text(defaults.path("cpu"));
                        limits[1] = limits[1] != null ? limits[1] : text(defaults.path("memory"));
                    }
                });
            }
        }
        return limits;
    }

    private static ContainerTemplate container(JsonNode container) {
        JsonNode limits = first(container.path("resources")).path("limits");
        List<Integer> hostPorts = new ArrayList<>();
        JsonNode ports = container.path("port");
        (ports.isArray() ? ports : JSON.createArrayNode().add(ports)).forEach(port -> {
            if (port.path("host_port").canConvertToInt() && port.path("host_port").asInt() > 0) {
                hostPorts.add(port.path("host_port").asInt());
            }
        });
        String image = text(container.path("image"));
        return new ContainerTemplate(container.path("name").asText("?"), Checks.isReference(image) ? null : image,
            first(container.path("security_context")).path("privileged").asBoolean(false), text(limits.path("cpu")),
            text(limits.path("memory")), hostPorts);
    }

    private static JsonNode first(JsonNode node) {
        return TerraformJson.block(node);
    }

    private static String text(JsonNode node) {
        return TerraformJson.nonEmptyText(node);
    }
}
