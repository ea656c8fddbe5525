package com.sysgenpro.landingzone.cluster;

import com.sysgenpro.landingzone.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cert-manager {@code ClusterIssuer} that signs tenants' ingress certificates: ACME (Let's Encrypt by default) over
 * HTTP-01 through the cluster's Traefik, which needs the ingress reachable from the internet; a self-signed issuer for
 * clusters that are reachable only privately and have no issuer of the organisation's own; or an existing issuer the
 * organisation manages (its enterprise CA), which is referenced and not created.
 */
public final class CertificateIssuer {

    /** Let's Encrypt's production ACME directory. */
    public static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";


    private final String name;
    private final Map<String, Object> manifest;

    private CertificateIssuer(String name, Map<String, Object> manifest) {
        if (name == null || !Checks.isDnsSubdomain(name)) {
            throw new IllegalArgumentException("certificate issuer name '" + name + "' is invalid: lowercase letters, digits, '-' and '.',"
                + " starting and ending alphanumeric");
        }
        this.name = name;
        this.manifest = manifest;
    }

    /**
     * An ACME issuer answering HTTP-01 challenges through the Traefik ingress class.
     *
     * @param name the issuer's name, e.g. {@code letsencrypt}
     * @param email the ACME account's contact, told about expiring certificates
     * @param server the ACME directory URL; null for {@link #LETS_ENCRYPT}
     */
    public static CertificateIssuer acme(String name, String email, String server) {
        if (email == null || !Checks.isEmail(email)) {
            throw new IllegalArgumentException("ACME issuer '" + name + "': email '" + email + "' is not an e-mail address;"
                + " give the mailbox that hears about expiring certificates");
        }
        String directory = server != null ? server : LETS_ENCRYPT;
        if (!directory.startsWith("https://")) {
            throw new IllegalArgumentException("ACME issuer '" + name + "': server '" + directory + "' must be an https:// directory URL");
        }
        Map<String, Object> acme = new LinkedHashMap<>();
        acme.put("email", email);
        acme.put("server", directory);
        // The ACME account key cert-manager generates; a secret in cert-manager's namespace, never in the configuration.
        acme.put("privateKeySecretRef", Map.of("name", name + "-account-key"));
        acme.put("solvers", List.of(Map.of("http01", Map.of("ingress", Map.of("ingressClassName", TraefikIngressProps.INGRESS_CLASS)))));
        return new CertificateIssuer(name, clusterIssuer(name, Map.of("acme", acme)));
    }

    /** A self-signed issuer: TLS on the wire for clusters reached only privately, with certificates browsers warn about. */
    public static CertificateIssuer selfSigned(String name) {
        return new CertificateIssuer(name, clusterIssuer(name, Map.of("selfSigned", Map.of())));
    }

    /** An issuer that exists already (the organisation's CA); tenants' certificates name it and nothing is created. */
    public static CertificateIssuer existing(String name) {
        return new CertificateIssuer(name, null);
    }

    private static Map<String, Object> clusterIssuer(String name, Map<String, Object> spec) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("apiVersion", "cert-manager.io/v1");
        manifest.put("kind", "ClusterIssuer");
        manifest.put("metadata", Map.of("name", name));
        manifest.put("spec", spec);
        return manifest;
    }

    /** The issuer's name, which ingresses name in {@code cert-manager.io/cluster-issuer}. */
    public String name() {
        return name;
    }

    /** The ClusterIssuer to create; empty for an existing issuer. */
    public Optional<Map<String, Object>> manifest() {
        return Optional.ofNullable(manifest);
    }

    @Override
    public String toString() {
        return name + (manifest == null ? " (existing)" : "");
    }
}
