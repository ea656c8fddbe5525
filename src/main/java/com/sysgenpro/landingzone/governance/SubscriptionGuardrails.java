package com.sysgenpro.landingzone.governance;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSetting;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSettingEnabledLog;
import io.cdktn.providers.azurerm.resource_provider_feature_registration.ResourceProviderFeatureRegistration;
import io.cdktn.providers.azurerm.security_center_contact.SecurityCenterContact;
import io.cdktn.providers.azurerm.security_center_subscription_pricing.SecurityCenterSubscriptionPricing;
import io.cdktn.providers.azurerm.security_center_subscription_pricing.SecurityCenterSubscriptionPricingExtension;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * What every subscription of a landing zone holds, whoever deploys into it: Microsoft Defender for Cloud plans, a
 * security contact, its activity log sent to the central workspace, the resource provider features its workloads
 * need, and a monthly budget that alerts its owners.
 *
 * <p>Defender plans are written one after the other: azurerm 4.73 sends them in parallel, and Azure answers a second
 * change to a subscription's pricings while one is in progress with 409 Conflict (fixed in azurerm 4.74 by a lock).
 * Construct ids ({@code defender-<plan>}, {@code security-contact}, {@code activity-log}, {@code feature-<feature>},
 * {@code budget}) are Terraform addresses.
 */
public final class SubscriptionGuardrails extends Construct {

    /** The diagnostic setting's name on the subscription's activity log. */
    public static final String ACTIVITY_LOG_SETTING = "lz-activity-log";
    /**
     * Every category of the subscription activity log: who changed what (Administrative), Defender's alerts (Security),
     * policy evaluations (Policy), and the service and resource health a recovery is decided on.
     */
    public static final List<String> ACTIVITY_LOG_CATEGORIES = List.of("Administrative", "Security", "ServiceHealth", "Alert",
        "Recommendation", "Policy", "Autoscale", "ResourceHealth");
    /** The only name Defender for Cloud's current API gives a subscription's security contact. */
    static final String CONTACT_NAME = "default";

    /** Creates the guardrails; prefer {@link Builder#create(Construct, String)}. */
    public SubscriptionGuardrails(Construct scope, String id, SubscriptionGuardrailsProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String subscriptionId = Checks.guidOrReference(path, "subscriptionId", Checks.required(path, "subscriptionId",
            props.subscriptionId()), "a subscription id");
        var provider = Checks.required(path, "provider", props.provider());
        String workspace = Checks.required(path, "logAnalyticsWorkspaceId", props.logAnalyticsWorkspaceId());
        if (props.securityContacts().isEmpty()) {
            throw Checks.missing(path, "securityContacts", "Defender for Cloud mails its alerts to them; give at least one mailbox");
        }
        for (String contact : props.securityContacts()) {
            if (contact == null || !Checks.isEmail(contact)) {
                throw Checks.invalid(path, "securityContacts", contact, "mail addresses such as security@example.com");
            }
        }
        String subscriptionScope = "/subscriptions/" + subscriptionId;

        ITerraformDependable previous = null;
        for (DefenderPlan plan : DefenderPlan.values()) {
            if (!props.defenderPlans().contains(plan)) {
                continue;
            }
            var pricing = SecurityCenterSubscriptionPricing.Builder.create(this, "defender-" + plan.key())
                .provider(provider)
                .tier("Standard")
                .resourceType(plan.resourceType());
            if (plan.subplan() != null) {
                pricing.subplan(plan.subplan());
            }
            if (!plan.extensions().isEmpty()) {
                pricing.extension(plan.extensions().stream()
                    .map(name -> SecurityCenterSubscriptionPricingExtension.builder().name(name).build()).toList());
            }
            if (previous != null) {
                pricing.dependsOn(List.of(previous));
            }
            previous = pricing.build();
        }
        SecurityCenterContact.Builder.create(this, "security-contact")
            .provider(provider)
            .name(CONTACT_NAME)
            // The API takes several mailboxes as one semicolon-separated value.
            .email(String.join(";", props.securityContacts()))
            .alertNotifications(true)
            .alertsToAdmins(true)
            .build();
        List<MonitorDiagnosticSettingEnabledLog> logs = new ArrayList<>();
        for (String category : ACTIVITY_LOG_CATEGORIES) {
            logs.add(MonitorDiagnosticSettingEnabledLog.builder().category(category).build());
        }
        MonitorDiagnosticSetting.Builder.create(this, "activity-log")
            .name(ACTIVITY_LOG_SETTING)
            .targetResourceId(subscriptionScope)
            .logAnalyticsWorkspaceId(workspace)
            .enabledLog(logs)
            .build();
        for (SubscriptionFeature feature : SubscriptionFeature.values()) {
            if (props.features().contains(feature)) {
                ResourceProviderFeatureRegistration.Builder.create(this, "feature-" + feature.key())
                    .provider(provider)
                    .providerName(feature.providerName())
                    .name(feature.featureName())
                    .build();
            }
        }
        if (props.monthlyBudget() > 0) {
            Budget.Builder.create(this, "budget")
                .name(Checks.required(path, "budgetName", props.budgetName()))
                .subscriptionScopeId(subscriptionScope)
                .amount(props.monthlyBudget())
                .startDate(Checks.required(path, "budgetStart", props.budgetStart()))
                .contactEmails(props.budgetContacts())
                .build();
        } else if (props.monthlyBudget() < 0) {
            throw Checks.invalid(path, "monthlyBudget", props.monthlyBudget(), "a positive amount, or 0 for no budget");
        }
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends SubscriptionGuardrailsProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts the guardrails with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public SubscriptionGuardrails build() {
            return new SubscriptionGuardrails(scope, id, toProps());
        }
    }
}
