package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.OutputCopy;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZ-SUB-001 on the reference estate's synthesized output, whose layout gives every stack a subscription: every azurerm
 * provider names one, the vending stack's included; then the same output with {@code subscription_id} taken out of a
 * unit's provider, a platform alias and the vending stack's provider, and the stacks the rule leaves alone.
 */
class ProviderSubscriptionRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path tmp;

    private static List<Finding> findings(SynthOutput output) {
        return Checker.check(output, TODAY).findings().stream().filter(finding -> finding.rule().equals(ProviderSubscriptionRule.ID))
            .toList();
    }

    @Test
    void everyAzurermProviderOfTheReferenceEstateNamesItsSubscription() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        Rule rule = new ProviderSubscriptionRule();
        List<String> compliant = new ArrayList<>();
        for (SynthesizedStack stack : output.stacks()) {
            for (TerraformResource block : stack.blocks()) {
                if (rule.appliesTo(block.type()) && rule.evaluate(block, stack.context()).outcome() == Outcome.COMPLIANT) {
                    compliant.add(stack.name() + " " + block.address());
                }
            }
        }

        assertThat(output.subscriptions()).isNotEmpty();
        assertThat(findings(output)).isEmpty();
        // Every stack but the in-cluster ones, which have no azurerm provider.
        assertThat(compliant).hasSize(24).contains("subscriptions provider.azurerm", "platform provider.azurerm",
            "wholesale-production provider.azurerm", "shared-production provider.azurerm");
    }

    @Test
    void failsOnAProviderOrAliasWithoutSubscriptionIdNamingTheSubscription() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        withoutSubscriptionId(out, "wholesale-production", null);
        withoutSubscriptionId(out, "platform", "management");
        withoutSubscriptionId(out, "subscriptions", null);

        assertThat(findings(SynthOutput.read(out))).extracting(finding -> finding.stack() + " " + finding.address() + ": "
            + finding.message()).containsExactly(
                "platform provider.azurerm: the azurerm provider alias 'management' sets no subscription_id, so the stack would deploy"
                    + " into whatever subscription ARM_SUBSCRIPTION_ID names where it is applied; set subscription_id to the id of the"
                    + " subscription it deploys into, the vending stack's output subscription-<key> (the stack's own is 'management')",
                "subscriptions provider.azurerm: the default azurerm provider sets no subscription_id, so the stack would deploy into"
                    + " whatever subscription ARM_SUBSCRIPTION_ID names where it is applied; set subscription_id to the vending"
                    + " subscription's id (subscriptions.vendingSubscriptionId, else state.subscriptionId)",
                "wholesale-production provider.azurerm: the default azurerm provider sets no subscription_id, so the stack would deploy"
                    + " into whatever subscription ARM_SUBSCRIPTION_ID names where it is applied; set subscription_id to the id of the"
                    + " subscription it deploys into, the vending stack's output subscription-<key> (the stack's own is"
                    + " 'wholesale-production')");
        assertThat(Checker.check(SynthOutput.read(out), TODAY).failsAt(com.sysgenpro.landingzone.governance.policy.Severity.ERROR))
            .isTrue();
    }

    @Test
    void doesNotApplyWithoutALayoutNorToOtherProviders() {
        Rule rule = new ProviderSubscriptionRule();
        String withoutId = "[{\"features\": [{}]}]";
        StackContext noLayout = CheckOnlyRulesTest.PRODUCTION_TIER_1;
        StackContext inCluster = new StackContext("acme-production-incluster", StackKind.IN_CLUSTER, "acme", "production", "production",
            true, "tier-1", "dedicated", null, Set.of(), Map.of());

        assertThat(evaluate(rule, "azurerm", withoutId, noLayout).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, "azurerm", withoutId, inCluster).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, "kubernetes", withoutId, CheckOnlyRulesTest.VENDED_PRODUCTION).outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(evaluate(rule, "azurerm", "[{\"features\": [{}], \"subscription_id\": \" \"}]", CheckOnlyRulesTest.VENDED_PRODUCTION)
            .outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    private static Evaluation evaluate(Rule rule, String provider, String body, StackContext stack) {
        return rule.evaluate(new TerraformResource(stack.name(), ProviderSubscriptionRule.TYPE, provider, Synth.parse(body),
            Synth.parse("{}")), stack);
    }

    /** Removes {@code subscription_id} from the stack's default azurerm provider ({@code alias} null) or that alias. */
    private static void withoutSubscriptionId(Path out, String stack, String alias) throws IOException {
        Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        JsonNode config = JSON.readTree(file.toFile());
        boolean found = false;
        for (JsonNode provider : config.path("provider").path("azurerm")) {
            if (alias == null ? !provider.has("alias") : alias.equals(provider.path("alias").asText())) {
                assertThat(((ObjectNode) provider).remove("subscription_id")).as("%s's subscription_id", stack).isNotNull();
                found = true;
            }
        }
        assertThat(found).as("%s has the provider", stack).isTrue();
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
    }
}
