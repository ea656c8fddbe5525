package com.sysgenpro.landingzone.governance;

import java.util.List;

/**
 * A Microsoft Defender for Cloud plan a subscription enables at the Standard tier
 * ({@code azurerm_security_center_subscription_pricing}); plans not enabled stay at the free tier (posture management only).
 */
public enum DefenderPlan {
    /**
     * Defender for Containers: vulnerability assessment of the images in the registries and agentless discovery of the
     * clusters. The runtime sensor (a DaemonSet in every cluster) is not enabled: it needs egress to Defender's
     * endpoints, which the landing zone's network policies do not allow.
     */
    CONTAINERS("Containers", null, List.of("ContainerRegistriesVulnerabilityAssessments", "AgentlessDiscoveryForKubernetes")),
    /** Defender for Storage, per storage account (the plan Azure offers new subscriptions). */
    STORAGE_ACCOUNTS("StorageAccounts", "DefenderForStorageV2", List.of()),
    /** Defender for Key Vault, per vault. */
    KEY_VAULTS("KeyVaults", "PerKeyVault", List.of()),
    /** Defender for open-source relational databases: threat detection on the PostgreSQL flexible servers. */
    OPEN_SOURCE_DATABASES("OpenSourceRelationalDatabases", null, List.of());

    private final String resourceType;
    private final String subplan;
    private final List<String> extensions;

    DefenderPlan(String resourceType, String subplan, List<String> extensions) {
        this.resourceType = resourceType;
        this.subplan = subplan;
        this.extensions = extensions;
    }

    /** The pricing's {@code resource_type}, e.g. {@code Containers}. */
    public String resourceType() {
        return resourceType;
    }

    /** The pricing's {@code subplan}, or null where the plan has none. */
    public String subplan() {
        return subplan;
    }

    /** The plan's extensions enabled explicitly, so that the plan does what the landing zone says whatever Azure's defaults. */
    public List<String> extensions() {
        return extensions;
    }

    /** The key in construct ids, e.g. {@code containers}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
