package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.OutputCopy;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZ-HUB-001 on the reference estate's output, whose networks outside sandbox are all peered with their region's hub;
 * then with the hub's half of one peering and the whole peering of another network taken out.
 */
class HubPeeringRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path tmp;

    private static List<Finding> findings(SynthOutput output) {
        return Checker.check(output, TODAY).findings().stream().filter(finding -> finding.rule().equals(HubPeeringRule.ID)).toList();
    }

    @Test
    void everyNetworkOutsideSandboxOfTheReferenceEstateIsPeeredWithItsHub() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        Rule rule = new HubPeeringRule();
        List<String> compliant = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (SynthesizedStack stack : output.stacks()) {
            for (TerraformResource block : stack.blocks()) {
                if (rule.appliesTo(block.type())) {
                    Outcome outcome = rule.evaluate(block, stack.context()).outcome();
                    (outcome == Outcome.COMPLIANT ? compliant : notApplicable).add(stack.name() + " " + block.name());
                }
            }
        }
        assertThat(findings(output)).isEmpty();
        // Shared production and staging; wholesale and e-commerce production (each with its recovery network) and staging.
        assertThat(compliant).hasSize(8);
        assertThat(notApplicable).anyMatch(name -> name.startsWith("connectivity ")).anyMatch(name -> name.startsWith("wholesale-sandbox "))
            .noneMatch(name -> name.startsWith("wholesale-production ") || name.startsWith("shared-production "));
    }

    @Test
    void warnsOnANetworkWithoutAPeeringToItsHubOrWithoutTheHubsHalf() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        removePeerings(out, "wholesale-staging", name -> true);
        removePeerings(out, "shared-production", name -> name.equals("peer-vnet-nwd-shared-production-weu"));

        assertThat(findings(SynthOutput.read(out))).extracting(finding -> finding.stack() + ": " + finding.message())
            .containsExactlyInAnyOrder(
                "shared-production: the network peers towards its hub, but the hub has no half back to it, so Azure leaves the peering"
                    + " Initiated and no traffic flows; add the hub's half (the connectivity provider's peering)",
                "wholesale-staging: the network has no peering towards its region's hub of the connectivity stack; give network.hubs a"
                    + " hub in its region, which peers it");
    }

    private static void removePeerings(Path out, String stack, java.util.function.Predicate<String> byName) throws IOException {
        Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
        JsonNode config = JSON.readTree(file.toFile());
        ObjectNode peerings = (ObjectNode) config.path("resource").path("azurerm_virtual_network_peering");
        int removed = 0;
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = peerings.fields(); it.hasNext(); ) {
            if (byName.test(it.next().getValue().path("name").asText())) {
                it.remove();
                removed++;
            }
        }
        assertThat(removed).as("%s's peerings removed", stack).isPositive();
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
    }
}
