package com.sysgenpro.landingzone.governance;

import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.management_group_subscription_association.ManagementGroupSubscriptionAssociation;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * A subscription, created through an alias under a billing scope (EA enrollment account, MCA invoice section, MPA
 * customer; {@code azurerm_subscription}) or an existing one adopted by id (no resource: destroying the stack never
 * cancels a subscription the landing zone did not create), and placed in a management group when one is given
 * ({@code azurerm_management_group_subscription_association}).
 *
 * <p>Destroying a created subscription's resource cancels the subscription unless the stack's azurerm provider sets
 * {@code features.subscription.prevent_cancellation_on_destroy}; an estate's vending stack sets it (see the README).
 */
public final class Subscription extends Construct {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private final String subscriptionId;
    private final SubscriptionWorkload workload;

    /** Creates or adopts the subscription; prefer {@link Builder#create(Construct, String)}. */
    public Subscription(Construct scope, String id, SubscriptionProps props) {
        super(scope, id);
        String path = getNode().getPath();
        ManagementGroup group = props.managementGroup();
        this.workload = Checks.required(path, "workload", props.workload());
        boolean adopt = props.subscriptionId() != null;
        boolean create = props.alias() != null || props.billingScopeId() != null;
        if (adopt == create) {
            throw Checks.invalid(path, "subscriptionId/alias", adopt ? "both" : "neither",
                "set subscriptionId to adopt an existing subscription, or alias and billingScopeId to create one");
        }
        if (adopt) {
            this.subscriptionId = Checks.guidOrReference(path, "subscriptionId", props.subscriptionId(), "a subscription id");
        } else {
            String alias = Checks.required(path, "alias", props.alias());
            if (!ALIAS.matcher(alias).matches()) {
                throw Checks.invalid(path, "alias", alias, "1 to 63 letters, digits, '.', '_' and '-', starting alphanumeric");
            }
            this.subscriptionId = io.cdktn.providers.azurerm.subscription.Subscription.Builder.create(this, "Resource")
                .alias(alias)
                .subscriptionName(displayName(path, props.displayName()))
                .billingScopeId(Checks.required(path, "billingScopeId", props.billingScopeId()))
                .workload(workload.azureWorkload(props.devTestOffer()))
                .tags(props.tags().asMap())
                // The workload (the offer) is chosen at creation: a change would replace the alias, and Azure does not
                // move a subscription to another offer through its alias.
                .lifecycle(TerraformResourceLifecycle.builder().ignoreChanges(List.of("workload")).build())
                .build()
                .getSubscriptionId();
        }
        if (group != null) {
            ManagementGroupSubscriptionAssociation.Builder.create(this, "Placement")
                .managementGroupId(group.id())
                .subscriptionId("/subscriptions/" + subscriptionId)
                .build();
        }
    }

    private static String displayName(String path, String displayName) {
        if (displayName == null) {
            throw Checks.missing(path, "displayName", "a created subscription is named by it; set it with .displayName(…)"
                + " (an adopted one keeps its name)");
        }
        return displayName;
    }

    /** The subscription id (GUID; a Terraform reference for created subscriptions). */
    public String subscriptionId() {
        return subscriptionId;
    }

    /** The subscription's scope id, {@code /subscriptions/<id>}, for role assignments and budgets. */
    public String scopeId() {
        return "/subscriptions/" + subscriptionId;
    }

    /** What the subscription hosts. */
    public SubscriptionWorkload workload() {
        return workload;
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends SubscriptionProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a subscription with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public Subscription build() {
            return new Subscription(scope, id, toProps());
        }
    }
}
