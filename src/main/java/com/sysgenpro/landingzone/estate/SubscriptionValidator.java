package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Problems;
import com.sysgenpro.landingzone.internal.Quoting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of an estate's {@code subscriptions:} against its plan: a billing scope for what is created, a
 * subscription for the vending stack to run in, adopted subscriptions that the layout has (or is retiring) and that are
 * not adopted twice, retiring keys that have left the layout, and environments' {@code subscriptionId} that agree with
 * where the layout puts their stacks.
 */
final class SubscriptionValidator {

    /** EA enrollment account, MCA invoice section, MPA customer: the scopes a subscription alias may be billed to. */
    static final Pattern BILLING_SCOPE = Pattern.compile("(?i)/providers/Microsoft\\.Billing/billingAccounts/[^/\\s]+/"
        + "(enrollmentAccounts/[^/\\s]+|billingProfiles/[^/\\s]+/invoiceSections/[^/\\s]+|customers/[^/\\s]+)");
    static final String BILLING_SCOPE_RULE = "an EA enrollment account (/providers/Microsoft.Billing/billingAccounts/<account>/"
        + "enrollmentAccounts/<enrollment account>), an MCA invoice section (/providers/Microsoft.Billing/billingAccounts/<account>/"
        + "billingProfiles/<profile>/invoiceSections/<section>) or an MPA customer (/providers/Microsoft.Billing/billingAccounts/"
        + "<account>/customers/<customer>)";
    /** Azure's rule for subscription alias names. */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    /** What a layout's keys look like (the schema's pattern for subscriptions.existing and subscriptions.retired). */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private SubscriptionValidator() {
    }

