package com.sysgenpro.landingzone.estate;

/**
 * How tenants are reached through their cluster's Traefik: their host names and who signs their certificates.
 *
 * @param domain the DNS domain tenants are served under: {@code <unit>.<domain>} in production environments,
 *     {@code <unit>-<environment>.<domain>} elsewhere; null for no tenant ingresses
 * @param acmeEmail the ACME account contact for clusters with public ingress (Let's Encrypt over HTTP-01); null for
 *     none, and those clusters serve Traefik's default certificate
 * @param acmeServer the ACME directory; null for Let's Encrypt's production directory
 * @param privateIssuer an existing cert-manager ClusterIssuer (the organisation's CA) for clusters reachable only
 *     privately, where ACME HTTP-01 cannot reach; null for a self-signed issuer there
 */
public record IngressSettings(String domain, String acmeEmail, String acmeServer, String privateIssuer) {

    /** No tenant ingresses and no issuers. */
    public static IngressSettings none() {
        return new IngressSettings(null, null, null, null);
    }
}
