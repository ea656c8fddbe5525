package com.sysgenpro.landingzone.connectivity;

import java.util.List;
import java.util.Objects;

/**
 * An ingress a {@link HubFirewall} publishes on the internet: a public address of its own on the firewall, whose
 * {@code ports} (TCP) are translated (DNAT) to the same ports of {@code translatedAddress}, a private address behind the
 * hub, e.g. an internal load balancer's in a spoke. Publishing through the firewall keeps inbound and outbound traffic on
 * one path where the spoke's internet traffic is routed to the firewall: the answers of a public load balancer in the
 * spoke would take the route to the firewall and be dropped there (asymmetric routing).
 *
 * @param name e.g. {@code wholesale-production}: letters, digits and hyphens, alphanumeric at both ends, at most
 *     {@value EgressSource#MAX_NAME_LENGTH} characters; names the public address and the rules
 * @param translatedAddress the private IPv4 address the traffic is translated to
 * @param ports the TCP ports published, e.g. 80 (HTTP-01 certificate challenges, redirected to HTTPS) and 443
 */
public record PublishedIngress(String name, String translatedAddress, List<Integer> ports) {

    /** Copies the ports; {@link HubFirewall} checks the contents and names what is wrong with its path. */
    public PublishedIngress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(translatedAddress, "translatedAddress");
        ports = List.copyOf(Objects.requireNonNull(ports, "ports"));
    }
}
