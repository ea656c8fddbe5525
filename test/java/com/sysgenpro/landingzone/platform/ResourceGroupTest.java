package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGroupTest {

    @Test
    void defaultsToNoTagsInTheGivenRegion() {
        JsonNode group = onlyResource(Synth.stack(stack ->
            ResourceGroup.Builder.create(stack, "rg").name("rg-app").region(AzureRegion.of("westeurope")).build()),
            "azurerm_resource_group");

        assertThat(group.path("name").asText()).isEqualTo("rg-app");
        assertThat(group.path("location").asText()).isEqualTo("westeurope");
        assertThat(Synth.tags(group)).isEmpty();
    }

    @Test
    void carriesTags() {
        JsonNode group = onlyResource(Synth.stack(stack ->
            ResourceGroup.Builder.create(stack, "rg").name("rg-app").region(AzureRegion.of("westeurope"))
                .tags(Tags.of(Map.of("owner", "team@example.com", "environment", "production"))).build()),
            "azurerm_resource_group");

        // Sorted by key in the JSON, whatever the order given, so that output is byte-identical across runs.
        assertThat(group.path("tags").fieldNames()).toIterable().containsExactly("environment", "owner");
        assertThat(Synth.tags(group)).isEqualTo(Map.of("environment", "production", "owner", "team@example.com"));
    }

    @Test
    void failsOnNameEndingWithPeriod() {
        assertThatThrownBy(() -> Synth.stack(stack ->
            ResourceGroup.Builder.create(stack, "rg").name("rg-app.").region(AzureRegion.of("westeurope")).build()))
            .hasMessageContaining("test/rg: name 'rg-app.'")
            .hasMessageContaining("not ending in '.'");
    }

    @Test
    void failsWithoutRegion() {
        assertThatThrownBy(() -> Synth.stack(stack -> ResourceGroup.Builder.create(stack, "rg").name("rg-app").build()))
            .hasMessageContaining("test/rg: region is required; set it with .region(…)");
    }
}
