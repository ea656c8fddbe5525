package com.sysgenpro.landingzone.estate;

import io.cdktn.cdktn.TerraformOutput;
import io.cdktn.cdktn.TerraformResource;
import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.cdktn.TerraformStack;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeatures;
import io.cdktn.providers.azurerm.provider.AzurermProviderFeaturesSubscription;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.Subscription;
import com.sysgenpro.landingzone.governance.SubscriptionWorkload;
import java.util.List;
import software.constructs.Construct;

/**
 * The estate's vending stack, {@code subscriptions}: every subscription of the layout ({@link EstatePlan#subscriptions()})
 * created as an alias under the estate's billing scope, or adopted by id, and its id as an output
 * ({@code subscription-<key>}) that every other stack's azurerm provider reads through remote state. It deploys
 * first, into an existing subscription ({@link SubscriptionSettings#vendingSubscriptionId()}, else the state
 * account's); the platform stack places the subscriptions in their management groups, which it owns.
 *
 * <p>Destroying this stack never cancels a subscription unless the estate says {@code subscriptions.cancelOnDestroy:
 * true}: the provider's {@code features.subscription.prevent_cancellation_on_destroy} is on, so a destroy (or a key
 * renamed, which replaces an alias) only removes the alias from state and the subscription keeps running, with its
 * resources. An adopted subscription has no resource here at all, only its output. A key that leaves the layout is
 * retired in two deployments ({@link RetiredSubscription}). Construct ids (the subscription's key) are Terraform addresses.
 */
final class SubscriptionsStack extends TerraformStack {

    static final String NAME = "subscriptions";
    /** What a retiring subscription's alias keeps as it is: the attributes the layout that created it decided. */
    static final List<String> RETAINED_ATTRIBUTES = List.of("subscription_name", "billing_scope_id", "workload", "tags");

    SubscriptionsStack(Construct scope, Estate estate, EstatePlan plan) {
        super(scope, NAME);
        SubscriptionSettings settings = estate.subscriptions();
        StackDefaults.backend(this, NAME, estate.stateBackend());
        String vendingSubscription = settings.vendingSubscriptionId() != null ? settings.vendingSubscriptionId()
            : estate.stateBackend().subscriptionId();
        AzurermProvider.Builder.create(this, "azurerm")
            .subscriptionId(vendingSubscription)
            .features(List.of(AzurermProviderFeatures.builder()
                .subscription(List.of(AzurermProviderFeaturesSubscription.builder()
                    .preventCancellationOnDestroy(!settings.cancelOnDestroy()).build()))
                .build()))
            // Aliases are tenant-level: nothing is created in the vending subscription, so nothing need be registered there.
            .resourceProviderRegistrations("none")
            .build();
        for (PlannedSubscription subscription : plan.subscriptions()) {
            String id;
            if (subscription.adopted().isPresent()) {
                id = subscription.adoptedId();
            } else {
                id = Subscription.Builder.create(this, subscription.key())
                    .alias(subscription.alias())
                    .displayName(subscription.displayName())
                    .billingScopeId(settings.billingScope())
                    .workload(subscription.workload())
                    .devTestOffer(settings.devTestOffer())
                    .tags(Tags.of(subscription.tags()))
                    .build()
                    .subscriptionId();
            }
            TerraformOutput.Builder.create(this, subscription.outputName())
                .value(id)
                .description((subscription.adopted().isPresent() ? "Adopted" : "Created") + " subscription " + subscription.displayName()
                    + (subscription.stacks().isEmpty() ? "" : ", for " + String.join(", ", subscription.stacks())))
                .build();
        }
        for (RetiredSubscription retired : SubscriptionPlanner.retired(estate)) {
            String id;
            if (retired.adopted().isPresent()) {
                id = retired.adoptedId();
            } else {
                // The same address and alias as while it was in the layout, so nothing is replaced; what the layout used
                // to say about it (name, workload, tags) is no longer known, and must not be changed now.
                var subscription = Subscription.Builder.create(this, retired.key())
                    .alias(retired.alias())
                    .displayName(retired.displayName())
                    .billingScopeId(settings.billingScope())
                    .workload(SubscriptionWorkload.PRODUCTION)
                    .build();
                ((TerraformResource) subscription.getNode().findChild("Resource")).setLifecycle(TerraformResourceLifecycle.builder()
                    .ignoreChanges(RETAINED_ATTRIBUTES).build());
                id = subscription.subscriptionId();
            }
            TerraformOutput.Builder.create(this, retired.outputName())
                .value(id)
                .description("Retiring subscription " + retired.displayName() + " (subscriptions.retired): kept until its guardrails are"
                    + " destroyed")
                .build();
        }
    }
}
