package com.sysgenpro.landingzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AzureRegionTest {

    @Test
    void looksUpKnownRegionsCaseInsensitively() {
        assertThat(AzureRegion.of("WestEurope")).isEqualTo(new AzureRegion("westeurope", "weu"));
    }

    @Test
    void failsOnUnknownRegionListingTheKnownOnes() {
        assertThatThrownBy(() -> AzureRegion.of("westeurop"))
            .hasMessageContaining("unknown Azure region 'westeurop'")
            .hasMessageContaining("westeurope, northeurope");
    }

    @Test
    void regionCodesAreUniqueSoThatResourceNamesAre() {
        Set<String> codes = new HashSet<>();
        for (AzureRegion region : AzureRegion.known()) {
            assertThat(codes.add(region.code())).as("code %s of %s is taken", region.code(), region.name()).isTrue();
        }
    }

    @Test
    void knowsWhichRegionsHaveAvailabilityZones() {
        assertThat(AzureRegion.of("westeurope").availabilityZones()).isTrue();
        assertThat(AzureRegion.of("northeurope").availabilityZones()).isTrue();
        // The in-country recovery pairs have none.
        assertThat(AzureRegion.of("germanynorth").availabilityZones()).isFalse();
        assertThat(AzureRegion.of("francesouth").availabilityZones()).isFalse();
        assertThat(AzureRegion.of("swedensouth").availabilityZones()).isFalse();
    }
}
