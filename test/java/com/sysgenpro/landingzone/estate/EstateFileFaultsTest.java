package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * Files that are not estates, and estates YAML allows but the reader did not: each refused or read with a message in
 * words that names the path, the problem and the fix, never a Java exception (issue 21).
 */
class EstateFileFaultsTest {

    private static final String VALID = EstateFixtures.VALID_YAML;

    @TempDir
    Path folder;

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() throws IOException {
        Path file = folder.resolve("huge.yaml");
        Files.writeString(file, "organisation: " + "x".repeat(20 * 1024 * 1024) + "\n");

        long start = System.nanoTime();
        EstateValidationException error = refused(() -> EstateLoader.load(file, PinnedDay.TODAY));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(error.problems()).containsExactly(new Problem("", "is 20.0 MiB (20,971,535 bytes), more than the 1 MiB an"
            + " estate file may have (the reference estate, six units, is 5 KiB): check that this is the estate file, and remove"
            + " what does not belong in it"));
    }

    @Test
    void refusesATextLongerThanTheLimit() {
        String yaml = "organisation: " + "x".repeat(EstateFile.MAX_BYTES) + "\n";

        EstateValidationException error = refused(() -> EstateLoader.parse(yaml, "long.yaml", PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(new Problem("", "is 1,048,591 characters long, more than the 1,048,576 an"
            + " estate may have (the reference estate, six units, is about 5,300): check that this is the estate, and remove"
            + " what does not belong in it"));
    }

    @Test
    void theLimitLeavesRoomForAThousandUnitsTheSizeOfTheReferenceEstates() throws IOException {
        String reference = Files.readString(Path.of("stacks/reference.yaml"));
        int units = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY).businessUnits().size();
        // What the estate says once (platform, subscriptions, access, governance), then its units.
        int estateWide = reference.indexOf("\nbusinessUnits:");
        long perUnit = (reference.length() - estateWide) / units;

        assertThat(estateWide + perUnit * 1000).isLessThan(EstateFile.MAX_BYTES);
    }

    @Test
    void refusesASecondDocumentNamingItsLine() {
        EstateValidationException error = refused(() -> EstateLoader.parse(VALID + "---\n" + VALID, "two.yaml", PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(new Problem("", "holds 2 YAML documents (the second starts at line 19); an"
            + " estate is one document: remove the second one and the '---' before it, or move it to a file of its own"));
    }

    @Test
    void readsAFileEndingInAnEmptyDocument() {
        assertThat(EstateLoader.parse(VALID + "---\n", "trailing.yaml", PinnedDay.TODAY).prefix()).isEqualTo("tst");
    }

    @Test
    void readsAnchorsAliasesAndMergeKeysAsTheirExpandedForm() {
        String anchored = VALID.replace("""
              - name: retail
                owner: retail@example.com
                costCenter: CC-1
                environments:
                  - name: production
                  - name: uat
                    blueprint: qa
            """, """
              - &retail
                name: retail
                owner: &owner retail@example.com
                costCenter: CC-1
                sites: &sites [antwerp-dc, liege-dc]
                criteria: &criteria {customizationDepth: medium, latencyTolerance: high}
                environments: &environments
                  - name: production
                  - name: uat
                    blueprint: qa
              - <<: *retail
                name: trade
                costCenter: CC-2
              - name: pharma
                owner: *owner
                costCenter: CC-3
                sites: *sites
                criteria: *criteria
                environments: *environments
            """);
        String expanded = VALID.replace("""
                environments:
                  - name: production
                  - name: uat
                    blueprint: qa
            """, """
                sites: [antwerp-dc, liege-dc]
                criteria: {customizationDepth: medium, latencyTolerance: high}
                environments: [{name: production}, {name: uat, blueprint: qa}]
              - name: trade
                owner: retail@example.com
                costCenter: CC-2
                sites: [antwerp-dc, liege-dc]
                criteria: {customizationDepth: medium, latencyTolerance: high}
                environments: [{name: production}, {name: uat, blueprint: qa}]
              - name: pharma
                owner: retail@example.com
                costCenter: CC-3
                sites: [antwerp-dc, liege-dc]
                criteria: {customizationDepth: medium, latencyTolerance: high}
                environments: [{name: production}, {name: uat, blueprint: qa}]
            """);

        Estate fromAliases = EstateLoader.parse(anchored, "anchored.yaml", PinnedDay.TODAY);
        Estate written = EstateLoader.parse(expanded, "expanded.yaml", PinnedDay.TODAY);
        // The same document once aliases and merge keys are expanded, so the same estate and the same synthesis.
        assertThat(com.sysgenpro.landingzone.internal.YamlTree.read(anchored, new com.sysgenpro.landingzone.internal.Problems()))
            .isEqualTo(com.sysgenpro.landingzone.internal.YamlTree.read(expanded, new com.sysgenpro.landingzone.internal.Problems()));
        assertThat(EstateDescription.describe(fromAliases, EstatePlan.of(fromAliases), name -> true))
            .isEqualTo(EstateDescription.describe(written, EstatePlan.of(written), name -> true));

        assertThat(EstatePlan.of(fromAliases).stackNames()).isEqualTo(EstatePlan.of(written).stackNames())
            .contains("retail-production", "trade-production", "trade-uat", "pharma-production", "pharma-uat");
        assertThat(fromAliases.businessUnits()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            BusinessUnit unit = fromAliases.businessUnits().get(i);
            BusinessUnit expected = written.businessUnits().get(i);
            assertThat(List.of(unit.name(), unit.owner(), unit.costCenter(), unit.sites(), unit.criteria()))
                .isEqualTo(List.of(expected.name(), expected.owner(), expected.costCenter(), expected.sites(), expected.criteria()));
            assertThat(unit.environments()).extracting(Environment::name, Environment::blueprint)
                .isEqualTo(expected.environments().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.name(), e.blueprint())).toList());
        }
        assertThat(fromAliases.businessUnits().get(2).sites()).containsExactly("antwerp-dc", "liege-dc");
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder laughs = new StringBuilder("[&a0 [" + "lol, ".repeat(9) + "lol]");
        for (int level = 1; level < 10; level++) {
            laughs.append(", &a").append(level).append(" [").append(("*a" + (level - 1) + ", ").repeat(9))
                .append("*a").append(level - 1).append("]");
        }
        String bomb = VALID.replace("    costCenter: CC-1\n", "    costCenter: CC-1\n    application: " + laughs + "]\n");
        EstateLoader.parse(VALID, "warm-up.yaml", PinnedDay.TODAY); // times the bomb, not the loading of the reader's classes

        long start = System.nanoTime();
        EstateValidationException error = refused(() -> EstateLoader.parse(bomb, "laughs.yaml", PinnedDay.TODAY));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(error.problems()).containsExactly(new Problem("businessUnits[0].application[4][0]", "aliases expand the"
            + " document to more than 20,000 values, the most they may add, at the alias *a3 at line 15, column 248: an alias"
            + " bomb, or aliases of aliases repeating far more than an estate needs; alias smaller values, or write them out"));
    }

    @Test
    void refusesAnAliasOfNothingAndAnAliasOfItself() {
        EstateValidationException nothing = refused(() -> EstateLoader.parse(VALID.replace("owner: retail@example.com",
            "owner: *owner"), "nothing.yaml", PinnedDay.TODAY));
        EstateValidationException itself = refused(() -> EstateLoader.parse(VALID.replace("owner: retail@example.com",
            "owner: retail@example.com\n    sites: &s [gent, *s]"), "itself.yaml", PinnedDay.TODAY));

        assertThat(nothing.problems()).containsExactly(new Problem("businessUnits[0].owner", "the alias *owner at line 13,"
            + " column 12 refers to no anchor: write &owner on the value it stands for, before this line"));
        assertThat(itself.problems()).containsExactly(new Problem("businessUnits[0].sites[1]", "the alias *s at line 14,"
            + " column 22 is inside the value anchored &s it stands for, so that value would never end; refer to another"
            + " anchor, or write the value out"));
    }

    @Test
    void reportsDuplicateKeysAtTheirPathWithBothLines() {
        EstateValidationException error = refused(() -> EstateLoader.parse(VALID.replace("    costCenter: CC-1\n",
            "    costCenter: CC-1\n    owner: other@example.com\n") + "prefix: other\n", "dup.yaml", PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(
            new Problem("businessUnits[0].owner", "is given twice in the same mapping, at lines 13 and 15; keep one"),
            new Problem("prefix", "is given twice in the same mapping, at lines 2 and 20; keep one"));
    }

    @Test
    void refusesDeepNestingInWordsWithItsLine() {
        String deep = VALID.replace("organisation: Test Org", "organisation: " + "[".repeat(10_000) + "]".repeat(10_000));

        EstateValidationException error = refused(() -> EstateLoader.parse(deep, "deep.yaml", PinnedDay.TODAY));

        String path = ("organisation" + "[0]".repeat(49)).substring(0, 80) + "…";
        assertThat(error.problems()).containsExactly(new Problem(path, "nested deeper than 50 levels at line 1, column 64;"
            + " an estate's deepest field is six levels down: close the brackets that are open, or indent less"));
    }

    @Test
    void refusesADirectoryInWords() {
        EstateValidationException error = refused(() -> EstateLoader.load(folder, PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(new Problem("", "is a directory, not an estate file; give the path of the"
            + " estate's .yaml file in it"));
    }

    @Test
    void refusesASymbolicLinkLoopInWords() throws IOException {
        Path first = folder.resolve("first.yaml");
        Path second = folder.resolve("second.yaml");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);

        EstateValidationException error = refused(() -> EstateLoader.load(first, PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(new Problem("", "is a symbolic link loop: following its links leads back to"
            + " it; point the link at the estate file"));
    }

    @Test
    void refusesALinkToNothingInWords() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("estate.yaml"), folder.resolve("moved.yaml"));

        assertThat(refused(() -> EstateLoader.load(link, PinnedDay.TODAY)).problems())
            .containsExactly(new Problem("", "is a symbolic link to a file that does not exist"));
    }

    @Test
    void refusesAnUnreadableFileInWords() throws IOException {
        Path file = Files.writeString(folder.resolve("locked.yaml"), VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions do not bind this user (root)");

        assertThat(refused(() -> EstateLoader.load(file, PinnedDay.TODAY)).problems()).containsExactly(new Problem("",
            "cannot be read: permission denied; ask for read access to it, or copy it somewhere you can read"));
    }

    @Test
    void refusesTextThatIsNotUtf8NamingTheLineAndByte() throws IOException {
        byte[] latin1 = VALID.replace("Test Org", "Société Test").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin1.yaml"), latin1);

        EstateValidationException error = refused(() -> EstateLoader.load(file, PinnedDay.TODAY));

        assertThat(error.problems()).containsExactly(new Problem("", "is not UTF-8 text: byte 0xE9 at line 1 (byte offset 18) is"
            + " not valid UTF-8; save the file as UTF-8 (in most editors: Save As, encoding UTF-8)"));
    }

    @Test
    void shortensLongValuesInMessages() {
        String value = "x".repeat(1_000_000);
        String yaml = VALID.replace("primary: westeurope", "primary: " + value).replace("    costCenter: CC-1\n",
            "    costCenter: CC-1\n    monthlyBudget: '" + "9".repeat(2_000) + "'\n");

        EstateValidationException error = refused(() -> EstateLoader.parse(yaml, "long.yaml", PinnedDay.TODAY));

        String known = String.join(", ", AzureRegion.known().stream().map(AzureRegion::name).toList());
        assertThat(error.problems()).contains(
            new Problem("businessUnits[0].monthlyBudget", "expected a whole number, found text '" + "9".repeat(80)
                + "…' (2,000 characters)"),
            new Problem("regions.primary", "'" + "x".repeat(80) + "…' (1,000,000 characters) is not allowed; allowed: " + known));
        assertThat(error.getMessage()).hasSizeLessThan(10_000);
    }

    @Test
    void reportsADeclaredShortNameAtShortNameAndADerivedOneAtName() {
        String declared = VALID.replace("  - name: retail\n", "  - name: northwind-retail\n    shortName: northwindretail\n");
        String derived = VALID.replace("  - name: retail\n", "  - name: northwind-retail\n");

        assertThat(refused(() -> EstateLoader.parse(declared, "declared.yaml", PinnedDay.TODAY)).problems()).contains(new Problem(
            "businessUnits[0].shortName", "short name 'northwindretail' is not allowed in globally unique names: 2 to 8 lowercase"
                + " letters and digits, starting with a letter; change shortName"));
        assertThat(refused(() -> EstateLoader.parse(derived, "derived.yaml", PinnedDay.TODAY)).problems()).contains(new Problem(
            "businessUnits[0].name", "short name 'northwindretail' is not allowed in globally unique names: 2 to 8 lowercase"
                + " letters and digits, starting with a letter; set shortName"));
    }

    /** The refusal {@code load} throws, checked to be in words: no Java class or Jackson setting named. */
    private static EstateValidationException refused(ThrowingCallable load) {
        EstateValidationException error = catchThrowableOfType(EstateValidationException.class, load);
        assertThat(error).as("an EstateValidationException").isNotNull();
        assertThat(error.getMessage()).doesNotContain("java.", "Exception", "StreamReadConstraints", "org.yaml", "com.fasterxml");
        return error;
    }
}
