package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import com.sysgenpro.landingzone.testing.PinnedDay;

class EstateLoaderTest {

    private static final String VALID = EstateFixtures.VALID_YAML;

    @Test
    void readsAValidEstateWithDefaults() {
        Estate estate = EstateLoader.parse(VALID, "valid.yaml", PinnedDay.TODAY);

        assertThat(estate.prefix()).isEqualTo("tst");
        assertThat(estate.primaryRegion().name()).isEqualTo("westeurope");
        BusinessUnit unit = estate.businessUnits().get(0);
        assertThat(unit.dataClassification()).isEqualTo(DataClassification.CONFIDENTIAL);
        assertThat(unit.recoveryTier()).isEqualTo(RecoveryTier.TIER_2);
        assertThat(unit.environments()).extracting(Environment::blueprint).containsExactly(Blueprint.PRODUCTION, Blueprint.QA);
    }

    @Test
    void readsTheReferenceEstateShippedInTheJar() {
        Estate estate = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);

        assertThat(estate.businessUnits()).isNotEmpty();
    }

    @Test
    void failsOnAMalformedFileNamingTheFileAndEveryProblem() {
        Path file = Path.of("test/resources/estates/malformed.yaml");

        EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
            () -> EstateLoader.load(file, PinnedDay.TODAY));

        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.getMessage()).startsWith(file + ": 8 problems");
        assertThat(error.problems()).extracting(Problem::toString).containsExactly(
            "regions.primary: 'westeurop' is not allowed; allowed: " + String.join(", ",
                AzureRegion.known().stream().map(AzureRegion::name).toList()),
            "businessUnits[0].costCentre: unknown field; did you mean 'costCenter'? allowed here: application, costCenter, criteria, customerManagedKeys, dataClassification, egress, environments, maintenance, monthlyBudget, name, operatorsGroup, owner, recoveryRegion, recoveryTier, region, shortName, sites, tenancy, tenancyOverrideReason, timeZone",
            "businessUnits[0].costCenter: required field is missing",
            "businessUnits[0].recoveryTier: 'tier-9' is not allowed; allowed: tier-1, tier-2, tier-3",
            "businessUnits[1].environments: expected a list, found text 'production'",
            "prefix: 'Northwind' is not allowed; 2 to 6 lowercase letters and digits, starting with a letter",
            "businessUnits[0].environments[1].blueprint: required for an environment named 'perf', which is not a blueprint's name;"
                + " allowed: production, staging, sandbox, qa, development, training",
            "businessUnits[1].name: 'wholesale' is already the name of another business unit; names must be unique");
    }

    @Test
    void failsOnMissingFileNamingIt() {
        assertThatThrownBy(() -> EstateLoader.load(Path.of("no/such/estate.yaml"), PinnedDay.TODAY))
            .isInstanceOf(EstateValidationException.class)
            .hasMessage("no/such/estate.yaml: 1 problem\n  - file not found");
    }

    @Test
    void failsOnYamlSyntaxNamingTheLine() {
        assertThatThrownBy(() -> EstateLoader.parse("organisation: [unclosed\nprefix: x\n", "broken.yaml", PinnedDay.TODAY))
            .isInstanceOf(EstateValidationException.class)
            .hasMessageStartingWith("broken.yaml: 1 problem")
            .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void failsOnDuplicateKeys() {
        assertThatThrownBy(() -> EstateLoader.parse(VALID + "prefix: other\n", "dup.yaml", PinnedDay.TODAY))
            .hasMessage("dup.yaml: 1 problem\n  - prefix: is given twice in the same mapping, at lines 2 and 19; keep one");
    }

    @Test
    void failsOnDuplicateBusinessUnitsAndEnvironments() {
        String yaml = VALID + """
              - name: retail
                owner: x@example.com
                costCenter: CC-2
                environments:
                  - name: sandbox
                  - name: sandbox
            """.replace("      - name: retail", "  - name: retail");

        EstateValidationException error = catchThrowableOfType(EstateValidationException.class,
            () -> EstateLoader.parse(yaml, "dup.yaml", PinnedDay.TODAY));

        assertThat(error.problems()).extracting(Problem::toString).contains(
            "businessUnits[1].name: 'retail' is already the name of another business unit; names must be unique",
            "businessUnits[1].environments[1].name: 'sandbox' is already the name of another environment of this business unit; names must be unique");
    }
}