    static void validate(Estate estate, EstatePlan plan, Problems problems) {
        SubscriptionSettings settings = estate.subscriptions();
        if (settings == null) {
            return;
        }
        List<PlannedSubscription> subscriptions = plan.subscriptions();
        List<String> created = new ArrayList<>(subscriptions.stream().filter(subscription -> subscription.adopted().isEmpty())
            .map(PlannedSubscription::key).toList());
        // A retiring subscription the vending stack created keeps its alias, billed where it was.
        SubscriptionPlanner.retired(estate).stream().filter(retired -> retired.adopted().isEmpty())
            .forEach(retired -> created.add(retired.key()));
        if (settings.billingScope() == null) {
            if (!created.isEmpty()) {
                problems.add("subscriptions.billingScope", "required: the layout creates " + created.size() + " subscription"
                    + (created.size() == 1 ? "" : "s") + " (" + abbreviate(created) + "), which are billed to it; give "
                    + BILLING_SCOPE_RULE + ", or adopt existing subscriptions under subscriptions.existing");
            }
        } else if (!BILLING_SCOPE.matcher(settings.billingScope()).matches()) {
            problems.add("subscriptions.billingScope", Quoting.quote(settings.billingScope()) + " is not allowed; " + BILLING_SCOPE_RULE);
        }
        if (settings.vendingSubscriptionId() != null) {
            guid(problems, "subscriptions.vendingSubscriptionId", settings.vendingSubscriptionId());
        } else if (estate.stateBackend() == null) {
            problems.add("subscriptions.vendingSubscriptionId", "required without state: the vending stack runs in an existing"
                + " subscription (by default the state account's); give its id, or add state:");
        }
        for (int i = 0; i < settings.securityContacts().size(); i++) {
            String contact = settings.securityContacts().get(i);
            if (contact == null || !Checks.isEmail(contact)) {
                problems.add("subscriptions.securityContacts[" + i + "]", Quoting.quote(contact) + " is not allowed; a mailbox"
                    + " such as security@example.com, where Defender for Cloud sends its alerts");
            }
        }

        Map<String, PlannedSubscription> byKey = new LinkedHashMap<>();
        for (PlannedSubscription subscription : subscriptions) {
            PlannedSubscription first = byKey.putIfAbsent(subscription.key(), subscription);
            if (first != null) {
                problems.add("subscriptions.layout", "gives two subscriptions the key '" + subscription.key() + "' (for "
                    + String.join(", ", first.stacks()) + " and for " + String.join(", ", subscription.stacks())
                    + "); rename the business unit whose name makes it, or choose another layout");
            }
            if (!ALIAS.matcher(subscription.alias()).matches()) {
                problems.add("subscriptions.layout", "gives subscription '" + subscription.key() + "' the alias '" + subscription.alias()
                    + "', longer than Azure's 63 characters; shorten the estate's prefix or the names it is made of");
            }
        }
        Map<String, String> adoptedBy = new HashMap<>();
        Set<String> retiring = new HashSet<>();
        for (int i = 0; i < settings.retired().size(); i++) {
            String key = settings.retired().get(i);
            String path = "subscriptions.retired[" + i + "]";
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(path, Quoting.quote(key) + " is not allowed; the key of a subscription that has left the layout,"
                    + " e.g. retail-production");
            } else if (!retiring.add(key)) {
                problems.add(path, "'" + key + "' is listed twice; list each retiring subscription once");
            } else if (byKey.containsKey(key)) {
                PlannedSubscription planned = byKey.get(key);
                problems.add(path, "'" + key + "' is still in the layout" + (planned.stacks().isEmpty() ? ""
                    : " (for " + String.join(", ", planned.stacks()) + ")") + "; retire a subscription once nothing deploys into it"
                    + " (its environments removed, their stacks destroyed), or remove it from subscriptions.retired");
            } else if (!ALIAS.matcher("sub-" + estate.prefix() + "-" + key).matches()) {
                problems.add(path, "'" + key + "' cannot have been vended by this estate: its alias would exceed Azure's 63"
                    + " characters; remove it");
            }
        }
        settings.existing().forEach((key, id) -> {
            String path = "subscriptions.existing." + Quoting.shorten(key);
            if (!byKey.containsKey(key) && !retiring.contains(key)) {
                problems.add(path, "is not a subscription of the layout; the layout has: " + abbreviate(List.copyOf(byKey.keySet()))
                    + " (a subscription that has left it is listed in subscriptions.retired too)");
            }
            guid(problems, path, id);
        });
        for (PlannedSubscription subscription : subscriptions) {
            subscription.adopted().filter(Checks::isGuid).ifPresent(id -> {
                String first = adoptedBy.putIfAbsent(id.toLowerCase(Locale.ROOT), subscription.key());
                if (first != null) {
                    problems.add(adoptionPath(estate, plan, subscription), Quoting.quote(id) + " is adopted as both '" + first
                        + "' and '" + subscription.key() + "'; a subscription sits in one management group only, so give each its own");
                }
            });
        }
        for (Placement placement : plan.placements()) {
            String declared = placement.environment().subscriptionId();
            if (declared == null) {
                continue;
            }
            String path = environmentPath(estate, placement) + ".subscriptionId";
            PlannedSubscription subscription = plan.subscriptionOf(placement.stackName()).orElseThrow();
            if (placement.tenancy() != TenancyModel.DEDICATED) {
                problems.add(path, "is not used: " + placement.stackName() + " runs on " + placement.sharedStackName().orElseThrow()
                    + " and deploys into its subscription '" + subscription.key() + "', where its node pool, server and endpoints"
                    + " must be; adopt an existing one as subscriptions.existing." + subscription.key() + ", or remove this");
            } else if (!declared.equalsIgnoreCase(subscription.adoptedId())) {
                problems.add(path, Quoting.quote(declared) + " differs from the subscription '" + subscription.key()
                    + "' adopts (" + subscription.adoptedId() + "), which " + String.join(", ", subscription.stacks())
                    + " share; declare one id for them, in subscriptions.existing." + subscription.key());
            }
        }
    }

    private static String adoptionPath(Estate estate, EstatePlan plan, PlannedSubscription subscription) {
        if (estate.subscriptions().existing().containsKey(subscription.key())) {
            return "subscriptions.existing." + subscription.key();
        }
        return plan.placements().stream().filter(placement -> subscription.stacks().contains(placement.stackName())
                && placement.environment().subscriptionId() != null)
            .findFirst().map(placement -> environmentPath(estate, placement) + ".subscriptionId")
            .orElse("subscriptions.existing");
    }

    private static String environmentPath(Estate estate, Placement placement) {
        return "businessUnits[" + estate.businessUnits().indexOf(placement.unit()) + "].environments["
            + placement.unit().environments().indexOf(placement.environment()) + "]";
    }

    private static void guid(Problems problems, String path, String value) {
        if (value != null && !Checks.isGuid(value)) {
            problems.add(path, Quoting.quote(value) + " is not allowed; a subscription id (GUID), e.g. 00000000-0000-0000-0000-000000000000");
        }
    }

    private static String abbreviate(List<String> keys) {
        return keys.size() <= 6 ? String.join(", ", keys)
            : keys.subList(0, 6).stream().collect(Collectors.joining(", ")) + " and " + (keys.size() - 6) + " more";
    }
}
