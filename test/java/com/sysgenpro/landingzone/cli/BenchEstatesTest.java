package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.estate.BusinessUnit;
import com.sysgenpro.landingzone.estate.Estate;
import com.sysgenpro.landingzone.estate.EstateLoader;
import com.sysgenpro.landingzone.estate.EstateSynthesizer;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.testing.PinnedDay;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark's estates: valid at every size, shaped like the reference estate, growing unit by unit. */
class BenchEstatesTest {

    @Test
    void sixUnitsAreTheReferenceEstatesUnits() {
        Estate reference = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);
        Estate six = EstateLoader.parse(BenchEstates.yaml(6), "bench-6", PinnedDay.TODAY);

        assertThat(six.businessUnits()).extracting(BusinessUnit::name)
            .containsExactlyElementsOf(reference.businessUnits().stream().map(BusinessUnit::name).toList());
        assertThat(EstateSynthesizer.describe(six).stacks().keySet()).isEqualTo(EstateSynthesizer.describe(reference).stacks().keySet());
    }

    @Test
    void aHundredUnitsLoadValidWithTheReferenceShapeRepeated() {
        Estate estate = EstateLoader.parse(BenchEstates.yaml(100), "bench-100", PinnedDay.TODAY);

        assertThat(estate.businessUnits()).hasSize(100);
        assertThat(estate.businessUnits().get(6).name()).isEqualTo("wholesale1");
        assertThat(estate.businessUnits().get(99).name()).isEqualTo("north16");
        var stacks = EstateSynthesizer.describe(estate).stacks();
        Set<String> tenancies = stacks.values().stream().map(stack -> stack.context())
            .filter(context -> context.kind() == StackKind.BUSINESS_UNIT).map(StackContext::tenancy).collect(Collectors.toSet());
        assertThat(tenancies).containsExactlyInAnyOrder("dedicated", "semi-dedicated", "shared");
        // The vending, platform and connectivity stacks, 3 shared hostings, 100 units of 3 environments; in-cluster stacks for the 3
        // shared clusters and for each environment of the 17
        // copies of wholesale and of ecommerce, which have dedicated clusters.
        assertThat(stacks).hasSize(1 + 1 + 1 + 3 + 100 * 3 + 3 + 2 * 17 * 3);
    }

    @Test
    void oneUnitKeepsThePartnersToTheUnitItHas() {
        Estate one = EstateLoader.parse(BenchEstates.yaml(1), "bench-1", PinnedDay.TODAY);

        assertThat(one.access().partners()).singleElement().satisfies(partner -> assertThat(partner.units()).containsExactly("wholesale"));
    }

    @Test
    void failsOnAnEstateWithoutUnits() {
        assertThatThrownBy(() -> BenchEstates.yaml(0)).hasMessage("an estate needs at least one business unit, not 0");
    }
}
