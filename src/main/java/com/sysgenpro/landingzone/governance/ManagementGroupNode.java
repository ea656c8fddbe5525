package com.sysgenpro.landingzone.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One management group in a hierarchy specification: a stable key (the construct id, hence the Terraform address),
 * the Azure name (the management group id) and a display name, with its children.
 *
 * <p>{@link #azureLandingZone(String, String, List, List)} builds the default shape; any tree can be given instead.
 */
public final class ManagementGroupNode {

    /** Keys of the groups in the default shape. */
    public static final String ROOT = "root";
    /** Platform: shared services run by the platform team. */
    public static final String PLATFORM = "platform";
    /** Central logging and monitoring. */
    public static final String MANAGEMENT = "management";
    /** Hub networking and ingress. */
    public static final String CONNECTIVITY = "connectivity";
    /** Identity services. */
    public static final String IDENTITY = "identity";
    /** Landing zones: workloads. */
    public static final String LANDING_ZONES = "landingzones";
    /** Internal workloads reached through the corporate network; business units sit under it. */
    public static final String CORP = "corp";
    /** Internet-facing or client-isolated workloads. */
    public static final String ONLINE = "online";
    /** Experiments, disconnected from corporate networks, with relaxed policy. */
    public static final String SANDBOX = "sandbox";
    /**
     * Subscriptions being retired (an estate's {@code subscriptions.retired}): out of every workload group, so no
     * business unit's policy, budget or access reaches them while they empty.
     */
    public static final String DECOMMISSIONED = "decommissioned";

    private final String key;
    private final String name;
    private final String displayName;
    private final List<ManagementGroupNode> children;

    private ManagementGroupNode(String key, String name, String displayName, List<ManagementGroupNode> children) {
        this.key = key;
        this.name = name;
        this.displayName = displayName;
        this.children = List.copyOf(children);
    }

    /** A group without children. */
    public static ManagementGroupNode of(String key, String name, String displayName) {
        return new ManagementGroupNode(key, name, displayName, List.of());
    }

    /** This group with {@code child} added. */
    public ManagementGroupNode withChild(ManagementGroupNode child) {
        List<ManagementGroupNode> more = new ArrayList<>(children);
        more.add(child);
        return new ManagementGroupNode(key, name, displayName, more);
    }

    /**
     * The Azure landing-zone shape under a root named {@code prefix}: platform {management, connectivity, identity},
     * landing zones {corp {one group per business unit, each with production and non-production}, online}, sandbox,
     * decommissioned. Keys of business-unit groups are {@code bu-<name>}, {@code bu-<name>-prod} and
     * {@code bu-<name>-nonprod}.
     */
    public static ManagementGroupNode azureLandingZone(String prefix, String rootDisplayName, List<String> businessUnits) {
        return azureLandingZone(prefix, rootDisplayName, businessUnits, List.of());
    }

    /**
     * {@link #azureLandingZone(String, String, List)} with a group under corp for each shared hosting that serves
     * several units ({@code sharedHosting}: keys such as {@code shared-production}, which are also the groups' names
     * after the prefix), so that its subscription carries the policy of the environment class it hosts.
     */
    public static ManagementGroupNode azureLandingZone(String prefix, String rootDisplayName, List<String> businessUnits,
                                                       List<String> sharedHosting) {
        ManagementGroupNode corp = of(CORP, prefix + "-corp", "Corp");
        for (String shared : sharedHosting) {
            corp = corp.withChild(of(shared, prefix + "-" + shared, "Shared hosting " + shared));
        }
        for (String unit : businessUnits) {
            corp = corp.withChild(of(businessUnitKey(unit), prefix + "-" + unit, "Business unit " + unit)
                .withChild(of(businessUnitKey(unit) + "-prod", prefix + "-" + unit + "-prod", unit + " production"))
                .withChild(of(businessUnitKey(unit) + "-nonprod", prefix + "-" + unit + "-nonprod", unit + " non-production")));
        }
        return of(ROOT, prefix, rootDisplayName)
            .withChild(of(PLATFORM, prefix + "-platform", "Platform")
                .withChild(of(MANAGEMENT, prefix + "-management", "Management"))
                .withChild(of(CONNECTIVITY, prefix + "-connectivity", "Connectivity"))
                .withChild(of(IDENTITY, prefix + "-identity", "Identity")))
            .withChild(of(LANDING_ZONES, prefix + "-landingzones", "Landing zones")
                .withChild(corp)
                .withChild(of(ONLINE, prefix + "-online", "Online")))
            .withChild(of(SANDBOX, prefix + "-sandbox", "Sandbox"))
            .withChild(of(DECOMMISSIONED, prefix + "-decommissioned", "Decommissioned"));
    }

    /** The key of a business unit's group in the default shape. */
    public static String businessUnitKey(String unit) {
        return "bu-" + unit;
    }

    /** Stable key; becomes the construct id. */
    public String key() {
        return key;
    }

    /** The management group's Azure name (its id segment). */
    public String name() {
        return name;
    }

    /** Display name in the portal. */
    public String displayName() {
        return displayName;
    }

    /** Child groups. */
    public List<ManagementGroupNode> children() {
        return children;
    }

    /** Visits this node and its descendants, parents before children, in declaration order. */
    public void visit(Consumer<ManagementGroupNode> visitor) {
        visitor.accept(this);
        children.forEach(child -> child.visit(visitor));
    }
}
