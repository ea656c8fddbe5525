package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.check.Rule;
import com.sysgenpro.landingzone.check.Rules;
import com.sysgenpro.landingzone.testing.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rule id leads to the file that defines it: every rule's home is a source file holding its id, {@code --list-rules}
 * prints it, and the README's tables of rules say it as the code does.
 */
class RuleListTest {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final List<String> TAGS = List.of("owner", "cost-center");

    @Test
    void everyRuleIsDefinedInItsHome() throws IOException {
        List<Rule> rules = new ArrayList<>(Rules.all(TAGS));
        rules.addAll(Rules.aboutSuppressions());
        for (Rule rule : rules) {
            assertThat(source(rule.home())).as(rule.id() + " in " + rule.home()).contains(definedId(rule.id()));
        }
        // The controls evaluated only in Azure are no rules of check, and have a home too.
        for (var control : Rules.controls(TAGS).entrySet()) {
            assertThat(source(Rules.home(control.getValue()))).as(control.getKey().id()).contains(definedId(control.getKey().id()));
        }
        assertThat(Rules.all(TAGS)).filteredOn(rule -> rule.id().equals("LZ-ENC-003")).extracting(Rule::home)
            .containsExactly("governance/policy/EncryptionInitiative.java");
    }

    @Test
    void listRulesPrintsWhereEachRuleIsDefined() {
        StringWriter out = new StringWriter();
        RuleList.write(TAGS, new PrintWriter(out));

        assertThat(out.toString()).containsPattern("\\n  ID +SEVERITY +EVALUATED +INITIATIVES +DEFINED IN +TITLE\\n")
            .containsPattern("\\n  LZ-TAG-INHERIT-owner +\\w+ +Azure only +tags +governance/policy/TaggingInitiative.java +")
            .containsPattern("\\n  LZ-NET-004 +error +offline +network +governance/policy/NetworkInitiative.java +PostgreSQL")
            .containsPattern("\\n  LZ-TAG-VAL-002 +warning +check only +- +check/OwnerTagRule.java +The owner tag is a mailbox\\n")
            .containsPattern("\\n  LZ-SUP-002 +warning +suppressions +- +check/SuppressionRules.java +Every suppression matches a finding\\n");
    }

    @Test
    void readmeCarriesTheGeneratedTableOfRuleHomes() {
        GoldenFiles.assertReadmeSection("rule-homes", "RuleList", RuleList.homesMarkdown());
    }

    /** The README's table of check-only rules has one row for each, with its severity and the file that defines it. */
    @Test
    void readmeTableOfCheckOnlyRulesMatchesTheCode() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("| rule | severity | requires | defined in |"));
        section = section.substring(0, section.indexOf("\n\n"));
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9-]+)` \\| (\\w+) \\| .* \\| (\\S+) \\|$").matcher(section);
        Map<String, String> listed = new LinkedHashMap<>();
        while (row.find()) {
            listed.put(row.group(1), row.group(2) + " " + row.group(3));
        }
        Map<String, String> code = new LinkedHashMap<>();
        for (Rule rule : Rules.checkOnly()) {
            code.put(rule.id(), rule.severity().name().toLowerCase(Locale.ROOT) + " " + RuleList.link(rule.home()));
        }
        assertThat(section.lines().count()).as("rows other than one per rule").isEqualTo(code.size() + 2);
        assertThat(listed).as("README's check-only rules (id, severity, defined in)").isEqualTo(code);
    }

    private static String source(String home) throws IOException {
        Path file = PROJECT.resolve(RuleList.SOURCES + home);
        assertThat(file).as(home).isRegularFile();
        return Files.readString(file);
    }

    /** How the id is written where it is defined: the tag controls' with the tag appended in code. */
    private static String definedId(String id) {
        for (String tag : TAGS) {
            if (id.endsWith("-" + tag)) {
                return "\"" + id.substring(0, id.length() - tag.length()) + "\"";
            }
        }
        return "\"" + id + "\"";
    }
}
