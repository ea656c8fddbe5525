package com.sysgenpro.landingzone.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.core.Cidr;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EgressRuleTest {

    /** Azure's rule for network resource names: 1 to 80 of letters, digits, - . _; alphanumeric first, alphanumeric or _ last. */
    private static final Pattern AZURE_RULE_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9._]{0,78}[A-Za-z0-9_])?");

    @Test
    void theKeyNamesProtocolPortAndDestinationAsAFirewallRuleName() {
        assertThat(EgressRule.ofFqdn("sftp.edi-partner.example", EgressProtocol.TCP, 22, "EDI").key())
            .isEqualTo("tcp-22-sftp.edi-partner.example");
        assertThat(EgressRule.ofFqdn("*.carrier.example", EgressProtocol.HTTPS, 443, "Labels").key())
            .isEqualTo("https-443-_.carrier.example");
        assertThat(EgressRule.ofCidr(Cidr.parse("203.0.113.0/24"), EgressProtocol.UDP, 123, "Time").key())
            .isEqualTo("udp-123-203.0.113.0_24");
        assertThat(EgressRule.ofFqdn("*.carrier.example", EgressProtocol.HTTPS, 443, "Labels").key()).matches(AZURE_RULE_NAME);
    }

    @Test
    void theKeyIgnoresTheReasonAndStaysWithinEightyCharactersForLongNames() {
        String longName = "a".repeat(63) + "." + "b".repeat(63) + ".example";
        EgressRule rule = EgressRule.ofFqdn(longName, EgressProtocol.HTTPS, 443, "One");
        String key = rule.key();

        assertThat(key).hasSize(80).matches(AZURE_RULE_NAME).startsWith("https-443-aaaa");
        assertThat(EgressRule.ofFqdn(longName, EgressProtocol.HTTPS, 443, "Another reason").key()).isEqualTo(key);
        assertThat(EgressRule.ofFqdn(longName, EgressProtocol.HTTPS, 8443, "One").key()).isNotEqualTo(key);
        assertThat(EgressRule.ofFqdn("a".repeat(63) + "." + "b".repeat(63) + ".example.org", EgressProtocol.HTTPS, 443, "One").key())
            .hasSize(80).isNotEqualTo(key);
    }

    @Test
    void httpsAndHttpAreApplicationRulesCarriedOverTcp() {
        assertThat(EgressProtocol.HTTPS.applicationRule()).isTrue();
        assertThat(EgressProtocol.HTTP.applicationRule()).isTrue();
        assertThat(EgressProtocol.TCP.applicationRule()).isFalse();
        assertThat(EgressProtocol.UDP.applicationRule()).isFalse();
        assertThat(EgressProtocol.HTTPS.transport()).isEqualTo("TCP");
        assertThat(EgressProtocol.UDP.transport()).isEqualTo("UDP");
        assertThat(EgressProtocol.find("https")).contains(EgressProtocol.HTTPS);
        assertThat(EgressProtocol.find("HTTPS")).isEmpty();
    }

    @Test
    void failsWithoutOneDestination() {
        assertThatThrownBy(() -> new EgressRule(null, null, EgressProtocol.TCP, 22, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not neither");
        assertThatThrownBy(() -> new EgressRule("sftp.partner.example", Cidr.parse("203.0.113.0/24"), EgressProtocol.TCP, 22, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void failsForAWildcardOverANetworkRule() {
        assertThatThrownBy(() -> EgressRule.ofFqdn("*.partner.example", EgressProtocol.TCP, 22, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http and https");
        assertThat(EgressRule.fqdnProblem("*.partner.example", EgressProtocol.HTTP)).isNull();
    }

    @Test
    void failsForWhatIsNoHostName() {
        for (String name : new String[] {"Sftp.Partner.example", "partner", "*.example", "203.0.113.10", "*", "sftp.partner.example.",
            "a..example", "*.*.example"}) {
            assertThat(EgressRule.fqdnProblem(name, EgressProtocol.HTTPS)).as(name).contains("is not allowed");
        }
    }

    @Test
    void failsForRangesEgressNeverReaches() {
        assertThat(EgressRule.cidrProblem(Cidr.parse("10.20.0.0/16"))).contains("10.0.0.0/8", "reached through the hub");
        assertThat(EgressRule.cidrProblem(Cidr.parse("100.100.0.0/16"))).contains("100.64.0.0/10", "CGNAT");
        assertThat(EgressRule.cidrProblem(Cidr.parse("169.254.169.254/32"))).contains("link-local", "not a public address");
        assertThat(EgressRule.cidrProblem(Cidr.parse("172.31.0.0/16"))).contains("172.16.0.0/12");
        assertThat(EgressRule.cidrProblem(Cidr.parse("192.168.1.0/24"))).contains("192.168.0.0/16");
        // A range that holds a private one is refused too: everything at once is what declaring egress replaces.
        assertThat(EgressRule.cidrProblem(Cidr.parse("0.0.0.0/0"))).isNotNull();
        assertThat(EgressRule.cidrProblem(Cidr.parse("8.0.0.0/6"))).contains("10.0.0.0/8");
        assertThat(EgressRule.cidrProblem(Cidr.parse("203.0.113.0/24"))).isNull();
        assertThat(EgressRule.cidrProblem(Cidr.parse("172.32.0.0/16"))).isNull();
        assertThatThrownBy(() -> EgressRule.ofCidr(Cidr.parse("10.1.0.0/24"), EgressProtocol.TCP, 22, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cidr '10.1.0.0/24' overlaps 10.0.0.0/8");
    }

    @Test
    void failsForAPortOutOfRangeOrABlankReason() {
        assertThatThrownBy(() -> EgressRule.ofFqdn("sftp.partner.example", EgressProtocol.TCP, 0, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> EgressRule.ofFqdn("sftp.partner.example", EgressProtocol.TCP, 65536, "EDI"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> EgressRule.ofFqdn("sftp.partner.example", EgressProtocol.TCP, 22, "  "))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> EgressRule.ofFqdn("sftp.partner.example", null, 22, "EDI"))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("protocol");
    }
}
