package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.connectivity.Site;
import com.sysgenpro.landingzone.core.AzureRegion;
import java.util.Objects;

/**
 * A site of {@code network.sites}: a warehouse, plant or office connected to the hub of {@code hub} by VPN or
 * ExpressRoute. It reaches the ingress of the environments that list it in their {@code sites} (an environment's own,
 * else its unit's), and nothing else.
 *
 * @param hub the region whose hub the site connects to
 * @param site the site: its name, ranges and connection
 */
public record ConnectedSite(AzureRegion hub, Site site) {

    /** Checks that both are given; the validator checks the rest, with the site's estate path. */
    public ConnectedSite {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(site, "site");
    }

    /** The site's name, as units and environments list it. */
    public String name() {
        return site.name();
    }
}
