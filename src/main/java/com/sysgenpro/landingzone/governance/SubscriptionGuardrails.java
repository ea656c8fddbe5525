package com.sysgenpro.landingzone.governance;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.cdktn.TerraformProvider;
import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSetting;
import io.cdktn.providers.azurerm.monitor_diagnostic_setting.MonitorDiagnosticSettingEnabledLog;
import io.cdktn.providers.azurerm.provider.AzurermProvider;
import io.cdktn.providers.azurerm.resource_provider_registration.ResourceProviderRegistration;
import io.cdktn.providers.azurerm.resource_provider_registration.ResourceProviderRegistrationFeature;
import io.cdktn.providers.azurerm.security_center_subscription_pricing.SecurityCenterSubscriptionPricing;
import io.cdktn.providers.azurerm.security_center_subscription_pricing.SecurityCenterSubscriptionPricingExtension;
import io.cdktn.providers.azurerm.subscription_template_deployment.SubscriptionTemplateDeployment;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * What every subscription of a landing zone holds, whoever deploys into it: Microsoft Defender for Cloud plans, a
 * security contact, its activity log sent to the central workspace, the resource provider features its workloads
 * need, and a monthly budget that alerts its owners. Every resource is written through {@link
 * SubscriptionGuardrailsProps#provider()}, the subscription's own provider, never the stack's default one.
 *
 * <p>Defender plans are written one after the other: azurerm 4.73 sends them in parallel, and Azure answers a second
 * change to a subscription's pricings while one is in progress with 409 Conflict (fixed in azurerm 4.74 by a lock).
 *
 * <p>Resource providers: the guardrails register, as {@code azurerm_resource_provider_registration}, only the providers
 * whose features they register (Microsoft.Compute with {@code EncryptionAtHost}): the resource registers the feature,
 * waits for it, then registers the provider again, which is what Azure needs for a feature to take effect. azurerm
 * refuses that resource for a provider it registers itself, so the subscription's provider must set
 * {@code resource_provider_registrations = "none"} and leave the namespace out of {@code resource_providers_to_register};
 * this is checked here. The other providers the subscription needs are best listed in that provider's
 * {@code resource_providers_to_register} ({@link #providerRegistrations}), which registers only those not yet
 * registered and never unregisters one, where a registration resource fails on any provider already registered
 * ("already exists - to be managed via Terraform this resource needs to be imported"), which Azure does for some by
 * default and adopted subscriptions for many, and unregisters on destroy.
 *
 * <p>Construct ids ({@code defender-<plan>}, {@code security-contact}, {@code activity-log},
 * {@code registration-<namespace>}, {@code budget}) are Terraform addresses.
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
    /** The resource providers of the guardrails' own resources: Defender plans and contact, the activity log's setting. */
    public static final Set<ResourceProvider> RESOURCE_PROVIDERS = Set.copyOf(EnumSet.of(ResourceProvider.SECURITY,
        ResourceProvider.INSIGHTS));
    /** The only name Defender for Cloud's current API gives a subscription's security contact. */
    static final String CONTACT_NAME = "default";
    /**
     * The security contacts API the contact is written with: the current one (one contact per subscription, named
     * {@code default}; semicolon-separated {@code emails}; notification sources and roles). azurerm 4.73's
     * {@code azurerm_security_center_contact} still speaks 2017-08-01-preview (one {@code email}, on/off switches).
     */
    static final String CONTACT_API_VERSION = "2023-12-01-preview";
    /** The subscription deployment that writes the security contact. */
    static final String CONTACT_DEPLOYMENT = "lz-security-contact";

    /** Creates the guardrails; prefer {@link Builder#create(Construct, String)}. */
    public SubscriptionGuardrails(Construct scope, String id, SubscriptionGuardrailsProps props) {
        super(scope, id);
        String path = getNode().getPath();
        String subscriptionId = Checks.guidOrReference(path, "subscriptionId", Checks.required(path, "subscriptionId",
            props.subscriptionId()), "a subscription id");
        TerraformProvider provider = Checks.required(path, "provider", props.provider());
        LogAnalyticsWorkspaceReference workspace = Checks.required(path, "logAnalyticsWorkspace", props.logAnalyticsWorkspace());
        AzureRegion region = Checks.required(path, "region", props.region());
        if (props.securityContacts().isEmpty()) {
            throw Checks.missing(path, "securityContacts", "Defender for Cloud mails its alerts to them; give at least one mailbox");
        }
        for (String contact : props.securityContacts()) {
            if (contact == null || !Checks.isEmail(contact)) {
                throw Checks.invalid(path, "securityContacts", contact, "mail addresses such as security@example.com");
            }
        }
        if (props.monthlyBudget() < 0) {
            throw Checks.invalid(path, "monthlyBudget", props.monthlyBudget(), "a positive amount, or 0 for no budget");
        }
        Map<ResourceProvider, List<SubscriptionFeature>> features = new TreeMap<>();
        for (SubscriptionFeature feature : SubscriptionFeature.values()) {
            if (props.features().contains(feature)) {
                features.computeIfAbsent(feature.provider(), key -> new ArrayList<>()).add(feature);
            }
        }
        if (provider instanceof AzurermProvider azurerm) {
            features.keySet().forEach(registered -> checkNotAutoRegistered(path, azurerm, registered));
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
        SubscriptionTemplateDeployment.Builder.create(this, "security-contact")
            .provider(provider)
            .name(CONTACT_DEPLOYMENT)
            .location(region.name())
            .templateContent(Json.write(contactTemplate(props.securityContacts())))
            .build();
        List<MonitorDiagnosticSettingEnabledLog> logs = new ArrayList<>();
        for (String category : ACTIVITY_LOG_CATEGORIES) {
            logs.add(MonitorDiagnosticSettingEnabledLog.builder().category(category).build());
        }
        MonitorDiagnosticSetting.Builder.create(this, "activity-log")
            .provider(provider)
            .name(ACTIVITY_LOG_SETTING)
            .targetResourceId(subscriptionScope)
            .logAnalyticsWorkspaceId(workspace.id())
            .enabledLog(logs)
            .build();
        features.forEach((registered, registeredFeatures) -> ResourceProviderRegistration.Builder.create(this,
                "registration-" + registered.namespace().toLowerCase(Locale.ROOT).replace('.', '-'))
            .provider(provider)
            .name(registered.namespace())
            .feature(registeredFeatures.stream().map(feature -> ResourceProviderRegistrationFeature.builder()
                .name(feature.featureName()).registered(true).build()).toList())
            // azurerm reads back every feature of the provider that anyone registered: without this, a feature someone
            // else registers would show as drift, and the next apply would unregister it. The features are registered when
            // the registration is created; a feature added later needs the registration replaced (terraform apply -replace).
            .lifecycle(TerraformResourceLifecycle.builder().ignoreChanges(List.of("feature")).build())
            .build());
        if (props.monthlyBudget() > 0) {
            Budget.Builder.create(this, "budget")
                .provider(provider)
                .name(Checks.required(path, "budgetName", props.budgetName()))
                .subscriptionScopeId(subscriptionScope)
                .amount(props.monthlyBudget())
                .startDate(props.budgetStart())
                .lastDay(props.budgetLastDay())
                .contactEmails(props.budgetContacts())
                .build();
        }
    }

    /**
     * What a subscription's azurerm provider should list in {@code resource_providers_to_register} (with
     * {@code resource_provider_registrations = "none"}): {@code needed} and the guardrails' own
     * {@link #RESOURCE_PROVIDERS}, without those the guardrails register as resources for {@code features}.
     */
    public static List<String> providerRegistrations(Collection<ResourceProvider> needed, Collection<SubscriptionFeature> features) {
        Set<ResourceProvider> registered = EnumSet.copyOf(RESOURCE_PROVIDERS);
        registered.addAll(needed);
        features.forEach(feature -> registered.remove(feature.provider()));
        return ResourceProvider.namespaces(registered);
    }

    /** azurerm refuses a registration resource for a provider it registers itself: say so before apply does. */
    private static void checkNotAutoRegistered(String path, AzurermProvider provider, ResourceProvider registered) {
        String set = provider.getResourceProviderRegistrations();
        List<String> listed = provider.getResourceProvidersToRegister();
        boolean listedThere = listed != null && listed.stream().anyMatch(registered.namespace()::equalsIgnoreCase);
        if (!"none".equals(set) || listedThere) {
            throw Checks.invalid(path, "provider", "resource_provider_registrations = " + (set == null ? "legacy (azurerm's default)" : set)
                    + (listedThere ? ", resource_providers_to_register with " + registered.namespace() : ""),
                "a provider with resource_provider_registrations = \"none\" and without " + registered.namespace()
                    + " in resource_providers_to_register: the guardrails register " + registered.namespace()
                    + " with its features, and azurerm refuses to manage a resource provider it registers itself");
        }
    }

    /** The subscription deployment's template: the subscription's one security contact. */
    static Map<String, Object> contactTemplate(List<String> emails) {
        Map<String, Object> properties = new LinkedHashMap<>();
        // The API takes several mailboxes as one semicolon-separated value.
        properties.put("emails", String.join(";", emails));
        properties.put("isEnabled", true);
        // High-severity alerts, to the mailboxes and to the subscription's owners (CIS Azure 9.1's recommendation).
        properties.put("notificationsSources", List.of(Map.of("sourceType", "Alert", "minimalSeverity", "High")));
        properties.put("notificationsByRole", Map.of("state", "On", "roles", List.of("Owner")));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("type", "Microsoft.Security/securityContacts");
        contact.put("apiVersion", CONTACT_API_VERSION);
        contact.put("name", CONTACT_NAME);
        contact.put("properties", properties);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("$schema", "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#");
        template.put("contentVersion", "1.0.0.0");
        template.put("resources", List.of(contact));
        return template;
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
