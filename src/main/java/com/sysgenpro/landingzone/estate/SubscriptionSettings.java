package com.sysgenpro.landingzone.estate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an estate obtains its subscriptions (estate {@code subscriptions:}): which layout, where new ones are billed,
 * which exist already. Without these settings every stack deploys into the subscription {@code ARM_SUBSCRIPTION_ID}
 * names (an environment's {@code subscriptionId} aside).
 *
 * @param billingScope the billing scope new subscriptions are created under: an EA enrollment account
 *     ({@code /providers/Microsoft.Billing/billingAccounts/<id>/enrollmentAccounts/<id>}), an MCA invoice section
 *     ({@code …/billingAccounts/<id>/billingProfiles/<id>/invoiceSections/<id>}) or an MPA customer
 *     ({@code …/billingAccounts/<id>/customers/<id>}); null when every subscription is adopted
 * @param layout which stacks share a subscription
 * @param vendingSubscriptionId the existing subscription the vending stack's provider runs in (aliases are tenant-level,
 *     but azurerm needs one); null for the state backend's
 * @param existing subscriptions adopted instead of created, by subscription key (e.g. {@code management},
 *     {@code shared-production}, {@code wholesale-production}) to subscription id
 * @param cancelOnDestroy whether destroying the vending stack cancels the subscriptions it created; false (the default)
 *     only removes their aliases from state
 * @param securityContacts who Defender for Cloud mails; empty for the platform owner
 * @param devTestOffer whether the billing scope is enabled for the Dev/Test offer, so that created non-production and
 *     sandbox subscriptions get Azure workload DevTest; false (the default) creates every one as Production, which
 *     every billing scope accepts
 * @param retired keys that have left the layout and are being retired (moved to the decommissioned group), in estate order
 */
public record SubscriptionSettings(String billingScope, SubscriptionLayout layout, String vendingSubscriptionId,
                                   Map<String, String> existing, boolean cancelOnDestroy, List<String> securityContacts,
                                   boolean devTestOffer, List<String> retired) {

    /** Copies the collections; the existing subscriptions sorted by key. */
    public SubscriptionSettings {
        layout = layout != null ? layout : SubscriptionLayout.UNIT_CLASS;
        existing = java.util.Collections.unmodifiableMap(new TreeMap<>(existing));
        securityContacts = List.copyOf(securityContacts);
        retired = List.copyOf(retired);
    }
}
