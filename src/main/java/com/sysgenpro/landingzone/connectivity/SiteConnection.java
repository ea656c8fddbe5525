package com.sysgenpro.landingzone.connectivity;

/** How a {@link Site} reaches its hub: through the hub's VPN gateway or its ExpressRoute gateway. */
public enum SiteConnection {
    /**
     * A site-to-site IPsec tunnel (IKEv2) to the hub's route-based VPN gateway, to the site's device at
     * {@link Site#endpoint()}, a public IPv4 address; the site's ranges are routed statically.
     */
    VPN,
    /** A connection of the hub's ExpressRoute gateway to the circuit {@link Site#endpoint()}, a circuit's resource id; routes are learnt over BGP. */
    EXPRESS_ROUTE
}
