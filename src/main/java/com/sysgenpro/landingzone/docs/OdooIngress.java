package com.sysgenpro.landingzone.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How Odoo is reached, read from the environment's in-cluster stack: the host names its ingresses answer, whether
 * Traefik's load balancer is internal, and the ClusterIssuer its certificate comes from. Several runbook sections
 * (where the data lives, DNS, verification) say it.
 */
final class OdooIngress {

    private final Footprint f;

    OdooIngress(Footprint footprint) {
        this.f = footprint;
    }

    /** Every host the environment's ingresses answer, in order of appearance. */
    List<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        f.ingresses.forEach(ingress -> hosts.addAll(hostsOf(ingress)));
        return List.copyOf(hosts);
    }

    static List<String> hostsOf(Located ingress) {
        List<String> hosts = new ArrayList<>();
        ingress.body().path("spec").path("rule").forEach(rule -> {
            if (rule.hasNonNull("host")) {
                hosts.add(rule.path("host").asText());
            }
        });
        return hosts;
    }

    /** The ClusterIssuer the first ingress that names one takes its certificate from. */
    Optional<String> issuer() {
        return f.ingresses.stream().map(ingress -> ingress.body().path("metadata").path("annotations")
            .path("cert-manager.io/cluster-issuer").asText(null)).filter(Objects::nonNull).findFirst();
    }

    boolean internalLoadBalancer() {
        return traefikValues().map(values -> values.path("service").path("annotations")
            .path("service.beta.kubernetes.io/azure-load-balancer-internal").asText("false").equals("true")).orElse(false);
    }

    /** Whether the issuer proves the name over HTTP, so that it can issue only once DNS points at the new address. */
    boolean acmeHttp01() {
        return issuer().flatMap(issuer -> traefikValues().map(values -> {
            for (JsonNode object : values.path("extraObjects")) {
                if ("ClusterIssuer".equals(object.path("kind").asText()) && issuer.equals(object.path("metadata").path("name").asText())) {
                    return object.path("spec").path("acme").path("solvers").toString().contains("http01");
                }
            }
            return false;
        })).orElse(false);
    }

    private Optional<JsonNode> traefikValues() {
        return f.traefik.map(traefik -> {
            try {
                return new ObjectMapper().readTree(traefik.body().path("values").path(0).asText("{}"));
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        });
    }
}
