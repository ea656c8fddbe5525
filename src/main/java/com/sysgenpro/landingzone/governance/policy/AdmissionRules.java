package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.cluster.ContainerTemplate;
import com.sysgenpro.landingzone.cluster.PodTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The offline twins of the Kubernetes admission controls: each judges every container of every pod a synthesized
 * resource creates ({@link PodTemplates}), skipping the namespaces the control excludes, as the Azure Policy add-on's
 * Gatekeeper constraints would at admission.
 */
final class AdmissionRules {

    /** Kubernetes' quantity grammar: a signed decimal, an optional decimal exponent, a binary or decimal suffix. */
    private static final Pattern QUANTITY = Pattern.compile("^([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|)$");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
        Map.entry("", BigDecimal.ONE), Map.entry("m", new BigDecimal("0.001")),
        Map.entry("k", BigDecimal.valueOf(1_000L)), Map.entry("M", BigDecimal.valueOf(1_000_000L)),
        Map.entry("G", BigDecimal.valueOf(1_000_000_000L)), Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
        Map.entry("P", BigDecimal.TEN.pow(15)), Map.entry("E", BigDecimal.TEN.pow(18)),
        Map.entry("Pi", BigDecimal.valueOf(1L << 50)), Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
        Map.entry("Ki", BigDecimal.valueOf(1L << 10)), Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
        Map.entry("Gi", BigDecimal.valueOf(1L << 30)), Map.entry("Ti", BigDecimal.valueOf(1L << 40)));

    private AdmissionRules() {
    }

    /** LZ-K8S-001: no container sets {@code privileged: true}. */
    static OfflineRule noPrivileged(Collection<?> excludedNamespaces) {
        return containers(excludedNamespaces, (pod, container) -> container.privileged()
            ? "is privileged; drop privileged: true from its security context" : null);
    }

    /** LZ-K8S-002: every image matches the assigned {@code allowedContainerImagesRegex}, as Gatekeeper's {@code re_match}. */
    static OfflineRule allowedImages(Collection<?> excludedNamespaces) {
        return (resource, parameters) -> {
            Object regex = parameters.get("allowedContainerImagesRegex");
            if (!(regex instanceof String text)) {
                return Evaluation.notApplicable("parameter allowedContainerImagesRegex is not assigned");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                return Evaluation.nonCompliant("allowedContainerImagesRegex '" + text + "' is not a valid regular expression: "
                    + e.getDescription() + "; correct governance.allowedContainerImages");
            }
            return containers(excludedNamespaces, (pod, container) -> {
                if (container.image() == null) {
                    return null;
                }
                return pattern.matcher(container.image()).find() ? null : "runs " + container.image()
                    + ", which allowedContainerImagesRegex does not admit; pull it from the estate's registry or admit its registry"
                    + " in governance.allowedContainerImages";
            }).evaluate(resource, parameters);
        };
    }

    /**
     * LZ-K8S-003: every container has CPU and memory limits (its own, or its namespace's {@code LimitRange} default) no
     * higher than the assigned {@code cpuLimit} and {@code memoryLimit}.
     */
    static OfflineRule limits(Collection<?> excludedNamespaces) {
        return (resource, parameters) -> containers(excludedNamespaces, (pod, container) -> {
            String[] defaults = PodTemplates.defaultLimits(resource, pod.namespace());
            String cpu = container.cpuLimit() != null ? container.cpuLimit() : defaults[0];
            String memory = container.memoryLimit() != null ? container.memoryLimit() : defaults[1];
            if (cpu == null || memory == null) {
                return "sets no " + (cpu == null && memory == null ? "CPU or memory" : cpu == null ? "CPU" : "memory")
                    + " limit and its namespace has no LimitRange default; set resources.limits";
            }
            List<String> over = new ArrayList<>();
            over(over, "CPU", cpu, parameters.get("cpuLimit"));
            over(over, "memory", memory, parameters.get("memoryLimit"));
            return over.isEmpty() ? null : String.join(" and ", over) + "; lower it or raise the initiative's bound";
        }).evaluate(resource, parameters);
    }

    /** LZ-K8S-006: no pod shares the node's process ID or IPC namespace. */
    static OfflineRule noHostNamespaces(Collection<?> excludedNamespaces) {
        return pods(excludedNamespaces, pod -> pod.hostPid() || pod.hostIpc()
            ? "shares the node's " + (pod.hostPid() && pod.hostIpc() ? "process ID and IPC namespaces" : pod.hostPid() ? "process ID namespace"
                : "IPC namespace") + "; remove hostPID/hostIPC" : null);
    }

    /** LZ-K8S-007: no pod uses the node's network, and no container binds a host port. */
    static OfflineRule noHostNetwork(Collection<?> excludedNamespaces) {
        return pods(excludedNamespaces, pod -> {
            if (pod.hostNetwork()) {
                return "uses the node's network (hostNetwork); remove it and expose the pod through a Service";
            }
            List<String> ports = pod.containers().stream().filter(container -> !container.hostPorts().isEmpty())
                .map(container -> container.name() + " binds host port " + container.hostPorts()).toList();
            return ports.isEmpty() ? null : String.join(", ", ports) + "; remove hostPort and use a Service";
        });
    }

    private static void over(List<String> over, String what, String quantity, Object bound) {
        if (!(bound instanceof String maximum)) {
            return;
        }
        BigDecimal actual = quantity(quantity);
        BigDecimal allowed = quantity(maximum);
        if (actual == null) {
            over.add(what + " limit '" + quantity + "' is not a Kubernetes quantity");
        } else if (allowed != null && actual.compareTo(allowed) > 0) {
            over.add(what + " limit " + quantity + " is above " + maximum);
        }
    }

    /** A Kubernetes quantity in base units (cores, bytes), or {@code null} when it is not one. */
    static BigDecimal quantity(String text) {
        Matcher matcher = QUANTITY.matcher(text.strip());
        if (!matcher.matches() || !SUFFIXES.containsKey(matcher.group(2))) {
            return null;
        }
        return new BigDecimal(matcher.group(1)).multiply(SUFFIXES.get(matcher.group(2)));
    }

    /** Judges each container of each pod in a namespace the control does not exclude; a message means non-compliant. */
    private static OfflineRule containers(Collection<?> excludedNamespaces, BiFunction<PodTemplate, ContainerTemplate, String> judge) {
        return pods(excludedNamespaces, pod -> {
            List<String> problems = new ArrayList<>();
            for (ContainerTemplate container : pod.containers()) {
                String problem = judge.apply(pod, container);
                if (problem != null) {
                    problems.add("container " + container.name() + " " + problem);
                }
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        });
    }

    private static OfflineRule pods(Collection<?> excludedNamespaces, java.util.function.Function<PodTemplate, String> judge) {
        return (resource, parameters) -> {
            PodTemplates.Reading reading = PodTemplates.of(resource);
            if (reading.unknownBecause() != null) {
                return Evaluation.notApplicable(reading.unknownBecause());
            }
            List<String> problems = new ArrayList<>();
            int judged = 0;
            for (PodTemplate pod : reading.pods()) {
                if (pod.namespace() != null && excludedNamespaces.contains(pod.namespace())) {
                    continue;
                }
                judged++;
                String problem = judge.apply(pod);
                if (problem != null) {
                    problems.add(pod.origin() + (pod.namespace() != null ? " (namespace " + pod.namespace() + ")" : "") + ": " + problem);
                }
            }
            if (judged == 0) {
                return Evaluation.notApplicable("it creates no pods outside the excluded namespaces");
            }
            return problems.isEmpty() ? Evaluation.compliant() : Evaluation.nonCompliant(String.join("; ", problems));
        };
    }
}
