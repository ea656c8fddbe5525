package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link HubFirewall} lets one site reach behind the hub: from the site's ranges to the private addresses of the
 * ingresses it serves (its business unit's internal load balancers), on these TCP ports; one network rule, named
 * {@code <name>-ingress}. Nothing else from the site passes the firewall.
 *
 * @param name the site's name, e.g. {@code antwerp-dc}
 * @param sourceRanges the site's ranges; not empty
 * @param destinations the private IPv4 addresses reached; not empty
 * @param ports TCP ports, e.g. 443 and 80
 */
public record SiteIngress(String name, List<Cidr> sourceRanges, List<String> destinations, List<Integer> ports) {

    /** Copies the lists; {@link HubFirewall} checks the contents and names what is wrong with its path. */
    public SiteIngress {
        Objects.requireNonNull(name, "name");
        sourceRanges = List.copyOf(Objects.requireNonNull(sourceRanges, "sourceRanges"));
        destinations = List.copyOf(Objects.requireNonNull(destinations, "destinations"));
        ports = List.copyOf(Objects.requireNonNull(ports, "ports"));
    }
}
