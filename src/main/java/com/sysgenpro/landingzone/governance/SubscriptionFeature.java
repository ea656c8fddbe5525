package com.sysgenpro.landingzone.governance;

/**
 * A feature of a resource provider that a subscription must register before resources may use it. Azure applies a
 * feature only once its provider is registered again after the feature, so {@link SubscriptionGuardrails} registers the
 * feature within its provider's registration ({@code azurerm_resource_provider_registration} with a {@code feature}
 * block), which does both in that order.
 */
public enum SubscriptionFeature {
    /**
     * {@code Microsoft.Compute/EncryptionAtHost}: node pools with encryption at host (on by default in the landing zone)
     * fail to create in a subscription without it.
     */
    ENCRYPTION_AT_HOST(ResourceProvider.COMPUTE, "EncryptionAtHost");

    private final ResourceProvider provider;
    private final String featureName;

    SubscriptionFeature(ResourceProvider provider, String featureName) {
        this.provider = provider;
        this.featureName = featureName;
    }

    /** The resource provider the feature belongs to. */
    public ResourceProvider provider() {
        return provider;
    }

    /** The resource provider's namespace, e.g. {@code Microsoft.Compute}. */
    public String providerName() {
        return provider.namespace();
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
