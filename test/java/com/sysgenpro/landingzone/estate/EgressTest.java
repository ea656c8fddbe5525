package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.connectivity.EgressProtocol;
import com.sysgenpro.landingzone.connectivity.EgressRule;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.testing.PinnedDay;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Egress as estate data: {@code egress:} on a unit and on an environment, read and checked by the loader, merged into
 * {@link Placement#egress()}, and what the tenant's namespace may reach on the internet (its network policies).
 */
class EgressTest {

    private static final Path TINY = Path.of("test/resources/estates/tiny.yaml");

    @TempDir
    Path tmp;

    /** The fixture estate with {@code unit} as its unit's egress list and {@code production} as its production's. */
    private static String estate(String unit, String production) {
        String yaml = EstateFixtures.VALID_YAML;
        if (unit != null) {
            yaml = yaml.replace("    costCenter: CC-1\n", "    costCenter: CC-1\n    egress:\n" + indent(unit, "      "));
        }
        if (production != null) {
            yaml = yaml.replace("      - name: production\n", "      - name: production\n        egress:\n" + indent(production, "          "));
        }
        return yaml;
    }

    private static String indent(String lines, String prefix) {
        return lines.lines().map(line -> prefix + line + "\n").reduce("", String::concat);
    }

    private static List<Problem> problems(String yaml) {
        EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
            () -> EstateLoader.parse(yaml, "egress.yaml", PinnedDay.TODAY));
        assertThat(error).as("the loader refuses the estate").isNotNull();
        return error.problems();
    }

    private static Problem problemAt(String yaml, String path) {
        return problems(yaml).stream().filter(problem -> problem.path().equals(path)).findFirst()
            .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems(yaml)));
    }

    @Test
    void theUnitsEntriesThenTheEnvironmentsBecomeThePlacementsEgress() {
        Estate estate = EstateLoader.parse(estate("""
            - {fqdn: sftp.edi-partner.example, protocol: tcp, port: 22, reason: EDI orders}
            - {cidr: 203.0.113.0/24, protocol: https, port: 443, reason: Carrier API}
            """, """
            - {fqdn: "*.payments.example", protocol: https, port: 443, reason: Card payments}
            """), "egress.yaml", PinnedDay.TODAY);
        List<Placement> placements = EstatePlan.of(estate).placements();

        assertThat(placements.get(0).environment().name()).isEqualTo("production");
        assertThat(placements.get(0).egress()).containsExactly(
            EgressRule.ofFqdn("sftp.edi-partner.example", EgressProtocol.TCP, 22, "EDI orders"),
            EgressRule.ofCidr(Cidr.parse("203.0.113.0/24"), EgressProtocol.HTTPS, 443, "Carrier API"),
            EgressRule.ofFqdn("*.payments.example", EgressProtocol.HTTPS, 443, "Card payments"));
        assertThat(placements.get(1).egress()).extracting(EgressRule::key)
            .containsExactly("tcp-22-sftp.edi-partner.example", "https-443-203.0.113.0_24");
    }

    @Test
    void failsForAnEntryWithBothDestinationsOrNone() {
        String both = estate("- {fqdn: sftp.partner.example, cidr: 203.0.113.0/24, protocol: tcp, port: 22, reason: EDI}", null);
        assertThat(problemAt(both, "businessUnits[0].egress[0]").message()).startsWith("sets both fqdn and cidr");
        String none = estate(null, "- {protocol: tcp, port: 22, reason: EDI}");
        assertThat(problemAt(none, "businessUnits[0].environments[0].egress[0]").message()).startsWith("needs a destination: fqdn");
    }

    @Test
    void failsForWhatIsNoHostNameAndForAWildcardOverTcp() {
        assertThat(problemAt(estate("- {fqdn: SFTP.partner, protocol: tcp, port: 22, reason: EDI}", null),
            "businessUnits[0].egress[0].fqdn").message()).contains("a lowercase host name");
        assertThat(problemAt(estate("- {fqdn: \"*.partner.example\", protocol: tcp, port: 22, reason: EDI}", null),
            "businessUnits[0].egress[0].fqdn").message()).contains("only http and https allow", "e.g. partner.example");
    }

    @Test
    void failsForPrivateSharedAndLinkLocalRanges() {
        assertThat(problemAt(estate("- {cidr: 10.1.0.0/24, protocol: tcp, port: 22, reason: EDI}", null),
            "businessUnits[0].egress[0].cidr").message()).contains("overlaps 10.0.0.0/8", "reached through the hub");
        assertThat(problemAt(estate(null, "- {cidr: 100.64.1.0/24, protocol: tcp, port: 22, reason: EDI}"),
            "businessUnits[0].environments[0].egress[0].cidr").message()).contains("100.64.0.0/10");
        assertThat(problemAt(estate("- {cidr: 169.254.169.254/32, protocol: http, port: 80, reason: Metadata}", null),
            "businessUnits[0].egress[0].cidr").message()).contains("link-local");
        assertThat(problemAt(estate("- {cidr: 0.0.0.0/0, protocol: https, port: 443, reason: Anything}", null),
            "businessUnits[0].egress[0].cidr").message()).contains("overlaps");
        assertThat(problemAt(estate("- {cidr: 203.0.113.7/24, protocol: tcp, port: 22, reason: EDI}", null),
            "businessUnits[0].egress[0].cidr").message()).contains("not allowed");
    }

    @Test
    void failsForAPortOutOfRangeAProtocolOutsideTheSetAndAMissingOrBlankReason() {
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 0, reason: EDI}", null),
            "businessUnits[0].egress[0].port").message()).isEqualTo("0 is not allowed; 1 to 65535");
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 65536, reason: EDI}", null),
            "businessUnits[0].egress[0].port").message()).isEqualTo("65536 is not allowed; 1 to 65535");
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: sftp, port: 22, reason: EDI}", null),
            "businessUnits[0].egress[0].protocol").message()).isEqualTo("'sftp' is not allowed; allowed: https, http, tcp, udp");
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 22}", null),
            "businessUnits[0].egress[0].reason").message()).isEqualTo("required field is missing");
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: \" \"}", null),
            "businessUnits[0].egress[0].reason").message()).startsWith("is blank");
        assertThat(problemAt(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI, colour: blue}", null),
            "businessUnits[0].egress[0].colour").message()).startsWith("unknown field");
    }

    @Test
    void failsForADestinationDeclaredTwiceForOneEnvironment() {
        String twice = estate("""
            - {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI orders}
            - {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI invoices}
            """, """
            - {cidr: 203.0.113.0/24, protocol: tcp, port: 22, reason: Bank}
            - {cidr: 203.0.113.0/24, protocol: tcp, port: 22, reason: Bank again}
            """);
        assertThat(problemAt(twice, "businessUnits[0].egress[1]").message()).startsWith("repeats businessUnits[0].egress[0] (tcp 22 to");
        assertThat(problemAt(twice, "businessUnits[0].environments[0].egress[1]").message())
            .startsWith("repeats businessUnits[0].environments[0].egress[0]");

        String again = estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI}",
            "- {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI in production}");
        assertThat(problemAt(again, "businessUnits[0].environments[0].egress[0]").message())
            .contains("repeats businessUnits[0].egress[0]", "applies to every environment of the unit");
        // Another port or protocol to the same host is another entry.
        EstateLoader.parse(estate("- {fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI}",
            "- {fqdn: sftp.partner.example, protocol: https, port: 443, reason: Partner portal}"), "egress.yaml", PinnedDay.TODAY);
    }

    @Test
    void reportsEveryEntrysProblemsInOnePass() {
        assertThat(problems(estate("""
            - {fqdn: sftp.partner.example, protocol: tcp, port: 0, reason: EDI}
            - {cidr: 192.168.0.0/24, protocol: udp, port: 53, reason: DNS}
            """, "- {fqdn: api.example, protocol: smtp, port: 25, reason: Mail}")))
            .extracting(Problem::path).containsExactly("businessUnits[0].egress[0].port", "businessUnits[0].egress[1].cidr",
                "businessUnits[0].environments[0].egress[0].protocol");
    }

    private JsonNode tinyNamespacePolicies(String yaml) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, yaml);
        EstateSynthesizer.synthesize(EstateLoader.load(file, PinnedDay.TODAY), tmp.resolve("out"));
        JsonNode stack = Synth.read(tmp.resolve("out/stacks/shop-sandbox-incluster/cdk.tf.json"));
        return stack.path("resource").path("kubernetes_network_policy_v1");
    }

    private static List<String> names(JsonNode policies) {
        List<String> names = new java.util.ArrayList<>();
        policies.forEach(policy -> names.add(policy.path("metadata").path("name").asText()));
        return names;
    }

    @Test
    void withoutHubsAnEnvironmentThatDeclaresNothingKeepsHttpsAndMailToPublicAddresses() throws IOException {
        JsonNode policies = tinyNamespacePolicies(Files.readString(TINY));

        assertThat(names(policies)).contains("allow-internet-egress").doesNotContain("allow-declared-egress");
        JsonNode internet = null;
        for (JsonNode policy : policies) {
            if (policy.path("metadata").path("name").asText().equals("allow-internet-egress")) {
                internet = policy;
            }
        }
        assertThat(internet.path("spec").path("egress").findValuesAsText("port")).containsExactly("443", "465", "587", "993");
    }

    @Test
    void withoutHubsOneDeclaredEntryGivesExactlyTheDeclaredEgress() throws IOException {
        String yaml = Files.readString(TINY).replace("      - {name: sandbox, addressSpace: 10.10.0.0/20}",
            "      - name: sandbox\n        addressSpace: 10.10.0.0/20\n"
                + "        egress: [{fqdn: sftp.partner.example, protocol: tcp, port: 22, reason: EDI orders}]");
        JsonNode policies = tinyNamespacePolicies(yaml);

        assertThat(names(policies)).contains("allow-declared-egress").doesNotContain("allow-internet-egress");
        assertThat(policies.findValues("egress").stream().flatMap(egress -> egress.findValuesAsText("port").stream()))
            .containsOnly("53", "5432", "443", "6380", "10000", "22");
    }

    @Test
    void withHubsAnEnvironmentThatDeclaresNothingReachesNothingOnTheInternet() throws IOException {
        String yaml = Files.readString(TINY).replace("regions: {primary: westeurope}",
            "regions: {primary: westeurope}\nnetwork: {hubs: {westeurope: 10.60.0.0/24}}");
        JsonNode policies = tinyNamespacePolicies(yaml);

        assertThat(names(policies)).doesNotContain("allow-internet-egress", "allow-declared-egress");
        assertThat(policies.findValuesAsText("cidr")).allMatch(cidr -> cidr.startsWith("10.10."));
    }
}
