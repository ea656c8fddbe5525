package com.sysgenpro.landingzone.governance;

/**
 * A feature of a resource provider that a subscription must register before resources may use it
 * ({@code azurerm_resource_provider_feature_registration}).
 */
public enum SubscriptionFeature {
    /**
     * {@code Microsoft.Compute/EncryptionAtHost}: node pools with encryption at host (on by default in the landing zone)
     * fail to create in a subscription without it.
     */
    ENCRYPTION_AT_HOST("Microsoft.Compute", "EncryptionAtHost");

    private final String providerName;
    private final String featureName;

    SubscriptionFeature(String providerName, String featureName) {
        this.providerName = providerName;
        this.featureName = featureName;
    }

    /** The resource provider's namespace, e.g. {@code Microsoft.Compute}. */
    public String providerName() {
        return providerName;
    }

    /** The feature's name, e.g. {@code EncryptionAtHost}. */
    public String featureName() {
        return featureName;
    }

    /** The key in construct ids, e.g. {@code encryption-at-host}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
