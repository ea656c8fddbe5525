package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LZ-SUB-001: in an estate with a subscription layout, every azurerm provider of a stack (the default one and every
 * alias) names its subscription. One without {@code subscription_id} deploys into whatever subscription
 * {@code ARM_SUBSCRIPTION_ID} (or the Azure CLI's default) names on the machine that applies it, not the one the layout
 * gives the stack: a workload could land in the management subscription, or production in a sandbox's.
 *
 * <p>A stack is in a layout when {@code landing-zone.json} records its subscription; the vending stack
 * ({@link StackKind#SUBSCRIPTIONS}) records none, as it creates them, and runs in the vending subscription, which its
 * provider names too. Without a layout every stack deploys into {@code ARM_SUBSCRIPTION_ID} by design, and the rule does
 * not apply.
 */
final class ProviderSubscriptionRule extends CheckOnlyRule implements BlockRule {

    static final String ID = "LZ-SUB-001";
    /** How {@link SynthesizedStack#blocks()} types a provider block, named by the provider ({@code provider.azurerm}). */
    static final String TYPE = "provider";
    private static final String AZURERM = "azurerm";

    ProviderSubscriptionRule() {
        super(ID, "Every azurerm provider names its subscription of the layout",
            "Set subscription_id on the stack's azurerm provider and every alias of it: the vending stack's output"
                + " subscription-<key> for the subscription of the layout the stack deploys into (read through"
                + " data.terraform_remote_state.subscriptions), or subscriptions.vendingSubscriptionId for the vending stack;"
                + " synthesize with ./lz synth, which sets it.",
            Severity.ERROR, Set.of(TYPE));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (!AZURERM.equals(resource.name())) {
            return Evaluation.notApplicable("not an azurerm provider");
        }
        boolean vending = stack.kind() == StackKind.SUBSCRIPTIONS;
        if (stack.subscription() == null && !vending) {
            return Evaluation.notApplicable("the stack is in no subscription layout; it deploys into the subscription"
                + " ARM_SUBSCRIPTION_ID names");
        }
        // cdktn writes a provider's configurations as an array, the default one and each alias.
        List<String> missing = new ArrayList<>();
        JsonNode body = resource.body();
        Iterable<JsonNode> configurations = body.isArray() ? body : List.of(body);
        for (JsonNode configuration : configurations) {
            JsonNode subscriptionId = configuration.path("subscription_id");
            if (!subscriptionId.isTextual() || subscriptionId.asText().isBlank()) {
                JsonNode alias = configuration.path("alias");
                missing.add(alias.isTextual() ? "the azurerm provider alias '" + alias.asText() + "'" : "the default azurerm provider");
            }
        }
        if (missing.isEmpty()) {
            return Evaluation.compliant();
        }
        String where = vending ? "the vending subscription's id (subscriptions.vendingSubscriptionId, else state.subscriptionId)"
            : "the id of the subscription it deploys into, the vending stack's output subscription-<key> (the stack's own is '"
                + stack.subscription() + "')";
        return Evaluation.nonCompliant(String.join(" and ", missing) + (missing.size() == 1 ? " sets" : " set")
            + " no subscription_id, so the stack would deploy into whatever subscription ARM_SUBSCRIPTION_ID names where it is"
            + " applied; set subscription_id to " + where);
    }
}
