package com.sysgenpro.landingzone.check;

import static com.sysgenpro.landingzone.check.FirewallRouteRuleTest.edit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.testing.OutputCopy;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZ-HUB-004 on the reference estate's output, where every tenant policy behind a firewall opens exactly what the
 * firewall allows; then on copies where a policy opens a port the firewall does not, and where the firewall loses the
 * SFTP rule its policy relies on.
 */
class EgressParityRuleTest {

    private static final String POLICY = "tenant-wholesale-production_AllowDeclaredEgress_96979D60";

    @TempDir
    Path tmp;

    private static List<String> findings(Path out) {
        return OutputRuleOutcomes.findings(out, EgressParityRule.ID);
    }

    @Test
    void everyPolicyBehindAFirewallOpensOnlyWhatTheFirewallAllowsAndSandboxIsNotJudged() {
        SynthOutput output = SynthOutput.read(ReferenceOutput.directory());
        OutputRuleOutcomes outcomes = OutputRuleOutcomes.of(new EgressParityRule(), output, (stack, resource) -> stack.name());
        List<String> compliant = outcomes.compliant();
        List<String> notApplicable = outcomes.notApplicable();
        assertThat(findings(ReferenceOutput.directory())).isEmpty();
        assertThat(compliant).contains("wholesale-production-incluster", "shared-production-incluster", "shared-staging-incluster")
            .noneMatch(stack -> stack.contains("sandbox"));
        assertThat(notApplicable).contains("shared-sandbox-incluster", "wholesale-sandbox-incluster");
    }

    @Test
    void failsOnAPolicyOpeningAPortTheFirewallDoesNotAllow() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "wholesale-production-incluster", config -> {
            ArrayNode egress = (ArrayNode) config.path("resource").path(EgressParityRule.POLICY).path(POLICY).path("spec").path("egress");
            ObjectNode extra = egress.addObject();
            extra.putArray("ports").addObject().put("port", "2222").put("protocol", "TCP");
            extra.putArray("to").addObject().putObject("ip_block").put("cidr", "0.0.0.0/0");
        });
        assertThat(findings(out)).singleElement().satisfies(finding -> assertThat(finding)
            .startsWith("wholesale-production-incluster " + EgressParityRule.POLICY + "." + POLICY + ": the policy allow-declared-egress"
                + " of namespace wholesale-production allows TCP 2222 to 0.0.0.0/0 on the internet, which no rule of the hub firewall"
                + " allows the namespace (rules named wholesale-production-<key>)"));
    }

    @Test
    void failsWhenTheFirewallLosesTheRuleAPolicyReliesOn() throws IOException {
        Path out = OutputCopy.of(ReferenceOutput.directory(), tmp.resolve("out"));
        edit(out, "connectivity", config -> {
            for (Iterator<Map.Entry<String, JsonNode>> groups = config.path("resource").path("azurerm_firewall_policy_rule_collection_group")
                    .fields(); groups.hasNext(); ) {
                for (JsonNode collection : groups.next().getValue().path("network_rule_collection")) {
                    ArrayNode rules = (ArrayNode) collection.path("rule");
                    for (int i = rules.size() - 1; i >= 0; i--) {
                        if (rules.get(i).path("name").asText().startsWith("wholesale-production-tcp-22-")) {
                            rules.remove(i);
                        }
                    }
                }
            }
        });
        assertThat(findings(out)).singleElement().satisfies(finding -> assertThat(finding)
            .contains("allows TCP 22 to 0.0.0.0/0, TCP 22 to 198.51.100.16/28 on the internet"));
    }
}
