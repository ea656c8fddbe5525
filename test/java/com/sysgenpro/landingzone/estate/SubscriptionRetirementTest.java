package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.preview.Preview;
import com.sysgenpro.landingzone.preview.PreviewReport;
import com.sysgenpro.landingzone.preview.PriceCatalog;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.ReferenceYaml;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscription leaving the layout (here: e-commerce's sandbox environment removed, so {@code ecommerce-sandbox}
 * goes): retired for one deployment ({@code subscriptions.retired}), with its alias, output and provider kept and its
 * guardrails gone, and the preview's warning when a key leaves in one step.
 */
class SubscriptionRetirementTest {

    private static final String SANDBOX = "      - name: sandbox\n        addressSpace: 10.67.32.0/20\n";
    private static final String SECURITY = "  securityContacts: [security@northwind.example]\n";

    @TempDir
    Path tmp;

    private static String withoutEcommerceSandbox() {
        String yaml = ReferenceYaml.text();
        assertThat(yaml).contains(SANDBOX, SECURITY);
        return yaml.replace(SANDBOX, "");
    }

    private Path synthesize(String yaml, String name) {
        Path out = tmp.resolve(name);
        EstateSynthesizer.synthesize(EstateLoader.parse(yaml, name, PinnedDay.TODAY), "test", out, stack -> { },
            Set.of(SubscriptionsStack.NAME, PlatformStack.NAME));
        return out;
    }

    private static JsonNode stack(Path out, String name) {
        return Synth.read(out.resolve("stacks").resolve(name).resolve("cdk.tf.json"));
    }

