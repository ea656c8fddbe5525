package com.sysgenpro.landingzone.cluster;

import java.util.Map;
import java.util.TreeMap;

/**
 * CPU and memory one container requests and is limited to: a tenant namespace's defaults for containers that declare
 * none (its {@code LimitRange}), or what an ingress controller's pods get.
 *
 * @param requestCpuMillis CPU requested, in millicores (1000 = one core)
 * @param requestMemoryMi memory requested, in MiB
 * @param limitCpuMillis CPU limit, in millicores; at least the request
 * @param limitMemoryMi memory limit, in MiB; at least the request
 */
public record ContainerResources(int requestCpuMillis, int requestMemoryMi, int limitCpuMillis, int limitMemoryMi) {

    /** Checks the figures. */
    public ContainerResources {
        if (requestCpuMillis < 1 || requestMemoryMi < 1) {
            throw new IllegalArgumentException("container resources " + this + " are invalid: requests must be at least 1m CPU and 1 MiB");
        }
        if (limitCpuMillis < requestCpuMillis || limitMemoryMi < requestMemoryMi) {
            throw new IllegalArgumentException("container resources " + this + " are invalid: limits must be at least the requests");
        }
    }

    /** The requests as Kubernetes quantities, e.g. {@code {cpu=250m, memory=512Mi}}. */
    public Map<String, String> requests() {
        return quantities(requestCpuMillis, requestMemoryMi);
    }

    /** The limits as Kubernetes quantities. */
    public Map<String, String> limits() {
        return quantities(limitCpuMillis, limitMemoryMi);
    }

    private static Map<String, String> quantities(int cpuMillis, int memoryMi) {
        Map<String, String> quantities = new TreeMap<>();
        quantities.put("cpu", cpuMillis + "m");
        quantities.put("memory", memoryMi + "Mi");
        return quantities;
    }

    @Override
    public String toString() {
        return requestCpuMillis + "m/" + requestMemoryMi + "Mi–" + limitCpuMillis + "m/" + limitMemoryMi + "Mi";
    }
}
