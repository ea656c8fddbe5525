package com.sysgenpro.landingzone.cluster;

import java.util.List;
import java.util.Objects;

/**
 * One container as Kubernetes admission sees it, read from synthesized output (a manifest, a {@code kubernetes_*}
 * workload, or what a pinned chart renders from its values): what the admission controls judge.
 *
 * @param name the container's name, e.g. {@code traefik}
 * @param image the image reference as the pod spec writes it, e.g. {@code docker.io/traefik:v3.6.2}; {@code null} when
 *     it is known only at apply time
 * @param privileged whether its security context sets {@code privileged: true}
 * @param cpuLimit its CPU limit as a Kubernetes quantity (e.g. {@code 500m}), or {@code null} when it sets none
 * @param memoryLimit its memory limit as a Kubernetes quantity (e.g. {@code 256Mi}), or {@code null} when it sets none
 * @param hostPorts the host ports it binds, empty for none
 */
public record ContainerTemplate(String name, String image, boolean privileged, String cpuLimit, String memoryLimit,
                                List<Integer> hostPorts) {

    /** Copies the ports. */
    public ContainerTemplate {
        Objects.requireNonNull(name, "name");
        hostPorts = List.copyOf(hostPorts);
    }
}
