package com.sysgenpro.landingzone.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A pod a synthesized resource creates, directly or through a controller (Deployment, Job, a chart's templates), as
 * Kubernetes admission sees it: the subject of the admission controls' offline twins.
 *
 * @param origin what creates it, for findings, e.g. {@code cert-manager webhook} or {@code Deployment odoo}
 * @param namespace the namespace it runs in, or {@code null} when that is known only at apply time or varies (the
 *     ACME solver runs in whichever namespace asks for a certificate)
 * @param hostNetwork whether it uses the node's network namespace
 * @param hostPid whether it shares the node's process ID namespace
 * @param hostIpc whether it shares the node's IPC namespace
 * @param containers its containers, init containers included (admission judges both)
 */
public record PodTemplate(String origin, String namespace, boolean hostNetwork, boolean hostPid, boolean hostIpc,
                          List<ContainerTemplate> containers) {

    /** Copies the containers. */
    public PodTemplate {
        Objects.requireNonNull(origin, "origin");
        containers = List.copyOf(containers);
    }

    /** The same pod in {@code namespace}, for templates whose namespace is the release's. */
    PodTemplate in(String namespace) {
        return new PodTemplate(origin, namespace, hostNetwork, hostPid, hostIpc, containers);
    }
}
