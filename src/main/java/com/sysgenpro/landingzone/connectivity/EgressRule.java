package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Quoting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One destination on the internet a business unit's environment may reach, with why: a host name or a public address
 * range, a protocol and a port. The estate declares them ({@code egress:} on a unit and on an environment); the
 * tenant's network policies open exactly these ports, and the hubs' firewall allows exactly these destinations
 * (HTTPS and HTTP as application rules, TCP and UDP as network rules, see {@link EgressProtocol}).
 *
 * <p>Exactly one of {@code fqdn} and {@code cidr} is set. The constructor refuses what no firewall rule could be made
 * of; the estate loader reports the same problems with their paths, through {@link #fqdnProblem} and
 * {@link #cidrProblem}.
 *
 * @param fqdn the host name, e.g. {@code sftp.edi-partner.example}; a wildcard ({@code *.carrier.example}) only with
 *     HTTPS or HTTP; null when {@code cidr} is given
 * @param cidr a public IPv4 range, e.g. {@code 203.0.113.0/24}; null when {@code fqdn} is given
 * @param protocol what is allowed over the port
 * @param port the destination port, 1 to 65535
 * @param reason why the environment needs it, for the reviewer and the firewall rule's description; not blank
 */
public record EgressRule(String fqdn, Cidr cidr, EgressProtocol protocol, int port, String reason) {

    /** The lowest port a rule may name. */
    public static final int MIN_PORT = 1;
    /** The highest port a rule may name. */
    public static final int MAX_PORT = 65535;
    /** The longest {@link #key()}: Azure names firewall rules with 1 to 80 characters. */
    static final int MAX_KEY_LENGTH = 80;

    /**
     * The ranges egress never reaches, with what they are. Private and shared (CGNAT) ranges are other networks of the
     * estate or its sites, reached through the hub's peerings and gateways, not the internet; the others are not
     * routable there (link-local holds Azure's instance metadata service, which tenants must not reach).
     */
    private static final List<Map.Entry<Cidr, String>> NON_PUBLIC = List.of(
        Map.entry(Cidr.parse("0.0.0.0/8"), "'this network'"),
        Map.entry(Cidr.parse("10.0.0.0/8"), "private (RFC 1918)"),
        Map.entry(Cidr.parse("100.64.0.0/10"), "shared address space (CGNAT, RFC 6598)"),
        Map.entry(Cidr.parse("127.0.0.0/8"), "loopback"),
        Map.entry(Cidr.parse("169.254.0.0/16"), "link-local (Azure's instance metadata service)"),
        Map.entry(Cidr.parse("172.16.0.0/12"), "private (RFC 1918)"),
        Map.entry(Cidr.parse("192.168.0.0/16"), "private (RFC 1918)"),
        Map.entry(Cidr.parse("224.0.0.0/4"), "multicast"),
        Map.entry(Cidr.parse("240.0.0.0/4"), "reserved"));

    /** Checks that the rule can become a firewall rule; see the parameters. */
    public EgressRule {
        if ((fqdn == null) == (cidr == null)) {
            throw new IllegalArgumentException("an egress rule has one destination: give fqdn or cidr, not "
                + (fqdn == null ? "neither" : "both"));
        }
        Objects.requireNonNull(protocol, "protocol");
        String problem = fqdn != null ? fqdnProblem(fqdn, protocol) : cidrProblem(cidr);
        if (problem != null) {
            throw new IllegalArgumentException((fqdn != null ? "fqdn " : "cidr ") + problem);
        }
        if (port < MIN_PORT || port > MAX_PORT) {
            throw new IllegalArgumentException("port " + port + " is not allowed; " + MIN_PORT + " to " + MAX_PORT);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an egress rule needs a reason: why the environment reaches " + (fqdn != null ? fqdn : cidr));
        }
    }

    /** A rule to a host name. */
    public static EgressRule ofFqdn(String fqdn, EgressProtocol protocol, int port, String reason) {
        return new EgressRule(fqdn, null, protocol, port, reason);
    }

    /** A rule to a public address range. */
    public static EgressRule ofCidr(Cidr cidr, EgressProtocol protocol, int port, String reason) {
        return new EgressRule(null, cidr, protocol, port, reason);
    }

    /**
     * What is wrong with {@code fqdn} as a destination for {@code protocol}, or null: a lowercase host name, or for
     * HTTPS and HTTP a wildcard {@code *.} followed by one. Network rules (TCP, UDP) resolve one name to addresses and
     * take no wildcard. {@code protocol} may be null (not known), and then only the name is judged.
     */
    public static String fqdnProblem(String fqdn, EgressProtocol protocol) {
        boolean wildcard = fqdn != null && fqdn.startsWith("*.");
        String host = wildcard ? fqdn.substring(2) : fqdn;
        if (!Checks.isHostName(host)) {
            return Quoting.quote(fqdn) + " is not allowed; a lowercase host name such as sftp.partner.example, or for http and https"
                + " a wildcard such as *.partner.example";
        }
        if (wildcard && protocol != null && !protocol.applicationRule()) {
            return Quoting.quote(fqdn) + " is a wildcard, which only http and https allow (the firewall matches the host name"
                + " the client asks for); " + protocol + " becomes a network rule, which needs one host name, e.g. " + host;
        }
        return null;
    }

    /** What is wrong with {@code cidr} as a destination, or null: it must not overlap a range egress never reaches. */
    public static String cidrProblem(Cidr cidr) {
        for (Map.Entry<Cidr, String> range : NON_PUBLIC) {
            if (range.getKey().overlaps(cidr)) {
                String why = range.getValue().startsWith("private") || range.getValue().startsWith("shared")
                    ? "private networks are reached through the hub (peering, VPN or ExpressRoute), not as egress"
                    : "it is not a public address";
                return Quoting.quote(cidr) + " overlaps " + range.getKey() + ", " + range.getValue() + ": " + why
                    + "; give the destination's public range";
            }
        }
        return null;
    }

    /** The ranges a rule's {@code cidr} must not overlap, in address order. */
    public static List<Cidr> nonPublicRanges() {
        return NON_PUBLIC.stream().map(Map.Entry::getKey).toList();
    }

    /** Whether the destination is a host name (else an address range). */
    public boolean isFqdn() {
        return fqdn != null;
    }

    /** Whether the destination is a wildcard host name, e.g. {@code *.carrier.example}. */
    public boolean wildcard() {
        return fqdn != null && fqdn.startsWith("*.");
    }

    /** The destination as written: the host name or the range. */
    public String destination() {
        return fqdn != null ? fqdn : cidr.toString();
    }

    /**
     * The rule's name: {@code <protocol>-<port>-<destination>}, e.g. {@code tcp-22-sftp.edi-partner.example}, with
     * {@code *} written {@code _} and a range's {@code /} written {@code _} ({@code https-443-_.carrier.example},
     * {@code tcp-22-203.0.113.0_24}), which no host name contains, so two rules share a key only when they share
     * destination, protocol and port. A valid Azure Firewall rule name (letters, digits, {@code - . _}, at most 80
     * characters): a longer one keeps its first 71 characters and adds {@code -} and 8 hex digits of the SHA-256 of the
     * whole. It depends on nothing else, so it stays the same from one synthesis to the next.
     */
    public String key() {
        String key = protocol.id() + "-" + port + "-" + (fqdn != null ? fqdn.replace('*', '_') : cidr.toString().replace('/', '_'));
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        return key.substring(0, MAX_KEY_LENGTH - 9) + "-" + sha256(key).substring(0, 8);
    }

    @Override
    public String toString() {
        return protocol + " " + port + " to " + destination();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
