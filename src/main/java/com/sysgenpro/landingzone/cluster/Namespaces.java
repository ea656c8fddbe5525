package com.sysgenpro.landingzone.cluster;

import com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1;
import com.sysgenpro.cdktn.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/** Namespaces under Pod Security Admission {@code restricted}: enforced, audited and warned, at the latest policy version. */
final class Namespaces {

    /** The Pod Security Standard every namespace this library creates enforces. */
    static final String POD_SECURITY_LEVEL = "restricted";

    private Namespaces() {
    }

    /** The namespace's labels: {@code labels} plus the Pod Security ones, which {@code labels} cannot override. */
    static Map<String, String> labels(Map<String, String> labels) {
        Map<String, String> all = new TreeMap<>(labels);
        for (String mode : new String[] {"enforce", "audit", "warn"}) {
            all.put("pod-security.kubernetes.io/" + mode, POD_SECURITY_LEVEL);
            all.put("pod-security.kubernetes.io/" + mode + "-version", "latest");
        }
        return all;
    }

    static NamespaceV1 restricted(Construct scope, String id, String name, Map<String, String> labels) {
        return restricted(scope, id, name, labels, Map.of());
    }

    static NamespaceV1 restricted(Construct scope, String id, String name, Map<String, String> labels, Map<String, String> annotations) {
        var metadata = NamespaceV1Metadata.builder().name(name).labels(labels(labels));
        if (!annotations.isEmpty()) {
            metadata.annotations(new TreeMap<>(annotations));
        }
        return NamespaceV1.Builder.create(scope, id).metadata(metadata.build()).build();
    }
}
