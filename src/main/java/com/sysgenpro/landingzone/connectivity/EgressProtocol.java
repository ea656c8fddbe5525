package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.internal.Choices;
import java.util.Optional;

/**
 * What an {@link EgressRule} allows over its port. HTTPS and HTTP become Azure Firewall application rules, which match
 * the host name the client asks for (TLS SNI, HTTP Host) and accept wildcards; TCP and UDP become network rules, which
 * match addresses (an FQDN destination is resolved by the firewall) and accept no wildcard.
 */
public enum EgressProtocol {
    /** TLS to a web host: an application rule. */
    HTTPS("https"),
    /** Plain HTTP to a web host: an application rule. */
    HTTP("http"),
    /** Any TCP service, e.g. SFTP on 22 or mail submission on 587: a network rule. */
    TCP("tcp"),
    /** Any UDP service: a network rule. */
    UDP("udp");

    private final String id;

    EgressProtocol(String id) {
        this.id = id;
    }

    /** The spelling in estate files, e.g. {@code https}. */
    public String id() {
        return id;
    }

    /** Whether the firewall rule is an application rule (HTTPS, HTTP) rather than a network rule (TCP, UDP). */
    public boolean applicationRule() {
        return this == HTTPS || this == HTTP;
    }

    /** The transport the traffic is carried over, as Kubernetes and Azure Firewall network rules spell it: TCP or UDP. */
    public String transport() {
        return this == UDP ? "UDP" : "TCP";
    }

    /** The protocol spelled {@code id}, if any. */
    public static Optional<EgressProtocol> find(String id) {
        return Choices.find(values(), EgressProtocol::id, id);
    }

    /** Every spelling, for messages: {@code https, http, tcp, udp}. */
    public static String ids() {
        return Choices.allowed(values(), EgressProtocol::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