    @Test
    void aRetiringSubscriptionKeepsItsAliasOutputAndProviderAndLosesItsGuardrails() {
        Path out = synthesize(withoutEcommerceSandbox().replace(SECURITY, SECURITY + "  retired: [ecommerce-sandbox]\n"), "retiring");

        JsonNode vending = stack(out, SubscriptionsStack.NAME);
        JsonNode alias = Synth.resources(vending, "azurerm_subscription").stream()
            .filter(resource -> resource.path("alias").asText().equals("sub-nwd-ecommerce-sandbox")).findFirst().orElseThrow();
        // The same alias and address it was created under: nothing is replaced, and what the layout said is left as it is.
        assertThat(alias.path("//").path("metadata").path("path").asText()).isEqualTo("subscriptions/ecommerce-sandbox/Resource");
        assertThat(alias.path("subscription_name").asText()).isEqualTo("nwd-ecommerce-sandbox");
        assertThat(alias.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
            .containsExactly("subscription_name", "billing_scope_id", "workload", "tags");
        assertThat(vending.path("output").path("subscription-ecommerce-sandbox").path("value").asText())
            .startsWith("${azurerm_subscription.ecommerce-sandbox").endsWith(".subscription_id}");

        JsonNode platform = stack(out, PlatformStack.NAME);
        assertThat(platform.path("provider").path("azurerm")).anySatisfy(provider -> {
            assertThat(provider.path("alias").asText()).isEqualTo("ecommerce-sandbox");
            assertThat(provider.path("subscription_id").asText())
                .isEqualTo("${data.terraform_remote_state.subscriptions.outputs.subscription-ecommerce-sandbox}");
        });
        // Nothing of its guardrails stays: Terraform destroys them through the provider kept for that.
        platform.path("resource").forEach(type -> type.forEach(resource ->
            assertThat(resource.path("provider").asText()).isNotEqualTo("azurerm.ecommerce-sandbox")));
        assertThat(Synth.resources(platform, "azurerm_management_group_subscription_association"))
            .filteredOn(association -> association.path("subscription_id").asText().contains("subscription-ecommerce-sandbox}"))
            .singleElement()
            .satisfies(association -> assertThat(association.path("management_group_id").asText())
                .startsWith("${azurerm_management_group.management-groups_decommissioned"));

        SynthOutput output = SynthOutput.read(out);
        assertThat(output.subscriptions().get("ecommerce-sandbox").retired()).isTrue();
        assertThat(output.subscriptions().get("ecommerce-sandbox").managementGroup()).isEqualTo("decommissioned");
        assertThat(output.subscriptions().get("ecommerce-production").retired()).isFalse();
    }

    @Test
    void aRetiringAdoptedSubscriptionKeepsOnlyItsOutput() {
        Path out = synthesize(withoutEcommerceSandbox().replace(SECURITY, SECURITY + "  retired: [ecommerce-sandbox]\n")
            .replace("    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n",
                "    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n    ecommerce-sandbox: 11111111-2222-4333-8444-555555555555\n"),
            "retiring-adopted");
        JsonNode vending = stack(out, SubscriptionsStack.NAME);
        assertThat(Synth.resources(vending, "azurerm_subscription"))
            .noneMatch(resource -> resource.path("alias").asText().contains("ecommerce-sandbox"));
        assertThat(vending.path("output").path("subscription-ecommerce-sandbox").path("value").asText())
            .isEqualTo("11111111-2222-4333-8444-555555555555");
    }

    @Test
    void thePreviewWarnsWhenAKeyLeavesTheLayoutWithoutBeingRetired() {
        SynthOutput base = SynthOutput.read(ReferenceOutput.directory());
        PreviewReport atOnce = Preview.compare(base, SynthOutput.read(synthesize(withoutEcommerceSandbox(), "at-once")), List.of(),
            PriceCatalog.bundled(), LocalDate.of(2026, 12, 2));
        assertThat(atOnce.subscriptionsDroppedAtOnce()).containsExactly("ecommerce-sandbox");
        assertThat(atOnce.markdown()).contains("1 subscription leaves the layout in one step**: `ecommerce-sandbox`",
            "List it under `subscriptions.retired` for one deployment first");

        SynthOutput retiring = SynthOutput.read(synthesize(withoutEcommerceSandbox()
            .replace(SECURITY, SECURITY + "  retired: [ecommerce-sandbox]\n"), "retiring"));
        assertThat(Preview.compare(base, retiring, List.of(), PriceCatalog.bundled(), LocalDate.of(2026, 12, 2))
            .subscriptionsDroppedAtOnce()).isEmpty();
        // The second step: the retired key removed.
        assertThat(Preview.compare(retiring, SynthOutput.read(synthesize(withoutEcommerceSandbox(), "retired")), List.of(),
            PriceCatalog.bundled(), LocalDate.of(2026, 12, 2)).subscriptionsDroppedAtOnce()).isEmpty();
    }

    @Test
    void failsOnARetiredKeyStillInTheLayoutOrListedTwice() {
        List<String> problems = EstateFixtures.problems(ReferenceYaml.text().replace(SECURITY, SECURITY
            + "  retired: [ecommerce-sandbox, Retail_Production, retail-production, retail-production]\n"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.retired[0]: 'ecommerce-sandbox' is still in the layout"
            + " (for ecommerce-sandbox); retire a subscription once nothing deploys into it"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.retired[1]: 'Retail_Production' is not allowed"));
        assertThat(problems).anyMatch(problem -> problem.startsWith("subscriptions.retired[3]: 'retail-production' is listed twice"));
        assertThat(problems).noneMatch(problem -> problem.startsWith("subscriptions.retired[2]"));
    }

    @Test
    void anAdoptedSubscriptionMayBeRetiredButNotAdoptedOutsideTheLayout() {
        assertThat(EstateFixtures.problems(ReferenceYaml.text().replace("    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n",
            "    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n    retail-production: 11111111-2222-4333-8444-555555555555\n")))
            .anyMatch(problem -> problem.startsWith("subscriptions.existing.retail-production: is not a subscription of the layout"));
        EstateLoader.parse(ReferenceYaml.text().replace(SECURITY, SECURITY + "  retired: [retail-production]\n")
            .replace("    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n",
                "    management: 0b1f6471-1bf0-4dda-aec3-cb9272f09590\n    retail-production: 11111111-2222-4333-8444-555555555555\n"),
            "adopted and retired", PinnedDay.TODAY);
    }
}
