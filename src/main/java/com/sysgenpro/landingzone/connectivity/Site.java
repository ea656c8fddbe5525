package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * A warehouse, plant or office connected to a {@link HubNetwork} through its {@link HubGateway}: its name, the address
 * ranges behind it, and how it is connected.
 *
 * @param name e.g. {@code antwerp-dc}: letters, digits and hyphens, alphanumeric at both ends, at most
 *     {@value EgressSource#MAX_NAME_LENGTH} characters; names its local network gateway, its connection and its firewall rules
 * @param addressSpaces the ranges behind the site; not empty
 * @param connection VPN or ExpressRoute
 * @param endpoint for {@link SiteConnection#VPN} the public IPv4 address of the site's VPN device; for
 *     {@link SiteConnection#EXPRESS_ROUTE} the resource id of the ExpressRoute circuit
 */
public record Site(String name, List<Cidr> addressSpaces, SiteConnection connection, String endpoint) {

    /** Copies the ranges; {@link HubGateway} checks the contents and names what is wrong with its path. */
    public Site {
        Objects.requireNonNull(name, "name");
        addressSpaces = List.copyOf(Objects.requireNonNull(addressSpaces, "addressSpaces"));
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** A site connected by a site-to-site VPN to the device at {@code deviceAddress}. */
    public static Site vpn(String name, List<Cidr> addressSpaces, String deviceAddress) {
        return new Site(name, addressSpaces, SiteConnection.VPN, deviceAddress);
    }

    /** A site connected through the ExpressRoute circuit {@code circuitId}. */
    public static Site expressRoute(String name, List<Cidr> addressSpaces, String circuitId) {
        return new Site(name, addressSpaces, SiteConnection.EXPRESS_ROUTE, circuitId);
    }
}
