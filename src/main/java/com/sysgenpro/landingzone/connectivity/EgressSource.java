package com.sysgenpro.landingzone.connectivity;

import com.sysgenpro.landingzone.core.Cidr;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one environment may reach on the internet through a {@link HubFirewall}: its name (which prefixes its firewall
 * rules' names), the address ranges its traffic leaves from (its AKS node subnets: pods' egress is translated to the
 * node's address) and its {@link EgressRule}s.
 *
 * @param name e.g. {@code wholesale-prod}: letters, digits and hyphens, starting and ending alphanumeric, at most
 *     {@value #MAX_NAME_LENGTH} characters
 * @param sourceRanges the ranges its traffic leaves from; not empty
 * @param rules what it may reach; may be empty
 */
public record EgressSource(String name, List<Cidr> sourceRanges, List<EgressRule> rules) {

    /** The longest name, so that a rule's name keeps most of its {@link EgressRule#key()} within Azure's 80 characters. */
    public static final int MAX_NAME_LENGTH = 40;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?");

    /** Copies the lists; {@link HubFirewall} checks the contents and names what is wrong with its path. */
    public EgressSource {
        Objects.requireNonNull(name, "name");
        sourceRanges = List.copyOf(Objects.requireNonNull(sourceRanges, "sourceRanges"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** Whether {@code name} can prefix firewall rule names. */
    public static boolean validName(String name) {
        return name != null && name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
    }
}
